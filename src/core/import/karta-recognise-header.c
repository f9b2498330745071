/* karta-recognise-header.c — which column holds what, from the header's words
 *
 * Offices word and order their columns as they like: «№ п/п» or «№»,
 * «Мероприятия» or «Наименование мероприятия (краткое содержание)», «Сроки»
 * or «Сроки исполнения». We look for word stems, the more specific fields
 * first: «Срок исполнения» is a term, not executors; «Ожидаемый результат
 * мероприятия» is a result, not a title.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-recognise-private.h"

typedef struct
{
  KartaField  field;
  const char *stems[8];
} FieldStems;

/* In the order they are tried. */
static const FieldStems field_stems[] = {
  { KARTA_FIELD_EVIDENCE, { "подтвержд", "отчетн", "форма отчет", "форма контрол", "документ", NULL } },
  { KARTA_FIELD_RESULT, { "результат", "эффект", "продукт", NULL } },
  { KARTA_FIELD_TERM, { "срок", "дата", "период", "время", "когда", NULL } },
  { KARTA_FIELD_RESPONSIBLE, { "ответствен", "куратор", "координатор", NULL } },
  { KARTA_FIELD_EXECUTORS, { "исполнител", "соисполн", "исполняет", NULL } },
  { KARTA_FIELD_PARTICIPANTS, { "участник", "целевая", "категори", NULL } },
  { KARTA_FIELD_DIRECTION, { "направлен", NULL } },
  { KARTA_FIELD_NUMBER, { "№", "п/п", "номер", NULL } },
  { KARTA_FIELD_TITLE, { "мероприят", "наименован", "содержан", "названи", "вид работ", "деятельност", "действи", NULL } },
};

static gboolean
has_stem (const char *folded,
          const char *stem)
{
  for (const char *p = strstr (folded, stem); p != NULL; p = strstr (p + 1, stem))
    {
      gunichar before;

      if (p == folded)
        return TRUE;
      before = g_utf8_get_char (g_utf8_prev_char (p));
      /* At a word's start: «ответственные», not «безответственные». */
      if (!g_unichar_isalpha (before))
        return TRUE;
    }
  return FALSE;
}

/**
 * karta_recognise_match_header:
 * @text: a header cell's text
 *
 * Returns: the field a column with this header holds, or
 *   %KARTA_FIELD_NONE
 */
KartaField
karta_recognise_match_header (const char *text)
{
  g_autofree char *folded = karta_recognise_casefold (text);

  g_strstrip (folded);
  if (*folded == '\0')
    return KARTA_FIELD_NONE;
  if (strcmp (folded, "n") == 0 || strcmp (folded, "no") == 0 || strcmp (folded, "#") == 0)
    return KARTA_FIELD_NUMBER;
  for (gsize i = 0; i < G_N_ELEMENTS (field_stems); i++)
    for (const char *const *stem = field_stems[i].stems; *stem != NULL; stem++)
      if (has_stem (folded, *stem))
        return field_stems[i].field;
  return KARTA_FIELD_NONE;
}

static char *
cell_text (const KartaTable *table,
           guint             row,
           guint             column)
{
  const KartaCell *cell = karta_table_get_cell_at (table, row, column);
  g_autofree char *text = NULL;

  if (cell == NULL)
    return g_strdup ("");
  text = karta_cell_get_text (cell);
  return karta_text_fold_whitespace (text);
}

/* A kind of school that a sub-header names ("ГБОУ", "ОУ", "школы"): the
 * column is the school level, its cells may give only numbers. */
static gboolean
names_schools (const char *text,
               char      **kind)
{
  g_autofree char         *folded = karta_recognise_casefold (text);
  static const char *const kinds[] = { "гбоу", "мбоу", "мкоу", "моу", "маоу", "гоу", "оу", "оо", NULL };

  g_strstrip (folded);
  for (const char *const *k = kinds; *k != NULL; k++)
    if (strcmp (folded, *k) == 0)
      {
        *kind = g_strstrip (g_strdup (text));
        return TRUE;
      }
  *kind = NULL;
  return has_stem (folded, "школ") || has_stem (folded, "образовательн") ||
         has_stem (folded, "учрежден") || has_stem (folded, "организац");
}

/* How many rows the header takes: to the bottom of its tallest merged cell. */
static guint
header_height (const KartaTable *table,
               guint             first)
{
  const KartaTableRow *row = g_ptr_array_index (table->rows, first);
  guint                height = 1;

  for (guint i = 0; i < row->cells->len; i++)
    {
      const KartaCell *cell = g_ptr_array_index (row->cells, i);
      height = MAX (height, cell->row_span);
    }
  while (first + height < table->rows->len &&
         ((KartaTableRow *) g_ptr_array_index (table->rows, first + height))->is_header &&
         ((KartaTableRow *) g_ptr_array_index (table->rows, first))->is_header &&
         height < 3)
    height++;
  return MIN (height, table->rows->len - first);
}

