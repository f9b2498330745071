/* karta-school-calendar.h — the school year's quarters («четверти»)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-date.h"

G_BEGIN_DECLS

typedef struct _KartaSchoolCalendar KartaSchoolCalendar;

KartaSchoolCalendar *karta_school_calendar_new (void);
KartaSchoolCalendar *karta_school_calendar_ref (KartaSchoolCalendar *calendar);
void                 karta_school_calendar_unref (KartaSchoolCalendar *calendar);
void                 karta_school_calendar_set_quarter (KartaSchoolCalendar *calendar,
                                                        int                  school_year,
                                                        int                  quarter,
                                                        KartaDay             start,
                                                        KartaDay             end);
gboolean             karta_school_calendar_get_quarter (const KartaSchoolCalendar *calendar,
                                                        int                        school_year,
                                                        int                        quarter,
                                                        KartaDay                  *start,
                                                        KartaDay                  *end);
gboolean             karta_school_calendar_has_year (const KartaSchoolCalendar *calendar,
                                                     int                        school_year);
gboolean             karta_school_quarter_default (int       school_year,
                                                   int       quarter,
                                                   KartaDay *start,
                                                   KartaDay *end);

void                 karta_school_calendar_set_default (KartaSchoolCalendar *calendar);
KartaSchoolCalendar *karta_school_calendar_dup_default (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaSchoolCalendar, karta_school_calendar_unref)

G_END_DECLS
