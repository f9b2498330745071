/* karta-recognise-risk.c — a school's risk profile as the text states it
 *
 * Antirisk programmes and their roadmaps retell the school's ФИОКО profile:
 * «высокий фактор риска по показателю «Низкая учебная мотивация обучающихся»;
 * средний фактор риска в трёх показателях: «…», «…», «…»». Each quoted factor
 * takes the level last named before it in its sentence; the school is the one
 * the sentence names, or the school that issued the document. A small table
 * of factors and levels («Фактор риска | Уровень») states it too. The import
 * review offers the profile; it is stored only when the user accepts it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-recognise-private.h"
#include "karta-risk.h"

typedef struct
{
  GPtrArray *quotes;  /* of char*: the factors quoted, in order */
  GArray    *levels;  /* of int: each quote's level, or -1 */
  GString   *outside; /* the sentence without its quotes, casefolded */
  GString   *plain;   /* the sentence as written */
} Sentence;

static gboolean
level_of_word (const char *folded,
               int        *level)
{
  if (g_str_has_prefix (folded, "высок"))
    return *level = KARTA_RISK_HIGH, TRUE;
  if (g_str_has_prefix (folded, "средн"))
    return *level = KARTA_RISK_MEDIUM, TRUE;
  if (g_str_has_prefix (folded, "низк"))
    return *level = KARTA_RISK_LOW, TRUE;
  return FALSE;
}

/* Words outside quotes set the level; each «…» takes the current one. */
static void
read_sentence (const char *start,
               const char *end,
               Sentence   *sentence)
{
  int         level = -1, depth = 0;
  GString    *word = g_string_new (NULL), *quote = g_string_new (NULL);
  const char *p;

  for (p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00AB /* « */)
        {
          if (depth++ > 0)
            g_string_append_unichar (quote, c);
          continue;
        }
      if (c == 0x00BB /* » */ && depth > 0)
        {
          if (--depth > 0)
            g_string_append_unichar (quote, c);
          else
            {
              g_ptr_array_add (sentence->quotes, g_strstrip (g_strdup (quote->str)));
              g_array_append_val (sentence->levels, level);
              g_string_truncate (quote, 0);
            }
          continue;
        }
      if (depth > 0)
        {
          g_string_append_unichar (quote, c);
          continue;
        }
      g_string_append_unichar (sentence->outside, g_unichar_tolower (c));
      if (g_unichar_isalpha (c))
        g_string_append_unichar (word, g_unichar_tolower (c));
      else if (word->len > 0)
        {
          level_of_word (word->str, &level);
          g_string_truncate (word, 0);
        }
    }
  g_string_append_len (sentence->plain, start, end - start);
  g_string_free (word, TRUE);
  g_string_free (quote, TRUE);
}

static gboolean
names_school (const char *text)
{
  g_autoptr (GPtrArray) schools = karta_recognise_schools (text, NULL);

  return schools->len > 0;
}

static KartaStatedRisk *
stated_for (KartaRoadmap *roadmap,
            const char   *school)
{
  int year;

  for (guint i = 0; i < roadmap->stated_risks->len; i++)
    {
      KartaStatedRisk *stated = g_ptr_array_index (roadmap->stated_risks, i);
      if (g_strcmp0 (stated->profile->school_name, school) == 0)
        return stated;
    }
  karta_day_to_ymd (roadmap->period.start, &year, NULL, NULL);
  g_ptr_array_add (roadmap->stated_risks, karta_stated_risk_new (school, year));
  return g_ptr_array_index (roadmap->stated_risks, roadmap->stated_risks->len - 1);
}

/* The school a sentence is about: the one it names, else the issuer when
 * that is a school (a school's own antirisk programme). */
static char *
sentence_school (const Sentence     *sentence,
                 const KartaRoadmap *roadmap)
{
  g_autoptr (GPtrArray) named = karta_recognise_schools (sentence->plain->str, NULL);

  if (named->len > 0)
    return g_strdup (g_ptr_array_index (named, 0));
  if (roadmap->order->authority != NULL && names_school (roadmap->order->authority))
    return g_strdup (roadmap->order->authority);
  return NULL;
}

