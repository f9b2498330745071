/* karta-recognise-layout.c — where the plan is in a document and what its
 * columns hold
 *
 * The plan is the table whose header names the most fields of a plan
 * (karta-recognise-header.c); the columns its header leaves unnamed are
 * guessed from their cells (karta-recognise-content.c). A document whose
 * headers name nothing we know still gets a layout, guessed from the cells
 * of its biggest table, for the user to check in the review: only a
 * document without a table has none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-recognise-private.h"

static const struct
{
  const char *name; /* in layouts remembered and on the command line */
  const char *label;
} field_names[KARTA_N_FIELDS] = {
  [KARTA_FIELD_NONE] = { "ignore", N_ ("Ignore") },
  [KARTA_FIELD_NUMBER] = { "number", N_ ("Number") },
  [KARTA_FIELD_TITLE] = { "title", N_ ("Activity") },
  [KARTA_FIELD_TERM] = { "term", N_ ("Term") },
  [KARTA_FIELD_START] = { "start", N_ ("Start") },
  [KARTA_FIELD_END] = { "end", N_ ("End") },
  [KARTA_FIELD_RESPONSIBLE] = { "responsible", N_ ("Responsible") },
  [KARTA_FIELD_EXECUTORS] = { "executors", N_ ("Executors") },
  [KARTA_FIELD_PARTICIPANTS] = { "participants", N_ ("Participants") },
  [KARTA_FIELD_RESULT] = { "result", N_ ("Result") },
  [KARTA_FIELD_EVIDENCE] = { "evidence", N_ ("Confirming document") },
  [KARTA_FIELD_DIRECTION] = { "direction", N_ ("Direction") },
  [KARTA_FIELD_STATUS] = { "status", N_ ("Execution note") },
};

/**
 * karta_field_describe:
 *
 * Returns: what a column of @field holds, for people
 */
const char *
karta_field_describe (KartaField field)
{
  g_return_val_if_fail (field < KARTA_N_FIELDS, "");
  return _ (field_names[field].label);
}

const char *
karta_field_to_string (KartaField field)
{
  g_return_val_if_fail (field < KARTA_N_FIELDS, "ignore");
  return field_names[field].name;
}

gboolean
karta_field_from_string (const char *text,
                         KartaField *field)
{
  for (guint f = 0; f < KARTA_N_FIELDS; f++)
    if (g_strcmp0 (text, field_names[f].name) == 0)
      {
        *field = f;
        return TRUE;
      }
  return FALSE;
}

static KartaImportLayout *
layout_new (const KartaTable *table,
            guint             index)
{
  KartaImportLayout *layout = g_new0 (KartaImportLayout, 1);

  layout->table = index;
  layout->n_columns = table->n_columns;
  layout->fields = g_new0 (KartaField, MAX (table->n_columns, 1));
  layout->headers = g_new0 (char *, table->n_columns + 1);
  return layout;
}

static void
set_headers (KartaImportLayout *layout,
             const KartaTable  *table)
{
  for (guint c = 0; c < layout->n_columns; c++)
    {
      g_free (layout->headers[c]);
      layout->headers[c] = karta_recognise_header_text (table, layout->header_row, layout->first_row, c);
    }
}

/* Columns whose header names nothing get their field from their cells;
 * a header we do not know («Примечание») is left alone. */
static void
guess_unnamed (KartaImportLayout *layout,
               const KartaTable  *table)
{
  g_autofree gboolean *open = g_new0 (gboolean, MAX (layout->n_columns, 1));

  for (guint c = 0; c < layout->n_columns; c++)
    open[c] = layout->fields[c] == KARTA_FIELD_NONE && (!layout->recognised || *layout->headers[c] == '\0');
  karta_recognise_guess_fields (table, layout->first_row, open, layout->fields);
}

/* The table with the most rows and columns: a plan, when no header says which. */
static guint
biggest_table (const KartaImportDocument *document)
{
  guint best = 0;

  for (guint t = 1; t < document->tables->len; t++)
    {
      const KartaTable *table = g_ptr_array_index (document->tables, t);
      const KartaTable *current = g_ptr_array_index (document->tables, best);
      if (table->rows->len * MIN (table->n_columns, 6) > current->rows->len * MIN (current->n_columns, 6))
        best = t;
    }
  return best;
}

/* The layout of table @index: by its header, else guessed from its cells */
static KartaImportLayout *
layout_of_table (const KartaImportDocument *document,
                 guint                      index,
                 guint                     *score)
{
  const KartaTable  *table = g_ptr_array_index (document->tables, index);
  KartaImportLayout *layout = layout_new (table, index);

  *score = karta_recognise_find_header (table, &layout->header_row, &layout->first_row, layout->fields);
  layout->recognised = *score > 0;
  if (!layout->recognised)
    layout->first_row = karta_recognise_guess_first_row (table);
  set_headers (layout, table);
  guess_unnamed (layout, table);
  return layout;
}

