/* test-pdf-cache.c — the PDF renderer's caches: memory within its bound,
 * the disk cache that draws a document shown before without any renderer
 * process, within its own bound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <utime.h>

#include "karta-pdf-disk-cache.h"
#include "karta-test-pdf.h"
#include "karta-test-util.h"

static void
test_memory_cache (void)
{
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open_good ("big-300p.pdf");
  g_autoptr (cairo_surface_t) oldest = NULL;
  g_autoptr (cairo_surface_t) latest = NULL;
  gsize page_bytes = 0, kept = 0;

  karta_pdf_renderer_set_cache_size (renderer, 8 * 1024 * 1024);
  for (int page = 0; page < 12; page++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (cairo_surface_t) surface = karta_test_pdf_render (renderer, page, 1.0, 0, &error);

      g_assert_no_error (error);
      page_bytes = cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface);
    }
  for (int page = 0; page < 12; page++)
    {
      g_autoptr (cairo_surface_t) surface = karta_pdf_renderer_lookup (renderer, page, 1.0, 0);
      kept += surface != NULL ? page_bytes : 0;
    }
  g_assert_cmpuint (kept, >, 0);
  g_assert_cmpuint (kept, <=, 8 * 1024 * 1024);
  /* the most recent stays, the oldest went first */
  oldest = karta_pdf_renderer_lookup (renderer, 0, 1.0, 0);
  latest = karta_pdf_renderer_lookup (renderer, 11, 1.0, 0);
  g_assert_null (oldest);
  g_assert_nonnull (latest);
}

