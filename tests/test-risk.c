/* test-risk.c — risk factor lists, profiles, suggestions, import, karta-cli risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "karta-error.h"
#include "karta-risk-import.h"
#include "karta-test-util.h"

typedef struct
{
  char       *dir;
  KartaStore *store;
  gint64      school8;
  gint64      school305;
} Fixture;

static gint64
add_school (KartaStore *store,
            const char *name)
{
  g_autoptr (KartaOrganisation) school = karta_organisation_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  school->name = g_strdup (name);
  school->is_school = TRUE;
  id = karta_store_save_organisation (store, school, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->dir = karta_test_make_dir ();
  fixture->store = karta_test_open_library (fixture->dir);
  fixture->school8 = add_school (fixture->store, "ГБОУ СОШ №8");
  fixture->school305 = add_school (fixture->store, "ГБОУ СОШ №305");
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  karta_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KartaRiskProfile *
make_profile (gint64                 school,
              int                    year,
              const KartaFactorList *list,
              const KartaRiskLevel  *levels,
              guint                  n_levels)
{
  KartaRiskProfile *profile = karta_risk_profile_new (school, year);

  for (guint i = 0; i < n_levels; i++)
    {
      const KartaRef *factor = g_ptr_array_index (list->factors, i);
      karta_risk_profile_add (profile, factor->id, factor->name, levels[i]);
    }
  return profile;
}

static KartaRiskProfile *
load (Fixture *fixture,
      gint64   school,
      int      year)
{
  g_autoptr (GError) error = NULL;
  KartaRiskProfile *profile = karta_store_load_risk_profile (fixture->store, school, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
  return profile;
}

static void
assert_counts (const KartaRiskProfile *profile,
               guint                   high,
               guint                   medium,
               guint                   low)
{
  KartaRiskCounts counts = karta_risk_profile_count (profile);

  g_assert_cmpuint (counts.high, ==, high);
  g_assert_cmpuint (counts.medium, ==, medium);
  g_assert_cmpuint (counts.low, ==, low);
}

static const KartaRiskLevel levels_2021[] = {
  KARTA_RISK_HIGH,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
};

static void
test_default_list (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = karta_store_list_factor_lists (fixture->store, &error);
  g_autoptr (KartaFactorList) early = NULL;
  KartaFactorList *list;

  g_assert_no_error (error);
  g_assert_cmpuint (lists->len, ==, 1);
  list = g_ptr_array_index (lists, 0);
  g_assert_cmpint (list->year, ==, 2021);
  g_assert_cmpuint (list->factors->len, ==, 10);
  g_assert_cmpstr (((KartaRef *) g_ptr_array_index (list->factors, 5))->name, ==, "Высокая доля обучающихся с ОВЗ");
  /* before any list: the oldest */
  early = karta_store_load_factor_list_for_year (fixture->store, 2015, &error);
  g_assert_no_error (error);
  g_assert_cmpint (early->id, ==, list->id);
}

