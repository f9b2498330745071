/* karta-risk-chart-private.h — the geometry of the risk charts, computed
 * before drawing; shared by the chart files and read by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-chart-draw.h"
#include "karta-risk-chart.h"

G_BEGIN_DECLS

/* A profile (one school, one year) or its dynamics (one school, years). */
typedef struct
{
  double  pad;
  double  title_height;
  double  header_top;  /* the axis labels or the years */
  double  label_width; /* the factor names' column, from pad */
  double  bar_x;       /* the bar area */
  double  bar_width;
  guint   n_rows;
  double *row_top; /* n_rows + 1 entries: the last is the rows' bottom */
  double  legend_top;
  double  height; /* natural height */
} KartaProfileGeometry;

void  karta_profile_geometry_compute (KartaProfileGeometry *geometry,
                                      KartaChartText       *text,
                                      GPtrArray            *labels,
                                      double                width,
                                      gboolean              years_header);
void  karta_profile_geometry_clear (KartaProfileGeometry *geometry);
char *karta_risk_chart_factor_label (guint       index,
                                     const char *name);
void  karta_risk_chart_title (KartaChartText *text,
                              const char     *school,
                              int             first_year,
                              int             last_year,
                              double          width);

/* The district charts: one row per school under a header, a legend below. */
typedef struct
{
  double pad;
  double name_width; /* school names' column, from pad */
  double cells_x;
  double cell_width; /* matrix column; bars use cells_x … cells_x + cells_width */
  double cells_width;
  guint  n_factors;
  double header_top;
  double rows_top;
  double row_height;
  guint  n_rows;
  double legend_top;
  double height; /* natural height */
} KartaDistrictGeometry;

void   karta_district_geometry_compute (KartaDistrictGeometry *geometry,
                                        KartaChartText        *text,
                                        GPtrArray             *profiles,
                                        double                 width);
double karta_risk_chart_dynamics_height (KartaChartText *text,
                                         GPtrArray      *profiles,
                                         double          width);

G_END_DECLS
