/* karta-gantt.h — a roadmap as a Gantt chart drawn with Cairo: one layout
 * (rows, time scale, geometry) for the screen, printing, PDF, PNG and SVG
 *
 * The layout turns a roadmap into rows (section headers and activities),
 * knows where every day and row is, answers hit tests, and draws a
 * viewport: only the rows and days the viewport shows, so the cost of a
 * frame follows the window, not the roadmap.
 *
 * Coordinates: the chart has a fixed left column (numbers and titles) and
 * a fixed time header on top. Everything else scrolls: "time x" is pixels
 * from the first day of the range, "row y" pixels from the first row. A
 * viewport gives the scroll offsets in those units and the size of the
 * whole area drawn, fixed parts included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "karta-activity-filter.h"
#include "karta-model.h"
#include "karta-chart-palette.h"

G_BEGIN_DECLS

/* Colours from the theme on screen, a print palette on paper. Every status
 * also has a second cue (pattern, outline, glyph), so the chart reads in
 * grey print and for colour-blind people. base.font_family is borrowed: it
 * must outlive the layouts the palette is set on. */
typedef struct
{
  KartaChartPalette base; /* background, text, grid, font; level[] unused */
  KartaRgb          status[KARTA_N_STATUSES];
  KartaRgb          header;  /* time header and left column */
  KartaRgb          zebra;   /* every other activity row */
  KartaRgb          section; /* section header rows */
  KartaRgb          band;    /* continuous and on-demand activities */
  KartaRgb          today;
  KartaRgb          highlight; /* rows matching a search */
  KartaRgb          selection;
  KartaRgb          warning; /* done without the required evidence */
} KartaGanttPalette;

void karta_gantt_palette_init_print (KartaGanttPalette *palette);
void karta_gantt_palette_init_screen (KartaGanttPalette *palette,
                                      gboolean           is_dark);

typedef enum
{
  KARTA_GANTT_ROW_SECTION,
  KARTA_GANTT_ROW_ACTIVITY,
} KartaGanttRowKind;

/* Points into the roadmap, of which the layout holds a reference. */
typedef struct
{
  KartaGanttRowKind    kind;
  guint                depth;    /* nesting of the section (activities: of theirs) */
  const KartaSection  *section;  /* the header's section, or the activity's */
  const KartaActivity *activity; /* NULL for a section header */
} KartaGanttRow;

/* What the viewport shows: the scroll offsets in time x and row y, and the
 * size of the area drawn (left column and time header included). */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} KartaGanttViewport;

typedef enum
{
  KARTA_GANTT_PART_NONE,   /* outside the chart */
  KARTA_GANTT_PART_HEADER, /* the time header */
  KARTA_GANTT_PART_LABEL,  /* the left column of a row */
  KARTA_GANTT_PART_ROW,    /* a row, off its bars */
  KARTA_GANTT_PART_BODY,   /* on a bar (or band, diamond, tick) */
  KARTA_GANTT_PART_START,  /* the start edge of a bar: resize */
  KARTA_GANTT_PART_END,    /* the end edge of a bar: resize */
} KartaGanttPart;

typedef struct
{
  KartaGanttPart       part;
  int                  row;      /* -1: none */
  const KartaGanttRow *row_info; /* NULL when row is -1 */
  const KartaActivity *activity; /* NULL off activity rows */
  int                  span;     /* index into the schedule's spans, -1: none */
  KartaDay             day;      /* under the pointer, KARTA_DAY_NONE in the left column */
} KartaGanttHit;

typedef struct _KartaGanttLayout KartaGanttLayout;

KartaGanttLayout *karta_gantt_layout_new (KartaRoadmap *roadmap);
KartaGanttLayout *karta_gantt_layout_copy (const KartaGanttLayout *layout);
void              karta_gantt_layout_free (KartaGanttLayout *layout);
void              karta_gantt_layout_set_roadmap (KartaGanttLayout *layout,
                                                  KartaRoadmap     *roadmap);
KartaRoadmap     *karta_gantt_layout_get_roadmap (const KartaGanttLayout *layout);

/* Rows */
void     karta_gantt_layout_set_section_collapsed (KartaGanttLayout *layout,
                                                   gint64            section_id,
                                                   gboolean          collapsed);
gboolean karta_gantt_layout_get_section_collapsed (const KartaGanttLayout *layout,
                                                   gint64                  section_id);
/* Hidden activities' rows are left out, and so are sections left without
 * a visible activity. */
void                 karta_gantt_layout_set_filter (KartaGanttLayout    *layout,
                                                    KartaActivityFilter *filter);
void                 karta_gantt_layout_refilter (KartaGanttLayout *layout);
void                 karta_gantt_layout_set_highlighted (KartaGanttLayout *layout,
                                                         const gint64     *activity_ids,
                                                         guint             n_ids);
gboolean             karta_gantt_layout_is_highlighted (const KartaGanttLayout *layout,
                                                        gint64                  activity_id);
