/* karta-gantt-meeting.h — the window in meeting mode: the Gantt chart alone,
 * full screen, for a projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void karta_gantt_meeting_class_init (GtkWidgetClass *window_class);
void karta_gantt_meeting_update_actions (GtkWidget *window,
                                         gboolean   showing_roadmap);

G_END_DECLS
