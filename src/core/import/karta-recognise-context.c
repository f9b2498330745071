/* karta-recognise-context.c — what a plan says besides its activities
 *
 * Above the plan or in its first rows, districts write what the plan
 * answers and aims at: «Актуализация», «Анализ рискового профиля …»,
 * «Цель», «Задачи», «Показатели» — a label, then its text, in a paragraph
 * («Цель: …») or in a row (the label in the first cell, the text in the
 * next). These go to the roadmap's (or the open section's) fields, never
 * into its activities.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-recognise-private.h"

static const struct
{
  const char  *words; /* casefolded: the label's first words */
  KartaContext kind;
} labels[] = {
  { "целевые показатели", KARTA_CONTEXT_INDICATORS },
  { "целевые индикаторы", KARTA_CONTEXT_INDICATORS },
  { "показатели", KARTA_CONTEXT_INDICATORS },
  { "показатель", KARTA_CONTEXT_INDICATORS },
  { "индикаторы", KARTA_CONTEXT_INDICATORS },
  { "цель", KARTA_CONTEXT_GOAL },
  { "цели", KARTA_CONTEXT_GOAL },
  { "задачи", KARTA_CONTEXT_TASKS },
  { "задача", KARTA_CONTEXT_TASKS },
  { "актуализация", KARTA_CONTEXT_TEXT },
  { "актуальность", KARTA_CONTEXT_TEXT },
  { "обоснование", KARTA_CONTEXT_TEXT },
  { "анализ", KARTA_CONTEXT_TEXT },
  { "проблема", KARTA_CONTEXT_TEXT },
  { "проблемы", KARTA_CONTEXT_TEXT },
  { "проблемный анализ", KARTA_CONTEXT_TEXT },
  { "рисковый профиль", KARTA_CONTEXT_TEXT },
  { "риск-профиль", KARTA_CONTEXT_TEXT },
  { "описание ситуации", KARTA_CONTEXT_TEXT },
  { "исходная ситуация", KARTA_CONTEXT_TEXT },
  { "контекст", KARTA_CONTEXT_TEXT },
  { "характеристика", KARTA_CONTEXT_TEXT },
  { "основание", KARTA_CONTEXT_TEXT },
  { "основания", KARTA_CONTEXT_TEXT },
  { "нормативные основания", KARTA_CONTEXT_TEXT },
};

/* A label is short: «Цель», «Анализ рискового профиля ОО:» */
#define MAX_LABEL_LENGTH 90

/* Whether the label's words end at @p: «Цель:», «Цель проекта», not «Целевое» */
static gboolean
ends_word (const char *p)
{
  return !g_unichar_isalpha (g_utf8_get_char (p)) && *p != '-';
}

/**
 * karta_recognise_context_label:
 * @text: a paragraph or a cell's first paragraph
 * @label: (out) (optional): the label as written, without its colon
 * @rest: (out) (optional): the text after «Label:», "" for none
 *
 * Returns: which context @text starts, %KARTA_CONTEXT_NONE for none
 */
KartaContext
karta_recognise_context_label (const char  *text,
                               char       **label,
                               const char **rest)
{
  g_autofree char *folded = karta_recognise_casefold (text);
  const char      *colon = strchr (text, ':');
  gsize            label_length = colon != NULL ? (gsize) (colon - text) : strlen (text);

  if (g_utf8_strlen (text, label_length) > MAX_LABEL_LENGTH)
    return KARTA_CONTEXT_NONE;
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      /* casefolding keeps Cyrillic lengths */
      if (!g_str_has_prefix (folded, labels[i].words) || !ends_word (text + strlen (labels[i].words)))
        continue;
      if (label != NULL)
        {
          *label = g_strndup (text, label_length);
          g_strchomp (*label);
          while (g_str_has_suffix (*label, ".") || g_str_has_suffix (*label, "-"))
            (*label)[strlen (*label) - 1] = '\0';
        }
      if (rest != NULL)
        {
          *rest = colon != NULL ? colon + 1 : text + strlen (text);
          while (**rest == ' ')
            (*rest)++;
        }
      return labels[i].kind;
    }
  return KARTA_CONTEXT_NONE;
}

static void
append_line (char      **field,
             const char *line)
{
  char *joined;

  if (karta_text_is_blank (line))
    return;
  joined = *field != NULL ? g_strdup_printf ("%s\n%s", *field, line) : g_strdup (line);
  g_free (*field);
  *field = joined;
}

