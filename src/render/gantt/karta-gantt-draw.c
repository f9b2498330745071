/* karta-gantt-draw.c — a Gantt layout drawn into a viewport: the rows'
 * backgrounds, the timeline, the fixed left column and time header
 *
 * Only the rows and days inside the viewport are visited, so a frame costs
 * what the window shows, not what the roadmap holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "karta-evidence.h"
#include "karta-gantt-private.h"

static KartaDay
clamp_day (const KartaGanttLayout *layout,
           KartaDay                day)
{
  return day == KARTA_DAY_NONE ? layout->first : CLAMP (day, layout->first, layout->last);
}

void
karta_gantt_paint_init (KartaGanttPaint          *paint,
                        const KartaGanttLayout   *layout,
                        cairo_t                  *cr,
                        const KartaGanttViewport *viewport)
{
  double time_width;

  *paint = (KartaGanttPaint){ 0 };
  paint->layout = layout;
  paint->palette = &layout->palette;
  paint->cr = cr;
  paint->viewport = *viewport;
  paint->base = layout->palette.base;
  paint->base.font_size *= layout->text_scale;
  /* one pixel on screen at the usual font size, thinner on paper */
  paint->hairline = CLAMP (paint->base.font_size / 13.0, 0.5, 2.0);
  karta_chart_text_init (&paint->text, cr, &paint->base);
  paint->row_height = karta_gantt_layout_get_row_height (layout);
  paint->header_height = karta_gantt_layout_get_header_height (layout);
  paint->label_width = karta_gantt_layout_get_label_width (layout);
  paint->rows = layout->rows;
  paint->number_width = layout->number_width * paint->base.font_size;
  time_width = MAX (0, viewport->width - paint->label_width);
  paint->first_day = clamp_day (layout, karta_gantt_layout_x_to_day (layout, viewport->x));
  paint->last_day = clamp_day (layout, karta_gantt_layout_x_to_day (layout, viewport->x + time_width));
}

void
karta_gantt_paint_clear (KartaGanttPaint *paint)
{
  for (guint i = 0; i < G_N_ELEMENTS (paint->stripes); i++)
    g_clear_pointer (&paint->stripes[i], cairo_pattern_destroy);
  karta_chart_text_clear (&paint->text);
}

/* The x on the surface of the start of @day. */
double
karta_gantt_paint_day_x (const KartaGanttPaint *paint,
                         KartaDay               day)
{
  return paint->label_width + karta_gantt_layout_day_to_x (paint->layout, day) - paint->viewport.x;
}

static double
row_top (const KartaGanttPaint *paint,
         guint                  row)
{
  return paint->header_height + karta_gantt_layout_row_to_y (paint->layout, row) - paint->viewport.y;
}

static const KartaGanttRow *
row_at (const KartaGanttPaint *paint,
        guint                  row)
{
  return &g_array_index (paint->rows, KartaGanttRow, row);
}

static void
visible_rows (const KartaGanttPaint *paint,
              guint                 *first,
              guint                 *last)
{
  double top = paint->viewport.y, bottom = top + paint->viewport.height - paint->header_height;
  guint  n = paint->rows->len;

  *first = (guint) CLAMP (floor (top / paint->row_height), 0, n);
  *last = (guint) CLAMP (ceil (bottom / paint->row_height), 0, n);
}

/* Sections tinted (nested ones lighter), search matches and the selection
 * marked, other activity rows striped. */
static KartaRgb
row_background (const KartaGanttPaint *paint,
                const KartaGanttRow   *row,
                guint                  index)
{
  const KartaGanttPalette *palette = paint->palette;

  if (row->activity == NULL)
    return karta_chart_tint (&palette->section, &palette->base.background, MIN (0.6, row->depth * 0.3));
  if (row->activity->id != 0 && row->activity->id == paint->layout->selected)
    return palette->selection;
  if (karta_gantt_layout_is_highlighted (paint->layout, row->activity->id))
    return palette->highlight;
  return index % 2 == 1 ? palette->zebra : palette->base.background;
}

static void
draw_row_backgrounds (KartaGanttPaint *paint,
                      guint            first,
                      guint            last)
{
  cairo_t *cr = paint->cr;

  for (guint i = first; i < last; i++)
    {
      KartaRgb colour = row_background (paint, row_at (paint, i), i);

      karta_chart_set_rgb (cr, &colour);
      cairo_rectangle (cr, 0, row_top (paint, i), paint->viewport.width, paint->row_height);
      cairo_fill (cr);
    }
}

static void
draw_today (KartaGanttPaint *paint)
{
  const KartaGanttLayout *layout = paint->layout;
  double                  x, size = paint->base.font_size * 0.45;

  if (layout->today < paint->first_day || layout->today > paint->last_day)
    return;
  x = round (karta_gantt_paint_day_x (paint, layout->today) + layout->pixels_per_day / 2);
  karta_chart_set_rgb (paint->cr, &paint->palette->today);
  cairo_rectangle (paint->cr, x - 1, paint->header_height, 2, paint->viewport.height - paint->header_height);
  cairo_fill (paint->cr);
  cairo_move_to (paint->cr, x - size, paint->header_height - size * 1.2);
  cairo_line_to (paint->cr, x + size, paint->header_height - size * 1.2);
  cairo_line_to (paint->cr, x, paint->header_height);
  cairo_close_path (paint->cr);
  cairo_fill (paint->cr);
}

