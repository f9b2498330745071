/* test-attach-batch.c — attaching many files at once: refusals in the
 * middle, cancelling, one undo, the kinds by default, progress off the
 * main thread, finding and editing documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-test-attach.h"

static void
add_files (KartaAttachBatch  *batch,
           const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr (GFile) file = pdf_file (names[i]);
      karta_attach_batch_add_file (batch, file);
    }
}

static guint
count_documents (Fixture *fx)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = karta_store_list_documents (fx->store, &error);

  g_assert_no_error (error);
  return list->len;
}

/* No temporary file of a copy is left anywhere in the documents folder. */
static gboolean
has_temporary_files (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      if (g_str_has_prefix (name, ".attach-") ||
          (g_file_test (child, G_FILE_TEST_IS_DIR) && has_temporary_files (child)))
        return TRUE;
    }
  return FALSE;
}

static void
test_refused_in_the_middle (Fixture      *fx,
                            gconstpointer data)
{
  const char *names[] = { "text-004-plan.pdf", "garbage.pdf", "landscape-a3.pdf", "empty.pdf",
                          "truncated.pdf", "scan-000-order.pdf", "encrypted-user-pw.pdf", NULL };
  const char *refused_names[] = { "garbage.pdf", "empty.pdf", "truncated.pdf", "encrypted-user-pw.pdf" };
  const char *reasons[] = { "not a PDF", "empty file", "damaged or incomplete PDF", "needs a password" };
  g_autoptr (KartaAttachBatch) batch = new_batch (fx, fx->first);
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *refused;

  (void) data;
  add_files (batch, names);
  g_assert_true (karta_attach_batch_store_files (batch, NULL, NULL, NULL));
  refused = karta_attach_batch_get_refused (batch);
  g_assert_cmpuint (refused->len, ==, G_N_ELEMENTS (reasons));
  for (guint i = 0; i < refused->len; i++)
    {
      const KartaAttachRefusal *refusal = g_ptr_array_index (refused, i);
      g_assert_cmpstr (refusal->file_name, ==, refused_names[i]);
      g_assert_cmpstr (refusal->reason, ==, reasons[i]);
    }
  ids = karta_attach_batch_link (batch, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpstr (karta_store_get_undo_label (fx->store), ==, "Attach 3 documents");
  g_assert_cmpuint (count_documents (fx), ==, 3);

  /* one undo detaches the whole batch, one redo brings it back */
  g_assert_true (karta_store_undo (fx->store, &error));
  g_assert_cmpuint (count_documents (fx), ==, 0);
  g_assert_cmpstr (karta_store_get_undo_label (fx->store), !=, "Attach 3 documents");
  g_assert_true (karta_store_redo (fx->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_documents (fx), ==, 3);
}

static char *
kind_of (Fixture *fx,
         gint64   id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = karta_store_list_documents (fx->store, &error);
  KartaDocument *document = find_document (list, id);

  g_assert_nonnull (document);
  return g_strdup (document->kind);
}

static gint64
attach_to (Fixture                   *fx,
           const KartaDocumentTarget *target,
           const char                *name,
           const char                *kind,
           char                     **default_kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaAttachBatch) batch = karta_attach_batch_new (fx->store, target, &error);
  const char *names[] = { name, NULL };
  g_autoptr (GArray) ids = NULL;

  g_assert_no_error (error);
  *default_kind = g_strdup (karta_attach_batch_get_kind (batch));
  if (kind != NULL)
    karta_attach_batch_set_kind (batch, kind);
  add_files (batch, names);
  karta_attach_batch_store_files (batch, NULL, NULL, NULL);
  ids = karta_attach_batch_link (batch, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

static void
test_kinds (Fixture      *fx,
            gconstpointer data)
{
  g_autoptr (KartaOrganisation) school = karta_organisation_new ();
  KartaDocumentTarget activity = { .activity_id = fx->first->id };
  KartaDocumentTarget order = { .order_id = fx->roadmap->order->id };
  KartaDocumentTarget for_school = { 0 };
  KartaDocumentTarget bad = { .order_id = fx->roadmap->order->id, .organisation_id = 1 };
  g_autoptr (GError) error = NULL;
  g_autofree char *kind = NULL, *expected = NULL, *given = NULL, *order_kind = NULL;
  g_autofree char *school_kind = NULL;
  gint64           id;

  (void) data;
  g_free (fx->first->evidence);
  fx->first->evidence = g_strdup ("Аналитическая справка");
  g_assert_true (karta_store_update_activity (fx->store, fx->first, &error));
  id = attach_to (fx, &activity, "landscape-a3.pdf", NULL, &expected);
  kind = kind_of (fx, id);
  g_assert_cmpstr (expected, ==, "Аналитическая справка");
  g_assert_cmpstr (kind, ==, "Аналитическая справка");
  g_clear_pointer (&expected, g_free);
  id = attach_to (fx, &activity, "rotated-pages.pdf", "Протокол", &expected);
  given = kind_of (fx, id);
  g_assert_cmpstr (given, ==, "Протокол");

  g_assert_nonnull (fx->roadmap->order->kind);
  id = attach_to (fx, &order, "text-004-plan.pdf", NULL, &order_kind);
  g_assert_cmpstr (order_kind, ==, fx->roadmap->order->kind);

  school->name = g_strdup ("МБОУ СОШ № 7");
  for_school.organisation_id = karta_store_save_organisation (fx->store, school, &error);
  g_assert_no_error (error);
  attach_to (fx, &for_school, "scan-000-order.pdf", NULL, &school_kind);
  g_assert_null (school_kind);

  g_assert_null (karta_attach_batch_new (fx->store, &bad, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
}

typedef struct
{
  GCancellable *cancellable;
  gint64        cancel_after; /* cancel once this many bytes are copied, if not 0 */
  guint         reports;
  gint64        last_bytes;
  gboolean      main_thread_only;
} Watcher;

static void
on_progress (KartaAttachBatch          *batch,
             const KartaAttachProgress *progress,
             gpointer                   data)
{
  Watcher *watcher = data;

  (void) batch;
  watcher->reports++;
  g_assert_cmpint (progress->bytes_done, >=, watcher->last_bytes);
  g_assert_cmpint (progress->bytes_done, <=, progress->n_bytes);
  g_assert_cmpuint (progress->files_done, <=, progress->n_files);
  watcher->last_bytes = progress->bytes_done;
  if (watcher->main_thread_only)
    g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  if (watcher->cancel_after > 0 && progress->bytes_done > watcher->cancel_after)
    g_cancellable_cancel (watcher->cancellable);
}

/* Cancelled inside the copy of the big scan: the file before it is linked,
 * the scan is not stored, no temporary file is left, the rest is skipped. */
static void
test_cancel_inside_copy (Fixture      *fx,
                         gconstpointer data)
{
  const char *names[] = { "text-004-plan.pdf", "scan-000-order.pdf", "landscape-a3.pdf", NULL };
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *first = pdf_path (names[0]);
  GStatBuf         info;
  Watcher          watcher = { cancellable, 0, 0, 0, FALSE };
  g_autoptr (KartaAttachBatch) batch = new_batch (fx, fx->first);
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;

  (void) data;
  g_assert_cmpint (g_stat (first, &info), ==, 0);
  watcher.cancel_after = info.st_size; /* inside the copy of the scan */
  add_files (batch, names);
  g_assert_false (karta_attach_batch_store_files (batch, cancellable, on_progress, &watcher));
  g_assert_true (karta_attach_batch_was_cancelled (batch));
  g_assert_cmpuint (karta_attach_batch_get_refused (batch)->len, ==, 0);
  g_assert_cmpuint (count_files (fx->documents_dir), ==, 1);
  g_assert_false (has_temporary_files (fx->documents_dir));
  ids = karta_attach_batch_link (batch, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpstr (karta_store_get_undo_label (fx->store), ==, "Attach 1 document");
}

static void
on_run_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  GAsyncResult **out = data;

  (void) source;
  *out = g_object_ref (result);
}

static GArray *
run_and_wait (KartaAttachBatch *batch,
              GCancellable     *cancellable,
              Watcher          *watcher,
              GError          **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  karta_attach_batch_run_async (batch, cancellable, on_progress, watcher, on_run_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return karta_attach_batch_run_finish (batch, result, error);
}

static void
test_run_async (Fixture      *fx,
                gconstpointer data)
{
  const char *names[] = { "scan-000-order.pdf", "garbage.pdf", "text-004-plan.pdf", NULL };
  Watcher     watcher = { NULL, 0, 0, 0, TRUE };
  g_autoptr (KartaAttachBatch) batch = new_batch (fx, fx->second);
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;

  (void) data;
  add_files (batch, names);
  ids = run_and_wait (batch, NULL, &watcher, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpuint (karta_attach_batch_get_refused (batch)->len, ==, 1);
  g_assert_cmpuint (watcher.reports, >=, 2);
  g_assert_cmpuint (count_documents (fx), ==, 2);
}

/* Cancelled before it starts: nothing is stored, nothing linked. */
static void
test_cancel_before (Fixture      *fx,
                    gconstpointer data)
{
  const char *names[] = { "scan-000-order.pdf", "text-004-plan.pdf", NULL };
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  Watcher watcher = { NULL, 0, 0, 0, TRUE };
  g_autoptr (KartaAttachBatch) batch = new_batch (fx, fx->second);
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;

  (void) data;
  add_files (batch, names);
  g_cancellable_cancel (cancellable);
  ids = run_and_wait (batch, cancellable, &watcher, &error);
  g_assert_null (ids);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (fx->documents_dir), ==, 0);
  g_assert_cmpuint (count_documents (fx), ==, 0);
  g_assert_cmpstr (karta_store_get_undo_label (fx->store), !=, "Attach 0 documents");
}

static guint
count_found (Fixture                   *fx,
             const KartaDocumentFilter *filter)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = karta_store_find_documents (fx->store, filter, &error);

  g_assert_no_error (error);
  return list->len;
}

static void
test_find_and_edit (Fixture      *fx,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) first = attach (fx, fx->first, "text-004-plan.pdf", NULL, &error);
  g_autoptr (GArray) second = attach (fx, fx->second, "landscape-a3.pdf", NULL, &error);
  g_autoptr (GPtrArray) list = karta_store_list_documents (fx->store, &error);
  KartaDocument      *document = find_document (list, g_array_index (first, gint64, 0));
  KartaDocumentFilter filter = { 0 };

  (void) data;
  g_assert_no_error (error);
  g_free (document->title);
  document->title = g_strdup ("Протокол совещания руководителей ШНОР");
  g_free (document->number);
  document->number = g_strdup ("15-п");
  g_free (document->kind);
  document->kind = g_strdup ("Протокол");
  document->date = karta_day_from_ymd (2022, 3, 12);
  g_assert_true (karta_store_update_document (fx->store, document, &error));
  g_assert_cmpstr (karta_store_get_undo_label (fx->store), ==, "Edit document");

  g_assert_cmpuint (count_found (fx, &filter), ==, 2);
  filter.search = "ШНОР"; /* Cyrillic, case folded */
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter.search = "шнор";
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter.search = "landscape"; /* the file name */
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter = (KartaDocumentFilter){ .kind = "протокол" };
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter = (KartaDocumentFilter){ .number = "15" };
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter = (KartaDocumentFilter){ .from = karta_day_from_ymd (2022, 3, 1), .to = karta_day_from_ymd (2022, 3, 31) };
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter = (KartaDocumentFilter){ .activity_id = fx->second->id };
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter = (KartaDocumentFilter){ .roadmap_id = fx->roadmap->id, .activity_number = fx->second->number };
  g_assert_cmpuint (count_found (fx, &filter), ==, 1);
  filter = (KartaDocumentFilter){ .roadmap_id = fx->roadmap->id, .sort = KARTA_DOCUMENT_SORT_DATE };
  g_assert_cmpuint (count_found (fx, &filter), ==, 2);
  filter = (KartaDocumentFilter){ .roadmap_id = fx->roadmap->id + 1000 };
  g_assert_cmpuint (count_found (fx, &filter), ==, 0);

  g_assert_true (karta_store_undo (fx->store, &error));
  filter = (KartaDocumentFilter){ .kind = "Протокол" };
  g_assert_cmpuint (count_found (fx, &filter), ==, 0);
}

/* Runs gen-demo --documents 20 on @dir; returns the stored hashes, in order */
static char *
gen_demo_hashes (const char *dir,
                 char      **first_path)
{
  const char *argv[] = { g_getenv ("KARTA_CLI"), "--library", dir, "gen-demo", "--roadmaps", "1",
                         "--activities", "10", "--schools", "3", "--documents", "20", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) hashes = g_string_new (NULL);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  store = karta_test_open_library (dir);
  list = karta_store_list_documents (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 20);
  for (guint i = 0; i < list->len; i++)
    {
      const KartaDocument *document = g_ptr_array_index (list, i);
      g_assert_nonnull (strstr (document->links, "activity"));
      g_assert_nonnull (document->kind);
      g_assert_cmpint (document->pages, ==, 1);
      g_string_append (hashes, document->sha256);
    }
  g_assert_true (karta_library_check (store, problems));
  *first_path = karta_file_store_path (store, ((KartaDocument *) g_ptr_array_index (list, 0))->sha256);
  return g_string_free (g_steal_pointer (&hashes), FALSE);
}

/* gen-demo --documents: valid PDFs with text, linked, the same on every run */
static void
test_gen_demo_documents (void)
{
  g_autofree char *first_dir = karta_test_make_dir ();
  g_autofree char *second_dir = karta_test_make_dir ();
  g_autofree char *first_path = NULL, *second_path = NULL;
  g_autofree char *first = gen_demo_hashes (first_dir, &first_path);
  g_autofree char *second = gen_demo_hashes (second_dir, &second_path);
  g_autoptr (KartaDocument) inspected = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (first, ==, second);
  inspected = karta_test_inspect_pdf (first_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (inspected->has_text);
  karta_test_remove_tree (first_dir);
  karta_test_remove_tree (second_dir);
}

int
main (int    argc,
      char **argv)
{
  attach_test_init (&argc, &argv);

  ADD_FIXTURE_TEST ("/attach-batch/refused-in-the-middle", test_refused_in_the_middle);
  ADD_FIXTURE_TEST ("/attach-batch/kinds", test_kinds);
  ADD_FIXTURE_TEST ("/attach-batch/cancel-inside-copy", test_cancel_inside_copy);
  ADD_FIXTURE_TEST ("/attach-batch/cancel-before", test_cancel_before);
  ADD_FIXTURE_TEST ("/attach-batch/run-async", test_run_async);
  ADD_FIXTURE_TEST ("/attach-batch/find-and-edit", test_find_and_edit);
  g_test_add_func ("/attach-batch/gen-demo-documents", test_gen_demo_documents);

  return g_test_run ();
}
