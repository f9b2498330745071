/* bench-gantt.c — the Gantt painter's target: one 1600×1000 viewport of the
 * 20,000-activity gen-demo roadmap renders within ±20% of the time it takes
 * for a 200-activity one (its cost follows the viewport, not the roadmap);
 * at the top rows and in the middle, on an image surface, medians of RUNS
 * runs; and the time to build the layout of 20,000 activities
 *
 * Run: meson test -C build --benchmark --suite bench -v   (or the binary)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "../karta-test-util.h"
#include "karta-gantt.h"

#define RUNS      21
#define WIDTH     1600
#define HEIGHT    1000
#define TOLERANCE 0.2

typedef struct
{
  char         *dir;
  KartaStore   *store;
  KartaRoadmap *roadmap;
} Library;

/* A library made by gen-demo with one roadmap of @n_activities. */
static void
library_init (Library *library,
              guint    n_activities)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) roadmaps = NULL;

  library->dir = karta_test_make_dir ();
  library->store = karta_test_open_library (library->dir);
  g_assert_true (karta_store_generate_demo (library->store, 1, n_activities, 20, &error));
  g_assert_no_error (error);
  roadmaps = karta_store_list_roadmaps (library->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (roadmaps->len, ==, 1);
  library->roadmap = karta_store_load_roadmap (library->store,
                                               ((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, 0))->id, &error);
  g_assert_no_error (error);
}

static void
library_clear (Library *library)
{
  karta_roadmap_unref (library->roadmap);
  g_object_unref (library->store);
  karta_test_remove_tree (library->dir);
  g_free (library->dir);
}

/* As the window opens it: the period fitted to the width. */
static KartaGanttLayout *
make_layout (KartaRoadmap *roadmap)
{
  KartaGanttLayout *layout = karta_gantt_layout_new (roadmap);
  double            label = karta_gantt_layout_get_label_width (layout);
  KartaDay          first, last;

  karta_gantt_layout_get_range (layout, &first, &last);
  karta_gantt_layout_set_pixels_per_day (layout, (WIDTH - label) / (last - first + 1));
  return layout;
}

/* Processor time of this thread: the machine may be busy with builds, and
 * wall time would count the waits. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static double
draw_ms (const KartaGanttLayout *layout,
         cairo_surface_t        *surface,
         guint                   first_row)
{
  KartaGanttViewport viewport = { 0, karta_gantt_layout_row_to_y (layout, first_row), WIDTH, HEIGHT };
  cairo_t           *cr = cairo_create (surface);
  double             start = cpu_ms ();

  karta_gantt_draw (layout, cr, &viewport);
  cairo_surface_flush (surface);
  cairo_destroy (cr);
  return cpu_ms () - start;
}

/* Medians of RUNS draws of each layout at its row, taken in turns so that
 * whatever else the machine does weighs on both alike. */
static void
draw_both (const KartaGanttLayout *small,
           guint                   small_row,
           const KartaGanttLayout *big,
           guint                   big_row,
           double                 *small_ms,
           double                 *big_ms)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  double           small_times[RUNS], big_times[RUNS];

  for (int i = -1; i < RUNS; i++) /* the first run fills the font caches */
    {
      double s = draw_ms (small, surface, small_row), b = draw_ms (big, surface, big_row);

      if (i < 0)
        continue;
      small_times[i] = s;
      big_times[i] = b;
    }
  cairo_surface_destroy (surface);
  *small_ms = karta_test_median (small_times, RUNS);
  *big_ms = karta_test_median (big_times, RUNS);
}

static double
median_layout_ms (KartaRoadmap *roadmap)
{
  double times[RUNS];

  for (int i = 0; i < RUNS; i++)
    {
      double start = cpu_ms ();
      g_autoptr (KartaGanttLayout) layout = karta_gantt_layout_new (roadmap);

      times[i] = cpu_ms () - start;
    }
  return karta_test_median (times, RUNS);
}

static guint
row_at (const KartaGanttLayout *layout,
        double                  fraction,
        guint                   screens)
{
  guint screen = (guint) (HEIGHT / karta_gantt_layout_get_row_height (layout));

  return (guint) (karta_gantt_layout_get_n_rows (layout) * fraction) + screens * screen;
}

/* One viewport from @fraction of the rows, and the sum over it and the two
 * screens below: the rows differ between the roadmaps (a long bar costs
 * more pixels than a diamond), which three screens even out.
 *
 * Returns: whether the big roadmap's three screens are within the
 * tolerance. */
static gboolean
compare (const char             *where,
         const KartaGanttLayout *small,
         const KartaGanttLayout *big,
         double                  fraction)
{
  double small_ms[3], big_ms[3], small_sum = 0, big_sum = 0;

  for (guint k = 0; k < 3; k++)
    {
      draw_both (small, row_at (small, fraction, k), big, row_at (big, fraction, k),
                 &small_ms[k], &big_ms[k]);
      small_sum += small_ms[k];
      big_sum += big_ms[k];
    }
  printf ("viewport %d×%d at the %s: 200 activities %.2f ms, 20,000 activities %.2f ms, ratio %.2f; "
          "three screens: %.2f ms and %.2f ms, ratio %.2f (target 0.80–1.20; processor time, medians of %d runs)\n",
          WIDTH, HEIGHT, where, small_ms[0], big_ms[0], big_ms[0] / small_ms[0],
          small_sum, big_sum, big_sum / small_sum, RUNS);
  return fabs (big_sum / small_sum - 1) <= TOLERANCE;
}

int
main (void)
{
  Library small_library, big_library;
  g_autoptr (KartaGanttLayout) small = NULL;
  g_autoptr (KartaGanttLayout) big = NULL;
  gboolean top, middle;

  library_init (&small_library, 200);
  library_init (&big_library, 20000);
  small = make_layout (small_library.roadmap);
  big = make_layout (big_library.roadmap);
  printf ("layout of 20,000 activities (%u rows): median %.2f ms over %d runs\n",
          karta_gantt_layout_get_n_rows (big), median_layout_ms (big_library.roadmap), RUNS);
  top = compare ("top", small, big, 0);
  middle = compare ("middle", small, big, 0.5);
  g_clear_pointer (&small, karta_gantt_layout_free);
  g_clear_pointer (&big, karta_gantt_layout_free);
  library_clear (&small_library);
  library_clear (&big_library);
  return top && middle ? 0 : 1;
}
