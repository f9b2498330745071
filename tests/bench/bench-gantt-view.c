/* bench-gantt-view.c — the Gantt chart on a 20,000-activity roadmap
 * (issue targets: scrolling frames p95 ≤ 8 ms under Xvfb with the cairo
 * renderer; the window opened on that roadmap's chart within 1.5× a bare
 * libadwaita window; GNOME Planner measured beside it).
 *
 *   bench-gantt-view                    scrolling, then the first frames
 *   bench-gantt-view --planner          GNOME Planner and Karta shown the same
 *                                       number of tasks (77 without planner)
 *   bench-gantt-view --child KIND DIR ID  a window to time: "bare" (header bar
 *                                       and a label) or "gantt" (the Karta
 *                                       application on library DIR, left last
 *                                       on the roadmap ID's chart);
 *                                       "gantt-stay" stays open
 * Runs under a display: xvfb-run -a meson test -C build --benchmark --suite bench -v
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <stdio.h>

#include "../karta-test-util.h"
#include "bench-child.h"
#include "bench-gantt.h"
#include "karta-application.h"
#include "karta-i18n.h"
#include "karta-roadmap-page-private.h"
#include "karta-window.h"

#define N_ACTIVITIES   20000
#define SCROLL_FRAMES  400
#define ROWS_PER_FRAME 3
#define RUNS           11

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  fraction)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, (guint) MIN (values->len - 1, fraction * values->len));
}

/* A library of one gen-demo roadmap of @n_activities; returns its id */
gint64
bench_gantt_prepare_library (const char *dir,
                             guint       n_activities)
{
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (GPtrArray) roadmaps = NULL;

  g_assert_true (karta_store_generate_demo (store, 1, n_activities, 60, NULL));
  roadmaps = karta_store_list_roadmaps (store, NULL);
  return ((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, 0))->id;
}

static KartaGanttView *
show_gantt (KartaWindow *window,
            gint64       roadmap_id)
{
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);

  /* the window opens on the roadmap seen last, here the only one */
  if (karta_roadmap_page_get_roadmap_id (page) != roadmap_id)
    karta_window_select_roadmap (window, roadmap_id);
  gtk_widget_activate_action (GTK_WIDGET (page), "roadmap.view", "s", "gantt");
  return page->gantt_view;
}

/* Scrolling: one step of the vertical adjustment after each frame, the
 * frame timed from before-paint to after-paint (layout, snapshot and the
 * cairo renderer's drawing) */

typedef struct
{
  GtkAdjustment *vadjustment;
  GArray        *times; /* of double, ms */
  gint64         frame_start;
  double         step;
  gboolean       done;
} Scroll;

static void
on_before_paint (GdkFrameClock *clock,
                 Scroll        *scroll)
{
  scroll->frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Scroll        *scroll)
{
  double value = gtk_adjustment_get_value (scroll->vadjustment);

  if (scroll->frame_start == 0)
    return;
  g_array_append_val (scroll->times, (double){ (g_get_monotonic_time () - scroll->frame_start) / 1000.0 });
  scroll->frame_start = 0;
  if (scroll->times->len >= SCROLL_FRAMES)
    {
      scroll->done = TRUE;
      return;
    }
  /* down, and back up from the end */
  if (value + scroll->step > gtk_adjustment_get_upper (scroll->vadjustment) - gtk_adjustment_get_page_size (scroll->vadjustment) || value + scroll->step < 0)
    scroll->step = -scroll->step;
  gtk_adjustment_set_value (scroll->vadjustment, value + scroll->step);
}

static void
wait_frames (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
bench_scrolling (const char *dir,
                 gint64      roadmap_id)
{
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  KartaWindow    *window = karta_window_new (NULL, store);
  Scroll          scroll = { NULL, g_array_new (FALSE, FALSE, sizeof (double)), 0, 0, FALSE };
  KartaGanttView *view;
  GdkFrameClock  *clock;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  view = show_gantt (window, roadmap_id);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (1000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  scroll.vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  scroll.step = ROWS_PER_FRAME * karta_gantt_layout_get_row_height (karta_gantt_view_get_layout (view));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &scroll);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &scroll);
  gtk_adjustment_set_value (scroll.vadjustment, scroll.step);
  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_data (clock, &scroll);

  printf ("scrolling the Gantt chart of %d activities (%u rows, 1280×800, %d rows a frame): "
          "frame p50 %.2f ms, p95 %.2f ms over %u frames (target p95 ≤ 8 ms)\n",
          N_ACTIVITIES, karta_gantt_layout_get_n_rows (karta_gantt_view_get_layout (view)), ROWS_PER_FRAME,
          percentile (scroll.times, 0.5), percentile (scroll.times, 0.95), scroll.times->len);
  g_array_unref (scroll.times);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Children: a window each, reporting its first frame */

static void
on_first_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, app);
  printf ("painted\n");
  fflush (stdout);
  if (g_object_get_data (G_OBJECT (app), "bench-stay") == NULL)
    g_application_quit (app);
}

