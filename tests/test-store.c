/* test-store.c — the library database: roadmaps, activities, organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include <sqlite3.h>

#include "karta-error.h"
#include "karta-file-store.h"
#include "karta-school-name.h"
#include "karta-store-private.h"
#include "karta-terms.h"
#include "karta-test-util.h"

typedef struct
{
  char       *dir;
  KartaStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->dir = karta_test_make_dir ();
  fixture->store = karta_test_open_library (fixture->dir);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  karta_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static int
pragma_int (const char *path,
            const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3         *db = NULL;
  sqlite3_stmt    *stmt = NULL;
  int              value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_new_library (Fixture      *fixture,
                  gconstpointer data)
{
  const char      *path = karta_store_get_path (fixture->store);
  g_autofree char *documents = karta_file_store_dir (fixture->store);
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (fixture->store, NULL);

  g_assert_cmpint (pragma_int (path, "application_id"), ==, KARTA_APPLICATION_ID);
  g_assert_cmpint (pragma_int (path, "user_version"), ==, KARTA_SCHEMA_VERSION);
  g_assert_true (g_file_test (documents, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (roadmaps->len, ==, 0);
  g_assert_false (karta_store_can_undo (fixture->store));
  g_assert_false (karta_library_is_remote (fixture->dir));
}

static void
test_roadmap_round_trip (Fixture      *fixture,
                         gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (fixture->store, id, &error);
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (fixture->store, &error);
  KartaSection  *first;
  KartaActivity *activity;

  g_assert_no_error (error);
  g_assert_cmpuint (karta_roadmap_count_activities (roadmap), ==, 28);
  g_assert_cmpstr (roadmap->order->kind, ==, "Поручение");
  g_assert_cmpstr (roadmap->order->number, ==, "32-2");
  g_assert_cmpuint (roadmap->order->date, ==, karta_day_from_ymd (2022, 2, 8));
  g_assert_cmpuint (roadmap->glossary->len, >, 3);
  first = g_ptr_array_index (roadmap->sections, 0);
  g_assert_cmpstr (first->title, ==, "Организационные мероприятия");
  g_assert_cmpuint (first->tasks->len, ==, 4);
  activity = g_ptr_array_index (first->activities, 0);
  g_assert_cmpstr (activity->number, ==, "1.1");
  g_assert_cmpstr (activity->term, ==, "Февраль-март");
  /* The schedule was derived from the term at import and stored. */
  g_assert_cmpint (activity->schedule->kind, ==, KARTA_SCHEDULE_DATES);
  g_assert_cmpuint (activity->schedule->spans->len, ==, 1);
  g_assert_cmpuint (g_array_index (activity->schedule->spans, KartaSpan, 0).start, ==, karta_day_from_ymd (2022, 2, 1));

  g_assert_cmpuint (roadmaps->len, ==, 1);
  g_assert_cmpuint (((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, 0))->activity_count, ==, 28);
}

static KartaActivity *
first_activity (KartaRoadmap *roadmap)
{
  KartaSection *section = g_ptr_array_index (roadmap->sections, 0);

  return g_ptr_array_index (section->activities, 0);
}

static void
test_update_activity (Fixture      *fixture,
                      gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "002-vasileostrovsky-2022.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) before = karta_store_load_roadmap (fixture->store, id, &error);
  g_autoptr (KartaRoadmap) after = NULL;
  g_autoptr (KartaActivity) edited = karta_activity_copy (first_activity (before));
  KartaActivity  *reloaded;
  KartaExecution *execution;

  g_free (edited->title);
  edited->title = g_strdup ("Новое название");
  edited->status = KARTA_STATUS_DONE;
  edited->done_on = karta_day_from_ymd (2022, 3, 1);
  g_ptr_array_add (edited->schools, karta_ref_new (0, "ГБОУ № 8"));
  execution = karta_execution_new (-1, KARTA_STATUS_DONE);
  execution->note = g_strdup ("проведено");
  g_ptr_array_add (edited->executions, execution);
  g_assert_true (karta_store_update_activity (fixture->store, edited, &error));
  g_assert_no_error (error);

  after = karta_store_load_roadmap (fixture->store, id, &error);
  reloaded = karta_roadmap_find_activity (after, edited->id);
  g_assert_cmpstr (reloaded->title, ==, "Новое название");
  g_assert_cmpint (reloaded->status, ==, KARTA_STATUS_DONE);
  g_assert_cmpuint (reloaded->done_on, ==, karta_day_from_ymd (2022, 3, 1));
  g_assert_cmpuint (reloaded->schools->len, ==, 1);
  g_assert_cmpstr (((KartaRef *) g_ptr_array_index (reloaded->schools, 0))->name, ==, "ГБОУ № 8");
  g_assert_cmpuint (reloaded->executions->len, ==, 1);
  g_assert_cmpstr (((KartaExecution *) g_ptr_array_index (reloaded->executions, 0))->note, ==, "проведено");
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ № 8", NULL), >, 0);
  g_assert_cmpstr (karta_store_get_undo_label (fixture->store), ==, "Edit activity 1.1");
}

