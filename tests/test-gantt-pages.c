/* test-gantt-pages.c — the Gantt chart in pages: how many on A4 and A3,
 * what a PDF of them says, rows without dates in print, and
 * `karta-cli render-gantt`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <poppler.h>
#include <string.h>

#include "karta-test-gantt.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static guint
count_pages (const KartaGanttLayout *layout,
             KartaGanttPaper         paper)
{
  g_autoptr (KartaGanttPages) pages = NULL;
  double width, height;

  karta_gantt_paper_size (paper, &width, &height);
  g_assert_cmpfloat (width, >, height);
  pages = karta_gantt_pages_new (layout, width, height);
  return karta_gantt_pages_get_n_pages (pages);
}

/* 202 rows of 21 pt (titles in two lines): about 21 to a landscape A4
 * page, 33 to A3. */
static void
test_page_counts (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_big_roadmap ();
  g_autoptr (KartaGanttLayout) layout = NULL;

  g_ptr_array_set_size (roadmap->sections, 2);
  layout = make_layout (roadmap);
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A4), ==, 10);
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A3), ==, 7);
  /* four years do not fit a page's width legibly: three slices of days */
  karta_gantt_layout_set_range (layout, day ("2023-01-01"), day ("2026-12-31"));
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A4), ==, 3 * 10);
  /* 102 rows: 21 on the first page, then 20 and the section going on */
  karta_gantt_layout_set_section_collapsed (layout, 1, TRUE);
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A4), ==, 3 * 6);
}

