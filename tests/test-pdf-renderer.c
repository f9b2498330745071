/* test-pdf-renderer.c — the PDF renderer: the corpus of tests/data/pdf,
 * drawing, text, the pixel budget, a renderer that crashes or hangs, and
 * its limits (the caches are in test-pdf-cache.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "karta-error.h"
#include "karta-test-pdf.h"
#include "karta-test-util.h"

/* A renderer of text-004-plan.pdf told (by the environment it starts
 * with) to crash, hang or take all memory on page 7. */
static KartaPdfRenderer *
open_failing (const char *variable)
{
  KartaPdfRenderer *renderer;

  g_setenv (variable, "7", TRUE);
  renderer = karta_test_pdf_open_good ("text-004-plan.pdf");
  g_unsetenv (variable);
  return renderer;
}

static void
assert_refused (const char *name,
                const char *password,
                int         code,
                const char *reason)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open (name, NULL, password, &error);

  g_assert_null (renderer);
  g_assert_error (error, KARTA_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, reason));
}

static void
test_corpus_opens (void)
{
  static const struct
  {
    const char *name;
    int         pages;
    gboolean    has_text;
  } cases[] = {
    { "scan-000-order.pdf", 2, FALSE },
    { "scan-002-order-10p.pdf", 10, FALSE },
    { "text-004-plan.pdf", 8, TRUE },
    { "landscape-a3.pdf", 1, TRUE },
    { "rotated-pages.pdf", 3, TRUE },
    { "big-300p.pdf", 300, TRUE },
    { "encrypted-owner-only.pdf", 8, TRUE },
    { "corrupt-xref.pdf", 8, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = karta_test_pdf_path (cases[i].name);
      g_autoptr (KartaPdfRenderer) renderer = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (cairo_surface_t) surface = NULL;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_message ("%s is not here: not tested", cases[i].name);
          continue;
        }
      renderer = karta_test_pdf_open_good (cases[i].name);
      g_assert_cmpint (karta_pdf_renderer_get_n_pages (renderer), ==, cases[i].pages);
      g_assert_cmpint (karta_pdf_renderer_get_has_text (renderer), ==, cases[i].has_text);
      surface = karta_test_pdf_render (renderer, 0, 0.5, 0, &error);
      g_assert_no_error (error);
      g_assert_nonnull (surface);
    }
}

static void
test_corpus_refused (void)
{
  assert_refused ("truncated.pdf", NULL, KARTA_ERROR_CORRUPT, "damaged or incomplete PDF");
  assert_refused ("garbage.pdf", NULL, KARTA_ERROR_INVALID, "not a PDF");
  assert_refused ("not-a-pdf.pdf", NULL, KARTA_ERROR_INVALID, "PNG");
  assert_refused ("empty.pdf", NULL, KARTA_ERROR_INVALID, "empty");
  assert_refused ("docx-renamed.pdf", NULL, KARTA_ERROR_INVALID, "Word");
}

static void
test_passwords (void)
{
  g_autoptr (KartaPdfRenderer) renderer = NULL;
  g_autoptr (GError) error = NULL;

  assert_refused ("encrypted-user-pw.pdf", NULL, KARTA_ERROR_NEEDS_PASSWORD, "password");
  assert_refused ("encrypted-user-pw.pdf", "wrong", KARTA_ERROR_WRONG_PASSWORD, "password");
  renderer = karta_test_pdf_open ("encrypted-user-pw.pdf", NULL, "secret", &error);
  g_assert_no_error (error);
  g_assert_cmpint (karta_pdf_renderer_get_n_pages (renderer), ==, 8);
}

static void
test_permissions (void)
{
  g_autoptr (KartaPdfRenderer) restricted = karta_test_pdf_open_good ("encrypted-owner-only.pdf");
  g_autoptr (KartaPdfRenderer) open = karta_test_pdf_open_good ("text-004-plan.pdf");

  g_assert_false (karta_pdf_renderer_get_can_print (restricted));
  g_assert_false (karta_pdf_renderer_get_can_copy (restricted));
  g_assert_true (karta_pdf_renderer_get_can_print (open));
  g_assert_true (karta_pdf_renderer_get_can_copy (open));
}

