/* karta-recognise-content.c — what a column holds, from its cells
 *
 * When a header names nothing we know, the cells still tell: a column whose
 * cells read as terms is the term column, one of «1.», «1.2» the number,
 * the longest varied text the title, a shorter one after it who answers for
 * the activity, long text after the term its result. The user checks the
 * guess in the review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-recognise-private.h"
#include "karta-terms.h"

/* What the cells of one column look like */
typedef struct
{
  guint filled;  /* cells with text */
  guint terms;   /* … that read as terms */
  guint numbers; /* … that are «1», «2.3.», «IV» */
  gsize length;  /* characters in all */
} ColumnCells;

static gboolean
is_number (const char *text)
{
  const char      *rest = NULL;
  g_autofree char *number = karta_recognise_split_number (text, &rest);

  return number != NULL && *rest == '\0';
}

static gboolean
reads_as_term (const char *text)
{
  /* any period will do: we ask only whether the text is a term */
  KartaPeriod    period = { karta_day_from_ymd (2023, 9, 1), karta_day_from_ymd (2024, 8, 31) };
  KartaSchedule *schedule = karta_terms_parse (text, &period);
  gboolean       term = schedule->kind != KARTA_SCHEDULE_UNPARSED && schedule->kind != KARTA_SCHEDULE_NONE;

  karta_schedule_free (schedule);
  return term;
}

static void
count_cells (const KartaTable *table,
             guint             first_row,
             ColumnCells      *cells)
{
  for (guint r = first_row; r < table->rows->len; r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        const KartaCell *cell = karta_table_get_cell_at (table, r, c);
        g_autofree char *text = NULL;

        /* rows across the table are sections, not a column's cells */
        if (cell == NULL || cell->column != c || cell->column_span > 1)
          continue;
        text = karta_cell_get_text (cell);
        g_strstrip (text);
        if (*text == '\0')
          continue;
        cells[c].filled++;
        cells[c].length += g_utf8_strlen (text, -1);
        cells[c].terms += reads_as_term (text);
        cells[c].numbers += is_number (text);
      }
}

static double
mean_length (const ColumnCells *cells)
{
  return cells->filled > 0 ? (double) cells->length / cells->filled : 0;
}

/* The free column with the longest cells from @from on, -1 for none. */
static int
longest_free (const KartaTable  *table,
              const ColumnCells *cells,
              const KartaField  *fields,
              guint              from,
              guint              min_filled)
{
  int best = -1;

  for (guint c = from; c < table->n_columns; c++)
    if (fields[c] == KARTA_FIELD_NONE && cells[c].filled >= min_filled &&
        (best < 0 || mean_length (&cells[c]) > mean_length (&cells[best])))
      best = c;
  return best;
}

static int
column_of (const KartaField *fields,
           guint             n_columns,
           KartaField        field)
{
  for (guint c = 0; c < n_columns; c++)
    if (fields[c] == field)
      return c;
  return -1;
}

static void
guess_numbers_and_terms (const KartaTable  *table,
                         const ColumnCells *cells,
                         KartaField        *fields)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (fields[c] != KARTA_FIELD_NONE || cells[c].filled == 0)
        continue;
      if (c < 2 && !karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_NUMBER) &&
          cells[c].numbers * 10 >= cells[c].filled * 7)
        fields[c] = KARTA_FIELD_NUMBER;
      else if (!karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_TERM) &&
               !karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_START) &&
               cells[c].terms * 2 >= cells[c].filled)
        fields[c] = KARTA_FIELD_TERM;
    }
}

/**
 * karta_recognise_guess_fields:
 * @open: which columns may be guessed: those a header left unnamed
 * @fields: (inout): the columns' fields; the open ones still
 *   %KARTA_FIELD_NONE are guessed from the cells from @first_row on
 */
void
karta_recognise_guess_fields (const KartaTable *table,
                              guint             first_row,
                              const gboolean   *open,
                              KartaField       *fields)
{
  g_autofree ColumnCells *cells = g_new0 (ColumnCells, MAX (table->n_columns, 1));
  guint                   enough = 0;
  int                     title, after;

  count_cells (table, first_row, cells);
  /* a column not open is left out as if it were empty */
  for (guint c = 0; c < table->n_columns; c++)
    if (!open[c])
      cells[c] = (ColumnCells){ 0 };
  for (guint c = 0; c < table->n_columns; c++)
    enough = MAX (enough, cells[c].filled);
  enough = MAX (enough / 3, 1);

  guess_numbers_and_terms (table, cells, fields);
  title = column_of (fields, table->n_columns, KARTA_FIELD_TITLE);
  if (title < 0 && (title = longest_free (table, cells, fields, 0, enough)) >= 0)
    fields[title] = KARTA_FIELD_TITLE;
  if (title < 0)
    return;
  /* who answers for it: the first free column after the title */
  if (!karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_RESPONSIBLE))
    for (guint c = title + 1; c < table->n_columns; c++)
      if (fields[c] == KARTA_FIELD_NONE && cells[c].filled >= enough)
        {
          fields[c] = KARTA_FIELD_RESPONSIBLE;
          break;
        }
  after = MAX (title, column_of (fields, table->n_columns, KARTA_FIELD_TERM)) + 1;
  if (!karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_RESULT) &&
      (after = longest_free (table, cells, fields, after, enough)) >= 0 && mean_length (&cells[after]) >= 20)
    fields[after] = KARTA_FIELD_RESULT;
}

static gboolean
row_has_term_or_number (const KartaTableRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    {
      g_autofree char *text = karta_cell_get_text (g_ptr_array_index (row->cells, i));
      g_strstrip (text);
      if (*text != '\0' && (is_number (text) || reads_as_term (text)))
        return TRUE;
    }
  return FALSE;
}

/**
 * karta_recognise_guess_first_row:
 *
 * Returns: where a table without a recognised header starts its plan: after
 *   a first row with neither a number nor a term (a header in words we do
 *   not know), else at its first row
 */
guint
karta_recognise_guess_first_row (const KartaTable *table)
{
  const KartaTableRow *row;

  if (table->rows->len < 2)
    return 0;
  row = g_ptr_array_index (table->rows, 0);
  if (row->is_header || (row->cells->len > 1 && !row_has_term_or_number (row)))
    return 1;
  return 0;
}
