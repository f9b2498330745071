/* karta-window.c — the main window: roadmaps in a sidebar, the pages beside
 *
 * The window listens to the store: after every change, undo and redo it
 * shows a toast (with "Undo" after an edit) and reloads the sidebar and the
 * page shown, which keeps its filters, selection and scroll position.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-district-page.h"
#include "karta-documents-page.h"
#include "karta-lazy-tooltip.h"
#include "karta-resources.h"
#include "karta-schools-page.h"
#include "karta-settings.h"
#include "karta-window-private.h"

G_DEFINE_FINAL_TYPE (KartaWindow, karta_window, ADW_TYPE_APPLICATION_WINDOW)

static void
save_window_state (KartaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
restore_window_state (KartaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
karta_window_close_request (GtkWindow *window)
{
  save_window_state (KARTA_WINDOW (window));
  return GTK_WINDOW_CLASS (karta_window_parent_class)->close_request (window);
}

static void
karta_window_dispose (GObject *object)
{
  KartaWindow *self = (KartaWindow *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_weak_pointer (&self->change_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->roadmap_selection);
  g_clear_object (&self->roadmap_slice);
  g_clear_object (&self->roadmaps);

  G_OBJECT_CLASS (karta_window_parent_class)->dispose (object);
}

static void
set_titles (KartaWindow *self,
            const char  *title,
            const char  *subtitle)
{
  adw_window_title_set_title (self->window_title, title ? title : "");
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title && *title ? title : _ ("Karta"));
}

static void
show_empty (KartaWindow *self)
{
  karta_roadmap_page_clear (self->roadmap_page);
  adw_view_stack_set_visible_child_name (self->view_stack, "empty");
  set_titles (self, NULL, NULL);
  karta_window_update_actions (self);
}

/* Shows the roadmap in the page beside the sidebar (selected or not) */
void
karta_window_show_roadmap (KartaWindow *self,
                           gint64       roadmap_id)
{
  g_autoptr (GError) error = NULL;
  const KartaRoadmap *roadmap;
  /* The window's first roadmap: its first screen first */
  gboolean opening = karta_roadmap_page_get_roadmap_id (self->roadmap_page) == 0;

  if (!(opening ? karta_roadmap_page_open (self->roadmap_page, roadmap_id, &error)
                : karta_roadmap_page_load (self->roadmap_page, roadmap_id, &error)))
    {
      karta_window_show_error (self, _ ("Could not open the roadmap"), error);
      return;
    }
  roadmap = karta_roadmap_page_get_roadmap (self->roadmap_page);
  adw_view_stack_set_visible_child_name (self->view_stack, "roadmap");
  /* The page shows the title in full: the header bar does not repeat it */
  set_titles (self, NULL, NULL);
  gtk_window_set_title (GTK_WINDOW (self), roadmap->title);
  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "last-roadmap", roadmap_id);
  karta_window_update_actions (self);
}

static GtkWidget *
ensure_page (KartaWindow *self,
             const char  *name)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, name);

  if (page != NULL)
    return page;
  if (g_str_equal (name, "schools"))
    {
      page = karta_schools_page_new ();
      karta_schools_page_set_store (KARTA_SCHOOLS_PAGE (page), self->store);
    }
  else if (g_str_equal (name, "district"))
    {
      page = karta_district_page_new ();
      karta_district_page_set_store (KARTA_DISTRICT_PAGE (page), self->store);
    }
  else
    {
      page = karta_documents_page_new ();
      karta_documents_page_set_store (KARTA_DOCUMENTS_PAGE (page), self->store);
    }
  adw_view_stack_add_named (self->view_stack, page, name);
  return page;
}

static void
on_nav_selected (KartaWindow   *self,
                 GtkListBoxRow *row)
{
  const char *name = row == self->schools_row ? "schools" : row == self->district_row ? "district"
                                                                                      : "documents";
  const char *title = row == self->schools_row    ? _ ("Schools")
                      : row == self->district_row ? _ ("Risk Profiles")
                                                  : _ ("Documents");

  if (self->selecting || row == NULL)
    return;
  karta_window_unselect_roadmap (self);
  ensure_page (self, name);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  set_titles (self, title, NULL);
  karta_window_update_actions (self);
}

static void
on_row_activated (KartaWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked (KartaWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
karta_window_class_init (KartaWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = karta_window_dispose;
  window_class->close_request = karta_window_close_request;

  /* Linked from a static library, the resources' constructor is only
   * kept if something refers to them */
  if (karta_get_resource () == NULL)
    g_critical ("The resources of Karta are missing");
  g_type_ensure (KARTA_TYPE_ROADMAP_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/app/karta-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, roadmap_list);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, nav_list);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, schools_row);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, documents_row);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, district_row);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KartaWindow, roadmap_page);
  gtk_widget_class_bind_template_callback (widget_class, on_nav_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  karta_window_class_init_actions (widget_class);
  karta_window_class_init_import (widget_class);
}

static void
on_selection_changed (KartaWindow *self)
{
  karta_window_update_actions (self);
}

/* Set lazily, without the round trips of the tooltip-text property */
static const KartaLazyTooltip window_tooltips[] = {
  { "new_roadmap_button", N_ ("New Roadmap (Ctrl+N)") },
  { "main_menu_button", N_ ("Main Menu") },
  { "back_button", N_ ("Back") },
  { "undo_button", N_ ("Undo (Ctrl+Z)") },
  { "redo_button", N_ ("Redo (Ctrl+Shift+Z)") },
};

