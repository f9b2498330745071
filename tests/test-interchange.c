/* test-interchange.c — export → import → export gives identical JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-error.h"
#include "karta-test-util.h"

static char *export(KartaStore *store,
                    gint64      id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, id, &error);

  g_assert_no_error (error);
  return karta_interchange_to_string (roadmap);
}

static void
test_round_trip (gconstpointer data)
{
  const char      *sample = data;
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *other_dir = karta_test_make_dir ();
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (KartaStore) other = karta_test_open_library (other_dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (KartaRoadmap) reread = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gint64           id = karta_test_add_sample (store, sample);
  gint64           other_id;

  /* Give the export every kind of field: schools, executions, a status. */
  roadmap = karta_store_load_roadmap (store, id, &error);
  {
    KartaSection *section = g_ptr_array_index (roadmap->sections, 0);
    g_autoptr (KartaActivity) edited = karta_activity_copy (g_ptr_array_index (section->activities, 0));
    g_ptr_array_add (edited->schools, karta_ref_new (0, "ГБОУ СОШ № 5"));
    g_ptr_array_add (edited->factors, karta_ref_new (0, "Дефицит педагогических кадров"));
    g_ptr_array_add (edited->executions, karta_execution_new (-1, KARTA_STATUS_DONE));
    edited->status = KARTA_STATUS_IN_PROGRESS;
    edited->notes = g_strdup ("примечание");
    g_assert_true (karta_store_update_activity (store, edited, &error));
    g_assert_no_error (error);
  }

  first = export(store, id);
  reread = karta_interchange_parse (first, -1, &error);
  g_assert_no_error (error);
  other_id = karta_store_add_roadmap (other, reread, &error);
  g_assert_no_error (error);
  second = export(other, other_id);
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "\"format\" : \"karta-roadmap\""));

  g_clear_object (&store);
  g_clear_object (&other);
  karta_test_remove_tree (dir);
  karta_test_remove_tree (other_dir);
}

static void
test_bad_json (void)
{
  static const struct
  {
    const char *json;
    int         code;
  } cases[] = {
    { "[1, 2]", KARTA_ERROR_INVALID },
    { "{\"format\": \"something-else\"}", KARTA_ERROR_INVALID },
    { "{\"format\": \"karta-roadmap\", \"version\": 9, \"title\": \"x\"}", KARTA_ERROR_TOO_NEW },
    { "{\"title\": \"x\"}", KARTA_ERROR_INVALID },
    { "{\"title\": \"x\", \"period\": {\"start\": \"2022-02-30\", \"end\": \"2022-12-31\"}}", KARTA_ERROR_INVALID },
    { "{\"title\": \"x\", \"period\": {\"start\": \"2022-01-01\", \"end\": \"2022-12-31\"},"
      " \"sections\": [{\"activities\": [{\"title\": \"a\", \"status\": \"finished\"}]}]}",
      KARTA_ERROR_INVALID },
    { "{\"title\": \"x\", \"period\": {\"start\": \"2022-01-01\", \"end\": \"2022-12-31\"},"
      " \"sections\": [{\"activities\": [{\"number\": \"1\"}]}]}",
      KARTA_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KartaRoadmap) roadmap = karta_interchange_parse (cases[i].json, -1, &error);
      g_assert_null (roadmap);
      g_assert_error (error, KARTA_ERROR, cases[i].code);
    }
}

static void
test_schedule_from_term (void)
{
  const char *json =
    "{\"title\": \"x\", \"period\": {\"start\": \"2023-09-01\", \"end\": \"2024-08-31\"},"
    " \"sections\": [{\"number\": null, \"title\": null, \"activities\": [{\"title\": \"a\", \"term\": \"Февраль-март\"}]}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_interchange_parse (json, -1, &error);
  KartaSection  *section;
  KartaActivity *activity;

  g_assert_no_error (error);
  section = g_ptr_array_index (roadmap->sections, 0);
  activity = g_ptr_array_index (section->activities, 0);
  /* In an academic year, February is in its second calendar year. */
  g_assert_cmpint (activity->schedule->kind, ==, KARTA_SCHEDULE_DATES);
  g_assert_cmpuint (g_array_index (activity->schedule->spans, KartaSpan, 0).start, ==, karta_day_from_ymd (2024, 2, 1));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/interchange/round-trip/000", "000-frunzensky-2022.json", test_round_trip);
  g_test_add_data_func ("/interchange/round-trip/002", "002-vasileostrovsky-2022.json", test_round_trip);
  g_test_add_data_func ("/interchange/round-trip/004", "004-leningrad-oblast-2022.json", test_round_trip);
  g_test_add_func ("/interchange/bad-json", test_bad_json);
  g_test_add_func ("/interchange/schedule-from-term", test_schedule_from_term);
  return g_test_run ();
}
