/* karta-risk-chart-view.h — one risk-profile chart of src/render, drawn in
 * the theme's colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "karta-risk-chart.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_RISK_CHART_PROFILE,
  KARTA_RISK_CHART_COUNTS,
  KARTA_RISK_CHART_DYNAMICS,
  KARTA_RISK_CHART_DISTRICT_MATRIX,
  KARTA_RISK_CHART_DISTRICT_BARS,
} KartaRiskChartKind;

#define KARTA_TYPE_RISK_CHART_VIEW (karta_risk_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (KartaRiskChartView, karta_risk_chart_view, KARTA, RISK_CHART_VIEW, GtkWidget)

GtkWidget         *karta_risk_chart_view_new (KartaRiskChartKind kind);
void               karta_risk_chart_view_set_kind (KartaRiskChartView *self,
                                                   KartaRiskChartKind  kind);
KartaRiskChartKind karta_risk_chart_view_get_kind (KartaRiskChartView *self);
void               karta_risk_chart_view_set_profiles (KartaRiskChartView *self,
                                                       GPtrArray          *profiles);
GPtrArray         *karta_risk_chart_view_get_profiles (KartaRiskChartView *self);
void               karta_risk_chart_view_set_sort (KartaRiskChartView *self,
                                                   KartaDistrictSort   sort);

/* Draws the chart of @self (its kind, profiles and sort) on any surface */
void   karta_risk_chart_view_draw (KartaRiskChartView      *self,
                                   cairo_t                 *cr,
                                   double                   width,
                                   double                   height,
                                   const KartaChartPalette *palette);
double karta_risk_chart_view_height_for (KartaRiskChartView      *self,
                                         double                   width,
                                         const KartaChartPalette *palette);

G_END_DECLS
