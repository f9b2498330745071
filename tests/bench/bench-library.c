/* bench-library.c — the foundation's targets without a display:
 *   karta-cli gen-demo --roadmaps 100 --activities 200: under 3 s
 *   loading the largest roadmap of that library (what its table needs)
 *
 * Run: meson test -C build --benchmark --suite bench -v   (or the binary)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "../karta-test-util.h"

#define RUNS 5

/* The CLI as a user runs it: a new process on a new library. */
static double
time_cli_gen_demo (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  const char      *argv[] = { g_getenv ("KARTA_CLI"), "--library", dir, "gen-demo",
                              "--roadmaps", "100", "--activities", "200", NULL };
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int    status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  karta_test_remove_tree (dir);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_load_largest (KartaStore *store,
                   gint64      id)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, id, NULL);

  g_assert_nonnull (roadmap);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gint64
largest_roadmap (KartaStore *store)
{
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (store, NULL);
  KartaRoadmapSummary *largest = NULL;

  for (guint i = 0; i < roadmaps->len; i++)
    {
      KartaRoadmapSummary *summary = g_ptr_array_index (roadmaps, i);
      if (largest == NULL || summary->activity_count > largest->activity_count)
        largest = summary;
    }
  return largest->id;
}

int
main (int    argc,
      char **argv)
{
  double           gen[RUNS], load[RUNS];
  g_autofree char *dir = karta_test_make_dir ();
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  gint64 id;

  if (g_getenv ("KARTA_CLI") == NULL)
    g_error ("Set KARTA_CLI to the karta-cli to measure (meson test --benchmark does)");
  for (guint i = 0; i < RUNS; i++)
    gen[i] = time_cli_gen_demo ();
  printf ("karta-cli gen-demo --roadmaps 100 --activities 200: median %.0f ms over %d runs (target < 3000 ms)\n",
          karta_test_median (gen, RUNS), RUNS);

  g_assert_true (karta_store_generate_demo (store, 100, 200, 60, NULL));
  id = largest_roadmap (store);
  for (guint i = 0; i < RUNS; i++)
    load[i] = time_load_largest (store, id);
  printf ("load the largest roadmap (200 activities) of 20,000: median %.2f ms over %d runs\n",
          karta_test_median (load, RUNS), RUNS);

  g_clear_object (&store);
  karta_test_remove_tree (dir);
  return 0;
}
