/* karta-pdf-view-input.c — the pointer and the keyboard on the pages
 *
 * Dragging selects an area of a page (its text is what Ctrl+C copies);
 * Ctrl+scroll zooms around the pointer; the keys scroll as in a document
 * viewer: arrows by a line, Page Up/Down by a screen, Home/End to the ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-view"

#include "config.h"

#include <math.h>

#include "karta-pdf-view-private.h"

#define ZOOM_STEP 1.1  /* per notch of the wheel */

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
  double origin_x, origin_y, x0, y0, x1, y1;
  graphene_rect_t rect;
  KartaPdfRect area;
  guint page;

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

void
karta_pdf_view_init_input (KartaPdfView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
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
}

/* Keys: "scroll" with (steps, pages) moves by lines or screens, negative
 * upwards; "scroll-to-end" with TRUE goes to the end */

static gboolean
scroll_binding (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  KartaPdfView *self = KARTA_PDF_VIEW (widget);
  GtkAdjustment *adjustment = self->vadjustment;
  int steps, pages;

  g_variant_get (args, "(ii)", &steps, &pages);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                        + steps * gtk_adjustment_get_step_increment (adjustment)
                                        + pages * gtk_adjustment_get_page_increment (adjustment));
  return TRUE;
}

static gboolean
scroll_sideways_binding (GtkWidget *widget,
                         GVariant  *args,
                         gpointer   user_data)
{
  KartaPdfView *self = KARTA_PDF_VIEW (widget);
  GtkAdjustment *adjustment = self->hadjustment;
  int steps = g_variant_get_int32 (args);
  double value = gtk_adjustment_get_value (adjustment);

  /* When the pages fit the width, left and right turn the pages */
  if (gtk_adjustment_get_upper (adjustment) <= gtk_adjustment_get_page_size (adjustment))
    {
      guint page = karta_pdf_view_get_page (self);
      karta_pdf_view_set_page (self, steps < 0 ? (page > 0 ? page - 1 : 0) : page + 1);
      return TRUE;
    }
  gtk_adjustment_set_value (adjustment, value + steps * gtk_adjustment_get_step_increment (adjustment));
  return TRUE;
}

static gboolean
scroll_to_end_binding (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  KartaPdfView *self = KARTA_PDF_VIEW (widget);
  guint n_pages = karta_pdf_layout_get_n_pages (&self->layout);

  if (n_pages > 0)
    karta_pdf_view_set_page (self, g_variant_get_boolean (args) ? n_pages - 1 : 0);
  if (g_variant_get_boolean (args))
    gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_upper (self->vadjustment));
  return TRUE;
}

void
karta_pdf_view_class_init_keys (GtkWidgetClass *widget_class)
{
  const struct { guint key; int steps; int pages; } scrolls[] = {
    { GDK_KEY_Up, -1, 0 }, { GDK_KEY_KP_Up, -1, 0 },
    { GDK_KEY_Down, 1, 0 }, { GDK_KEY_KP_Down, 1, 0 },
    { GDK_KEY_Page_Up, 0, -1 }, { GDK_KEY_KP_Page_Up, 0, -1 },
    { GDK_KEY_Page_Down, 0, 1 }, { GDK_KEY_KP_Page_Down, 0, 1 },
    { GDK_KEY_space, 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scrolls); i++)
    gtk_widget_class_add_binding (widget_class, scrolls[i].key, 0, scroll_binding, "(ii)",
                                  scrolls[i].steps, scrolls[i].pages);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, GDK_SHIFT_MASK, scroll_binding, "(ii)", 0, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, scroll_sideways_binding, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, scroll_sideways_binding, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, scroll_to_end_binding, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, scroll_to_end_binding, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, scroll_to_end_binding, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, scroll_to_end_binding, "b", TRUE);
}
