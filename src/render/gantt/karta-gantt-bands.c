/* karta-gantt-bands.c — schedules without dates of their own: continuous
 * and on-demand work as light bands over the period, unlike any dated bar;
 * recurring work as ticks on its known dates; an unreadable term written
 * out in italics, and "no dates" where there is no term at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "karta-gantt-private.h"

/* A term in italics from @x, cut at @width: it is read as written. */
static void
show_italic (KartaGanttPaint *paint,
             const char      *string,
             double           x,
             double           cy,
             double           width,
             const KartaRgb  *colour)
{
  cairo_t             *cr = paint->cr;
  cairo_font_extents_t font;

  if (width <= 0 || karta_text_is_blank (string))
    return;
  cairo_save (cr);
  cairo_rectangle (cr, x, cy - paint->row_height / 2, width, paint->row_height);
  cairo_clip (cr);
  cairo_select_font_face (cr, paint->base.font_family, CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, paint->base.font_size * 0.88);
  cairo_font_extents (cr, &font);
  karta_chart_set_rgb (cr, colour);
  cairo_move_to (cr, x, cy + (font.ascent - font.descent) / 2);
  cairo_show_text (cr, string);
  cairo_restore (cr);
}

/* Where text about the whole row starts: at the band's start, or at the
 * left edge of the timeline while the start is scrolled away. */
static double
sticky_x (const KartaGanttPaint *paint,
          double                 x0)
{
  return MAX (x0, paint->label_width) + paint->base.font_size * 0.5;
}

static const char *
term_or_kind (const KartaActivity *activity)
{
  return !karta_text_is_blank (activity->term) ? activity->term
                                               : karta_schedule_kind_describe (activity->schedule->kind);
}

/* Dashes (continuous) or dots (on demand) along the band's top and bottom
 * edges, as rectangles: one fill, and only across the visible part, where
 * a dashed stroke would be cut along the whole band. */
static void
draw_band_edges (KartaGanttPaint     *paint,
                 gboolean             dotted,
                 const KartaGanttBox *box)
{
  double em = paint->base.font_size, step = dotted ? em * 0.45 : em * 1.1;
  double length = dotted ? MAX (1.5, em * 0.15) : em * 0.8, thick = dotted ? length : paint->hairline * 1.2;
  double start = MAX (box->x0 + box->height / 2, paint->label_width - step);
  double end = MIN (box->x1 - box->height / 2, paint->viewport.width);

  /* the dashes keep their place on the calendar while scrolling */
  for (double x = box->x0 + ceil ((start - box->x0) / step) * step; x < end; x += step)
    {
      cairo_rectangle (paint->cr, x, box->y, MIN (length, end - x), thick);
      cairo_rectangle (paint->cr, x, box->y + box->height - thick, MIN (length, end - x), thick);
    }
  cairo_fill (paint->cr);
}

static void
draw_band_box (KartaGanttPaint     *paint,
               const KartaActivity *activity,
               KartaStatus          status,
               const KartaGanttBox *box)
{
  KartaRgb edge = karta_gantt_status_edge (paint, status);

  karta_gantt_rounded_rectangle (paint->cr, box->x0, box->y, box->x1 - box->x0, box->height, box->height / 2);
  karta_chart_set_rgb (paint->cr, &paint->palette->band);
  cairo_fill (paint->cr);
  karta_chart_set_rgb (paint->cr, &edge);
  draw_band_edges (paint, activity->schedule->kind != KARTA_SCHEDULE_CONTINUOUS, box);
}

/* Continuous and on-demand work: a light band with a dashed (continuous)
 * or dotted (on demand) edge over each span, the term written on it. */
