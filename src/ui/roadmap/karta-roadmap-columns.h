/* karta-roadmap-columns.h — the columns of the roadmap table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void karta_roadmap_columns_add (GtkColumnView *column_view);

G_END_DECLS
