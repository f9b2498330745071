/* test-terms.c — the terms ("Сроки") parser against the sample of real plans
 * (data/terms-cases.tsv), a table of the wider grammar of docs/domain.md and
 * phrases written from that grammar (data/terms-general.tsv)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "karta-school-calendar.h"
#include "karta-terms.h"

typedef struct
{
  const char *period;
  const char *text;
  const char *kind;
  const char *spans;    /* "start..end[@word];…", the word contained in the label */
  int         warnings; /* how many, or -1 not to check */
} TermsCase;

#define ACAD "2023-2024"

static const TermsCase general_cases[] = {
  /* quarters */
  { ACAD, "I квартал", "dates", "2024-01-01..2024-03-31", 0 },
  { ACAD, "IV квартал", "dates", "2023-10-01..2023-12-31", 0 },
  { ACAD, "четвертый квартал", "dates", "2023-10-01..2023-12-31", 0 },
  { "2023", "3 квартал 2023 г.", "dates", "2023-07-01..2023-09-30", 0 },
  { "2022", "в III квартале 2022 года", "dates", "2022-07-01..2022-09-30", 0 },
  { "2023", "I-II кв. 2023 г.", "dates", "2023-01-01..2023-06-30", 0 },
  { "2023", "1 – 2 квартал", "dates", "2023-01-01..2023-06-30", 0 },
  { "2023", "5 квартал", "unparsed", "", 0 },
  /* half-years: of the school year in an academic period, else of the calendar */
  { ACAD, "1 полугодие", "dates", "2023-09-01..2023-12-31", 0 },
  { ACAD, "второе полугодие", "dates", "2024-01-01..2024-06-30", 0 },
  { "2023", "I полугодие 2023", "dates", "2023-01-01..2023-06-30", 0 },
  { "2023", "второе полугодие", "dates", "2023-07-01..2023-12-31", 0 },
  { ACAD, "I полугодие 2023", "dates", "2023-01-01..2023-06-30", 1 },
  /* decades and parts of a month */
  { ACAD, "первая декада сентября", "dates", "2023-09-01..2023-09-10", 0 },
  { ACAD, "Вторая декада октября 2023 г.", "dates", "2023-10-11..2023-10-20", 0 },
  { ACAD, "третья декада февраля", "dates", "2024-02-21..2024-02-29", 0 },
  { "2023", "3 декада февраля", "dates", "2023-02-21..2023-02-28", 0 },
  { ACAD, "1-я декада мая", "dates", "2024-05-01..2024-05-10", 0 },
  { ACAD, "последняя декада декабря", "dates", "2023-12-21..2023-12-31", 0 },
  { ACAD, "первая и вторая декады сентября", "dates", "2023-09-01..2023-09-10;2023-09-11..2023-09-20", 0 },
  { ACAD, "конец ноября", "dates", "2023-11-21..2023-11-30", 0 },
  { ACAD, "начало октября", "dates", "2023-10-01..2023-10-10", 0 },
  /* months in any case and capitalisation; academic-year resolution */
  { ACAD, "СЕНТЯБРЬ", "dates", "2023-09-01..2023-09-30", 0 },
  { ACAD, "в январе", "dates", "2024-01-01..2024-01-31", 0 },
  { ACAD, "в марте 2024 года", "dates", "2024-03-01..2024-03-31", 0 },
  { ACAD, "сентябрь-май", "dates", "2023-09-01..2024-05-31", 0 },
  { ACAD, "Май, октябрь", "dates", "2024-05-01..2024-05-31;2023-10-01..2023-10-31", 0 },
  { ACAD, "июнь", "dates", "2024-06-01..2024-06-30", 0 },
  { ACAD, "июль-август", "dates", "2023-07-01..2023-08-31", 1 },
  { ACAD, "ноябрь-февраль", "dates", "2023-11-01..2024-02-29", 0 },
  { ACAD, "февраль; апрель", "dates", "2024-02-01..2024-02-29;2024-04-01..2024-04-30", 0 },
  { ACAD, "сент. – дек.", "dates", "2023-09-01..2023-12-31", 0 },
  { "2022", "ноябрь-февраль", "dates", "2022-11-01..2023-02-28", 1 },
  { "2022", "декабрь 2022 – январь", "dates", "2022-12-01..2023-01-31", 1 },
  { "2023", "ноябрь-февраль 2023", "dates", "2022-11-01..2023-02-28", 1 },
  /* dashes and day ranges */
  { ACAD, "12–15 сентября", "dates", "2023-09-12..2023-09-15", 0 },
  { ACAD, "12 — 15 сентября", "dates", "2023-09-12..2023-09-15", 0 },
  { ACAD, "12-15сентября", "dates", "2023-09-12..2023-09-15", 0 },
  { ACAD, "03.10-14.10.2023", "dates", "2023-10-03..2023-10-14", 0 },
  { ACAD, "14.02–1.03.24", "dates", "2024-02-14..2024-03-01", 0 },
  { ACAD, "1.9.23", "dates", "2023-09-01..2023-09-01", 0 },
  { ACAD, "01.09.2023г. ‒ 30.09.2023г.", "dates", "2023-09-01..2023-09-30", 0 },
  { ACAD, "1, 5 и 10 сентября", "dates", "2023-09-01..2023-09-01;2023-09-05..2023-09-05;2023-09-10..2023-09-10", 0 },
  { ACAD, "ноябрь 2023 - февраль 2024", "dates", "2023-11-01..2024-02-29", 0 },
  /* с … по …, from, deadlines */
  { ACAD, "с 1 по 15 сентября", "dates", "2023-09-01..2023-09-15", 0 },
  { ACAD, "с 01.09.2023 по 15.10.2023", "dates", "2023-09-01..2023-10-15", 0 },
  { ACAD, "С сентября по декабрь", "dates", "2023-09-01..2023-12-31", 0 },
  { ACAD, "С 15 января", "from", "2024-01-15..2024-08-31", 0 },
  { ACAD, "начиная с 1 октября", "from", "2023-10-01..2024-08-31", 0 },
  { ACAD, "до 01.03.2024", "deadline", "2023-09-01..2024-03-01", 0 },
  { ACAD, "не позднее 15 мая", "deadline", "2023-09-01..2024-05-15", 0 },
  { ACAD, "до конца сентября", "deadline", "2023-09-01..2023-09-30", 0 },
  { ACAD, "до мая 2024", "deadline", "2023-09-01..2024-04-30", 0 },
  { ACAD, "по 31.12.2023", "deadline", "2023-09-01..2023-12-31", 0 },
  { "2022", "до конца года", "deadline", "2022-01-01..2022-12-31", 0 },
  { ACAD, "до конца учебного года", "deadline", "2023-09-01..2024-08-31", 0 },
  { ACAD, "до 01.08.2023", "deadline", "2023-08-01..2023-08-01", 1 },
  /* impossible dates are never rolled over */
  { ACAD, "31.04.2023", "unparsed", "", 0 },
  { "2023", "29.02.2023", "unparsed", "", 0 },
  { ACAD, "29.02.2024", "dates", "2024-02-29..2024-02-29", 0 },
  { "2023", "30 февраля", "unparsed", "", 0 },
  { ACAD, "31.13.2023", "unparsed", "", 0 },
  { ACAD, "Май, 31 июня", "unparsed", "", 0 },
  { ACAD, "15.03.2024 - 01.02.2024", "unparsed", "", 0 },
  /* years, labels, headings, prose around dates */
  { ACAD, "2023 год (школа А), 2024 год (школа Б)", "dates", "2023-01-01..2023-12-31@А;2024-01-01..2024-12-31@Б", 2 },
  { ACAD, "2023-2024 учебный год", "dates", "2023-09-01..2024-08-31", 0 },
  { ACAD, "2023/2024 уч. г.", "dates", "2023-09-01..2024-08-31", 0 },
  { "2023", "2023-2024 гг.", "dates", "2023-01-01..2024-12-31", 1 },
  { ACAD, "Октябрь: 10.10.2023 (5 классы), 17.10.2023 (6 классы)", "dates", "2023-10-10..2023-10-10@5;2023-10-17..2023-10-17@6", 0 },
  { ACAD, "Январь-февраль. В сроки, определенные планом", "dates", "2024-01-01..2024-02-29", 0 },
  { ACAD, "в течение сентября", "dates", "2023-09-01..2023-09-30", 0 },
  { ACAD, "в течение 2024 года", "dates", "2024-01-01..2024-12-31", 1 },
  { ACAD, "Январь 2023", "dates", "2023-01-01..2023-01-31", 1 },
  /* recurring */
  { ACAD, "ежемесячно", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "Еженедельно", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "ежеквартально", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "2 раза в год", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "не реже 1 раза в четверть", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "по средам", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "последняя пятница месяца", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "10 числа каждого месяца", "recurring", "2023-09-01..2024-08-31", 0 },
  { ACAD, "ежемесячно с сентября по май", "recurring", "2023-09-01..2024-05-31", 0 },
  { ACAD, "2 раза в год (май, октябрь)", "recurring", "2024-05-01..2024-05-31;2023-10-01..2023-10-31", 0 },
  /* on demand, continuous, none, unparsed */
  { ACAD, "по запросу", "on_demand", "2023-09-01..2024-08-31", 0 },
  { ACAD, "в течение месяца после получения результатов", "on_demand", "2023-09-01..2024-08-31", 0 },
  { ACAD, "По итогам ВПР", "on_demand", "2023-09-01..2024-08-31", 0 },
  { ACAD, "по итогам I полугодия", "dates", "2023-09-01..2023-12-31", 0 },
  { ACAD, "По мере необходимости", "on_demand", "2023-09-01..2024-08-31", 0 },
  { ACAD, "по мере поступления", "on_demand", "2023-09-01..2024-08-31", 0 },
  { ACAD, "Постоянно", "continuous", "2023-09-01..2024-08-31", 0 },
  { ACAD, "в течение учебного года", "continuous", "2023-09-01..2024-08-31", 0 },
  { ACAD, "в течение 2023-2024 учебного года", "continuous", "2023-09-01..2024-08-31", 0 },
  { ACAD, "В течение 2023/2024 уч. года", "continuous", "2023-09-01..2024-08-31", 0 },
  { "2024", "в течение 2023-2024 учебного года", "continuous", "2023-09-01..2024-08-31", -1 },
  { ACAD, "В течение месяца", "continuous", "2023-09-01..2024-08-31", 0 },
  { ACAD, " \t ", "none", "", 0 },
  { ACAD, "Проведение семинара", "unparsed", "", 0 },
  { ACAD, "см. п. 3.15", "unparsed", "", 0 },
  { "2022-02-01:2023-05-31", "март", "dates", "2022-03-01..2022-03-31", 0 },
  { "2022-02-01:2023-05-31", "январь", "dates", "2023-01-01..2023-01-31", 0 },
};

