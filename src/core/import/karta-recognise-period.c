/* karta-recognise-period.c — the roadmap's period, which terms without a
 * year take theirs from
 *
 * The title says it most often («на 2023-2024 учебный год», «в 2022
 * году»), else a paragraph before the table. Failing both, the order's date
 * suggests one: a plan approved from August on is a school year's, one
 * approved earlier a calendar year's. The dates written in full in the
 * terms have the last word: a plan whose dates run from September into the
 * next year is a school year's, whatever its order's date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <stdlib.h>

#include "karta-recognise-private.h"
#include "karta-terms.h"

static void
set_academic (KartaPeriod *period,
              int          year)
{
  period->start = karta_day_from_ymd (year, 9, 1);
  period->end = karta_day_from_ymd (year + 1, 8, 31);
}

static void
set_calendar (KartaPeriod *period,
              int          year)
{
  period->start = karta_day_from_ymd (year, 1, 1);
  period->end = karta_day_from_ymd (year, 12, 31);
}

static gboolean
find_period (const char  *text,
             KartaPeriod *period)
{
  g_autoptr (GRegex) academic = g_regex_new ("(?<!\\d)(\\d{4})\\s*(?:[-–—/]|\\s)\\s*(\\d{2}|\\d{4})\\s*(?:гг?\\.?\\s*)?(?:уч|учебн)",
                                             G_REGEX_CASELESS, 0, NULL);
  g_autoptr (GRegex) year = g_regex_new ("(?:\\bв|\\bна)\\s+(\\d{4})\\s*(?:год|г\\.|г\\b)",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;

  if (text == NULL)
    return FALSE;
  if (g_regex_match (academic, text, 0, &match))
    {
      g_autofree char *first = g_match_info_fetch (match, 1);
      set_academic (period, atoi (first));
      return TRUE;
    }
  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (year, text, 0, &match))
    {
      g_autofree char *first = g_match_info_fetch (match, 1);
      set_calendar (period, atoi (first));
      return TRUE;
    }
  return FALSE;
}

/**
 * karta_recognise_period:
 *
 * Sets @roadmap's period from its title ("в 2022 году", "на 2023/2024
 * учебный год"), else the text before the table, else its order's date.
 *
 * Returns: whether the text said it; %FALSE when it was only guessed from
 *   the order's date (or not at all), for karta_recognise_settle_period()
 */
gboolean
karta_recognise_period (GPtrArray    *above,
                        KartaRoadmap *roadmap)
{
  int year, month;

  if (find_period (roadmap->title, &roadmap->period))
    return TRUE;
  for (guint i = 0; i < above->len; i++)
    if (find_period (g_ptr_array_index (above, i), &roadmap->period))
      return TRUE;
  if (roadmap->order->date == KARTA_DAY_NONE)
    return FALSE;
  karta_day_to_ymd (roadmap->order->date, &year, &month, NULL);
  if (month >= 8)
    set_academic (&roadmap->period, year);
  else
    set_calendar (&roadmap->period, year);
  return FALSE;
}

static void
widen (KartaDay  first,
       KartaDay  last,
       KartaDay *from,
       KartaDay *to)
{
  if (first == KARTA_DAY_NONE || last == KARTA_DAY_NONE)
    return;
  *from = *from == KARTA_DAY_NONE ? first : MIN (*from, first);
  *to = *to == KARTA_DAY_NONE ? last : MAX (*to, last);
}

static int
full_year (const char *digits)
{
  int year = atoi (digits);

  return year < 100 ? 2000 + year : year;
}

/* The days a term writes with their year: «01.09.2023», «15.10.23»,
 * «сентябрь 2023», «в мае 2024 г.» */