/**
 * karta_recognise_add_context:
 * @section: (nullable): the section open where the text stands, if any
 * @label: the label as written («Актуализация»)
 * @paragraphs: (element-type utf8): its text
 *
 * Files the text under @kind: the goal, the tasks and indicators (of
 * @section when there is one), or the roadmap's context («Label: text»).
 */
void
karta_recognise_add_context (KartaRoadmap *roadmap,
                             KartaSection *section,
                             KartaContext  kind,
                             const char   *label,
                             GPtrArray    *paragraphs)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char  *paragraph = g_ptr_array_index (paragraphs, i);
      const char  *rest = NULL;
      KartaContext next = kind == KARTA_CONTEXT_TASKS || kind == KARTA_CONTEXT_INDICATORS
                            ? karta_recognise_context_label (paragraph, NULL, &rest)
                            : KARTA_CONTEXT_NONE;

      /* «Задачи: …» then «Показатели: …» in one cell */
      if (next == KARTA_CONTEXT_TASKS || next == KARTA_CONTEXT_INDICATORS)
        {
          kind = next;
          paragraph = rest;
        }
      if (karta_text_is_blank (paragraph))
        continue;
      if (kind == KARTA_CONTEXT_TASKS)
        g_ptr_array_add (section != NULL ? section->tasks : roadmap->tasks, karta_recognise_strip_bullet (paragraph));
      else if (kind == KARTA_CONTEXT_INDICATORS)
        g_ptr_array_add (section != NULL ? section->indicators : roadmap->indicators,
                         karta_recognise_strip_bullet (paragraph));
      else
        g_string_append_printf (text, text->len > 0 ? "\n%s" : "%s", paragraph);
    }
  if (kind == KARTA_CONTEXT_GOAL)
    append_line (&roadmap->goal, text->str);
  else if (kind == KARTA_CONTEXT_TEXT && text->len > 0)
    {
      g_autofree char *block = g_strdup_printf ("%s: %s", label, text->str);
      append_line (&roadmap->context, block);
    }
}

/* The cells of @row with text, left to right */
static GPtrArray *
filled_cells (const KartaTableRow *row)
{
  GPtrArray *cells = g_ptr_array_new ();

  for (guint i = 0; i < row->cells->len; i++)
    {
      KartaCell       *cell = g_ptr_array_index (row->cells, i);
      g_autofree char *text = karta_cell_get_text (cell);
      if (!karta_text_is_blank (text))
        g_ptr_array_add (cells, cell);
    }
  return cells;
}

/* A row «Label | text», or one cell «Label: text» */
static gboolean
read_context_row (const KartaTableRow *row,
                  KartaContext        *kind,
                  char               **label,
                  GPtrArray           *paragraphs)
{
  g_autoptr (GPtrArray) cells = filled_cells (row);
  const KartaCell *first;
  const char      *rest = NULL;

  if (cells->len == 0 || cells->len > 2)
    return FALSE;
  first = g_ptr_array_index (cells, 0);
  *kind = karta_recognise_context_label (g_ptr_array_index (first->paragraphs, 0), label, &rest);
  if (*kind == KARTA_CONTEXT_NONE)
    return FALSE;
  if (*rest != '\0')
    g_ptr_array_add (paragraphs, g_strdup (rest));
  for (guint i = 1; i < first->paragraphs->len; i++)
    g_ptr_array_add (paragraphs, g_strdup (g_ptr_array_index (first->paragraphs, i)));
  if (cells->len == 2)
    {
      const KartaCell *second = g_ptr_array_index (cells, 1);
      for (guint i = 0; i < second->paragraphs->len; i++)
        g_ptr_array_add (paragraphs, g_strdup (g_ptr_array_index (second->paragraphs, i)));
    }
  return paragraphs->len > 0;
}

/**
 * karta_recognise_context_row:
 * @before_plan: whether no activity was read yet
 * @section: (nullable): the section open at @row
 *
 * Files @row's text when it is a context block.
 *
 * Returns: whether @row was one
 */
gboolean
karta_recognise_context_row (const KartaTableRow *row,
                             gboolean             before_plan,
                             KartaRoadmap        *roadmap,
                             KartaSection        *section)
{
  g_autoptr (GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = NULL;
  KartaContext     kind;

  if (!read_context_row (row, &kind, &label, paragraphs))
    return FALSE;
  /* «Анализ …» among the activities is an activity */
  if (kind == KARTA_CONTEXT_TEXT && !before_plan)
    return FALSE;
  karta_recognise_add_context (roadmap, section, kind, label, paragraphs);
  return TRUE;
}
