/* karta-activity-editor.c — the modal editor of one activity
 *
 * The editor changes a copy of the activity and hands it to the store in one
 * call on Save, which makes the whole edit one undoable step. The linked
 * schools and their execution are in karta-activity-editor-schools.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-activity-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-activity-editor.h"
#include "karta-activity-editor-private.h"
#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-evidence.h"
#include "karta-factor-picker.h"
#include "karta-list-private.h"
#include "karta-risk.h"
#include "karta-terms.h"

G_DEFINE_FINAL_TYPE (KartaActivityEditor, karta_activity_editor, ADW_TYPE_WINDOW)

/* The statuses, in KartaStatus order, for a combo row */
GtkStringList *
karta_activity_editor_status_model_new (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (KartaStatus status = 0; status < KARTA_N_STATUSES; status++)
    gtk_string_list_append (model, karta_status_describe (status));
  return model;
}

static void
on_changed (KartaActivityEditor *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

/* Schedule: shown read-only, derived from the term */

static char *
format_span (const KartaSpan *span)
{
  g_autofree char *start = karta_day_format (span->start);
  g_autofree char *end = karta_day_format (span->end);

  if (span->start == span->end)
    return g_steal_pointer (&start);
  return g_strdup_printf ("%s – %s", start, end);
}

static void
refresh_schedule (KartaActivityEditor *self)
{
  const KartaSchedule *schedule = self->activity->schedule;
  GtkWidget           *row;

  karta_list_box_clear (self->schedule_list);
  row = karta_list_info_row_new (_ ("Schedule"), karta_schedule_kind_describe (schedule->kind),
                                 "x-office-calendar-symbolic");
  gtk_list_box_append (self->schedule_list, row);
  if (schedule->kind == KARTA_SCHEDULE_UNPARSED)
    {
      row = karta_list_info_row_new (_ ("The term is not understood"),
                                     _ ("The activity has no dates on the timeline until the term is written as dates, e.g. “Февраль–март” or “До 01.08.2022”."),
                                     "dialog-warning-symbolic");
      gtk_widget_add_css_class (row, "warning");
      gtk_list_box_append (self->schedule_list, row);
    }
  for (guint i = 0; i < schedule->spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (schedule->spans, KartaSpan, i);
      g_autofree char *dates = format_span (span);
      gtk_list_box_append (self->schedule_list, karta_list_info_row_new (dates, span->label, NULL));
    }
  if (schedule->rule != NULL)
    gtk_list_box_append (self->schedule_list, karta_list_info_row_new (_ ("Recurrence"), schedule->rule, NULL));
  for (guint i = 0; i < schedule->warnings->len; i++)
    {
      row = karta_list_info_row_new (g_ptr_array_index (schedule->warnings, i), NULL, "dialog-warning-symbolic");
      gtk_widget_add_css_class (row, "warning");
      gtk_list_box_append (self->schedule_list, row);
    }
}

static void
on_term_changed (KartaActivityEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->term_row));

  if (self->loading)
    return;
  self->dirty = TRUE;
  g_free (self->activity->term);
  self->activity->term = karta_editor_dup_text (text);
  karta_schedule_free (self->activity->schedule);
  self->activity->schedule = karta_terms_parse (self->activity->term != NULL ? self->activity->term : "",
                                                &self->period);
  self->activity->term_edited = FALSE;
  refresh_schedule (self);
}

static void
on_done_on_changed (KartaActivityEditor *self)
{
  karta_editor_check_day_entry (GTK_EDITABLE (self->done_on_row), NULL);
  on_changed (self);
}

/* Loading and saving */

