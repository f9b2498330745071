/* karta-gantt-pages.c — the Gantt chart on paper: rows split across pages
 * with the time header and the current sections repeated on each, the
 * roadmap's title above and its order, the print date and the page number
 * below; one code for printing and PDF export
 *
 * The time axis is fitted to the page's width when a day gets at least
 * MIN_POINTS_PER_DAY: a year on A4 landscape does (1.5 pt a day, months
 * 45 pt wide, their names written out). A longer range is cut into equal
 * slices of whole months that do, printed one after another for each band
 * of rows,
 * rather than shrunk into bars too thin to read or to tell apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "karta-gantt-private.h"

#define MARGIN             28.0 /* points, about 1 cm */
#define MIN_POINTS_PER_DAY 0.9  /* months still 27 pt wide */
#define TITLE_SCALE        1.4
#define LABEL_EMS          34.0 /* the left column: wider on paper, no tooltips there… */
#define TITLE_LINES        2    /* …and titles wrapped */
#define HEADING_LINES      4    /* the roadmap's official title, whole */

typedef struct
{
  GArray  *rows; /* the sections going on, then the page's rows */
  guint    n_continued;
  KartaDay first; /* the page's days */
  KartaDay last;
} Page;

struct _KartaGanttPages
{
  KartaGanttLayout *layout; /* a copy: print palette, zoom fitted */
  double            width;
  double            height;
  double            title_height;
  double            footer_height;
  GArray           *slices; /* of KartaDay: where each slice of days starts */
  GArray           *pages;  /* of Page */
};

/**
 * karta_gantt_paper_size:
 *
 * A4 or A3 landscape, in points.
 */
void
karta_gantt_paper_size (KartaGanttPaper paper,
                        double         *width,
                        double         *height)
{
  *width = paper == KARTA_GANTT_PAPER_A3 ? 1190.55 : 841.89;
  *height = paper == KARTA_GANTT_PAPER_A3 ? 841.89 : 595.28;
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->rows, g_array_unref);
}

/* The sections @rows[@start] is inside, outermost first, for the top of a
 * page that starts there. */
static GArray *
context_rows (GArray *rows,
              guint   start)
{
  GArray *context = g_array_new (FALSE, FALSE, sizeof (KartaGanttRow));
  guint   wanted = g_array_index (rows, KartaGanttRow, start).depth;

  for (guint i = start; i-- > 0 && wanted > 0;)
    {
      const KartaGanttRow *row = &g_array_index (rows, KartaGanttRow, i);

      if (row->kind == KARTA_GANTT_ROW_SECTION && row->depth < wanted)
        {
          g_array_prepend_val (context, *row);
          wanted = row->depth;
        }
    }
  return context;
}

/* Bands of rows that fit the page's height; each band as many pages as
 * there are slices of days. */
static void
split_rows (KartaGanttPages *pages,
            double           chart_height)
{
  const KartaGanttLayout *layout = pages->layout;
  double                  row_height = karta_gantt_layout_get_row_height (layout);
  guint                   per_page = (guint) MAX (2, floor ((chart_height - karta_gantt_layout_get_header_height (layout)) / row_height));
  guint                   start = 0, n_slices = pages->slices->len - 1;

  do
    {
      g_autoptr (GArray) rows = start < layout->rows->len ? context_rows (layout->rows, start)
                                                          : g_array_new (FALSE, FALSE, sizeof (KartaGanttRow));
      guint n_continued = rows->len, end = MIN (layout->rows->len, start + MAX (1, per_page - n_continued));

      /* a section's title goes on the page of its first activity */
      while (end < layout->rows->len && end - 1 > start && g_array_index (layout->rows, KartaGanttRow, end - 1).kind == KARTA_GANTT_ROW_SECTION)
        end--;
      g_array_append_vals (rows, &g_array_index (layout->rows, KartaGanttRow, start), end - start);
      for (guint i = 0; i < n_slices; i++)
        {
          Page page = { g_array_ref (rows), n_continued, g_array_index (pages->slices, KartaDay, i),
                        g_array_index (pages->slices, KartaDay, i + 1) - 1 };
          g_array_append_val (pages->pages, page);
        }
      start = end;
    }
  while (start < layout->rows->len);
}

