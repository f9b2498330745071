/* karta-recognise.c — a roadmap from the table model
 *
 * One recogniser for every importer: the columns are found by their
 * header's words, sections by their rows that span the table, activities by
 * the rest; the order, title, goal and abbreviations come from the
 * paragraphs around the table (karta-recognise-text.c, -heading.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-recognise-private.h"
#include "karta-terms.h"

typedef struct
{
  const KartaTable *table;
  KartaColumns      columns;
  KartaRoadmap     *roadmap;
  GPtrArray        *stack; /* of KartaSection*, borrowed: the open sections, outermost first */
  KartaPeriod       period;
  gboolean          has_terms; /* the plan has a term column: a row with a title alone is a section's */
  KartaActivity    *last;      /* borrowed: the activity of the row before, if any */
} Walk;

typedef enum
{
  LIST_NONE,
  LIST_TASKS,
  LIST_INDICATORS,
} ListKind;

/* A cell's paragraphs as one line. */
static char *
cell_line (const KartaCell *cell)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < cell->paragraphs->len; i++)
    g_string_append_printf (text, "%s ", (char *) g_ptr_array_index (cell->paragraphs, i));
  return karta_text_fold_whitespace (text->str);
}

static char *
null_if_empty (char *text)
{
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
starts_with_number (const char *text)
{
  g_autofree char *number = karta_recognise_split_number (text, NULL);

  return number != NULL;
}

static ListKind
list_marker (const char  *text,
             const char **rest)
{
  g_autofree char *folded = karta_recognise_casefold (text);
  static const struct
  {
    const char *stem;
    ListKind    kind;
  } markers[] = {
    { "задачи", LIST_TASKS },
    { "задача", LIST_TASKS },
    { "показатели", LIST_INDICATORS },
    { "целевые показатели", LIST_INDICATORS },
    { "индикаторы", LIST_INDICATORS },
    { "показатель", LIST_INDICATORS },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      gsize       length = strlen (markers[i].stem);
      const char *p;

      if (!g_str_has_prefix (folded, markers[i].stem))
        continue;
      p = text + length; /* Cyrillic keeps its length when casefolded */
      if (*p != '\0' && *p != ':' && *p != ' ')
        continue;
      while (*p == ':' || *p == ' ')
        p++;
      /* «Задача 1. Повысить …» heads a section; «Задачи: …» lists them */
      if (p[-1] == ' ' && starts_with_number (p))
        continue;
      *rest = p;
      return markers[i].kind;
    }
  return LIST_NONE;
}

/* "Направление: Методическая работа", "Блок 2: …": the label is not the title. */
static const char *
skip_section_label (const char *text)
{
  static const char *const labels[] = { "направлени", "блок", "модуль", "раздел", NULL };
  g_autofree char         *folded = karta_recognise_casefold (text);
  const char              *colon = strchr (text, ':');

  if (colon == NULL || colon - text > 40)
    return text;
  for (const char *const *label = labels; *label != NULL; label++)
    if (g_str_has_prefix (folded, *label))
      {
        for (colon++; *colon == ' '; colon++)
          ;
        return *colon != '\0' ? colon : text;
      }
  return text;
}

static void
add_list_items (KartaSection *section,
                GPtrArray    *paragraphs,
                guint         first)
{
  ListKind list = LIST_NONE;

  for (guint i = first; i < paragraphs->len; i++)
    {
      const char *text = g_ptr_array_index (paragraphs, i);
      const char *rest = NULL;
      ListKind    marker = list_marker (text, &rest);

      if (marker != LIST_NONE)
        {
          list = marker;
          text = rest;
        }
      if (*text == '\0')
        continue;
      if (list == LIST_TASKS)
        g_ptr_array_add (section->tasks, karta_recognise_strip_bullet (text));
      else if (list == LIST_INDICATORS)
        g_ptr_array_add (section->indicators, karta_recognise_strip_bullet (text));
      else if (section->title != NULL)
        {
          char *title = g_strdup_printf ("%s %s", section->title, text);
          g_free (section->title);
          section->title = title;
        }
      else
        section->title = g_strdup (skip_section_label (text));
    }
}

static KartaSection *
current_section (Walk *walk)
{
  KartaSection *section;

  if (walk->stack->len > 0)
    return g_ptr_array_index (walk->stack, walk->stack->len - 1);
  section = karta_section_new (NULL, NULL);
  g_ptr_array_add (walk->roadmap->sections, section);
  g_ptr_array_add (walk->stack, section);
  return section;
}

/* Whether @number is inside the section numbered @outer: "2.1.3" in "2.1". */
static gboolean
is_inside (const char *number,
           const char *outer)
{
  gsize length;

  if (number == NULL || outer == NULL)
    return FALSE;
  length = strlen (outer);
  return strncmp (number, outer, length) == 0 && number[length] == '.';
}

static void
open_section (Walk         *walk,
              KartaSection *section)
{
  while (walk->stack->len > 0)
    {
      KartaSection *top = g_ptr_array_index (walk->stack, walk->stack->len - 1);
      if (is_inside (section->number, top->number))
        break;
      g_ptr_array_set_size (walk->stack, walk->stack->len - 1);
    }
  if (walk->stack->len > 0)
    g_ptr_array_add (((KartaSection *) g_ptr_array_index (walk->stack, walk->stack->len - 1))->sections, section);
  else
    g_ptr_array_add (walk->roadmap->sections, section);
  g_ptr_array_add (walk->stack, section);
}

static const char *
first_paragraph (const KartaCell *cell,
                 guint           *index)
{
  for (guint i = 0; i < cell->paragraphs->len; i++)
    if (!karta_text_is_blank (g_ptr_array_index (cell->paragraphs, i)))
      {
        if (index != NULL)
          *index = i;
        return g_ptr_array_index (cell->paragraphs, i);
      }
  if (index != NULL)
    *index = cell->paragraphs->len;
  return "";
}

/* A row of one cell across the table: "1. Организационные мероприятия",
 * then maybe «Задачи:» and «Показатели:» with their items. */
static void
add_section_row (Walk            *walk,
                 const KartaCell *cell)
{
  guint            index;
  const char      *first = first_paragraph (cell, &index);
  const char      *rest = NULL;
  KartaSection    *section;
  g_autofree char *number = NULL;

  /* «Задачи:» in a row of its own belongs to the section above. */
  if (list_marker (first, &rest) != LIST_NONE && walk->stack->len > 0)
    {
      add_list_items (current_section (walk), cell->paragraphs, index);
      return;
    }
  number = karta_recognise_split_number (first, &rest);
  rest = skip_section_label (rest);
  section = karta_section_new (number, *rest != '\0' ? rest : NULL);
  open_section (walk, section);
  add_list_items (section, cell->paragraphs, index + 1);
}

static char *
field_text (Walk      *walk,
            guint      row,
            KartaField field,
            guint     *column)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint c = 0; c < walk->columns.n_columns; c++)
    {
      const KartaCell *cell;
      g_autofree char *line = NULL;

      if (walk->columns.fields[c] != field)
        continue;
      cell = karta_table_get_cell_at (walk->table, row, c);
      /* A cell across two columns belongs to the first. */
      if (cell == NULL || cell->column != c)
        continue;
      line = cell_line (cell);
      if (*line == '\0')
        continue;
      if (column != NULL && text->len == 0)
        *column = c;
      g_string_append_printf (text, text->len > 0 ? ", %s" : "%s", line);
    }
  return null_if_empty (g_string_free (g_steal_pointer (&text), FALSE));
}