static const KartaSection *
find_section (GPtrArray *sections,
              gint64     id)
{
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      const KartaSection *section = g_ptr_array_index (sections, i);
      const KartaSection *found = section->id == id ? section : find_section (section->sections, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
add_suggestions (GPtrArray             *suggested,
                 const char            *text,
                 const KartaFactorList *list)
{
  g_autoptr (GPtrArray) found = karta_risk_suggest_factors (text, list);

  for (guint i = 0; i < found->len; i++)
    if (!g_ptr_array_find (suggested, g_ptr_array_index (found, i), NULL))
      g_ptr_array_add (suggested, g_ptr_array_index (found, i));
}

/* The factors of the roadmap's year, those that the section's title (or
 * the activity's own) names listed first: a section often answers one */
static void
refresh_factors (KartaActivityEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaFactorList) list = NULL;
  g_autoptr (GPtrArray) suggested = g_ptr_array_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now), month, day;

  if (self->period.start != KARTA_DAY_NONE)
    karta_day_to_ymd (self->period.start, &year, &month, &day);
  list = karta_store_load_factor_list_for_year (self->store, year, &error);
  if (list == NULL)
    {
      g_autoptr (GPtrArray) none = g_ptr_array_new ();
      karta_editor_show_toast (self->toast_overlay, error != NULL ? error->message : _ ("There is no list of risk factors"));
      karta_factor_picker_set (self->factor_picker, none, self->activity->factors);
      return;
    }
  if (self->section_text != NULL)
    add_suggestions (suggested, self->section_text, list);
  add_suggestions (suggested, self->activity->title, list);
  karta_factor_picker_set (self->factor_picker, list->factors, self->activity->factors);
  karta_factor_picker_set_suggested (self->factor_picker, suggested);
}

static void
populate (KartaActivityEditor *self)
{
  KartaActivity   *activity = self->activity;
  g_autofree char *done_on = karta_day_format (activity->done_on);
  g_autofree char *subtitle = activity->number ? g_strdup_printf (_ ("Activity %s"), activity->number) : NULL;

  self->loading = TRUE;
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  karta_editor_set_text (GTK_EDITABLE (self->number_row), activity->number);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->title_view), activity->title ? activity->title : "", -1);
  karta_editor_set_text (GTK_EDITABLE (self->term_row), activity->term);
  karta_editor_set_text (GTK_EDITABLE (self->responsible_row), activity->responsible);
  karta_editor_set_text (GTK_EDITABLE (self->executors_row), activity->executors);
  karta_editor_set_text (GTK_EDITABLE (self->participants_row), activity->participants);
  karta_editor_set_text (GTK_EDITABLE (self->direction_row), activity->direction);
  karta_editor_set_text (GTK_EDITABLE (self->result_row), activity->result);
  karta_editor_set_text (GTK_EDITABLE (self->evidence_row), activity->evidence);
  adw_combo_row_set_selected (self->status_row, activity->status);
  karta_editor_set_text (GTK_EDITABLE (self->done_on_row), done_on);
  karta_editor_set_text (GTK_EDITABLE (self->notes_row), activity->notes);
  refresh_schedule (self);
  karta_activity_editor_refresh_schools (self);
  refresh_factors (self);
  karta_activity_editor_refresh_documents (self);
  self->loading = FALSE;
}

static gboolean
collect (KartaActivityEditor *self,
         GError             **error)
{
  KartaActivity *activity = self->activity;
  KartaDay       done_on;

  if (!karta_editor_collect_day (GTK_EDITABLE (self->done_on_row), &done_on, error))
    return FALSE;
  activity->done_on = done_on;
  activity->status = adw_combo_row_get_selected (self->status_row);
  karta_editor_take_text (&activity->number, GTK_EDITABLE (self->number_row));
  g_free (activity->title);
  activity->title = karta_editor_buffer_get_text (gtk_text_view_get_buffer (self->title_view));
  g_strstrip (activity->title);
  karta_editor_take_text (&activity->responsible, GTK_EDITABLE (self->responsible_row));
  karta_editor_take_text (&activity->executors, GTK_EDITABLE (self->executors_row));
  karta_editor_take_text (&activity->participants, GTK_EDITABLE (self->participants_row));
  karta_editor_take_text (&activity->direction, GTK_EDITABLE (self->direction_row));
  karta_editor_take_text (&activity->result, GTK_EDITABLE (self->result_row));
  karta_editor_take_text (&activity->evidence, GTK_EDITABLE (self->evidence_row));
  karta_editor_take_text (&activity->notes, GTK_EDITABLE (self->notes_row));
  g_ptr_array_unref (activity->factors);
  activity->factors = karta_factor_picker_get_chosen (self->factor_picker);
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaActivityEditor *self = KARTA_ACTIVITY_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  gboolean saved = collect (self, &error) && karta_store_update_activity (self->store, self->activity, &error);

  karta_editor_finish_save (GTK_WINDOW (self), self->toast_overlay, &self->dirty, saved, error, NULL);
}