/* The first day of the month nearest to @day. */
static KartaDay
nearest_month_start (KartaDay day)
{
  int y, m, d;

  karta_day_to_ymd (day, &y, &m, &d);
  if (d <= 15)
    return day - (d - 1);
  return day - (d - 1) + karta_days_in_month (y, m);
}

/* Cuts the range into @n slices of about equal length, each (but the
 * range's own ends) starting on the first of a month; fits the longest
 * to @time_width. */
static void
split_days (KartaGanttPages *pages,
            guint            n,
            double           time_width)
{
  KartaGanttLayout *layout = pages->layout;
  guint             days = layout->last - layout->first + 1, longest = 0;

  for (guint i = 0; i <= n; i++)
    {
      KartaDay start = i == 0 ? layout->first : i == n ? layout->last + 1
                                                       : nearest_month_start (layout->first + days * i / n);
      g_array_append_val (pages->slices, start);
      if (i > 0)
        longest = MAX (longest, start - g_array_index (pages->slices, KartaDay, i - 1));
    }
  karta_gantt_layout_set_pixels_per_day (layout, time_width / longest);
}

static double
measure_title (KartaGanttPages *pages,
               double           width)
{
  cairo_surface_t    *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t            *cr = cairo_create (surface);
  const KartaRoadmap *roadmap = pages->layout->roadmap;
  KartaChartText      text;
  double              height;

  karta_chart_text_init (&text, cr, &pages->layout->palette.base);
  height = karta_chart_text_measure (&text, roadmap != NULL ? roadmap->title : "", TITLE_SCALE, TRUE, width,
                                     HEADING_LINES);
  pages->footer_height = text.line * 1.8;
  karta_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height + pages->layout->palette.base.font_size;
}

/**
 * karta_gantt_pages_new:
 * @layout: its rows (as filtered and collapsed now) and range are printed
 * @page_width: in points, as the page's height
 *
 * Lays @layout out on pages, in the print palette.
 */
KartaGanttPages *
karta_gantt_pages_new (const KartaGanttLayout *layout,
                       double                  page_width,
                       double                  page_height)
{
  KartaGanttPages  *pages = g_new0 (KartaGanttPages, 1);
  KartaGanttPalette palette;
  double            chart_width = page_width - 2 * MARGIN, time_width;
  guint             days;

  karta_gantt_palette_init_print (&palette);
  pages->layout = karta_gantt_layout_copy (layout);
  karta_gantt_layout_set_palette (pages->layout, &palette);
  karta_gantt_layout_set_text_scale (pages->layout, 1.0);
  karta_gantt_layout_set_label_width (pages->layout, palette.base.font_size * LABEL_EMS);
  karta_gantt_layout_set_selected (pages->layout, 0);
  karta_gantt_layout_set_highlighted (pages->layout, NULL, 0);
  karta_gantt_layout_set_title_lines (pages->layout, TITLE_LINES);
  pages->layout->on_paper = TRUE;
  pages->width = page_width;
  pages->height = page_height;
  pages->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  g_array_set_clear_func (pages->pages, (GDestroyNotify) page_clear);
  time_width = MAX (chart_width - karta_gantt_layout_get_label_width (pages->layout), 1);
  days = layout->last - layout->first + 1;
  pages->slices = g_array_new (FALSE, FALSE, sizeof (KartaDay));
  split_days (pages, (guint) MAX (1, ceil (days * MIN_POINTS_PER_DAY / time_width)), time_width);
  pages->title_height = measure_title (pages, chart_width);
  split_rows (pages, page_height - 2 * MARGIN - pages->title_height - pages->footer_height -
                       karta_gantt_legend_height (pages->layout, chart_width));
  return pages;
}

