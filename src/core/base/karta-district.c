/* karta-district.c — which district a text speaks of
 *
 * A roadmap is a district's: its order's authority and its title name the
 * district in whatever case the sentence needs («Комитет образования
 * администрации Кировского муниципального района», «во Фрунзенском районе
 * Санкт-Петербурга»). Schools are matched within it: «ГБОУ СОШ № 8» of one
 * district is not the school of that name in another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-district.h"

/* An adjective of place (…ский, …цкого, …ском), maybe «муниципального» or
 * «городского», then «район» or «округ» in any case */
#define LETTER   "[А-ЯЁа-яё]"
#define DISTRICT "(?<![А-ЯЁа-яё-])(" LETTER "+(?:-" LETTER "+)?[сц]к)(?:ий|ого|ому|им|ом|ой)" \
                 "\\s+(?:(муниципальн|городск)" LETTER "*\\s+)?(район|округ)" LETTER "*"

static GRegex *
district_regex (void)
{
  static gsize   once;
  static GRegex *regex;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new (DISTRICT, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

/* The adjective's stem and the rest, as matched */
static gboolean
match_district (const char *text,
                char      **stem,
                char      **middle,
                char      **kind)
{
  g_autoptr (GMatchInfo) match = NULL;

  if (text == NULL || !g_regex_match (district_regex (), text, 0, &match))
    return FALSE;
  *stem = g_match_info_fetch (match, 1);
  if (middle != NULL)
    *middle = g_match_info_fetch (match, 2);
  if (kind != NULL)
    *kind = g_match_info_fetch (match, 3);
  return TRUE;
}

/**
 * karta_district_find:
 * @text: (nullable): an authority, a title, a sentence
 *
 * Returns: (transfer full) (nullable): the first district @text names, as
 *   one writes it on its own: «Кировский муниципальный район» for
 *   «…администрации Кировского муниципального района»; %NULL if none
 */
char *
karta_district_find (const char *text)
{
  g_autofree char *stem = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *folded_kind = NULL;
  g_autofree char *folded_middle = NULL;
  const char      *between = "";

  if (!match_district (text, &stem, &middle, &kind))
    return NULL;
  folded_kind = g_utf8_strdown (kind, -1);
  folded_middle = g_utf8_strdown (middle, -1);
  if (g_str_equal (folded_middle, "муниципальн"))
    between = " муниципальный";
  else if (g_str_equal (folded_middle, "городск"))
    between = " городской";
  return g_strconcat (stem, "ий", between, " ", folded_kind, NULL);
}

/**
 * karta_district_key:
 * @district: (nullable): a district as karta_district_find() or a person
 *   writes it
 *
 * Returns: (transfer full) (nullable): what tells the district apart from
 *   others («кировск»), equal for every way of writing it; %NULL when
 *   @district names no district
 */
char *
karta_district_key (const char *district)
{
  g_autofree char *stem = NULL;

  if (!match_district (district, &stem, NULL, NULL))
    return NULL;
  return g_utf8_strdown (stem, -1);
}

/**
 * karta_roadmap_find_district:
 *
 * Returns: (transfer full) (nullable): the district the roadmap is of:
 *   named by its order's authority, else by its title
 */
char *
karta_roadmap_find_district (const KartaRoadmap *roadmap)
{
  char *district;

  g_return_val_if_fail (roadmap != NULL, NULL);

  district = karta_district_find (roadmap->order->authority);
  if (district == NULL)
    district = karta_district_find (roadmap->title);
  return district;
}
