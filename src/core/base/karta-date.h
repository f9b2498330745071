/* karta-date.h — calendar days and roadmap periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar day as GLib's Julian day number (1 = 1 January of year 1);
 * 0 means "no date". Cheap to compare and subtract, which the Gantt needs. */
typedef guint32 KartaDay;

#define KARTA_DAY_NONE ((KartaDay) 0)

typedef struct
{
  KartaDay start;
  KartaDay end; /* inclusive */
} KartaPeriod;

KartaDay karta_day_from_ymd (int year,
                             int month,
                             int day);
KartaDay karta_day_from_iso (const char *iso);
char    *karta_day_to_iso (KartaDay day);
char    *karta_day_format (KartaDay day);
gboolean karta_day_parse (const char *text,
                          KartaDay   *day);
void     karta_day_to_ymd (KartaDay day,
                           int     *year,
                           int     *month,
                           int     *mday);
int      karta_days_in_month (int year,
                              int month);
KartaDay karta_day_today (void);

gboolean karta_period_parse (const char  *text,
                             KartaPeriod *period,
                             GError     **error);
gboolean karta_period_is_academic (const KartaPeriod *period);
char    *karta_period_format (const KartaPeriod *period);
gboolean karta_period_contains (const KartaPeriod *period,
                                KartaDay           day);

G_END_DECLS