void
karta_gantt_pages_free (KartaGanttPages *pages)
{
  if (pages == NULL)
    return;
  g_array_unref (pages->pages);
  g_array_unref (pages->slices);
  karta_gantt_layout_free (pages->layout);
  g_free (pages);
}

guint
karta_gantt_pages_get_n_pages (const KartaGanttPages *pages)
{
  return pages->pages->len;
}

static void
show_text (KartaChartText *text,
           const char     *string,
           double          x,
           double          y,
           double          width,
           KartaChartAlign align)
{
  karta_chart_text_set (text, string, 1.0, FALSE, width, 1);
  karta_chart_text_show (text, x, y, width, align, &text->palette->dim_text);
}

static void
draw_footer (const KartaGanttPages *pages,
             KartaChartText        *text,
             guint                  n)
{
  double              y = pages->height - MARGIN - pages->footer_height, width = pages->width - 2 * MARGIN;
  const KartaRoadmap *roadmap = pages->layout->roadmap;
  g_autofree char    *order = karta_order_format (roadmap != NULL ? roadmap->order : NULL);
  g_autofree char    *today = karta_day_format (pages->layout->today);
  g_autofree char    *printed = g_strdup_printf (_ ("Printed on %s"), today);
  g_autofree char    *page = g_strdup_printf (_ ("Page %u of %u"), n + 1, pages->pages->len);

  karta_chart_set_rgb (text->cr, &text->palette->grid);
  cairo_rectangle (text->cr, MARGIN, y + text->line * 0.3, width, 0.5);
  cairo_fill (text->cr);
  y += text->line * 0.6;
  show_text (text, order, MARGIN, y, width * 0.45, KARTA_CHART_TEXT_START);
  show_text (text, printed, MARGIN + width * 0.45, y, width * 0.3, KARTA_CHART_TEXT_CENTER);
  show_text (text, page, MARGIN + width * 0.75, y, width * 0.25, KARTA_CHART_TEXT_END);
}

/**
 * karta_gantt_pages_draw_page:
 * @cr: in points, (0, 0) at the page's top left corner
 *
 * Draws page @n (from 0): for GtkPrintOperation and PDF export alike.
 */
void
karta_gantt_pages_draw_page (const KartaGanttPages *pages,
                             cairo_t               *cr,
                             guint                  n)
{
  const KartaGanttLayout *layout = pages->layout;
  const Page             *page;
  KartaGanttViewport      viewport;
  KartaChartText          text;

  g_return_if_fail (n < pages->pages->len);

  page = &g_array_index (pages->pages, Page, n);
  viewport = (KartaGanttViewport){
    karta_gantt_layout_day_to_x (layout, page->first), 0,
    karta_gantt_layout_get_label_width (layout) + (page->last - page->first + 1) * karta_gantt_layout_get_pixels_per_day (layout),
    karta_gantt_layout_get_header_height (layout) + page->rows->len * karta_gantt_layout_get_row_height (layout)
  };
  cairo_save (cr);
  karta_chart_set_rgb (cr, &layout->palette.base.background);
  cairo_paint (cr);
  karta_chart_text_init (&text, cr, &layout->palette.base);
  karta_chart_text_set (&text, layout->roadmap != NULL ? layout->roadmap->title : "", TITLE_SCALE, TRUE,
                        pages->width - 2 * MARGIN, HEADING_LINES);
  karta_chart_text_show (&text, MARGIN, MARGIN, 0, KARTA_CHART_TEXT_START, &layout->palette.base.text);
  draw_footer (pages, &text, n);
  karta_chart_text_clear (&text);
  karta_gantt_draw_legend (layout, cr, MARGIN,
                           pages->height - MARGIN - pages->footer_height -
                             karta_gantt_legend_height (layout, pages->width - 2 * MARGIN),
                           pages->width - 2 * MARGIN);
  cairo_translate (cr, MARGIN, MARGIN + pages->title_height);
  karta_gantt_draw_rows (layout, page->rows, page->n_continued, cr, &viewport);
  cairo_restore (cr);
}