static void
on_realize (GtkWidget    *window,
            GApplication *app)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), app);
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
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
}

/* As a person left it last time: the roadmap ID on its chart (the settings
 * live in memory, GSETTINGS_BACKEND=memory) */
static void
remember_gantt (gint64 roadmap_id)
{
  g_autoptr (GSettings) settings = g_settings_new ("ru.karta.Karta");

  g_settings_set_int64 (settings, "last-roadmap", roadmap_id);
  g_settings_set_string (settings, "roadmap-view", "gantt");
  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
}

/* The Karta application itself, started as from the desktop */
static int
run_karta (char **argv)
{
  g_autoptr (GApplication) app = NULL;
  char *app_argv[] = { argv[0], (char *) "--library", argv[3], NULL };

  remember_gantt (g_ascii_strtoll (argv[4], NULL, 10));
  app = G_APPLICATION (karta_application_new ());
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  if (g_str_equal (argv[2], "gantt-stay"))
    g_object_set_data (G_OBJECT (app), "bench-stay", GINT_TO_POINTER (TRUE));
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (app, G_N_ELEMENTS (app_argv) - 1, app_argv);
}

static int
run_child (char **argv)
{
  g_autoptr (GApplication) app = NULL;

  karta_i18n_init ();
  if (!g_str_equal (argv[2], "bare"))
    return run_karta (argv);
  app = G_APPLICATION (adw_application_new ("ru.karta.BenchBare", G_APPLICATION_NON_UNIQUE));
  g_signal_connect (app, "activate", G_CALLBACK (activate_bare), NULL);
  return g_application_run (app, 1, argv);
}

static void
note_painted (const char *line,
              double      elapsed_ms,
              gpointer    user_data)
{
  double *painted = user_data;

  if (g_str_has_prefix (line, "painted"))
    *painted = elapsed_ms;
}

/* Milliseconds from spawn until the child says "painted" */
static double
time_child (const char **argv)
{
  double painted = -1;

  bench_child_run (argv, note_painted, &painted);
  return painted;
}

static void
bench_first_frame (const char *self,
                   const char *dir,
                   gint64      roadmap_id)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, roadmap_id);
  const char      *bare_argv[] = { self, "--child", "bare", NULL };
  const char      *gantt_argv[] = { self, "--child", "gantt", dir, id, NULL };
  double           bare[RUNS], gantt[RUNS];

  /* side by side, alternating, so that a slower moment hits both */
  for (guint i = 0; i < RUNS; i++)
    {
      bare[i] = time_child (bare_argv);
      gantt[i] = time_child (gantt_argv);
    }
  printf ("first frame, bare libadwaita window: median %.0f ms over %d runs\n", karta_test_median (bare, RUNS), RUNS);
  printf ("first frame, Karta on the %d-activity roadmap's Gantt chart: median %.0f ms (%.2f× the bare window; "
          "target ≤ 1.5×)\n",
          N_ACTIVITIES, karta_test_median (gantt, RUNS),
          karta_test_median (gantt, RUNS) / karta_test_median (bare, RUNS));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  gint64           id;

  if (argc >= 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("bench-gantt-view needs a display: run it under xvfb-run\n");
      return 77;
    }
  if (argc >= 2 && g_str_equal (argv[1], "--planner"))
    return bench_gantt_planner (argv[0]);

  karta_i18n_init ();
  gtk_init ();
  adw_init ();
  dir = karta_test_make_dir ();
  id = bench_gantt_prepare_library (dir, N_ACTIVITIES);
  bench_scrolling (dir, id);
  bench_first_frame (argv[0], dir, id);
  karta_test_remove_tree (dir);
  return 0;
}
