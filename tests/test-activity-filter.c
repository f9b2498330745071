/* test-activity-filter.c — the criteria the roadmap's table and Gantt chart
 * share: each alone, together, and the search apart from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-activity-filter.h"
#include "karta-date.h"
#include "karta-responsible.h"
#include "karta-schedule.h"

static KartaDay
day (int y, int m, int d)
{
  return karta_day_from_ymd (y, m, d);
}

static KartaActivity *
activity_new (gint64      id,
              gint64      section_id,
              const char *title,
              const char *responsible,
              KartaStatus status,
              KartaDay    start,
              KartaDay    end)
{
  KartaActivity *activity = karta_activity_new ();

  activity->id = id;
  activity->section_id = section_id;
  activity->number = g_strdup_printf ("1.%" G_GINT64_FORMAT, id);
  activity->title = g_strdup (title);
  activity->responsible = g_strdup (responsible);
  activity->status = status;
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_schedule_new (KARTA_SCHEDULE_DATES);
  karta_schedule_add_span (activity->schedule, start, end, NULL);
  return activity;
}

static void
test_criteria (void)
{
  g_autoptr (KartaActivityFilter) filter = karta_activity_filter_new ();
  g_autoptr (KartaSection) section = karta_section_new ("1", "Организационные мероприятия");
  KartaSection *nested = karta_section_new ("1.1", "Методическая работа");
  /* planned, due in March; late since April (today is May); done in May */
  g_autoptr (KartaActivity) march = activity_new (1, 10, "Совещание с директорами", "Иванова А. П., методист",
                                                  KARTA_STATUS_PLANNED, day (2022, 3, 1), day (2022, 3, 31));
  g_autoptr (KartaActivity) late = activity_new (2, 11, "Анализ результатов ВПР", "Петров И. И.",
                                                 KARTA_STATUS_PLANNED, day (2022, 2, 1), day (2022, 4, 30));
  g_autoptr (KartaActivity) done = activity_new (3, 12, "Семинар", NULL,
                                                 KARTA_STATUS_DONE, day (2022, 5, 1), day (2022, 5, 31));
  KartaPeriod may = { day (2022, 5, 1), day (2022, 5, 31) };

  section->id = 10;
  nested->id = 11;
  g_ptr_array_add (section->sections, nested);
  g_ptr_array_add (late->schools, karta_ref_new (7, "Школа № 7"));
  karta_activity_filter_set_today (filter, day (2022, 5, 15));
  g_assert_false (karta_activity_filter_has_criteria (filter));
  g_assert_true (karta_activity_filter_passes (filter, march));

  /* the status shown: overdue as of the filter's today */
  karta_activity_filter_set_status (filter, KARTA_STATUS_OVERDUE);
  g_assert_true (karta_activity_filter_has_criteria (filter));
  g_assert_true (karta_activity_filter_passes (filter, late));
  g_assert_false (karta_activity_filter_passes (filter, done));
  karta_activity_filter_set_today (filter, day (2022, 1, 15));
  g_assert_false (karta_activity_filter_passes (filter, late));
  karta_activity_filter_set_today (filter, day (2022, 5, 15));
  karta_activity_filter_set_status (filter, -1);

  karta_activity_filter_set_school (filter, 7);
  g_assert_true (karta_activity_filter_passes (filter, late));
  g_assert_false (karta_activity_filter_passes (filter, march));
  karta_activity_filter_set_school (filter, 0);

  /* a section takes in those within it */
  karta_activity_filter_set_section (filter, section);
  g_assert_true (karta_activity_filter_has_more_criteria (filter));
  g_assert_true (karta_activity_filter_passes (filter, late));
  g_assert_false (karta_activity_filter_passes (filter, done));
  karta_activity_filter_set_section (filter, nested);
  g_assert_false (karta_activity_filter_passes (filter, march));
  karta_activity_filter_set_section (filter, NULL);

  karta_activity_filter_set_responsible (filter, "ИВАНОВА");
  g_assert_true (karta_activity_filter_passes (filter, march));
  g_assert_false (karta_activity_filter_passes (filter, late));
  g_assert_false (karta_activity_filter_passes (filter, done));
  karta_activity_filter_set_responsible (filter, NULL);

  karta_activity_filter_set_month (filter, &may);
  g_assert_true (karta_activity_filter_passes (filter, done));
  g_assert_false (karta_activity_filter_passes (filter, late));
  /* together: scheduled in May and overdue, which none is */
  karta_activity_filter_set_overdue (filter, TRUE);
  g_assert_false (karta_activity_filter_passes (filter, done));
  karta_activity_filter_set_month (filter, NULL);
  g_assert_true (karta_activity_filter_passes (filter, late));

  karta_activity_filter_clear (filter);
  g_assert_false (karta_activity_filter_has_criteria (filter));
  g_assert_cmpint (karta_activity_filter_get_today (filter), ==, day (2022, 5, 15));
}

