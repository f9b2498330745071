/* test-chart-file.c — charts to files: the format told by the name, the PNG's
 * size and background, and a file that cannot be written reported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-chart-file.h"
#include "karta-error.h"
#include "karta-test-util.h"

static void
test_format_for_path (void)
{
  static const struct
  {
    const char          *path;
    gboolean             known;
    KartaChartFileFormat format;
  } cases[] = {
    { "план.pdf", TRUE, KARTA_CHART_FILE_PDF },
    { "ПЛАН.PDF", TRUE, KARTA_CHART_FILE_PDF },
    { "chart.Png", TRUE, KARTA_CHART_FILE_PNG },
    { "/tmp/a.b/chart.svg", TRUE, KARTA_CHART_FILE_SVG },
    { "chart.jpeg", FALSE },
    { "chart", FALSE },
    { "pdf", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      KartaChartFileFormat format = -1;

      g_assert_cmpint (karta_chart_file_format_for_path (cases[i].path, &format, &error), ==, cases[i].known);
      if (cases[i].known)
        g_assert_cmpint (format, ==, cases[i].format);
      else
        g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
    }
}

/* A PNG in points at a scale: its pixels, white where nothing was drawn */
static void
test_png (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = karta_chart_file_create (path, KARTA_CHART_FILE_PNG, 100.5, 50, 2.0);
  cairo_surface_t *read;
  cairo_t         *cr = cairo_create (surface);
  guint32         *pixels;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 0, 0, 10, 10); /* points: 20 × 20 pixels */
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_true (karta_chart_file_finish (surface, path, &error));
  g_assert_no_error (error);

  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read), ==, 201);
  g_assert_cmpint (cairo_image_surface_get_height (read), ==, 100);
  pixels = (guint32 *) cairo_image_surface_get_data (read);
  g_assert_cmphex (pixels[0] & 0xffffff, ==, 0x000000);
  g_assert_cmphex (pixels[19] & 0xffffff, ==, 0x000000);
  g_assert_cmphex (pixels[20] & 0xffffff, ==, 0xffffff);
  cairo_surface_destroy (read);
  karta_test_remove_tree (dir);
}

/* Every format into a folder that does not exist: an error naming the file */
static void
test_unwritable (void)
{
  const KartaChartFileFormat formats[] = { KARTA_CHART_FILE_PDF, KARTA_CHART_FILE_PNG, KARTA_CHART_FILE_SVG };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *path = "/nonexistent-karta-dir/chart.out";
      g_autoptr (GError) error = NULL;
      cairo_surface_t *surface = karta_chart_file_create (path, formats[i], 595, 842, 1.0);
      cairo_t         *cr = cairo_create (surface);

      cairo_rectangle (cr, 10, 10, 10, 10);
      cairo_fill (cr);
      cairo_show_page (cr);
      cairo_destroy (cr);
      g_assert_false (karta_chart_file_finish (surface, path, &error));
      g_assert_error (error, KARTA_ERROR, KARTA_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "chart.out"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-file/format-for-path", test_format_for_path);
  g_test_add_func ("/chart-file/png", test_png);
  g_test_add_func ("/chart-file/unwritable", test_unwritable);
  return g_test_run ();
}
