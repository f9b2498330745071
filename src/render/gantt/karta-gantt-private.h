/* karta-gantt-private.h — what the files of the Gantt painter share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-chart-draw.h"
#include "karta-gantt.h"

G_BEGIN_DECLS

struct _KartaGanttLayout
{
  KartaRoadmap        *roadmap;     /* a reference */
  GArray              *rows;        /* of KartaGanttRow */
  GHashTable          *collapsed;   /* of gint64* section ids */
  GHashTable          *highlighted; /* of gint64* activity ids */
  GHashTable          *summaries;   /* KartaSection* → KartaPeriod* */
  KartaActivityFilter *filter;      /* a reference; NULL: all show */
  gint64               selected;
  KartaDay             first;
  KartaDay             last;
  KartaDay             today;
  double               pixels_per_day;
  gboolean             academic;
  KartaGanttPalette    palette;
  double               text_scale;
  double               label_width;
  int                  title_lines;  /* activity titles wrap to this many */
  gboolean             on_paper;     /* nothing to click: no disclosure triangles */
  glong                number_chars; /* of the longest activity number */
  double               number_width; /* its width, in font sizes */
};

double karta_gantt_layout_get_bar_height (const KartaGanttLayout *layout);

/* One drawing of a layout into a viewport: the text helper and what every
 * part of the drawing needs. */
typedef struct
{
  const KartaGanttLayout  *layout;
  const KartaGanttPalette *palette;
  cairo_t                 *cr;
  KartaChartPalette        base; /* the palette's, font scaled */
  KartaChartText           text;
  double                   hairline;                  /* grid lines and outlines */
  cairo_pattern_t         *stripes[KARTA_N_STATUSES]; /* raster tiles, made when first used */
  KartaGanttViewport       viewport;
  double                   row_height;
  double                   header_height;
  double                   label_width;
  double                   number_width;
  GArray                  *rows;        /* drawn: the layout's, or a page's */
  guint                    n_continued; /* sections going on from the page before */
  KartaDay                 first_day;   /* the days visible, whole */
  KartaDay                 last_day;
} KartaGanttPaint;

void   karta_gantt_paint_init (KartaGanttPaint          *paint,
                               const KartaGanttLayout   *layout,
                               cairo_t                  *cr,
                               const KartaGanttViewport *viewport);
void   karta_gantt_paint_clear (KartaGanttPaint *paint);
double karta_gantt_paint_day_x (const KartaGanttPaint *paint,
                                KartaDay               day);

void karta_gantt_draw_rows (const KartaGanttLayout   *layout,
                            GArray                   *rows,
                            guint                     n_continued,
                            cairo_t                  *cr,
                            const KartaGanttViewport *viewport);

/* karta-gantt-scale.c */
void karta_gantt_draw_scale (KartaGanttPaint *paint);
void karta_gantt_draw_month_grid (KartaGanttPaint *paint,
                                  double           top,
                                  double           bottom);

/* karta-gantt-bars.c */
typedef struct
{
  double x0, x1; /* on the surface */
  double y, height;
} KartaGanttBox;

KartaGanttBox karta_gantt_span_box (const KartaGanttPaint *paint,
                                    const KartaSpan       *span,
                                    double                 top);
void          karta_gantt_rounded_rectangle (cairo_t *cr,
                                             double   x,
                                             double   y,
                                             double   width,
                                             double   height,
                                             double   radius);
void          karta_gantt_draw_schedule (KartaGanttPaint     *paint,
                                         const KartaActivity *activity,
                                         double               top);
void          karta_gantt_draw_summary (KartaGanttPaint    *paint,
                                        const KartaSection *section,
                                        double              top);
gboolean      karta_gantt_hit_schedule (const KartaGanttLayout *layout,
                                        const KartaActivity    *activity,
                                        double                  time_x,
                                        double                  row_y,
                                        int                    *span,
                                        KartaGanttPart         *part);

/* karta-gantt-status.c */
void     karta_gantt_fill_status (KartaGanttPaint *paint,
                                  KartaStatus      status,
                                  gboolean         selected);
KartaRgb karta_gantt_status_edge (const KartaGanttPaint *paint,
                                  KartaStatus            status);
KartaRgb karta_gantt_status_fill (const KartaGanttPaint *paint,
                                  KartaStatus            status);
void     karta_gantt_draw_status_mark (KartaGanttPaint     *paint,
                                       KartaStatus          status,
                                       const KartaGanttBox *box);
void     karta_gantt_draw_warning (KartaGanttPaint *paint,
                                   double           cx,
                                   double           cy,
                                   double           size);

/* karta-gantt-bands.c */
void karta_gantt_draw_band (KartaGanttPaint     *paint,
                            const KartaActivity *activity,
                            KartaStatus          status,
                            double               top);
void karta_gantt_draw_recurring (KartaGanttPaint     *paint,
                                 const KartaActivity *activity,
                                 KartaStatus          status,
                                 double               top);
void karta_gantt_draw_unparsed (KartaGanttPaint     *paint,
                                const KartaActivity *activity,
                                double               top);
void karta_gantt_draw_undated (KartaGanttPaint *paint,
                               double           top);

G_END_DECLS
