/* bench-gantt.h — shared by the files of bench-gantt-view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gint64 bench_gantt_prepare_library (const char *dir,
                                    guint       n_activities);
int    bench_gantt_planner (const char *self);

G_END_DECLS
