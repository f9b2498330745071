/* test-demo.c — gen-demo at scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-test-util.h"

static void
test_twenty_thousand (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (GPtrArray) schools = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint total = 0;

  g_assert_true (karta_store_generate_demo (store, 100, 200, 60, &error));
  g_assert_no_error (error);
  roadmaps = karta_store_list_roadmaps (store, &error);
  g_assert_cmpuint (roadmaps->len, ==, 100);
  for (guint i = 0; i < roadmaps->len; i++)
    total += ((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, i))->activity_count;
  g_assert_cmpuint (total, ==, 20000);
  schools = karta_store_list_organisations (store, &error);
  g_assert_cmpuint (schools->len, ==, 60);

  roadmap = karta_store_load_roadmap (store, ((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, 0))->id, &error);
  g_assert_cmpuint (karta_roadmap_count_activities (roadmap), ==, 200);
  g_assert_true (karta_library_check (store, problems));

  /* The whole generation is one undoable step. */
  g_assert_true (karta_store_undo (store, &error));
  g_clear_pointer (&roadmaps, g_ptr_array_unref);
  roadmaps = karta_store_list_roadmaps (store, &error);
  g_assert_cmpuint (roadmaps->len, ==, 0);

  g_clear_object (&store);
  karta_test_remove_tree (dir);
}

static char *
export_first (const char *dir)
{
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;

  g_assert_true (karta_store_generate_demo (store, 2, 30, 10, NULL));
  roadmaps = karta_store_list_roadmaps (store, NULL);
  roadmap = karta_store_load_roadmap (store, ((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, 0))->id, NULL);
  return karta_interchange_to_string (roadmap);
}

static void
test_deterministic (void)
{
  g_autofree char *a_dir = karta_test_make_dir ();
  g_autofree char *b_dir = karta_test_make_dir ();
  g_autofree char *a = export_first (a_dir);
  g_autofree char *b = export_first (b_dir);

  g_assert_cmpstr (a, ==, b);
  karta_test_remove_tree (a_dir);
  karta_test_remove_tree (b_dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/20000-activities", test_twenty_thousand);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  return g_test_run ();
}
