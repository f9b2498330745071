/* karta-activity-editor-schools.c — the schools linked to an activity, and
 * how each carried it out
 *
 * Each linked school is an expander row; one already in the library opens
 * on its own status, date and note (a KartaExecution, made on the first
 * edit). Schools are linked from a searchable popover of the library's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-activity-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-activity-editor-private.h"
#include "karta-attach-files.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"

static KartaExecution *
find_execution (KartaActivity *activity,
                gint64         organisation_id,
                gboolean       create)
{
  KartaExecution *execution;

  for (guint i = 0; i < activity->executions->len; i++)
    {
      execution = g_ptr_array_index (activity->executions, i);
      if (execution->organisation_id == organisation_id)
        return execution;
    }
  if (!create)
    return NULL;
  execution = karta_execution_new (organisation_id, KARTA_STATUS_PLANNED);
  g_ptr_array_add (activity->executions, execution);
  return execution;
}

/* Which linked school a widget of its row is for: the data of the widget's handler */
typedef struct
{
  KartaActivityEditor *editor;          /* which the row is in */
  guint                index;           /* in the activity's schools */
  gint64               organisation_id; /* 0 for a school not in the library */
} SchoolLink;

static void
school_link_free (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

/* Connects @handler to @signal of @widget, in the row of the activity's
 * school @index, with a SchoolLink to it as the handler's data */
static void
connect_school_link (GtkWidget           *widget,
                     const char          *signal,
                     GCallback            handler,
                     KartaActivityEditor *self,
                     guint                index)
{
  SchoolLink *link = g_new0 (SchoolLink, 1);

  link->editor = self;
  link->index = index;
  link->organisation_id = ((KartaRef *) g_ptr_array_index (self->activity->schools, index))->id;
  /* the row is in the editor, which outlives it */
  g_signal_connect_data (widget, signal, handler, link, school_link_free, 0);
}

/* As karta_list_row_button_new(), for the row of school @index */
static GtkWidget *
school_button_new (KartaActivityEditor *self,
                   guint                index,
                   const char          *icon_name,
                   const char          *tooltip,
                   GCallback            clicked)
{
  GtkWidget *button = karta_list_icon_button_new (icon_name, tooltip);

  connect_school_link (button, "clicked", clicked, self, index);
  return button;
}

static void
on_execution_status (AdwComboRow *combo,
                     GParamSpec  *pspec,
                     SchoolLink  *link)
{
  KartaActivityEditor *self = link->editor;
  GtkWidget           *row = gtk_widget_get_ancestor (GTK_WIDGET (combo), ADW_TYPE_EXPANDER_ROW);
  KartaStatus          status = adw_combo_row_get_selected (combo);

  if (self->loading)
    return;
  find_execution (self->activity, link->organisation_id, TRUE)->status = status;
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), karta_status_describe (status));
  self->dirty = TRUE;
}

static void
on_execution_date (GtkEditable *editable,
                   SchoolLink  *link)
{
  KartaActivityEditor *self = link->editor;
  KartaDay             day;

  if (self->loading)
    return;
  if (karta_editor_check_day_entry (editable, &day))
    find_execution (self->activity, link->organisation_id, TRUE)->done_on = day;
  self->dirty = TRUE;
}

static void
on_execution_note (GtkEditable *editable,
                   SchoolLink  *link)
{
  KartaActivityEditor *self = link->editor;
  KartaExecution      *execution;

  if (self->loading)
    return;
  execution = find_execution (self->activity, link->organisation_id, TRUE);
  g_free (execution->note);
  execution->note = karta_editor_dup_text (gtk_editable_get_text (editable));
  self->dirty = TRUE;
}

static void
on_remove_school (GtkButton  *button,
                  SchoolLink *link)
{
  KartaActivityEditor *self = link->editor;
  KartaRef            *ref = g_ptr_array_index (self->activity->schools, link->index);
  KartaExecution      *execution = ref->id != 0 ? find_execution (self->activity, ref->id, FALSE) : NULL;

  if (execution != NULL)
    g_ptr_array_remove (self->activity->executions, execution);
  g_ptr_array_remove_index (self->activity->schools, link->index);
  self->dirty = TRUE;
  karta_activity_editor_refresh_schools (self);
}

