/* karta-window-sidebar.c — the window's sidebar: the list of roadmaps and
 * the navigation rows below it
 *
 * Choosing a roadmap unselects the navigation rows and shows it; code that
 * changes the selection sets `selecting` so that it is not taken as the
 * user's choice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-roadmap-item.h"
#include "karta-sidebar-row.h"
#include "karta-slice-growth.h"
#include "karta-window-private.h"

#define SIDEBAR_FIRST_ROWS 12
#define SIDEBAR_MORE_ROWS  40

static void
unselect_nav (KartaWindow *self)
{
  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->nav_list);
  self->selecting = FALSE;
}

void
karta_window_unselect_roadmap (KartaWindow *self)
{
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->roadmap_selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
}

/* The id of the roadmap selected in the sidebar, or 0 */
gint64
karta_window_selected_roadmap_id (KartaWindow *self)
{
  KartaRoadmapItem *item = gtk_single_selection_get_selected_item (self->roadmap_selection);

  return item ? karta_roadmap_item_get_summary (item)->id : 0;
}

gboolean
karta_window_sidebar_has_focus (KartaWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL &&
         (focus == GTK_WIDGET (self->roadmap_list) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->roadmap_list)));
}

static void
on_roadmap_selected (KartaWindow *self)
{
  gint64 id = karta_window_selected_roadmap_id (self);

  if (self->selecting || id == 0)
    return;
  unselect_nav (self);
  karta_window_show_roadmap (self, id);
  /* On a folded window, a roadmap the user chose is shown at once */
  if (karta_window_sidebar_has_focus (self))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* A click on the roadmap already selected changes no selection: it opens
 * its page all the same, the way back to it in a folded window. Seen in
 * the capture phase, before the list item claims the click. */
static void
on_list_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 KartaWindow     *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->roadmap_list), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = picked != NULL ? gtk_widget_get_ancestor (picked, KARTA_TYPE_SIDEBAR_ROW) : NULL;

  if (n_press == 1 && row != NULL &&
      karta_sidebar_row_get_roadmap_id (KARTA_SIDEBAR_ROW (row)) == karta_window_selected_roadmap_id (self))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
setup_sidebar_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, karta_sidebar_row_new ());
}

static void
bind_sidebar_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  karta_sidebar_row_set_summary (KARTA_SIDEBAR_ROW (gtk_list_item_get_child (list_item)),
                                 karta_roadmap_item_get_summary (gtk_list_item_get_item (list_item)));
}

/* A region's library has hundreds of roadmaps: the list shows a screenful
 * at once and the rest after the first frames. */
void
karta_window_init_sidebar (KartaWindow *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->roadmaps = g_list_store_new (KARTA_TYPE_ROADMAP_ITEM);
  self->roadmap_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->roadmaps)), 0, G_MAXUINT);
  self->roadmap_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->roadmap_slice)));
  gtk_single_selection_set_autoselect (self->roadmap_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->roadmap_selection, TRUE);
  g_signal_connect_swapped (self->roadmap_selection, "notify::selected", G_CALLBACK (on_roadmap_selected), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_sidebar_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_sidebar_row), NULL);
  gtk_list_view_set_factory (self->roadmap_list, factory);
  gtk_list_view_set_model (self->roadmap_list, GTK_SELECTION_MODEL (self->roadmap_selection));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_list_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->roadmap_list), GTK_EVENT_CONTROLLER (click));
}

static guint
find_roadmap (KartaWindow *self,
              gint64       roadmap_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->roadmaps));

  for (guint i = 0; i < n && roadmap_id != 0; i++)
    {
      g_autoptr (KartaRoadmapItem) item = g_list_model_get_item (G_LIST_MODEL (self->roadmaps), i);
      if (karta_roadmap_item_get_summary (item)->id == roadmap_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * karta_window_reload_sidebar:
 *
 * Lists the roadmaps again, keeping the selected one selected without
 * reloading it.
 */
void
karta_window_reload_sidebar (KartaWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) summaries = karta_store_list_roadmaps (self->store, &error);
  gint64 current = karta_window_is_showing_roadmap (self)
                     ? karta_roadmap_page_get_roadmap_id (self->roadmap_page)
                     : 0;
  g_autoptr (GPtrArray) items = NULL;

  if (summaries == NULL)
    {
      karta_window_show_error (self, _ ("Could not list the roadmaps"), error);
      return;
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < summaries->len; i++)
    g_ptr_array_add (items, karta_roadmap_item_new (g_ptr_array_index (summaries, i)));
  /* The items own the summaries now */
  g_ptr_array_set_free_func (summaries, NULL);

  self->selecting = TRUE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->roadmaps)) == 0)
    karta_slice_growth_start (self->roadmap_slice, SIDEBAR_FIRST_ROWS, SIDEBAR_MORE_ROWS);
  g_list_store_splice (self->roadmaps, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roadmaps)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->roadmap_selection, find_roadmap (self, current));
  self->selecting = FALSE;
}

/**
 * karta_window_select_roadmap:
 *
 * Selects the roadmap in the sidebar and shows it.
 *
 * Returns: whether the roadmap is in the library
 */
gboolean
karta_window_select_roadmap (KartaWindow *self,
                             gint64       roadmap_id)
{
  guint position;

  g_return_val_if_fail (KARTA_IS_WINDOW (self), FALSE);

  position = find_roadmap (self, roadmap_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* a roadmap just written: its "changed" has not reached the sidebar yet */
      karta_store_flush_changes (self->store);
      position = find_roadmap (self, roadmap_id);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->roadmap_slice)))
    karta_slice_growth_finish (self->roadmap_slice);
  if (gtk_single_selection_get_selected (self->roadmap_selection) == position)
    on_roadmap_selected (self);
  else
    gtk_single_selection_set_selected (self->roadmap_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->roadmap_list), "list.scroll-to-item", "u", position);
  return TRUE;
}
