/* karta-school-calendar-editor.c — the school quarters of a year, as terms read them
 *
 * One school year at a time: its four quarters, each a start and an end date,
 * prefilled with what the library has (or the usual months). Saving is one
 * undoable step; the terms that name quarters are read again with the dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-school-calendar-editor.h"

struct _KartaSchoolCalendarEditor
{
  AdwWindow parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkSpinButton       *year_spin;
  AdwPreferencesGroup *quarters_group;

  KartaStore  *store;
  GtkEditable *entries[8]; /* start and end of each quarter */
  gboolean     dirty;
  gboolean     filling;
};

G_DEFINE_FINAL_TYPE (KartaSchoolCalendarEditor, karta_school_calendar_editor, ADW_TYPE_WINDOW)

static int
shown_year (KartaSchoolCalendarEditor *self)
{
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

static void
set_dirty (KartaSchoolCalendarEditor *self,
           gboolean                   dirty)
{
  self->dirty = dirty;
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_spin), !dirty);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_spin),
                               dirty ? _ ("Save or cancel the changes to choose another year") : NULL);
}

/* @calendar: (nullable): the quarters to show, %NULL for the usual ones */
static void
fill (KartaSchoolCalendarEditor *self,
      KartaSchoolCalendar       *calendar)
{
  self->filling = TRUE;
  for (int q = 1; q <= 4; q++)
    {
      KartaDay         start, end;
      g_autofree char *from = NULL, *to = NULL;

      karta_school_calendar_get_quarter (calendar, shown_year (self), q, &start, &end);
      from = karta_day_format (start);
      to = karta_day_format (end);
      gtk_editable_set_text (self->entries[2 * q - 2], from);
      gtk_editable_set_text (self->entries[2 * q - 1], to);
    }
  self->filling = FALSE;
}

static void
fill_from_library (KartaSchoolCalendarEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaSchoolCalendar) calendar = karta_store_load_school_calendar (self->store, &error);

  if (calendar == NULL)
    karta_editor_show_toast (self->toast_overlay, error->message);
  fill (self, calendar);
  set_dirty (self, FALSE);
}

static void
on_year_changed (KartaSchoolCalendarEditor *self)
{
  fill_from_library (self);
}

static void
on_entry_changed (GtkEditable               *editable,
                  KartaSchoolCalendarEditor *self)
{
  karta_editor_check_day_entry (editable, NULL);
  if (!self->filling)
    set_dirty (self, TRUE);
}

static GtkWidget *
day_entry (KartaSchoolCalendarEditor *self,
           const char                *tooltip)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 10);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (entry, tooltip);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  return entry;
}

static void
add_quarter_rows (KartaSchoolCalendarEditor *self)
{
  /* Translators: the school quarters, as Russian schools number them */
  static const char *const names[] = { N_ ("I quarter"), N_ ("II quarter"), N_ ("III quarter"), N_ ("IV quarter") };

  for (int q = 0; q < 4; q++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *dash = gtk_label_new ("–");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ (names[q]));
      self->entries[2 * q] = GTK_EDITABLE (day_entry (self, _ ("First day (DD.MM.YYYY)")));
      self->entries[2 * q + 1] = GTK_EDITABLE (day_entry (self, _ ("Last day (DD.MM.YYYY)")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->entries[2 * q]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dash);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->entries[2 * q + 1]));
      adw_preferences_group_add (self->quarters_group, row);
    }
}

static void
usual_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KartaSchoolCalendarEditor *self = KARTA_SCHOOL_CALENDAR_EDITOR (widget);

  fill (self, NULL);
  set_dirty (self, TRUE);
}

/* The quarters typed, or %FALSE with @error naming a date that is not one */
static gboolean
collect (KartaSchoolCalendarEditor *self,
         KartaDay                  *quarters,
         gboolean                  *usual,
         GError                   **error)
{
  *usual = TRUE;
  for (int i = 0; i < 8; i++)
    if (!karta_editor_collect_day (self->entries[i], &quarters[i], error))
      return FALSE;
  for (int q = 1; q <= 4; q++)
    {
      KartaDay start, end;
      karta_school_quarter_default (shown_year (self), q, &start, &end);
      *usual = *usual && quarters[2 * q - 2] == start && quarters[2 * q - 1] == end;
    }
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaSchoolCalendarEditor *self = KARTA_SCHOOL_CALENDAR_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  KartaDay quarters[8];
  gboolean usual, saved = TRUE;

  if (self->dirty)
    saved = collect (self, quarters, &usual, &error) &&
            karta_store_save_school_year (self->store, shown_year (self), usual ? NULL : quarters, &error);
  karta_editor_finish_save (GTK_WINDOW (self), self->toast_overlay, &self->dirty, saved, error,
                            _ ("The school calendar could not be saved"));
}

static gboolean
karta_school_calendar_editor_close_request (GtkWindow *window)
{
  return karta_editor_close_request (window, KARTA_SCHOOL_CALENDAR_EDITOR (window)->dirty);
}

static void
karta_school_calendar_editor_dispose (GObject *object)
{
  KartaSchoolCalendarEditor *self = KARTA_SCHOOL_CALENDAR_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_SCHOOL_CALENDAR_EDITOR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_school_calendar_editor_parent_class)->dispose (object);
}

static void
karta_school_calendar_editor_class_init (KartaSchoolCalendarEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_school_calendar_editor_dispose;

  karta_editor_class_setup (widget_class, "/ru/karta/Karta/roadmap/karta-school-calendar-editor.ui",
                            save_activated, karta_school_calendar_editor_close_request);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolCalendarEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolCalendarEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolCalendarEditor, quarters_group);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed);
  gtk_widget_class_install_action (widget_class, "editor.usual", NULL, usual_activated);
}

static void
karta_school_calendar_editor_init (KartaSchoolCalendarEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_quarter_rows (self);
}

/**
 * karta_school_calendar_editor_new:
 * @parent: (nullable): the window it is modal to
 *
 * Opens on the current school year (from September).
 */
GtkWindow *
karta_school_calendar_editor_new (GtkWindow  *parent,
                                  KartaStore *store)
{
  KartaSchoolCalendarEditor *self = g_object_new (KARTA_TYPE_SCHOOL_CALENDAR_EDITOR, "transient-for", parent, NULL);
  int                        year, month;

  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->store = g_object_ref (store);
  karta_day_to_ymd (karta_day_today (), &year, &month, NULL);
  self->filling = TRUE;
  gtk_spin_button_set_value (self->year_spin, month >= 8 ? year : year - 1);
  self->filling = FALSE;
  fill_from_library (self);
  return GTK_WINDOW (self);
}
