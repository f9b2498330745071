/* test-attach.c — attaching PDFs: the corpus of tests/data/pdf, the document
 * store (stored once, by hash; collected later), undo and karta-cli attach
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "karta-pdf-inspector.h"
#include "karta-evidence.h"
#include "karta-test-attach.h"
#include "karta-test-hanging-pdf.h"

static void
test_good_files (Fixture      *fx,
                 gconstpointer data)
{
  static const struct
  {
    const char *name;
    int         pages;
    gboolean    has_text;
  } cases[] = {
    { "scan-000-order.pdf", 2, FALSE },
    { "text-004-plan.pdf", 8, TRUE },
    { "landscape-a3.pdf", 1, TRUE },
    { "rotated-pages.pdf", 3, TRUE },
    { "encrypted-owner-only.pdf", 8, TRUE },
    { "corrupt-xref.pdf", 8, TRUE }, /* poppler rebuilds the xref table */
  };
  g_autoptr (GPtrArray) documents = NULL;
  g_autoptr (GError) error = NULL;

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GArray) ids = attach (fx, fx->first, cases[i].name, NULL, &error);
      g_autoptr (GPtrArray) list = NULL;
      g_autofree char *stored = NULL;
      g_autofree char *heading = NULL;
      KartaDocument   *document;

      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, 1);
      list = karta_store_list_documents (fx->store, &error);
      g_assert_no_error (error);
      document = find_document (list, g_array_index (ids, gint64, 0));
      g_assert_nonnull (document);
      g_assert_cmpstr (document->file_name, ==, cases[i].name);
      g_assert_cmpint (document->pages, ==, cases[i].pages);
      g_assert_cmpint (document->has_text, ==, cases[i].has_text);
      stored = karta_file_store_path (fx->store, document->sha256);
      g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpstr (document->links, !=, NULL);
      /* named after itself, not after the kind the activity asks for */
      heading = karta_document_get_heading (document, NULL);
      if (document->title != NULL)
        g_assert_cmpstr (heading, ==, document->title);
      else
        g_assert_true (g_str_has_prefix (cases[i].name, heading) && g_str_has_suffix (cases[i].name, ".pdf"));
    }
  documents = karta_store_list_documents (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, G_N_ELEMENTS (cases));
  g_assert_cmpuint (count_files (fx->documents_dir), ==, G_N_ELEMENTS (cases));
}

/* A kind with a number or date heads the document; a kind alone does not */
static void
test_heading (void)
{
  KartaDocument    document = { .kind = (char *) "Заполненные карты мониторинга", .file_name = (char *) "итоги.pdf" };
  g_autofree char *by_name = karta_document_get_heading (&document, NULL);
  g_autofree char *by_title = NULL;
  g_autofree char *by_number = NULL;
  gboolean         names_kind = TRUE;

  g_assert_cmpstr (by_name, ==, "итоги");
  document.title = (char *) "Итоги мониторинга, ноябрь";
  by_title = karta_document_get_heading (&document, &names_kind);
  g_assert_cmpstr (by_title, ==, "Итоги мониторинга, ноябрь");
  g_assert_false (names_kind);
  document.kind = (char *) "Приказ";
  document.number = (char *) "356";
  by_number = karta_document_get_heading (&document, &names_kind);
  g_assert_cmpstr (by_number, ==, "Приказ № 356");
  g_assert_true (names_kind);
}

static void
test_password (Fixture      *fx,
               gconstpointer data)
{
  g_autofree char *path = pdf_path ("encrypted-user-pw.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaDocument) document = karta_test_inspect_pdf (path, NULL, &error);
  g_autoptr (GArray) ids = NULL;

  (void) data;
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NEEDS_PASSWORD);
  g_assert_nonnull (strstr (error->message, "encrypted-user-pw.pdf"));
  g_clear_error (&error);
  document = karta_test_inspect_pdf (path, "wrong", &error);
  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_WRONG_PASSWORD);
  g_clear_error (&error);

  ids = attach (fx, fx->first, "encrypted-user-pw.pdf", "secret", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  document = karta_test_inspect_pdf (path, "secret", &error);
  g_assert_no_error (error);
  g_assert_cmpint (document->pages, ==, 8);
}

static const struct
{
  const char *name;
  const char *reason;
} refused[] = {
  { "truncated.pdf", "damaged or incomplete PDF" },
  { "garbage.pdf", "not a PDF" },
  { "not-a-pdf.pdf", "PNG image" },
  { "empty.pdf", "empty file" },
  { "docx-renamed.pdf", "Word document" },
};

