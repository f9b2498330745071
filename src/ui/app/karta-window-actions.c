/* karta-window-actions.c — the window's actions and their shortcuts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-gantt-meeting.h"
#include "karta-samples.h"
#include "karta-roadmap-properties.h"
#include "karta-school-calendar-editor.h"
#include "karta-window-private.h"

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (karta_store_can_undo (self->store) && !karta_store_undo (self->store, &error))
    karta_window_show_error (self, _ ("Could not undo"), error);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (karta_store_can_redo (self->store) && !karta_store_redo (self->store, &error))
    karta_window_show_error (self, _ ("Could not redo"), error);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  karta_roadmap_page_focus_search (self->roadmap_page);
}

/* Dialogs get their own copy of the roadmap, alive as long as they are:
 * the page reloads its copy after every change */
static void
edit_roadmap_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gint64 id = karta_roadmap_page_get_roadmap_id (self->roadmap_page);
  g_autoptr (KartaRoadmap) roadmap = NULL;
  GtkWindow *dialog;

  roadmap = karta_store_load_roadmap (self->store, id, &error);
  if (roadmap == NULL)
    {
      karta_window_show_error (self, _ ("Could not open the roadmap"), error);
      return;
    }
  /* the dialog edits a copy of its own */
  dialog = karta_roadmap_properties_new (GTK_WINDOW (self), self->store, roadmap);
  gtk_window_present (dialog);
}

/* "2.3" after "2.2"; "2.1" in an empty section "2." */
static char *
next_activity_number (const KartaSection *section)
{
  guint            n = section->activities ? section->activities->len : 0;
  g_autofree char *base = g_strdup (section->number ? section->number : "");

  if (n > 0)
    {
      const KartaActivity *last = g_ptr_array_index (section->activities, n - 1);
      const char          *number = last->number ? last->number : "";
      const char          *digits = number + strlen (number);

      while (digits > number && g_ascii_isdigit (digits[-1]))
        digits--;
      if (*digits != '\0')
        return g_strdup_printf ("%.*s%" G_GUINT64_FORMAT, (int) (digits - number), number,
                                g_ascii_strtoull (digits, NULL, 10) + 1);
    }
  g_strstrip (base);
  while (*base && base[strlen (base) - 1] == '.')
    base[strlen (base) - 1] = '\0';
  if (*base == '\0')
    return g_strdup_printf ("%u", n + 1);
  return g_strdup_printf ("%s.%u", base, n + 1);
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KartaWindow        *self = KARTA_WINDOW (widget);
  const KartaSection *section = karta_roadmap_page_get_target_section (self->roadmap_page);
  g_autoptr (KartaActivity) activity = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (section == NULL)
    {
      karta_window_add_toast (self, adw_toast_new (_ ("This roadmap has no sections: add one in its properties first")));
      return;
    }
  activity = karta_activity_new ();
  activity->number = next_activity_number (section);
  activity->title = g_strdup (_ ("New activity"));
  activity->status = KARTA_STATUS_PLANNED;

  id = karta_store_add_activity (self->store, section->id, activity, &error);
  if (id == 0)
    {
      karta_window_show_error (self, _ ("Could not add the activity"), error);
      return;
    }
  /* the page shows the new activity once "changed" has reloaded it */
  karta_store_flush_changes (self->store);
  karta_roadmap_page_select_activity (self->roadmap_page, id);
  karta_roadmap_page_edit_activity (self->roadmap_page, id);
}

static void
delete_activity_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KartaWindow         *self = KARTA_WINDOW (widget);
  const KartaActivity *activity = karta_roadmap_page_get_selected_activity (self->roadmap_page);
  g_autoptr (GError) error = NULL;

  /* The toast of the change offers to undo: no confirmation needed */
  if (activity != NULL && !karta_store_delete_activity (self->store, activity->id, &error))
    karta_window_show_error (self, _ ("Could not delete the activity"), error);
}

static void
delete_roadmap_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);
  gint64       id = karta_window_selected_roadmap_id (self);
  g_autoptr (GError) error = NULL;

  /* The toast of the change offers to undo; the documents stay in the
   * library while other rows refer to them */
  if (id != 0 && !karta_store_delete_roadmap (self->store, id, &error))
    karta_window_show_error (self, _ ("Could not delete the roadmap"), error);
}

/* Delete acts on what has the focus: a roadmap in the sidebar, else the
 * selected activity */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);

  if (karta_window_sidebar_has_focus (self))
    delete_roadmap_action (widget, "win.delete-roadmap", NULL);
  else
    delete_activity_action (widget, "win.delete-activity", NULL);
}

static void
load_samples_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KartaWindow     *self = KARTA_WINDOW (widget);
  g_autofree char *dir = karta_samples_dir ();
  g_autoptr (GError) error = NULL;
  guint n_added = 0;

  if (!karta_samples_load (self->store, dir, &n_added, &error))
    karta_window_show_error (self, _ ("Could not load the sample roadmaps"), error);
  else if (n_added == 0)
    karta_window_add_toast (self, adw_toast_new (_ ("The sample roadmaps are in the library already")));
}

typedef struct
{
  KartaWindow      *window;
  AdwMessageDialog *dialog; /* which owns the rows below */
  AdwEntryRow      *title_row;
  AdwEntryRow      *period_row;
} NewRoadmap;

