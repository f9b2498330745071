/* karta-gantt-legend-bar.h — the key to a Gantt chart's statuses and marks,
 * under the chart on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-gantt-view.h"

G_BEGIN_DECLS

#define KARTA_TYPE_GANTT_LEGEND_BAR (karta_gantt_legend_bar_get_type ())
G_DECLARE_FINAL_TYPE (KartaGanttLegendBar, karta_gantt_legend_bar, KARTA, GANTT_LEGEND_BAR, GtkWidget)

KartaGanttView *karta_gantt_legend_bar_get_view (KartaGanttLegendBar *self);
void            karta_gantt_legend_bar_set_view (KartaGanttLegendBar *self,
                                                 KartaGanttView      *view);

G_END_DECLS