static char *
pdf_text (const char *path,
          guint      *n_pages)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (guint i = 0; i < *n_pages; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      double           width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat (width, >, height);
      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

/* Draws @layout's pages on A4 into a PDF at @path. */
static guint
print_to_pdf (const KartaGanttLayout *layout,
              const char             *path)
{
  g_autoptr (KartaGanttPages) pages = NULL;
  cairo_surface_t *surface;
  double           width, height;
  guint            n_pages;
  cairo_t         *cr;

  karta_gantt_paper_size (KARTA_GANTT_PAPER_A4, &width, &height);
  pages = karta_gantt_pages_new (layout, width, height);
  n_pages = karta_gantt_pages_get_n_pages (pages);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      karta_gantt_pages_draw_page (pages, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* Ink in row @row's September, the first month of the timeline, where the
 * rows of make_roadmap() without a bar have their text. */
static guint
ink_in_september (cairo_surface_t        *surface,
                  const KartaGanttLayout *layout,
                  guint                   row)
{
  double   x0, x1, y;
  KartaRgb background;

  day_on_row (layout, &whole, "2024-09-01", row, &x0, &y);
  day_on_row (layout, &whole, "2024-09-29", row, &x1, &y);
  background = pixel (surface, x0, y);
  return count_on_row (surface, layout, row, x0, x1, unlike_colour, &background);
}

/* Rows without dates say so where the bar would be, on screen and in
 * print. */
static void
test_undated (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  KartaActivity   *activity = karta_roadmap_find_activity (roadmap, 12);
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  guint            n_pages;

  g_clear_pointer (&activity->schedule, karta_schedule_free);
  surface = draw (layout, &whole);
  g_assert_cmpuint (ink_in_september (surface, layout, 2), >, 30); /* no schedule */
  g_assert_cmpuint (ink_in_september (surface, layout, 5), >, 30); /* NONE */
  g_assert_cmpuint (ink_in_september (surface, layout, 3), ==, 0); /* a bar from December */
  cairo_surface_destroy (surface);
  print_to_pdf (layout, path);
  text = pdf_text (path, &n_pages);
  g_assert_true (strstr (text, "no dates") != NULL || strstr (text, "без сроков") != NULL);
  karta_test_remove_tree (dir);
}

/* Pages drawn into a PDF keep their text: titles, the section going on. */
static void
test_pdf_pages (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_big_roadmap ();
  g_autoptr (KartaGanttLayout) layout = NULL;
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *text = NULL;
  KartaActivity   *last;
  guint            n_printed, n_pages;

  g_ptr_array_set_size (roadmap->sections, 2);
  last = g_ptr_array_index (((KartaSection *) g_ptr_array_index (roadmap->sections, 1))->activities, 99);
  g_free (last->title);
  last->title = g_strdup ("Последнее мероприятие");
  layout = make_layout (roadmap);
  n_printed = print_to_pdf (layout, path);
  text = pdf_text (path, &n_pages);
  g_assert_cmpuint (n_pages, ==, n_printed);
  g_assert_nonnull (strstr (text, "Большая дорожная карта"));
  g_assert_nonnull (strstr (text, "Последнее мероприятие"));
  g_assert_nonnull (strstr (text, "2 Раздел"));
  /* the section goes on at the top of the next pages */
  g_assert_true (strstr (text, "2 Раздел (continued)") != NULL || strstr (text, "2 Раздел (продолжение)") != NULL);
  karta_test_remove_tree (dir);
}

/* Runs karta-cli render-gantt on @library; returns whether it succeeded. */
static gboolean
render_gantt (const char *library,
              gint64      roadmap_id,
              const char *path,
              ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = NULL;
  const char *arg;
  va_list     extra;
  int         status;

  g_ptr_array_add (args, g_strdup (g_getenv ("KARTA_CLI")));
  g_ptr_array_add (args, g_strdup_printf ("--library=%s", library));
  g_ptr_array_add (args, g_strdup ("render-gantt"));
  g_ptr_array_add (args, g_strdup_printf ("%" G_GINT64_FORMAT, roadmap_id));
  g_ptr_array_add (args, g_strdup ("-o"));
  g_ptr_array_add (args, g_strdup (path));
  va_start (extra, path);
  while ((arg = va_arg (extra, const char *)) != NULL)
    g_ptr_array_add (args, g_strdup (arg));
  va_end (extra);
  g_ptr_array_add (args, NULL);
  /* fontconfig keeps its configuration for the life of the process, which
   * LeakSanitizer would count against the command */
  env = g_environ_setenv (g_get_environ (), "ASAN_OPTIONS", "detect_leaks=0", TRUE);
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static gint64
add_to_library (const char *dir)
{
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (GError) error = NULL;
  gint64 id = karta_store_add_roadmap (store, roadmap, &error);

  g_assert_no_error (error);
  return id;
}

/* What pdftotext, a reader apart from ours, reads in @pdf; NULL (the
 * test skipped) without pdftotext */
static char *
read_with_pdftotext (const char *pdf)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char      *argv[] = { pdftotext, pdf, "-", NULL };
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
test_cli_pdf (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *text = NULL;
  gint64           id = add_to_library (dir);

  g_assert_true (render_gantt (dir, id, pdf, "--paper", "a3", NULL));
  g_assert_false (render_gantt (dir, id, pdf, "--paper", "a5", NULL));
  g_assert_false (render_gantt (dir, id, pdf, "--from", "2025-13-01", NULL));
  if ((text = read_with_pdftotext (pdf)) == NULL)
    {
      karta_test_remove_tree (dir);
      return;
    }
  g_assert_nonnull (strstr (text, "Дорожная карта для проверки"));
  g_assert_nonnull (strstr (text, "Совещание директоров"));
  g_assert_nonnull (strstr (text, "Анкетирование родителей"));
  g_assert_nonnull (strstr (text, "по согласованию с комитетом"));
  karta_test_remove_tree (dir);
}

/* An official title of three lines is printed whole, not cut with «…» */
static void
test_cli_pdf_long_title (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *text = NULL;
  gint64           id;

  {
    g_autoptr (KartaStore) store = karta_test_open_library (dir);
    id = karta_test_add_sample (store, "000-frunzensky-2022.json");
  }
  g_assert_true (render_gantt (dir, id, pdf, NULL));
  if ((text = read_with_pdftotext (pdf)) == NULL)
    {
      karta_test_remove_tree (dir);
      return;
    }
  g_assert_nonnull (strstr (text, "имеющим низкие"));
  g_assert_nonnull (strstr (text, "в 2022 году"));
  karta_test_remove_tree (dir);
}

static void
test_cli_images (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *png = g_build_filename (dir, "gantt.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "gantt.svg", NULL);
  g_autofree char *contents = NULL;
  gint64           id = add_to_library (dir);
  cairo_surface_t *image;

  g_assert_true (render_gantt (dir, id, png, "--width", "800", "--height", "300", "--first-row", "2", NULL));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 300);
  cairo_surface_destroy (image);
  g_assert_true (render_gantt (dir, id, svg, "--from", "2024-12-01", "--to", "2025-02-28", NULL));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_false (render_gantt (dir, id, png, "--first-row", "99", NULL));
  g_assert_false (render_gantt (dir, id + 1, png, NULL));
  karta_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gantt/page-counts", test_page_counts);
  g_test_add_func ("/gantt/pdf-pages", test_pdf_pages);
  g_test_add_func ("/gantt/undated", test_undated);
  g_test_add_func ("/gantt/cli-pdf", test_cli_pdf);
  g_test_add_func ("/gantt/cli-pdf-long-title", test_cli_pdf_long_title);
  g_test_add_func ("/gantt/cli-images", test_cli_images);
  return karta_test_gantt_run ();
}
