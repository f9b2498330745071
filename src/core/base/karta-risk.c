/* karta-risk.c — risk factor lists and schools' risk profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-risk.h"

KartaFactorList *
karta_factor_list_new (void)
{
  KartaFactorList *list = g_new0 (KartaFactorList, 1);

  list->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  return list;
}

void
karta_factor_list_free (KartaFactorList *list)
{
  if (list == NULL)
    return;
  g_free (list->title);
  g_ptr_array_unref (list->factors);
  g_free (list);
}

static void
karta_risk_entry_free (KartaRiskEntry *entry)
{
  g_free (entry->factor_name);
  g_free (entry);
}

/**
 * karta_risk_profile_new:
 *
 * Returns: (transfer full): an empty profile, not stored yet
 */
KartaRiskProfile *
karta_risk_profile_new (gint64 organisation_id,
                        int    year)
{
  KartaRiskProfile *profile = g_new0 (KartaRiskProfile, 1);

  profile->organisation_id = organisation_id;
  profile->year = year;
  profile->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_entry_free);
  return profile;
}

KartaRiskProfile *
karta_risk_profile_copy (const KartaRiskProfile *profile)
{
  KartaRiskProfile *copy = karta_risk_profile_new (profile->organisation_id, profile->year);

  copy->id = profile->id;
  copy->school_name = g_strdup (profile->school_name);
  copy->list_id = profile->list_id;
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      karta_risk_profile_add (copy, entry->factor_id, entry->factor_name, entry->level);
    }
  return copy;
}

void
karta_risk_profile_free (KartaRiskProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->school_name);
  g_ptr_array_unref (profile->entries);
  g_free (profile);
}

/**
 * karta_risk_profile_add:
 * @factor_id: the factor, or 0 when known only by @factor_name (the store
 *   finds it in the profile's list)
 *
 * Adds the factor's level at the end of the profile.
 */
void
karta_risk_profile_add (KartaRiskProfile *profile,
                        gint64            factor_id,
                        const char       *factor_name,
                        KartaRiskLevel    level)
{
  KartaRiskEntry *entry = g_new0 (KartaRiskEntry, 1);

  entry->factor_id = factor_id;
  entry->factor_name = g_strdup (factor_name);
  entry->level = level;
  g_ptr_array_add (profile->entries, entry);
}

/**
 * karta_risk_profile_count:
 *
 * Returns: how many factors the profile has at each level
 */
KartaRiskCounts
karta_risk_profile_count (const KartaRiskProfile *profile)
{
  KartaRiskCounts counts = { 0, 0, 0 };

  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      switch (entry->level)
        {
        case KARTA_RISK_HIGH:
          counts.high++;
          break;
        case KARTA_RISK_MEDIUM:
          counts.medium++;
          break;
        case KARTA_RISK_LOW:
        default:
          counts.low++;
          break;
        }
    }
  return counts;
}

/**
 * karta_risk_level_describe:
 *
 * Returns: the level's name for people, translated
 */
const char *
karta_risk_level_describe (KartaRiskLevel level)
{
  switch (level)
    {
    case KARTA_RISK_HIGH:
      return _ ("High");
    case KARTA_RISK_MEDIUM:
      return _ ("Medium");
    case KARTA_RISK_LOW:
    default:
      return _ ("Low");
    }
}

void
karta_factor_activity_free (KartaFactorActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->roadmap_title);
  g_free (activity->number);
  g_free (activity->title);
  g_free (activity);
}

/* What the ten ФИОКО factors are about, as stems of the words that name
 * them. A factor of any list belongs to the themes whose stems its own name
 * contains, so renamed or reordered lists keep their suggestions. */
static const char *const factor_themes[][5] = {
  { "инфраструкт", "оснащ", "материально-техн", "оборудован", NULL },
  { "кадр", "вакан", NULL },
  { "компетент", "квалификац", "методическ", NULL },
  { "языков", "культурн", "мигра", NULL },
  { "неуспешн", "отстающ", NULL },
  { "овз", "инклюзив", NULL },
  { "мотивац", NULL },
  { "дисциплин", "поведен", NULL },
  { "благополуч", "климат", "буллинг", NULL },
  { "родител", "семь", NULL },
};

/* Casefolded, with ё as е, so stems match however the text is written. */
static char *
fold_text (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto (GStrv) parts = g_strsplit (folded, "ё", -1);

  return g_strjoinv ("е", parts);
}

