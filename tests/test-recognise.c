/* test-recognise.c — roadmaps recognised in the real documents, the
 * column matcher and the schools splitter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "karta-error.h"
#include "karta-import.h"
#include "karta-interchange.h"
#include "karta-recognise-private.h"

/* The plans of ../shared/fixtures, then our own corpus in other layouts
 * (data/roadmaps/corpus.py writes it). */
static const char *const fixtures[] = {
  "000-frunzensky-2022",
  "002-vasileostrovsky-2022",
  "004-leningrad-oblast-2022",
  "corpus-gatchina-2023",
  "corpus-kingisepp-school-2023",
  "corpus-kirovsky-2024",
  "corpus-lodeynoye-2022",
  "corpus-luga-2023",
  "corpus-olginsky-2023",
  "corpus-podporozhye-2024",
  "corpus-priozersk-2023",
  "corpus-skovorodino-2023",
  "corpus-tikhvin-2024",
  "corpus-volosovo-2024",
  "corpus-shimsk-2024",
  "corpus-nizhneudinsk-2023",
  "corpus-chudovo-2024",
  "corpus-tosno-2024",
  "corpus-gimnazia-2024",
};

static char *
data_path (const char *name)
{
  const char *dir = g_getenv ("KARTA_TEST_DATA");

  return g_build_filename (dir != NULL ? dir : "tests/data", "roadmaps", name, NULL);
}

typedef struct
{
  GString *report;
  guint    mismatches;
} Comparison;

static char *
node_to_string (JsonNode *node)
{
  if (node == NULL)
    return g_strdup ("(absent)");
  return json_to_string (node, FALSE);
}

static void
compare_node (Comparison *comparison,
              const char *where,
              JsonNode   *expected,
              JsonNode   *actual)
{
  g_autofree char *e = node_to_string (expected);
  g_autofree char *a = node_to_string (actual);

  if (strcmp (e, a) == 0)
    return;
  comparison->mismatches++;
  g_string_append_printf (comparison->report, "  %s:\n    expected %s\n    got      %s\n", where, e, a);
}

static void
compare_member (Comparison *comparison,
                const char *where,
                JsonObject *expected,
                JsonObject *actual,
                const char *member)
{
  g_autofree char *path = g_strdup_printf ("%s.%s", where, member);

  compare_node (comparison, path,
                json_object_get_member (expected, member),
                actual != NULL ? json_object_get_member (actual, member) : NULL);
}

/* Compared when the expected result has it: the fixtures predate these members. */
static void
compare_optional_member (Comparison *comparison,
                         const char *where,
                         JsonObject *expected,
                         JsonObject *actual,
                         const char *member)
{
  if (json_object_has_member (expected, member))
    compare_member (comparison, where, expected, actual, member);
}

static JsonObject *
element (JsonArray *array,
         guint      i)
{
  return array != NULL && i < json_array_get_length (array) ? json_array_get_object_element (array, i) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *member)
{
  return object != NULL && json_object_has_member (object, member) ? json_object_get_array_member (object, member) : NULL;
}

