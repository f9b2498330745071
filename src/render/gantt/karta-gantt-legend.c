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

/* The height of one line of the legend */
static double
line_height (const KartaGanttLayout *layout)
{
  return round (karta_gantt_layout_get_bar_height (layout) * 2.2);
}

static double
text_width (KartaGanttPaint *paint,
            const char      *label)
{
  double width;

  karta_chart_text_set (&paint->text, label, 1.0, FALSE, -1, 1);
  karta_chart_text_size (&paint->text, &width, NULL);
  return width;
}

/* Lays the items out in lines of @width, and draws them if @draw: a short
 * bar of each status with its name, then the mark of missing evidence.
 * An item that does not fit goes to the next line, whole.
 *
 * Returns: the number of lines */
static guint
flow_items (KartaGanttPaint *paint,
            double           width,
            gboolean         draw)
{
  double em = paint->base.font_size, height = karta_gantt_layout_get_bar_height (paint->layout);
  double line = line_height (paint->layout), gap = em * 1.2;
  double x = 0, cy = line / 2;
  guint  lines = 1;

  for (int item = KARTA_STATUS_PLANNED; item <= KARTA_N_STATUSES; item++)
    {
      gboolean    warning = item == KARTA_N_STATUSES;
      const char *label = warning ? _ ("Done, evidence missing") : karta_status_describe (item);
      double      mark = warning ? em * 1.4 : em * 2.8;
      double      item_width = mark + text_width (paint, label);

      if (x > 0 && x + item_width > width)
        {
          x = 0;
          cy += line;
          lines++;
        }
      if (draw && warning)
        karta_gantt_draw_warning (paint, x + em * 0.5, cy, em);
      else if (draw)
        {
          KartaGanttBox box = { x, x + em * 2.4, round (cy - height / 2), height };

          karta_gantt_rounded_rectangle (paint->cr, box.x0, box.y, box.x1 - box.x0, box.height, box.height * 0.3);
          karta_gantt_fill_status (paint, item, FALSE);
          karta_gantt_draw_status_mark (paint, item, &box);
        }
      if (draw)
        {
          /* a line narrower than one item: the label is cut */
          karta_chart_text_set (&paint->text, label, 1.0, FALSE, -1, 1);
          karta_chart_text_show_line (&paint->text, label, x + mark, cy - paint->text.line / 2, MAX (width - x - mark, em),
                                      &paint->base.text);
        }
      x += item_width + gap;
    }
  return lines;
}

/**
 * karta_gantt_legend_height:
 * @width: what the legend is given
 *
 * Returns: the height karta_gantt_draw_legend() takes at @layout's font in
 *   @width: one line, or more when its items do not fit in one
 */
double
karta_gantt_legend_height (const KartaGanttLayout *layout,
                           double                  width)
{
  cairo_surface_t   *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t           *cr = cairo_create (surface);
  KartaGanttViewport viewport = { 0, 0, width, 1 };
  KartaGanttPaint    paint;
  guint              lines;

  karta_gantt_paint_init (&paint, layout, cr, &viewport);
  lines = flow_items (&paint, width, FALSE);
  karta_gantt_paint_clear (&paint);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return lines * line_height (layout);
}

/**
 * karta_gantt_draw_legend:
 * @x: (in): the legend's top left corner in @cr
 *
 * The key to the statuses (colour and second cue) and to the mark of
 * missing evidence, in lines of @width, in @layout's palette.
 */
void
karta_gantt_draw_legend (const KartaGanttLayout *layout,
                         cairo_t                *cr,
                         double                  x,
                         double                  y,
                         double                  width)
{
  KartaGanttViewport viewport = { 0, 0, width, karta_gantt_legend_height (layout, width) };
  KartaGanttPaint    paint;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  karta_gantt_paint_init (&paint, layout, cr, &viewport);
  flow_items (&paint, width, TRUE);
  karta_gantt_paint_clear (&paint);
  cairo_restore (cr);
}
