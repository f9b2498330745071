/* bench-startup.c — window start-up beside a bare libadwaita window, and
 * opening the largest roadmap's table (issue targets: start-up within 1.5×
 * the bare window on a 20,000-activity library; the table under 100 ms).
 *
 * The parent spawns children in turn on the same display and times, from
 * spawn to the child's report, until each has painted its first frame:
 *   bench-startup                      the comparison, printed as a table
 *   bench-startup --child bare         AdwApplicationWindow: header bar + label
 *   bench-startup --child karta DIR ID the Karta application on library DIR,
 *                                      then the table of roadmap ID
 * Runs under a display: xvfb-run -a meson test -C build --benchmark --suite bench -v
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <stdio.h>

#include "../karta-test-util.h"
#include "bench-child.h"
#include "karta-application.h"
#include "karta-i18n.h"
#include "karta-window.h"

#define RUNS 15

typedef struct
{
  GApplication *app;
  gint64        roadmap_id;
  gint64        table_started;
} Child;

static void
report_and_quit (GdkFrameClock *clock,
                 Child         *child)
{
  if (child->table_started != 0)
    printf ("table %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - child->table_started);
  printf ("painted\n");
  fflush (stdout);
  g_signal_handlers_disconnect_by_data (clock, child);
  g_application_quit (child->app);
}

/* The first frame shows the window; then, for Karta, the largest table is
 * opened and its first frame timed. */
static void
on_first_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  Child *child = g_object_get_data (G_OBJECT (window), "bench-child");

  g_signal_handlers_disconnect_by_func (clock, on_first_paint, window);
  printf ("window\n");
  fflush (stdout);
  if (child->roadmap_id == 0)
    {
      report_and_quit (clock, child);
      return;
    }
  child->table_started = g_get_monotonic_time ();
  karta_window_select_roadmap (KARTA_WINDOW (window), child->roadmap_id);
  g_signal_connect (clock, "after-paint", G_CALLBACK (report_and_quit), child);
}

static void
on_realize (GtkWidget *window)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), window);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 Child          *child)
{
  g_object_set_data (G_OBJECT (window), "bench-child", child);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}

static void
activate_bare (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Karta"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_child (int    argc,
           char **argv)
{
  Child child = { NULL, 0, 0 };
  g_autoptr (GApplication) app = NULL;

  if (g_str_equal (argv[2], "bare"))
    {
      app = G_APPLICATION (adw_application_new ("ru.karta.BenchBare", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (activate_bare), NULL);
      child.app = app;
      g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &child);
      return g_application_run (app, 1, argv);
    }

  /* karta DIR ID */
  karta_i18n_init ();
  app = G_APPLICATION (karta_application_new ());
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  child.app = app;
  child.roadmap_id = g_ascii_strtoll (argv[4], NULL, 10);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &child);
  {
    char *app_argv[] = { argv[0], (char *) "--library", argv[3], NULL };
    return g_application_run (app, 3, app_argv);
  }
}

typedef struct
{
  double  painted;
  double *table_ms;
} ChildTimes;

static void
note_times (const char *line,
            double      elapsed_ms,
            gpointer    user_data)
{
  ChildTimes *times = user_data;

  if (g_str_has_prefix (line, "window"))
    times->painted = elapsed_ms;
  else if (g_str_has_prefix (line, "table ") && times->table_ms != NULL)
    *times->table_ms = g_ascii_strtoll (line + 6, NULL, 10) / 1000.0;
}

/* Milliseconds from spawn until the child says "painted", and the table
 * time it reported, if any. */
static double
time_child (const char **argv,
            double      *table_ms)
{
  ChildTimes times = { -1, table_ms };

  bench_child_run (argv, note_times, &times);
  return times.painted;
}

static gint64
prepare_library (const char *dir)
{
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (GPtrArray) roadmaps = NULL;
  KartaRoadmapSummary *largest = NULL;

  g_assert_true (karta_store_generate_demo (store, 100, 200, 60, NULL));
  roadmaps = karta_store_list_roadmaps (store, NULL);
  /* The largest after the first, which the window shows at start: a
   * click in the sidebar opens it. */
  for (guint i = roadmaps->len > 1 ? 1 : 0; i < roadmaps->len; i++)
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
  g_autofree char *dir = NULL;
  g_autofree char *id_text = NULL;
  double           bare[RUNS], karta[RUNS], table[RUNS];

  if (argc >= 3 && g_str_equal (argv[1], "--child"))
    return run_child (argc, argv);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("bench-startup needs a display: run it under xvfb-run\n");
      return 77;
    }

  dir = karta_test_make_dir ();
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, prepare_library (dir));
  for (guint i = 0; i < RUNS; i++)
    {
      const char *bare_argv[] = { argv[0], "--child", "bare", NULL };
      const char *karta_argv[] = { argv[0], "--child", "karta", dir, id_text, NULL };
      bare[i] = time_child (bare_argv, NULL);
      karta[i] = time_child (karta_argv, &table[i]);
    }
  printf ("first frame, bare libadwaita window: median %.0f ms over %d runs\n", karta_test_median (bare, RUNS), RUNS);
  printf ("first frame, karta on 20,000 activities: median %.0f ms (%.2f× the bare window; target ≤ 1.5×)\n",
          karta_test_median (karta, RUNS), karta_test_median (karta, RUNS) / karta_test_median (bare, RUNS));
  printf ("open the largest roadmap's table until painted: median %.1f ms (target < 100 ms)\n", karta_test_median (table, RUNS));
  karta_test_remove_tree (dir);
  return 0;
}