static void
test_refused (Fixture      *fx,
              gconstpointer data)
{
  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GArray) ids = attach (fx, fx->first, refused[i].name, NULL, &error);

      g_assert_null (ids);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, refused[i].name));
      g_assert_nonnull (strstr (error->message, refused[i].reason));
    }
  g_assert_cmpuint (count_files (fx->documents_dir), ==, 0);
}

static void
test_same_file_twice (Fixture      *fx,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) first = attach (fx, fx->first, "text-004-plan.pdf", NULL, &error);
  g_autoptr (GArray) second = attach (fx, fx->second, "text-004-plan.pdf", NULL, &error);
  g_autoptr (GArray) again = attach (fx, fx->first, "text-004-plan.pdf", NULL, &error);
  g_autoptr (GPtrArray) list = karta_store_list_documents (fx->store, &error);
  KartaDocument *document;

  (void) data;
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (first, gint64, 0), ==, g_array_index (second, gint64, 0));
  g_assert_cmpint (g_array_index (first, gint64, 0), ==, g_array_index (again, gint64, 0));
  g_assert_cmpuint (list->len, ==, 1);
  document = g_ptr_array_index (list, 0);
  /* linked to both activities, once each */
  g_assert_nonnull (document->links);
  g_assert_nonnull (strchr (document->links, '\n'));
  g_assert_null (strchr (strchr (document->links, '\n') + 1, '\n'));
  g_assert_cmpuint (count_files (fx->documents_dir), ==, 1);
}

