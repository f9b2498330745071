/* karta-recognise-authority.c — who issued the order
 *
 * The letterhead names the body in capitals ("ОТДЕЛ ОБРАЗОВАНИЯ"), often
 * without the body above it; the signature names it in the genitive
 * ("Начальник отдела образования"). Its full name is in the text, where the
 * order mentions it: "отдела образования администрации Фрунзенского района
 * Санкт-Петербурга Пудовкина А.В.", "Отделу образования администрации …
 * обеспечить". What follows the short name in at least two mentions is the
 * rest of the name; the words after it differ from mention to mention.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-model.h"
#include "karta-recognise-private.h"

#define MAX_CONTINUATION 10

static const char *const bodies[][2] = {
  { "отдел", "Отдел" },
  { "комитет", "Комитет" },
  { "управлен", "Управление" },
  { "департамент", "Департамент" },
  { "министерств", "Министерство" },
  { "администрац", "Администрация" },
  { "правительств", "Правительство" },
};

static const char *const positions[] = {
  "начальник",
  "председател",
  "заместител",
  "руководител",
  "директор",
  "глав",
  "министр",
  "первый",
  "первого",
  "и.о.",
  "исполняющ",
  "обязанност",
  NULL,
};

static const char *
body_stem (const char *folded_word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bodies); i++)
    if (g_str_has_prefix (folded_word, bodies[i][0]) &&
        strlen (folded_word) <= strlen (bodies[i][0]) + 6)
      return bodies[i][0];
  return NULL;
}

static gboolean
is_upper_line (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_islower (c))
        return FALSE;
      letters = letters || g_unichar_isalpha (c);
    }
  return letters;
}

/* Initials ("М.А.", "О.В.Цибизова"), numbers and quotes end a name. */
static gboolean
ends_name (const char *word)
{
  const char *dot = strchr (word, '.');

  if (g_ascii_isdigit (*word) || g_str_has_prefix (word, "№") || g_str_has_prefix (word, "«") ||
      *word == '(' || *word == '"')
    return TRUE;
  if (dot != NULL && dot[1] != '\0')
    return TRUE;
  if (dot != NULL && g_utf8_strlen (word, -1) <= 2)
    return TRUE;
  return strcmp (word, "от") == 0;
}

/* @word without punctuation around it, casefolded. */
static char *
clean_word (const char *word,
            gboolean   *ends_sentence)
{
  g_autofree char *copy = g_strdup (word);
  gsize            length = strlen (copy);

  *ends_sentence = FALSE;
  while (length > 0 && strchr (".,:;)»\"", copy[length - 1]) != NULL)
    {
      *ends_sentence = TRUE;
      copy[--length] = '\0';
    }
  if (length >= 2 && g_str_has_suffix (copy, "»"))
    copy[length - strlen ("»")] = '\0';
  return g_steal_pointer (&copy);
}

static gboolean
is_territory (const char *folded_word)
{
  static const char *const territories[] = { "район", "округ", "област", "кра", "город", "муниципальн", "поселени", NULL };

  for (const char *const *t = territories; *t != NULL; t++)
    if (g_str_has_prefix (folded_word, *t))
      return TRUE;
  return FALSE;
}

static gboolean
names_territory (GPtrArray *words)
{
  for (guint i = 0; i < words->len; i++)
    if (is_territory (g_ptr_array_index (words, i)))
      return TRUE;
  return FALSE;
}

/* Letterhead capitals read as a sentence keep the place names capitalised:
 * "сковородинского муниципального округа" → "Сковородинского …". */
static void
capitalise_places (GPtrArray *words)
{
  static const char *const adjective_endings[] = { "ского", "ской", "цкого", "цкой", NULL };

  for (guint i = 0; i + 1 < words->len; i++)
    {
      char *word = g_ptr_array_index (words, i);
      for (const char *const *e = adjective_endings; *e != NULL; e++)
        if (g_str_has_suffix (word, *e) && !is_territory (word) && is_territory (g_ptr_array_index (words, i + 1)))
          {
            g_ptr_array_index (words, i) = karta_recognise_capitalise (word);
            g_free (word);
            break;
          }
    }
}

/* "Муниципальное казённое учреждение «Управление образования … округа»": a
 * letterhead in ordinary case, just above the kind of the order. */
static char *
find_written_letterhead (GPtrArray *before,
                         int        kind_line)
{
  for (int i = kind_line - 1; i >= 0 && i >= kind_line - 2; i--)
    {
      const char      *line = g_ptr_array_index (before, i);
      g_autofree char *folded = karta_recognise_casefold (line);
      g_auto (GStrv) words = g_strsplit (folded, " ", -1);
      gboolean body = FALSE;

      if (g_strv_length (words) > 20 || g_str_has_suffix (line, ":"))
        continue;
      for (char **w = words; *w != NULL && !body; w++)
        body = body_stem (*w) != NULL || g_str_has_prefix (*w, "учрежден") || (g_str_has_prefix (*w, "«") && body_stem (*w + strlen ("«")) != NULL);
      if (body)
        return g_strdup (line);
    }
  return NULL;
}