/* Asks only when what the form says differs from what was opened: typing
 * a letter and deleting it, or attaching documents (stored at once), is
 * no change to lose */
static gboolean
karta_activity_editor_close_request (GtkWindow *window)
{
  KartaActivityEditor *self = KARTA_ACTIVITY_EDITOR (window);
  gboolean             changed = self->dirty;

  if (changed && collect (self, NULL))
    changed = !karta_activity_equal (self->activity, self->original);
  return karta_editor_close_request (window, changed);
}

static void
karta_activity_editor_dispose (GObject *object)
{
  KartaActivityEditor *self = KARTA_ACTIVITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_ACTIVITY_EDITOR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_activity_editor_parent_class)->dispose (object);
}

static void
karta_activity_editor_finalize (GObject *object)
{
  KartaActivityEditor *self = KARTA_ACTIVITY_EDITOR (object);

  g_clear_pointer (&self->activity, karta_activity_free);
  g_clear_pointer (&self->original, karta_activity_free);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_free (self->section_text);
  G_OBJECT_CLASS (karta_activity_editor_parent_class)->finalize (object);
}

static void
karta_activity_editor_class_init (KartaActivityEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_activity_editor_dispose;
  object_class->finalize = karta_activity_editor_finalize;

  g_type_ensure (KARTA_TYPE_FACTOR_PICKER);
  karta_editor_class_setup (widget_class, "/ru/karta/Karta/roadmap/karta-activity-editor.ui",
                            save_activated, karta_activity_editor_close_request);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, title_view);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, term_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, schedule_list);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, executors_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, participants_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, direction_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, result_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, evidence_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, done_on_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, documents_list);
  gtk_widget_class_bind_template_child (widget_class, KartaActivityEditor, factor_picker);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_term_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_done_on_changed);
  karta_activity_editor_class_init_schools (widget_class);
  karta_activity_editor_class_init_documents (widget_class);
}

static void
karta_activity_editor_init (KartaActivityEditor *self)
{
  g_autoptr (GtkStringList) statuses = karta_activity_editor_status_model_new ();
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_entry_row_add_suffix (self->evidence_row,
                            karta_editor_suggestions_button (GTK_EDITABLE (self->evidence_row),
                                                             karta_evidence_kinds ()));
  buffer = gtk_text_view_get_buffer (self->title_view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
}

/**
 * karta_activity_editor_new:
 * @parent: (nullable): the window the editor is modal for
 * @roadmap: the roadmap of @activity: its period gives terms their year
 *
 * Returns: (transfer none): the editor, shown; it destroys itself on closing.
 */
GtkWindow *
karta_activity_editor_new (GtkWindow           *parent,
                           KartaStore          *store,
                           const KartaRoadmap  *roadmap,
                           const KartaActivity *activity)
{
  KartaActivityEditor *self;
  const KartaSection  *section;

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);
  g_return_val_if_fail (roadmap != NULL && activity != NULL, NULL);

  self = g_object_new (KARTA_TYPE_ACTIVITY_EDITOR, "transient-for", parent, NULL);
  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->store = g_object_ref (store);
  self->period = roadmap->period;
  self->activity = karta_activity_copy (activity);
  section = find_section (roadmap->sections, activity->section_id);
  if (section != NULL)
    self->section_text = g_strjoin (" ", section->number ? section->number : "",
                                    section->title ? section->title : "", NULL);
  /* a term never parsed (an old or hand-made record) gets its dates now */
  if (self->activity->term != NULL && self->activity->schedule->kind == KARTA_SCHEDULE_NONE && !self->activity->term_edited)
    {
      karta_schedule_free (self->activity->schedule);
      self->activity->schedule = karta_terms_parse (self->activity->term, &self->period);
    }
  self->original = karta_activity_copy (self->activity);
  populate (self);
  karta_activity_editor_init_documents (self);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
