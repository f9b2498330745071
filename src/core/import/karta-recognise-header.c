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
  { KARTA_FIELD_START, { "начало", "дата начала", "срок начала", "старт", NULL } },
  { KARTA_FIELD_END, { "окончани", "завершени", "дата конца", NULL } },
  { KARTA_FIELD_STATUS, { "отметк", "статус", "информация о выполнен", "информация об исполнен", "сведения о выполнен", "выполнено", NULL } },
  { KARTA_FIELD_EVIDENCE, { "подтвержд", "отчетн", "форма отчет", "форма контрол", "форма предоставлен", "форма представлен", "документ", NULL } },
  { KARTA_FIELD_RESULT, { "результат", "эффект", "продукт", NULL } },
  { KARTA_FIELD_TERM, { "срок", "дата", "период", "время", "когда", NULL } },
  /* «Ответственные исполнители на уровне ОО» beside «… на муниципальном уровне» */
  { KARTA_FIELD_EXECUTORS, { "на уровне оо", "на уровне оу", "на уровне образовательн", "на уровне школ", "на институциональном", "на школьном", NULL } },
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

/* A header cell of two paragraphs may name two things: «Направление
 * деятельности» over «Наименование мероприятия». Its rows give the
 * activities' names; the directions span the table as section rows. */
static KartaField
match_header_cell (const KartaCell *cell)
{
  KartaField       first = KARTA_FIELD_NONE;
  g_autofree char *text = NULL;

  if (cell == NULL)
    return KARTA_FIELD_NONE;
  for (guint i = 0; i < cell->paragraphs->len; i++)
    {
      KartaField field = karta_recognise_match_header (g_ptr_array_index (cell->paragraphs, i));
      if (field == KARTA_FIELD_TITLE)
        return field;
      if (first == KARTA_FIELD_NONE)
        first = field;
    }
  if (first != KARTA_FIELD_NONE)
    return first;
  text = karta_cell_get_text (cell);
  return karta_recognise_match_header (text);
}

/* Under a parent, a sub-header names the field more closely: «Сроки» over
 * «начало | окончание», «Ответственные» over «район | ОУ». */
static KartaField
refine_field (KartaField       parent,
              const KartaCell *parent_cell,
              const KartaCell *sub_cell,
              guint            column)
{
  KartaField       sub = match_header_cell (sub_cell);
  g_autofree char *sub_text = karta_cell_get_text (sub_cell);
  g_autofree char *kind = NULL;

  if (sub == KARTA_FIELD_START || sub == KARTA_FIELD_END)
    return sub;
  if (sub != KARTA_FIELD_NONE && !(parent == KARTA_FIELD_TERM && sub == KARTA_FIELD_TERM))
    return sub;
  if (parent == KARTA_FIELD_TERM && parent_cell->column_span == 2)
    return column == parent_cell->column ? KARTA_FIELD_START : KARTA_FIELD_END;
  if (parent == KARTA_FIELD_RESPONSIBLE && (column > parent_cell->column || names_schools (sub_text, &kind)))
    return column > parent_cell->column ? KARTA_FIELD_EXECUTORS : parent;
  return parent;
}

static guint
count_distinct (const KartaField *fields,
                guint             n_columns)
{
  guint seen = 0, distinct = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      if (fields[c] != KARTA_FIELD_NONE && (seen & (1u << fields[c])) == 0)
        distinct++;
      seen |= 1u << fields[c];
    }
  return distinct;
}

/* Fields of the columns of a header of @height rows starting at @first;
 * returns how many different fields it names. */
static guint
match_columns (const KartaTable *table,
               guint             first,
               guint             height,
               KartaField       *fields)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      const KartaCell *top_cell = karta_table_get_cell_at (table, first, c);
      const KartaCell *bottom_cell = karta_table_get_cell_at (table, first + height - 1, c);
      KartaField       field = match_header_cell (top_cell);

      if (bottom_cell != top_cell && bottom_cell != NULL && top_cell != NULL)
        field = refine_field (field, top_cell, bottom_cell, c);
      fields[c] = field;
    }
  return count_distinct (fields, table->n_columns);
}

static void
replace_field (KartaField *fields,
               guint       n_columns,
               KartaField  from,
               KartaField  to)
{
  for (guint c = 0; c < n_columns; c++)
    if (fields[c] == from)
      fields[c] = to;
}

/**
 * karta_recognise_header_fits:
 *
 * Whether @fields are a plan's: a title and a term, a start or someone
 * who answers for it.
 */
