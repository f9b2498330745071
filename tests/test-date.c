/* test-date.c — days and periods, and the status an activity has on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-activity-status.h"
#include "karta-date.h"
#include "karta-error.h"

static void
test_impossible_dates (void)
{
  g_assert_cmpuint (karta_day_from_ymd (2023, 4, 31), ==, KARTA_DAY_NONE);
  g_assert_cmpuint (karta_day_from_ymd (2023, 2, 29), ==, KARTA_DAY_NONE);
  g_assert_cmpuint (karta_day_from_ymd (2024, 2, 29), !=, KARTA_DAY_NONE);
  g_assert_cmpuint (karta_day_from_iso ("2023-04-31"), ==, KARTA_DAY_NONE);
  g_assert_cmpuint (karta_day_from_iso ("2023-4-1"), ==, KARTA_DAY_NONE);
  g_assert_cmpuint (karta_day_from_iso ("2023-04-01x"), ==, KARTA_DAY_NONE);
  g_assert_cmpuint (karta_day_from_iso (NULL), ==, KARTA_DAY_NONE);
}

/* "DD.MM.YYYY", as the editors, the review and the printed pages write it */
static void
test_day_format_and_parse (void)
{
  static const struct
  {
    const char *text;
    gboolean    valid;
    int         y, m, d;
  } cases[] = {
    { "31.03.2022", TRUE, 2022, 3, 31 },
    { " 1.2.2023 ", TRUE, 2023, 2, 1 },
    { "", TRUE, 0, 0, 0 },
    { "29.02.2024", TRUE, 2024, 2, 29 },
    { "29.02.2023", FALSE },
    { "31.04.2022", FALSE },
    { "01.01.1899", FALSE },
    { "01.01.2022 г.", FALSE },
    { "2022-01-01", FALSE },
    { "1.1", FALSE },
  };
  g_autofree char *formatted = karta_day_format (karta_day_from_ymd (2022, 2, 8));
  g_autofree char *none = karta_day_format (KARTA_DAY_NONE);

  g_assert_cmpstr (formatted, ==, "08.02.2022");
  g_assert_cmpstr (none, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KartaDay day = 1;

      g_assert_cmpint (karta_day_parse (cases[i].text, &day), ==, cases[i].valid);
      if (cases[i].valid)
        g_assert_cmpint (day, ==, cases[i].y ? karta_day_from_ymd (cases[i].y, cases[i].m, cases[i].d) : KARTA_DAY_NONE);
    }
}

/* An order cited from what it has, with its date written as above */
static void
test_order_format (void)
{
  g_autoptr (KartaOrder) order = karta_order_new ();
  g_autofree char *empty = karta_order_format (order);
  g_autofree char *none = karta_order_format (NULL);
  g_autofree char *full = NULL;

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (none, ==, "");
  order->kind = g_strdup ("распоряжение");
  order->number = g_strdup ("32-р");
  order->date = karta_day_from_ymd (2022, 2, 8);
  full = karta_order_format (order);
  /* the core tests run untranslated */
  g_assert_cmpstr (full, ==, "Распоряжение No. 32-р of 08.02.2022");
}

static void
test_iso_round_trip (void)
{
  KartaDay         day = karta_day_from_ymd (2022, 2, 8);
  g_autofree char *iso = karta_day_to_iso (day);

  g_assert_cmpstr (iso, ==, "2022-02-08");
  g_assert_cmpuint (karta_day_from_iso (iso), ==, day);
  g_assert_cmpuint (karta_day_from_ymd (2022, 3, 1) - karta_day_from_ymd (2022, 2, 28), ==, 1);
}

static void
test_periods (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *academic_text = NULL;
  g_autofree char *year_text = NULL;
  KartaPeriod      period;

  g_assert_true (karta_period_parse ("2022", &period, &error));
  g_assert_cmpuint (period.start, ==, karta_day_from_ymd (2022, 1, 1));
  g_assert_cmpuint (period.end, ==, karta_day_from_ymd (2022, 12, 31));
  g_assert_false (karta_period_is_academic (&period));
  year_text = karta_period_format (&period);
  g_assert_cmpstr (year_text, ==, "2022");

  g_assert_true (karta_period_parse ("2023-2024", &period, &error));
  g_assert_cmpuint (period.start, ==, karta_day_from_ymd (2023, 9, 1));
  g_assert_cmpuint (period.end, ==, karta_day_from_ymd (2024, 8, 31));
  g_assert_true (karta_period_is_academic (&period));
  academic_text = karta_period_format (&period);
  g_assert_true (g_str_has_prefix (academic_text, "2023–2024"));

  g_assert_true (karta_period_parse ("2022-02-01:2022-05-31", &period, &error));
  g_assert_cmpuint (period.end - period.start, ==, 119);

  g_assert_false (karta_period_parse ("2023-2025", &period, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (karta_period_parse ("2022-05-31:2022-02-01", &period, &error));
  g_clear_error (&error);
  g_assert_false (karta_period_parse ("весь год", &period, &error));
}

/* Not done nor cancelled, and its last day passed: overdue; work with no
 * last day never is */
static void
test_effective_status (void)
{
  g_autoptr (KartaActivity) activity = karta_activity_new ();
  KartaDay last = karta_day_from_ymd (2022, 3, 31);

  activity->schedule->kind = KARTA_SCHEDULE_DATES;
  karta_schedule_add_span (activity->schedule, karta_day_from_ymd (2022, 2, 1), last, NULL);
  g_assert_cmpint (karta_activity_effective_status (activity, last), ==, KARTA_STATUS_PLANNED);
  g_assert_cmpint (karta_activity_effective_status (activity, last + 1), ==, KARTA_STATUS_OVERDUE);
  activity->status = KARTA_STATUS_IN_PROGRESS;
  g_assert_cmpint (karta_activity_effective_status (activity, last + 1), ==, KARTA_STATUS_OVERDUE);
  activity->status = KARTA_STATUS_DONE;
  g_assert_cmpint (karta_activity_effective_status (activity, last + 1), ==, KARTA_STATUS_DONE);
  activity->status = KARTA_STATUS_CANCELLED;
  g_assert_cmpint (karta_activity_effective_status (activity, last + 1), ==, KARTA_STATUS_CANCELLED);

  activity->status = KARTA_STATUS_PLANNED;
  activity->schedule->kind = KARTA_SCHEDULE_ON_DEMAND;
  g_assert_cmpint (karta_activity_effective_status (activity, last + 1), ==, KARTA_STATUS_PLANNED);
  g_clear_pointer (&activity->schedule, karta_schedule_free);
  g_assert_cmpint (karta_activity_effective_status (activity, last + 1), ==, KARTA_STATUS_PLANNED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/impossible", test_impossible_dates);
  g_test_add_func ("/date/iso", test_iso_round_trip);
  g_test_add_func ("/date/day-format-and-parse", test_day_format_and_parse);
  g_test_add_func ("/date/order-format", test_order_format);
  g_test_add_func ("/date/periods", test_periods);
  g_test_add_func ("/date/effective-status", test_effective_status);
  return g_test_run ();
}