/* "АДМИНИСТРАЦИЯ КИРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА" above "КОМИТЕТ ПО ОБРАЗОВАНИЮ":
 * the body belongs to that administration, "…администрации Кировского …". */
static void
add_parent (GPtrArray *words,
            GPtrArray *before,
            int        line)
{
  g_autofree char *folded = NULL;
  g_auto (GStrv) split = NULL;

  if (line < 0 || !is_upper_line (g_ptr_array_index (before, line)) || names_territory (words))
    return;
  folded = karta_recognise_casefold (g_ptr_array_index (before, line));
  split = g_strsplit (folded, " ", -1);
  if (!g_str_has_prefix (split[0], "администрац"))
    return;
  g_ptr_array_add (words, g_strdup ("администрации"));
  for (char **w = split + 1; *w != NULL; w++)
    if (**w != '\0')
      g_ptr_array_add (words, g_strdup (*w));
}

static void
add_continuation (GPtrArray  *words,
                  const char *line)
{
  g_autofree char *folded = karta_recognise_casefold (line);
  g_auto (GStrv) split = g_strsplit (folded, " ", -1);

  for (char **w = split; *w != NULL && !ends_name (*w) && words->len < 12; w++)
    if (**w != '\0')
      g_ptr_array_add (words, g_strdup (*w));
}

/* The short name, casefolded words: from the letterhead, else the signature. */
static GPtrArray *
find_short_name (GPtrArray *before,
                 int        kind_line)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (int i = kind_line - 1; i >= 0 && is_upper_line (g_ptr_array_index (before, i)); i--)
    {
      g_autofree char *folded = karta_recognise_casefold (g_ptr_array_index (before, i));
      g_auto (GStrv) first = g_strsplit (folded, " ", 2);

      if (body_stem (first[0]) == NULL)
        continue;
      for (int j = i; j < kind_line; j++)
        {
          g_autofree char *line = karta_recognise_casefold (g_ptr_array_index (before, j));
          g_auto (GStrv) split = g_strsplit (line, " ", -1);
          for (char **w = split; *w != NULL; w++)
            if (**w != '\0')
              g_ptr_array_add (words, g_strdup (*w));
        }
      add_parent (words, before, i - 1);
      return words;
    }

  /* "Начальник отдела образования М.А. Майковец", read from the end. */
  for (int i = before->len - 1; i >= 0; i--)
    {
      g_autofree char *folded = karta_recognise_casefold (g_ptr_array_index (before, i));
      g_auto (GStrv) split = g_strsplit (folded, " ", -1);
      char **w = split;

      if (*w == NULL || (!g_str_has_prefix (*w, positions[0]) && !g_str_has_prefix (*w, positions[1]) &&
                         !g_str_has_prefix (*w, positions[2]) && !g_str_has_prefix (*w, positions[3])))
        continue;
      for (; *w != NULL; w++)
        {
          gboolean position = FALSE;
          for (const char *const *p = positions; *p != NULL && !position; p++)
            position = g_str_has_prefix (*w, *p);
          if (!position)
            break;
        }
      for (; *w != NULL && !ends_name (*w) && words->len < 6; w++)
        g_ptr_array_add (words, g_strdup (*w));
      /* "Начальник отдела образования" / "администрации … района" / "____ Н.В. Орлова" */
      if (*w == NULL && i + 1 < (int) before->len && g_unichar_islower (g_utf8_get_char (g_ptr_array_index (before, i + 1))))
        add_continuation (words, g_ptr_array_index (before, i + 1));
      if (words->len > 0 && body_stem (g_ptr_array_index (words, 0)) != NULL)
        return words;
      g_ptr_array_set_size (words, 0);
    }
  return words;
}

typedef struct
{
  GPtrArray *head; /* of char*: the short name as written there */
  GPtrArray *rest; /* of char*: the words after it, as written */
  gboolean   upper;
} Mention;

static void
mention_free (Mention *mention)
{
  g_ptr_array_unref (mention->head);
  g_ptr_array_unref (mention->rest);
  g_free (mention);
}

static GPtrArray *
find_mentions (char     **words,
               GPtrArray *name)
{
  GPtrArray  *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) mention_free);
  const char *stem = body_stem (g_ptr_array_index (name, 0));
  guint       n_words = g_strv_length (words);

  for (guint i = 0; i + name->len <= n_words; i++)
    {
      Mention *mention;
      gboolean end = FALSE;
      guint    k;

      for (k = 0; k < name->len; k++)
        {
          g_autofree char *clean = clean_word (words[i + k], &end);
          g_autofree char *folded = karta_recognise_casefold (clean);
          if (k == 0 ? body_stem (folded) != stem : strcmp (folded, g_ptr_array_index (name, k)) != 0)
            break;
          if (end && k + 1 < name->len)
            break;
        }
      if (k < name->len)
        continue;
      mention = g_new0 (Mention, 1);
      mention->head = g_ptr_array_new_with_free_func (g_free);
      mention->rest = g_ptr_array_new_with_free_func (g_free);
      mention->upper = is_upper_line (words[i]);
      for (k = 0; k < name->len; k++)
        g_ptr_array_add (mention->head, clean_word (words[i + k], &end));
      for (guint j = i + name->len; !end && j < n_words && mention->rest->len < MAX_CONTINUATION; j++)
        {
          if (ends_name (words[j]))
            break;
          g_ptr_array_add (mention->rest, clean_word (words[j], &end));
        }
      g_ptr_array_add (mentions, mention);
    }
  return mentions;
}

