/* karta-gantt-view-drop.c — PDF files dropped on an activity's row of the
 * Gantt chart are attached to it, as on the table; the row under the
 * pointer is highlighted while they are dragged over. Not in meeting mode:
 * the chart is shown, not edited, there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include "karta-attach-files.h"
#include "karta-gantt-view-private.h"
#include "karta-window.h"

/* The activity row at (@x, @y) that would take files, or -1 */
static int
activity_row_at (KartaGanttView *self,
                 double          x,
                 double          y)
{
  KartaGanttHit hit;

  if (self->meeting_mode || !karta_gantt_view_hit (self, x, y, &hit) || hit.activity == NULL)
    return -1;
  return hit.row;
}

static void
set_drop_row (KartaGanttView *self,
              int             row)
{
  if (self->drop_row == row)
    return;
  self->drop_row = row;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GdkDragAction
on_drag_motion (GtkDropTarget  *drop_target,
                double          x,
                double          y,
                KartaGanttView *self)
{
  set_drop_row (self, activity_row_at (self, x, y));
  return self->drop_row >= 0 ? GDK_ACTION_COPY : 0;
}

static void
on_drag_leave (GtkDropTarget  *drop_target,
               KartaGanttView *self)
{
  set_drop_row (self, -1);
}

static gboolean
on_drop (GtkDropTarget  *drop_target,
         const GValue   *value,
         double          x,
         double          y,
         KartaGanttView *self)
{
  g_autoptr (GPtrArray) files = karta_attach_dropped_files (value);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int      row = activity_row_at (self, x, y);

  set_drop_row (self, -1);
  if (row < 0 || !KARTA_IS_WINDOW (root) || files->len == 0)
    return FALSE;
  karta_attach_files_to_activity (GTK_WIDGET (self), karta_window_get_store (KARTA_WINDOW (root)),
                                  karta_gantt_layout_get_row (self->layout, row)->activity->id, files);
  return TRUE;
}

void
karta_gantt_view_init_drop (KartaGanttView *self)
{
  GtkDropTarget *drop_target = karta_attach_drop_target_new ();

  self->drop_row = -1;
  g_signal_connect_object (drop_target, "enter", G_CALLBACK (on_drag_motion), self, 0);
  g_signal_connect_object (drop_target, "motion", G_CALLBACK (on_drag_motion), self, 0);
  g_signal_connect_object (drop_target, "leave", G_CALLBACK (on_drag_leave), self, 0);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

/* The row that would take the files: tinted, and outlined in the accent
 * colour across the label and the time */
void
karta_gantt_view_snapshot_drop (KartaGanttView *self,
                                GtkSnapshot    *snapshot)
{
  KartaGanttLayout  *layout = self->layout;
  double             header_height = karta_gantt_layout_get_header_height (layout);
  KartaGanttViewport viewport;
  GskRoundedRect     outline;
  graphene_rect_t    row;
  GdkRGBA            tint = self->accent;

  if (self->drop_row < 0 || (guint) self->drop_row >= karta_gantt_layout_get_n_rows (layout))
    return;
  karta_gantt_view_get_viewport (self, &viewport);
  row = GRAPHENE_RECT_INIT (0, header_height + karta_gantt_layout_row_to_y (layout, self->drop_row) - viewport.y,
                            viewport.width, karta_gantt_layout_get_row_height (layout));
  tint.alpha = 0.25;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, header_height, viewport.width,
                                                         viewport.height - header_height));
  gtk_snapshot_append_color (snapshot, &tint, &row);
  gsk_rounded_rect_init_from_rect (&outline, &row, 0);
  gtk_snapshot_append_border (snapshot, &outline, (const float[4]){ 2, 2, 2, 2 },
                              (const GdkRGBA[4]){ self->accent, self->accent, self->accent, self->accent });
  gtk_snapshot_pop (snapshot);
}
