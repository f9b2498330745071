/* karta-pdf-view-input.c — the pointer and the keyboard on the pages
 *
 * Dragging selects an area of a page (its text is what Ctrl+C copies);
 * Ctrl+scroll and pinching zoom around the pointer or the fingers; the keys scroll as in a document
 * viewer: arrows by a line, Page Up/Down by a screen, Home/End to the ends
 * (as actions, so that the shortcuts and the tests take the same path).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-view"

#include "config.h"

#include <math.h>

#include "karta-pdf-view-private.h"

#define ZOOM_STEP 1.1 /* per notch of the wheel */

/* The page under (@x, @y) in widget px and where it is, or FALSE */
static gboolean
page_at_point (KartaPdfView    *self,
               double           x,
               double           y,
               guint           *page,
               graphene_rect_t *rect)
{
  double origin_x, origin_y;

  if (karta_pdf_layout_get_n_pages (&self->layout) == 0)
    return FALSE;
  karta_pdf_view_content_origin (self, &origin_x, &origin_y);
  *page = karta_pdf_layout_page_at (&self->layout, y - origin_y);
  karta_pdf_layout_page_rect (&self->layout, *page, gtk_widget_get_width (GTK_WIDGET (self)), rect);
  rect->origin.x += origin_x;
  rect->origin.y += origin_y;
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KartaPdfView   *self)
{
  double origin_x, origin_y;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  karta_pdf_view_content_origin (self, &origin_x, &origin_y);
  self->drag_x = x - origin_x;
  self->drag_y = y - origin_y;
  karta_pdf_view_set_selection (self, FALSE, 0, NULL);
}

/* The area between where the drag began and where it is, on the page it
 * began on, in points of that page */
static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                KartaPdfView   *self)
{
  double          origin_x, origin_y, x0, y0, x1, y1;
  graphene_rect_t rect;
  KartaPdfRect    area;
  guint           page;

  karta_pdf_view_content_origin (self, &origin_x, &origin_y);
  if (fabs (dx) < 3 && fabs (dy) < 3)
    return;
  if (!page_at_point (self, self->drag_x + origin_x, self->drag_y + origin_y, &page, &rect))
    return;
  rect.origin.x -= origin_x;
  rect.origin.y -= origin_y;
  karta_pdf_layout_to_page (&self->layout, page, &rect, self->drag_x, self->drag_y, &x0, &y0);
  karta_pdf_layout_to_page (&self->layout, page, &rect, self->drag_x + dx, self->drag_y + dy, &x1, &y1);
  area.x = MIN (x0, x1);
  area.y = MIN (y0, y1);
  area.width = fabs (x1 - x0);
  area.height = fabs (y1 - y0);
  karta_pdf_view_set_selection (self, TRUE, page, &area);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KartaPdfView             *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KartaPdfView             *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  karta_pdf_view_zoom_around (self, self->zoom * pow (ZOOM_STEP, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

/* Pinching zooms around the middle of the fingers, from the zoom at which
 * the pinch began */
static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                KartaPdfView     *self)
{
  self->pinch_zoom = self->zoom;
}

static void
on_pinch (GtkGestureZoom *gesture,
          double          scale,
          KartaPdfView   *self)
{
  double x, y;

  if (gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    karta_pdf_view_zoom_around (self, self->pinch_zoom * scale, x, y);
}

void
karta_pdf_view_init_input (KartaPdfView *self)
{
  GtkGesture         *pinch = gtk_gesture_zoom_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
}

/* Keys, through actions: "view.scroll" by (lines, screens), negative
 * upwards; "view.scroll-sideways" by lines, or by pages when the pages fit
 * the width; "view.scroll-to-end" to the last page (TRUE) or the first */

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkAdjustment *adjustment = KARTA_PDF_VIEW (widget)->scroll.vadjustment;
  int            steps, pages;

  g_variant_get (param, "(ii)", &steps, &pages);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + steps * gtk_adjustment_get_step_increment (adjustment) + pages * gtk_adjustment_get_page_increment (adjustment));
}

static void
scroll_sideways_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KartaPdfView  *self = KARTA_PDF_VIEW (widget);
  GtkAdjustment *adjustment = self->scroll.hadjustment;
  int            steps = g_variant_get_int32 (param);
  guint          page = karta_pdf_view_get_page (self);

  if (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + steps * gtk_adjustment_get_step_increment (adjustment));
  else if (steps < 0 && page > 0)
    karta_pdf_view_set_page (self, page - 1);
  else if (steps > 0)
    karta_pdf_view_set_page (self, page + 1);
}

static void
scroll_to_end_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KartaPdfView *self = KARTA_PDF_VIEW (widget);
  guint         n_pages = karta_pdf_layout_get_n_pages (&self->layout);
  gboolean      to_end = g_variant_get_boolean (param);

  if (n_pages == 0)
    return;
  karta_pdf_view_set_page (self, to_end ? n_pages - 1 : 0);
  if (to_end)
    gtk_adjustment_set_value (self->scroll.vadjustment, gtk_adjustment_get_upper (self->scroll.vadjustment));
}

void
karta_pdf_view_class_init_keys (GtkWidgetClass *widget_class)
{
  const struct
  {
    guint           key;
    GdkModifierType mods;
    int             steps;
    int             pages;
  } scrolls[] = {
    { GDK_KEY_Up, 0, -1, 0 },
    { GDK_KEY_KP_Up, 0, -1, 0 },
    { GDK_KEY_Down, 0, 1, 0 },
    { GDK_KEY_KP_Down, 0, 1, 0 },
    { GDK_KEY_Page_Up, 0, 0, -1 },
    { GDK_KEY_KP_Page_Up, 0, 0, -1 },
    { GDK_KEY_Page_Down, 0, 0, 1 },
    { GDK_KEY_KP_Page_Down, 0, 0, 1 },
    { GDK_KEY_space, 0, 0, 1 },
    { GDK_KEY_space, GDK_SHIFT_MASK, 0, -1 },
  };
  const struct
  {
    guint           key;
    GdkModifierType mods;
    gboolean        to_end;
  } ends[] = {
    { GDK_KEY_Home, 0, FALSE },
    { GDK_KEY_Home, GDK_CONTROL_MASK, FALSE },
    { GDK_KEY_End, 0, TRUE },
    { GDK_KEY_End, GDK_CONTROL_MASK, TRUE },
  };

  gtk_widget_class_install_action (widget_class, "view.scroll", "(ii)", scroll_action);
  gtk_widget_class_install_action (widget_class, "view.scroll-sideways", "i", scroll_sideways_action);
  gtk_widget_class_install_action (widget_class, "view.scroll-to-end", "b", scroll_to_end_action);
  for (guint i = 0; i < G_N_ELEMENTS (scrolls); i++)
    gtk_widget_class_add_binding_action (widget_class, scrolls[i].key, scrolls[i].mods, "view.scroll", "(ii)",
                                         scrolls[i].steps, scrolls[i].pages);
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    gtk_widget_class_add_binding_action (widget_class, ends[i].key, ends[i].mods, "view.scroll-to-end", "b",
                                         ends[i].to_end);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "view.scroll-sideways", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "view.scroll-sideways", "i", 1);
}