static void
test_add_delete_activity (Fixture      *fixture,
                          gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "004-leningrad-oblast-2022.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (fixture->store, id, &error);
  g_autoptr (KartaRoadmap) grown = NULL;
  g_autoptr (KartaRoadmap) shrunk = NULL;
  g_autoptr (KartaActivity) activity = karta_activity_new ();
  KartaSection *section = g_ptr_array_index (roadmap->sections, 0);
  guint         count = karta_roadmap_count_activities (roadmap);
  gint64        activity_id;

  activity->number = g_strdup ("24");
  activity->title = g_strdup ("Итоговое совещание");
  activity_id = karta_store_add_activity (fixture->store, section->id, activity, &error);
  g_assert_no_error (error);
  grown = karta_store_load_roadmap (fixture->store, id, &error);
  g_assert_cmpuint (karta_roadmap_count_activities (grown), ==, count + 1);
  g_assert_nonnull (karta_roadmap_find_activity (grown, activity_id));

  g_assert_true (karta_store_delete_activity (fixture->store, activity_id, &error));
  shrunk = karta_store_load_roadmap (fixture->store, id, &error);
  g_assert_cmpuint (karta_roadmap_count_activities (shrunk), ==, count);
}

static void
test_update_roadmap_sections (Fixture      *fixture,
                              gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (fixture->store, id, &error);
  g_autoptr (KartaRoadmap) reloaded = NULL;
  KartaSection *added = karta_section_new ("6", "Дополнительные меры");
  guint         n_sections = roadmap->sections->len;

  g_free (roadmap->goal);
  roadmap->goal = g_strdup ("Новая цель");
  g_ptr_array_add (added->indicators, g_strdup ("100% ШНОР"));
  g_ptr_array_add (roadmap->sections, added);
  g_ptr_array_add (roadmap->glossary, karta_glossary_entry_new ("ШЛ", "школа-лидер"));
  g_assert_true (karta_store_update_roadmap (fixture->store, roadmap, &error));
  g_assert_no_error (error);
  reloaded = karta_store_load_roadmap (fixture->store, id, &error);
  g_assert_cmpstr (reloaded->goal, ==, "Новая цель");
  g_assert_cmpuint (reloaded->sections->len, ==, n_sections + 1);
  g_assert_cmpuint (karta_roadmap_count_activities (reloaded), ==, 28);

  /* A section with activities cannot silently disappear. */
  g_ptr_array_remove_index (reloaded->sections, 0);
  g_assert_false (karta_store_update_roadmap (fixture->store, reloaded, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_clear_error (&error);

  /* An empty one can. */
  g_clear_pointer (&roadmap, karta_roadmap_unref);
  roadmap = karta_store_load_roadmap (fixture->store, id, &error);
  g_ptr_array_remove_index (roadmap->sections, roadmap->sections->len - 1);
  g_assert_true (karta_store_update_roadmap (fixture->store, roadmap, &error));
  g_clear_pointer (&reloaded, karta_roadmap_unref);
  reloaded = karta_store_load_roadmap (fixture->store, id, &error);
  g_assert_cmpuint (reloaded->sections->len, ==, n_sections);
}

static KartaActivity *
pasted_activity (const char *number,
                 const char *title)
{
  KartaActivity *activity = karta_activity_new ();

  activity->number = g_strdup (number);
  activity->title = g_strdup (title);
  return activity;
}

static void
test_append_rows (Fixture      *fixture,
                  gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_autoptr (KartaRoadmap) rows = karta_roadmap_new ();
  g_autoptr (KartaRoadmap) after = NULL;
  g_autoptr (KartaRoadmap) undone = NULL;
  g_autoptr (GError) error = NULL;
  KartaSection *existing = karta_section_new ("1", "Организационные мероприятия");
  KartaSection *loose = karta_section_new (NULL, NULL);
  KartaSection *added = karta_section_new ("6", "Дополнительные меры");
  KartaSection *first, *last;
  guint         n_sections;

  g_ptr_array_add (existing->activities, pasted_activity ("1.12", "Совещание по итогам года"));
  g_ptr_array_add (loose->activities, pasted_activity (NULL, "Отчёт о выполнении"));
  g_ptr_array_add (added->activities, pasted_activity ("6.1", "Новая мера"));
  g_ptr_array_add (rows->sections, existing);
  g_ptr_array_add (rows->sections, loose);
  g_ptr_array_add (rows->sections, added);
  {
    g_autoptr (KartaRoadmap) before = karta_store_load_roadmap (fixture->store, id, NULL);
    n_sections = before->sections->len;
  }

  g_assert_true (karta_store_append_to_roadmap (fixture->store, id, rows, &error));
  g_assert_no_error (error);
  after = karta_store_load_roadmap (fixture->store, id, &error);
  g_assert_cmpuint (karta_roadmap_count_activities (after), ==, 28 + 3);
  g_assert_cmpuint (after->sections->len, ==, n_sections + 1);
  first = g_ptr_array_index (after->sections, 0);
  g_assert_cmpstr (((KartaActivity *) g_ptr_array_index (first->activities, first->activities->len - 1))->number, ==, "1.12");
  last = g_ptr_array_index (after->sections, n_sections - 1);
  g_assert_cmpstr (((KartaActivity *) g_ptr_array_index (last->activities, last->activities->len - 1))->title, ==,
                   "Отчёт о выполнении");
  g_assert_cmpstr (((KartaSection *) g_ptr_array_index (after->sections, n_sections))->number, ==, "6");

  g_assert_true (karta_store_undo (fixture->store, &error));
  undone = karta_store_load_roadmap (fixture->store, id, &error);
  g_assert_cmpuint (karta_roadmap_count_activities (undone), ==, 28);
}

static void
test_organisations (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (KartaOrganisation) school = karta_organisation_new ();
  g_autoptr (KartaOrganisation) loaded = NULL;
  g_autoptr (KartaOrganisation) nameless = karta_organisation_new ();
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  KartaPerson curator = { 0, (char *) "Иванова Мария Петровна", (char *) "методист", 0, NULL, NULL };
  gint64      id;

  curator.id = karta_store_save_person (fixture->store, &curator, &error);
  g_assert_no_error (error);
  school->name = g_strdup ("Государственное бюджетное общеобразовательное учреждение средняя школа № 8");
  school->short_name = g_strdup ("ГБОУ № 8");
  school->pupils = 640;
  school->curator_id = curator.id;
  karta_organisation_add_category (school, 2021, "ШНОР");
  karta_organisation_add_category (school, 2022, "500+");
  id = karta_store_save_organisation (fixture->store, school, &error);
  g_assert_no_error (error);
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ № 8", NULL), ==, id);
  /* The same school as other documents write it */
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ СОШ №8", NULL), ==, id);
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ средняя школа № 8", NULL), ==, id);
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "МБОУ № 8", NULL), ==, 0);
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ № 80", NULL), ==, 0);

  loaded = karta_store_load_organisation (fixture->store, id, &error);
  g_assert_cmpint (loaded->pupils, ==, 640);
  g_assert_cmpstr (loaded->curator_name, ==, "Иванова Мария Петровна");
  g_assert_cmpuint (loaded->categories->len, ==, 2);

  g_assert_cmpint (karta_store_save_organisation (fixture->store, nameless, &error), ==, 0);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (karta_store_delete_organisation (fixture->store, id, &error));
  list = karta_store_list_organisations (fixture->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

/* A school of another district with the same kind and number is not taken
 * for it: it is a candidate to ask about */
static void
test_organisation_candidates (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr (KartaOrganisation) school = karta_organisation_new ();
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  g_autoptr (GError) error = NULL;
  gint64 id;

  school->name = g_strdup ("МБОУ «ОСШ № 3»");
  id = karta_store_save_organisation (fixture->store, school, &error);
  g_assert_no_error (error);
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "МБОУ СОШ № 3 г. Сковородино", NULL), ==, 0);
  g_assert_cmpint (karta_store_match_organisation (fixture->store, "МБОУ СОШ № 3 г. Сковородино", NULL, &candidates), ==, 0);
  g_assert_nonnull (candidates);
  g_assert_cmpuint (candidates->len, ==, 1);
  g_assert_cmpint (((KartaRef *) g_ptr_array_index (candidates, 0))->id, ==, id);
  g_clear_pointer (&candidates, g_ptr_array_unref);
  g_assert_cmpint (karta_store_match_organisation (fixture->store, "МБОУ СОШ № 4", NULL, &candidates), ==, 0);
  g_assert_null (candidates);
  g_assert_cmpint (karta_store_match_organisation (fixture->store, "МБОУ ОСШ №3", NULL, &candidates), ==, id);
}

