/* karta-school-calendar.c — the school year's quarters («четверти»)
 *
 * Schools set their own holidays each year, so the boundaries differ a little from
 * school to school; a plan that writes «II четверть» means the months of that term.
 * Karta uses whole months (docs/domain.md, "Terms").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-school-calendar.h"

/**
 * karta_school_quarter_bounds:
 * @school_year: the year the school year starts in (2023 for 2023-2024)
 * @quarter: 1–4
 *
 * The usual quarters: I September–October, II November–December, III January–March,
 * IV April–May.
 *
 * Returns: %FALSE for a quarter that does not exist.
 */
gboolean
karta_school_quarter_bounds (int       school_year,
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