static void
karta_window_init (KartaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  karta_lazy_tooltip_set_template (GTK_WIDGET (self), window_tooltips, G_N_ELEMENTS (window_tooltips));
  karta_window_init_sidebar (self);
  karta_window_init_import (self);

  self->settings = karta_settings_new_if_installed ();
  restore_window_state (self);
  /* Before the first roadmap loads: the page builds the view it shows */
  if (self->settings != NULL)
    g_settings_bind (self->settings, "roadmap-view", self->roadmap_page, "view", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (karta_roadmap_page_get_model (self->roadmap_page), "notify::selected-item",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
}

static void
show_change_toast (KartaWindow     *self,
                   KartaStoreChange kind,
                   const char      *label)
{
  g_autofree char *escaped = g_markup_escape_text (label ? label : "", -1);
  g_autofree char *title = NULL;
  AdwToast        *toast;

  if (kind == KARTA_STORE_CHANGE_UNDO)
    title = g_strdup_printf (_ ("Undone: %s"), escaped);
  else if (kind == KARTA_STORE_CHANGE_REDO)
    title = g_strdup_printf (_ ("Redone: %s"), escaped);
  else if (kind == KARTA_STORE_CHANGE_EXTERNAL)
    title = g_strdup (_ ("The library was changed by another program: shown as it is now"));
  else
    title = g_steal_pointer (&escaped);

  toast = adw_toast_new (title);
  /* another program's change is not this window's to undo */
  if (kind != KARTA_STORE_CHANGE_EXTERNAL)
    {
      adw_toast_set_button_label (toast, kind == KARTA_STORE_CHANGE_UNDO ? _ ("_Redo") : _ ("_Undo"));
      adw_toast_set_action_name (toast, kind == KARTA_STORE_CHANGE_UNDO ? "win.redo" : "win.undo");
    }
  /* One change, one toast: the next replaces it rather than queueing */
  if (self->change_toast != NULL)
    adw_toast_dismiss (self->change_toast);
  g_set_weak_pointer (&self->change_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gint64
last_roadmap_id (KartaWindow *self)
{
  return self->settings ? g_settings_get_int64 (self->settings, "last-roadmap") : 0;
}

/* Shows the last roadmap seen, or the first, or the empty state */
static void
select_initial (KartaWindow *self)
{
  if (karta_window_select_roadmap (self, last_roadmap_id (self)))
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->roadmaps)) > 0)
    gtk_single_selection_set_selected (self->roadmap_selection, 0);
  else
    show_empty (self);
}

static void
reload_content (KartaWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!karta_window_is_showing_roadmap (self))
    {
      if (gtk_list_box_get_selected_row (self->nav_list) == NULL)
        select_initial (self);
      return;
    }
  if (karta_window_selected_roadmap_id (self) == 0)
    {
      /* The roadmap is gone (an undone import, say) */
      select_initial (self);
      return;
    }
  if (!karta_roadmap_page_reload (self->roadmap_page, &error))
    karta_window_show_error (self, _ ("Could not reload the roadmap"), error);
}

static void
on_store_changed (KartaStore       *store,
                  KartaStoreChange  kind,
                  const char       *label,
                  KartaStoreSubject subjects,
                  gint64            id,
                  KartaWindow      *self)
{
  show_change_toast (self, kind, label);
  /* the sidebar's summaries count activities and their documents */
  if (subjects & (KARTA_STORE_SUBJECT_ROADMAPS | KARTA_STORE_SUBJECT_ACTIVITIES | KARTA_STORE_SUBJECT_DOCUMENTS))
    karta_window_reload_sidebar (self);
  reload_content (self);
  karta_window_update_actions (self);
}

static void
set_store (KartaWindow *self,
           KartaStore  *store)
{
  self->store = g_object_ref (store);
  /* what was changed before the window is in what it loads now */
  karta_store_flush_changes (store);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  karta_roadmap_page_set_store (self->roadmap_page, store);
  karta_window_reload_sidebar (self);
  select_initial (self);
  karta_window_update_actions (self);
}

/**
 * karta_window_new:
 * @application: (nullable): the application
 * @store: the open library
 */
KartaWindow *
karta_window_new (GtkApplication *application,
                  KartaStore     *store)
{
  KartaWindow *self;

  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);

  self = g_object_new (KARTA_TYPE_WINDOW, "application", application, NULL);
  set_store (self, store);
  return self;
}

KartaStore *
karta_window_get_store (KartaWindow *self)
{
  g_return_val_if_fail (KARTA_IS_WINDOW (self), NULL);
  return self->store;
}

KartaRoadmapPage *
karta_window_get_roadmap_page (KartaWindow *self)
{
  g_return_val_if_fail (KARTA_IS_WINDOW (self), NULL);
  return self->roadmap_page;
}

gboolean
karta_window_is_showing_roadmap (KartaWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "roadmap") == 0;
}

void
karta_window_show_schools (KartaWindow *self)
{
  g_return_if_fail (KARTA_IS_WINDOW (self));
  gtk_list_box_select_row (self->nav_list, self->schools_row);
}

void
karta_window_show_documents (KartaWindow *self)
{
  g_return_if_fail (KARTA_IS_WINDOW (self));
  gtk_list_box_select_row (self->nav_list, self->documents_row);
}

void
karta_window_show_district (KartaWindow *self)
{
  g_return_if_fail (KARTA_IS_WINDOW (self));
  gtk_list_box_select_row (self->nav_list, self->district_row);
}

void
karta_window_add_toast (KartaWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (KARTA_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * karta_window_show_error:
 * @what: what failed, for people: "Could not open the roadmap"
 * @error: why
 *
 * Shows the error in a toast that stays a while.
 */
void
karta_window_show_error (KartaWindow  *self,
                         const char   *what,
                         const GError *error)
{
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast        *toast;

  g_return_if_fail (KARTA_IS_WINDOW (self));

  message = g_strdup_printf ("%s: %s", what, error ? error->message : _ ("unknown error"));
  g_message ("%s", message);
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