static void
compare_sections (Comparison *comparison,
                  const char *where,
                  JsonArray  *expected,
                  JsonArray  *actual)
{
  static const char *const activity_fields[] = {
    "number",
    "title",
    "term",
    "responsible",
    "executors",
    "result",
    "evidence",
    "direction",
  };
  guint n = json_array_get_length (expected);

  if (actual == NULL || json_array_get_length (actual) != n)
    {
      comparison->mismatches++;
      g_string_append_printf (comparison->report, "  %s: expected %u sections, got %u\n",
                              where, n, actual != NULL ? json_array_get_length (actual) : 0);
    }
  for (guint s = 0; s < n; s++)
    {
      JsonObject      *e = element (expected, s);
      JsonObject      *a = element (actual, s);
      g_autofree char *path = g_strdup_printf ("%s[%u]", where, s);
      JsonArray       *e_activities = member_array (e, "activities");
      JsonArray       *a_activities = member_array (a, "activities");
      guint            n_activities = json_array_get_length (e_activities);

      compare_member (comparison, path, e, a, "number");
      compare_member (comparison, path, e, a, "title");
      compare_member (comparison, path, e, a, "tasks");
      compare_member (comparison, path, e, a, "indicators");
      if (a_activities == NULL || json_array_get_length (a_activities) != n_activities)
        {
          comparison->mismatches++;
          g_string_append_printf (comparison->report, "  %s: expected %u activities, got %u\n", path,
                                  n_activities, a_activities != NULL ? json_array_get_length (a_activities) : 0);
        }
      for (guint i = 0; i < n_activities; i++)
        {
          g_autofree char *activity_path = g_strdup_printf ("%s.activities[%u]", path, i);
          for (gsize f = 0; f < G_N_ELEMENTS (activity_fields); f++)
            compare_member (comparison, activity_path, element (e_activities, i),
                            element (a_activities, i), activity_fields[f]);
          compare_optional_member (comparison, activity_path, element (e_activities, i),
                                   element (a_activities, i), "number_generated");
        }
      {
        g_autofree char *sub = g_strdup_printf ("%s.sections", path);
        compare_sections (comparison, sub, member_array (e, "sections"), member_array (a, "sections"));
      }
    }
}

/* Field by field, every mismatch reported before the test fails. */
static void
compare_roadmap (const char   *name,
                 KartaRoadmap *roadmap,
                 JsonObject   *expected)
{
  g_autoptr (JsonNode) actual_node = karta_interchange_to_json (roadmap);
  JsonObject              *actual = json_node_get_object (actual_node);
  JsonObject              *e_document = json_object_get_object_member (expected, "document");
  JsonObject              *a_document = json_object_get_object_member (actual, "document");
  Comparison               comparison = { g_string_new (NULL), 0 };
  static const char *const document_fields[] = { "kind", "number", "date", "authority" };
  static const char *const roadmap_fields[] = { "title", "goal", "period", "tasks", "glossary", "activity_count" };

  for (gsize f = 0; f < G_N_ELEMENTS (document_fields); f++)
    compare_member (&comparison, "document", e_document, a_document, document_fields[f]);
  for (gsize f = 0; f < G_N_ELEMENTS (roadmap_fields); f++)
    compare_member (&comparison, "roadmap", expected, actual, roadmap_fields[f]);
  compare_optional_member (&comparison, "roadmap", expected, actual, "context");
  compare_optional_member (&comparison, "roadmap", expected, actual, "indicators");
  compare_optional_member (&comparison, "roadmap", expected, actual, "listed_schools");
  compare_optional_member (&comparison, "roadmap", expected, actual, "stated_risks");
  compare_sections (&comparison, "sections", member_array (expected, "sections"), member_array (actual, "sections"));

  if (comparison.mismatches > 0)
    g_test_message ("%s: %u mismatches\n%s", name, comparison.mismatches, comparison.report->str);
  g_string_free (comparison.report, TRUE);
  g_assert_cmpuint (comparison.mismatches, ==, 0);
}