/* A roadmap of the district @authority names, with one activity for @school */
static KartaRoadmap *
district_roadmap (const char *authority,
                  const char *school)
{
  KartaRoadmap  *roadmap = karta_roadmap_new ();
  KartaSection  *section = karta_section_new ("1", "Мероприятия");
  KartaActivity *activity = karta_activity_new ();

  roadmap->title = g_strdup ("Дорожная карта «500+»");
  roadmap->order->authority = g_strdup (authority);
  karta_period_parse ("2024", &roadmap->period, NULL);
  activity->number = g_strdup ("1.1");
  activity->title = g_strdup ("Посещение школы");
  g_ptr_array_add (activity->schools, karta_ref_new (0, school));
  g_ptr_array_add (section->activities, activity);
  g_ptr_array_add (roadmap->sections, section);
  return roadmap;
}

static gint64
first_school_of (const KartaRoadmap *roadmap)
{
  const KartaSection *section = g_ptr_array_index (roadmap->sections, 0);

  return ((KartaRef *) g_ptr_array_index (((KartaActivity *) g_ptr_array_index (section->activities, 0))->schools, 0))->id;
}

/* Schools are matched within the roadmap's district: «ГБОУ СОШ № 8» of
 * the Frunzensky district is not the one of Vasileostrovsky; a school made
 * by an import is of its roadmap's district */
