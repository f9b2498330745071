/* karta-gantt-view-zoom.c — the Gantt chart's scrolling and zoom
 *
 * The adjustments count the scrolling part only, the painter's time x and
 * row y; a zoom keeps the day under the pointer (or the middle) in place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include "karta-gantt-view-private.h"

/* Scrolling */

void
karta_gantt_view_page_size (KartaGanttView *self,
                            double         *width,
                            double         *height)
{
  *width = MAX (0.0, gtk_widget_get_width (GTK_WIDGET (self)) - karta_gantt_layout_get_label_width (self->layout));
  *height = MAX (0.0, gtk_widget_get_height (GTK_WIDGET (self)) - karta_gantt_layout_get_header_height (self->layout));
}

/* Sets the adjustments' bounds to the content, and their values to @x, @y
 * as far as the bounds allow */
static void
configure_adjustments (KartaGanttView *self,
                       double          x,
                       double          y)
{
  double time_width, rows_height, page_width, page_height;

  if (self->scroll.hadjustment == NULL || self->scroll.vadjustment == NULL)
    return;
  karta_gantt_layout_get_content_size (self->layout, &time_width, &rows_height);
  karta_gantt_view_page_size (self, &page_width, &page_height);
  gtk_adjustment_configure (self->scroll.hadjustment, CLAMP (x, 0.0, MAX (0.0, time_width - page_width)),
                            0.0, MAX (time_width, page_width), page_width * 0.1, page_width * 0.9, page_width);
  gtk_adjustment_configure (self->scroll.vadjustment, CLAMP (y, 0.0, MAX (0.0, rows_height - page_height)),
                            0.0, MAX (rows_height, page_height),
                            karta_gantt_layout_get_row_height (self->layout), page_height * 0.9, page_height);
}

void
karta_gantt_view_keep_adjustments (KartaGanttView *self)
{
  KartaGanttViewport viewport;

  karta_gantt_view_get_viewport (self, &viewport);
  configure_adjustments (self, viewport.x, viewport.y);
}
/**
 * karta_gantt_view_scroll_to_row:
 *
 * Scrolls as little as needed for @row to show whole.
 */
void
karta_gantt_view_scroll_to_row (KartaGanttView *self,
                                int             row)
{
  double top, bottom, width, height, value;

  if (row < 0 || self->scroll.vadjustment == NULL)
    return;
  karta_gantt_view_page_size (self, &width, &height);
  top = karta_gantt_layout_row_to_y (self->layout, row);
  bottom = top + karta_gantt_layout_get_row_height (self->layout);
  value = gtk_adjustment_get_value (self->scroll.vadjustment);
  if (top < value)
    gtk_adjustment_set_value (self->scroll.vadjustment, top);
  else if (bottom > value + height)
    gtk_adjustment_set_value (self->scroll.vadjustment, bottom - height);
}

/* Zoom */

double
karta_gantt_view_get_pixels_per_day (KartaGanttView *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_VIEW (self), 0.0);
  return karta_gantt_layout_get_pixels_per_day (self->layout);
}

/* Changes the zoom keeping the moment at widget x @anchor where it is */
static void
zoom_keeping (KartaGanttView *self,
              double          pixels_per_day,
              double          anchor)
{
  double old = karta_gantt_layout_get_pixels_per_day (self->layout);
  double offset = MAX (0.0, anchor - karta_gantt_layout_get_label_width (self->layout));
  double time_x = (self->scroll.hadjustment ? gtk_adjustment_get_value (self->scroll.hadjustment) : 0.0) + offset;

  pixels_per_day = CLAMP (pixels_per_day, KARTA_GANTT_MIN_PIXELS_PER_DAY, KARTA_GANTT_MAX_PIXELS_PER_DAY);
  if (G_APPROX_VALUE (pixels_per_day, old, 1e-9))
    return;
  karta_gantt_layout_set_pixels_per_day (self->layout, pixels_per_day);
  configure_adjustments (self, time_x * pixels_per_day / old - offset,
                         self->scroll.vadjustment ? gtk_adjustment_get_value (self->scroll.vadjustment) : 0.0);
  karta_gantt_view_invalidate (self);
  g_object_notify (G_OBJECT (self), "pixels-per-day");
}

void
karta_gantt_view_set_pixels_per_day (KartaGanttView *self,
                                     double          pixels_per_day)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  self->fitted = FALSE;
  zoom_keeping (self, pixels_per_day, karta_gantt_layout_get_label_width (self->layout));
}

/**
 * karta_gantt_view_zoom_at:
 * @factor: how much larger a day gets
 * @x: where the zoom centres, in widget coordinates: the day there stays
 *
 * Zooms around a point, as Ctrl+scroll and pinching do.
 */
void
karta_gantt_view_zoom_at (KartaGanttView *self,
                          double          factor,
                          double          x)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  self->fitted = FALSE;
  zoom_keeping (self, karta_gantt_layout_get_pixels_per_day (self->layout) * factor, x);
}

static double
middle_x (KartaGanttView *self)
{
  double label_width = karta_gantt_layout_get_label_width (self->layout);

  return label_width + (gtk_widget_get_width (GTK_WIDGET (self)) - label_width) / 2;
}

void
karta_gantt_view_zoom_in (KartaGanttView *self)
{
  karta_gantt_view_zoom_at (self, KARTA_GANTT_ZOOM_STEP, middle_x (self));
}

void
karta_gantt_view_zoom_out (KartaGanttView *self)
{
  karta_gantt_view_zoom_at (self, 1.0 / KARTA_GANTT_ZOOM_STEP, middle_x (self));
}

/**
 * karta_gantt_view_fit_period:
 *
 * Zooms so that the whole time range shows, and keeps it so as the view
 * changes size, until the next zoom.
 */
void
karta_gantt_view_fit_period (KartaGanttView *self)
{
  KartaDay first, last;
  double   width, height;

  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  self->fitted = TRUE;
  karta_gantt_view_page_size (self, &width, &height);
  karta_gantt_layout_get_range (self->layout, &first, &last);
  if (width <= 0 || first == KARTA_DAY_NONE || last < first)
    return;
  zoom_keeping (self, width / (last - first + 1), 0.0);
  if (self->scroll.hadjustment != NULL)
    gtk_adjustment_set_value (self->scroll.hadjustment, 0.0);
}

void
karta_gantt_view_scroll_to_today (KartaGanttView *self)
{
  double width, height;

  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  karta_gantt_view_page_size (self, &width, &height);
  /* today a third of the way in: what is coming shows more than what was */
  if (self->scroll.hadjustment != NULL)
    gtk_adjustment_set_value (self->scroll.hadjustment,
                              karta_gantt_layout_day_to_x (self->layout, karta_day_today ()) - width / 3);
}
