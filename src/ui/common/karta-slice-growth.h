/* karta-slice-growth.h — long lists shown a screenful first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     karta_slice_growth_start (GtkSliceListModel *slice,
                                   guint              first,
                                   guint              step);
void     karta_slice_growth_finish (GtkSliceListModel *slice);
gboolean karta_slice_growth_is_done (GtkSliceListModel *slice);

G_END_DECLS