static gboolean
theme_in (guint       theme,
          const char *folded)
{
  for (guint i = 0; factor_themes[theme][i] != NULL; i++)
    if (strstr (folded, factor_themes[theme][i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A factor that belongs to no theme is matched by the longer words of its
 * own name, cut to a stem. */
static gboolean
own_words_in (const char *folded_name,
              const char *folded_text)
{
  g_auto (GStrv) words = g_regex_split_simple ("[^[:alnum:]-]+", folded_name, 0, 0);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *stem = NULL;

      if (g_utf8_strlen (words[i], -1) < 8)
        continue;
      stem = g_utf8_substring (words[i], 0, g_utf8_strlen (words[i], -1) - 3);
      if (strstr (folded_text, stem) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
factor_matches (const char *folded_name,
                const char *folded_text)
{
  gboolean has_theme = FALSE;

  for (guint theme = 0; theme < G_N_ELEMENTS (factor_themes); theme++)
    {
      if (!theme_in (theme, folded_name))
        continue;
      has_theme = TRUE;
      if (theme_in (theme, folded_text))
        return TRUE;
    }
  return !has_theme && own_words_in (folded_name, folded_text);
}

/**
 * karta_risk_suggest_factors:
 * @text: a section's or activity's title
 * @list: the factor list to choose from
 *
 * Returns: (transfer container) (element-type KartaRef): the factors of
 *   @list that @text probably answers, in the list's order; the refs
 *   belong to @list
 */
GPtrArray *
karta_risk_suggest_factors (const char            *text,
                            const KartaFactorList *list)
{
  GPtrArray       *found = g_ptr_array_new ();
  g_autofree char *folded_text = NULL;

  if (text == NULL || list == NULL)
    return found;
  folded_text = fold_text (text);
  for (guint i = 0; i < list->factors->len; i++)
    {
      KartaRef        *factor = g_ptr_array_index (list->factors, i);
      g_autofree char *folded_name = fold_text (factor->name ? factor->name : "");

      if (factor_matches (folded_name, folded_text))
        g_ptr_array_add (found, factor);
    }
  return found;
}

/* The longer words of a name without their endings, at most five letters:
 * «низкой» and «низкая» → «низк», «обучающихся» → «обуча». */
static GPtrArray *
name_stems (const char *name)
{
  g_autofree char *folded = fold_text (name);
  g_auto (GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", folded, 0, 0);
  GPtrArray *stems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 4)
      g_ptr_array_add (stems, g_utf8_substring (words[i], 0, MIN (5, g_utf8_strlen (words[i], -1) - 2)));
  return stems;
}

static double
stem_overlap (GPtrArray *a,
              GPtrArray *b)
{
  guint shared = 0;

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, j)))
        {
          shared++;
          break;
        }
  return MAX (a->len, b->len) > 0 ? (double) shared / MAX (a->len, b->len) : 0.0;
}

/**
 * karta_factor_list_find:
 * @name: a factor as a document names it («Низкая учебная мотивация обучающихся»,
 *   «низкой учебной мотивации»)
 *
 * Returns: (nullable): the factor of @list with that name, or failing that the
 *   one sharing most of its words (at least 60%); it belongs to @list
 */
const KartaRef *
karta_factor_list_find (const KartaFactorList *list,
                        const char            *name)
{
  g_autoptr (GPtrArray) stems = name_stems (name);
  const KartaRef *best = NULL;
  double          best_score = 0.6 - 1e-9;

  for (guint i = 0; list != NULL && i < list->factors->len; i++)
    {
      const KartaRef *factor = g_ptr_array_index (list->factors, i);
      g_autoptr (GPtrArray) factor_stems = name_stems (factor->name ? factor->name : "");
      double score = stem_overlap (stems, factor_stems);

      if (score > best_score)
        best = factor, best_score = score;
    }
  return best;
}

KartaStatedRisk *
karta_stated_risk_new (const char *school_name,
                       int         year)
{
  KartaStatedRisk *stated = g_new0 (KartaStatedRisk, 1);

  stated->profile = karta_risk_profile_new (0, year);
  stated->profile->school_name = g_strdup (school_name);
  return stated;
}

void
karta_stated_risk_free (KartaStatedRisk *stated)
{
  if (stated == NULL)
    return;
  karta_risk_profile_free (stated->profile);
  g_free (stated);
}