static GPtrArray *file_cases; /* of TermsCase*, read from the .tsv files */

static void
check_span (const KartaSpan *span,
            const char      *expected,
            const char      *text)
{
  g_auto (GStrv) label = g_strsplit (expected, "@", 2);
  g_auto (GStrv) ends = g_strsplit (label[0], "..", 2);
  g_autofree char *start = karta_day_to_iso (span->start);
  g_autofree char *end = karta_day_to_iso (span->end);

  g_assert_nonnull (ends[1]);
  g_assert_cmpstr (start, ==, ends[0]);
  g_assert_cmpstr (end, ==, ends[1]);
  if (label[1] == NULL)
    g_assert_null (span->label);
  else if (span->label == NULL || strstr (span->label, label[1]) == NULL)
    g_error ("“%s”: label “%s” lacks “%s”", text, span->label, label[1]);
}

static void
test_case (gconstpointer data)
{
  const TermsCase *tc = data;
  KartaPeriod      period;
  g_autoptr (KartaSchedule) schedule = NULL;
  g_auto (GStrv) spans = g_strsplit (tc->spans, ";", -1);

  g_assert_true (karta_period_parse (tc->period, &period, NULL));
  schedule = karta_terms_parse (tc->text, &period);
  g_assert_nonnull (schedule);
  g_test_message ("“%s” → %s", tc->text, karta_schedule_kind_to_string (schedule->kind));
  g_assert_cmpstr (karta_schedule_kind_to_string (schedule->kind), ==, tc->kind);
  g_assert_cmpuint (schedule->spans->len, ==, *tc->spans ? g_strv_length (spans) : 0);
  for (guint i = 0; i < schedule->spans->len; i++)
    check_span (&g_array_index (schedule->spans, KartaSpan, i), spans[i], tc->text);
  if (tc->warnings >= 0)
    g_assert_cmpuint (schedule->warnings->len, ==, tc->warnings);
}