void
karta_gantt_draw_band (KartaGanttPaint     *paint,
                       const KartaActivity *activity,
                       KartaStatus          status,
                       double               top)
{
  GArray *spans = activity->schedule->spans;

  for (guint i = 0; i < spans->len; i++)
    {
      KartaGanttBox box = karta_gantt_span_box (paint, &g_array_index (spans, KartaSpan, i), top);
      double        x = sticky_x (paint, box.x0), grow = round (box.height * 0.12);

      /* a little taller than a bar, so the term fits between the edges */
      box.y -= grow;
      box.height += 2 * grow;

      if (box.x1 < paint->label_width || box.x0 > paint->viewport.width)
        continue;
      draw_band_box (paint, activity, status, &box);
      show_italic (paint, term_or_kind (activity), x, box.y + box.height / 2,
                   MIN (box.x1, paint->viewport.width) - x - paint->base.font_size * 0.5,
                   &paint->base.text);
    }
}

/* The first of the sorted @days not before @day. */
static guint
first_from (GArray  *days,
            KartaDay day)
{
  guint low = 0, high = days->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;
      if (g_array_index (days, KartaDay, middle) < day)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static void
draw_ticks (KartaGanttPaint     *paint,
            const KartaActivity *activity,
            KartaStatus          status,
            const KartaGanttBox *line)
{
  GArray  *days = activity->schedule->occurrences;
  double   ppd = paint->layout->pixels_per_day, width = CLAMP (ppd * 0.8, 3.0, paint->base.font_size * 0.4);
  gboolean selected = activity->id != 0 && activity->id == paint->layout->selected;

  for (guint i = first_from (days, paint->first_day); i < days->len; i++)
    {
      KartaDay day = g_array_index (days, KartaDay, i);
      double   cx = karta_gantt_paint_day_x (paint, day) + ppd / 2;

      if (day > paint->last_day)
        break;
      karta_gantt_rounded_rectangle (paint->cr, cx - width / 2, line->y, width, line->height, width / 2);
      karta_gantt_fill_status (paint, status, selected);
    }
}

/* Recurring work: a thin line over its spans and a tick on every known
 * date; without known dates, a band with the rule written on it. */
void
karta_gantt_draw_recurring (KartaGanttPaint     *paint,
                            const KartaActivity *activity,
                            KartaStatus          status,
                            double               top)
{
  GArray       *spans = activity->schedule->spans;
  KartaRgb      edge = karta_gantt_status_edge (paint, status);
  KartaGanttBox box = { 0 };

  if (activity->schedule->occurrences->len == 0)
    {
      karta_gantt_draw_band (paint, activity, status, top);
      return;
    }
  karta_chart_set_rgb (paint->cr, &edge);
  for (guint i = 0; i < spans->len; i++)
    {
      box = karta_gantt_span_box (paint, &g_array_index (spans, KartaSpan, i), top);
      cairo_rectangle (paint->cr, box.x0, round (box.y + box.height / 2) - 0.5, box.x1 - box.x0, 1);
    }
  cairo_fill (paint->cr);
  if (spans->len == 0)
    box = karta_gantt_span_box (paint, &(KartaSpan){ paint->first_day, paint->first_day, NULL }, top);
  draw_ticks (paint, activity, status, &box);
}

/* Muted italic @text for a row without a bar, from the period's start. */
static void
show_row_note (KartaGanttPaint *paint,
               const char      *text,
               double           top)
{
  double x = sticky_x (paint, karta_gantt_paint_day_x (paint, paint->layout->first));

  show_italic (paint, text, x, top + paint->row_height / 2, paint->viewport.width - x, &paint->base.dim_text);
}

/* A term that could not be read: its text in italics, no bar. */
void
karta_gantt_draw_unparsed (KartaGanttPaint     *paint,
                           const KartaActivity *activity,
                           double               top)
{
  show_row_note (paint, activity->term, top);
}

/* No term at all: "no dates", so that the empty row is not taken for a
 * bar scrolled out of view. */
void
karta_gantt_draw_undated (KartaGanttPaint *paint,
                          double           top)
{
  show_row_note (paint, _ ("no dates"), top);
}
