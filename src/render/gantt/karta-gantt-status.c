/* karta-gantt-status.c — how a status looks on a bar: colour and a second
 * cue, for grey print and for colour-blind people: planned is hollow, in
 * progress striped, done solid with a check mark, overdue densely hatched,
 * cancelled struck through; and the mark of missing evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>

#include "karta-gantt-private.h"

/* Stripes over the current path, which stays: drawn as lines rather than
 * a repeating pattern, so that PDF viewers show no seams, inside a
 * rectangle (a fast clip, unlike the rounded bar) short of the rounded
 * ends, and only where the clip meets the bar, so that a long bar costs
 * what is visible. */
static void
draw_stripes (cairo_t        *cr,
              const KartaRgb *colour,
              double          spacing,
              double          line_width)
{
  cairo_path_t *path = cairo_copy_path (cr);
  double        x0, y0, x1, y1, cx0, cy0, cx1, cy1, inset;

  cairo_fill_extents (cr, &x0, &y0, &x1, &y1);
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  inset = MIN ((y1 - y0) * 0.3, (x1 - x0) / 2);
  x0 = MAX (x0 + inset, floor (cx0));
  x1 = MIN (x1 - inset, ceil (cx1));
  cairo_new_path (cr);
  if (x1 > x0)
    {
      cairo_save (cr);
      cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
      cairo_clip (cr);
      for (double x = floor ((x0 - (y1 - y0)) / spacing) * spacing; x < x1; x += spacing)
        {
          cairo_move_to (cr, x, y1);
          cairo_line_to (cr, x + (y1 - y0), y0);
        }
      karta_chart_set_rgb (cr, colour);
      cairo_set_line_width (cr, line_width);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  cairo_append_path (cr, path);
  cairo_path_destroy (path);
}

KartaRgb
karta_gantt_status_edge (const KartaGanttPaint *paint,
                         KartaStatus            status)
{
  return karta_chart_tint (&paint->palette->status[status], &paint->base.text, 0.4);
}

KartaRgb
karta_gantt_status_fill (const KartaGanttPaint *paint,
                         KartaStatus            status)
{
  if (status == KARTA_STATUS_PLANNED)
    return karta_chart_tint (&paint->palette->status[status], &paint->base.background, 0.45);
  return paint->palette->status[status];
}

/* In progress: sparse light stripes; overdue: dense dark ones; the other
 * statuses have none. */
static gboolean
status_stripes (const KartaGanttPaint *paint,
                KartaStatus            status,
                KartaRgb              *colour,
                double                *spacing,
                double                *width)
{
  KartaRgb fill = karta_gantt_status_fill (paint, status);
  double   em = paint->base.font_size;

  if (status == KARTA_STATUS_IN_PROGRESS)
    {
      *colour = karta_chart_tint (&fill, &paint->base.background, 0.35);
      *spacing = em * 0.75;
      *width = em * 0.22;
      return TRUE;
    }
  if (status == KARTA_STATUS_OVERDUE)
    {
      *colour = karta_chart_tint (&fill, &paint->base.text, 0.65);
      *spacing = em * 0.45;
      *width = em * 0.15;
      return TRUE;
    }
  return FALSE;
}

/* On raster targets (images, the widget's recording) stripes are a tile
 * in device pixels, repeated: one fill per bar. PDF, SVG and PostScript
 * get lines, which their viewers draw without seams. */
static gboolean
target_is_vector (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  return type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_SVG || type == CAIRO_SURFACE_TYPE_PS;
}

static void
fill_striped (KartaGanttPaint *paint,
              KartaStatus      status,
              const KartaRgb  *fill,
              const KartaRgb  *stripe,
              double           spacing,
              double           width)
{
  if (target_is_vector (paint->cr))
    {
      karta_chart_set_rgb (paint->cr, fill);
      cairo_fill_preserve (paint->cr);
      draw_stripes (paint->cr, stripe, spacing, width);
      return;
    }
  if (paint->stripes[status] == NULL)
    paint->stripes[status] = karta_chart_stripe_pattern (paint->cr, FALSE, fill, stripe, spacing, width,
                                                         KARTA_CHART_STRIPES_RISING);
  cairo_set_source (paint->cr, paint->stripes[status]);
  cairo_fill_preserve (paint->cr);
}

/* Fills and outlines the current path in the status's style. */
void
karta_gantt_fill_status (KartaGanttPaint *paint,
                         KartaStatus      status,
                         gboolean         selected)
{
  KartaRgb edge = selected ? paint->base.text : karta_gantt_status_edge (paint, status);
  KartaRgb fill = karta_gantt_status_fill (paint, status), stripe;
  double   spacing, width;

  if (status_stripes (paint, status, &stripe, &spacing, &width))
    fill_striped (paint, status, &fill, &stripe, spacing, width);
  else
    {
      karta_chart_set_rgb (paint->cr, &fill);
      cairo_fill_preserve (paint->cr);
    }
  karta_chart_set_rgb (paint->cr, &edge);
  cairo_set_line_width (paint->cr, paint->hairline * (selected ? 2.0 : status == KARTA_STATUS_PLANNED ? 1.5
                                                                                                      : 1.0));
  cairo_stroke (paint->cr);
}

static void
draw_check (KartaGanttPaint     *paint,
            const KartaGanttBox *box)
{
  double s = box->height * 0.32, x = box->x0 + box->height * 0.35, cy = box->y + box->height / 2;

  cairo_move_to (paint->cr, x, cy);
  cairo_line_to (paint->cr, x + s * 0.7, cy + s * 0.7);
  cairo_line_to (paint->cr, x + s * 1.9, cy - s * 0.8);
  karta_chart_set_rgb (paint->cr, &paint->base.background);
  cairo_set_line_width (paint->cr, MAX (1.5, box->height * 0.12));
  cairo_stroke (paint->cr);
}

static void
draw_strike (KartaGanttPaint     *paint,
             const KartaGanttBox *box)
{
  karta_chart_set_rgb (paint->cr, &paint->base.dim_text);
  cairo_rectangle (paint->cr, box->x0, round (box->y + box->height / 2) - 0.75, box->x1 - box->x0, 1.5);
  cairo_fill (paint->cr);
}

/* The cues a bar carries besides its fill. */
void
karta_gantt_draw_status_mark (KartaGanttPaint     *paint,
                              KartaStatus          status,
                              const KartaGanttBox *box)
{
  if (status == KARTA_STATUS_DONE && box->x1 - box->x0 >= box->height * 1.2)
    draw_check (paint, box);
  else if (status == KARTA_STATUS_CANCELLED)
    draw_strike (paint, box);
}

/**
 * karta_gantt_draw_warning:
 *
 * A warning triangle with "!" centred on (@cx, @cy): done, but the required
 * evidence is missing.
 */
void
karta_gantt_draw_warning (KartaGanttPaint *paint,
                          double           cx,
                          double           cy,
                          double           size)
{
  cairo_t *cr = paint->cr;
  double   h = size * 0.9, w = size;

  cairo_move_to (cr, cx, cy - h / 2);
  cairo_line_to (cr, cx + w / 2, cy + h / 2);
  cairo_line_to (cr, cx - w / 2, cy + h / 2);
  cairo_close_path (cr);
  karta_chart_set_rgb (cr, &paint->palette->warning);
  cairo_fill (cr);
  karta_chart_set_rgb (cr, &paint->base.background);
  cairo_rectangle (cr, cx - size * 0.06, cy - h * 0.15, size * 0.12, h * 0.38);
  cairo_rectangle (cr, cx - size * 0.06, cy + h * 0.3, size * 0.12, h * 0.12);
  cairo_fill (cr);
}