/* Fields of the columns of a header of @height rows starting at @first. */
static guint
match_columns (const KartaTable *table,
               guint             first,
               guint             height,
               KartaColumns     *columns)
{
  guint distinct = 0;
  guint seen = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *top = cell_text (table, first, c);
      g_autofree char *bottom = cell_text (table, first + height - 1, c);
      const KartaCell *top_cell = karta_table_get_cell_at (table, first, c);
      const KartaCell *bottom_cell = karta_table_get_cell_at (table, first + height - 1, c);
      KartaField       field = karta_recognise_match_header (top);

      g_clear_pointer (&columns->school_kinds[c], g_free);
      if (bottom_cell != top_cell && bottom_cell != NULL)
        {
          KartaField sub = karta_recognise_match_header (bottom);
          char      *kind = NULL;

          if (sub != KARTA_FIELD_NONE)
            field = sub;
          else if (names_schools (bottom, &kind))
            {
              /* «Ответственные» split into the district and the schools. */
              columns->school_kinds[c] = kind;
              if (field == KARTA_FIELD_RESPONSIBLE && c > top_cell->column)
                field = KARTA_FIELD_EXECUTORS;
            }
          else if (field == KARTA_FIELD_RESPONSIBLE && c > top_cell->column)
            field = KARTA_FIELD_EXECUTORS;
        }
      columns->fields[c] = field;
      if (field != KARTA_FIELD_NONE && (seen & (1u << field)) == 0)
        distinct++;
      seen |= 1u << field;
    }
  return distinct;
}

static gboolean
has_field (const KartaColumns *columns,
           KartaField          field)
{
  for (guint c = 0; c < columns->n_columns; c++)
    if (columns->fields[c] == field)
      return TRUE;
  return FALSE;
}

static void
replace_field (KartaColumns *columns,
               KartaField    from,
               KartaField    to)
{
  for (guint c = 0; c < columns->n_columns; c++)
    if (columns->fields[c] == from)
      columns->fields[c] = to;
}

static gboolean
is_numbering_row (const KartaTable *table,
                  guint             row_index)
{
  const KartaTableRow *row = g_ptr_array_index (table->rows, row_index);

  if (row->cells->len < 3)
    return FALSE;
  for (guint i = 0; i < row->cells->len; i++)
    {
      g_autofree char *text = karta_cell_get_text (g_ptr_array_index (row->cells, i));
      g_strstrip (text);
      if (*text == '\0' || strspn (text, "0123456789.") != strlen (text))
        return FALSE;
    }
  return TRUE;
}

/* A row's cell texts, one line each, to compare rows. */
static char *
row_text (const KartaTableRow *row)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < row->cells->len; i++)
    {
      g_autofree char *cell = karta_cell_get_text (g_ptr_array_index (row->cells, i));
      g_string_append (text, cell);
      g_string_append_c (text, '\t');
    }
  return g_string_free (text, FALSE);
}

/**
 * karta_recognise_columns:
 * @columns: (out caller-allocates): cleared with karta_columns_clear()
 *
 * Finds the header among the first rows of @table and what each column
 * holds. A roadmap's table has at least a title column and a term or a
 * responsible one.
 *
 * Returns: whether @table looks like a roadmap's
 */
gboolean
karta_recognise_columns (const KartaTable *table,
                         KartaColumns     *columns)
{
  memset (columns, 0, sizeof *columns);
  columns->n_columns = table->n_columns;
  columns->fields = g_new0 (KartaField, MAX (table->n_columns, 1));
  columns->school_kinds = g_new0 (char *, MAX (table->n_columns, 1) + 1);
  columns->header_texts = g_ptr_array_new_with_free_func (g_free);

  for (guint first = 0; first < MIN (table->rows->len, 6); first++)
    {
      guint height = header_height (table, first);

      if (match_columns (table, first, height, columns) < 2 ||
          !has_field (columns, KARTA_FIELD_TITLE) ||
          !(has_field (columns, KARTA_FIELD_TERM) || has_field (columns, KARTA_FIELD_RESPONSIBLE) ||
            has_field (columns, KARTA_FIELD_EXECUTORS) || has_field (columns, KARTA_FIELD_PARTICIPANTS)))
        continue;

      /* Who answers for an activity is its responsible, whatever the header
       * calls them, when no column is named so. */
      if (!has_field (columns, KARTA_FIELD_RESPONSIBLE))
        {
          if (has_field (columns, KARTA_FIELD_EXECUTORS))
            replace_field (columns, KARTA_FIELD_EXECUTORS, KARTA_FIELD_RESPONSIBLE);
          else
            replace_field (columns, KARTA_FIELD_PARTICIPANTS, KARTA_FIELD_RESPONSIBLE);
        }
      columns->first_body_row = first + height;
      if (columns->first_body_row < table->rows->len && is_numbering_row (table, columns->first_body_row))
        columns->first_body_row++;
      for (guint r = first; r < first + height; r++)
        g_ptr_array_add (columns->header_texts, row_text (g_ptr_array_index (table->rows, r)));
      return TRUE;
    }
  return FALSE;
}

/* A row that repeats the header (a new page in the source), or numbers the columns. */
gboolean
karta_recognise_is_header_repeat (const KartaTable   *table,
                                  guint               row_index,
                                  const KartaColumns *columns)
{
  g_autofree char *text = NULL;

  if (is_numbering_row (table, row_index))
    return TRUE;
  text = row_text (g_ptr_array_index (table->rows, row_index));
  for (guint i = 0; i < columns->header_texts->len; i++)
    if (strcmp (text, g_ptr_array_index (columns->header_texts, i)) == 0)
      return TRUE;
  return FALSE;
}

void
karta_columns_clear (KartaColumns *columns)
{
  g_clear_pointer (&columns->fields, g_free);
  for (guint c = 0; columns->school_kinds != NULL && c < columns->n_columns; c++)
    g_free (columns->school_kinds[c]);
  g_clear_pointer (&columns->school_kinds, g_free);
  g_clear_pointer (&columns->header_texts, g_ptr_array_unref);
}
