/* karta-roadmap-columns.h — the columns of the roadmap table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void karta_roadmap_columns_add (GtkColumnView *column_view);
void karta_roadmap_columns_fit (GtkColumnView *column_view,
                                int            width);

G_END_DECLS
