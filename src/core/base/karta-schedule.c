/* karta-schedule.c — what a term ("Сроки") means in dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-schedule.h"

static const char *kind_names[] = {
  [KARTA_SCHEDULE_NONE] = "none",
  [KARTA_SCHEDULE_DATES] = "dates",
  [KARTA_SCHEDULE_DEADLINE] = "deadline",
  [KARTA_SCHEDULE_FROM] = "from",
  [KARTA_SCHEDULE_CONTINUOUS] = "continuous",
  [KARTA_SCHEDULE_RECURRING] = "recurring",
  [KARTA_SCHEDULE_ON_DEMAND] = "on_demand",
  [KARTA_SCHEDULE_UNPARSED] = "unparsed",
};

static void
span_clear (gpointer data)
{
  KartaSpan *span = data;

  g_clear_pointer (&span->label, g_free);
}

KartaSchedule *
karta_schedule_new (KartaScheduleKind kind)
{
  KartaSchedule *schedule = g_new0 (KartaSchedule, 1);

  schedule->kind = kind;
  schedule->spans = g_array_new (FALSE, TRUE, sizeof (KartaSpan));
  g_array_set_clear_func (schedule->spans, span_clear);
  schedule->occurrences = g_array_new (FALSE, TRUE, sizeof (KartaDay));
  schedule->warnings = g_ptr_array_new_with_free_func (g_free);
  return schedule;
}

void
karta_schedule_free (KartaSchedule *schedule)
{
  if (schedule == NULL)
    return;
  g_array_unref (schedule->spans);
  g_array_unref (schedule->occurrences);
  g_ptr_array_unref (schedule->warnings);
  g_free (schedule->rule);
  g_free (schedule);
}

KartaSchedule *
karta_schedule_copy (const KartaSchedule *schedule)
{
  KartaSchedule *copy = karta_schedule_new (schedule->kind);

  for (guint i = 0; i < schedule->spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (schedule->spans, KartaSpan, i);
      karta_schedule_add_span (copy, span->start, span->end, span->label);
    }
  g_array_append_vals (copy->occurrences, schedule->occurrences->data, schedule->occurrences->len);
  for (guint i = 0; i < schedule->warnings->len; i++)
    g_ptr_array_add (copy->warnings, g_strdup (g_ptr_array_index (schedule->warnings, i)));
  copy->rule = g_strdup (schedule->rule);
  return copy;
}

void
karta_schedule_add_span (KartaSchedule *schedule,
                         KartaDay       start,
                         KartaDay       end,
                         const char    *label)
{
  KartaSpan span = { start, end, g_strdup (label) };

  g_array_append_val (schedule->spans, span);
}

void
karta_schedule_add_warning (KartaSchedule *schedule,
                            const char    *format,
                            ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (schedule->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

KartaDay
karta_schedule_first_day (const KartaSchedule *schedule)
{
  KartaDay first = KARTA_DAY_NONE;

  for (guint i = 0; i < schedule->spans->len; i++)
    {
      KartaDay start = g_array_index (schedule->spans, KartaSpan, i).start;
      if (first == KARTA_DAY_NONE || start < first)
        first = start;
    }
  return first;
}

KartaDay
karta_schedule_last_day (const KartaSchedule *schedule)
{
  KartaDay last = KARTA_DAY_NONE;

  for (guint i = 0; i < schedule->spans->len; i++)
    last = MAX (last, g_array_index (schedule->spans, KartaSpan, i).end);
  return last;
}

gboolean
karta_schedule_equal (const KartaSchedule *a,
                      const KartaSchedule *b)
{
  if (a->kind != b->kind || a->spans->len != b->spans->len)
    return FALSE;
  for (guint i = 0; i < a->spans->len; i++)
    {
      const KartaSpan *sa = &g_array_index (a->spans, KartaSpan, i);
      const KartaSpan *sb = &g_array_index (b->spans, KartaSpan, i);
      if (sa->start != sb->start || sa->end != sb->end || g_strcmp0 (sa->label, sb->label) != 0)
        return FALSE;
    }
  return g_strcmp0 (a->rule, b->rule) == 0;
}

const char *
karta_schedule_kind_to_string (KartaScheduleKind kind)
{
  g_return_val_if_fail (kind <= KARTA_SCHEDULE_UNPARSED, "unparsed");
  return kind_names[kind];
}

gboolean
karta_schedule_kind_from_string (const char        *name,
                                 KartaScheduleKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * karta_schedule_kind_describe:
 *
 * Returns: the kind's name for people, translated.
 */
const char *
karta_schedule_kind_describe (KartaScheduleKind kind)
{
  switch (kind)
    {
    case KARTA_SCHEDULE_NONE: return _ ("No term");
    case KARTA_SCHEDULE_DATES: return _ ("Dates");
    case KARTA_SCHEDULE_DEADLINE: return _ ("Deadline");
    case KARTA_SCHEDULE_FROM: return _ ("From a date");
    case KARTA_SCHEDULE_CONTINUOUS: return _ ("Throughout the period");
    case KARTA_SCHEDULE_RECURRING: return _ ("Recurring");
    case KARTA_SCHEDULE_ON_DEMAND: return _ ("On demand");
    case KARTA_SCHEDULE_UNPARSED: return _ ("Not recognised");
    default: g_return_val_if_reached (NULL);
    }
}