static void
test_undo_and_collect (Fixture      *fx,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = attach (fx, fx->first, "rotated-pages.pdf", NULL, &error);
  g_autoptr (GPtrArray) list = karta_store_list_documents (fx->store, &error);
  g_autofree char *stored = NULL;
  g_autofree char *interrupted = g_build_filename (fx->documents_dir, ".attach-interrupted", NULL);
  gint64           now = g_get_real_time () / G_USEC_PER_SEC;
  gint64           id;

  (void) data;
  g_assert_no_error (error);
  id = g_array_index (ids, gint64, 0);
  stored = karta_file_store_path (fx->store, ((KartaDocument *) g_ptr_array_index (list, 0))->sha256);
  g_assert_true (karta_store_undo (fx->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = karta_store_list_documents (fx->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR)); /* redo may need it */

  g_assert_true (karta_store_redo (fx->store, &error));
  g_assert_no_error (error);
  g_assert_true (karta_file_store_collect (fx->store, fx->documents_dir, now + 1, &error));
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR)); /* referenced again */

  /* detach: the link and the row go, the file stays until collected */
  g_assert_true (karta_store_detach_document (fx->store, id, fx->first->id, &error));
  g_assert_no_error (error);
  g_assert_false (karta_store_detach_document (fx->store, id, fx->first->id, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = karta_store_list_documents (fx->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));

  /* a file changed since the given time stays: another program may be
   * linking it; the temporary file of an old interrupted copy goes */
  g_assert_true (g_file_set_contents (interrupted, "%PDF-1.4 cut short", -1, &error));
  g_assert_cmpint (g_utime (interrupted, &(struct utimbuf){ now - 7200, now - 7200 }), ==, 0);
  g_assert_true (karta_file_store_collect (fx->store, fx->documents_dir, now - 3600, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (interrupted, G_FILE_TEST_EXISTS));

  g_assert_true (karta_file_store_collect (fx->store, fx->documents_dir, now + 1, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fx->documents_dir), ==, 0);
}

static void
test_check (Fixture      *fx,
            gconstpointer data)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = attach (fx, fx->first, "landscape-a3.pdf", NULL, &error);
  g_autoptr (GPtrArray) list = karta_store_list_documents (fx->store, &error);
  g_autofree char *stored = NULL;

  (void) data;
  g_assert_no_error (error);
  g_assert_true (karta_library_check (fx->store, problems));
  g_assert_cmpuint (problems->len, ==, 0);
  stored = karta_file_store_path (fx->store, ((KartaDocument *) g_ptr_array_index (list, 0))->sha256);
  g_assert_true (g_file_set_contents (stored, "%PDF-1.4 altered", -1, &error));
  g_assert_false (karta_library_check (fx->store, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "landscape-a3.pdf"));

  /* attaching the file again repairs the stored copy */
  g_clear_pointer (&ids, g_array_unref);
  ids = attach (fx, fx->second, "landscape-a3.pdf", NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (problems, 0);
  g_assert_true (karta_library_check (fx->store, problems));
}

/* A PDF built to hang poppler is refused at the deadline, and the helper
 * that hung is replaced for the next file */
static void
test_hanging (Fixture      *fx,
              gconstpointer data)
{
  g_autofree char *hanging = karta_test_write_hanging_pdf (fx->dir, "hanging.pdf");
  g_autofree char *good = pdf_path ("text-004-plan.pdf");
  g_autoptr (KartaPdfInspector) inspector = karta_pdf_inspector_new ();
  g_autoptr (KartaDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  (void) data;
  karta_pdf_inspector_set_timeout (inspector, 1000);
  document = karta_pdf_inspector_inspect (inspector, hanging, NULL, NULL, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("refused after %.2f s: %s", seconds, error ? error->message : "");
  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "hanging.pdf"));
  g_assert_cmpfloat (seconds, >=, 1.0);
  g_assert_cmpfloat (seconds, <, 3.0);
  g_clear_error (&error);

  document = karta_pdf_inspector_inspect (inspector, good, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (document->pages, >, 0);
}

static gpointer
cancel_later (gpointer cancellable)
{
  g_usleep (200 * 1000);
  g_cancellable_cancel (cancellable);
  return NULL;
}

/* Cancel stops the helper at once, not at the deadline */
static void
test_cancel_hanging (Fixture      *fx,
                     gconstpointer data)
{
  g_autofree char *hanging = karta_test_write_hanging_pdf (fx->dir, "hanging.pdf");
  g_autoptr (KartaPdfInspector) inspector = karta_pdf_inspector_new ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KartaDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  gint64   start = g_get_monotonic_time ();
  GThread *canceller = g_thread_new ("cancel", cancel_later, cancellable);
  double   seconds;

  (void) data;
  document = karta_pdf_inspector_inspect (inspector, hanging, NULL, cancellable, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_thread_join (canceller);
  g_test_message ("cancelled after %.2f s", seconds);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (seconds, <, 1.0);
}

static void
test_cli (Fixture      *fx,
          gconstpointer data)
{
  g_autofree char *roadmap = g_strdup_printf ("%" G_GINT64_FORMAT, fx->roadmap->id);
  g_autofree char *good = pdf_path ("text-004-plan.pdf");
  g_autofree char *bad = pdf_path ("garbage.pdf");
  g_autofree char *scan = pdf_path ("scan-000-order.pdf");
  g_autofree char *hanging = karta_test_write_hanging_pdf (fx->dir, "hanging.pdf");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_auto (GStrv) lines = NULL;
  const char *argv[] = { g_getenv ("KARTA_CLI"), "--library", fx->dir, "attach", roadmap,
                         fx->first->number, good, bad, hanging, scan, "--kind", "report", NULL };
  const char *missing[] = { g_getenv ("KARTA_CLI"), "--library", fx->dir, "attach", roadmap,
                            "no-such-number", good, NULL };
  int         status;

  (void) data;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_test_message ("stdout: %s\nstderr: %s", out, err);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_nonnull (strstr (err, "garbage.pdf: "));
  /* refused at the deadline; the scan after it is attached all the same */
  g_assert_nonnull (strstr (err, "hanging.pdf: "));
  g_clear_pointer (&lines, g_strfreev);
  lines = g_strsplit (g_strchomp (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);

  list = karta_store_list_documents (fx->store, &error);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpstr (((KartaDocument *) g_ptr_array_index (list, i))->kind, ==, "report");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) missing, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "no-such-number"));
}

int
main (int    argc,
      char **argv)
{
  attach_test_init (&argc, &argv);

  ADD_FIXTURE_TEST ("/attach/good-files", test_good_files);
  g_test_add_func ("/attach/heading", test_heading);
  ADD_FIXTURE_TEST ("/attach/password", test_password);
  ADD_FIXTURE_TEST ("/attach/refused", test_refused);
  ADD_FIXTURE_TEST ("/attach/same-file-twice", test_same_file_twice);
  ADD_FIXTURE_TEST ("/attach/undo-and-collect", test_undo_and_collect);
  ADD_FIXTURE_TEST ("/attach/check", test_check);
  ADD_FIXTURE_TEST ("/attach/hanging", test_hanging);
  ADD_FIXTURE_TEST ("/attach/cancel-hanging", test_cancel_hanging);
  ADD_FIXTURE_TEST ("/attach/cli", test_cli);

  return g_test_run ();
}
