/* karta-recognise-heading.c — the roadmap's title, goal and tasks, and its
 * abbreviations, from the paragraphs around the table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-model.h"
#include "karta-recognise-private.h"

/* How a roadmap's heading starts, casefolded, after up to two adjectives
 * ("Муниципальная дорожная карта", "Районный план-график"). */
static const char *const title_starts[] = {
  "план",
  "дорожная карта",
  "программа",
  "перечень мероприятий",
  "комплекс мер",
};

static gboolean
starts_with_word (const char *folded,
                  const char *start)
{
  gunichar next;

  if (!karta_recognise_has_prefix (folded, start))
    return FALSE;
  next = g_utf8_get_char (strstr (folded, start) + strlen (start));
  return !g_unichar_isalpha (next);
}

static gboolean
is_title_start (const char *text)
{
  static const char *const adjective_endings[] = { "ый", "ий", "ой", "ая", "яя", "ое", "ее", NULL };
  g_autofree char         *folded = karta_recognise_casefold (text);
  const char              *start = folded;

  for (int adjectives = 0; adjectives <= 2; adjectives++)
    {
      const char *space;
      gboolean    adjective = FALSE;

      for (gsize i = 0; i < G_N_ELEMENTS (title_starts); i++)
        if (starts_with_word (start, title_starts[i]))
          return TRUE;
      if ((space = strchr (start, ' ')) == NULL)
        return FALSE;
      for (const char *const *e = adjective_endings; *e != NULL && !adjective; e++)
        adjective = space - start > (int) strlen (*e) + 2 && strncmp (space - strlen (*e), *e, strlen (*e)) == 0;
      if (!adjective)
        return FALSE;
      start = space + 1;
    }
  return FALSE;
}

