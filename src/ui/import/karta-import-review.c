/* karta-import-review.c — what was recognised in an imported document,
 * checked and corrected before anything is stored
 *
 * The review owns the recognised roadmap and edits it in place: the title,
 * the period (every term is read again with it) and the terms that were
 * not understood; with the document, also how it is read (the columns
 * step, karta-import-review-columns.c). Import adds it to the library as
 * one undoable step, and says which columns the user chose
 * ("columns-chosen") for documents with the same header; Cancel stores
 * nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-import-review-private.h"
#include "karta-terms.h"
#include "karta-window.h"

G_DEFINE_FINAL_TYPE (KartaImportReview, karta_import_review, ADW_TYPE_WINDOW)

enum
{
  COLUMNS_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Terms not understood, and terms read with a warning (a date outside the period) */
static void
count_terms (KartaImportReview *self,
             guint             *unparsed,
             guint             *warned)
{
  *unparsed = *warned = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      const KartaSchedule *schedule = ((KartaReviewRow *) g_ptr_array_index (self->rows, i))->activity->schedule;

      if (schedule == NULL)
        continue;
      if (schedule->kind == KARTA_SCHEDULE_UNPARSED)
        (*unparsed)++;
      else if (schedule->warnings->len > 0)
        (*warned)++;
    }
}

void
karta_import_review_update_counts (KartaImportReview *self)
{
  guint            n_sections = karta_import_review_count_sections (self->roadmap->sections);
  guint            n_activities = self->rows->len;
  guint            n_unparsed, n_warned;
  g_autofree char *sections = g_strdup_printf (ngettext ("%u section", "%u sections", n_sections), n_sections);
  g_autofree char *activities = g_strdup_printf (ngettext ("%u activity", "%u activities", n_activities), n_activities);
  g_autofree char *unparsed = NULL;
  g_autofree char *text = NULL;

  count_terms (self, &n_unparsed, &n_warned);
  if (n_unparsed == 0)
    unparsed = g_strdup (_ ("all terms recognised"));
  else
    unparsed = g_strdup_printf (ngettext ("%u term not recognised", "%u terms not recognised", n_unparsed), n_unparsed);
  /* Translators: "3 sections, 28 activities, 2 terms not recognised" */
  text = g_strdup_printf (_ ("%s, %s, %s"), sections, activities, unparsed);
  if (n_warned > 0)
    {
      g_autofree char *warned = g_strdup_printf (ngettext ("%u term to check", "%u terms to check", n_warned), n_warned);
      g_autofree char *all = g_strdup_printf (_ ("%s, %s"), text, warned);
      g_free (text);
      text = g_steal_pointer (&all);
    }
  gtk_label_set_text (self->counts_label, text);
}

static void
reparse (KartaReviewRow *row)
{
  KartaActivity *activity = row->activity;

  g_clear_pointer (&activity->schedule, karta_schedule_free);
  activity->schedule = karta_terms_parse (activity->term ? activity->term : "", &row->review->roadmap->period);
  karta_import_review_update_row (row);
}

/* Called when a term was corrected in its entry */
void
karta_import_review_term_changed (KartaReviewRow *row)
{
  reparse (row);
  karta_import_review_update_counts (row->review);
}

static void
on_period_changed (KartaImportReview *self)
{
  KartaPeriod period;
  gboolean    valid = karta_import_review_parse_period (gtk_editable_get_text (GTK_EDITABLE (self->period_row)), &period);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.import", valid);
  if (!valid)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->period_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->period_row), "error");
  if (period.start == self->roadmap->period.start && period.end == self->roadmap->period.end)
    return;
  self->roadmap->period = period;
  for (guint i = 0; i < self->rows->len; i++)
    reparse (g_ptr_array_index (self->rows, i));
  karta_import_review_update_counts (self);
}

static void
show_error (KartaImportReview *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
replaces (KartaImportReview *self)
{
  return self->same_id != 0 && gtk_check_button_get_active (self->replace_check);
}

static void
on_same_choice_toggled (KartaImportReview *self)
{
  gtk_button_set_label (self->import_button, replaces (self) ? _ ("_Replace") : _ ("_Import"));
}

/* Importing the same order twice would make a copy nobody asked for */
static void
look_for_same_roadmap (KartaImportReview *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmapSummary) same = karta_store_find_same_roadmap (self->store, self->roadmap, &error);
  g_autofree char *period = NULL;
  g_autofree char *description = NULL;

  if (error != NULL)
    g_warning ("Could not look for the same roadmap: %s", error->message);
  if (same == NULL)
    return;
  self->same_id = same->id;
  period = karta_period_format (&same->period);
  /* Translators: «Дорожная карта …», 2023–2024, 45 activities */
  description = g_strdup_printf (ngettext ("«%s», %s, %u activity", "«%s», %s, %u activities", same->activity_count),
                                 same->title, period, same->activity_count);
  adw_preferences_group_set_description (self->same_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->same_group), TRUE);
  on_same_choice_toggled (self);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KartaImportReview *self = KARTA_IMPORT_REVIEW (widget);
  GtkWindow         *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr (GError) error = NULL;
  gint64 id;

  karta_editor_take_text (&self->roadmap->title, GTK_EDITABLE (self->title_row));
  if (self->roadmap->title == NULL && self->target_id == 0)
    {
      show_error (self, _ ("The roadmap needs a title."));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }
  karta_import_review_settle_schools (self);
  if (self->target_id != 0)
    id = karta_store_append_to_roadmap (self->store, self->target_id, self->roadmap, &error) ? self->target_id : 0;
  else if (replaces (self))
    id = karta_store_replace_roadmap (self->store, self->same_id, self->roadmap, &error);
  else
    id = karta_store_add_roadmap (self->store, self->roadmap, &error);
  if (id == 0)
    {
      g_autofree char *message = g_strdup_printf (_ ("Could not import the roadmap: %s"), error->message);
      show_error (self, message);
      return;
    }
  if (self->layout_changed)
    {
      g_autofree char *key = karta_import_layout_get_key (self->layout);
      g_autofree char *fields = karta_import_layout_fields_to_string (self->layout);
      g_signal_emit (self, signals[COLUMNS_CHOSEN], 0, key, fields);
    }
  if (KARTA_IS_WINDOW (parent))
    karta_window_select_roadmap (KARTA_WINDOW (parent), id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
karta_import_review_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KARTA_TYPE_IMPORT_REVIEW);
  G_OBJECT_CLASS (karta_import_review_parent_class)->dispose (object);
}

