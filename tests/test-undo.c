/* test-undo.c — every user action undoes and redoes as one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-error.h"
#include "karta-test-util.h"

typedef struct
{
  char       *dir;
  KartaStore *store;
  gint64      roadmap_id;
  GArray     *changes; /* of Change, as signalled */
} Fixture;

typedef struct
{
  KartaStoreChange  kind;
  KartaStoreSubject subjects;
  gint64            id;
} Change;

static void
on_changed (KartaStore       *store,
            KartaStoreChange  kind,
            const char       *label,
            KartaStoreSubject subjects,
            gint64            id,
            Fixture          *fixture)
{
  Change change = { kind, subjects, id };

  g_assert_nonnull (label);
  g_array_append_val (fixture->changes, change);
}

static void
run_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->dir = karta_test_make_dir ();
  fixture->store = karta_test_open_library (fixture->dir);
  fixture->roadmap_id = karta_test_add_sample (fixture->store, "000-frunzensky-2022.json");
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  karta_store_flush_changes (fixture->store); /* the sample's import */
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  g_array_unref (fixture->changes);
  karta_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KartaRoadmap *
load (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  KartaRoadmap *roadmap = karta_store_load_roadmap (fixture->store, fixture->roadmap_id, &error);

  g_assert_no_error (error);
  return roadmap;
}

static KartaActivity *
activity_at (KartaRoadmap *roadmap,
             guint         section,
             guint         index)
{
  KartaSection *s = g_ptr_array_index (roadmap->sections, section);

  return g_ptr_array_index (s->activities, index);
}

static void
set_title (Fixture    *fixture,
           const char *title)
{
  g_autoptr (KartaRoadmap) roadmap = load (fixture);
  g_autoptr (KartaActivity) edited = karta_activity_copy (activity_at (roadmap, 0, 1));
  g_autoptr (GError) error = NULL;

  g_free (edited->title);
  edited->title = g_strdup (title);
  g_assert_true (karta_store_update_activity (fixture->store, edited, &error));
  g_assert_no_error (error);
}

static char *
title_now (Fixture *fixture)
{
  g_autoptr (KartaRoadmap) roadmap = load (fixture);

  return g_strdup (activity_at (roadmap, 0, 1)->title);
}

static void
test_edit_undo_redo (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *original = title_now (fixture);
  g_autofree char *after_edit = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *after_redo = NULL;
  g_autoptr (GError) error = NULL;

  g_autoptr (KartaRoadmap) roadmap = load (fixture);
  gint64 activity_id = activity_at (roadmap, 0, 1)->id;

  set_title (fixture, "Изменённое название");
  /* told once the editing call has returned, from the main context */
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  run_main_context ();
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  after_edit = title_now (fixture);
  g_assert_cmpstr (after_edit, ==, "Изменённое название");

  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  after_undo = title_now (fixture);
  g_assert_cmpstr (after_undo, ==, original);
  g_assert_true (karta_store_can_redo (fixture->store));

  g_assert_true (karta_store_redo (fixture->store, &error));
  after_redo = title_now (fixture);
  g_assert_cmpstr (after_redo, ==, "Изменённое название");

  karta_store_flush_changes (fixture->store);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  g_assert_cmpint (g_array_index (fixture->changes, Change, 0).kind, ==, KARTA_STORE_CHANGE_EDIT);
  g_assert_cmpint (g_array_index (fixture->changes, Change, 1).kind, ==, KARTA_STORE_CHANGE_UNDO);
  g_assert_cmpint (g_array_index (fixture->changes, Change, 2).kind, ==, KARTA_STORE_CHANGE_REDO);
  /* what changed: the one activity, in all three */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (g_array_index (fixture->changes, Change, i).subjects, ==, KARTA_STORE_SUBJECT_ACTIVITIES);
      g_assert_cmpint (g_array_index (fixture->changes, Change, i).id, ==, activity_id);
    }
}

