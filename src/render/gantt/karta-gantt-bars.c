/* karta-gantt-bars.c — an activity's schedule on its row: bars for spans,
 * a diamond for a single day, a deadline ending in a marker, a "from" bar
 * fading out to the right, bands for continuous and on-demand work, ticks
 * for recurring dates, and the term itself where it could not be read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>

#include "karta-evidence.h"
#include "karta-gantt-private.h"

#define EDGE_GRAB 5.0 /* pixels either side of a bar's end */

/* A bar's top within its row, and its height. */
static void
bar_rows (const KartaGanttLayout *layout,
          double                 *y,
          double                 *height)
{
  *height = karta_gantt_layout_get_bar_height (layout);
  *y = round ((karta_gantt_layout_get_row_height (layout) - *height) / 2);
}

KartaGanttBox
karta_gantt_span_box (const KartaGanttPaint *paint,
                      const KartaSpan       *span,
                      double                 top)
{
  KartaGanttBox box;

  bar_rows (paint->layout, &box.y, &box.height);
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

static double
luminance (const KartaRgb *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

/* A span's label inside its bar when it fits, else after it. */
static void
draw_span_label (KartaGanttPaint     *paint,
                 const char          *label,
                 KartaStatus          status,
                 const KartaGanttBox *box,
                 double               limit)
{
  double   em = paint->base.font_size, w, y = box->y + (box->height - paint->text.line) / 2;
  double   inner = box->x1 - box->x0 - em * (status == KARTA_STATUS_DONE ? 2.2 : 1.2);
  KartaRgb fill = karta_gantt_status_fill (paint, status);

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
draw_bar (KartaGanttPaint     *paint,
          KartaStatus          status,
          gboolean             selected,
          const KartaGanttBox *box)
{
  karta_gantt_rounded_rectangle (paint->cr, box->x0, box->y, MAX (box->x1 - box->x0, 2), box->height, box->height * 0.3);
  karta_gantt_fill_status (paint, status, selected);
  karta_gantt_draw_status_mark (paint, status, box);
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
      KartaGanttBox    box = karta_gantt_span_box (paint, span, top);
      double           limit = i + 1 < spans->len ? karta_gantt_span_box (paint, &g_array_index (spans, KartaSpan, i + 1), top).x0
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
draw_deadline (KartaGanttPaint *paint,
               KartaStatus      status,
               gboolean         selected,
               const KartaSpan *span,
               double           top)
{
  KartaGanttBox box = karta_gantt_span_box (paint, span, top), thin = box;
  double        end = box.x1 - paint->layout->pixels_per_day / 2;

  thin.height = round (box.height * 0.4);
  thin.y = box.y + (box.height - thin.height) / 2;
  thin.x1 = end;
  karta_gantt_rounded_rectangle (paint->cr, thin.x0, thin.y, MAX (thin.x1 - thin.x0, 1), thin.height, thin.height / 2);
  karta_gantt_fill_status (paint, status, selected);
  draw_diamond (paint, status, selected, end, box.y + box.height / 2, box.height * 0.62);
}

/* A bar open to the right: it fades out and ends in an arrow. */
static void
draw_from (KartaGanttPaint *paint,
           KartaStatus      status,
           gboolean         selected,
           const KartaSpan *span,
           double           top)
{
  KartaGanttBox    box = karta_gantt_span_box (paint, span, top);
  double           fade_from = box.x0 + MIN ((box.x1 - box.x0) * 0.4, paint->base.font_size * 6);
  cairo_pattern_t *fade = cairo_pattern_create_linear (fade_from, 0, box.x1, 0);
  KartaRgb         edge = karta_gantt_status_edge (paint, status);
  double           cy = box.y + box.height / 2, s = box.height * 0.35;

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
  GArray       *spans = activity->schedule->spans;
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
  KartaStatus          status = karta_gantt_layout_effective_status (paint->layout, activity);
  gboolean             selected = activity->id != 0 && activity->id == paint->layout->selected;

  if (schedule == NULL)
    {
      karta_gantt_draw_undated (paint, top);
      return;
    }
  switch (schedule->kind)
    {
    case KARTA_SCHEDULE_DATES:
      draw_dates (paint, activity, status, selected, top);
      break;
    case KARTA_SCHEDULE_DEADLINE:
    case KARTA_SCHEDULE_FROM:
      for (guint i = 0; i < schedule->spans->len; i++)
        (schedule->kind == KARTA_SCHEDULE_FROM ? draw_from : draw_deadline) (paint, status, selected, &g_array_index (schedule->spans, KartaSpan, i), top);
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
      karta_gantt_draw_undated (paint, top);
      break;
    default:
      break;
    }
  if (karta_evidence_is_missing (activity))
    draw_evidence_warning (paint, activity, top);
}

/* A section's summary: a thin bracket low in its header row across the
 * days its dated activities cover, under the section's title. */
void
karta_gantt_draw_summary (KartaGanttPaint    *paint,
                          const KartaSection *section,
                          double              top)
{
  const KartaPeriod *summary = karta_gantt_layout_get_summary (paint->layout, section);
  double             x0, x1, y = top + round (paint->row_height * 0.7), height = MAX (2, round (paint->row_height * 0.1));
  double             tick = round (paint->row_height * 0.2);
  KartaRgb           colour = karta_chart_tint (&paint->base.dim_text, &paint->palette->section, 0.3);

  if (summary == NULL)
    return;
  x0 = karta_gantt_paint_day_x (paint, summary->start);
  x1 = karta_gantt_paint_day_x (paint, summary->end + 1);
  karta_chart_set_rgb (paint->cr, &colour);
  cairo_rectangle (paint->cr, x0, y, x1 - x0, height);
  cairo_rectangle (paint->cr, x0, y, height, tick);
  cairo_rectangle (paint->cr, x1 - height, y, height, tick);
  cairo_fill (paint->cr);
}

static KartaGanttPart
part_of_span (const KartaGanttLayout *layout,
              const KartaSchedule    *schedule,
              const KartaSpan        *span,
              double                  x)
{
  double   x0 = karta_gantt_layout_day_to_x (layout, span->start);
  double   x1 = karta_gantt_layout_day_to_x (layout, span->end + 1);
  gboolean resizable = schedule->kind == KARTA_SCHEDULE_DATES || schedule->kind == KARTA_SCHEDULE_DEADLINE || schedule->kind == KARTA_SCHEDULE_FROM;

  if (span->start == span->end)
    {
      double half = karta_gantt_layout_get_bar_height (layout) * 0.62, middle = (x0 + x1) / 2;
      x0 = MIN (x0, middle - half);
      x1 = MAX (x1, middle + half);
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
  double               y, height;

  if (schedule == NULL || schedule->kind == KARTA_SCHEDULE_NONE || schedule->kind == KARTA_SCHEDULE_UNPARSED)
    return FALSE;
  bar_rows (layout, &y, &height);
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
