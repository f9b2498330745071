/* karta-gantt-legend.c — the key to the Gantt chart's statuses and marks,
 * for paper above all: in grey print the stripes, outlines and marks are
 * what tell the statuses apart, and the reader needs them named
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "karta-gantt-private.h"

/**
 * karta_gantt_legend_height:
 *
 * Returns: the height karta_gantt_draw_legend() takes at @layout's font.
 */
double
karta_gantt_legend_height (const KartaGanttLayout *layout)
{
  return round (karta_gantt_layout_get_bar_height (layout) * 2.2);
}

static double
legend_text (KartaGanttPaint *paint,
             const char      *label,
             double           x,
             double           cy,
             double           right)
{
  double em = paint->base.font_size, width;

  karta_chart_text_set (&paint->text, label, 1.0, FALSE, -1, 1);
  karta_chart_text_size (&paint->text, &width, NULL);
  if (right - x > em)
    karta_chart_text_show_line (&paint->text, label, x, cy - paint->text.line / 2, right - x,
                                &paint->base.text);
  return x + width + em * 1.2;
}

/* A short bar of each status, each with its name, then the mark of
 * missing evidence; items that no longer fit @width are left out. */
static void
draw_items (KartaGanttPaint *paint,
            double           x,
            double           cy,
            double           right)
{
  double em = paint->base.font_size, height = karta_gantt_layout_get_bar_height (paint->layout);

  for (KartaStatus status = KARTA_STATUS_PLANNED; status < KARTA_N_STATUSES && x + em * 4 < right; status++)
    {
      KartaGanttBox box = { x, x + em * 2.4, round (cy - height / 2), height };

      karta_gantt_rounded_rectangle (paint->cr, box.x0, box.y, box.x1 - box.x0, box.height, box.height * 0.3);
      karta_gantt_fill_status (paint, status, FALSE);
      karta_gantt_draw_status_mark (paint, status, &box);
      x = legend_text (paint, karta_status_describe (status), box.x1 + em * 0.4, cy, right);
    }
  if (x + em * 4 >= right)
    return;
  karta_gantt_draw_warning (paint, x + em * 0.5, cy, em);
  legend_text (paint, _ ("Done, evidence missing"), x + em * 1.4, cy, right);
}

/**
 * karta_gantt_draw_legend:
 * @x: (in): the legend's top left corner in @cr
 *
 * The key to the statuses (colour and second cue) and to the mark of
 * missing evidence, in one line of @width, in @layout's palette.
 */
void
karta_gantt_draw_legend (const KartaGanttLayout *layout,
                         cairo_t                *cr,
                         double                  x,
                         double                  y,
                         double                  width)
{
  KartaGanttViewport viewport = { 0, 0, width, karta_gantt_legend_height (layout) };
  KartaGanttPaint    paint;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  karta_gantt_paint_init (&paint, layout, cr, &viewport);
  draw_items (&paint, 0, viewport.height / 2, width);
  karta_gantt_paint_clear (&paint);
  cairo_restore (cr);
}
