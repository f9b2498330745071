/* karta-activity-status.c — the status an activity is shown with: the one
 * stored, except that work neither done nor cancelled whose last day has
 * passed is overdue. The table, its filter and the Gantt chart all show
 * this one, so that they agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-activity-status.h"

/* Whether the schedule has a last day that can pass */
static gboolean
kind_has_end (KartaScheduleKind kind)
{
  return kind != KARTA_SCHEDULE_ON_DEMAND && kind != KARTA_SCHEDULE_NONE && kind != KARTA_SCHEDULE_UNPARSED;
}

/**
 * karta_activity_effective_status:
 * @today: the day to judge by, usually karta_day_today()
 *
 * Returns: @activity's status, or %KARTA_STATUS_OVERDUE when it is neither
 *   done nor cancelled and its last day is before @today
 */
KartaStatus
karta_activity_effective_status (const KartaActivity *activity,
                                 KartaDay             today)
{
  KartaDay last;

  if (activity->status == KARTA_STATUS_DONE || activity->status == KARTA_STATUS_CANCELLED || activity->schedule == NULL || !kind_has_end (activity->schedule->kind))
    return activity->status;
  last = karta_schedule_last_day (activity->schedule);
  return last != KARTA_DAY_NONE && last < today ? KARTA_STATUS_OVERDUE : activity->status;
}