static void
test_page_sizes (void)
{
  g_autoptr (KartaPdfRenderer) a3 = karta_test_pdf_open_good ("landscape-a3.pdf");
  g_autoptr (KartaPdfRenderer) rotated = karta_test_pdf_open_good ("rotated-pages.pdf");
  double width, height;

  karta_pdf_renderer_get_page_size (a3, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 1190.55, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  for (int page = 0; page < 3; page++)
    {
      karta_pdf_renderer_get_page_size (rotated, page, &width, &height);
      /* page 2 carries /Rotate 90 */
      g_assert_cmpint (width > height, ==, page == 1);
    }
}

/* The share of the pixels in the top half that are not white. */
static double
ink (cairo_surface_t *surface)
{
  int           width = cairo_image_surface_get_width (surface);
  int           height = cairo_image_surface_get_height (surface);
  int           stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint         dark = 0;

  for (int y = 0; y < height / 2; y++)
    for (int x = 0; x < width; x++)
      if (*(const guint32 *) (data + y * stride + x * 4) != 0xffffffff)
        dark++;
  return dark / (width * (height / 2.0));
}

static void
test_render (void)
{
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open_good ("text-004-plan.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (cairo_surface_t) upright = karta_test_pdf_render (renderer, 0, 2.0, 0, &error);
  g_autoptr (cairo_surface_t) turned = NULL;
  double width, height;

  g_assert_no_error (error);
  karta_pdf_renderer_get_page_size (renderer, 0, &width, &height);
  g_assert_cmpint (cairo_image_surface_get_format (upright), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_width (upright), ==, (int) round (width * 2));
  g_assert_cmpint (cairo_image_surface_get_height (upright), ==, (int) round (height * 2));
  g_assert_cmpfloat (ink (upright), >, 0.005);
  g_assert_cmpfloat (ink (upright), <, 0.5);

  turned = karta_test_pdf_render (renderer, 0, 2.0, 90, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (turned), ==, (int) round (height * 2));
  g_assert_cmpint (cairo_image_surface_get_height (turned), ==, (int) round (width * 2));
}

static void
test_pixel_budget (void)
{
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open_good ("landscape-a3.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (cairo_surface_t) surface = NULL;
  double scale = karta_pdf_renderer_clamp_scale (renderer, 0, 40.0);

  g_assert_cmpfloat (karta_pdf_renderer_clamp_scale (renderer, 0, 1.5), ==, 1.5);
  g_assert_cmpfloat (scale, <, 40.0);
  surface = karta_test_pdf_render (renderer, 0, 40.0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint ((gint64) cairo_image_surface_get_width (surface) * cairo_image_surface_get_height (surface),
                   <=, KARTA_PDF_PIXEL_BUDGET);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >=, 1190.55 * scale - 1);
}

static int
count_matches (KartaPdfRenderer *renderer,
               const char       *text)
{
  int count = 0;

  for (int page = 0; page < karta_pdf_renderer_get_n_pages (renderer); page++)
    {
      g_autoptr (GAsyncResult) result = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (GArray) matches = NULL;

      karta_pdf_renderer_find_async (renderer, page, text, NULL, karta_test_keep_result, &result);
      matches = karta_pdf_renderer_find_finish (renderer, karta_test_wait (&result), &error);
      g_assert_no_error (error);
      for (guint i = 0; i < matches->len; i++)
        {
          KartaPdfRect *rect = &g_array_index (matches, KartaPdfRect, i);
          g_assert_cmpfloat (rect->width, >, 0);
          g_assert_cmpfloat (rect->y, >=, 0);
        }
      count += matches->len;
    }
  return count;
}

static char *
get_text (KartaPdfRenderer   *renderer,
          int                 page,
          const KartaPdfRect *area)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *text;

  karta_pdf_renderer_get_text_async (renderer, page, area, NULL, karta_test_keep_result, &result);
  text = karta_pdf_renderer_get_text_finish (renderer, karta_test_wait (&result), &error);
  g_assert_no_error (error);
  return text;
}

static void
test_text (void)
{
  g_autoptr (KartaPdfRenderer) plan = karta_test_pdf_open_good ("text-004-plan.pdf");
  g_autoptr (KartaPdfRenderer) scan = karta_test_pdf_open_good ("scan-000-order.pdf");
  g_autofree char *page = get_text (plan, 0, NULL);
  g_autofree char *top = NULL;
  g_autofree char *start = NULL;
  g_autofree char *scanned = get_text (scan, 0, NULL);
  double           width, height;

  g_assert_cmpint (count_matches (plan, "ЛОИРО"), ==, 12);
  g_assert_cmpint (count_matches (scan, "ЛОИРО"), ==, 0);
  g_assert_false (karta_pdf_renderer_get_has_text (scan));
  g_assert_true (karta_text_is_blank (scanned));

  karta_pdf_renderer_get_page_size (plan, 0, &width, &height);
  top = get_text (plan, 0, &(KartaPdfRect){ 0, 0, width, height / 3 });
  g_assert_false (karta_text_is_blank (top));
  g_assert_cmpuint (strlen (top), <, strlen (page));
  start = g_strndup (top, 20);
  g_assert_nonnull (strstr (page, g_strstrip (start)));
}

static void
test_rect_rotate (void)
{
  KartaPdfRect rect = { 10, 20, 30, 40 }, turned;

  karta_pdf_rect_rotate (&rect, 100, 200, 90, &turned);
  g_assert_cmpfloat (turned.x, ==, 200 - 20 - 40);
  g_assert_cmpfloat (turned.y, ==, 10);
  g_assert_cmpfloat (turned.width, ==, 40);
  karta_pdf_rect_rotate (&rect, 100, 200, 180, &turned);
  g_assert_cmpfloat (turned.x, ==, 100 - 10 - 30);
  g_assert_cmpfloat (turned.y, ==, 200 - 20 - 40);
  karta_pdf_rect_rotate (&rect, 100, 200, 270, &turned);
  g_assert_cmpfloat (turned.x, ==, 20);
  g_assert_cmpfloat (turned.y, ==, 100 - 10 - 30);
  g_assert_cmpfloat (turned.height, ==, 30);
}

static void
assert_not_drawn_then_drawn (KartaPdfRenderer *renderer)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (cairo_surface_t) failed = karta_test_pdf_render (renderer, 6, 1.0, 0, &error);
  g_autoptr (cairo_surface_t) next = NULL;

  g_assert_null (failed);
  g_assert_error (error, KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN);
  g_assert_nonnull (strstr (error->message, "text-004-plan.pdf"));
  g_clear_error (&error);
  next = karta_test_pdf_render (renderer, 0, 1.0, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);
}

static void
test_crash (void)
{
  g_autoptr (KartaPdfRenderer) renderer = open_failing ("KARTA_PAGE_RENDERER_CRASH");

  assert_not_drawn_then_drawn (renderer);
}

static void
test_hang (void)
{
  g_autoptr (KartaPdfRenderer) renderer = open_failing ("KARTA_PAGE_RENDERER_HANG");
  gint64 start = g_get_monotonic_time ();

  karta_pdf_renderer_set_timeout (renderer, 500);
  assert_not_drawn_then_drawn (renderer);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* A page that takes all the memory it can gets the renderer stopped by
 * its limit, not the computer swapping. */
static void
test_memory_limit (void)
{
#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer needs the address space the limit takes away");
#else
  g_autoptr (KartaPdfRenderer) renderer = open_failing ("KARTA_PAGE_RENDERER_HOG");

  assert_not_drawn_then_drawn (renderer);
#endif
}

/* The renderer runs with its limits (karta-pdf-process.c). */
static void
test_limits (void)
{
  g_autoptr (KartaPdfRenderer) renderer = karta_test_pdf_open_good ("text-004-plan.pdf");
  g_autoptr (cairo_surface_t) page = karta_test_pdf_render (renderer, 0, 1.0, 0, NULL);
  g_autoptr (GPtrArray) renderers = karta_test_pdf_renderer_processes ();

  g_assert_nonnull (page);
  g_assert_cmpuint (renderers->len, >=, 1);
  for (guint i = 0; i < renderers->len; i++)
    {
      const char *dir = g_ptr_array_index (renderers, i);

      g_assert_cmpint (karta_test_proc_value (dir, "limits", "Max cpu time"), ==, 600);
      g_assert_cmpint (karta_test_proc_value (dir, "limits", "Max core file size"), ==, 0);
#if !defined(__SANITIZE_ADDRESS__)
      g_assert_cmpint (karta_test_proc_value (dir, "limits", "Max address space"), ==, 1536 * 1024 * 1024);
#endif
      /* sealed (karta-sandbox.c): a seccomp filter, no new privileges */
      g_assert_cmpint (karta_test_proc_value (dir, "status", "Seccomp:"), ==, 2);
      g_assert_cmpint (karta_test_proc_value (dir, "status", "NoNewPrivs:"), ==, 1);
    }
}

/* Sealed, the renderer cannot create a socket, write a file, start a
 * program or another process: it tries, and says what happened */
static void
test_sealed (void)
{
  const char *argv[] = { g_getenv ("KARTA_PAGE_RENDERER"), NULL };
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "KARTA_PAGE_RENDERER_PROBE", "1", TRUE);
  g_autofree char *written = g_build_filename (g_get_tmp_dir (), "karta-sandbox-probe", NULL);
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_unlink (written);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", out);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "socket: denied\n"));
  g_assert_nonnull (strstr (out, "open-write: denied\n"));
  g_assert_nonnull (strstr (out, "exec: denied\n"));
  g_assert_nonnull (strstr (out, "fork: denied\n"));
  g_assert_false (g_file_test (written, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  char *cache = karta_test_pdf_init (&argc, &argv);

  g_test_add_func ("/pdf-renderer/corpus/opens", test_corpus_opens);
  g_test_add_func ("/pdf-renderer/corpus/refused", test_corpus_refused);
  g_test_add_func ("/pdf-renderer/corpus/passwords", test_passwords);
  g_test_add_func ("/pdf-renderer/corpus/permissions", test_permissions);
  g_test_add_func ("/pdf-renderer/corpus/page-sizes", test_page_sizes);
  g_test_add_func ("/pdf-renderer/render", test_render);
  g_test_add_func ("/pdf-renderer/pixel-budget", test_pixel_budget);
  g_test_add_func ("/pdf-renderer/text", test_text);
  g_test_add_func ("/pdf-renderer/rect-rotate", test_rect_rotate);
  g_test_add_func ("/pdf-renderer/crash", test_crash);
  g_test_add_func ("/pdf-renderer/hang", test_hang);
  g_test_add_func ("/pdf-renderer/memory-limit", test_memory_limit);
  g_test_add_func ("/pdf-renderer/limits", test_limits);
  g_test_add_func ("/pdf-renderer/sealed", test_sealed);
  return karta_test_pdf_run (cache);
}