/* The days: month lines, every visible activity's schedule, today. */
static void
draw_timeline (KartaGanttPaint *paint,
               guint            first,
               guint            last)
{
  cairo_t *cr = paint->cr;

  if (paint->viewport.width <= paint->label_width)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, paint->label_width, 0, paint->viewport.width - paint->label_width, paint->viewport.height);
  cairo_clip (cr);
  karta_gantt_draw_month_grid (paint, paint->header_height, paint->viewport.height);
  for (guint i = first; i < last; i++)
    {
      const KartaGanttRow *row = row_at (paint, i);

      if (row->activity != NULL)
        karta_gantt_draw_schedule (paint, row->activity, row_top (paint, i));
      else
        karta_gantt_draw_summary (paint, row->section, row_top (paint, i));
    }
  karta_gantt_draw_scale (paint);
  draw_today (paint);
  cairo_restore (cr);
}

static double
indent (const KartaGanttPaint *paint,
        const KartaGanttRow   *row)
{
  return paint->base.font_size * (0.6 + 1.1 * row->depth);
}

static void
draw_disclosure (KartaGanttPaint     *paint,
                 const KartaGanttRow *row,
                 double               x,
                 double               cy)
{
  double s = paint->base.font_size * 0.32;

  karta_chart_set_rgb (paint->cr, &paint->palette->base.dim_text);
  if (karta_gantt_layout_get_section_collapsed (paint->layout, row->section->id))
    {
      cairo_move_to (paint->cr, x, cy - s);
      cairo_line_to (paint->cr, x + s * 1.5, cy);
      cairo_line_to (paint->cr, x, cy + s);
    }
  else
    {
      cairo_move_to (paint->cr, x - s * 0.2, cy - s * 0.7);
      cairo_line_to (paint->cr, x + s * 1.8, cy - s * 0.7);
      cairo_line_to (paint->cr, x + s * 0.8, cy + s * 0.8);
    }
  cairo_close_path (paint->cr);
  cairo_fill (paint->cr);
}

/* A section's number and title in bold, across the whole row: its row
 * has no bars, and long titles read better unclipped. */
static char *
section_title (const KartaSection *section,
               gboolean            continued)
{
  g_autofree char *title = g_strjoin (" ", section->number != NULL ? section->number : "",
                                      section->title != NULL ? section->title : "", NULL);

  g_strstrip (title);
  if (continued)
    /* Translators: a section's title repeated at the top of a printed page */
    return g_strdup_printf (_ ("%s (continued)"), title);
  return g_steal_pointer (&title);
}

static void
draw_section_label (KartaGanttPaint     *paint,
                    const KartaGanttRow *row,
                    gboolean             continued,
                    double               top)
{
  double           x = indent (paint, row), cy = top + paint->row_height / 2, h;
  g_autofree char *title = section_title (row->section, continued);

  if (!paint->layout->on_paper)
    {
      draw_disclosure (paint, row, x, cy);
      x += paint->base.font_size * 1.1;
    }
  karta_chart_text_set (&paint->text, title, 1.0, TRUE, paint->viewport.width - x - 4, 1);
  karta_chart_text_size (&paint->text, NULL, &h);
  karta_chart_text_show (&paint->text, x, cy - h / 2, 0, KARTA_CHART_TEXT_START, &paint->base.text);
}

/* One line, quickly, in the window (the tooltip has the rest); wrapped
 * where the layout asks for more lines: on paper, where nothing can be
 * hovered, and on a screen whose user wants titles whole. */
static void
show_title (KartaGanttPaint *paint,
            const char      *title,
            double           x,
            double           top,
            double           width)
{
  double height;

  if (paint->layout->title_lines <= 1)
    {
      karta_chart_text_show_line (&paint->text, title, x, top + (paint->row_height - paint->text.line) / 2, width,
                                  &paint->base.text);
      return;
    }
  karta_chart_text_set (&paint->text, title, 1.0, FALSE, width, paint->layout->title_lines);
  karta_chart_text_size (&paint->text, NULL, &height);
  karta_chart_text_show (&paint->text, x, top + (paint->row_height - height) / 2, width, KARTA_CHART_TEXT_START,
                         &paint->base.text);
}

static void
draw_activity_label (KartaGanttPaint     *paint,
                     const KartaGanttRow *row,
                     double               top)
{
  const KartaActivity *activity = row->activity;
  double               em = paint->base.font_size, x = indent (paint, row), y = top + (paint->row_height - paint->text.line) / 2;
  double               right = paint->label_width - em * 0.5;

  if (!karta_text_is_blank (activity->number))
    {
      karta_chart_text_show_line (&paint->text, activity->number, x, y, paint->number_width, &paint->base.dim_text);
      x += paint->number_width + em * 0.5;
    }
  if (karta_evidence_is_missing (activity))
    {
      right -= em * 1.3;
      karta_gantt_draw_warning (paint, right + em * 0.7, top + paint->row_height / 2, em);
    }
  if (right - x > em)
    show_title (paint, activity->title != NULL ? activity->title : "", x, top, right - x - em * 0.3);
}