static void
karta_import_review_finalize (GObject *object)
{
  KartaImportReview *self = (KartaImportReview *) object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->school_merges, g_hash_table_unref);
  g_clear_pointer (&self->schools_left_out, g_hash_table_unref);
  g_clear_pointer (&self->roadmap, karta_roadmap_unref);
  g_clear_pointer (&self->document, karta_import_document_free);
  g_clear_pointer (&self->layout, karta_import_layout_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_import_review_parent_class)->finalize (object);
}

static void
karta_import_review_class_init (KartaImportReviewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_import_review_dispose;
  object_class->finalize = karta_import_review_finalize;

  /**
   * KartaImportReview::columns-chosen:
   * @key: what documents with the same header share (karta_import_layout_get_key())
   * @fields: what the user said each column holds (karta_import_layout_fields_to_string())
   *
   * Emitted on import when the user changed how the document is read, to
   * read documents with the same header so next time.
   */
  signals[COLUMNS_CHOSEN] = g_signal_new ("columns-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/import/karta-import-review.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, window_title);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, import_button);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, error_label);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, same_group);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, replace_check);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, order_row);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, title_row);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, period_row);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, counts_label);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, activity_list);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, schools_group);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, school_list);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, risks_group);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, risk_list);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, columns_group);
  gtk_widget_class_bind_template_child (widget_class, KartaImportReview, columns_row);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_same_choice_toggled);

  gtk_widget_class_install_action (widget_class, "review.import", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "review.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "review.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
karta_import_review_init (KartaImportReview *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->school_merges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->schools_left_out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->column_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
populate (KartaImportReview *self)
{
  g_autofree char *order = karta_import_review_describe_order (self->roadmap->order);
  g_autofree char *period = karta_import_review_format_period (&self->roadmap->period);

  adw_action_row_set_subtitle (self->order_row, order);
  karta_editor_set_text (GTK_EDITABLE (self->title_row), self->roadmap->title);
  /* The period's handler reads the terms again only when the period changes */
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), period);
  karta_import_review_fill_activities (self);
  karta_import_review_fill_schools (self);
  karta_import_review_update_counts (self);
}

/**
 * karta_import_review_new:
 * @parent: (nullable): the main window: the imported roadmap is shown there
 * @store: the library to import into
 * @roadmap: (transfer full): the roadmap recognised in the document
 * @file_name: what the roadmap came from, for the subtitle: a file's
 *   name, or "Pasted rows"
 *
 * Returns: (transfer none): the review, a modal window not yet shown
 */
GtkWindow *
karta_import_review_new (GtkWindow    *parent,
                         KartaStore   *store,
                         KartaRoadmap *roadmap,
                         const char   *file_name)
{
  KartaImportReview *self;

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);
  g_return_val_if_fail (roadmap != NULL, NULL);

  self = g_object_new (KARTA_TYPE_IMPORT_REVIEW, "transient-for", parent, NULL);
  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->store = g_object_ref (store);
  self->roadmap = roadmap;
  adw_window_title_set_subtitle (self->window_title, file_name ? file_name : "");
  populate (self);
  look_for_same_roadmap (self);
  return GTK_WINDOW (self);
}

/**
 * karta_import_review_set_target:
 * @roadmap: the roadmap pasted into
 *
 * Makes the review add the rows to @roadmap (into its sections of the same
 * numbers) rather than import them as a new roadmap.
 */
void
karta_import_review_set_target (KartaImportReview  *self,
                                const KartaRoadmap *roadmap)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (KARTA_IS_IMPORT_REVIEW (self));

  self->target_id = roadmap->id;
  self->same_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->same_group), FALSE);
  /* Translators: the subtitle of the review of rows pasted into a roadmap */
  subtitle = g_strdup_printf (_ ("Pasted rows, to be added to «%s»"), roadmap->title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_button_set_label (self->import_button, _ ("_Add"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->import_button), _ ("Add the rows to the roadmap (Ctrl+Enter)"));
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), FALSE);
  /* the schools are matched in the target's district */
  karta_import_review_fill_schools (self);
}

/* The roadmap as corrected so far (not yet stored) */
const KartaRoadmap *
karta_import_review_get_roadmap (KartaImportReview *self)
{
  g_return_val_if_fail (KARTA_IS_IMPORT_REVIEW (self), NULL);
  return self->roadmap;
}
