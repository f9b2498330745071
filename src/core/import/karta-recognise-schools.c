/* karta-recognise-schools.c — the schools named in a cell, one by one
 *
 * "ГБОУ №№ 8, 305" is two schools, "ГБОУ СОШ №5, 6, 15, 16" four, and
 * "МОУ «Киришская СОШ №3»" one named school. Names come out with the "№"
 * spaced one way ("№ 5"), so that one school written two ways is one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-recognise-private.h"

/* Legal forms of schools; ДПО, ДО and the like after them are not schools. */
#define FORMS            "(?:ГБОУ|ГКОУ|ГАОУ|ГОУ|МБОУ|МКОУ|МАОУ|МОУ|ЧОУ|НОУ|АНОО|ЧОО|БОУ|КОУ|ОУ)"
#define TYPES            "(?:СОШ|ООШ|НОШ|СШ|ЦО|лицей|гимназия|школа|школа-интернат)"
#define FULL_FORM        "(?:(?:Муниципальное|Государственное|Частное)(?:\\s+\\p{L}+){0,3}?\\s+общеобразовательное\\s+учреждение)"
#define QUOTED           "«[^«»]*(?:«[^«»]*»[^«»]*)*»"
#define NOT_AFTER_LETTER "(?<![\\p{L}\\p{N}])"
#define NUMBER           "\\d+(?:-?[а-яА-Я](?![\\p{L}]))?"
#define NUMBERS          NUMBER "(?:\\s*(?:,|\\bи\\b)\\s*" NUMBER "(?![\\d.]))*"

static GRegex *
named_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new (NOT_AFTER_LETTER "(?:" FORMS "|" FULL_FORM ")(?:\\s+" TYPES ")?\\s*" QUOTED,
                                    G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

/* A kind followed by a list of numbers: "ГБОУ СОШ №5, 6", "лицей № 30". */
static GRegex *
numbered_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new (NOT_AFTER_LETTER "(" FORMS "(?:\\s+" TYPES ")?|СОШ|ООШ|НОШ)"
                                                     "\\s*(?:№\\s*№?|N)?\\s*(" NUMBERS ")"
                                                     "|" NOT_AFTER_LETTER "((?i:лицей|гимназия|школа))\\s*№\\s*№?\\s*(" NUMBERS ")"
                                                     "|(№\\s*№?)\\s*(" NUMBERS ")",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
number_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (NUMBER, G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

/* "№3", "№  3", "№№3" → "№ 3", white space folded. */
static char *
normalise (const char *name)
{
  g_autofree char *folded = karta_text_fold_whitespace (name);
  GString         *result = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_str_has_prefix (p, "№"))
        {
          const char *q = p + strlen ("№");
          while (*q == ' ')
            q++;
          if (g_ascii_isdigit (*q))
            {
              g_string_append (result, "№ ");
              p = q - 1;
              continue;
            }
        }
      g_string_append_len (result, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (result, FALSE);
}

static void
add_school (GPtrArray  *schools,
            const char *name)
{
  g_autofree char *normal = normalise (name);

  for (guint i = 0; i < schools->len; i++)
    if (strcmp (g_ptr_array_index (schools, i), normal) == 0)
      return;
  g_ptr_array_add (schools, g_steal_pointer (&normal));
}

/* Every number of @list, each a school of @kind. */
static void
add_numbered (GPtrArray  *schools,
              const char *kind,
              const char *list)
{
  g_autoptr (GMatchInfo) match = NULL;

  g_regex_match (number_regex (), list, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 0);
      g_autoptr (GString) compact = g_string_new (NULL);
      g_autofree char *name = NULL;

      /* "5 а" and "5-а" are "5а". */
      for (const char *p = number; *p != '\0'; p++)
        if (*p != ' ' && *p != '-')
          g_string_append_c (compact, *p);
      name = g_strdup_printf ("%s № %s", kind, compact->str);
      add_school (schools, name);
    }
}

/**
 * karta_recognise_schools:
 * @text: a cell's text
 * @default_kind: (nullable): the kind for bare numbers ("№№ 8, 305") when
 *   the column's header names it ("ГБОУ")
 *
 * Returns: (transfer container) (element-type utf8): the schools named in
 *   @text, each once, in the order they appear
 */
GPtrArray *
karta_recognise_schools (const char *text,
                         const char *default_kind)
{
  g_autoptr (GPtrArray) schools = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *rest = NULL;
  g_autoptr (GMatchInfo) match = NULL;

  if (text == NULL)
    return g_steal_pointer (&schools);
  rest = g_strdup (text);

  /* Named schools first, and out of the way: the "СОШ №3" inside
   * «Киришская СОШ №3» is not another school. */
  g_regex_match (named_regex (), rest, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, 0);
      int              start, end;

      add_school (schools, name);
      g_match_info_fetch_pos (match, 0, &start, &end);
      memset (rest + start, ' ', end - start);
    }
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (numbered_regex (), rest, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *form = g_match_info_fetch (match, 1);
      g_autofree char *list = g_match_info_fetch (match, 2);
      g_autofree char *type = g_match_info_fetch (match, 3);
      g_autofree char *type_list = g_match_info_fetch (match, 4);
      g_autofree char *bare_list = g_match_info_fetch (match, 6);

      if (form != NULL && *form != '\0')
        add_numbered (schools, form, list);
      else if (type != NULL && *type != '\0')
        add_numbered (schools, type, type_list);
      else if (default_kind != NULL && bare_list != NULL && *bare_list != '\0')
        add_numbered (schools, default_kind, bare_list);
    }
  return g_steal_pointer (&schools);
}