static char *
clean_number (char *number)
{
  gsize length;

  if (number == NULL)
    return NULL;
  length = strlen (number);
  while (length > 0 && (number[length - 1] == '.' || number[length - 1] == ' ' || number[length - 1] == ')'))
    number[--length] = '\0';
  return null_if_empty (number);
}

static void
add_schools (Walk          *walk,
             KartaActivity *activity,
             guint          row,
             KartaField     field)
{
  for (guint c = 0; c < walk->columns.n_columns; c++)
    {
      const KartaCell *cell;
      g_autofree char *line = NULL;
      g_autoptr (GPtrArray) schools = NULL;

      if (walk->columns.fields[c] != field ||
          (cell = karta_table_get_cell_at (walk->table, row, c)) == NULL || cell->column != c)
        continue;
      line = cell_line (cell);
      schools = karta_recognise_schools (line, walk->columns.school_kinds[c]);
      for (guint i = 0; i < schools->len; i++)
        {
          const char *name = g_ptr_array_index (schools, i);
          gboolean    known = FALSE;
          for (guint k = 0; k < activity->schools->len && !known; k++)
            known = strcmp (((KartaRef *) g_ptr_array_index (activity->schools, k))->name, name) == 0;
          if (!known)
            g_ptr_array_add (activity->schools, karta_ref_new (0, name));
        }
    }
}