static void
test_profile_round_trip (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaFactorList) list = karta_store_load_factor_list_for_year (fixture->store, 2022, &error);
  g_autoptr (KartaRiskProfile) profile = make_profile (fixture->school8, 2021, list, levels_2021, 10);
  g_autoptr (KartaRiskProfile) loaded = NULL;
  g_autoptr (KartaRiskProfile) partial = NULL;
  g_autoptr (GPtrArray) profiles = NULL;
  const KartaRiskEntry *entry;

  g_assert_true (karta_store_save_risk_profile (fixture->store, profile, &error));
  g_assert_no_error (error);
  loaded = load (fixture, fixture->school8, 2021);
  g_assert_cmpint (loaded->list_id, ==, list->id);
  g_assert_cmpstr (loaded->school_name, ==, "ГБОУ СОШ №8");
  g_assert_cmpuint (loaded->entries->len, ==, 10);
  entry = g_ptr_array_index (loaded->entries, 0);
  g_assert_cmpstr (entry->factor_name, ==, "Низкий уровень оснащения школы");
  g_assert_cmpint (entry->level, ==, KARTA_RISK_HIGH);
  /* one high, three medium, six low: as the 2021 profile of docs/domain.md */
  assert_counts (loaded, 1, 3, 6);

  /* a factor without a level is simply absent */
  partial = make_profile (fixture->school305, 2022, list, levels_2021, 4);
  g_assert_true (karta_store_save_risk_profile (fixture->store, partial, &error));
  g_clear_pointer (&loaded, karta_risk_profile_free);
  loaded = load (fixture, fixture->school305, 2022);
  g_assert_cmpuint (loaded->entries->len, ==, 4);
  assert_counts (loaded, 1, 3, 0);

  /* saving again replaces the levels */
  ((KartaRiskEntry *) g_ptr_array_index (partial->entries, 0))->level = KARTA_RISK_LOW;
  g_ptr_array_remove_index (partial->entries, 3);
  g_assert_true (karta_store_save_risk_profile (fixture->store, partial, &error));
  g_clear_pointer (&loaded, karta_risk_profile_free);
  loaded = load (fixture, fixture->school305, 2022);
  assert_counts (loaded, 0, 2, 1);

  /* by year, and each school's newest */
  profiles = karta_store_list_risk_profiles (fixture->store, 2021, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (profiles->len, ==, 1);
  g_clear_pointer (&profiles, g_ptr_array_unref);
  profiles = karta_store_list_risk_profiles (fixture->store, 0, &error);
  g_assert_cmpuint (profiles->len, ==, 2);
  /* by school, numbers in number order: № 8 before № 305 */
  g_assert_cmpstr (((KartaRiskProfile *) g_ptr_array_index (profiles, 0))->school_name, ==, "ГБОУ СОШ №8");
  g_assert_cmpstr (((KartaRiskProfile *) g_ptr_array_index (profiles, 1))->school_name, ==, "ГБОУ СОШ №305");
  g_assert_cmpuint (((KartaRiskProfile *) g_ptr_array_index (profiles, 0))->entries->len, ==, 10);

  g_assert_null (karta_store_load_risk_profile (fixture->store, fixture->school8, 2030, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
}

static void
test_new_list (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaFactorList) old_list = karta_store_load_factor_list_for_year (fixture->store, 2021, &error);
  g_autoptr (KartaFactorList) new_list = karta_factor_list_new ();
  g_autoptr (KartaFactorList) loaded = NULL;
  g_autoptr (KartaRiskProfile) profile = make_profile (fixture->school8, 2021, old_list, levels_2021, 10);
  g_autoptr (KartaRiskProfile) reloaded = NULL;
  g_autoptr (KartaRiskProfile) later = NULL;
  gint64 id;

  g_assert_true (karta_store_save_risk_profile (fixture->store, profile, &error));
  new_list->year = 2024;
  new_list->title = g_strdup ("ФИОКО 2024");
  for (guint i = 0; i < old_list->factors->len; i++)
    g_ptr_array_add (new_list->factors, karta_ref_new (0, ((KartaRef *) g_ptr_array_index (old_list->factors, i))->name));
  g_ptr_array_add (new_list->factors, karta_ref_new (0, "Низкая эффективность управления"));
  id = karta_store_save_factor_list (fixture->store, new_list, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, old_list->id);

  loaded = karta_store_load_factor_list_for_year (fixture->store, 2025, &error);
  g_assert_cmpint (loaded->id, ==, id);
  g_assert_cmpuint (loaded->factors->len, ==, 11);
  g_clear_pointer (&loaded, karta_factor_list_free);
  loaded = karta_store_load_factor_list_for_year (fixture->store, 2023, &error);
  g_assert_cmpint (loaded->id, ==, old_list->id);

  /* the 2021 profile keeps its list; a 2024 one takes the new list */
  reloaded = load (fixture, fixture->school8, 2021);
  g_assert_cmpint (reloaded->list_id, ==, old_list->id);
  later = karta_risk_profile_new (fixture->school8, 2024);
  karta_risk_profile_add (later, 0, "Низкая эффективность управления", KARTA_RISK_HIGH);
  g_assert_true (karta_store_save_risk_profile (fixture->store, later, &error));
  g_assert_no_error (error);
  g_clear_pointer (&reloaded, karta_risk_profile_free);
  reloaded = load (fixture, fixture->school8, 2024);
  g_assert_cmpint (reloaded->list_id, ==, id);
  assert_counts (reloaded, 1, 0, 0);

  /* edit: rename and reorder, one undo step */
  g_clear_pointer (&loaded, karta_factor_list_free);
  loaded = karta_store_load_factor_list_for_year (fixture->store, 2024, &error);
  g_ptr_array_insert (loaded->factors, 0, g_ptr_array_steal_index (loaded->factors, 10));
  g_free (((KartaRef *) g_ptr_array_index (loaded->factors, 0))->name);
  ((KartaRef *) g_ptr_array_index (loaded->factors, 0))->name = g_strdup ("Низкая эффективность управления школой");
  g_assert_cmpint (karta_store_save_factor_list (fixture->store, loaded, &error), ==, id);
  g_assert_no_error (error);
  g_clear_pointer (&reloaded, karta_risk_profile_free);
  reloaded = load (fixture, fixture->school8, 2024);
  g_assert_cmpstr (((KartaRiskEntry *) g_ptr_array_index (reloaded->entries, 0))->factor_name, ==,
                   "Низкая эффективность управления школой");
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&reloaded, karta_risk_profile_free);
  reloaded = load (fixture, fixture->school8, 2024);
  g_assert_cmpstr (((KartaRiskEntry *) g_ptr_array_index (reloaded->entries, 0))->factor_name, ==,
                   "Низкая эффективность управления");
}