static void
test_schools_by_district (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (KartaRoadmap) frunzensky = district_roadmap ("Администрация Фрунзенского района Санкт-Петербурга", "ГБОУ СОШ № 8");
  g_autoptr (KartaRoadmap) vasileostrovsky = district_roadmap ("Администрация Василеостровского района", "ГБОУ СОШ № 8");
  g_autoptr (KartaRoadmap) again = district_roadmap ("Отдел образования Фрунзенского района", "ГБОУ № 8");
  g_autoptr (KartaOrganisation) school = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GError) error = NULL;
  gint64 first, second;

  g_assert_cmpint (karta_store_add_roadmap (fixture->store, frunzensky, &error), >, 0);
  first = first_school_of (frunzensky);
  school = karta_store_load_organisation (fixture->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (school->district, ==, "Фрунзенский район");

  g_assert_cmpint (karta_store_add_roadmap (fixture->store, vasileostrovsky, &error), >, 0);
  second = first_school_of (vasileostrovsky);
  g_assert_cmpint (second, !=, first);
  g_assert_cmpint (karta_store_add_roadmap (fixture->store, again, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (first_school_of (again), ==, first);

  /* asked about, not taken: the name of another district's school */
  g_assert_cmpint (karta_store_match_organisation (fixture->store, "ГБОУ СОШ №8", "Кировский район", &candidates), ==, 0);
  g_assert_nonnull (candidates);
  g_assert_cmpuint (candidates->len, ==, 2);
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ СОШ № 8", "Василеостровский район"), ==, second);
  /* a name from nowhere in particular: as before, by the name */
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "ГБОУ СОШ № 8", NULL), ==, first);

  /* rows pasted into a roadmap are of its district */
  {
    g_autoptr (KartaRoadmap) rows = district_roadmap (NULL, "ГБОУ № 8");
    g_autoptr (KartaRoadmap) loaded = NULL;
    const KartaSection *section;

    g_assert_true (karta_store_append_to_roadmap (fixture->store, vasileostrovsky->id, rows, &error));
    g_assert_no_error (error);
    loaded = karta_store_load_roadmap (fixture->store, vasileostrovsky->id, &error);
    section = g_ptr_array_index (loaded->sections, 0);
    g_assert_cmpuint (section->activities->len, ==, 2);
    g_assert_cmpint (((KartaRef *) g_ptr_array_index (((KartaActivity *) g_ptr_array_index (section->activities, 1))->schools, 0))->id,
                     ==, second);
  }
}

/* The order's appendix of schools: each school gets its category for the year,
 * one left out in the review does not; undo takes both back. */
