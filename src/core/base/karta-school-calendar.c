/* karta-school-calendar.c — the school year's quarters («четверти»)
 *
 * Schools set their holidays each year, so a plan's «II четверть» means
 * different days from year to year. Karta uses whole months by default and
 * the boundaries the user sets for a school year where they differ
 * (docs/domain.md, "Terms"). The library's calendar is the default one every
 * reading of terms uses: the store sets it when it opens the library and
 * whenever the calendar changes, as a locale is set for a process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-school-calendar.h"

struct _KartaSchoolCalendar
{
  GHashTable *years; /* school year → KartaDay[8]: start and end of each quarter */
};

static GMutex               default_lock;
static KartaSchoolCalendar *default_calendar;

KartaSchoolCalendar *
karta_school_calendar_new (void)
{
  KartaSchoolCalendar *calendar = g_atomic_rc_box_new0 (KartaSchoolCalendar);

  calendar->years = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return calendar;
}

KartaSchoolCalendar *
karta_school_calendar_ref (KartaSchoolCalendar *calendar)
{
  return g_atomic_rc_box_acquire (calendar);
}

static void
calendar_clear (gpointer data)
{
  g_hash_table_unref (((KartaSchoolCalendar *) data)->years);
}

void
karta_school_calendar_unref (KartaSchoolCalendar *calendar)
{
  if (calendar != NULL)
    g_atomic_rc_box_release_full (calendar, calendar_clear);
}

/**
 * karta_school_quarter_default:
 * @school_year: the year the school year starts in (2023 for 2023-2024)
 * @quarter: 1–4
 *
 * The usual quarters in whole months: I September–October, II November–December,
 * III January–March, IV April–May.
 *
 * Returns: %FALSE for a quarter that does not exist.
 */
gboolean
karta_school_quarter_default (int       school_year,
                              int       quarter,
                              KartaDay *start,
                              KartaDay *end)
{
  static const struct
  {
    int first_month, last_month, next_year;
  } quarters[] = { { 9, 10, 0 }, { 11, 12, 0 }, { 1, 3, 1 }, { 4, 5, 1 } };
  int year;

  if (quarter < 1 || quarter > 4)
    return FALSE;
  year = school_year + quarters[quarter - 1].next_year;
  *start = karta_day_from_ymd (year, quarters[quarter - 1].first_month, 1);
  *end = karta_day_from_ymd (year, quarters[quarter - 1].last_month,
                             karta_days_in_month (year, quarters[quarter - 1].last_month));
  return *start != KARTA_DAY_NONE && *end != KARTA_DAY_NONE;
}

/**
 * karta_school_calendar_set_quarter:
 *
 * Sets one quarter of @school_year; the others of that year keep the defaults
 * until set.
 */
void
karta_school_calendar_set_quarter (KartaSchoolCalendar *calendar,
                                   int                  school_year,
                                   int                  quarter,
                                   KartaDay             start,
                                   KartaDay             end)
{
  KartaDay *days;

  g_return_if_fail (quarter >= 1 && quarter <= 4 && start != KARTA_DAY_NONE && end >= start);
  days = g_hash_table_lookup (calendar->years, GINT_TO_POINTER (school_year));
  if (days == NULL)
    {
      days = g_new0 (KartaDay, 8);
      for (int q = 1; q <= 4; q++)
        karta_school_quarter_default (school_year, q, &days[2 * q - 2], &days[2 * q - 1]);
      g_hash_table_insert (calendar->years, GINT_TO_POINTER (school_year), days);
    }
  days[2 * quarter - 2] = start;
  days[2 * quarter - 1] = end;
}

/**
 * karta_school_calendar_get_quarter:
 * @calendar: (nullable): the calendar, or %NULL for the defaults
 *
 * Returns: %FALSE for a quarter that does not exist.
 */
gboolean
karta_school_calendar_get_quarter (const KartaSchoolCalendar *calendar,
                                   int                        school_year,
                                   int                        quarter,
                                   KartaDay                  *start,
                                   KartaDay                  *end)
{
  const KartaDay *days = calendar != NULL ? g_hash_table_lookup (calendar->years, GINT_TO_POINTER (school_year)) : NULL;

  if (days == NULL || quarter < 1 || quarter > 4)
    return karta_school_quarter_default (school_year, quarter, start, end);
  *start = days[2 * quarter - 2];
  *end = days[2 * quarter - 1];
  return TRUE;
}

gboolean
karta_school_calendar_has_year (const KartaSchoolCalendar *calendar,
                                int                        school_year)
{
  return g_hash_table_contains (calendar->years, GINT_TO_POINTER (school_year));
}

/**
 * karta_school_calendar_set_default:
 * @calendar: (nullable) (transfer none): the library's calendar, %NULL for the
 *   usual quarters
 */
void
karta_school_calendar_set_default (KartaSchoolCalendar *calendar)
{
  KartaSchoolCalendar *old;

  g_mutex_lock (&default_lock);
  old = default_calendar;
  default_calendar = calendar != NULL ? karta_school_calendar_ref (calendar) : NULL;
  g_mutex_unlock (&default_lock);
  karta_school_calendar_unref (old);
}

/**
 * karta_school_calendar_dup_default:
 *
 * Returns: (transfer full) (nullable): the calendar terms are read with
 */
KartaSchoolCalendar *
karta_school_calendar_dup_default (void)
{
  KartaSchoolCalendar *calendar;

  g_mutex_lock (&default_lock);
  calendar = default_calendar != NULL ? karta_school_calendar_ref (default_calendar) : NULL;
  g_mutex_unlock (&default_lock);
  return calendar;
}