/* What `karta-cli import FILE --dry-run` prints, read back. */
static KartaRoadmap *
import_dry_run (const char *path)
{
  const char      *argv[] = { g_getenv ("KARTA_CLI"), "import", path, "--dry-run", NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  KartaRoadmap *roadmap;
  int           status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  roadmap = karta_interchange_parse (out, -1, &error);
  g_assert_no_error (error);
  return roadmap;
}

static void
test_fixture (gconstpointer data)
{
  const char      *file = data;
  g_autofree char *path = data_path (file);
  g_autofree char *base = g_strdup (file);
  g_autofree char *expected_path = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (KartaImportDocument) document = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (GError) error = NULL;

  *strrchr (base, '.') = '\0';
  {
    g_autofree char *json_name = g_strconcat (base, ".expected.json", NULL);
    expected_path = data_path (json_name);
  }
  if (g_str_has_prefix (g_test_get_path (), "/recognise/cli/"))
    roadmap = import_dry_run (path);
  else
    {
      document = karta_import_read_file (path, &error);
      g_assert_no_error (error);
      roadmap = karta_import_recognise (document, NULL, &error);
      g_assert_no_error (error);
    }
  g_assert_true (json_parser_load_from_file (parser, expected_path, &error));
  compare_roadmap (file, roadmap, json_node_get_object (json_parser_get_root (parser)));
}

/* A table whose header names nothing of a plan is not refused: its
 * columns are guessed from the cells, for the user to check. */
static void
test_unrecognised_table (void)
{
  const char *html = "<p>Список</p><table><tr><th>Что</th><th>Когда</th><th>Кто</th></tr>"
                     "<tr><td>Совещание директоров</td><td>Сентябрь</td><td>ИМЦ</td></tr>"
                     "<tr><td>Семинар для учителей</td><td>до 01.12.2023</td><td>Отдел образования</td></tr></table>";
  g_autoptr (KartaImportDocument) document = karta_import_read_html ("list.html", html, strlen (html), NULL);
  g_autoptr (KartaImportLayout) layout = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autofree char *fields = NULL;
  KartaActivity   *first;

  g_assert_nonnull (document);
  layout = karta_import_find_layout (document, &error);
  g_assert_no_error (error);
  g_assert_false (layout->recognised);
  g_assert_cmpuint (layout->first_row, ==, 1);
  fields = karta_import_layout_fields_to_string (layout);
  g_assert_cmpstr (fields, ==, "title,term,responsible");
  g_assert_cmpstr (layout->headers[1], ==, "Когда");
  roadmap = karta_import_recognise_with (document, NULL, layout, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (karta_roadmap_count_activities (roadmap), ==, 2);
  first = g_ptr_array_index (((KartaSection *) g_ptr_array_index (roadmap->sections, 0))->activities, 0);
  g_assert_cmpstr (first->title, ==, "Совещание директоров");
  g_assert_cmpstr (first->number, ==, "1");
  g_assert_true (first->number_generated);

  /* what the user chooses in the review is read back */
  g_assert_true (karta_import_layout_set_fields_from_string (layout, "title,ignore,executors"));
  g_assert_false (karta_import_layout_set_fields_from_string (layout, "title,when,executors"));
  g_assert_false (karta_import_layout_set_fields_from_string (layout, "title"));
  g_clear_pointer (&fields, g_free);
  fields = karta_import_layout_fields_to_string (layout);
  g_assert_cmpstr (fields, ==, "title,ignore,executors");
}

/* Neither title nor order names the year: the months written with their
 * year decide, and a plan without any year gets the one under way — the
 * period is never left unset */
static void
test_period_from_month_years (void)
{
  static const struct
  {
    const char *terms[3];
    int         start_year, start_month, end_year;
  } cases[] = {
    { { "сентябрь 2023", "в декабре 2023 г.", "май 2024" }, 2023, 9, 2024 },
    { { "февраль 2022", "октябрь 2022 года", "в течение года" }, 2022, 1, 2022 },
    { { "до 01.10.2023", "апрель 2024", "ежемесячно" }, 2023, 9, 2024 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GString) html = g_string_new ("<table><tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Ответственный</td></tr>");
      g_autoptr (KartaImportDocument) document = NULL;
      g_autoptr (KartaRoadmap) roadmap = NULL;
      g_autoptr (GError) error = NULL;
      int year, month;

      for (guint i = 0; i < 3; i++)
        g_string_append_printf (html, "<tr><td>%u</td><td>Мероприятие %u</td><td>%s</td><td>УО</td></tr>", i + 1, i + 1,
                                cases[c].terms[i]);
      g_string_append (html, "</table>");
      document = karta_import_read_html ("plan.html", html->str, html->len, &error);
      g_assert_no_error (error);
      roadmap = karta_import_recognise (document, NULL, &error);
      g_assert_no_error (error);
      karta_day_to_ymd (roadmap->period.start, &year, &month, NULL);
      g_assert_cmpint (year, ==, cases[c].start_year);
      g_assert_cmpint (month, ==, cases[c].start_month);
      karta_day_to_ymd (roadmap->period.end, &year, NULL, NULL);
      g_assert_cmpint (year, ==, cases[c].end_year);
    }
  {
    const char *html = "<table><tr><td>№</td><td>Мероприятие</td><td>Срок</td></tr>"
                       "<tr><td>1</td><td>Совещание</td><td>март</td></tr></table>";
    g_autoptr (KartaImportDocument) document = karta_import_read_html ("plan.html", html, strlen (html), NULL);
    g_autoptr (KartaRoadmap) roadmap = karta_import_recognise (document, NULL, NULL);

    g_assert_nonnull (roadmap);
    g_assert_cmpint (roadmap->period.start, !=, KARTA_DAY_NONE);
    g_assert_cmpint (roadmap->period.end, >, roadmap->period.start);
    g_assert_cmpint (((KartaActivity *) g_ptr_array_index (((KartaSection *) g_ptr_array_index (roadmap->sections, 0))->activities, 0))
                       ->schedule->kind,
                     !=, KARTA_SCHEDULE_UNPARSED);
  }
}

/* Start and end columns under «Сроки», a status column, Roman sections;
 * no year in the title: the order's September date and the dates written
 * in the terms make it a school year's plan. */
static void
test_split_term_and_status (void)
{
  const char *html =
    "<p>ПРИКАЗ</p><p>12.09.2024 № 04-19/356</p><p>Об утверждении плана мероприятий</p>"
    "<table><tr><td rowspan=2>№</td><td rowspan=2>СОДЕРЖАНИЕ РАБОТЫ</td><td colspan=2>Сроки</td>"
    "<td rowspan=2>Исполнители</td><td rowspan=2>Отметка о выполнении</td></tr>"
    "<tr><td>начало</td><td>окончание</td></tr>"
    "<tr><td colspan=6>I. Организационные мероприятия</td></tr>"
    "<tr><td>1.</td><td>Совещание</td><td>02.09.2024</td><td>06.09.2024</td><td>Комитет</td><td>выполнено 05.09.2024</td></tr>"
    "<tr><td>2.</td><td>Семинар</td><td>январь</td><td>февраль</td><td>ИМЦ</td><td></td></tr></table>";
  g_autoptr (KartaImportDocument) document = karta_import_read_html ("split.html", html, strlen (html), NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_import_recognise (document, NULL, &error);
  KartaSection  *section;
  KartaActivity *first, *second;

  g_assert_no_error (error);
  g_assert_cmpint (roadmap->period.start, ==, karta_day_from_ymd (2024, 9, 1));
  section = g_ptr_array_index (roadmap->sections, 0);
  g_assert_cmpstr (section->number, ==, "I");
  first = g_ptr_array_index (section->activities, 0);
  second = g_ptr_array_index (section->activities, 1);
  g_assert_cmpstr (first->term, ==, "02.09.2024 – 06.09.2024");
  g_assert_cmpstr (first->responsible, ==, "Комитет");
  g_assert_cmpstr (first->notes, ==, "выполнено 05.09.2024");
  g_assert_cmpstr (second->term, ==, "январь – февраль");
  g_assert_cmpint (g_array_index (second->schedule->spans, KartaSpan, 0).start, ==, karta_day_from_ymd (2025, 1, 1));
}

/* Context rows above the plan and a header cell naming two things */
static void
test_context_rows (void)
{
  const char *html =
    "<p>Дорожная карта на 2023-2024 учебный год</p><table>"
    "<tr><td>Актуализация</td><td colspan=2>Доля неуспевающих выше региональной.</td></tr>"
    "<tr><td>Цель</td><td colspan=2>Повышение качества образования.</td></tr>"
    "<tr><td>Задачи</td><td colspan=2><p>1) помощь;</p><p>2) мониторинг.</p></td></tr>"
    "<tr><td><p>Направление деятельности</p><p>Наименование мероприятия</p></td><td>Сроки</td><td>Ответственные</td></tr>"
    "<tr><td colspan=3>Методическое сопровождение</td></tr>"
    "<tr><td>Семинар</td><td>Октябрь</td><td>ИМЦ</td></tr></table>";
  g_autoptr (KartaImportDocument) document = karta_import_read_html ("context.html", html, strlen (html), NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_import_recognise (document, NULL, &error);
  KartaSection  *section;
  KartaActivity *activity;

  g_assert_no_error (error);
  g_assert_cmpstr (roadmap->context, ==, "Актуализация: Доля неуспевающих выше региональной.");
  g_assert_cmpstr (roadmap->goal, ==, "Повышение качества образования.");
  g_assert_cmpuint (roadmap->tasks->len, ==, 2);
  g_assert_cmpuint (karta_roadmap_count_activities (roadmap), ==, 1);
  section = g_ptr_array_index (roadmap->sections, 0);
  g_assert_cmpstr (section->title, ==, "Методическое сопровождение");
  activity = g_ptr_array_index (section->activities, 0);
  g_assert_cmpstr (activity->number, ==, "1");
  g_assert_cmpstr (activity->title, ==, "Семинар");
}

/* karta-cli import --columns that do not fit the plan: one clear line, non-zero exit */
static void
test_cli_bad_columns (void)
{
  g_autofree char *path = data_path ("000-frunzensky-2022.docx");
  const char      *argv[] = { g_getenv ("KARTA_CLI"), "import", path, "--dry-run", "--columns", "title,when", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int              status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--columns"));
  g_assert_cmpuint (strchr (err, '\n') - err + 1, ==, strlen (err));
}

static void
test_no_table (void)
{
  const char *html = "<p>Только текст</p>";
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = karta_import_read_html ("text.html", html, strlen (html), &error);

  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
}

/* Merges: a cell below a row-spanning one starts in the next free column. */
static void
test_html_grid (void)
{
  const char *html = "<table><tr><td rowspan=2>a</td><td colspan=2>b<br>c</td></tr>"
                     "<tr><td>d</td><td><p>e</p><p> f  g </p></td></tr></table><p>после</p>";
  g_autoptr (KartaImportDocument) document = karta_import_read_html ("grid.html", html, strlen (html), NULL);
  KartaTable    *table = g_ptr_array_index (document->tables, 0);
  KartaTableRow *second = g_ptr_array_index (table->rows, 1);
  KartaCell     *e = g_ptr_array_index (second->cells, 1);
  KartaCell     *b = g_ptr_array_index (((KartaTableRow *) g_ptr_array_index (table->rows, 0))->cells, 1);

  g_assert_cmpuint (table->n_columns, ==, 3);
  g_assert_cmpuint (((KartaCell *) g_ptr_array_index (second->cells, 0))->column, ==, 1);
  g_assert_cmpuint (e->column, ==, 2);
  g_assert_cmpuint (e->paragraphs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (e->paragraphs, 1), ==, "f g");
  g_assert_cmpuint (b->paragraphs->len, ==, 2);
  g_assert_cmpuint (b->column_span, ==, 2);
  g_assert_cmpuint (document->after->len, ==, 1);
}

static void
test_columns (void)
{
  static const struct
  {
    const char *header;
    KartaField  field;
  } cases[] = {
    { "№ п/п", KARTA_FIELD_NUMBER },
    { "№", KARTA_FIELD_NUMBER },
    { "Мероприятие", KARTA_FIELD_TITLE },
    { "Наименование мероприятия (краткое содержание)", KARTA_FIELD_TITLE },
    { "Содержание работы", KARTA_FIELD_TITLE },
    { "Сроки реализации мероприятий", KARTA_FIELD_TERM },
    { "Срок исполнения", KARTA_FIELD_TERM },
    { "Дата проведения", KARTA_FIELD_TERM },
    { "Ответственные исполнители", KARTA_FIELD_RESPONSIBLE },
    { "ОТВЕТСТВЕННЫЙ", KARTA_FIELD_RESPONSIBLE },
    { "Исполнители", KARTA_FIELD_EXECUTORS },
    { "Соисполнители", KARTA_FIELD_EXECUTORS },
    { "Участники", KARTA_FIELD_PARTICIPANTS },
    { "Ожидаемые результаты", KARTA_FIELD_RESULT },
    { "Планируемый результат мероприятия", KARTA_FIELD_RESULT },
    { "Форма подтверждения", KARTA_FIELD_EVIDENCE },
    { "Отчётный документ", KARTA_FIELD_EVIDENCE },
    { "Подтверждающий документ (вид)", KARTA_FIELD_EVIDENCE },
    { "Направление деятельности", KARTA_FIELD_DIRECTION },
    { "Примечание", KARTA_FIELD_NONE },
    { "", KARTA_FIELD_NONE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("header «%s»", cases[i].header);
      g_assert_cmpint (karta_recognise_match_header (cases[i].header), ==, cases[i].field);
    }
}

/* An unseen layout: terms first, a numbering row, a header repeated on a new page. */
static void
test_unseen_layout (void)
{
  const char *html =
    "<p>ПРИКАЗ</p><p>19 октября 2023 г. № 356</p>"
    "<p>Дорожная карта на 2023-2024 учебный год</p>"
    "<table><tr><td>Срок</td><td>Содержание</td><td>Исполнитель</td><td>Форма отчета</td></tr>"
    "<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>"
    "<tr><td>Сентябрь</td><td>Совещание</td><td>МБОУ СОШ № 1, 2</td><td>Протокол</td></tr>"
    "<tr><td>Срок</td><td>Содержание</td><td>Исполнитель</td><td>Форма отчета</td></tr>"
    "<tr><td>Январь</td><td>Семинар</td><td>ИМЦ</td><td></td></tr></table>";
  g_autoptr (KartaImportDocument) document = karta_import_read_html ("unseen.html", html, strlen (html), NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_import_recognise (document, NULL, &error);
  KartaSection    *section;
  KartaActivity   *first, *second;
  g_autofree char *start = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (roadmap->sections->len, ==, 1);
  section = g_ptr_array_index (roadmap->sections, 0);
  g_assert_null (section->number);
  g_assert_cmpuint (section->activities->len, ==, 2);
  first = g_ptr_array_index (section->activities, 0);
  second = g_ptr_array_index (section->activities, 1);
  g_assert_cmpstr (first->number, ==, "1");
  g_assert_true (first->number_generated);
  g_assert_cmpstr (first->title, ==, "Совещание");
  g_assert_cmpstr (first->responsible, ==, "МБОУ СОШ № 1, 2");
  g_assert_cmpstr (first->evidence, ==, "Протокол");
  g_assert_cmpuint (first->schools->len, ==, 2);
  g_assert_cmpstr (((KartaRef *) g_ptr_array_index (first->schools, 1))->name, ==, "МБОУ СОШ № 2");
  g_assert_cmpstr (second->term, ==, "Январь");
  g_assert_cmpstr (roadmap->order->kind, ==, "Приказ");
  g_assert_cmpstr (roadmap->order->number, ==, "356");
  g_assert_cmpuint (roadmap->order->date, ==, karta_day_from_ymd (2023, 10, 19));
  start = karta_day_to_iso (roadmap->period.start);
  g_assert_cmpstr (start, ==, "2023-09-01");
}

static void
test_schools (void)
{
  static const struct
  {
    const char *text;
    const char *kind;
    const char *expected;
  } cases[] = {
    { "ГБОУ №№ 8, 305", NULL, "ГБОУ № 8|ГБОУ № 305" },
    { "ГБОУ СОШ №5, 6, 15, 16", NULL, "ГБОУ СОШ № 5|ГБОУ СОШ № 6|ГБОУ СОШ № 15|ГБОУ СОШ № 16" },
    { "МОУ «Киришская СОШ №3»", NULL, "МОУ «Киришская СОШ № 3»" },
    { "№№ 8, 305", "ГБОУ", "ГБОУ № 8|ГБОУ № 305" },
    { "№№ 8, 305", NULL, "" },
    { "ИМЦ, ГБОУ СОШ №2", NULL, "ГБОУ СОШ № 2" },
    { "ИМЦ, ГБОУ СОШ №5, ГБОУ СОШ №29.", NULL, "ГБОУ СОШ № 5|ГБОУ СОШ № 29" },
    { "ИМЦ, ЦОКО, ГБОУ СОШ 5, 29, 2", NULL, "ГБОУ СОШ № 5|ГБОУ СОШ № 29|ГБОУ СОШ № 2" },
    { "ИМЦ, ГБОУ СОШ №16, ГБОУ СОШ №2, 5, 16", NULL, "ГБОУ СОШ № 16|ГБОУ СОШ № 2|ГБОУ СОШ № 5" },
    { "ИМЦ, ГБОУ СОШ №5, 29, 2, кураторы от района.", NULL, "ГБОУ СОШ № 5|ГБОУ СОШ № 29|ГБОУ СОШ № 2" },
    { "ГАОУ ДПО «ЛОИРО»; Муниципальные методические службы", NULL, "" },
    { "МКОУ «Лодейнопольская средняя общеобразовательная школа №3 имени Героев Свири»; МБОУ «Вознесенский образовательный центр»",
      NULL, "МКОУ «Лодейнопольская средняя общеобразовательная школа № 3 имени Героев Свири»|МБОУ «Вознесенский образовательный центр»" },
    { "Муниципальное бюджетное общеобразовательное учреждение «Рощинский Центр образования»", NULL,
      "Муниципальное бюджетное общеобразовательное учреждение «Рощинский Центр образования»" },
    { "лицей № 30 и гимназия №  2", NULL, "лицей № 30|гимназия № 2" },
    { "МБОУ СОШ № 5а, 7", NULL, "МБОУ СОШ № 5а|МБОУ СОШ № 7" },
    { "Все школы участники проекта (2021 и 2022 год)", NULL, "" },
    { "ГБОУ № 8 и № 305", NULL, "ГБОУ № 8" },
    { "", NULL, "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) schools = karta_recognise_schools (cases[i].text, cases[i].kind);
      g_autofree char *joined = NULL;

      g_ptr_array_add (schools, NULL);
      joined = g_strjoinv ("|", (char **) schools->pdata);
      g_test_message ("«%s» → %s", cases[i].text, joined);
      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static void
test_bullets (void)
{
  static const char *const cases[][2] = {
    { "– 100% выполнение", "100% выполнение" },
    { "1.100% выполнение", "100% выполнение" },
    { "3.Своевременное", "Своевременное" },
    { "2) второе", "второе" },
    { "• пункт", "пункт" },
    { "Без маркера", "Без маркера" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stripped = karta_recognise_strip_bullet (cases[i][0]);
      g_assert_cmpstr (stripped, ==, cases[i][1]);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      static const char *const formats[] = { "html", "docx", "odt", "cli/docx", "cli/odt" };
      for (gsize f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          const char      *extension = strrchr (formats[f], '/') ? strrchr (formats[f], '/') + 1 : formats[f];
          g_autofree char *file = g_strdup_printf ("%s.%s", fixtures[i], extension);
          g_autofree char *test = g_strdup_printf ("/recognise/%s/%s", formats[f], fixtures[i]);
          g_test_add_data_func_full (test, g_steal_pointer (&file), test_fixture, g_free);
        }
    }
  g_test_add_func ("/recognise/no-table", test_no_table);
  g_test_add_func ("/recognise/unrecognised-table", test_unrecognised_table);
  g_test_add_func ("/recognise/split-term-and-status", test_split_term_and_status);
  g_test_add_func ("/recognise/period-from-month-years", test_period_from_month_years);
  g_test_add_func ("/recognise/context-rows", test_context_rows);
  g_test_add_func ("/recognise/cli-bad-columns", test_cli_bad_columns);
  g_test_add_func ("/recognise/html-grid", test_html_grid);
  g_test_add_func ("/recognise/columns", test_columns);
  g_test_add_func ("/recognise/unseen-layout", test_unseen_layout);
  g_test_add_func ("/recognise/schools", test_schools);
  g_test_add_func ("/recognise/bullets", test_bullets);
  return g_test_run ();
}