/* The search: every word, any case, in the number, title, term,
 * responsible or executors; not one of the criteria */
static void
test_search (void)
{
  g_autoptr (KartaActivityFilter) filter = karta_activity_filter_new ();
  g_autoptr (KartaActivity) activity = activity_new (4, 10, "Анализ результатов ВПР", "Петров И. И.",
                                                     KARTA_STATUS_PLANNED, day (2022, 2, 1), day (2022, 4, 30));
  g_autofree char *haystack = karta_activity_filter_haystack (NULL, activity);

  g_assert_true (karta_activity_filter_finds (filter, haystack));
  karta_activity_filter_set_search (filter, "  впр   ПЕТРОВ ");
  g_assert_true (karta_activity_filter_has_search (filter));
  g_assert_false (karta_activity_filter_has_criteria (filter));
  g_assert_true (karta_activity_filter_finds (filter, haystack));
  karta_activity_filter_set_search (filter, "впр иванова");
  g_assert_false (karta_activity_filter_finds (filter, haystack));
  karta_activity_filter_set_search (filter, "1.4");
  g_assert_true (karta_activity_filter_finds (filter, haystack));
  karta_activity_filter_set_search (filter, "   ");
  g_assert_false (karta_activity_filter_has_search (filter));
}

/* A school's activities are those naming it and those addressed to all
 * schools; done without proof is a criterion of its own */
static void
test_all_schools_and_proof (void)
{
  g_autoptr (KartaActivityFilter) filter = karta_activity_filter_new ();
  g_autoptr (KartaActivity) named = activity_new (1, 10, "Посещение школы", "ИМЦ", KARTA_STATUS_PLANNED,
                                                  day (2022, 3, 1), day (2022, 3, 31));
  g_autoptr (KartaActivity) other = activity_new (2, 10, "Посещение другой школы", "ИМЦ", KARTA_STATUS_PLANNED,
                                                  day (2022, 3, 1), day (2022, 3, 31));
  g_autoptr (KartaActivity) for_all = activity_new (3, 10, "Совещание", "Руководители ОО", KARTA_STATUS_DONE,
                                                    day (2022, 3, 1), day (2022, 3, 31));
  g_autoptr (KartaActivity) district = activity_new (4, 10, "Разработка районного плана", "ИМЦ", KARTA_STATUS_DONE,
                                                     day (2022, 3, 1), day (2022, 3, 31));

  g_ptr_array_add (named->schools, karta_ref_new (7, "Школа № 7"));
  g_ptr_array_add (other->schools, karta_ref_new (8, "Школа № 8"));
  for_all->evidence = g_strdup ("Протокол");
  district->executors = g_strdup ("все образовательные организации района");
  karta_activity_filter_set_school (filter, 7);
  g_assert_true (karta_activity_filter_passes (filter, named));
  g_assert_false (karta_activity_filter_passes (filter, other));
  g_assert_true (karta_activity_filter_passes (filter, for_all));
  g_assert_true (karta_activity_filter_passes (filter, district));
  g_free (district->executors);
  district->executors = NULL;
  g_assert_false (karta_activity_filter_passes (filter, district));

  karta_activity_filter_set_school (filter, 0);
  karta_activity_filter_set_missing_evidence (filter, TRUE);
  g_assert_true (karta_activity_filter_has_more_criteria (filter));
  g_assert_true (karta_activity_filter_passes (filter, for_all));
  g_assert_false (karta_activity_filter_passes (filter, named));
}

/* The filter's choices: each person and body once, whole */
static void
test_responsible_split (void)
{
  static const struct
  {
    const char *cell;
    const char *names; /* joined by "|" */
  } cases[] = {
    { "ИМЦ, Иванова И.И.; КО", "ИМЦ|Иванова И.И.|КО" },
    { "ИМЦ (гуманитарное, естественно-научное направления), руководители ОО",
      "ИМЦ (гуманитарное, естественно-научное направления)|руководители ОО" },
    { "Методисты ИМЦ,\nгуманитарное направление", "Методисты ИМЦ, гуманитарное направление" },
    { "Иванова И.И. Петров П. П. Сидорова С.С.", "Иванова И.И.|Петров П. П.|Сидорова С.С." },
    { "Отдел образования; Отдел образования", "Отдел образования" },
    { "  ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) names = karta_responsible_split (cases[i].cell);
      g_autofree char *joined = NULL;

      g_ptr_array_add (names, NULL);
      joined = g_strjoinv ("|", (char **) names->pdata);
      g_assert_cmpstr (joined, ==, cases[i].names);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/activity-filter/criteria", test_criteria);
  g_test_add_func ("/activity-filter/search", test_search);
  g_test_add_func ("/activity-filter/responsible-split", test_responsible_split);
  g_test_add_func ("/activity-filter/all-schools-and-proof", test_all_schools_and_proof);
  return g_test_run ();
}