void                 karta_gantt_layout_set_selected (KartaGanttLayout *layout,
                                                      gint64            activity_id);
gint64               karta_gantt_layout_get_selected (const KartaGanttLayout *layout);
guint                karta_gantt_layout_get_n_rows (const KartaGanttLayout *layout);
const KartaGanttRow *karta_gantt_layout_get_row (const KartaGanttLayout *layout,
                                                 guint                   index);
int                  karta_gantt_layout_find_activity (const KartaGanttLayout *layout,
                                                       gint64                  activity_id);
const KartaPeriod   *karta_gantt_layout_get_summary (const KartaGanttLayout *layout,
                                                     const KartaSection     *section);

/* Time scale */
void     karta_gantt_layout_set_range (KartaGanttLayout *layout,
                                       KartaDay          first,
                                       KartaDay          last);
void     karta_gantt_layout_get_range (const KartaGanttLayout *layout,
                                       KartaDay               *first,
                                       KartaDay               *last);
void     karta_gantt_layout_set_pixels_per_day (KartaGanttLayout *layout,
                                                double            pixels_per_day);
double   karta_gantt_layout_get_pixels_per_day (const KartaGanttLayout *layout);
void     karta_gantt_layout_set_academic_years (KartaGanttLayout *layout,
                                                gboolean          academic);
void     karta_gantt_layout_set_today (KartaGanttLayout *layout,
                                       KartaDay          today);
double   karta_gantt_layout_day_to_x (const KartaGanttLayout *layout,
                                      KartaDay                day);
KartaDay karta_gantt_layout_x_to_day (const KartaGanttLayout *layout,
                                      double                  x);

/* Geometry */
void     karta_gantt_layout_set_palette (KartaGanttLayout        *layout,
                                         const KartaGanttPalette *palette);
void     karta_gantt_layout_set_text_scale (KartaGanttLayout *layout,
                                            double            scale);
double   karta_gantt_layout_get_font_size (const KartaGanttLayout *layout);
void     karta_gantt_layout_set_label_width (KartaGanttLayout *layout,
                                             double            width);
double   karta_gantt_layout_get_label_width (const KartaGanttLayout *layout);
void     karta_gantt_layout_set_title_lines (KartaGanttLayout *layout,
                                             int               lines);
int      karta_gantt_layout_get_title_lines (const KartaGanttLayout *layout);
double   karta_gantt_layout_get_row_height (const KartaGanttLayout *layout);
double   karta_gantt_layout_get_header_height (const KartaGanttLayout *layout);
void     karta_gantt_layout_get_content_size (const KartaGanttLayout *layout,
                                              double                 *time_width,
                                              double                 *rows_height);
double   karta_gantt_layout_row_to_y (const KartaGanttLayout *layout,
                                      guint                   row);
int      karta_gantt_layout_y_to_row (const KartaGanttLayout *layout,
                                      double                  y);
gboolean karta_gantt_layout_hit_test (const KartaGanttLayout   *layout,
                                      const KartaGanttViewport *viewport,
                                      double                    x,
                                      double                    y,
                                      KartaGanttHit            *hit);

/* Status as drawn: not done and past its last day is overdue. */
KartaStatus karta_gantt_layout_effective_status (const KartaGanttLayout *layout,
                                                 const KartaActivity    *activity);

/* Drawing: (0, 0) of @cr is the top left corner of the viewport. */
void karta_gantt_draw (const KartaGanttLayout   *layout,
                       cairo_t                  *cr,
                       const KartaGanttViewport *viewport);

/* The key to statuses and marks, in one line (on every printed page). */
double karta_gantt_legend_height (const KartaGanttLayout *layout,
                                  double                  width);
void   karta_gantt_draw_legend (const KartaGanttLayout *layout,
                                cairo_t                *cr,
                                double                  x,
                                double                  y,
                                double                  width);

/* Pages for printing and PDF: the rows split across pages, the time header
 * and the current sections repeated on each, the roadmap's title above and
 * its order, the print date and "page N of M" below. */
typedef enum
{
  KARTA_GANTT_PAPER_A4,
  KARTA_GANTT_PAPER_A3,
} KartaGanttPaper;

typedef struct _KartaGanttPages KartaGanttPages;

void             karta_gantt_paper_size (KartaGanttPaper paper,
                                         double         *width,
                                         double         *height);
KartaGanttPages *karta_gantt_pages_new (const KartaGanttLayout *layout,
                                        double                  page_width,
                                        double                  page_height);
void             karta_gantt_pages_free (KartaGanttPages *pages);
guint            karta_gantt_pages_get_n_pages (const KartaGanttPages *pages);
void             karta_gantt_pages_draw_page (const KartaGanttPages *pages,
                                              cairo_t               *cr,
                                              guint                  page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaGanttLayout, karta_gantt_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaGanttPages, karta_gantt_pages_free)

G_END_DECLS
