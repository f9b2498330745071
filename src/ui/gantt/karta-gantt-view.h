/* karta-gantt-view.h — a roadmap's Gantt chart on screen: scrolling, zoom,
 * selection, tooltips, dragging bars to other dates and PDF files onto
 * activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "karta-gantt.h"

G_BEGIN_DECLS

#define KARTA_TYPE_GANTT_VIEW (karta_gantt_view_get_type ())
G_DECLARE_FINAL_TYPE (KartaGanttView, karta_gantt_view, KARTA, GANTT_VIEW, GtkWidget)

GtkWidget        *karta_gantt_view_new (void);
void              karta_gantt_view_set_roadmap (KartaGanttView *self,
                                                KartaRoadmap   *roadmap);
KartaGanttLayout *karta_gantt_view_get_layout (KartaGanttView *self);
void              karta_gantt_view_layout_changed (KartaGanttView *self);

double karta_gantt_view_get_pixels_per_day (KartaGanttView *self);
void   karta_gantt_view_set_pixels_per_day (KartaGanttView *self,
                                            double          pixels_per_day);
void   karta_gantt_view_zoom_at (KartaGanttView *self,
                                 double          factor,
                                 double          x);
void   karta_gantt_view_zoom_in (KartaGanttView *self);
void   karta_gantt_view_zoom_out (KartaGanttView *self);
void   karta_gantt_view_scroll_to_today (KartaGanttView *self);
void   karta_gantt_view_fit_period (KartaGanttView *self);

gint64 karta_gantt_view_get_selected (KartaGanttView *self);
void   karta_gantt_view_select (KartaGanttView *self,
                                gint64          activity_id);

gboolean karta_gantt_view_get_meeting_mode (KartaGanttView *self);
void     karta_gantt_view_set_meeting_mode (KartaGanttView *self,
                                            gboolean        meeting_mode);

double   karta_gantt_view_get_label_width (KartaGanttView *self);
void     karta_gantt_view_set_label_width (KartaGanttView *self,
                                           double          label_ems);
gboolean karta_gantt_view_get_wrap_titles (KartaGanttView *self);
void     karta_gantt_view_set_wrap_titles (KartaGanttView *self,
                                           gboolean        wrap_titles);

void karta_gantt_view_get_viewport (KartaGanttView     *self,
                                    KartaGanttViewport *viewport);

G_END_DECLS
