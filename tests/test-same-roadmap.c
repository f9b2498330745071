/* test-same-roadmap.c — the roadmap an import repeats, replacing it, and
 * the samples loaded once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-error.h"
#include "karta-interchange.h"
#include "karta-samples.h"
#include "karta-store.h"
#include "karta-test-util.h"

typedef struct
{
  char       *dir;
  KartaStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->dir = karta_test_make_dir ();
  fixture->store = karta_test_open_library (fixture->dir);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  karta_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KartaRoadmap *
load_sample (const char *name)
{
  g_autofree char *path = karta_test_sample_path (name);
  g_autoptr (GError) error = NULL;
  KartaRoadmap *roadmap = karta_interchange_load_file (path, &error);

  g_assert_no_error (error);
  return roadmap;
}

static gint64
find_same (KartaStore         *store,
           const KartaRoadmap *roadmap)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmapSummary) same = karta_store_find_same_roadmap (store, roadmap, &error);

  g_assert_no_error (error);
  return same ? same->id : 0;
}

static void
test_same_order (Fixture      *fixture,
                 gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_autoptr (KartaRoadmap) again = load_sample ("000-frunzensky-2022.json");
  g_autoptr (KartaRoadmap) other = load_sample ("002-vasileostrovsky-2022.json");
  g_autofree char *number = NULL;

  g_assert_nonnull (again->order->number);
  g_assert_cmpint (find_same (fixture->store, again), ==, id);
  g_assert_cmpint (find_same (fixture->store, other), ==, 0);

  /* the order decides: written otherwise it is the same, retitled too */
  number = again->order->number;
  again->order->number = g_strdup_printf (" № %s ", number);
  g_free (again->title);
  again->title = g_strdup ("Дорожная карта в новой редакции");
  g_assert_cmpint (find_same (fixture->store, again), ==, id);

  /* another order of the same title is another roadmap */
  again->order->date += 1;
  g_assert_cmpint (find_same (fixture->store, again), ==, 0);
}

static void
test_same_title (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (KartaRoadmap) first = karta_roadmap_new ();
  g_autoptr (KartaRoadmap) second = karta_roadmap_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  first->title = g_strdup ("Дорожная карта «500+» на 2023-2024 учебный год");
  karta_period_parse ("2023-2024", &first->period, NULL);
  id = karta_store_add_roadmap (fixture->store, first, &error);
  g_assert_no_error (error);

  /* no order on either side: the title, in any case and punctuation, over the same period */
  second->title = g_strdup ("ДОРОЖНАЯ КАРТА «500+» на 2023–2024 учебный год.");
  karta_period_parse ("2023-2024", &second->period, NULL);
  g_assert_cmpint (find_same (fixture->store, second), ==, id);
  karta_period_parse ("2025", &second->period, NULL);
  g_assert_cmpint (find_same (fixture->store, second), ==, 0);
}

static const KartaActivity *
activity_numbered (const KartaRoadmap *roadmap,
                   const char         *number)
{
  for (guint i = 0; i < roadmap->sections->len; i++)
    {
      const KartaSection *section = g_ptr_array_index (roadmap->sections, i);
      for (guint j = 0; section->activities && j < section->activities->len; j++)
        {
          const KartaActivity *activity = g_ptr_array_index (section->activities, j);
          if (g_strcmp0 (activity->number, number) == 0)
            return activity;
        }
    }
  return NULL;
}

static gint64
attach_fake_document (KartaStore *store,
                      gint64      activity_id)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  KartaDocumentTarget target = { .activity_id = activity_id };
  KartaDocument      *document = g_new0 (KartaDocument, 1);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;

  document->sha256 = g_strnfill (64, 'a');
  document->file_name = g_strdup ("prikaz.pdf");
  document->pages = 1;
  g_ptr_array_add (documents, document);
  ids = karta_store_attach_documents (store, documents, &target, &error);
  g_assert_no_error (error);
  return g_array_index (ids, gint64, 0);
}

