/* karta-dialog-size.c — dialogs no larger than the window they are for
 *
 * An editor made for 1280×800 opens 720 pixels high: on an 800×600 screen
 * its buttons would be off the screen. Cut to the parent window (or to
 * the monitor, without one), its content scrolls instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-ui"

#include "config.h"

#include "karta-dialog-size.h"

/* The size a dialog may take: its parent's, or the first monitor's */
static gboolean
room_for (GtkWindow *dialog,
          int       *width,
          int       *height)
{
  GtkWindow  *parent = gtk_window_get_transient_for (dialog);
  GListModel *monitors;
  g_autoptr (GdkMonitor) monitor = NULL;
  GdkRectangle geometry;

  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      *width = gtk_widget_get_width (GTK_WIDGET (parent));
      *height = gtk_widget_get_height (GTK_WIDGET (parent));
      return TRUE;
    }
  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (dialog)));
  monitor = g_list_model_get_n_items (monitors) > 0 ? g_list_model_get_item (monitors, 0) : NULL;
  if (monitor == NULL)
    return FALSE;
  gdk_monitor_get_geometry (monitor, &geometry);
  *width = geometry.width;
  *height = geometry.height;
  return geometry.width > 0 && geometry.height > 0;
}

/**
 * karta_dialog_fit_parent:
 *
 * Cuts @dialog's default size to its parent window's size, or to the
 * monitor's when it has no parent yet.
 */
void
karta_dialog_fit_parent (GtkWindow *dialog)
{
  int width, height, room_width, room_height;

  g_return_if_fail (GTK_IS_WINDOW (dialog));

  if (!room_for (dialog, &room_width, &room_height))
    return;
  gtk_window_get_default_size (dialog, &width, &height);
  gtk_window_set_default_size (dialog, width > 0 ? MIN (width, room_width) : width,
                               height > 0 ? MIN (height, room_height) : height);
}