static void
find_term_days (const char *term,
                GRegex     *full_date,
                GRegex     *month_year,
                KartaDay   *first,
                KartaDay   *last)
{
  g_autoptr (GMatchInfo) match = NULL;

  for (g_regex_match (full_date, term, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *d = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *y = g_match_info_fetch (match, 3);
      KartaDay         day = karta_day_from_ymd (full_year (y), atoi (m), atoi (d));

      widen (day, day, first, last);
    }
  g_clear_pointer (&match, g_match_info_free);
  for (g_regex_match (month_year, term, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *y = g_match_info_fetch (match, 2);
      int              month = karta_recognise_month (name), year = full_year (y);

      if (month != 0)
        widen (karta_day_from_ymd (year, month, 1), karta_day_from_ymd (year, month, karta_days_in_month (year, month)),
               first, last);
    }
}

/* The first and last days written with their year in the terms of @sections */
static void
find_written_days (GPtrArray *sections,
                   GRegex    *full_date,
                   GRegex    *month_year,
                   KartaDay  *first,
                   KartaDay  *last)
{
  for (guint s = 0; s < sections->len; s++)
    {
      KartaSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->activities->len; i++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, i);

          if (activity->term != NULL)
            find_term_days (activity->term, full_date, month_year, first, last);
        }
      find_written_days (section->sections, full_date, month_year, first, last);
    }
}

static void
reparse_terms (GPtrArray         *sections,
               const KartaPeriod *period)
{
  for (guint s = 0; s < sections->len; s++)
    {
      KartaSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->activities->len; i++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, i);
          g_clear_pointer (&activity->schedule, karta_schedule_free);
          activity->schedule = karta_terms_parse (activity->term, period);
        }
      reparse_terms (section->sections, period);
    }
}

/* Nothing says which year: the one under way, a school year from August
 * on, for the user to correct in the review */
static void
guess_from_today (KartaRoadmap *roadmap)
{
  int year, month;

  if (roadmap->period.start != KARTA_DAY_NONE)
    return;
  karta_day_to_ymd (karta_day_today (), &year, &month, NULL);
  if (month >= 8)
    set_academic (&roadmap->period, year);
  else
    set_calendar (&roadmap->period, year);
  reparse_terms (roadmap->sections, &roadmap->period);
}

/**
 * karta_recognise_settle_period:
 *
 * For a period the text did not say: the dates written with their year in
 * the terms («01.09.2023», «май 2024») decide between a school year and a
 * calendar year, and the terms are read again when it changes. Where
 * nothing tells, the year under way is taken: the period is never left
 * unset.
 */
void
karta_recognise_settle_period (KartaRoadmap *roadmap)
{
  g_autoptr (GRegex) full_date = g_regex_new ("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)", 0, 0, NULL);
  g_autoptr (GRegex) month_year = g_regex_new ("(?<!\\w)(\\w{3,9})\\s+(\\d{4})(?!\\d)", G_REGEX_CASELESS, 0, NULL);
  KartaDay    first = KARTA_DAY_NONE, last = KARTA_DAY_NONE;
  KartaPeriod period = { 0 };
  int         y1, m1, y2, m2;

  find_written_days (roadmap->sections, full_date, month_year, &first, &last);
  if (first == KARTA_DAY_NONE)
    {
      guess_from_today (roadmap);
      return;
    }
  karta_day_to_ymd (first, &y1, &m1, NULL);
  karta_day_to_ymd (last, &y2, &m2, NULL);
  if (y1 == y2 && (m1 < 8 || roadmap->period.start == KARTA_DAY_NONE))
    set_calendar (&period, y1);
  else if (y2 == y1 + 1 && m1 >= 8 && m2 <= 8)
    set_academic (&period, y1);
  else if (y1 == y2 && m1 >= 8)
    set_academic (&period, y1); /* from September on, as the order's date said */
  else if (roadmap->period.start == KARTA_DAY_NONE)
    {
      /* dates over several years: all of them */
      karta_day_to_ymd (last, &y2, NULL, NULL);
      period.start = karta_day_from_ymd (y1, 1, 1);
      period.end = karta_day_from_ymd (y2, 12, 31);
    }
  else
    return;
  if (period.start == roadmap->period.start && period.end == roadmap->period.end)
    return;
  roadmap->period = period;
  reparse_terms (roadmap->sections, &roadmap->period);
}