static void
test_listed_schools (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (KartaOrganisation) known = karta_organisation_new ();
  g_autoptr (KartaOrganisation) loaded = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  KartaListedSchool *left_out;
  gint64             known_id;

  known->name = g_strdup ("МОУ «Бегуницкая СОШ»");
  known_id = karta_store_save_organisation (fixture->store, known, &error);
  g_assert_no_error (error);
  roadmap->title = g_strdup ("Дорожная карта");
  karta_period_parse ("2024", &roadmap->period, NULL);
  g_ptr_array_add (roadmap->sections, karta_section_new (NULL, NULL));
  g_ptr_array_add (roadmap->listed_schools, karta_listed_school_new ("МОУ Бегуницкая СОШ", "ШПУН", 2024));
  g_ptr_array_add (roadmap->listed_schools, karta_listed_school_new ("МОУ «Калитинская СОШ»", "ШФЗСОР", 2024));
  left_out = karta_listed_school_new ("МОУ «Сабская ООШ»", "ШЛ", 2024);
  left_out->included = FALSE;
  g_ptr_array_add (roadmap->listed_schools, left_out);

  g_assert_cmpint (karta_store_add_roadmap (fixture->store, roadmap, &error), >, 0);
  g_assert_no_error (error);
  loaded = karta_store_load_organisation (fixture->store, known_id, &error);
  g_assert_cmpuint (loaded->categories->len, ==, 1);
  g_assert_cmpint (((KartaCategory *) g_ptr_array_index (loaded->categories, 0))->year, ==, 2024);
  g_assert_cmpstr (((KartaCategory *) g_ptr_array_index (loaded->categories, 0))->name, ==, "ШПУН");
  list = karta_store_list_organisations (fixture->store, &error);
  g_assert_cmpuint (list->len, ==, 2);

  g_assert_true (karta_store_undo (fixture->store, &error));
  g_clear_pointer (&loaded, karta_organisation_free);
  loaded = karta_store_load_organisation (fixture->store, known_id, &error);
  g_assert_cmpuint (loaded->categories->len, ==, 0);
}

/* A profile the imported text states is stored only when accepted, its factors
 * matched to the year's list however the text words them */