static void
file_case_free (gpointer data)
{
  TermsCase *tc = data;

  g_free ((char *) tc->period);
  g_free ((char *) tc->text);
  g_free ((char *) tc->kind);
  g_free ((char *) tc->spans);
  g_free (tc);
}

/* Each line: period, text, kind, spans (as in general_cases). */
static void
add_file_cases (const char *file,
                const char *prefix)
{
  g_autofree char *path = g_build_filename (g_getenv ("KARTA_TEST_DATA"), file, NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  guint added = 0;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", 4);
      TermsCase       *tc;
      g_autofree char *name = NULL;

      if (g_strv_length (fields) < 3)
        continue;
      tc = g_new0 (TermsCase, 1);
      tc->period = g_strdup (fields[0]);
      tc->text = g_strdup (fields[1]);
      tc->kind = g_strdup (fields[2]);
      tc->spans = g_strdup (fields[3] ? g_strchomp (fields[3]) : "");
      tc->warnings = -1;
      g_ptr_array_add (file_cases, tc);
      name = g_strdup_printf ("/terms/%s/%03u", prefix, i);
      g_test_add_data_func (name, tc, test_case);
      added++;
    }
  g_assert_cmpuint (added, >, 0);
}

static void
check_occurrences (const char *text,
                   guint       count,
                   const char *first,
                   const char *second)
{
  KartaPeriod period;
  g_autoptr (KartaSchedule) schedule = NULL;
  g_autofree char *a = NULL, *b = NULL;

  karta_period_parse ("2022", &period, NULL);
  schedule = karta_terms_parse (text, &period);
  g_assert_cmpint (schedule->kind, ==, KARTA_SCHEDULE_RECURRING);
  g_assert_cmpstr (schedule->rule, ==, text);
  g_assert_cmpuint (schedule->occurrences->len, ==, count);
  if (count < 2)
    return;
  a = karta_day_to_iso (g_array_index (schedule->occurrences, KartaDay, 0));
  b = karta_day_to_iso (g_array_index (schedule->occurrences, KartaDay, 1));
  g_assert_cmpstr (a, ==, first);
  g_assert_cmpstr (b, ==, second);
}

