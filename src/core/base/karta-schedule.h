/* karta-schedule.h — what a term ("Сроки") means in dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-date.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_SCHEDULE_NONE,
  KARTA_SCHEDULE_DATES,
  KARTA_SCHEDULE_DEADLINE,
  KARTA_SCHEDULE_FROM,
  KARTA_SCHEDULE_CONTINUOUS,
  KARTA_SCHEDULE_RECURRING,
  KARTA_SCHEDULE_ON_DEMAND,
  KARTA_SCHEDULE_UNPARSED,
} KartaScheduleKind;

typedef struct
{
  KartaDay start;
  KartaDay end;   /* inclusive */
  char    *label; /* nullable: a school or group the span is for */
} KartaSpan;

typedef struct
{
  KartaScheduleKind kind;
  GArray           *spans;       /* of KartaSpan, never NULL */
  char             *rule;        /* nullable: the recurrence as written, for recurring */
  GArray           *occurrences; /* of KartaDay, never NULL: known recurring dates */
  GPtrArray        *warnings;    /* of char*, never NULL */
} KartaSchedule;

KartaSchedule *karta_schedule_new (KartaScheduleKind kind);
KartaSchedule *karta_schedule_copy (const KartaSchedule *schedule);
void           karta_schedule_free (KartaSchedule *schedule);
void           karta_schedule_add_span (KartaSchedule *schedule,
                                        KartaDay       start,
                                        KartaDay       end,
                                        const char    *label);
void           karta_schedule_add_warning (KartaSchedule *schedule,
                                           const char    *format,
                                           ...) G_GNUC_PRINTF (2, 3);
KartaDay       karta_schedule_first_day (const KartaSchedule *schedule);
KartaDay       karta_schedule_last_day (const KartaSchedule *schedule);
gboolean       karta_schedule_equal (const KartaSchedule *a,
                                     const KartaSchedule *b);

const char *karta_schedule_kind_to_string (KartaScheduleKind kind);
gboolean    karta_schedule_kind_from_string (const char        *name,
                                             KartaScheduleKind *kind);
const char *karta_schedule_kind_describe (KartaScheduleKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaSchedule, karta_schedule_free)

G_END_DECLS