/* The term as written, or its start and end from two columns. */
static char *
read_term (Walk *walk,
           guint row)
{
  char            *term = field_text (walk, row, KARTA_FIELD_TERM, NULL);
  g_autofree char *start = field_text (walk, row, KARTA_FIELD_START, NULL);
  g_autofree char *end = field_text (walk, row, KARTA_FIELD_END, NULL);

  if (term != NULL || (start == NULL && end == NULL))
    return term;
  if (start != NULL && end != NULL && strcmp (start, end) != 0)
    return g_strdup_printf ("%s – %s", start, end);
  return g_strdup (start != NULL ? start : end);
}

static KartaActivity *
read_activity (Walk *walk,
               guint row)
{
  KartaActivity *activity = karta_activity_new ();

  activity->number = clean_number (field_text (walk, row, KARTA_FIELD_NUMBER, NULL));
  activity->title = field_text (walk, row, KARTA_FIELD_TITLE, NULL);
  activity->term = read_term (walk, row);
  activity->notes = field_text (walk, row, KARTA_FIELD_STATUS, NULL);
  activity->responsible = field_text (walk, row, KARTA_FIELD_RESPONSIBLE, NULL);
  activity->executors = field_text (walk, row, KARTA_FIELD_EXECUTORS, NULL);
  activity->participants = field_text (walk, row, KARTA_FIELD_PARTICIPANTS, NULL);
  activity->result = field_text (walk, row, KARTA_FIELD_RESULT, NULL);
  activity->evidence = field_text (walk, row, KARTA_FIELD_EVIDENCE, NULL);
  activity->direction = field_text (walk, row, KARTA_FIELD_DIRECTION, NULL);
  g_clear_pointer (&activity->schedule, karta_schedule_free);
  activity->schedule = karta_terms_parse (activity->term, &walk->period);
  add_schools (walk, activity, row, KARTA_FIELD_RESPONSIBLE);
  add_schools (walk, activity, row, KARTA_FIELD_EXECUTORS);
  add_schools (walk, activity, row, KARTA_FIELD_PARTICIPANTS);
  return activity;
}

/* Nothing but a number and a title: a heading of the rows numbered under it. */
static gboolean
is_grouping (const KartaActivity *activity,
             const char          *next_number)
{
  return activity->number != NULL && activity->title != NULL &&
         activity->term == NULL && activity->responsible == NULL && activity->executors == NULL &&
         activity->participants == NULL && activity->result == NULL && activity->evidence == NULL &&
         is_inside (next_number, activity->number);
}

static void
place_activity (Walk          *walk,
                KartaActivity *activity)
{
  current_section (walk);
  /* "2.2" after the rows of "2.1" goes back to section 2. */
  while (activity->number != NULL && walk->stack->len > 1)
    {
      KartaSection *top = g_ptr_array_index (walk->stack, walk->stack->len - 1);
      if (top->number == NULL || is_inside (activity->number, top->number))
        break;
      g_ptr_array_set_size (walk->stack, walk->stack->len - 1);
    }
  g_ptr_array_add (current_section (walk)->activities, activity);
  walk->last = activity;
}

static void
append_text (char      **field,
             const char *more)
{
  char *joined;

  if (more == NULL)
    return;
  joined = *field != NULL ? g_strdup_printf ("%s %s", *field, more) : g_strdup (more);
  g_free (*field);
  *field = joined;
}

/* A row cut by a page break: no number, no term, its title going on in lower
 * case («математики и физики») after the row before. */
static gboolean
continue_activity (Walk *walk,
                   guint row)
{
  g_autoptr (KartaActivity) rest = NULL;
  g_autofree char *number = NULL;
  g_autofree char *term = NULL;

  if (walk->last == NULL || (number = clean_number (field_text (walk, row, KARTA_FIELD_NUMBER, NULL))) != NULL ||
      (term = read_term (walk, row)) != NULL)
    return FALSE;
  rest = read_activity (walk, row);
  if (rest->title == NULL || !g_unichar_islower (g_utf8_get_char (rest->title)))
    return FALSE;
  append_text (&walk->last->title, rest->title);
  append_text (&walk->last->responsible, rest->responsible);
  append_text (&walk->last->executors, rest->executors);
  append_text (&walk->last->participants, rest->participants);
  append_text (&walk->last->result, rest->result);
  append_text (&walk->last->evidence, rest->evidence);
  append_text (&walk->last->notes, rest->notes);
  while (rest->schools->len > 0)
    g_ptr_array_add (walk->last->schools, g_ptr_array_steal_index (rest->schools, 0));
  return TRUE;
}