static void
test_disk_cache (void)
{
  g_autofree char *path = karta_test_pdf_path ("text-004-plan.pdf");
  g_autofree char *sha256 = karta_test_checksum_of (path);
  g_autoptr (KartaPdfRenderer) first = karta_test_pdf_open (path, sha256, NULL, NULL);
  g_autoptr (KartaPdfRenderer) second = NULL;
  g_autoptr (cairo_surface_t) drawn = karta_test_pdf_render (first, 1, 1.5, 90, NULL);
  g_autoptr (cairo_surface_t) kept = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *renderer_path = g_strdup (g_getenv ("KARTA_PAGE_RENDERER"));

  g_assert_nonnull (drawn);
  karta_test_pdf_close (&first); /* with the page written */

  /* without any renderer to start, all of it comes from the disk */
  g_setenv ("KARTA_PAGE_RENDERER", "/nonexistent/karta-page-renderer", TRUE);
  second = karta_test_pdf_open (path, sha256, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (karta_pdf_renderer_get_n_pages (second), ==, 8);
  g_assert_true (karta_pdf_renderer_get_has_text (second));
  kept = karta_test_pdf_render (second, 1, 1.5, 90, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (kept), ==, cairo_image_surface_get_width (drawn));
  g_assert_cmpmem (cairo_image_surface_get_data (kept),
                   cairo_image_surface_get_stride (kept) * cairo_image_surface_get_height (kept),
                   cairo_image_surface_get_data (drawn),
                   cairo_image_surface_get_stride (drawn) * cairo_image_surface_get_height (drawn));
  g_clear_pointer (&kept, cairo_surface_destroy);
  /* a page that was never drawn needs the renderer */
  kept = karta_test_pdf_render (second, 2, 1.5, 0, &error);
  g_assert_error (error, KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN);
  g_setenv ("KARTA_PAGE_RENDERER", renderer_path, TRUE);
  karta_test_pdf_close (&second);
}

/* A damaged description on disk is written again, not believed. */
static void
test_disk_cache_damaged (void)
{
  g_autofree char *path = karta_test_pdf_path ("landscape-a3.pdf");
  g_autofree char *sha256 = karta_test_checksum_of (path);
  g_autofree char *info = g_build_filename (g_get_user_cache_dir (), "karta", "pages", sha256, "info", NULL);
  g_autoptr (KartaPdfRenderer) first = karta_test_pdf_open (path, sha256, NULL, NULL);
  g_autoptr (KartaPdfRenderer) second = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (first);
  g_assert_true (g_file_set_contents (info, "\1\2\3", 3, NULL));
  second = karta_test_pdf_open (path, sha256, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (karta_pdf_renderer_get_n_pages (second), ==, 1);
}

static void
write_cached_page (const char *sha256,
                   int         page,
                   time_t      used)
{
  g_autofree char *name = g_strdup_printf ("%d-100x100-0.page", page);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "karta", "pages", sha256, name, NULL);
  g_autoptr (cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
  KartaPageKey   key = { page, 100, 100, 0 };
  struct utimbuf times = { used, used };
  g_autoptr (GError) error = NULL;

  g_assert_true (karta_pdf_disk_cache_write_page (sha256, &key, surface, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static gboolean
has_cached_page (const char *sha256,
                 int         page)
{
  KartaPageKey key = { page, 100, 100, 0 };
  g_autoptr (cairo_surface_t) surface = karta_pdf_disk_cache_read_page (sha256, &key);

  return surface != NULL;
}

/* The disk cache keeps within its bound, the least recently used out. */
static void
test_disk_cache_bound (void)
{
  const char      *sha256 = "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "karta", "pages", sha256, NULL);
  g_autofree char *first = g_build_filename (dir, "0-100x100-0.page", NULL);
  GStatBuf         info;

  karta_pdf_disk_cache_trim (0); /* what the other tests left */
  /* drawn long ago, one after the other */
  for (int page = 0; page < 3; page++)
    write_cached_page (sha256, page, 1000000 + page);
  g_assert_true (has_cached_page (sha256, 0)); /* used now: the last to go */
  g_assert_cmpint (g_stat (first, &info), ==, 0);
  karta_pdf_disk_cache_trim (2 * info.st_size + 100);
  g_assert_true (has_cached_page (sha256, 0));
  g_assert_false (has_cached_page (sha256, 1));
  g_assert_true (has_cached_page (sha256, 2));
  karta_pdf_disk_cache_trim (0);
  g_assert_false (has_cached_page (sha256, 0));
}

static void
assert_kept_as_is (cairo_surface_t *surface)
{
  const char  *sha256 = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
  KartaPageKey key = { 0, cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface), 0 };
  gsize        length = cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface);
  g_autoptr (cairo_surface_t) kept = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (karta_pdf_disk_cache_write_page (sha256, &key, surface, &error));
  g_assert_no_error (error);
  kept = karta_pdf_disk_cache_read_page (sha256, &key);
  g_assert_nonnull (kept);
  g_assert_cmpmem (cairo_image_surface_get_data (kept), length, cairo_image_surface_get_data (surface), length);
}

/* Grey pages are kept one byte a pixel, others as they are, compressed
 * or not: all come back exactly. */
static void
test_disk_cache_pixels (void)
{
  g_autoptr (cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 37, 23);
  guint32 *pixels = (guint32 *) cairo_image_surface_get_data (surface);
  GRand   *noise = g_rand_new_with_seed (42);

  for (int i = 0; i < 37 * 23; i++)
    pixels[i] = 0xff000000u | (i % 256) * 0x010101u; /* grey, packs well */
  cairo_surface_mark_dirty (surface);
  assert_kept_as_is (surface);
  for (int i = 0; i < 37 * 23; i++)
    pixels[i] = 0xff000000u | g_rand_int_range (noise, 0, 256) * 0x010101u; /* grey noise */
  cairo_surface_mark_dirty (surface);
  assert_kept_as_is (surface);
  pixels[100] = 0xffff0000u; /* red */
  cairo_surface_mark_dirty (surface);
  assert_kept_as_is (surface);
  g_rand_free (noise);
}

int
main (int    argc,
      char **argv)
{
  char *cache = karta_test_pdf_init (&argc, &argv);

  g_test_add_func ("/pdf-cache/memory", test_memory_cache);
  g_test_add_func ("/pdf-cache/disk", test_disk_cache);
  g_test_add_func ("/pdf-cache/disk-damaged", test_disk_cache_damaged);
  g_test_add_func ("/pdf-cache/disk-bound", test_disk_cache_bound);
  g_test_add_func ("/pdf-cache/disk-pixels", test_disk_cache_pixels);
  return karta_test_pdf_run (cache);
}