static void
test_stated_risks (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (GPtrArray) profiles = NULL;
  g_autoptr (GError) error = NULL;
  KartaStatedRisk  *accepted = karta_stated_risk_new ("МБОУ СОШ № 7", 2023);
  KartaStatedRisk  *declined = karta_stated_risk_new ("МБОУ СОШ № 9", 2023);
  KartaRiskProfile *stored;

  roadmap->title = g_strdup ("Антирисковая программа");
  karta_period_parse ("2023-2024", &roadmap->period, NULL);
  g_ptr_array_add (roadmap->sections, karta_section_new (NULL, NULL));
  karta_risk_profile_add (accepted->profile, 0, "низкой учебной мотивации обучающихся", KARTA_RISK_HIGH);
  karta_risk_profile_add (accepted->profile, 0, "Дефицит педагогических кадров", KARTA_RISK_MEDIUM);
  karta_risk_profile_add (accepted->profile, 0, "Отсутствие бассейна", KARTA_RISK_MEDIUM);
  accepted->accepted = TRUE;
  karta_risk_profile_add (declined->profile, 0, "Дефицит педагогических кадров", KARTA_RISK_HIGH);
  g_ptr_array_add (roadmap->stated_risks, accepted);
  g_ptr_array_add (roadmap->stated_risks, declined);

  g_assert_cmpint (karta_store_add_roadmap (fixture->store, roadmap, &error), >, 0);
  g_assert_no_error (error);
  profiles = karta_store_list_risk_profiles (fixture->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (profiles->len, ==, 1);
  stored = g_ptr_array_index (profiles, 0);
  g_assert_cmpstr (stored->school_name, ==, "МБОУ СОШ № 7");
  /* in the list's order: «Дефицит педагогических кадров» is its second factor */
  g_assert_cmpuint (stored->entries->len, ==, 2);
  g_assert_cmpstr (((KartaRiskEntry *) g_ptr_array_index (stored->entries, 1))->factor_name, ==, "Низкая учебная мотивация обучающихся");
  g_assert_cmpint (((KartaRiskEntry *) g_ptr_array_index (stored->entries, 1))->level, ==, KARTA_RISK_HIGH);
  g_assert_cmpint (((KartaRiskEntry *) g_ptr_array_index (stored->entries, 0))->level, ==, KARTA_RISK_MEDIUM);
}

/* A school year's quarters: terms naming quarters follow them, dates set by
 * hand do not; undo brings back both the calendar and the dates */
static void
test_school_calendar (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (KartaRoadmap) loaded = NULL;
  g_autoptr (GError) error = NULL;
  KartaActivity *activity = karta_activity_new ();
  KartaSection  *section = karta_section_new (NULL, NULL);
  KartaDay       quarters[8];
  KartaDay       start;

  roadmap->title = g_strdup ("План");
  karta_period_parse ("2023-2024", &roadmap->period, NULL);
  activity->title = g_strdup ("Контроль успеваемости");
  activity->term = g_strdup ("по итогам II четверти");
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_terms_parse (activity->term, &roadmap->period);
  g_ptr_array_add (section->activities, activity);
  g_ptr_array_add (roadmap->sections, section);
  g_assert_cmpint (karta_store_add_roadmap (fixture->store, roadmap, &error), >, 0);
  g_assert_no_error (error);

  for (int q = 1; q <= 4; q++)
    karta_school_quarter_default (2023, q, &quarters[2 * q - 2], &quarters[2 * q - 1]);
  quarters[2] = karta_day_from_ymd (2023, 11, 7);
  g_assert_true (karta_store_save_school_year (fixture->store, 2023, quarters, &error));
  g_assert_no_error (error);
  loaded = karta_store_load_roadmap (fixture->store, roadmap->id, &error);
  start = g_array_index (((KartaActivity *) g_ptr_array_index (((KartaSection *) g_ptr_array_index (loaded->sections, 0))->activities, 0))->schedule->spans, KartaSpan, 0).start;
  g_assert_cmpint (start, ==, karta_day_from_ymd (2023, 11, 7));

  /* a quarter that starts before the one before it ends is refused */
  quarters[2] = karta_day_from_ymd (2023, 10, 1);
  g_assert_false (karta_store_save_school_year (fixture->store, 2023, quarters, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (karta_store_undo (fixture->store, &error));
  g_clear_pointer (&loaded, karta_roadmap_unref);
  loaded = karta_store_load_roadmap (fixture->store, roadmap->id, &error);
  start = g_array_index (((KartaActivity *) g_ptr_array_index (((KartaSection *) g_ptr_array_index (loaded->sections, 0))->activities, 0))->schedule->spans, KartaSpan, 0).start;
  g_assert_cmpint (start, ==, karta_day_from_ymd (2023, 11, 1));
  {
    g_autoptr (KartaSchedule) again = karta_terms_parse ("II четверть", &roadmap->period);
    g_assert_cmpint (g_array_index (again->spans, KartaSpan, 0).start, ==, karta_day_from_ymd (2023, 11, 1));
  }
}

static void
test_risk_factors (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GPtrArray) factors = karta_store_list_risk_factors (fixture->store, NULL);

  /* The ten factors of docs/domain.md are the default list. */
  g_assert_cmpuint (factors->len, ==, 10);
  g_assert_cmpstr (((KartaRef *) g_ptr_array_index (factors, 0))->name, ==, "Низкий уровень оснащения школы");
  g_assert_cmpstr (((KartaRef *) g_ptr_array_index (factors, 9))->name, ==, "Низкий уровень вовлеченности родителей");
}

static void
test_school_name_keys (void)
{
  static const struct
  {
    const char *a, *b;
    gboolean    same;
  } cases[] = {
    { "ГБОУ № 8", "ГБОУ СОШ №8", TRUE },
    { "ГБОУ СОШ № 5", "ГБОУ средняя общеобразовательная школа № 5", TRUE },
    { "МОУ «Киришская СОШ №3»", "МОУ «Киришская средняя общеобразовательная школа № 3»", TRUE },
    { "МБОУ «Вознесенский образовательный центр»", "МБОУ Вознесенский образовательный центр", TRUE },
    { "МБОУ «Рошинский Центр образования»", "МБОУ «Рощинский центр образования»", FALSE },
    { "ГБОУ № 8", "ГБОУ № 80", FALSE },
    { "ГБОУ № 8", "МБОУ № 8", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *a = karta_school_name_key (cases[i].a);
      g_autofree char *b = karta_school_name_key (cases[i].b);
      g_assert_cmpint (g_str_equal (a, b), ==, cases[i].same);
    }
}

/* One application per library: the default library keeps the app's id */
static void
test_library_application_id (void)
{
  g_autofree char *default_dir = g_build_filename (g_get_user_data_dir (), "karta", NULL);
  g_autofree char *with_slash = g_strconcat (default_dir, "/", NULL);
  g_autofree char *plain = karta_library_application_id ("ru.karta.Karta", default_dir);
  g_autofree char *slashed = karta_library_application_id ("ru.karta.Karta", with_slash);
  g_autofree char *other = karta_library_application_id ("ru.karta.Karta", "/tmp/district-library");
  g_autofree char *other_again = karta_library_application_id ("ru.karta.Karta", "/tmp/./district-library/");
  g_autofree char *third = karta_library_application_id ("ru.karta.Karta", "/tmp/another-library");

  g_assert_cmpstr (plain, ==, "ru.karta.Karta");
  g_assert_cmpstr (slashed, ==, "ru.karta.Karta");
  g_assert_true (g_application_id_is_valid (other));
  g_assert_cmpstr (other, !=, plain);
  g_assert_cmpstr (other, ==, other_again);
  g_assert_cmpstr (other, !=, third);
}

/* A kind and a number alone are no proof where one name says more */
static void
test_school_name_compare (void)
{
  static const struct
  {
    const char      *a, *b;
    KartaSchoolMatch match;
  } cases[] = {
    { "ГБОУ № 8", "ГБОУ СОШ №8", KARTA_SCHOOL_SAME },
    { "ГБОУ СОШ № 5", "ГБОУ средняя общеобразовательная школа № 5", KARTA_SCHOOL_SAME },
    { "МОУ «Киришская СОШ №3»", "МОУ «Киришская средняя общеобразовательная школа № 3»", KARTA_SCHOOL_SAME },
    { "МБОУ СОШ № 3 г. Сковородино", "МБОУ «ОСШ № 3»", KARTA_SCHOOL_MAYBE },
    { "МБОУ СОШ № 3 г. Сковородино", "МБОУ СОШ № 3 с. Джалинда", KARTA_SCHOOL_DIFFERENT },
    { "МБОУ СОШ № 3 г. Сковородино", "МБОУ «Средняя школа № 3 г.Сковородино»", KARTA_SCHOOL_SAME },
    { "МКОУ «ОСШ № 2»", "МКОУ «Отраденская СОШ № 2»", KARTA_SCHOOL_MAYBE },
    { "МКОУ «Отраденская СОШ № 2»", "МКОУ «Кировская СОШ № 2»", KARTA_SCHOOL_DIFFERENT },
    { "МОУ «Шлиссельбургска я СОШ № 1»", "МОУ «Шлиссельбургская СОШ № 1»", KARTA_SCHOOL_SAME },
    { "МОУ «Шлиссельбургска я СОШ»", "МОУ «Шлиссельбургская СОШ»", KARTA_SCHOOL_SAME },
    { "МОУ «Бегуницкая СОШ»", "МОУ «Бегуницкая ООШ»", KARTA_SCHOOL_DIFFERENT },
    { "МБОУ СОШ № 1 имени Героя России Иванова", "МБОУ СОШ № 1 им. Петрова", KARTA_SCHOOL_DIFFERENT },
    { "ГБОУ № 8", "МБОУ № 8", KARTA_SCHOOL_DIFFERENT },
    { "ГБОУ № 8", "ГБОУ № 80", KARTA_SCHOOL_DIFFERENT },
    { "МБОУ «Рошинский Центр образования»", "МБОУ «Рощинский центр образования»", KARTA_SCHOOL_DIFFERENT },
    { "МАОУ «Лицей № 2» г. Тулун", "МБОУ «Лицей № 2» г. Тулун", KARTA_SCHOOL_MAYBE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s | %s", cases[i].a, cases[i].b);
      g_assert_cmpint (karta_school_name_compare (cases[i].a, cases[i].b), ==, cases[i].match);
      g_assert_cmpint (karta_school_name_compare (cases[i].b, cases[i].a), ==, cases[i].match);
    }
}

static void
test_history (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GPtrArray) history = NULL;

  karta_test_add_sample (fixture->store, "004-leningrad-oblast-2022.json");
  g_assert_true (karta_store_undo (fixture->store, NULL));
  history = karta_store_list_history (fixture->store, 10, NULL);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_true (g_str_has_prefix (((KartaHistoryEntry *) g_ptr_array_index (history, 0))->action, "Undo: "));
}

static guint
count_files (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  guint count = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    count++;
  return count;
}

static void
test_daily_backup (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *latest = NULL;
  g_autoptr (GError) error = NULL;

  /* Opening made one; a second on the same day does not. */
  g_assert_cmpuint (count_files (backups), ==, 1);
  karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_clear_object (&fixture->store);
  fixture->store = karta_test_open_library (fixture->dir);
  g_assert_cmpuint (count_files (backups), ==, 1);

  latest = karta_store_latest_backup (backups);
  g_assert_nonnull (latest);
  g_assert_true (karta_schema_check_file (latest, &error));
}

/* Runs the main context for @ms milliseconds */
static void
run_for_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_changed_count (KartaStore       *store,
                  KartaStoreChange  kind,
                  const char       *label,
                  KartaStoreSubject subjects,
                  gint64            id,
                  guint            *n_external)
{
  if (kind == KARTA_STORE_CHANGE_EXTERNAL)
    {
      g_assert_cmpuint (subjects, ==, KARTA_STORE_SUBJECT_ALL);
      (*n_external)++;
    }
}

/* A commit by another program (here another connection) is told as an
 * external change; the store's own are not */
static void
test_external_changes (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (KartaStore) other = karta_test_open_library (fixture->dir);
  guint  n_external = 0;
  gint64 deadline;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_count), &n_external);
  karta_store_watch_external_changes (fixture->store, 20);
  karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  run_for_ms (200);
  g_assert_cmpuint (n_external, ==, 0);

  karta_test_add_sample (other, "002-vasileostrovsky-2022.json");
  deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (n_external == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (n_external, ==, 1);
  /* seen once */
  run_for_ms (200);
  g_assert_cmpuint (n_external, ==, 1);
}

/* A year of daily backups: the newest week stays, and older generations —
 * a backup a week, then a month — so that damage noticed late still has a
 * good copy before it */
static void
test_backup_generations (void)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2025);
  g_autoptr (GHashTable) kept = NULL;
  g_autoptr (GDate) oldest = NULL;
  const char *newest;

  for (guint i = 0; i < 400; i++, g_date_add_days (day, 1))
    {
      char name[32];

      g_snprintf (name, sizeof name, "karta-%04d-%02d-%02d.db", g_date_get_year (day), g_date_get_month (day),
                  g_date_get_day (day));
      g_ptr_array_add (names, g_strdup (name));
    }
  kept = karta_backup_select_kept (names, 7);
  newest = g_ptr_array_index (names, names->len - 1);
  for (guint i = names->len - 7; i < names->len; i++)
    g_assert_true (g_hash_table_contains (kept, g_ptr_array_index (names, i)));
  g_assert_cmpuint (g_hash_table_size (kept), <=, 7 + KARTA_BACKUP_WEEKS + KARTA_BACKUP_MONTHS);
  for (guint i = 0; i < names->len && oldest == NULL; i++)
    if (g_hash_table_contains (kept, g_ptr_array_index (names, i)))
      {
        int y, m, d;
        g_assert_cmpint (sscanf (g_ptr_array_index (names, i), "karta-%4d-%2d-%2d", &y, &m, &d), ==, 3);
        oldest = g_date_new_dmy (d, m, y);
      }
  /* the newest of each of the last six months: four months back at least, a year back not */
  g_assert_cmpint (g_date_days_between (oldest, day), >, 120);
  g_assert_cmpint (g_date_days_between (oldest, day), <, 365);
  g_assert_true (g_hash_table_contains (kept, newest));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/new-library", test_new_library);
  ADD ("/store/roadmap-round-trip", test_roadmap_round_trip);
  ADD ("/store/update-activity", test_update_activity);
  ADD ("/store/add-delete-activity", test_add_delete_activity);
  ADD ("/store/update-roadmap-sections", test_update_roadmap_sections);
  ADD ("/store/organisations", test_organisations);
  ADD ("/store/listed-schools", test_listed_schools);
  ADD ("/store/stated-risks", test_stated_risks);
  ADD ("/store/school-calendar", test_school_calendar);
  ADD ("/store/append-rows", test_append_rows);
  ADD ("/store/history", test_history);
  ADD ("/store/risk-factors", test_risk_factors);
  g_test_add_func ("/store/school-name-keys", test_school_name_keys);
  g_test_add_func ("/store/school-name-compare", test_school_name_compare);
  g_test_add_func ("/store/library-application-id", test_library_application_id);
  ADD ("/store/organisation-candidates", test_organisation_candidates);
  ADD ("/store/schools-by-district", test_schools_by_district);
  ADD ("/store/daily-backup", test_daily_backup);
  g_test_add_func ("/store/backup-generations", test_backup_generations);
  ADD ("/store/external-changes", test_external_changes);
#undef ADD
  return g_test_run ();
}
