/* karta-gantt-bars.c — an activity's schedule on its row: bars for spans,
 * a diamond for a single day, a deadline ending in a marker, a "from" bar
 * fading out to the right, bands for continuous and on-demand work, ticks
 * for recurring dates, and the term itself where it could not be read
 *
 * Status shows as colour and as a second cue, for grey print and for
 * colour-blind people: planned is hollow, in progress striped, done solid
 * with a check mark, overdue densely hatched, cancelled struck through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>

#include "karta-gantt-private.h"

#define BAR_SHARE 0.6           /* of the row's height */
#define EDGE_GRAB 5.0           /* pixels either side of a bar's end */

static void
bar_rows (double  row_height,
          double *y,
          double *height)
{
  *height = round (row_height * BAR_SHARE);
  *y = round ((row_height - *height) / 2);
}

KartaGanttBox
karta_gantt_span_box (const KartaGanttPaint *paint,
                      const KartaSpan       *span,
                      double                 top)
{
  KartaGanttBox box;

  bar_rows (paint->row_height, &box.y, &box.height);
  box.y += top;
  box.x0 = karta_gantt_paint_day_x (paint, span->start);
  box.x1 = karta_gantt_paint_day_x (paint, span->end + 1);
  return box;
}

void
karta_gantt_rounded_rectangle (cairo_t *cr,
                               double   x,
                               double   y,
                               double   width,
                               double   height,
                               double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

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
  double x0, y0, x1, y1, cx0, cy0, cx1, cy1, inset;

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

static KartaRgb
status_fill (const KartaGanttPaint *paint,
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
  KartaRgb fill = status_fill (paint, status);
  double em = paint->base.font_size;

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

static cairo_pattern_t *
stripe_tile (cairo_t        *cr,
             const KartaRgb *fill,
             const KartaRgb *stripe,
             double          spacing,
             double          width)
{
  double dx = spacing, dy = 0;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_matrix_t ctm;
  cairo_t *t;
  int px;

  cairo_user_to_device_distance (cr, &dx, &dy);
  px = MAX (3, (int) round (hypot (dx, dy)));
  tile = cairo_image_surface_create (CAIRO_FORMAT_RGB24, px, px);
  t = cairo_create (tile);
  karta_chart_set_rgb (t, fill);
  cairo_paint (t);
  karta_chart_set_rgb (t, stripe);
  cairo_set_line_width (t, width * px / spacing);
  for (int k = -1; k <= 1; k++)         /* x + y = (k + 1) px, wrapping */
    {
      cairo_move_to (t, (k + 1) * px + 1, -1);
      cairo_line_to (t, k * px - 1, px + 1);
    }
  cairo_stroke (t);
  cairo_destroy (t);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_get_matrix (cr, &ctm);
  cairo_pattern_set_matrix (pattern, &ctm);
  return pattern;
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
    paint->stripes[status] = stripe_tile (paint->cr, fill, stripe, spacing, width);
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
  KartaRgb fill = status_fill (paint, status), stripe;
  double spacing, width;

  if (status_stripes (paint, status, &stripe, &spacing, &width))
    fill_striped (paint, status, &fill, &stripe, spacing, width);
  else
    {
      karta_chart_set_rgb (paint->cr, &fill);
      cairo_fill_preserve (paint->cr);
    }
  karta_chart_set_rgb (paint->cr, &edge);
  cairo_set_line_width (paint->cr, paint->hairline * (selected ? 2.0 : status == KARTA_STATUS_PLANNED ? 1.5 : 1.0));
  cairo_stroke (paint->cr);
}

static void
draw_check (KartaGanttPaint *paint,
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
draw_strike (KartaGanttPaint *paint,
             const KartaGanttBox *box)
{
  karta_chart_set_rgb (paint->cr, &paint->base.dim_text);
  cairo_rectangle (paint->cr, box->x0, round (box->y + box->height / 2) - 0.75, box->x1 - box->x0, 1.5);
  cairo_fill (paint->cr);
}

/* The cues a bar carries besides its fill. */
static void
draw_status_mark (KartaGanttPaint *paint,
                  KartaStatus      status,
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
  double h = size * 0.9, w = size;

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

static double
luminance (const KartaRgb *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

/* A span's label inside its bar when it fits, else after it. */
static void
draw_span_label (KartaGanttPaint *paint,
                 const char      *label,
                 KartaStatus      status,
                 const KartaGanttBox *box,
                 double           limit)
{
  double em = paint->base.font_size, w, y = box->y + (box->height - paint->text.line) / 2;
  double inner = box->x1 - box->x0 - em * (status == KARTA_STATUS_DONE ? 2.2 : 1.2);
  KartaRgb fill = status_fill (paint, status);

  karta_chart_text_set (&paint->text, label, 1.0, FALSE, -1, 1);
  karta_chart_text_size (&paint->text, &w, NULL);
  if (w <= inner && status != KARTA_STATUS_OVERDUE && status != KARTA_STATUS_IN_PROGRESS)
    karta_chart_text_show_line (&paint->text, label, box->x1 - em * 0.6 - w, y, w + 1,
                                luminance (&fill) < 0.5 ? &paint->base.background : &paint->base.text);
  else if (limit - box->x1 > em * 2)
    karta_chart_text_show_line (&paint->text, label, box->x1 + em * 0.4, y, limit - box->x1 - em * 0.6,
                                &paint->base.dim_text);
}

static void
draw_diamond (KartaGanttPaint *paint,
              KartaStatus      status,
              gboolean         selected,
              double           cx,
              double           cy,
              double           half)
{
  cairo_move_to (paint->cr, cx, cy - half);
  cairo_line_to (paint->cr, cx + half, cy);
  cairo_line_to (paint->cr, cx, cy + half);
  cairo_line_to (paint->cr, cx - half, cy);
  cairo_close_path (paint->cr);
  karta_gantt_fill_status (paint, status, selected);
}

static void
draw_bar (KartaGanttPaint *paint,
          KartaStatus      status,
          gboolean         selected,
          const KartaGanttBox *box)
{
  karta_gantt_rounded_rectangle (paint->cr, box->x0, box->y, MAX (box->x1 - box->x0, 2), box->height, box->height * 0.3);
  karta_gantt_fill_status (paint, status, selected);
  draw_status_mark (paint, status, box);
}

/* Each span: a bar, or a diamond for a single day; labelled. */
static void
draw_dates (KartaGanttPaint     *paint,
            const KartaActivity *activity,
            KartaStatus          status,
            gboolean             selected,
            double               top)
{
  GArray *spans = activity->schedule->spans;

  for (guint i = 0; i < spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (spans, KartaSpan, i);
      KartaGanttBox box = karta_gantt_span_box (paint, span, top);
      double limit = i + 1 < spans->len ? karta_gantt_span_box (paint, &g_array_index (spans, KartaSpan, i + 1), top).x0
                                        : box.x1 + paint->base.font_size * 14;

      if (box.x1 < paint->label_width - paint->row_height * 8 || box.x0 > paint->viewport.width)
        continue;
      if (span->start == span->end)
        {
          double half = box.height * 0.62;
          draw_diamond (paint, status, selected, (box.x0 + box.x1) / 2, box.y + box.height / 2, half);
          box.x1 = (box.x0 + box.x1) / 2 + half;
        }
      else
        draw_bar (paint, status, selected, &box);
      if (!karta_text_is_blank (span->label))
        draw_span_label (paint, span->label, status, &box, limit);
    }
}

/* A thin bar up to the deadline, and a diamond on it. */
static void
draw_deadline (KartaGanttPaint     *paint,
               KartaStatus          status,
               gboolean             selected,
               const KartaSpan     *span,
               double               top)
{
  KartaGanttBox box = karta_gantt_span_box (paint, span, top), thin = box;
  double end = box.x1 - paint->layout->pixels_per_day / 2;

  thin.height = round (box.height * 0.4);
  thin.y = box.y + (box.height - thin.height) / 2;
  thin.x1 = end;
  karta_gantt_rounded_rectangle (paint->cr, thin.x0, thin.y, MAX (thin.x1 - thin.x0, 1), thin.height, thin.height / 2);
  karta_gantt_fill_status (paint, status, selected);
  draw_diamond (paint, status, selected, end, box.y + box.height / 2, box.height * 0.62);
}

/* A bar open to the right: it fades out and ends in an arrow. */
static void
draw_from (KartaGanttPaint     *paint,
           KartaStatus          status,
           gboolean             selected,
           const KartaSpan     *span,
           double               top)
{
  KartaGanttBox box = karta_gantt_span_box (paint, span, top);
  double fade_from = box.x0 + MIN ((box.x1 - box.x0) * 0.4, paint->base.font_size * 6);
  cairo_pattern_t *fade = cairo_pattern_create_linear (fade_from, 0, box.x1, 0);
  KartaRgb edge = karta_gantt_status_edge (paint, status);
  double cy = box.y + box.height / 2, s = box.height * 0.35;

  cairo_pattern_add_color_stop_rgba (fade, 0, 0, 0, 0, 1);
  cairo_pattern_add_color_stop_rgba (fade, 1, 0, 0, 0, 0.15);
  cairo_save (paint->cr);
  cairo_rectangle (paint->cr, box.x0 - 2, box.y - 2, box.x1 - box.x0 + 4, box.height + 4);
  cairo_clip (paint->cr);
  cairo_push_group (paint->cr);
  draw_bar (paint, status, selected, &box);
  cairo_pop_group_to_source (paint->cr);
  cairo_mask (paint->cr, fade);
  cairo_restore (paint->cr);
  cairo_pattern_destroy (fade);
  karta_chart_set_rgb (paint->cr, &edge);
  cairo_set_line_width (paint->cr, 1.5);
  cairo_move_to (paint->cr, box.x1 - s * 1.2, cy - s);
  cairo_line_to (paint->cr, box.x1 - s * 0.2, cy);
  cairo_line_to (paint->cr, box.x1 - s * 1.2, cy + s);
  cairo_stroke (paint->cr);
}

static void
draw_evidence_warning (KartaGanttPaint     *paint,
                       const KartaActivity *activity,
                       double               top)
{
  GArray *spans = activity->schedule->spans;
  KartaGanttBox box;

  if (spans->len == 0)
    return;
  box = karta_gantt_span_box (paint, &g_array_index (spans, KartaSpan, spans->len - 1), top);
  karta_gantt_draw_warning (paint, box.x1 + paint->base.font_size * 0.9, box.y + box.height / 2,
                            paint->base.font_size);
}

/* Draws @activity's schedule on its row, whose top is at @top. */
void
karta_gantt_draw_schedule (KartaGanttPaint     *paint,
                           const KartaActivity *activity,
                           double               top)
{
  const KartaSchedule *schedule = activity->schedule;
  KartaStatus status = karta_gantt_layout_effective_status (paint->layout, activity);
  gboolean selected = activity->id != 0 && activity->id == paint->layout->selected;

  if (schedule == NULL)
    return;
  switch (schedule->kind)
    {
    case KARTA_SCHEDULE_DATES:
      draw_dates (paint, activity, status, selected, top);
      break;
    case KARTA_SCHEDULE_DEADLINE:
    case KARTA_SCHEDULE_FROM:
      for (guint i = 0; i < schedule->spans->len; i++)
        (schedule->kind == KARTA_SCHEDULE_FROM ? draw_from : draw_deadline)
          (paint, status, selected, &g_array_index (schedule->spans, KartaSpan, i), top);
      break;
    case KARTA_SCHEDULE_CONTINUOUS:
    case KARTA_SCHEDULE_ON_DEMAND:
      karta_gantt_draw_band (paint, activity, status, top);
      break;
    case KARTA_SCHEDULE_RECURRING:
      karta_gantt_draw_recurring (paint, activity, status, top);
      break;
    case KARTA_SCHEDULE_UNPARSED:
      karta_gantt_draw_unparsed (paint, activity, top);
      break;
    case KARTA_SCHEDULE_NONE:
    default:
      break;
    }
  if (karta_gantt_activity_lacks_evidence (activity))
    draw_evidence_warning (paint, activity, top);
}

static KartaGanttPart
part_of_span (const KartaGanttLayout *layout,
              const KartaSchedule    *schedule,
              const KartaSpan        *span,
              double                  x)
{
  double x0 = karta_gantt_layout_day_to_x (layout, span->start);
  double x1 = karta_gantt_layout_day_to_x (layout, span->end + 1);
  gboolean resizable = schedule->kind == KARTA_SCHEDULE_DATES || schedule->kind == KARTA_SCHEDULE_DEADLINE
                       || schedule->kind == KARTA_SCHEDULE_FROM;

  if (span->start == span->end)
    {
      double half = round (karta_gantt_layout_get_row_height (layout) * BAR_SHARE) * 0.62;
      x0 = MIN (x0, (x0 + x1) / 2 - half);
      x1 = MAX (x1, (x0 + x1) / 2 + half);
    }
  if (x < x0 - EDGE_GRAB || x > x1 + EDGE_GRAB)
    return KARTA_GANTT_PART_NONE;
  if (!resizable || span->start == span->end || x1 - x0 < 3 * EDGE_GRAB)
    return KARTA_GANTT_PART_BODY;
  if (fabs (x - x0) <= EDGE_GRAB)
    return KARTA_GANTT_PART_START;
  if (fabs (x - x1) <= EDGE_GRAB)
    return KARTA_GANTT_PART_END;
  return KARTA_GANTT_PART_BODY;
}

/* Whether (@time_x, @row_y within the row) is on one of the schedule's
 * marks; the last span drawn wins, as it is on top. */
gboolean
karta_gantt_hit_schedule (const KartaGanttLayout *layout,
                          const KartaActivity    *activity,
                          double                  time_x,
                          double                  row_y,
                          int                    *span,
                          KartaGanttPart         *part)
{
  const KartaSchedule *schedule = activity->schedule;
  double y, height;

  if (schedule == NULL || schedule->kind == KARTA_SCHEDULE_NONE || schedule->kind == KARTA_SCHEDULE_UNPARSED)
    return FALSE;
  bar_rows (karta_gantt_layout_get_row_height (layout), &y, &height);
  if (row_y < y - 3 || row_y > y + height + 3)
    return FALSE;
  for (guint i = schedule->spans->len; i-- > 0;)
    {
      *part = part_of_span (layout, schedule, &g_array_index (schedule->spans, KartaSpan, i), time_x);
      if (*part != KARTA_GANTT_PART_NONE)
        {
          *span = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}
