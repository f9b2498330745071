/* karta-import-review-columns.c — the review's step where the user says
 * which table is the plan, where its rows start and what each column holds
 *
 * The recogniser's layout is shown as one drop-down per column, titled by
 * the column's header and a sample of its cells. Any change reads the
 * document again with the new layout (karta_import_recognise_with()); the
 * title typed and the period chosen are kept. When no header was
 * recognised the step opens expanded, with a note that the columns were
 * guessed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-editor-private.h"
#include "karta-import-review-private.h"
#include "karta-list-private.h"

/* Long sample cells are cut to this many characters */
#define SAMPLE_LENGTH 70

/* Which column a drop-down sets: the data of its handler */
typedef struct
{
  KartaImportReview *review;
  guint              column;
} ColumnChoice;

static void
column_choice_free (gpointer  data,
                    GClosure *closure)
{
  g_free (data);
}

/* The first text in @column below the header, cut short, or NULL */
static char *
sample_cell (const KartaTable *table,
             guint             first_row,
             guint             column)
{
  for (guint r = first_row; r < table->rows->len; r++)
    {
      const KartaCell *cell = karta_table_get_cell_at (table, r, column);
      g_autofree char *text = NULL;

      if (cell == NULL || cell->column != column || cell->column_span > 1)
        continue;
      text = karta_cell_get_text (cell);
      g_strstrip (text);
      if (*text == '\0')
        continue;
      if (g_utf8_strlen (text, -1) > SAMPLE_LENGTH)
        {
          g_autofree char *cut = g_utf8_substring (text, 0, SAMPLE_LENGTH);
          return g_strconcat (cut, "…", NULL);
        }
      return g_steal_pointer (&text);
    }
  return NULL;
}

static GListModel *
field_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint f = 0; f < KARTA_N_FIELDS; f++)
    gtk_string_list_append (labels, karta_field_describe (f));
  return G_LIST_MODEL (labels);
}

static void
add_row (KartaImportReview *self,
         GtkWidget         *row)
{
  adw_expander_row_add_row (self->columns_row, row);
  g_ptr_array_add (self->column_rows, row);
}

static void
on_column_selected (AdwComboRow  *row,
                    GParamSpec   *pspec,
                    ColumnChoice *choice)
{
  KartaImportReview *self = choice->review;
  KartaField         field = adw_combo_row_get_selected (row);

  if (self->layout->fields[choice->column] == field)
    return;
  self->layout->fields[choice->column] = field;
  self->layout_changed = TRUE;
  karta_import_review_read_again (self);
}

static void
add_column_row (KartaImportReview *self,
                const KartaTable  *table,
                guint              column)
{
  GtkWidget       *row = adw_combo_row_new ();
  ColumnChoice    *choice = g_new0 (ColumnChoice, 1);
  const char      *header = self->layout->headers[column];
  g_autofree char *title = *header != '\0' ? g_strdup (header) : g_strdup_printf (_ ("Column %u"), column + 1);
  g_autofree char *sample = sample_cell (table, self->layout->first_row, column);
  g_autoptr (GListModel) labels = field_labels ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample != NULL ? sample : _ ("(empty)"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), labels);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), self->layout->fields[column]);
  choice->review = self;
  choice->column = column;
  /* the row is in the review, which outlives it */
  g_signal_connect_data (row, "notify::selected", G_CALLBACK (on_column_selected), choice, column_choice_free, 0);
  add_row (self, row);
}

static void
on_first_row_changed (GtkSpinButton     *spin,
                      KartaImportReview *self)
{
  guint first_row = gtk_spin_button_get_value_as_int (spin) - 1;

  if (first_row == self->layout->first_row ||
      !karta_import_layout_set_first_row (self->layout, self->document, first_row))
    return;
  self->layout_changed = TRUE;
  karta_import_review_read_again (self);
}

static void
add_first_row_row (KartaImportReview *self,
                   const KartaTable  *table)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, MAX (table->rows->len, 1), 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("The plan starts at row"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Rows above it are the table’s header"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->layout->first_row + 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("The plan starts at row"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_first_row_changed), self, 0);
  add_row (self, row);
}

static void
on_table_selected (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   KartaImportReview *self)
{
  guint index = adw_combo_row_get_selected (row);
  g_autoptr (GError) error = NULL;
  KartaImportLayout *layout;

  if (index == self->layout->table)
    return;
  layout = karta_import_find_layout_in_table (self->document, index, &error);
  if (layout == NULL)
    return;
  karta_import_layout_free (self->layout);
  self->layout = layout;
  self->layout_changed = TRUE;
  karta_import_review_read_again (self);
  /* the columns are those of the new table */
  karta_import_review_fill_columns (self);
}