static guint
common_length (const Mention *a,
               const Mention *b)
{
  guint n = 0;

  while (n < a->rest->len && n < b->rest->len)
    {
      g_autofree char *x = karta_recognise_casefold (g_ptr_array_index (a->rest, n));
      g_autofree char *y = karta_recognise_casefold (g_ptr_array_index (b->rest, n));
      if (strcmp (x, y) != 0)
        break;
      n++;
    }
  return n;
}

static char *
compose (const char *first,
         GPtrArray  *head,
         GPtrArray  *rest,
         guint       n_rest)
{
  GString         *text = g_string_new (NULL);
  g_autofree char *folded = karta_recognise_casefold (first);
  const char      *stem = body_stem (folded);

  for (gsize i = 0; i < G_N_ELEMENTS (bodies); i++)
    if (stem == bodies[i][0])
      g_string_append (text, bodies[i][1]);
  for (guint k = 1; k < head->len; k++)
    g_string_append_printf (text, " %s", (char *) g_ptr_array_index (head, k));
  for (guint k = 0; k < n_rest; k++)
    g_string_append_printf (text, " %s", (char *) g_ptr_array_index (rest, k));
  return g_string_free (text, FALSE);
}

/**
 * karta_recognise_authority:
 *
 * Sets @order's authority, in the nominative ("Отдел образования
 * администрации … района"), when the paragraphs before the table name it.
 */
void
karta_recognise_authority (GPtrArray  *before,
                           int         kind_line,
                           KartaOrder *order)
{
  g_autoptr (GPtrArray) name = find_short_name (before, kind_line);
  g_autoptr (GPtrArray) mentions = NULL;
  g_autoptr (GString) all = g_string_new (NULL);
  g_auto (GStrv) words = NULL;
  const Mention *best = NULL;
  guint          best_length = 0;

  if (name->len == 0)
    {
      order->authority = find_written_letterhead (before, kind_line);
      return;
    }
  for (guint i = 0; i < before->len; i++)
    g_string_append_printf (all, "%s ", (char *) g_ptr_array_index (before, i));
  words = g_strsplit (all->str, " ", -1);
  mentions = find_mentions (words, name);

  /* The mention written in ordinary case, with the longest rest shared by another. */
  for (guint i = 0; i < mentions->len; i++)
    for (guint j = 0; j < mentions->len; j++)
      {
        const Mention *a = g_ptr_array_index (mentions, i);
        guint          length = i == j ? 0 : common_length (a, g_ptr_array_index (mentions, j));

        if (a->upper)
          continue;
        if (best == NULL || length > best_length)
          {
            best = a;
            best_length = length;
          }
      }
  if (best != NULL)
    order->authority = compose (g_ptr_array_index (best->head, 0), best->head, best->rest, best_length);
  else
    {
      /* Only the letterhead: its capitals as a sentence. */
      g_autoptr (GPtrArray) head = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; k < name->len; k++)
        g_ptr_array_add (head, g_strdup (g_ptr_array_index (name, k)));
      capitalise_places (head);
      order->authority = compose (g_ptr_array_index (name, 0), head, head, 0);
    }
}

/**
 * karta_recognise_issuer:
 * @phrase: text starting with the order's kind: "приказу комитета по образованию
 *   от …", "приказу МКУ «Управление образования» … района от …"
 *
 * Returns: (nullable): the body named after the kind, in the nominative, or %NULL
 */
char *
karta_recognise_issuer (const char *phrase)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  g_autoptr (GString) name = g_string_new (NULL);
  gboolean body = FALSE;

  for (guint i = 1; words[0] != NULL && words[i] != NULL && i <= 14; i++)
    {
      gboolean         end;
      g_autofree char *clean = clean_word (words[i], &end);
      g_autofree char *folded = karta_recognise_casefold (clean);
      const char      *stem = body_stem (folded);

      if (*words[i] == '\0')
        continue;
      if (strcmp (folded, "от") == 0 || g_str_has_prefix (words[i], "№") || g_ascii_isdigit (*words[i]))
        break;
      if (name->len == 0 && stem != NULL)
        {
          for (gsize b = 0; b < G_N_ELEMENTS (bodies); b++)
            if (bodies[b][0] == stem)
              g_string_append (name, bodies[b][1]);
        }
      else
        g_string_append_printf (name, name->len > 0 ? " %s" : "%s", words[i]);
      body = body || stem != NULL || g_str_has_prefix (folded, "учрежден") || g_str_has_prefix (folded, "«") ||
             (g_utf8_strlen (clean, -1) >= 3 && g_str_has_suffix (clean, "У"));
      if (end && !g_str_has_suffix (words[i], "»"))
        break;
    }
  return body && name->len > 0 ? g_string_free (g_steal_pointer (&name), FALSE) : NULL;
}
