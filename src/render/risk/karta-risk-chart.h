/* karta-risk-chart.h — risk-profile charts drawn with Cairo: one code for
 * the screen, PNG, SVG, PDF and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "karta-chart-palette.h"
#include "karta-risk.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_DISTRICT_SORT_BY_SCHOOL,
  KARTA_DISTRICT_SORT_BY_HIGH, /* most high factors first */
} KartaDistrictSort;

/* 1. A school's profile: one horizontal bar per factor, length and colour by
 *    level, labels wrapped, the level written on the bar. */
void karta_risk_chart_profile (cairo_t                 *cr,
                               const KartaRiskProfile  *profile,
                               double                   width,
                               double                   height,
                               const KartaChartPalette *palette);
/* 2. How many factors are high, medium and low, with the values. */
void karta_risk_chart_counts (cairo_t                 *cr,
                              const KartaRiskProfile  *profile,
                              double                   width,
                              double                   height,
                              const KartaChartPalette *palette);
/* 3. The district: schools × factors as a matrix of levels … */
void karta_risk_chart_district_matrix (cairo_t                 *cr,
                                       GPtrArray               *profiles,
                                       KartaDistrictSort        sort,
                                       double                   width,
                                       double                   height,
                                       const KartaChartPalette *palette);
/*    … and stacked bars of levels per school. */
void karta_risk_chart_district_bars (cairo_t                 *cr,
                                     GPtrArray               *profiles,
                                     KartaDistrictSort        sort,
                                     double                   width,
                                     double                   height,
                                     const KartaChartPalette *palette);
/* 4. One school's profiles across years side by side, changes marked. */
void karta_risk_chart_dynamics (cairo_t                 *cr,
                                GPtrArray               *profiles,
                                double                   width,
                                double                   height,
                                const KartaChartPalette *palette);

/* The order the district charts draw in (transfer container). */
GPtrArray *karta_risk_chart_sort_profiles (GPtrArray        *profiles,
                                           KartaDistrictSort sort);

/* The height a chart needs at @width to show every row readably. */
double karta_risk_chart_natural_height (GPtrArray               *profiles,
                                        gboolean                 district,
                                        double                   width,
                                        const KartaChartPalette *palette);

G_END_DECLS
