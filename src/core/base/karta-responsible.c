/* karta-responsible.c — the people and bodies a «Ответственные» cell names
 *
 * Cells list them with commas, semicolons and line breaks, but also put a
 * comma inside a body's name («ИМЦ (гуманитарное, естественно-научное
 * направления)»), go on with a lowercase fragment on the next line, or
 * write three people one after the other («Иванова И.И. Петров П.П.»).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-responsible.h"

/* «Иванова И.И.», «Иванова И. И.», «И.И. Иванова» */
#define PERSON                                                               \
  "(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?" \
  "|\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)"

/* «гуманитарное направление» qualifies the name before it; «руководители
 * ОО» is a name of its own: a short lowercase fragment that opens with an
 * adjective */
static gboolean
continues (const char *text)
{
  static const char *const endings[] = { "ое", "ая", "ый", "ий", "ые", "ие", "ой", "ого", "ому", "ом" };
  g_auto (GStrv) words = g_strsplit (text, " ", 4);
  const char *first = words[0];

  if (!g_unichar_islower (g_utf8_get_char (text)) || g_strv_length (words) > 3)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (first, endings[i]))
      return TRUE;
  return FALSE;
}

static void
add_part (GPtrArray *names,
          GString   *part,
          GRegex    *person)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func (g_free);
  char *text = g_strstrip (part->str);

  if (*text == '\0')
    return;
  /* a fragment that goes on the name before it */
  if (names->len > 0 && continues (text))
    {
      char *previous = g_ptr_array_index (names, names->len - 1);
      names->pdata[names->len - 1] = g_strconcat (previous, ", ", text, NULL);
      g_free (previous);
      return;
    }
  for (g_regex_match (person, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_ptr_array_add (people, g_match_info_fetch (match, 0));
  if (people->len >= 2)
    {
      for (guint i = 0; i < people->len; i++)
        g_ptr_array_add (names, g_strdup (g_ptr_array_index (people, i)));
      return;
    }
  g_ptr_array_add (names, g_strdup (text));
}

/**
 * karta_responsible_split:
 * @text: (nullable): what a cell says of who is responsible
 *
 * Returns: (transfer full) (element-type utf8): the people and bodies it
 *   names, in order, each once
 */
GPtrArray *
karta_responsible_split (const char *text)
{
  static gsize   once;
  static GRegex *person;
  GPtrArray     *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) part = g_string_new (NULL);
  int depth = 0;

  if (g_once_init_enter (&once))
    {
      person = g_regex_new (PERSON, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(')
        depth++;
      else if (c == ')' && depth > 0)
        depth--;
      if (depth == 0 && (c == ',' || c == ';' || c == '\n'))
        {
          add_part (names, part, person);
          g_string_truncate (part, 0);
          continue;
        }
      g_string_append_unichar (part, c);
    }
  add_part (names, part, person);
  /* each once */
  for (guint i = 0; i < names->len; i++)
    for (guint j = names->len; j-- > i + 1;)
      if (g_str_equal (g_ptr_array_index (names, i), g_ptr_array_index (names, j)))
        g_ptr_array_remove_index (names, j);
  return names;
}
