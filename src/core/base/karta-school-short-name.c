/* karta-school-short-name.c — a school's name cut to what tells it apart
 *
 * A list of the district's schools reads «МБОУ «Кировская СОШ № 1»»,
 * «МБОУ «Кировская СОШ № 2»», …: cut to a dropdown's width, every one is
 * «МБОУ «Кир…». The kind of body that runs a school (the leading
 * abbreviation, or the words it stands for) is the same for most of them,
 * and "средняя общеобразовательная школа" has a short form everybody
 * reads: without those, what is left names the school.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "karta-school-name-private.h"

/* Phrases read in short, as schools write them */
static const struct
{
  const char *words[3];
  const char *abbreviation;
} phrases[] = {
  { { "средняя", "общеобразовательная", "школа" }, "СОШ" },
  { { "основная", "общеобразовательная", "школа" }, "ООШ" },
  { { "начальная", "общеобразовательная", "школа" }, "НОШ" },
};

static gboolean
is_quote (gunichar c)
{
  return c == 0x00AB || c == 0x00BB || c == '"' || c == 0x201C || c == 0x201D || c == 0x201E;
}

/* @word without the quotes and punctuation around it, case folded */
static char *
bare_word (const char *word)
{
  g_autoptr (GString) bare = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (bare, g_unichar_tolower (c));
    }
  return g_string_free (g_steal_pointer (&bare), FALSE);
}

/* "МБОУ", "ГБОУ", "ЧОУ": capitals only, ending in "ОУ" or "ОО" */
static gboolean
is_kind_abbreviation (const char *word)
{
  glong length = g_utf8_strlen (word, -1);

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isupper (g_utf8_get_char (p)))
      return FALSE;
  return length >= 3 && length <= 6 && (g_str_has_suffix (word, "ОУ") || g_str_has_suffix (word, "ОО"));
}

static gboolean
is_kind_word_bare (const char *word)
{
  g_autofree char *bare = bare_word (word);

  return karta_school_is_kind_word (bare);
}

/* How many words from @first the kind of body takes */
static guint
kind_length (char **words,
             guint  first)
{
  guint n = 0;

  if (words[first] != NULL && is_kind_abbreviation (words[first]))
    return 1;
  while (words[first + n] != NULL && is_kind_word_bare (words[first + n]))
    n++;
  return n >= 2 ? n : 0;
}

/* The quotes before the first letter of @word, and after its last */
static void
split_quotes (const char *word,
              GString    *before,
              GString    *after)
{
  const char *start = word, *end = word + strlen (word);

  while (*start != '\0' && is_quote (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && is_quote (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  if (before != NULL)
    g_string_append_len (before, word, start - word);
  if (after != NULL)
    g_string_append (after, end);
}

/* Appends @words from @first, each phrase of phrases[] in short */
static void
append_abbreviated (GString *out,
                    char   **words,
                    guint    first)
{
  for (guint i = first; words[i] != NULL; i++)
    {
      guint j;

      if (out->len > 0)
        g_string_append_c (out, ' ');
      for (j = 0; j < G_N_ELEMENTS (phrases); j++)
        {
          guint k;

          for (k = 0; k < 3 && words[i + k] != NULL; k++)
            {
              g_autofree char *bare = bare_word (words[i + k]);
              if (!g_str_equal (bare, phrases[j].words[k]))
                break;
            }
          if (k == 3)
            break;
        }
      if (j == G_N_ELEMENTS (phrases))
        {
          g_string_append (out, words[i]);
          continue;
        }
      {
        g_autoptr (GString) before = g_string_new (NULL);
        g_autoptr (GString) after = g_string_new (NULL);

        split_quotes (words[i], before, NULL);
        split_quotes (words[i + 2], NULL, after);
        g_string_append_printf (out, "%s%s%s", before->str, phrases[j].abbreviation, after->str);
        i += 2;
      }
    }
}

/* Whether the «» in @text from @start to @end pair up */
static gboolean
quotes_balanced (const char *start,
                 const char *end)
{
  int depth = 0;

  for (const char *p = start; p < end && depth >= 0; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      depth += c == 0x00AB ? 1 : c == 0x00BB ? -1
                                             : 0;
    }
  return depth == 0;
}

/* Without one pair of quotes around the whole: «Кировская СОШ № 1», or
 * «СОШ «Лидер»», which keeps the inner pair */
static char *
strip_outer_quotes (const char *text)
{
  const char *end = text + strlen (text), *inner_start, *inner_end;

  if (*text == '\0' || !is_quote (g_utf8_get_char (text)) || !is_quote (g_utf8_get_char (g_utf8_prev_char (end))))
    return g_strdup (text);
  inner_start = g_utf8_next_char (text);
  inner_end = g_utf8_prev_char (end);
  if (inner_end <= inner_start || !quotes_balanced (inner_start, inner_end))
    return g_strdup (text);
  return g_strndup (inner_start, inner_end - inner_start);
}

/* The words of @name, between any white space */
static char **
split_words (const char *name)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  const char *start = NULL;

  for (const char *p = name;; p = g_utf8_next_char (p))
    {
      gboolean space = *p == '\0' || g_unichar_isspace (g_utf8_get_char (p)) || g_utf8_get_char (p) == 0x00A0;

      if (!space && start == NULL)
        start = p;
      else if (space && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * karta_school_short_name:
 * @name: a school's name as the library or a document writes it
 *
 * Returns: (transfer full): @name without the kind of body that runs the
 *   school and with the usual short forms: «МБОУ «Кировская СОШ № 1»» is
 *   «Кировская СОШ № 1», «Муниципальное бюджетное общеобразовательное
 *   учреждение «Средняя общеобразовательная школа № 3 г. Сковородино»» is
 *   «СОШ № 3 г. Сковородино»; @name itself when nothing would be left
 */
char *
karta_school_short_name (const char *name)
{
  g_auto (GStrv) words = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *stripped = NULL;
  g_autofree char *bare = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  words = split_words (name);
  append_abbreviated (out, words, kind_length (words, 0));
  stripped = strip_outer_quotes (out->str);
  bare = bare_word (stripped);
  if (*bare == '\0')
    {
      g_string_truncate (out, 0);
      append_abbreviated (out, words, 0);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  return g_steal_pointer (&stripped);
}

/**
 * karta_school_short_names:
 * @names: (array length=n_names): schools' names, listed together
 *
 * Short names for a list where each must tell its school apart: those
 * that would read the same keep their whole name.
 *
 * Returns: (transfer full): a %NULL-terminated array of @n_names names
 */
char **
karta_school_short_names (const char *const *names,
                          guint              n_names)
{
  char               **shorts = g_new0 (char *, n_names + 1);
  g_autofree gboolean *shared = g_new0 (gboolean, n_names);
  g_autoptr (GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal); /* short → index + 1 */

  for (guint i = 0; i < n_names; i++)
    {
      guint seen;

      shorts[i] = karta_school_short_name (names[i]);
      seen = GPOINTER_TO_UINT (g_hash_table_lookup (first, shorts[i]));
      if (seen > 0 && g_strcmp0 (names[seen - 1], names[i]) != 0)
        shared[seen - 1] = shared[i] = TRUE;
      else if (seen == 0)
        g_hash_table_insert (first, shorts[i], GUINT_TO_POINTER (i + 1));
    }
  g_clear_pointer (&first, g_hash_table_unref);
  for (guint i = 0; i < n_names; i++)
    if (shared[i])
      {
        g_free (shorts[i]);
        shorts[i] = g_strdup (names[i]);
      }
  return shorts;
}
