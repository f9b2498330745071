/* karta-chart-draw.h — drawing shared by the charts of src/render: text
 * with Pango, fills hatched by risk level, the legend (private to render)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "karta-chart-palette.h"
#include "karta-risk.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_CHART_TEXT_START,
  KARTA_CHART_TEXT_CENTER,
  KARTA_CHART_TEXT_END,
} KartaChartAlign;

/* One PangoLayout per chart drawn, reused for every piece of text. */
typedef struct
{
  cairo_t                 *cr;
  const KartaChartPalette *palette;
  PangoLayout             *layout;
  double                   line;  /* height of one line of text */
  double                   scale; /* of the font set on the layout */
  gboolean                 bold;
} KartaChartText;

void   karta_chart_text_init (KartaChartText          *text,
                              cairo_t                 *cr,
                              const KartaChartPalette *palette);
void   karta_chart_text_clear (KartaChartText *text);
void   karta_chart_text_set (KartaChartText *text,
                             const char     *string,
                             double          scale,
                             gboolean        bold,
                             double          width,
                             int             max_lines);
void   karta_chart_text_size (KartaChartText *text,
                              double         *width,
                              double         *height);
void   karta_chart_text_show_line (KartaChartText *text,
                                   const char     *string,
                                   double          x,
                                   double          y,
                                   double          width,
                                   const KartaRgb *colour);
void   karta_chart_text_show (KartaChartText *text,
                              double          x,
                              double          y,
                              double          width,
                              KartaChartAlign align,
                              const KartaRgb *colour);
double karta_chart_text_measure (KartaChartText *text,
                                 const char     *string,
                                 double          scale,
                                 gboolean        bold,
                                 double          width,
                                 int             max_lines);
void   karta_chart_text_boxed (KartaChartText *text,
                               const char     *string,
                               double          x,
                               double          cy,
                               gboolean        bold);

void     karta_chart_set_rgb (cairo_t        *cr,
                              const KartaRgb *colour);
KartaRgb karta_chart_tint (const KartaRgb *colour,
                           const KartaRgb *background,
                           double          amount);
typedef enum
{
  KARTA_CHART_STRIPES_RISING,
  KARTA_CHART_STRIPES_FALLING,
} KartaChartStripes;

cairo_pattern_t *karta_chart_stripe_pattern (cairo_t          *cr,
                                             gboolean          vector_tile,
                                             const KartaRgb   *fill,
                                             const KartaRgb   *stripe,
                                             double            spacing,
                                             double            width,
                                             KartaChartStripes direction);
void             karta_chart_fill_hatched (cairo_t                 *cr,
                                           const KartaChartPalette *palette,
                                           KartaRiskLevel           level);
void             karta_chart_fill_level (cairo_t                 *cr,
                                         const KartaChartPalette *palette,
                                         KartaRiskLevel           level,
                                         double                   x,
                                         double                   y,
                                         double                   width,
                                         double                   height);
void             karta_chart_background (cairo_t                 *cr,
                                         const KartaChartPalette *palette,
                                         double                   width,
                                         double                   height);
double           karta_chart_legend_height (KartaChartText *text);
void             karta_chart_legend (KartaChartText *text,
                                     double          x,
                                     double          y,
                                     double          width);
char            *karta_chart_level_letter (KartaRiskLevel level);
gboolean         karta_chart_visible_rows (cairo_t *cr,
                                           double   top,
                                           double   row_height,
                                           guint    n_rows,
                                           guint   *first,
                                           guint   *last);

/* Short strings (digits, the level letters) drawn as glyphs, many at once:
 * thousands of cells cost one cairo_show_glyphs() and stay text in PDF. */
typedef struct
{
  cairo_scaled_font_t *font;
  guint                n;
  gunichar             chars[24];
  gulong               glyphs[24];
  double               advances[24];
  double               baseline;
  double               height;
} KartaChartGlyphs;

void   karta_chart_glyphs_init (KartaChartGlyphs *glyphs,
                                KartaChartText   *text,
                                const char       *chars,
                                double            scale,
                                gboolean          bold);
void   karta_chart_glyphs_clear (KartaChartGlyphs *glyphs);
double karta_chart_glyphs_width (KartaChartGlyphs *glyphs,
                                 const char       *string);
void   karta_chart_glyphs_append (KartaChartGlyphs *glyphs,
                                  GArray           *out,
                                  const char       *string,
                                  double            cx,
                                  double            cy);
void   karta_chart_glyphs_show (KartaChartGlyphs *glyphs,
                                cairo_t          *cr,
                                GArray           *run,
                                const KartaRgb   *colour);

G_END_DECLS