static void
test_occurrences (void)
{
  /* 3 January 2022 was a Monday, 28 January the last Friday. */
  check_occurrences ("1 и 3 понедельника каждого месяца", 24, "2022-01-03", "2022-01-17");
  check_occurrences ("последняя пятница месяца", 12, "2022-01-28", "2022-02-25");
  check_occurrences ("по средам", 52, "2022-01-05", "2022-01-12");
  check_occurrences ("10 числа каждого месяца", 12, "2022-01-10", "2022-02-10");
  check_occurrences ("ежемесячно", 0, NULL, NULL);
}

/* Quarters follow the calendar the library sets for a school year */
static void
test_school_calendar (void)
{
  g_autoptr (KartaSchoolCalendar) calendar = karta_school_calendar_new ();
  KartaPeriod period;
  g_autoptr (KartaSchedule) custom = NULL;
  g_autoptr (KartaSchedule) other_year = NULL;
  g_autoptr (KartaSchedule) usual = NULL;
  const KartaSpan *span;

  karta_period_parse (ACAD, &period, NULL);
  karta_school_calendar_set_quarter (calendar, 2023, 2, karta_day_from_ymd (2023, 11, 6), karta_day_from_ymd (2023, 12, 29));
  karta_school_calendar_set_default (calendar);
  custom = karta_terms_parse ("II четверть", &period);
  span = &g_array_index (custom->spans, KartaSpan, 0);
  g_assert_cmpint (span->start, ==, karta_day_from_ymd (2023, 11, 6));
  g_assert_cmpint (span->end, ==, karta_day_from_ymd (2023, 12, 29));
  /* the other quarters of that year, and other years, keep the usual months */
  other_year = karta_terms_parse ("I четверть 2024-2025 учебного года", &period);
  g_assert_cmpint (g_array_index (other_year->spans, KartaSpan, 0).start, ==, karta_day_from_ymd (2024, 9, 1));
  karta_school_calendar_set_default (NULL);
  usual = karta_terms_parse ("II четверть", &period);
  g_assert_cmpint (g_array_index (usual->spans, KartaSpan, 0).start, ==, karta_day_from_ymd (2023, 11, 1));
}

static void
test_robust (void)
{
  static const char *const texts[] = {
    "\xff\xfe 31.04",
    "((((((((",
    ")))",
    "12-",
    "-",
    "с",
    "до",
    "до конца",
    "99.99.9999",
    "1.1.1",
    "0 января",
    "2100 год",
    "1 квартал 1900",
    "I",
    "---------",
    "…",
    "«»",
    "1-",
    "0000000000000000000000000031.12.2022",
    "31.12.99999999",
    "в течение",
  };
  g_autoptr (KartaSchedule) empty = NULL;
  KartaPeriod period;

  karta_period_parse ("2022", &period, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    karta_schedule_free (karta_terms_parse (texts[i], &period));
  karta_schedule_free (karta_terms_parse (NULL, &period));
  karta_schedule_free (karta_terms_parse ("май", NULL));
  empty = karta_terms_parse ("", &period);
  g_assert_cmpint (empty->kind, ==, KARTA_SCHEDULE_NONE);
}

int
main (int    argc,
      char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  file_cases = g_ptr_array_new_with_free_func (file_case_free);
  add_file_cases ("terms-cases.tsv", "sample");
  add_file_cases ("terms-general.tsv", "written");
  for (guint i = 0; i < G_N_ELEMENTS (general_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/terms/general/%02u", i + 1);
      g_test_add_data_func (name, &general_cases[i], test_case);
    }
  g_test_add_func ("/terms/occurrences", test_occurrences);
  g_test_add_func ("/terms/robust", test_robust);
  g_test_add_func ("/terms/school-calendar", test_school_calendar);
  status = g_test_run ();
  g_ptr_array_unref (file_cases);
  return status;
}
