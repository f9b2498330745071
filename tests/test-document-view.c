/* test-document-view.c — the rotation a document is shown with: kept by
 * its hash, outside the undo history, and never in the way of undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-store-document-view.h"
#include "karta-test-attach.h"

static char *
attach_one (Fixture       *fx,
            KartaActivity *activity,
            const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = attach (fx, activity, name, NULL, &error);
  g_autoptr (GPtrArray) documents = NULL;
  KartaDocument *document;

  g_assert_no_error (error);
  documents = karta_store_list_documents (fx->store, &error);
  g_assert_no_error (error);
  document = find_document (documents, g_array_index (ids, gint64, 0));
  return g_strdup (document->sha256);
}

static int
get_rotation (KartaStore *store,
              const char *sha256)
{
  g_autoptr (GError) error = NULL;
  int rotation = -1;

  g_assert_true (karta_store_get_document_rotation (store, sha256, &rotation, &error));
  g_assert_no_error (error);
  return rotation;
}

static void
set_rotation (KartaStore *store,
              const char *sha256,
              int         rotation)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (karta_store_set_document_rotation (store, sha256, rotation, &error));
  g_assert_no_error (error);
}

static void
test_kept (Fixture      *fx,
           gconstpointer data)
{
  g_autofree char *sha256 = attach_one (fx, fx->first, "rotated-pages.pdf");

  g_assert_cmpint (get_rotation (fx->store, sha256), ==, 0);
  set_rotation (fx->store, sha256, 90);
  set_rotation (fx->store, sha256, 270);
  g_assert_cmpint (get_rotation (fx->store, sha256), ==, 270);

  g_clear_object (&fx->store);
  fx->store = karta_test_open_library (fx->dir);
  g_assert_cmpint (get_rotation (fx->store, sha256), ==, 270);
}

static void
test_outside_undo (Fixture      *fx,
                   gconstpointer data)
{
  g_autofree char *first = attach_one (fx, fx->first, "rotated-pages.pdf");
  g_autofree char *second = NULL;
  g_autofree char *label = NULL;
  g_autoptr (GError) error = NULL;

  label = g_strdup (karta_store_get_undo_label (fx->store));
  set_rotation (fx->store, first, 90);
  /* turning a page is not a change to undo */
  g_assert_cmpstr (karta_store_get_undo_label (fx->store), ==, label);

  second = attach_one (fx, fx->second, "landscape-a3.pdf");
  set_rotation (fx->store, second, 180);
  set_rotation (fx->store, first, 180);
  /* the attachments undo and redo over the turned documents */
  g_assert_true (karta_store_undo (fx->store, &error));
  g_assert_no_error (error);
  g_assert_true (karta_store_undo (fx->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (get_rotation (fx->store, first), ==, 180);
  set_rotation (fx->store, first, 270);
  g_assert_true (karta_store_redo (fx->store, &error));
  g_assert_no_error (error);
  g_assert_true (karta_store_redo (fx->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (get_rotation (fx->store, first), ==, 270);
  g_assert_cmpint (get_rotation (fx->store, second), ==, 180);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, test) g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)
  ADD ("/document-view/kept", test_kept);
  ADD ("/document-view/outside-undo", test_outside_undo);
#undef ADD
  return g_test_run ();
}
