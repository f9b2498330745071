/* karta-sidebar-row.h — a roadmap in the sidebar: title, period, progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_TYPE_SIDEBAR_ROW (karta_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (KartaSidebarRow, karta_sidebar_row, KARTA, SIDEBAR_ROW, GtkBox)

GtkWidget *karta_sidebar_row_new (void);
gint64     karta_sidebar_row_get_roadmap_id (KartaSidebarRow *self);
void       karta_sidebar_row_set_summary (KartaSidebarRow           *self,
                                          const KartaRoadmapSummary *summary);

G_END_DECLS