gboolean
karta_recognise_header_fits (const KartaField *fields,
                             guint             n_columns)
{
  return karta_recognise_has_field (fields, n_columns, KARTA_FIELD_TITLE) &&
         (karta_recognise_has_field (fields, n_columns, KARTA_FIELD_TERM) || karta_recognise_has_field (fields, n_columns, KARTA_FIELD_START) ||
          karta_recognise_has_field (fields, n_columns, KARTA_FIELD_RESPONSIBLE) || karta_recognise_has_field (fields, n_columns, KARTA_FIELD_EXECUTORS) ||
          karta_recognise_has_field (fields, n_columns, KARTA_FIELD_PARTICIPANTS));
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

/**
 * karta_recognise_find_header:
 * @fields: (out caller-allocates): n_columns of them
 *
 * Looks for the header among the first rows of @table.
 *
 * Returns: how many different fields the best header names, 0 when no
 *   row reads as a plan's header
 */
guint
karta_recognise_find_header (const KartaTable *table,
                             guint            *header_row,
                             guint            *first_row,
                             KartaField       *fields)
{
  g_autofree KartaField *candidate = g_new0 (KartaField, MAX (table->n_columns, 1));
  guint                  best = 0;

  for (guint first = 0; first < MIN (table->rows->len, 8); first++)
    {
      guint height = header_height (table, first);
      guint score = match_columns (table, first, height, candidate);

      if (score < 2 || score <= best || !karta_recognise_header_fits (candidate, table->n_columns))
        continue;
      best = score;
      *header_row = first;
      *first_row = first + height;
      memcpy (fields, candidate, table->n_columns * sizeof *fields);
    }
  if (best == 0)
    return 0;
  /* Who answers for an activity is its responsible, whatever the header
   * calls them, when no column is named so. */
  if (!karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_RESPONSIBLE))
    {
      if (karta_recognise_has_field (fields, table->n_columns, KARTA_FIELD_EXECUTORS))
        replace_field (fields, table->n_columns, KARTA_FIELD_EXECUTORS, KARTA_FIELD_RESPONSIBLE);
      else
        replace_field (fields, table->n_columns, KARTA_FIELD_PARTICIPANTS, KARTA_FIELD_RESPONSIBLE);
    }
  if (*first_row < table->rows->len && is_numbering_row (table, *first_row))
    (*first_row)++;
  return best;
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
 * karta_recognise_header_text:
 *
 * Returns: (transfer full): the header's text over @column, its rows
 *   joined by " / ", "" when the plan has no header
 */
char *
karta_recognise_header_text (const KartaTable *table,
                             guint             header_row,
                             guint             first_row,
                             guint             column)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const KartaCell *last = NULL;

  for (guint r = header_row; r < first_row; r++)
    {
      const KartaCell *cell = karta_table_get_cell_at (table, r, column);
      g_autofree char *line = NULL;

      if (cell == NULL || cell == last || is_numbering_row (table, r))
        continue;
      last = cell;
      line = cell_text (table, r, column);
      if (*line != '\0')
        g_string_append_printf (text, text->len > 0 ? " / %s" : "%s", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * karta_recognise_columns:
 * @fields: what each column holds, from the layout
 * @columns: (out caller-allocates): cleared with karta_columns_clear()
 *
 * Sets up the walk of @table's rows from @first_row: the school kinds its
 * header names and the header rows to know when they repeat on a new page.
 */
void
karta_recognise_columns (const KartaTable *table,
                         const KartaField *fields,
                         guint             header_row,
                         guint             first_row,
                         KartaColumns     *columns)
{
  memset (columns, 0, sizeof *columns);
  columns->n_columns = table->n_columns;
  columns->fields = g_new0 (KartaField, MAX (table->n_columns, 1));
  memcpy (columns->fields, fields, table->n_columns * sizeof *fields);
  columns->school_kinds = g_new0 (char *, MAX (table->n_columns, 1) + 1);
  columns->header_texts = g_ptr_array_new_with_free_func (g_free);
  columns->first_body_row = first_row;

  for (guint r = header_row; r < first_row; r++)
    g_ptr_array_add (columns->header_texts, row_text (g_ptr_array_index (table->rows, r)));
  for (guint c = 0; first_row > header_row && c < table->n_columns; c++)
    {
      const KartaCell *top = karta_table_get_cell_at (table, header_row, c);
      const KartaCell *bottom = karta_table_get_cell_at (table, first_row - 1, c);
      g_autofree char *text = bottom != NULL && bottom != top ? karta_cell_get_text (bottom) : NULL;

      if (text != NULL)
        names_schools (text, &columns->school_kinds[c]);
    }
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
