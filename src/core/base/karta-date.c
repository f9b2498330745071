/* karta-date.c — calendar days and roadmap periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "karta-date.h"
#include "karta-error.h"

/**
 * karta_day_from_ymd:
 *
 * Returns: the day, or %KARTA_DAY_NONE when the date does not exist
 * (31 April, 29 February of a common year): it is never rolled over.
 */
KartaDay
karta_day_from_ymd (int year,
                    int month,
                    int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return KARTA_DAY_NONE;
  if (!g_date_valid_dmy (day, month, year))
    return KARTA_DAY_NONE;

  GDate date;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

int
karta_days_in_month (int year,
                     int month)
{
  return g_date_get_days_in_month (month, year);
}

void
karta_day_to_ymd (KartaDay day,
                  int     *year,
                  int     *month,
                  int     *mday)
{
  GDate date;

  g_return_if_fail (day != KARTA_DAY_NONE);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (year)
    *year = g_date_get_year (&date);
  if (month)
    *month = g_date_get_month (&date);
  if (mday)
    *mday = g_date_get_day (&date);
}

/**
 * karta_day_from_iso:
 * @iso: (nullable): a date as YYYY-MM-DD
 *
 * Returns: the day, or %KARTA_DAY_NONE for %NULL, malformed or impossible dates.
 */
KartaDay
karta_day_from_iso (const char *iso)
{
  int y, m, d, consumed = 0;

  if (iso == NULL || strlen (iso) != 10)
    return KARTA_DAY_NONE;
  if (sscanf (iso, "%4d-%2d-%2d%n", &y, &m, &d, &consumed) != 3 || consumed != 10)
    return KARTA_DAY_NONE;
  return karta_day_from_ymd (y, m, d);
}

/**
 * karta_day_to_iso:
 *
 * Returns: (transfer full) (nullable): YYYY-MM-DD, or %NULL for %KARTA_DAY_NONE.
 */
char *
karta_day_to_iso (KartaDay day)
{
  int y, m, d;

  if (day == KARTA_DAY_NONE)
    return NULL;
  karta_day_to_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/**
 * karta_day_format:
 *
 * Returns: (transfer full): the day as people write it, "31.03.2022", or ""
 *   for %KARTA_DAY_NONE.
 */
char *
karta_day_format (KartaDay day)
{
  int y, m, d;

  if (day == KARTA_DAY_NONE)
    return g_strdup ("");
  karta_day_to_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%02d.%02d.%04d", d, m, y);
}

/**
 * karta_day_parse:
 * @text: "DD.MM.YYYY", spaces around allowed; "" is no date
 * @day: (out): the day, or %KARTA_DAY_NONE for an empty @text
 *
 * Reads what karta_day_format() writes (the day and month may have one digit).
 *
 * Returns: whether @text is a date or empty
 */
gboolean
karta_day_parse (const char *text,
                 KartaDay   *day)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int              d, m, y, consumed = 0;

  *day = KARTA_DAY_NONE;
  if (*stripped == '\0')
    return TRUE;
  if (sscanf (stripped, "%2d.%2d.%4d%n", &d, &m, &y, &consumed) != 3 || stripped[consumed] != '\0' || y < 1900 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  *day = karta_day_from_ymd (y, m, d);
  return TRUE;
}

KartaDay
karta_day_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return karta_day_from_ymd (g_date_time_get_year (now),
                             g_date_time_get_month (now),
                             g_date_time_get_day_of_month (now));
}

static gboolean
parse_year (const char *text,
            int        *year)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1900, 2999, &value, NULL))
    return FALSE;
  *year = (int) value;
  return TRUE;
}

/**
 * karta_period_parse:
 * @text: YYYY (calendar year), YYYY-YYYY (academic year, 1 Sept – 31 Aug)
 *   or YYYY-MM-DD:YYYY-MM-DD
 *
 * Parses a period as cli.md writes it.
 */
gboolean
karta_period_parse (const char  *text,
                    KartaPeriod *period,
                    GError     **error)
{
  g_auto (GStrv) parts = NULL;
  int first, second;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strchr (text, ':') != NULL)
    {
      parts = g_strsplit (text, ":", 2);
      period->start = karta_day_from_iso (parts[0]);
      period->end = karta_day_from_iso (parts[1]);
    }
  else if (strlen (text) == 9 && text[4] == '-')
    {
      parts = g_strsplit (text, "-", 2);
      if (parse_year (parts[0], &first) && parse_year (parts[1], &second) && second == first + 1)
        {
          period->start = karta_day_from_ymd (first, 9, 1);
          period->end = karta_day_from_ymd (second, 8, 31);
        }
      else
        period->start = period->end = KARTA_DAY_NONE;
    }
  else if (parse_year (text, &first))
    {
      period->start = karta_day_from_ymd (first, 1, 1);
      period->end = karta_day_from_ymd (first, 12, 31);
    }
  else
    period->start = period->end = KARTA_DAY_NONE;

  if (period->start == KARTA_DAY_NONE || period->end == KARTA_DAY_NONE || period->end < period->start)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("“%s” is not a period: expected YYYY, YYYY-YYYY or YYYY-MM-DD:YYYY-MM-DD"),
                   text);
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_period_is_academic:
 *
 * Returns: %TRUE for a period of 1 September – 31 August of the next year.
 */
gboolean
karta_period_is_academic (const KartaPeriod *period)
{
  int y1, m1, d1, y2, m2, d2;

  if (period->start == KARTA_DAY_NONE || period->end == KARTA_DAY_NONE)
    return FALSE;
  karta_day_to_ymd (period->start, &y1, &m1, &d1);
  karta_day_to_ymd (period->end, &y2, &m2, &d2);
  return m1 == 9 && d1 == 1 && m2 == 8 && d2 == 31 && y2 == y1 + 1;
}

gboolean
karta_period_contains (const KartaPeriod *period,
                       KartaDay           day)
{
  return day >= period->start && day <= period->end;
}

/**
 * karta_period_format:
 *
 * Returns: (transfer full): the period for people: "2022", "2023–2024 уч. г."
 *   or "01.02.2022 – 31.05.2022".
 */
char *
karta_period_format (const KartaPeriod *period)
{
  int              y1, m1, d1, y2, m2, d2;
  g_autofree char *start = NULL, *end = NULL;

  if (period->start == KARTA_DAY_NONE || period->end == KARTA_DAY_NONE)
    return g_strdup (_ ("no period"));
  karta_day_to_ymd (period->start, &y1, &m1, &d1);
  karta_day_to_ymd (period->end, &y2, &m2, &d2);
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
    return g_strdup_printf ("%d", y1);
  if (karta_period_is_academic (period))
    /* Translators: an academic year, e.g. "2023–2024 ac. year" */
    return g_strdup_printf (_ ("%d–%d ac. year"), y1, y2);
  start = karta_day_format (period->start);
  end = karta_day_format (period->end);
  return g_strdup_printf ("%s – %s", start, end);
}