static void
test_copy_and_undo (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaFactorList) list = karta_store_load_factor_list_for_year (fixture->store, 2021, &error);
  g_autoptr (KartaRiskProfile) profile = make_profile (fixture->school8, 2021, list, levels_2021, 10);
  g_autoptr (KartaRiskProfile) copy = NULL;
  g_autoptr (GArray) years = NULL;

  g_assert_true (karta_store_save_risk_profile (fixture->store, profile, &error));
  g_assert_true (karta_store_copy_risk_profile (fixture->store, fixture->school8, 2021, 2022, &error));
  g_assert_no_error (error);
  copy = load (fixture, fixture->school8, 2022);
  g_assert_cmpint (copy->list_id, ==, list->id);
  assert_counts (copy, 1, 3, 6);
  years = karta_store_list_profile_years (fixture->store, fixture->school8, &error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2021);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2022);

  g_assert_false (karta_store_copy_risk_profile (fixture->store, fixture->school8, 2019, 2020, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* undo the copy, then the save */
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_null (karta_store_load_risk_profile (fixture->store, fixture->school8, 2022, NULL));
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_null (karta_store_load_risk_profile (fixture->store, fixture->school8, 2021, NULL));
  g_assert_true (karta_store_redo (fixture->store, &error));
  g_clear_pointer (&copy, karta_risk_profile_free);
  copy = load (fixture, fixture->school8, 2021);
  assert_counts (copy, 1, 3, 6);
}

static void
assert_suggests (const KartaFactorList *list,
                 const char            *text,
                 const guint           *positions,
                 guint                  n)
{
  g_autoptr (GPtrArray) found = karta_risk_suggest_factors (text, list);

  g_assert_cmpuint (found->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_true (g_ptr_array_index (found, i) == g_ptr_array_index (list->factors, positions[i] - 1));
}

static void
test_suggest (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaFactorList) list = karta_store_load_factor_list_for_year (fixture->store, 2021, &error);
  g_autoptr (KartaFactorList) edited = karta_factor_list_new ();

  assert_suggests (list, "1.1. Преодоление дефицита базовой инфраструктуры", (guint[]){ 1 }, 1);
  assert_suggests (list, "Закрытие вакансий, привлечение молодых педагогов", (guint[]){ 2 }, 1);
  assert_suggests (list, "Курсы повышения квалификации учителей", (guint[]){ 3 }, 1);
  assert_suggests (list, "Работа с обучающимися с ОВЗ, инклюзивное образование", (guint[]){ 6 }, 1);
  assert_suggests (list, "Профилактика буллинга; вовлечение РОДИТЕЛЕЙ в жизнь школы", (guint[]){ 9, 10 }, 2);
  assert_suggests (list, "Повышение учебной мотивации и дисциплины", (guint[]){ 7, 8 }, 2);
  assert_suggests (list, "Мониторинг исполнения дорожной карты", NULL, 0);

  /* an edited list: other names and order, and a factor of no theme */
  g_ptr_array_add (edited->factors, karta_ref_new (1, "Несформированность внутришкольной системы повышения квалификации"));
  g_ptr_array_add (edited->factors, karta_ref_new (2, "Недостаточное материально-техническое оснащение"));
  g_ptr_array_add (edited->factors, karta_ref_new (3, "Риски низкой адаптивности учебного процесса"));
  assert_suggests (edited, "1.1. Преодоление дефицита базовой инфраструктуры", (guint[]){ 2 }, 1);
  assert_suggests (edited, "Повышение квалификации", (guint[]){ 1 }, 1);
  assert_suggests (edited, "Адаптивность учебного процесса", (guint[]){ 3 }, 1);
}

static int
import_file (Fixture    *fixture,
             const char *name,
             gboolean    create_schools,
             GPtrArray  *report,
             GError    **error)
{
  g_autofree char *path = g_build_filename (g_getenv ("KARTA_TEST_DATA"), name, NULL);
  g_autofree char *data = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return karta_risk_import_tsv (fixture->store, name, data, length, create_schools, report, error);
}

static gboolean
report_has (GPtrArray  *report,
            const char *line)
{
  for (guint i = 0; i < report->len; i++)
    if (g_str_equal (g_ptr_array_index (report, i), line))
      return TRUE;
  return FALSE;
}

static void
test_import_good (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRiskProfile) p8 = NULL;
  g_autoptr (KartaRiskProfile) p305 = NULL;
  g_autoptr (KartaRiskProfile) p305_2021 = NULL;
  const KartaRiskEntry *entry;

  g_assert_cmpint (import_file (fixture, "risk-good.tsv", FALSE, report, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (report->len, ==, 0);
  p8 = load (fixture, fixture->school8, 2022);
  g_assert_cmpuint (p8->entries->len, ==, 4);
  assert_counts (p8, 1, 1, 2);
  entry = g_ptr_array_index (p8->entries, 3);
  g_assert_cmpstr (entry->factor_name, ==, "Низкий уровень вовлеченности родителей");
  p305 = load (fixture, fixture->school305, 2022);
  assert_counts (p305, 0, 1, 0);
  p305_2021 = load (fixture, fixture->school305, 2021);
  assert_counts (p305_2021, 1, 0, 0);

  /* one undo step takes the whole import back */
  g_assert_cmpstr (karta_store_get_undo_label (fixture->store), ==, "Import risk profiles from “risk-good.tsv”");
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_null (karta_store_load_risk_profile (fixture->store, fixture->school8, 2022, NULL));
  g_assert_null (karta_store_load_risk_profile (fixture->store, fixture->school305, 2021, NULL));
}

static void
test_import_bad (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) created = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) schools = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRiskProfile) profile = NULL;
  g_autoptr (KartaFactorList) list = NULL;
  gint64 unknown;

  g_assert_cmpint (import_file (fixture, "risk-bad.tsv", FALSE, report, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (report_has (report, "row 3: unknown school «МОУ Неизвестная СОШ»"));
  g_assert_true (report_has (report, "row 5: unknown factor «Низкая эффективность управления»"));
  g_assert_true (report_has (report, "row 6: bad level «очень высокий»: write высокий, средний or низкий"));
  g_assert_true (report_has (report, "row 7: bad year «в прошлом году»"));
  g_assert_cmpuint (report->len, ==, 4);
  profile = load (fixture, fixture->school8, 2023);
  assert_counts (profile, 1, 0, 0);
  /* nothing invented */
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "МОУ Неизвестная СОШ", NULL), ==, 0);
  schools = karta_store_list_organisations (fixture->store, &error);
  g_assert_cmpuint (schools->len, ==, 2);
  g_clear_pointer (&schools, g_ptr_array_unref);
  g_clear_pointer (&list, karta_factor_list_free);
  list = karta_store_load_factor_list_for_year (fixture->store, 2023, NULL);
  g_assert_cmpuint (list->factors->len, ==, 10);

  /* --create-schools */
  g_assert_cmpint (import_file (fixture, "risk-bad.tsv", TRUE, created, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_true (report_has (created, "school «МОУ Неизвестная СОШ» created"));
  g_assert_false (report_has (created, "row 3: unknown school «МОУ Неизвестная СОШ»"));
  unknown = karta_store_find_organisation (fixture->store, "МОУ Неизвестная СОШ", NULL);
  g_assert_cmpint (unknown, >, 0);
  g_clear_pointer (&profile, karta_risk_profile_free);
  profile = load (fixture, unknown, 2023);
  assert_counts (profile, 0, 1, 1);
  /* the schools and the profiles are one undo step */
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_cmpint (karta_store_find_organisation (fixture->store, "МОУ Неизвестная СОШ", NULL), ==, 0);
}

static void
test_import_errors (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  const char *no_header = "ГБОУ СОШ №8\t2022\t1\tвысокий\n";

  g_assert_cmpint (karta_risk_import_tsv (fixture->store, "empty.tsv", "\n \n", 3, FALSE, report, &error), ==, -1);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "empty.tsv"));
  g_clear_error (&error);
  g_assert_cmpint (karta_risk_import_tsv (fixture->store, "plain.tsv", no_header, strlen (no_header), FALSE,
                                          report, &error),
                   ==, -1);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "plain.tsv"));
}