/* "Цель:", "Задачи -": the marker word and the text after it. */
static gboolean
is_marker (const char  *text,
           const char  *stem,
           const char **rest)
{
  g_autofree char *folded = karta_recognise_casefold (text);
  const char      *p;

  if (!g_str_has_prefix (folded, stem))
    return FALSE;
  p = text + strlen (stem); /* casefolding keeps Cyrillic lengths */
  while (g_unichar_isalpha (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p != '\0' && *p != ':' && *p != ' ' && strncmp (p, "–", strlen ("–")) != 0 && *p != '-')
    return FALSE;
  while (*p == ':' || *p == ' ' || *p == '-' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
    p += (*p == ':' || *p == ' ' || *p == '-') ? 1 : strlen ("–");
  if (rest != NULL)
    *rest = p;
  return TRUE;
}

static char *
find_title (GPtrArray *before,
            int       *title_line)
{
  for (int i = before->len - 1; i >= 0; i--)
    {
      const char *text = g_ptr_array_index (before, i);
      g_autoptr (GString) title = NULL;

      if (!is_title_start (text))
        continue;
      title = g_string_new (text);
      *title_line = i;
      /* A heading in lines: "ПЛАН" / "по повышению …". */
      for (guint j = i + 1; j < before->len; j++)
        {
          const char *next = g_ptr_array_index (before, j);
          gunichar    first = g_utf8_get_char (next);
          if (is_marker (next, "цел", NULL) || is_marker (next, "задач", NULL) ||
              (!g_unichar_islower (first) && strchr (title->str, ' ') != NULL))
            break;
          g_string_append_printf (title, " %s", next);
          *title_line = j;
        }
      return g_string_free (g_steal_pointer (&title), FALSE);
    }
  return NULL;
}

/* The goal, the roadmap's own tasks and indicators, after its heading. */
static void
find_goal_and_tasks (GPtrArray    *before,
                     int           title_line,
                     KartaRoadmap *roadmap)
{
  GPtrArray *list = NULL;

  for (guint i = title_line + 1; i < before->len; i++)
    {
      const char *text = g_ptr_array_index (before, i);
      const char *rest;

      if (is_marker (text, "цел", &rest))
        {
          list = NULL;
          if (*rest == '\0' && i + 1 < before->len)
            rest = g_ptr_array_index (before, ++i);
          g_free (roadmap->goal);
          roadmap->goal = g_strdup (rest);
        }
      else if (is_marker (text, "задач", &rest) || is_marker (text, "показател", &rest))
        {
          list = is_marker (text, "задач", NULL) ? roadmap->tasks : roadmap->indicators;
          if (*rest != '\0')
            g_ptr_array_add (list, karta_recognise_strip_bullet (rest));
        }
      else if (list != NULL)
        g_ptr_array_add (list, karta_recognise_strip_bullet (text));
    }
}

/**
 * karta_recognise_heading:
 *
 * Sets @roadmap's title (the "План-график …" heading nearest the table, or
 * failing that the order's subject), goal and tasks.
 */
void
karta_recognise_heading (const KartaImportDocument *document,
                         GPtrArray                 *above,
                         KartaRoadmap              *roadmap)
{
  int title_line = -1;

  roadmap->title = find_title (above, &title_line);
  if (roadmap->title != NULL)
    find_goal_and_tasks (above, title_line, roadmap);
  for (guint i = 0; roadmap->title == NULL && i < above->len; i++)
    {
      const char *text = g_ptr_array_index (above, i);
      if (g_str_has_prefix (text, "Об ") || g_str_has_prefix (text, "О "))
        roadmap->title = g_strdup (text);
    }
  if (roadmap->title == NULL)
    {
      g_autofree char *base = g_path_get_basename (document->file_name);
      char            *dot = strrchr (base, '.');
      if (dot != NULL && dot != base)
        *dot = '\0';
      roadmap->title = g_steal_pointer (&base);
    }
}

/* "АР – Администрация района", "ИМЦ-ГБУ …": the abbreviation, any dash, its meaning. */
static KartaGlossaryEntry *
parse_abbreviation (const char *text)
{
  static GRegex *regex;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *abbr = NULL;
  g_autofree char *meaning = NULL;
  g_auto (GStrv) words = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("^\\s*([\\p{Lu}][\\p{L}\\d+]*(?:\\s+[\\p{Lu}][\\p{L}\\d+]*){0,3})\\s*[-–—]\\s*(\\S.*)$",
                                    G_REGEX_OPTIMIZE, 0, NULL));
  if (!g_regex_match (regex, text, 0, &match))
    return NULL;
  abbr = g_match_info_fetch (match, 1);
  meaning = g_match_info_fetch (match, 2);
  words = g_strsplit (abbr, " ", -1);
  for (char **w = words; *w != NULL; w++)
    {
      guint upper = 0;
      if (**w == '\0')
        continue;
      for (const char *p = *w; *p != '\0'; p = g_utf8_next_char (p))
        upper += g_unichar_isupper (g_utf8_get_char (p));
      /* An abbreviation is mostly capitals: "ИМЦ", "КОиПО", not "Санкт". */
      if (upper < 2 && g_utf8_strlen (*w, -1) > 1)
        return NULL;
    }
  /* the list's punctuation: "…образования;", "…объединение." */
  g_strstrip (meaning);
  if (g_str_has_suffix (meaning, ";") || g_str_has_suffix (meaning, ",") ||
      (g_str_has_suffix (meaning, ".") && !g_regex_match_simple ("(^|[\\s.])\\p{L}{1,2}\\.$", meaning, 0, 0)))
    meaning[strlen (meaning) - 1] = '\0';
  return karta_glossary_entry_new (abbr, g_strstrip (meaning));
}

static void
add_abbreviations (GPtrArray *paragraphs,
                   gboolean   need_heading,
                   GPtrArray *glossary)
{
  gboolean in_list = !need_heading;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char         *text = g_ptr_array_index (paragraphs, i);
      g_autofree char    *folded = karta_recognise_casefold (text);
      KartaGlossaryEntry *entry;

      if (strstr (folded, "сокращени") != NULL && g_utf8_strlen (text, -1) < 60)
        {
          in_list = TRUE;
          continue;
        }
      if (!in_list)
        continue;
      entry = parse_abbreviation (text);
      if (entry != NULL)
        g_ptr_array_add (glossary, entry);
      else if (need_heading)
        in_list = FALSE;
    }
}

/**
 * karta_recognise_glossary:
 *
 * Adds the abbreviations listed after the table (with or without a
 * «Принятые сокращения» heading), or before it under such a heading.
 */
void
karta_recognise_glossary (const KartaImportDocument *document,
                          GPtrArray                 *glossary)
{
  add_abbreviations (document->before, TRUE, glossary);
  add_abbreviations (document->after, FALSE, glossary);
}