static gboolean
check_has_tables (const KartaImportDocument *document,
                  GError                   **error)
{
  if (document->tables->len > 0)
    return TRUE;
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
               _ ("%s: there is no table in the document: a roadmap is a table of activities"),
               document->file_name);
  return FALSE;
}

/**
 * karta_import_find_layout:
 *
 * Finds the plan's table in @document (the one whose header names the
 * most of a plan's fields, else the biggest) and what each of its columns
 * holds.
 *
 * Returns: (transfer full) (nullable): the layout, %NULL with @error set
 *   when @document has no table
 */
KartaImportLayout *
karta_import_find_layout (const KartaImportDocument *document,
                          GError                   **error)
{
  KartaImportLayout *best = NULL;
  guint              best_score = 0;

  if (!check_has_tables (document, error))
    return NULL;
  for (guint t = 0; t < document->tables->len; t++)
    {
      guint              score;
      KartaImportLayout *layout = layout_of_table (document, t, &score);

      if (score > best_score)
        {
          g_clear_pointer (&best, karta_import_layout_free);
          best = layout;
          best_score = score;
        }
      else
        karta_import_layout_free (layout);
    }
  if (best == NULL)
    best = layout_of_table (document, biggest_table (document), &best_score);
  return best;
}

/**
 * karta_import_find_layout_in_table:
 * @index: which table of @document is the plan
 *
 * Returns: (transfer full) (nullable): the layout of that table, %NULL with
 *   @error set when @document has no such table
 */
KartaImportLayout *
karta_import_find_layout_in_table (const KartaImportDocument *document,
                                   guint                      index,
                                   GError                   **error)
{
  guint score;

  if (!check_has_tables (document, error))
    return NULL;
  if (index >= document->tables->len)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("%s: there is no table %u in the document"),
                   document->file_name, index + 1);
      return NULL;
    }
  return layout_of_table (document, index, &score);
}

/**
 * karta_import_layout_set_first_row:
 *
 * Moves where the plan's rows start (what is above is its header).
 *
 * Returns: %FALSE when @first_row is past the table's rows
 */
gboolean
karta_import_layout_set_first_row (KartaImportLayout         *layout,
                                   const KartaImportDocument *document,
                                   guint                      first_row)
{
  const KartaTable *table = g_ptr_array_index (document->tables, layout->table);

  if (first_row >= table->rows->len)
    return FALSE;
  layout->first_row = first_row;
  layout->header_row = MIN (layout->header_row, first_row);
  set_headers (layout, table);
  return TRUE;
}

KartaImportLayout *
karta_import_layout_copy (const KartaImportLayout *layout)
{
  KartaImportLayout *copy = g_memdup2 (layout, sizeof *layout);

  copy->fields = g_memdup2 (layout->fields, MAX (layout->n_columns, 1) * sizeof *layout->fields);
  copy->headers = g_strdupv (layout->headers);
  return copy;
}

void
karta_import_layout_free (KartaImportLayout *layout)
{
  if (layout == NULL)
    return;
  g_free (layout->fields);
  g_strfreev (layout->headers);
  g_free (layout);
}

/**
 * karta_import_layout_get_key:
 *
 * Returns: (transfer full): what documents with the same header share, to
 *   remember the columns a user chose for them
 */
char *
karta_import_layout_get_key (const KartaImportLayout *layout)
{
  g_autofree char *joined = g_strjoinv ("\t", layout->headers);
  g_autofree char *folded = g_utf8_casefold (joined, -1);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, folded, -1);
}

/**
 * karta_import_layout_fields_to_string:
 *
 * Returns: (transfer full): the columns' fields, "number,title,term,…"
 */
char *
karta_import_layout_fields_to_string (const KartaImportLayout *layout)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint c = 0; c < layout->n_columns; c++)
    g_string_append_printf (text, c > 0 ? ",%s" : "%s", karta_field_to_string (layout->fields[c]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * karta_import_layout_set_fields_from_string:
 * @text: as karta_import_layout_fields_to_string() wrote it
 *
 * Returns: whether @text names a field for each column; @layout is left
 *   as it was when not
 */
gboolean
karta_import_layout_set_fields_from_string (KartaImportLayout *layout,
                                            const char        *text)
{
  g_auto (GStrv) names = g_strsplit (text, ",", -1);
  g_autofree KartaField *fields = g_new0 (KartaField, MAX (layout->n_columns, 1));

  if (g_strv_length (names) != layout->n_columns)
    return FALSE;
  for (guint c = 0; c < layout->n_columns; c++)
    if (!karta_field_from_string (g_strstrip (names[c]), &fields[c]))
      return FALSE;
  memcpy (layout->fields, fields, layout->n_columns * sizeof *fields);
  return TRUE;
}