static void
draw_selection_mark (KartaGanttPaint *paint,
                     double           top)
{
  KartaRgb mark = karta_chart_tint (&paint->palette->selection, &paint->base.text, 0.5);

  karta_chart_set_rgb (paint->cr, &mark);
  cairo_rectangle (paint->cr, 0, top, 3, paint->row_height);
  cairo_fill (paint->cr);
}

static void
draw_labels (KartaGanttPaint *paint,
             guint            first,
             guint            last)
{
  cairo_t *cr = paint->cr;

  cairo_save (cr);
  cairo_rectangle (cr, 0, paint->header_height, paint->viewport.width, paint->viewport.height - paint->header_height);
  cairo_clip (cr);
  for (guint i = first; i < last; i++)
    if (row_at (paint, i)->activity == NULL)
      draw_section_label (paint, row_at (paint, i), i < paint->n_continued, row_top (paint, i));
  cairo_rectangle (cr, 0, paint->header_height, paint->label_width, paint->viewport.height - paint->header_height);
  cairo_clip (cr);
  for (guint i = first; i < last; i++)
    {
      const KartaGanttRow *row = row_at (paint, i);

      if (row->activity == NULL)
        continue;
      if (row->activity->id == paint->layout->selected && row->activity->id != 0)
        draw_selection_mark (paint, row_top (paint, i));
      draw_activity_label (paint, row, row_top (paint, i));
    }
  cairo_restore (cr);
}

/* The top left corner: the period, and the column's headings. */
static void
draw_corner (KartaGanttPaint *paint)
{
  const KartaRoadmap *roadmap = paint->layout->roadmap;
  double              em = paint->base.font_size, tier = paint->header_height / 2, pad = em * 0.6;
  g_autofree char    *period = roadmap != NULL ? karta_period_format (&roadmap->period) : NULL;
  cairo_t            *cr = paint->cr;

  karta_chart_set_rgb (cr, &paint->palette->header);
  cairo_rectangle (cr, 0, 0, paint->label_width, paint->header_height);
  cairo_fill (cr);
  if (period != NULL)
    karta_chart_text_show_line (&paint->text, period, pad, (tier - paint->text.line) / 2,
                                paint->label_width - 2 * pad, &paint->base.text);
  karta_chart_text_show_line (&paint->text, C_ ("Gantt column", "No."), pad, tier + (tier - paint->text.line) / 2,
                              paint->number_width, &paint->base.dim_text);
  karta_chart_text_show_line (&paint->text, _ ("Activity"), pad + paint->number_width + em * 0.5,
                              tier + (tier - paint->text.line) / 2,
                              paint->label_width - paint->number_width - em * 1.6, &paint->base.dim_text);
  karta_chart_set_rgb (cr, &paint->base.grid);
  cairo_rectangle (cr, 0, paint->header_height - paint->hairline, paint->label_width, paint->hairline);
  cairo_fill (cr);
}

static void
draw_column_edge (KartaGanttPaint *paint)
{
  karta_chart_set_rgb (paint->cr, &paint->base.grid);
  cairo_rectangle (paint->cr, paint->label_width - paint->hairline, 0, paint->hairline, paint->viewport.height);
  cairo_fill (paint->cr);
}

/* Draws @rows, the first @n_continued of them sections going on from an
 * earlier page, as karta_gantt_draw() draws the layout's. */
void
karta_gantt_draw_rows (const KartaGanttLayout   *layout,
                       GArray                   *rows,
                       guint                     n_continued,
                       cairo_t                  *cr,
                       const KartaGanttViewport *viewport)
{
  KartaGanttPaint paint;
  guint           first, last;

  karta_gantt_paint_init (&paint, layout, cr, viewport);
  paint.rows = rows;
  paint.n_continued = n_continued;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_clip (cr);
  karta_chart_set_rgb (cr, &layout->palette.base.background);
  cairo_paint (cr);
  visible_rows (&paint, &first, &last);
  draw_row_backgrounds (&paint, first, last);
  draw_timeline (&paint, first, last);
  draw_labels (&paint, first, last);
  draw_corner (&paint);
  draw_column_edge (&paint);
  cairo_restore (cr);
  karta_gantt_paint_clear (&paint);
}

/**
 * karta_gantt_draw:
 * @cr: (0, 0) is the viewport's top left corner
 *
 * Draws what @viewport shows: the rows it scrolled to, with the left column
 * and the time header fixed. For the window (one frame), printing and
 * export alike.
 */
void
karta_gantt_draw (const KartaGanttLayout   *layout,
                  cairo_t                  *cr,
                  const KartaGanttViewport *viewport)
{
  karta_gantt_draw_rows (layout, layout->rows, 0, cr, viewport);
}