static void
test_replace_keeps_documents_and_execution (Fixture      *fixture,
                                            gconstpointer data)
{
  gint64 old_id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_autoptr (KartaRoadmap) old = karta_store_load_roadmap (fixture->store, old_id, NULL);
  g_autoptr (KartaRoadmap) again = load_sample ("000-frunzensky-2022.json");
  g_autoptr (KartaRoadmap) replaced = NULL;
  g_autoptr (KartaRoadmap) back = NULL;
  g_autoptr (KartaActivity) done = NULL;
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (GError) error = NULL;
  const KartaActivity *first = g_ptr_array_index (((KartaSection *) g_ptr_array_index (old->sections, 0))->activities, 0);
  const KartaActivity *carried;
  gint64               new_id;

  attach_fake_document (fixture->store, first->id);
  done = karta_activity_copy (first);
  done->status = KARTA_STATUS_DONE;
  done->done_on = karta_day_from_ymd (2022, 3, 14);
  g_assert_true (karta_store_update_activity (fixture->store, done, &error));
  g_assert_no_error (error);

  new_id = karta_store_replace_roadmap (fixture->store, old_id, again, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, !=, old_id);
  roadmaps = karta_store_list_roadmaps (fixture->store, NULL);
  g_assert_cmpuint (roadmaps->len, ==, 1);
  g_assert_true (g_str_has_prefix (karta_store_get_undo_label (fixture->store), "Replace roadmap “План-график"));

  replaced = karta_store_load_roadmap (fixture->store, new_id, &error);
  g_assert_no_error (error);
  carried = activity_numbered (replaced, first->number);
  g_assert_nonnull (carried);
  g_assert_cmpint (carried->status, ==, KARTA_STATUS_DONE);
  g_assert_cmpint (carried->done_on, ==, karta_day_from_ymd (2022, 3, 14));
  g_assert_cmpuint (carried->documents->len, ==, 1);

  /* undo brings the old roadmap back with its document */
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  back = karta_store_load_roadmap (fixture->store, old_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity_numbered (back, first->number)->documents->len, ==, 1);
  g_assert_null (karta_store_load_roadmap (fixture->store, new_id, NULL));
}

static void
test_replace_gone (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (KartaRoadmap) again = load_sample ("000-frunzensky-2022.json");
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (karta_store_replace_roadmap (fixture->store, 42, again, &error), ==, 0);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
  roadmaps = karta_store_list_roadmaps (fixture->store, NULL);
  g_assert_cmpuint (roadmaps->len, ==, 0);
  g_assert_false (karta_store_can_undo (fixture->store));
}

static void
test_delete_roadmap (Fixture      *fixture,
                     gconstpointer data)
{
  gint64 id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) back = NULL;

  g_assert_true (karta_store_delete_roadmap (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (karta_store_get_undo_label (fixture->store), "Delete roadmap “"));
  g_assert_false (karta_store_delete_roadmap (fixture->store, id, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
  g_assert_true (karta_store_undo (fixture->store, NULL));
  back = karta_store_load_roadmap (fixture->store, id, NULL);
  g_assert_nonnull (back);
}

static void
test_samples_once (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *dir = karta_samples_dir ();
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (GError) error = NULL;
  guint n_added = 0;

  g_assert_true (karta_samples_load (fixture->store, dir, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, >, 1);
  g_assert_true (karta_samples_load (fixture->store, dir, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);
  roadmaps = karta_store_list_roadmaps (fixture->store, NULL);
  g_assert_cmpuint (roadmaps->len, ==, 3);
  /* loading nothing is no step to undo */
  g_assert_cmpstr (karta_store_get_undo_label (fixture->store), ==, "Load sample roadmaps");
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/same-roadmap/same-order", test_same_order);
  ADD ("/same-roadmap/same-title", test_same_title);
  ADD ("/same-roadmap/replace", test_replace_keeps_documents_and_execution);
  ADD ("/same-roadmap/replace-gone", test_replace_gone);
  ADD ("/same-roadmap/delete", test_delete_roadmap);
  ADD ("/same-roadmap/samples-once", test_samples_once);
  return g_test_run ();
}
