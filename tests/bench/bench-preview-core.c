/* bench-preview-core.c — the previewer's core (issue targets: big-300p.pdf's
 * first page in under 0.5 s and under 300 MB while scrolling it end to end;
 * scan-002-order-10p.pdf's first page again after a restart under 100 ms):
 * first pages from a fresh renderer process and from the disk cache, a
 * page in a running process against poppler in this one, and the peak
 * memory of both processes while every page of big-300p.pdf is drawn at
 * the width of a 1280-px window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "../karta-test-pdf.h"
#include "../karta-test-util.h"
#include "karta-poppler-document.h"

#define RUNS         10
#define WINDOW_WIDTH 1280
#define GAP          12

static double
fit_width (KartaPdfRenderer *renderer)
{
  double width, height;

  karta_pdf_renderer_get_page_size (renderer, 0, &width, &height);
  return (WINDOW_WIDTH - 2 * GAP) / width;
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Opening a document and drawing its first page at the window's width. */
static double
first_page_ms (const char *path,
               const char *sha256)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open (path, sha256, NULL, &error);
  g_autoptr (cairo_surface_t) page = NULL;
  double ms;

  g_assert_no_error (error);
  page = karta_test_pdf_render (renderer, 0, fit_width (renderer), 0, &error);
  g_assert_no_error (error);
  ms = elapsed_ms (start);
  karta_test_pdf_close (&renderer); /* with the page written to the disk cache */
  return ms;
}

/* The size of the page files the disk cache keeps of a document. */
static double
cached_kb (const char *sha256)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "karta", "pages", sha256, NULL);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  double      total = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf         info;

      if (g_str_has_suffix (name, ".page") && g_stat (path, &info) == 0)
        total += info.st_size / 1024.0;
    }
  return total;
}

static void
report_first_pages (const char *name)
{
  g_autofree char *path = karta_test_pdf_path (name);
  g_autofree char *sha256 = karta_test_checksum_of (path);
  double           fresh[RUNS], cached[RUNS];

  for (int i = 0; i < RUNS; i++)
    fresh[i] = first_page_ms (path, NULL);
  first_page_ms (path, sha256); /* into the disk cache */
  for (int i = 0; i < RUNS; i++)
    cached[i] = first_page_ms (path, sha256);
  printf ("%s: first page at %d px wide, from open: first run %.0f ms, "
          "median %.0f ms over %d fresh renderer processes; from the disk cache (a %.0f KB file), "
          "no process: median %.1f ms\n",
          name, WINDOW_WIDTH - 2 * GAP, fresh[0], karta_test_median (fresh, RUNS), RUNS,
          cached_kb (sha256), karta_test_median (cached, RUNS));
}

/* A page drawn by a running renderer process, and by poppler right here:
 * the difference is what the process and the socket cost. */
static void
report_process_cost (const char *name)
{
  g_autofree char *path = karta_test_pdf_path (name);
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open (path, NULL, NULL, NULL);
  g_autoptr (KartaPopplerDocument) direct = karta_poppler_document_open (path, NULL, NULL);
  double scale = fit_width (renderer), through[RUNS], here[RUNS], width, height;

  karta_pdf_renderer_get_page_size (renderer, 0, &width, &height);
  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (cairo_surface_t) page = karta_test_pdf_render (renderer, i + 1, scale, 0, NULL);
      g_autoptr (cairo_surface_t) local = NULL;

      through[i] = elapsed_ms (start);
      start = g_get_monotonic_time ();
      local = karta_poppler_document_page (direct, i + 1, round (width * scale), round (height * scale), 0, NULL);
      here[i] = elapsed_ms (start);
    }
  printf ("%s: a page in a running renderer process %.1f ms, with poppler in this process %.1f ms "
          "(medians of %d)\n",
          name, karta_test_median (through, RUNS), karta_test_median (here, RUNS), RUNS);
}

/* The highest peak of the renderer processes, in MB. */
static gint64
renderers_peak_mb (void)
{
  g_autoptr (GPtrArray) renderers = karta_test_pdf_renderer_processes ();
  gint64 peak = -1;

  for (guint i = 0; i < renderers->len; i++)
    peak = MAX (peak, karta_test_proc_value (g_ptr_array_index (renderers, i), "status", "VmHWM"));
  return peak / 1024;
}

static void
report_scrolling (const char *name)
{
  g_autofree char *path = karta_test_pdf_path (name);
  g_autofree char *sha256 = karta_test_checksum_of (path);
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open (path, sha256, NULL, NULL);
  double scale = fit_width (renderer);
  int    n_pages = karta_pdf_renderer_get_n_pages (renderer);
  gint64 start = g_get_monotonic_time ();
  gint64 renderer_peak;

  for (int page = 0; page < n_pages; page++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (cairo_surface_t) surface = karta_test_pdf_render (renderer, page, scale, 0, &error);
      g_assert_no_error (error);
    }
  renderer_peak = renderers_peak_mb ();
  printf ("%s: all %d pages at %.2f px/pt in %.1f s; peak memory (VmHWM): this process %" G_GINT64_FORMAT " MB, "
          "the renderer process %" G_GINT64_FORMAT " MB (target: under 300 MB)\n",
          name, n_pages, scale, elapsed_ms (start) / 1000,
          karta_test_proc_value ("/proc/self", "status", "VmHWM") / 1024, renderer_peak);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = karta_test_make_dir ();

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  report_first_pages ("big-300p.pdf");
  report_first_pages ("scan-002-order-10p.pdf");
  report_scrolling ("big-300p.pdf");
  report_scrolling ("scan-002-order-10p.pdf");
  report_process_cost ("big-300p.pdf");
  report_process_cost ("scan-002-order-10p.pdf");
  karta_test_remove_tree (cache);
  return 0;
}