static char *
run_cli (const char *library,
         int        *status,
         const char *first,
         ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *library_option = g_strdup_printf ("--library=%s", library);
  char            *out = NULL;
  va_list          args;

  g_ptr_array_add (argv, (char *) g_getenv ("KARTA_CLI"));
  g_ptr_array_add (argv, library_option);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_cli (Fixture      *fixture,
          gconstpointer data)
{
  g_autofree char *path = g_build_filename (g_getenv ("KARTA_TEST_DATA"), "risk-good.tsv", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->school8);
  g_autofree char *imported = NULL;
  g_autofree char *json = NULL;
  g_autofree char *older = NULL;
  g_autofree char *missing = NULL;
  int              status;

  g_clear_object (&fixture->store);
  imported = run_cli (fixture->dir, &status, "risk-import", path, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (imported, ==, "3\n");

  json = run_cli (fixture->dir, &status, "risk", id, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (json, ==,
                   "{\"school\":\"ГБОУ СОШ №8\",\"year\":2022,\"factors\":["
                   "{\"name\":\"Низкий уровень оснащения школы\",\"level\":\"high\"},"
                   "{\"name\":\"Дефицит педагогических кадров\",\"level\":\"medium\"},"
                   "{\"name\":\"Низкая учебная мотивация обучающихся\",\"level\":\"low\"},"
                   "{\"name\":\"Низкий уровень вовлеченности родителей\",\"level\":\"low\"}],"
                   "\"counts\":{\"high\":1,\"medium\":1,\"low\":2}}\n");

  missing = run_cli (fixture->dir, &status, "risk", id, "--year", "2019", NULL);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (missing, ==, "");
  g_clear_pointer (&missing, g_free);
  missing = run_cli (fixture->dir, &status, "risk", "999", NULL);
  g_assert_false (g_spawn_check_wait_status (status, NULL));

  /* the newest year by default, another with --year */
  {
    g_autofree char *id305 = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->school305);
    g_autoptr (JsonNode) node = NULL;
    older = run_cli (fixture->dir, &status, "risk", id305, "--year", "2021", NULL);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    node = json_from_string (older, NULL);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "year"), ==, 2021);
    g_clear_pointer (&older, g_free);
    g_clear_pointer (&node, json_node_unref);
    older = run_cli (fixture->dir, &status, "risk", id305, NULL);
    node = json_from_string (older, NULL);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "year"), ==, 2022);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/risk/default-list", test_default_list);
  ADD ("/risk/profile-round-trip", test_profile_round_trip);
  ADD ("/risk/new-list", test_new_list);
  ADD ("/risk/copy-and-undo", test_copy_and_undo);
  ADD ("/risk/suggest", test_suggest);
  ADD ("/risk/import-good", test_import_good);
  ADD ("/risk/import-bad", test_import_bad);
  ADD ("/risk/import-errors", test_import_errors);
  ADD ("/risk/cli", test_cli);
#undef ADD

  return g_test_run ();
}
