/* karta-recognise-appendix.c — the list of schools an order appends
 *
 * «Приложение 2. Список школ — участников проекта»: a table of schools and the
 * category each has this year («Кластеризация: ШФЗСОР / ШПУН / ШЛ», «Категория»,
 * «Группа риска»). Importing the roadmap gives each school that category for
 * the roadmap's year; the review shows them, and the user can leave any out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-model.h"
#include "karta-recognise-private.h"

static char *
header_text (const KartaTable *table,
             guint             column)
{
  g_autofree char *text = karta_recognise_cell_line (table, 0, column);

  return karta_recognise_casefold (text != NULL ? text : "");
}

static gboolean
contains_any (const char        *folded,
              const char *const *stems)
{
  for (const char *const *stem = stems; *stem != NULL; stem++)
    if (strstr (folded, *stem) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * karta_recognise_school_list:
 * @name_column: (out): the column of the schools' names
 * @category_column: (out): the column of their categories
 *
 * Returns: whether @table is a list of schools with a category each, by its
 *   first row's headers («Наименование ОО», «Кластеризация»)
 */
gboolean
karta_recognise_school_list (const KartaTable *table,
                             guint            *name_column,
                             guint            *category_column)
{
  static const char *const names[] = { "наименование оо", "наименование школ", "наименование образовательн",
                                       "наименование общеобразовательн", "наименование учрежден", "наименование организац",
                                       "школа", "образовательная организация", "общеобразовательная организация", NULL };
  static const char *const categories[] = { "кластер", "категори", "группа риска", "группа", "статус", "профиль", NULL };
  gboolean                 have_name = FALSE, have_category = FALSE;

  if (table->rows->len < 2)
    return FALSE;
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *header = header_text (table, c);

      if (!have_name && contains_any (header, names))
        *name_column = c, have_name = TRUE;
      else if (!have_category && contains_any (header, categories))
        *category_column = c, have_category = TRUE;
    }
  return have_name && have_category;
}

/**
 * karta_recognise_listed_schools:
 *
 * Adds to @roadmap the schools listed with their category in the tables
 * other than the plan, for the year the roadmap's period starts in.
 */
void
karta_recognise_listed_schools (const KartaImportDocument *document,
                                const KartaImportLayout   *layout,
                                KartaRoadmap              *roadmap)
{
  int year;

  karta_day_to_ymd (roadmap->period.start, &year, NULL, NULL);
  for (guint t = 0; t < document->tables->len; t++)
    {
      const KartaTable *table = g_ptr_array_index (document->tables, t);
      guint             name_column, category_column;

      if (t == layout->table || !karta_recognise_school_list (table, &name_column, &category_column))
        continue;
      for (guint r = 1; r < table->rows->len; r++)
        {
          g_autofree char *name = karta_recognise_cell_line (table, r, name_column);
          g_autofree char *category = karta_recognise_cell_line (table, r, category_column);

          if (!karta_text_is_blank (name) && !karta_text_is_blank (category))
            g_ptr_array_add (roadmap->listed_schools, karta_listed_school_new (name, category, year));
        }
    }
}
