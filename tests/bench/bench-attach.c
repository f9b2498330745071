/* bench-attach.c — attaching documents at scale, without a display:
 *   100 scans of 2 MB attached in one batch, through the code the window
 *   uses (copied in a worker thread, progress in the main loop): < 5 s
 *   the Documents page's queries on a library of 5,000 documents
 *
 * Run: meson test -C build --benchmark --suite bench -v   (or the binary)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "karta-attach.h"
#include "karta-demo-pdf.h"
#include "../karta-test-util.h"

#define RUNS        3
#define N_SCANS     100
#define SCAN_SIZE   (2 * 1024 * 1024)
#define N_DOCUMENTS 5000

/* N_SCANS distinct valid PDFs of about 2 MB */
static GPtrArray *
make_scans (const char *dir)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_SCANS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Scan %u", i);
      g_autofree char *name = g_strdup_printf ("scan-%03u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GBytes) pdf = karta_demo_pdf_new (text, SCAN_SIZE, i);
      g_autoptr (GError) error = NULL;

      g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
      g_assert_no_error (error);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  return files;
}

static void
count_progress (KartaAttachBatch          *batch,
                const KartaAttachProgress *progress,
                gpointer                   user_data)
{
  (*(guint *) user_data)++;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* One batch into a new library; returns milliseconds */
static double
time_attach (GPtrArray *files,
             guint     *reports)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  g_autoptr (KartaAttachBatch) batch = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;
  KartaDocumentTarget target = { 0 };
  gint64              start;

  g_assert_true (karta_store_generate_demo (store, 1, 10, 0, &error));
  target.activity_id = 1;
  batch = karta_attach_batch_new (store, &target, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < files->len; i++)
    karta_attach_batch_add_file (batch, g_ptr_array_index (files, i));
  *reports = 0;
  start = g_get_monotonic_time ();
  karta_attach_batch_run_async (batch, NULL, count_progress, reports, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ids = karta_attach_batch_run_finish (batch, result, &error);
  start = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, N_SCANS);
  g_clear_object (&store);
  karta_test_remove_tree (dir);
  return start / 1000.0;
}

static double
time_find (KartaStore                *store,
           const KartaDocumentFilter *filter,
           guint                     *found)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr (GPtrArray) documents = karta_store_find_documents (store, filter, NULL);

  g_assert_nonnull (documents);
  *found = documents->len;
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_queries (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autoptr (KartaStore) store = karta_test_open_library (dir);
  const struct
  {
    const char         *what;
    KartaDocumentFilter filter;
  } queries[] = {
    { "all, newest first", { 0 } },
    { "all, by date", { .sort = KARTA_DOCUMENT_SORT_DATE } },
    { "kind “Протокол”", { .kind = "Протокол" } },
    { "search “demo-0012” (file names)", { .search = "demo-0012" } },
    { "roadmap 3, activity 2.4", { .roadmap_id = 3, .activity_number = "2.4" } },
  };
  gint64 start = g_get_monotonic_time ();

  g_assert_true (karta_store_generate_demo (store, 10, 100, 50, NULL));
  g_assert_true (karta_store_generate_demo_documents (store, N_DOCUMENTS, NULL));
  printf ("gen-demo --documents %d: %.1f s\n", N_DOCUMENTS, (g_get_monotonic_time () - start) / 1e6);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      double times[RUNS];
      guint  found = 0;

      for (guint i = 0; i < RUNS; i++)
        times[i] = time_find (store, &queries[q].filter, &found);
      printf ("Documents page query of %d documents, %s: %u found, median %.1f ms over %d runs\n",
              N_DOCUMENTS, queries[q].what, found, karta_test_median (times, RUNS), RUNS);
    }
  g_clear_object (&store);
  karta_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *scans_dir = karta_test_make_dir ();
  g_autoptr (GPtrArray) files = make_scans (scans_dir);
  double times[RUNS];
  guint  reports[RUNS];

  for (guint i = 0; i < RUNS; i++)
    times[i] = time_attach (files, &reports[i]);
  printf ("attach %d scans of 2 MB in one batch: median %.0f ms over %d runs (target < 5000 ms); "
          "progress reports: %u, %u, %u\n",
          N_SCANS, karta_test_median (times, RUNS), RUNS,
          reports[0], reports[1], reports[2]);
  karta_test_remove_tree (scans_dir);
  bench_queries ();
  return 0;
}
