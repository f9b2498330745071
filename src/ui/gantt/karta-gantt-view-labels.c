/* karta-gantt-view-labels.c — the Gantt chart's left column of titles:
 * its width, and its edge dragged to another
 *
 * Left alone, the column is as wide as the titles want, leaving the time
 * most of a narrow window. Dragged, it keeps the width the user gave it, in
 * sizes of its text, so that it grows with the text in meeting mode; a
 * double click on the edge (karta-gantt-view-input.c) gives the automatic
 * width back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include <math.h>

#include "karta-gantt-view-private.h"

#define AUTOMATIC_SHARE 0.4  /* of the view's width, at most, automatically… */
#define DRAGGED_SHARE   0.75 /* …and when dragged */
#define MIN_LABEL_EMS   8.0
#define EDGE_REACH      5.0 /* pixels either side of the edge that grab it */

/**
 * karta_gantt_view_update_label_width:
 *
 * Gives the layout the column's width for the view's width and text size.
 */
void
karta_gantt_view_update_label_width (KartaGanttView *self)
{
  double em = karta_gantt_layout_get_font_size (self->layout);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double label;

  if (self->label_ems > 0)
    {
      double widest = MAX (width * DRAGGED_SHARE, em * MIN_LABEL_EMS);
      label = CLAMP (self->label_ems * em, em * MIN_LABEL_EMS, widest);
    }
  else
    {
      karta_gantt_layout_set_label_width (self->layout, -1);
      label = MIN (karta_gantt_layout_get_label_width (self->layout), width * AUTOMATIC_SHARE);
    }
  karta_gantt_layout_set_label_width (self->layout, round (label));
}

/* The column at @label_ems, drawn at once, without telling anyone: a drag
 * tells once, when it ends */
void
karta_gantt_view_apply_label_width (KartaGanttView *self,
                                    double          label_ems)
{
  self->label_ems = label_ems;
  karta_gantt_view_update_label_width (self);
  karta_gantt_view_layout_changed (self);
}

/* Whether @x (in the view) grabs the column's edge */
gboolean
karta_gantt_view_on_label_edge (KartaGanttView *self,
                                double          x)
{
  return fabs (x - karta_gantt_layout_get_label_width (self->layout)) <= EDGE_REACH;
}

static void
on_edge_drag_begin (GtkGestureDrag *gesture,
                    double          x,
                    double          y,
                    KartaGanttView *self)
{
  if (!karta_gantt_view_on_label_edge (self, x))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->label_drag_origin = karta_gantt_layout_get_label_width (self->layout);
  self->label_drag_ems = self->label_ems;
}

static void
on_edge_drag_update (GtkGestureDrag *gesture,
                     double          dx,
                     double          dy,
                     KartaGanttView *self)
{
  double em = karta_gantt_layout_get_font_size (self->layout);

  if (self->label_drag_origin < 0 || em <= 0)
    return;
  karta_gantt_view_apply_label_width (self, MAX (MIN_LABEL_EMS, (self->label_drag_origin + dx) / em));
}

static void
on_edge_drag_end (GtkGestureDrag *gesture,
                  double          dx,
                  double          dy,
                  KartaGanttView *self)
{
  double ems = self->label_ems;

  if (self->label_drag_origin < 0)
    return;
  self->label_drag_origin = -1;
  /* from the width before the drag to the new one, told once */
  self->label_ems = self->label_drag_ems;
  karta_gantt_view_set_label_width (self, ems);
}

void
karta_gantt_view_init_labels (KartaGanttView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->label_drag_origin = -1;
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_edge_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_edge_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_edge_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}