static void
test_new_edit_forgets_redo (Fixture      *fixture,
                            gconstpointer data)
{
  set_title (fixture, "Первое");
  g_assert_true (karta_store_undo (fixture->store, NULL));
  g_assert_true (karta_store_can_redo (fixture->store));
  set_title (fixture, "Второе");
  g_assert_false (karta_store_can_redo (fixture->store));
}

static void
test_unchanged_edit_is_no_step (Fixture      *fixture,
                                gconstpointer data)
{
  g_autofree char *title = title_now (fixture);

  g_assert_true (karta_store_can_undo (fixture->store)); /* the import */
  set_title (fixture, title);
  run_main_context ();
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_true (g_str_has_prefix (karta_store_get_undo_label (fixture->store), "Add roadmap"));
}

static void
test_delete_activity_undo (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (KartaRoadmap) before = load (fixture);
  g_autoptr (KartaActivity) edited = karta_activity_copy (activity_at (before, 1, 0));
  g_autoptr (KartaRoadmap) restored = NULL;
  g_autoptr (GError) error = NULL;
  KartaActivity *back;

  /* Give the activity rows in every dependent table first. */
  g_ptr_array_add (edited->schools, karta_ref_new (0, "ГБОУ № 305"));
  g_ptr_array_add (edited->executions, karta_execution_new (-1, KARTA_STATUS_IN_PROGRESS));
  g_assert_true (karta_store_update_activity (fixture->store, edited, &error));

  g_assert_true (karta_store_delete_activity (fixture->store, edited->id, &error));
  g_assert_true (karta_store_undo (fixture->store, &error));
  g_assert_no_error (error);

  restored = load (fixture);
  back = karta_roadmap_find_activity (restored, edited->id);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->title, ==, edited->title);
  g_assert_cmpuint (back->schedule->spans->len, ==, edited->schedule->spans->len);
  g_assert_cmpuint (back->schools->len, ==, 1);
  g_assert_cmpuint (back->executions->len, ==, 1);
  g_assert_cmpuint (karta_roadmap_count_activities (restored), ==, karta_roadmap_count_activities (before));
}

static void
test_undo_import (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (karta_store_undo (fixture->store, &error));
  roadmaps = karta_store_list_roadmaps (fixture->store, &error);
  g_assert_cmpuint (roadmaps->len, ==, 0);
  g_assert_false (karta_store_can_undo (fixture->store));
  g_assert_false (karta_store_undo (fixture->store, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (karta_store_redo (fixture->store, &error));
  g_clear_pointer (&roadmaps, g_ptr_array_unref);
  roadmaps = karta_store_list_roadmaps (fixture->store, &error);
  g_assert_cmpuint (roadmaps->len, ==, 1);
}

static void
test_undo_conflict (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (KartaStore) other = karta_test_open_library (fixture->dir);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  set_title (fixture, "Здесь");
  /* Another program changes the same row after us. */
  {
    g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (other, fixture->roadmap_id, NULL);
    g_autoptr (KartaActivity) edited = karta_activity_copy (activity_at (roadmap, 0, 1));
    g_free (edited->title);
    edited->title = g_strdup ("Там");
    g_assert_true (karta_store_update_activity (other, edited, NULL));
  }
  g_assert_false (karta_store_undo (fixture->store, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_CONFLICT);
  title = title_now (fixture);
  g_assert_cmpstr (title, ==, "Там");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/undo/edit-undo-redo", test_edit_undo_redo);
  ADD ("/undo/new-edit-forgets-redo", test_new_edit_forgets_redo);
  ADD ("/undo/unchanged-edit", test_unchanged_edit_is_no_step);
  ADD ("/undo/delete-activity", test_delete_activity_undo);
  ADD ("/undo/import", test_undo_import);
  ADD ("/undo/conflict", test_undo_conflict);
#undef ADD
  return g_test_run ();
}
