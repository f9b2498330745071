/* fuzz-terms.c — libFuzzer target: any bytes as a term, under every kind of period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "karta-terms.h"

/* Beyond not crashing, the parser promises spans that run forwards. */
static void
check_schedule (const KartaSchedule *schedule)
{
  g_assert_nonnull (schedule);
  for (guint i = 0; i < schedule->spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (schedule->spans, KartaSpan, i);
      g_assert_cmpuint (span->start, !=, KARTA_DAY_NONE);
      g_assert_cmpuint (span->start, <=, span->end);
    }
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const names[] = { "2022", "2023-2024", "2022-02-01:2023-05-31" };
  static KartaPeriod       periods[G_N_ELEMENTS (names)];
  static gboolean          ready;
  g_autofree char         *text = g_strndup ((const char *) data, size);

  if (!ready)
    {
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        g_assert_true (karta_period_parse (names[i], &periods[i], NULL));
      ready = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      KartaSchedule *schedule = karta_terms_parse (text, &periods[i]);
      check_schedule (schedule);
      karta_schedule_free (schedule);
    }
  return 0;
}
