/* karta-gantt-view-input.c — the pointer on the Gantt chart: clicks select
 * and collapse, drags move and resize bars (the left column's edge is
 * karta-gantt-view-labels.c's), Ctrl+scroll and pinches zoom
 *
 * A drag changes nothing until the bar is dropped: meanwhile its new place
 * and dates are drawn over the chart, and Escape puts it back. The drop is
 * one "reschedule" signal, which the page turns into one undoable change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include <math.h>

#include "karta-editor-private.h"
#include "karta-gantt-view-private.h"

#define SCROLL_ZOOM_BASE 1.1

/* Clicks */

static void
toggle_section (KartaGanttView     *self,
                const KartaSection *section)
{
  KartaGanttLayout *layout = self->layout;

  karta_gantt_layout_set_section_collapsed (layout, section->id,
                                            !karta_gantt_layout_get_section_collapsed (layout, section->id));
  karta_gantt_view_layout_changed (self);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KartaGanttView  *self)
{
  KartaGanttHit hit;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (karta_gantt_view_on_label_edge (self, x))
    {
      /* a double click on the left column's edge: its automatic width */
      if (n_press == 2)
        karta_gantt_view_set_label_width (self, 0);
      return;
    }
  if (!karta_gantt_view_hit (self, x, y, &hit) || hit.row_info == NULL)
    return;
  if (hit.row_info->kind == KARTA_GANTT_ROW_SECTION)
    {
      if (n_press == 1)
        toggle_section (self, hit.row_info->section);
      return;
    }
  karta_gantt_view_select (self, hit.activity->id);
  if (n_press == 2)
    karta_gantt_view_emit_activate (self, hit.activity->id);
}

/* Dragging bars */

static void
drag_reset (KartaGanttView *self)
{
  self->drag = (KartaGanttDrag){ 0 };
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Dates, deadlines and "from" have the dates of their bars; continuous,
 * recurring and on-demand work spans the period whatever its dates */
static gboolean
is_draggable (const KartaGanttHit *hit)
{
  KartaScheduleKind kind;

  if (hit->activity == NULL || hit->span < 0)
    return FALSE;
  kind = hit->activity->schedule->kind;
  return (kind == KARTA_SCHEDULE_DATES || kind == KARTA_SCHEDULE_DEADLINE || kind == KARTA_SCHEDULE_FROM) && (hit->part == KARTA_GANTT_PART_BODY || hit->part == KARTA_GANTT_PART_START || hit->part == KARTA_GANTT_PART_END);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KartaGanttView *self)
{
  KartaGanttHit    hit;
  const KartaSpan *span;

  drag_reset (self);
  if (self->meeting_mode || karta_gantt_view_on_label_edge (self, x) || !karta_gantt_view_hit (self, x, y, &hit) ||
      !is_draggable (&hit))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  span = &g_array_index (hit.activity->schedule->spans, KartaSpan, hit.span);
  self->drag = (KartaGanttDrag){
    .activity_id = hit.activity->id,
    .row = hit.row,
    .span = hit.span,
    .part = hit.part,
    .start = span->start,
    .end = span->end,
    .new_start = span->start,
    .new_end = span->end,
    .x0 = x,
  };
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                KartaGanttView *self)
{
  KartaGanttDrag *drag = &self->drag;
  int             days = (int) lround (dx / karta_gantt_layout_get_pixels_per_day (self->layout));

  if (drag->activity_id == 0)
    return;
  if (!drag->active && !gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int) dx, 0))
    return;
  drag->active = TRUE;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  drag->new_start = drag->part == KARTA_GANTT_PART_END ? drag->start : drag->start + days;
  drag->new_end = drag->part == KARTA_GANTT_PART_START ? drag->end : drag->end + days;
  /* a resize stops at one day */
  if (drag->part == KARTA_GANTT_PART_START)
    drag->new_start = MIN (drag->new_start, drag->end);
  if (drag->part == KARTA_GANTT_PART_END)
    drag->new_end = MAX (drag->new_end, drag->start);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             KartaGanttView *self)
{
  KartaGanttDrag drag = self->drag;

  drag_reset (self);
  if (drag.active && (drag.new_start != drag.start || drag.new_end != drag.end))
    karta_gantt_view_emit_reschedule (self, &drag);
}