static void
add_execution_rows (KartaActivityEditor *self,
                    AdwExpanderRow      *row,
                    guint                index,
                    KartaExecution      *execution)
{
  g_autoptr (GtkStringList) model = karta_activity_editor_status_model_new ();
  GtkWidget       *status = adw_combo_row_new ();
  GtkWidget       *date = adw_entry_row_new ();
  GtkWidget       *note = adw_entry_row_new ();
  g_autofree char *day = karta_day_format (execution ? execution->done_on : KARTA_DAY_NONE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _ ("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), execution ? execution->status : KARTA_STATUS_PLANNED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date), _ ("Done on (DD.MM.YYYY)"));
  gtk_editable_set_text (GTK_EDITABLE (date), day);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _ ("Note"));
  gtk_editable_set_text (GTK_EDITABLE (note), execution && execution->note ? execution->note : "");
  connect_school_link (status, "notify::selected", G_CALLBACK (on_execution_status), self, index);
  connect_school_link (date, "changed", G_CALLBACK (on_execution_date), self, index);
  connect_school_link (note, "changed", G_CALLBACK (on_execution_note), self, index);
  adw_expander_row_add_row (row, status);
  adw_expander_row_add_row (row, date);
  adw_expander_row_add_row (row, note);
}

/* Documents of the activity done in this school (its own report, say) */
static void
on_attach_clicked (GtkButton  *button,
                   SchoolLink *link)
{
  KartaActivityEditor *self = link->editor;
  KartaDocumentTarget  target = { .activity_id = self->activity->id, .organisation_id = link->organisation_id };

  karta_attach_choose_files (GTK_WIDGET (self->documents_list), self->store, &target);
}

static GtkWidget *
school_row_new (KartaActivityEditor *self,
                guint                index)
{
  KartaRef       *ref = g_ptr_array_index (self->activity->schools, index);
  KartaExecution *execution = ref->id != 0 ? find_execution (self->activity, ref->id, FALSE) : NULL;
  GtkWidget      *row = adw_expander_row_new ();
  GtkWidget      *remove = school_button_new (self, index, "list-remove-symbolic", _ ("Unlink School"),
                                              G_CALLBACK (on_remove_school));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ref->name ? ref->name : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                 execution      ? karta_status_describe (execution->status)
                                 : ref->id == 0 ? _ ("Not in the library yet")
                                                : _ ("No execution recorded"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  if (ref->id != 0)
    {
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   school_button_new (self, index, "mail-attachment-symbolic",
                                                      _ ("Attach Documents of This School…"),
                                                      G_CALLBACK (on_attach_clicked)));
      add_execution_rows (self, ADW_EXPANDER_ROW (row), index, execution);
    }
  return row;
}

void
karta_activity_editor_refresh_schools (KartaActivityEditor *self)
{
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  karta_list_box_clear (self->schools_list);
  for (guint i = 0; i < self->activity->schools->len; i++)
    gtk_list_box_append (self->schools_list, school_row_new (self, i));
  if (self->activity->schools->len == 0)
    gtk_list_box_append (self->schools_list, karta_list_info_row_new (_ ("No linked schools"), NULL, NULL));
  self->loading = was_loading;
}

/* Linking schools of the library */

#define KARTA_TYPE_SCHOOL_CHOICE (karta_school_choice_get_type ())
G_DECLARE_FINAL_TYPE (KartaSchoolChoice, karta_school_choice, KARTA, SCHOOL_CHOICE, GtkListBoxRow)

/* A school offered in the popover, with its own copy of what linking and searching it need */
struct _KartaSchoolChoice
{
  GtkListBoxRow parent_instance;

  gint64 organisation_id;
  char  *display_name;
  char  *search_key; /* karta_list_organisation_key() */
};

G_DEFINE_FINAL_TYPE (KartaSchoolChoice, karta_school_choice, GTK_TYPE_LIST_BOX_ROW)

static void
karta_school_choice_finalize (GObject *object)
{
  KartaSchoolChoice *self = KARTA_SCHOOL_CHOICE (object);

  g_free (self->display_name);
  g_free (self->search_key);
  G_OBJECT_CLASS (karta_school_choice_parent_class)->finalize (object);
}

static void
karta_school_choice_class_init (KartaSchoolChoiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = karta_school_choice_finalize;
}

static void
karta_school_choice_init (KartaSchoolChoice *self)
{
}

static GtkWidget *
school_choice_new (const KartaOrganisation *organisation)
{
  KartaSchoolChoice *self = g_object_new (KARTA_TYPE_SCHOOL_CHOICE, NULL);
  GtkWidget         *label;

  self->organisation_id = organisation->id;
  self->display_name = g_strdup (karta_organisation_get_display_name (organisation));
  self->search_key = karta_list_organisation_key (organisation);
  label = gtk_label_new (self->display_name);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* two lines, where what tells the schools apart shows */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, organisation->name);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), label);
  return GTK_WIDGET (self);
}

static gboolean
is_linked (KartaActivityEditor *self,
           gint64               organisation_id)
{
  for (guint i = 0; i < self->activity->schools->len; i++)
    if (((KartaRef *) g_ptr_array_index (self->activity->schools, i))->id == organisation_id)
      return TRUE;
  return FALSE;
}

static void
on_add_school_popover_show (KartaActivityEditor *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  self->organisations = karta_store_list_organisations (self->store, &error);
  if (self->organisations == NULL)
    {
      karta_editor_show_toast (self->toast_overlay, error->message);
      return;
    }
  karta_list_box_clear (self->school_choices);
  for (guint i = 0; i < self->organisations->len; i++)
    {
      KartaOrganisation *organisation = g_ptr_array_index (self->organisations, i);
      if (!is_linked (self, organisation->id))
        gtk_list_box_append (self->school_choices, school_choice_new (organisation));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->school_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->school_search));
}

static gboolean
school_choice_visible (GtkListBoxRow *row,
                       gpointer       user_data)
{
  const char *needle = user_data;

  return karta_list_search_matches (KARTA_SCHOOL_CHOICE (row)->search_key, needle);
}

static void
on_school_search_changed (KartaActivityEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->school_search));

  gtk_list_box_set_filter_func (self->school_choices, school_choice_visible,
                                g_utf8_casefold (text, -1), g_free);
}

static void
on_school_chosen (KartaActivityEditor *self,
                  GtkListBoxRow       *row)
{
  KartaSchoolChoice *choice = KARTA_SCHOOL_CHOICE (row);

  g_ptr_array_add (self->activity->schools, karta_ref_new (choice->organisation_id, choice->display_name));
  self->dirty = TRUE;
  gtk_popover_popdown (self->add_school_popover);
  karta_activity_editor_refresh_schools (self);
}

/**
 * karta_activity_editor_class_init_schools:
 *
 * Binds the template children and callbacks of the schools part.
 */
void
karta_activity_editor_class_init_schools (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, add_school_popover);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, school_search);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, school_choices);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, schools_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_school_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_school_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_school_chosen);
}