static void
add_sentence (const Sentence *sentence,
              KartaRoadmap   *roadmap)
{
  g_autofree char *school = NULL;
  KartaStatedRisk *stated;

  if (sentence->quotes->len == 0 || strstr (sentence->outside->str, "риск") == NULL)
    return;
  if ((school = sentence_school (sentence, roadmap)) == NULL)
    return;
  stated = stated_for (roadmap, school);
  for (guint i = 0; i < sentence->quotes->len; i++)
    {
      int         level = g_array_index (sentence->levels, int, i);
      const char *factor = g_ptr_array_index (sentence->quotes, i);

      /* «Школа № 5» is no factor: a factor is named in several words */
      if (level >= 0 && strchr (factor, ' ') != NULL && !names_school (factor))
        karta_risk_profile_add (stated->profile, 0, factor, level);
    }
  if (stated->profile->entries->len == 0)
    g_ptr_array_remove (roadmap->stated_risks, stated);
}

static void
read_text (const char   *text,
           KartaRoadmap *roadmap)
{
  const char *start = text;
  int         depth = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      depth += c == 0x00AB ? 1 : (c == 0x00BB && depth > 0 ? -1 : 0);
      if (c == '\0' || c == '\n' || (depth == 0 && c == '.' && (p[1] == ' ' || p[1] == '\0')))
        {
          Sentence sentence = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (int)),
                                g_string_new (NULL), g_string_new (NULL) };
          read_sentence (start, p, &sentence);
          add_sentence (&sentence, roadmap);
          g_ptr_array_unref (sentence.quotes);
          g_array_unref (sentence.levels);
          g_string_free (sentence.outside, TRUE);
          g_string_free (sentence.plain, TRUE);
          if (c == '\0')
            break;
          start = p + 1;
        }
    }
}

/* «Фактор риска | Уровень риска»: the factor column, and the level column. */
static gboolean
is_risk_table (const KartaTable *table,
               guint            *factor_column,
               guint            *level_column)
{
  gboolean have_factor = FALSE, have_level = FALSE;

  for (guint c = 0; table->rows->len >= 2 && c < table->n_columns; c++)
    {
      g_autofree char *text = karta_recognise_cell_line (table, 0, c);
      g_autofree char *header = text != NULL ? g_utf8_casefold (text, -1) : g_strdup ("");

      if (!have_level && (strstr (header, "уровень") != NULL || strstr (header, "степень") != NULL))
        *level_column = c, have_level = TRUE;
      else if (!have_factor && (strstr (header, "фактор") != NULL || strstr (header, "показател") != NULL))
        *factor_column = c, have_factor = TRUE;
    }
  return have_factor && have_level;
}

static void
read_risk_table (const KartaTable *table,
                 KartaRoadmap     *roadmap)
{
  KartaStatedRisk *stated = NULL;
  guint            factor_column = 0, level_column = 0;

  if (roadmap->order->authority == NULL || !names_school (roadmap->order->authority) ||
      !is_risk_table (table, &factor_column, &level_column))
    return;
  for (guint r = 1; r < table->rows->len; r++)
    {
      g_autofree char *factor = karta_recognise_cell_line (table, r, factor_column);
      g_autofree char *level_text = karta_recognise_cell_line (table, r, level_column);
      g_autofree char *folded = level_text != NULL ? g_utf8_casefold (level_text, -1) : NULL;
      g_autofree char *name = NULL;
      int              level;

      if (karta_text_is_blank (factor) || folded == NULL || !level_of_word (folded, &level))
        continue;
      if (stated == NULL)
        stated = stated_for (roadmap, roadmap->order->authority);
      name = karta_recognise_strip_bullet (factor);
      karta_risk_profile_add (stated->profile, 0, name, level);
    }
}

/**
 * karta_recognise_stated_risks:
 *
 * Adds to @roadmap the risk profiles its context and the paragraphs before
 * the plan state, for the year the roadmap's period starts in.
 */
void
karta_recognise_stated_risks (const KartaImportDocument *document,
                              GPtrArray                 *above,
                              const KartaImportLayout   *layout,
                              KartaRoadmap              *roadmap)
{
  for (guint i = 0; i < above->len; i++)
    read_text (g_ptr_array_index (above, i), roadmap);
  if (roadmap->context != NULL)
    read_text (roadmap->context, roadmap);
  for (guint t = 0; t < document->tables->len; t++)
    if (t != layout->table)
      read_risk_table (g_ptr_array_index (document->tables, t), roadmap);
}