/* The only cell of @row with text, or NULL when there are more or none. */
static const KartaCell *
single_cell (const KartaTableRow *row,
             guint               *n_filled)
{
  const KartaCell *single = NULL;

  *n_filled = 0;
  for (guint i = 0; i < row->cells->len; i++)
    {
      const KartaCell *cell = g_ptr_array_index (row->cells, i);
      g_autofree char *text = karta_cell_get_text (cell);
      if (karta_text_is_blank (text))
        continue;
      single = cell;
      (*n_filled)++;
    }
  return *n_filled == 1 ? single : NULL;
}

/* A row of one cell: across the table, numbered («2.», «II.», «Раздел 2»),
 * or a title alone in a plan whose activities have terms (a bold heading). */
static gboolean
is_section_row (Walk                *walk,
                const KartaTableRow *row,
                const KartaCell     *cell)
{
  g_autofree char *number = NULL;

  if (cell == NULL)
    return FALSE;
  if (cell->column_span >= 2 || row->cells->len == 1)
    return TRUE;
  number = karta_recognise_split_number (first_paragraph (cell, NULL), NULL);
  if (number != NULL)
    return walk->columns.fields[cell->column] != KARTA_FIELD_NUMBER;
  return walk->has_terms && walk->columns.fields[cell->column] == KARTA_FIELD_TITLE;
}

static char *
next_row_number (Walk *walk,
                 guint row)
{
  for (guint r = row + 1; r < walk->table->rows->len; r++)
    {
      char *number = clean_number (field_text (walk, r, KARTA_FIELD_NUMBER, NULL));
      if (number != NULL)
        return number;
    }
  return NULL;
}

static KartaSection *
open_section_or_null (Walk *walk)
{
  return walk->stack->len > 0 ? g_ptr_array_index (walk->stack, walk->stack->len - 1) : NULL;
}

static void
walk_rows (Walk *walk)
{
  gboolean before_plan = TRUE;

  walk->has_terms = karta_recognise_has_field (walk->columns.fields, walk->columns.n_columns, KARTA_FIELD_TERM) || karta_recognise_has_field (walk->columns.fields, walk->columns.n_columns, KARTA_FIELD_START);
  for (guint r = walk->columns.first_body_row; r < walk->table->rows->len; r++)
    {
      const KartaTableRow *row = g_ptr_array_index (walk->table->rows, r);
      const KartaCell     *cell;
      KartaActivity       *activity;
      g_autofree char     *next = NULL;
      guint                n_filled;

      if (row->is_header || karta_recognise_is_header_repeat (walk->table, r, &walk->columns))
        continue;
      cell = single_cell (row, &n_filled);
      if (n_filled == 0 ||
          karta_recognise_context_row (row, before_plan, walk->roadmap, open_section_or_null (walk)))
        continue;
      if (continue_activity (walk, r))
        continue;
      if (is_section_row (walk, row, cell))
        {
          add_section_row (walk, cell);
          walk->last = NULL;
          continue;
        }
      before_plan = FALSE;
      activity = read_activity (walk, r);
      next = next_row_number (walk, r);
      if (is_grouping (activity, next))
        {
          open_section (walk, karta_section_new (activity->number, activity->title));
          karta_activity_free (activity);
          walk->last = NULL;
          continue;
        }
      place_activity (walk, activity);
    }
}

/* Rows of the tables before the plan, and of its table above its header,
 * that are context blocks. */
static void
read_context_above (const KartaImportDocument *document,
                    const KartaImportLayout   *layout,
                    KartaRoadmap              *roadmap)
{
  for (guint t = 0; t <= layout->table; t++)
    {
      const KartaTable *table = g_ptr_array_index (document->tables, t);
      guint             end = t == layout->table ? layout->header_row : table->rows->len;

      for (guint r = 0; r < end; r++)
        karta_recognise_context_row (g_ptr_array_index (table->rows, r), TRUE, roadmap, NULL);
    }
}

static void
walk_table (const KartaTable *table,
            const KartaField *fields,
            guint             header_row,
            guint             first_row,
            KartaRoadmap     *roadmap,
            GPtrArray        *stack)
{
  Walk walk = { 0 };

  walk.table = table;
  walk.roadmap = roadmap;
  walk.stack = stack;
  walk.period = roadmap->period;
  karta_recognise_columns (table, fields, header_row, first_row, &walk.columns);
  walk_rows (&walk);
  karta_columns_clear (&walk.columns);
}

