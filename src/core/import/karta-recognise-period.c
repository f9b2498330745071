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

/* The first and last days written in full («01.09.2023», «15.10.23») in
 * the terms of @sections */
static void
find_written_days (GPtrArray *sections,
                   GRegex    *full_date,
                   KartaDay  *first,
                   KartaDay  *last)
{
  for (guint s = 0; s < sections->len; s++)
    {
      KartaSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->activities->len; i++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, i);
          g_autoptr (GMatchInfo) match = NULL;

          if (activity->term == NULL)
            continue;
          for (g_regex_match (full_date, activity->term, 0, &match); g_match_info_matches (match);
               g_match_info_next (match, NULL))
            {
              g_autofree char *d = g_match_info_fetch (match, 1);
              g_autofree char *m = g_match_info_fetch (match, 2);
              g_autofree char *y = g_match_info_fetch (match, 3);
              int              year = atoi (y) < 100 ? 2000 + atoi (y) : atoi (y);
              KartaDay         day = karta_day_from_ymd (year, atoi (m), atoi (d));

              if (day == KARTA_DAY_NONE)
                continue;
              *first = *first == KARTA_DAY_NONE ? day : MIN (*first, day);
              *last = *last == KARTA_DAY_NONE ? day : MAX (*last, day);
            }
        }
      find_written_days (section->sections, full_date, first, last);
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

/**
 * karta_recognise_settle_period:
 *
 * For a period the text did not say: the dates written in full in the
 * terms decide between a school year and a calendar year, and the terms
 * are read again when it changes.
 */
void
karta_recognise_settle_period (KartaRoadmap *roadmap)
{
  g_autoptr (GRegex) full_date = g_regex_new ("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)", 0, 0, NULL);
  KartaDay    first = KARTA_DAY_NONE, last = KARTA_DAY_NONE;
  KartaPeriod period = { 0 };
  int         y1, m1, y2, m2;

  find_written_days (roadmap->sections, full_date, &first, &last);
  if (first == KARTA_DAY_NONE)
    return;
  karta_day_to_ymd (first, &y1, &m1, NULL);
  karta_day_to_ymd (last, &y2, &m2, NULL);
  if (y1 == y2 && (m1 < 8 || roadmap->period.start == KARTA_DAY_NONE))
    set_calendar (&period, y1);
  else if (y2 == y1 + 1 && m1 >= 8 && m2 <= 8)
    set_academic (&period, y1);
  else if (y1 == y2 && m1 >= 8)
    set_academic (&period, y1); /* from September on, as the order's date said */
  else
    return;
  if (period.start == roadmap->period.start && period.end == roadmap->period.end)
    return;
  roadmap->period = period;
  reparse_terms (roadmap->sections, &roadmap->period);
}