static void
add_table_row (KartaImportReview *self)
{
  GtkWidget     *row = adw_combo_row_new ();
  GtkStringList *tables = gtk_string_list_new (NULL);

  for (guint t = 0; t < self->document->tables->len; t++)
    {
      const KartaTable *table = g_ptr_array_index (self->document->tables, t);
      g_autofree char  *rows = g_strdup_printf (ngettext ("%u row", "%u rows", table->rows->len), table->rows->len);
      g_autofree char  *columns = g_strdup_printf (ngettext ("%u column", "%u columns", table->n_columns), table->n_columns);
      /* Translators: "Table 2: 14 rows, 6 columns" */
      g_autofree char *text = g_strdup_printf (_ ("Table %u: %s, %s"), t + 1, rows, columns);
      gtk_string_list_append (tables, text);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("The plan’s table"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (tables));
  g_object_unref (tables);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), self->layout->table);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_table_selected), self, 0);
  add_row (self, row);
}

/* "№ · Мероприятие · Сроки · Ответственные": what the columns hold */
static char *
describe_fields (const KartaImportLayout *layout)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint c = 0; c < layout->n_columns; c++)
    if (layout->fields[c] != KARTA_FIELD_NONE)
      g_string_append_printf (text, text->len > 0 ? " · %s" : "%s", karta_field_describe (layout->fields[c]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * karta_import_review_fill_columns:
 *
 * Shows the layout: the table (when there are several), the first row and
 * a drop-down per column.
 */
void
karta_import_review_fill_columns (KartaImportReview *self)
{
  const KartaTable *table = g_ptr_array_index (self->document->tables, self->layout->table);
  g_autofree char  *summary = describe_fields (self->layout);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_expander_row_remove (self->columns_row, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  adw_expander_row_set_subtitle (self->columns_row, summary);
  if (self->document->tables->len > 1)
    add_table_row (self);
  add_first_row_row (self, table);
  for (guint c = 0; c < self->layout->n_columns; c++)
    add_column_row (self, table, c);
}

/**
 * karta_import_review_read_again:
 *
 * Recognises the document again with the layout as the user set it,
 * keeping the title typed and the period.
 */
void
karta_import_review_read_again (KartaImportReview *self)
{
  g_autoptr (GError) error = NULL;
  KartaRoadmap    *roadmap = karta_import_recognise_with (self->document, &self->roadmap->period, self->layout, &error);
  g_autofree char *summary = describe_fields (self->layout);

  if (roadmap == NULL)
    {
      g_warning ("Reading the document again: %s", error->message);
      return;
    }
  karta_editor_take_text (&roadmap->title, GTK_EDITABLE (self->title_row));
  g_ptr_array_set_size (self->rows, 0);
  karta_roadmap_unref (self->roadmap);
  self->roadmap = roadmap;
  karta_list_box_clear (self->activity_list);
  karta_import_review_fill_activities (self);
  karta_import_review_fill_schools (self);
  karta_import_review_update_counts (self);
  adw_expander_row_set_subtitle (self->columns_row, summary);
}

/**
 * karta_import_review_set_document:
 * @document: (transfer full): what the roadmap was recognised in
 * @layout: (transfer full): how it was read
 *
 * Lets the user change how the document is read: which table is the plan,
 * where it starts and what each column holds.
 */
void
karta_import_review_set_document (KartaImportReview   *self,
                                  KartaImportDocument *document,
                                  KartaImportLayout   *layout)
{
  g_return_if_fail (KARTA_IS_IMPORT_REVIEW (self));
  g_return_if_fail (document != NULL && layout != NULL);

  g_clear_pointer (&self->document, karta_import_document_free);
  g_clear_pointer (&self->layout, karta_import_layout_free);
  self->document = document;
  self->layout = layout;
  karta_import_review_fill_columns (self);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), TRUE);
  if (!layout->recognised)
    {
      adw_preferences_group_set_description (self->columns_group,
                                             _ ("No header of the document names a plan’s columns: Karta guessed what they hold from their cells. Check each column below, then the activities."));
      adw_expander_row_set_expanded (self->columns_row, TRUE);
    }
}

/**
 * karta_import_review_get_layout:
 *
 * Returns: (transfer none) (nullable): how the document is read, %NULL for
 *   a review without a document
 */
const KartaImportLayout *
karta_import_review_get_layout (KartaImportReview *self)
{
  g_return_val_if_fail (KARTA_IS_IMPORT_REVIEW (self), NULL);
  return self->layout;
}