/**
 * karta_gantt_view_cancel_drag:
 *
 * Returns: whether a drag was cancelled (Escape)
 */
gboolean
karta_gantt_view_cancel_drag (KartaGanttView *self)
{
  if (self->drag.activity_id == 0)
    return FALSE;
  drag_reset (self);
  return TRUE;
}

static void
snapshot_drag_dates (KartaGanttView        *self,
                     GtkSnapshot           *snapshot,
                     const graphene_rect_t *bar)
{
  g_autofree char *start = karta_day_format (self->drag.new_start);
  g_autofree char *end = karta_day_format (self->drag.new_end);
  g_autofree char *text = g_strdup_printf ("%s – %s", start, end);
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  GdkRGBA colour;
  int     width, height;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (bar->origin.x, bar->origin.y + bar->size.height + 2));
  gtk_snapshot_append_color (snapshot, &(GdkRGBA){ self->palette.base.background.red, self->palette.base.background.green, self->palette.base.background.blue, 0.9 },
                             &GRAPHENE_RECT_INIT (-4, 0, width + 8, height));
  gtk_snapshot_append_layout (snapshot, layout, &colour);
  gtk_snapshot_restore (snapshot);
}

/* The bar where it would be dropped, with its dates */
void
karta_gantt_view_snapshot_drag (KartaGanttView *self,
                                GtkSnapshot    *snapshot)
{
  KartaGanttLayout  *layout = self->layout;
  int                row = self->drag.active ? karta_gantt_layout_find_activity (layout, self->drag.activity_id) : -1;
  double             label_width = karta_gantt_layout_get_label_width (layout);
  double             header_height = karta_gantt_layout_get_header_height (layout);
  double             row_height = karta_gantt_layout_get_row_height (layout);
  KartaGanttViewport viewport;
  graphene_rect_t    bar;

  if (row < 0)
    return;
  karta_gantt_view_get_viewport (self, &viewport);
  bar = GRAPHENE_RECT_INIT (label_width + karta_gantt_layout_day_to_x (layout, self->drag.new_start) - viewport.x,
                            header_height + karta_gantt_layout_row_to_y (layout, row) - viewport.y + row_height * 0.2,
                            (self->drag.new_end - self->drag.new_start + 1) * karta_gantt_layout_get_pixels_per_day (layout),
                            row_height * 0.6);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (label_width, header_height,
                                                         viewport.width - label_width, viewport.height - header_height));
  gtk_snapshot_append_color (snapshot, &(GdkRGBA){ self->accent.red, self->accent.green, self->accent.blue, 0.6 },
                             &bar);
  snapshot_drag_dates (self, snapshot, &bar);
  gtk_snapshot_pop (snapshot);
}

/* The pointer's shape says what a drag would do */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KartaGanttView           *self)
{
  const char   *cursor = NULL;
  KartaGanttHit hit;

  self->pointer_x = x;
  if (karta_gantt_view_on_label_edge (self, x))
    cursor = "col-resize";
  else if (!self->meeting_mode && karta_gantt_view_hit (self, x, y, &hit) && is_draggable (&hit))
    {
      if (hit.part == KARTA_GANTT_PART_START || hit.part == KARTA_GANTT_PART_END)
        cursor = "ew-resize";
      else if (hit.part == KARTA_GANTT_PART_BODY)
        cursor = "grab";
    }
  if (g_strcmp0 (cursor, self->cursor) == 0)
    return;
  self->cursor = cursor;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

/* Zoom */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KartaGanttView           *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Without Ctrl the scrolled window scrolls */
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  karta_gantt_view_zoom_at (self, pow (SCROLL_ZOOM_BASE, -dy), self->pointer_x);
  return TRUE;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               KartaGanttView   *self)
{
  self->zoom_start_ppd = karta_gantt_layout_get_pixels_per_day (self->layout);
}

static void
on_zoom_scale_changed (GtkGestureZoom *gesture,
                       double          scale,
                       KartaGanttView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->pointer_x;
  karta_gantt_view_zoom_at (self, self->zoom_start_ppd * scale / karta_gantt_layout_get_pixels_per_day (self->layout), x);
}

void
karta_gantt_view_init_input (KartaGanttView *self)
{
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();
  GtkGesture         *zoom = gtk_gesture_zoom_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}