/* A roadmap split into several tables (a page each) goes on in the next
 * ones of the same columns, with or without a header of their own. */
static void
walk_continuations (const KartaImportDocument *document,
                    const KartaImportLayout   *layout,
                    KartaRoadmap              *roadmap,
                    GPtrArray                 *stack)
{
  for (guint t = layout->table + 1; t < document->tables->len; t++)
    {
      const KartaTable      *table = g_ptr_array_index (document->tables, t);
      g_autofree KartaField *fields = g_new0 (KartaField, MAX (table->n_columns, 1));
      guint                  header_row = 0, first_row = 0, name_column, category_column;

      if (table->n_columns != layout->n_columns || karta_recognise_school_list (table, &name_column, &category_column))
        continue;
      if (karta_recognise_find_header (table, &header_row, &first_row, fields) == 0)
        memcpy (fields, layout->fields, table->n_columns * sizeof *fields);
      walk_table (table, fields, header_row, first_row, roadmap, stack);
    }
}

/* The paragraphs above the plan's table: before the first table, and between
 * the tables up to the plan's (an order, its list of schools, then the plan
 * under its own heading). Borrowed from @document. */
static GPtrArray *
paragraphs_above (const KartaImportDocument *document,
                  const KartaTable          *plan)
{
  GPtrArray *above = g_ptr_array_new ();

  for (guint i = 0; i < document->before->len; i++)
    g_ptr_array_add (above, g_ptr_array_index (document->before, i));
  for (guint i = 0; i < plan->n_after && i < document->after->len; i++)
    g_ptr_array_add (above, g_ptr_array_index (document->after, i));
  return above;
}

/**
 * karta_import_recognise_with:
 * @document: what an importer read
 * @period: (nullable): the roadmap's period, or %NULL to find it in the text
 * @layout: which table is the plan and what its columns hold
 *
 * Recognises the roadmap in @document: the approving order, title, goal
 * and context, sections with their tasks and indicators, activities with
 * their terms parsed, the schools named in them, and the abbreviations.
 * Activities without a number get one from their position.
 *
 * Returns: (transfer full) (nullable): the roadmap, or %NULL with @error
 *   set when @layout is not one of @document
 */
KartaRoadmap *
karta_import_recognise_with (const KartaImportDocument *document,
                             const KartaPeriod         *period,
                             const KartaImportLayout   *layout,
                             GError                   **error)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();
  g_autoptr (GPtrArray) above = NULL;
  const KartaTable *table;
  gboolean          period_said = TRUE;

  g_return_val_if_fail (document != NULL && layout != NULL, NULL);

  if (layout->table >= document->tables->len ||
      (table = g_ptr_array_index (document->tables, layout->table))->n_columns != layout->n_columns)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("%s: the columns chosen are not of this document"),
                   document->file_name);
      return NULL;
    }
  karta_recognise_order (document->before, roadmap->order);
  above = paragraphs_above (document, table);
  karta_recognise_heading (document, above, roadmap);
  karta_recognise_glossary (document, roadmap->glossary);
  if (period != NULL && period->start != KARTA_DAY_NONE)
    roadmap->period = *period;
  else
    period_said = karta_recognise_period (above, roadmap);

  read_context_above (document, layout, roadmap);
  walk_table (table, layout->fields, layout->header_row, layout->first_row, roadmap, stack);
  walk_continuations (document, layout, roadmap, stack);
  if (roadmap->sections->len == 0)
    g_ptr_array_add (roadmap->sections, karta_section_new (NULL, NULL));
  if (!period_said)
    karta_recognise_settle_period (roadmap);
  karta_recognise_number_activities (roadmap);
  karta_recognise_listed_schools (document, layout, roadmap);
  karta_recognise_stated_risks (document, above, layout, roadmap);
  return g_steal_pointer (&roadmap);
}

/**
 * karta_import_recognise:
 *
 * karta_import_recognise_with() the layout karta_import_find_layout()
 * finds.
 *
 * Returns: (transfer full) (nullable): the roadmap, or %NULL with @error set
 *   when @document has no table
 */
KartaRoadmap *
karta_import_recognise (const KartaImportDocument *document,
                        const KartaPeriod         *period,
                        GError                   **error)
{
  g_autoptr (KartaImportLayout) layout = karta_import_find_layout (document, error);

  if (layout == NULL)
    return NULL;
  return karta_import_recognise_with (document, period, layout, error);
}