static gboolean
new_roadmap_parse (NewRoadmap  *data,
                   char       **title,
                   KartaPeriod *period)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data->title_row));
  gboolean    ok = karta_period_parse (gtk_editable_get_text (GTK_EDITABLE (data->period_row)), period, NULL);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (data->period_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (data->period_row), "error");
  if (title != NULL)
    *title = g_strstrip (g_strdup (text));
  return ok && !karta_text_is_blank (text);
}

static void
on_new_roadmap_changed (NewRoadmap *data)
{
  KartaPeriod period;

  adw_message_dialog_set_response_enabled (data->dialog, "create", new_roadmap_parse (data, NULL, &period));
}

static void
create_roadmap (KartaWindow *self,
                char        *title,
                KartaPeriod  period)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  roadmap->title = title;
  roadmap->period = period;
  /* Activities live in sections: a new roadmap gets one to start with */
  g_ptr_array_add (roadmap->sections, karta_section_new ("1", _ ("Activities")));
  id = karta_store_add_roadmap (self->store, roadmap, &error);
  if (id == 0)
    {
      karta_window_show_error (self, _ ("Could not create the roadmap"), error);
      return;
    }
  karta_window_select_roadmap (self, id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
new_roadmap_free (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

static void
on_new_roadmap_response (AdwMessageDialog *dialog,
                         const char       *response,
                         NewRoadmap       *data)
{
  char       *title = NULL;
  KartaPeriod period;

  if (g_str_equal (response, "create") && new_roadmap_parse (data, &title, &period))
    create_roadmap (data->window, title, period);
  else
    g_free (title);
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static GtkWidget *
new_roadmap_form (NewRoadmap *data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *hint = gtk_label_new (_ ("A year (2024), an academic year (2024-2025) or dates (2024-01-15:2024-06-30)"));
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *year = g_strdup_printf ("%d", g_date_time_get_year (now));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->title_row = add_entry_row (GTK_LIST_BOX (list), _ ("Title"), "");
  data->period_row = add_entry_row (GTK_LIST_BOX (list), _ ("Period"), year);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0f);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), hint);
  return box;
}

static void
karta_window_new_roadmap_dialog (KartaWindow *self)
{
  AdwMessageDialog *dialog;
  NewRoadmap       *data = g_new0 (NewRoadmap, 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _ ("New Roadmap"),
                                                       _ ("The order, the goal and the sections can be filled in later in the roadmap’s properties.")));
  data->window = self;
  data->dialog = dialog;
  adw_message_dialog_set_extra_child (dialog, new_roadmap_form (data));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "create", _ ("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* the form's rows go with the dialog, which frees the form's data last */
  g_signal_connect_swapped (data->title_row, "changed", G_CALLBACK (on_new_roadmap_changed), data);
  g_signal_connect_swapped (data->period_row, "changed", G_CALLBACK (on_new_roadmap_changed), data);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_new_roadmap_response), data, new_roadmap_free, 0);
  on_new_roadmap_changed (data);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (data->title_row));
}

static void
school_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KartaWindow *self = KARTA_WINDOW (widget);

  gtk_window_present (karta_school_calendar_editor_new (GTK_WINDOW (self), self->store));
}

static void
new_roadmap_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  karta_window_new_roadmap_dialog (KARTA_WINDOW (widget));
}

void
karta_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.edit-roadmap", NULL, edit_roadmap_action);
  gtk_widget_class_install_action (widget_class, "win.add-activity", NULL, add_activity_action);
  gtk_widget_class_install_action (widget_class, "win.delete-activity", NULL, delete_activity_action);
  gtk_widget_class_install_action (widget_class, "win.delete-roadmap", NULL, delete_roadmap_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.new-roadmap", NULL, new_roadmap_action);
  gtk_widget_class_install_action (widget_class, "win.load-samples", NULL, load_samples_action);
  gtk_widget_class_install_action (widget_class, "win.school-calendar", NULL, school_calendar_action);
  karta_gantt_meeting_class_init (widget_class);

  /* Shortcuts of the window class act in the bubble phase: a text entry
   * with the focus keeps Ctrl+Z and Delete for its own text */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-roadmap", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-activity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-activity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "win.add-activity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "win.edit-roadmap", NULL);
}

/**
 * karta_window_update_actions:
 *
 * Enables the actions that apply: undo and redo as the store allows, the
 * roadmap's actions while a roadmap is shown.
 */
void
karta_window_update_actions (KartaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   roadmap = karta_window_is_showing_roadmap (self) && karta_roadmap_page_get_roadmap (self->roadmap_page) != NULL;
  gboolean   selected = roadmap && karta_roadmap_page_get_selected_activity (self->roadmap_page) != NULL;

  gtk_widget_action_set_enabled (widget, "win.undo", self->store && karta_store_can_undo (self->store));
  gtk_widget_action_set_enabled (widget, "win.redo", self->store && karta_store_can_redo (self->store));
  gtk_widget_action_set_enabled (widget, "win.search", roadmap);
  gtk_widget_action_set_enabled (widget, "win.edit-roadmap", roadmap);
  gtk_widget_action_set_enabled (widget, "win.add-activity", roadmap);
  gtk_widget_action_set_enabled (widget, "win.paste-rows", roadmap);
  gtk_widget_action_set_enabled (widget, "win.delete-activity", selected);
  gtk_widget_action_set_enabled (widget, "win.delete-roadmap", karta_window_selected_roadmap_id (self) != 0);
  karta_gantt_meeting_update_actions (widget, roadmap);
}
