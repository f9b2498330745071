/* karta-gantt-meeting.c — the window in meeting mode: the Gantt chart alone,
 * full screen, for a projector
 *
 * F11 or the chart's button enters it, F11 or Escape leaves. The sidebar
 * folds away and the header bar goes; the page shows the chart in large
 * type, with keyboard navigation and without the editing tools.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-window"

#include "config.h"

#include "karta-gantt-meeting.h"
#include "karta-window-private.h"

static void
set_meeting_mode (KartaWindow *self,
                  gboolean     meeting_mode)
{
  if (meeting_mode)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_widget_set_visible (self->content_header, !meeting_mode);
  adw_leaflet_set_can_unfold (self->leaflet, !meeting_mode);
  if (meeting_mode)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  karta_roadmap_page_set_meeting_mode (self->roadmap_page, meeting_mode);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-meeting-mode", meeting_mode);
}

static void
meeting_mode_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);

  set_meeting_mode (self, !karta_roadmap_page_get_meeting_mode (self->roadmap_page));
}

static void
leave_meeting_mode_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  set_meeting_mode (KARTA_WINDOW (widget), FALSE);
}

void
karta_gantt_meeting_class_init (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.meeting-mode", NULL, meeting_mode_action);
  gtk_widget_class_install_action (window_class, "win.leave-meeting-mode", NULL, leave_meeting_mode_action);
  gtk_widget_class_add_binding_action (window_class, GDK_KEY_F11, 0, "win.meeting-mode", NULL);
  gtk_widget_class_add_binding_action (window_class, GDK_KEY_Escape, 0, "win.leave-meeting-mode", NULL);
}

/* Meeting mode needs a roadmap; leaving it is only there while in it */
void
karta_gantt_meeting_update_actions (GtkWidget *window,
                                    gboolean   showing_roadmap)
{
  KartaWindow *self = KARTA_WINDOW (window);

  gtk_widget_action_set_enabled (window, "win.meeting-mode", showing_roadmap);
  gtk_widget_action_set_enabled (window, "win.leave-meeting-mode",
                                 karta_roadmap_page_get_meeting_mode (self->roadmap_page));
}
