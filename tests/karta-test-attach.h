/* karta-test-attach.h — a library with a roadmap to attach documents to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "karta-attach.h"
#include "karta-file-store.h"
#include "karta-error.h"
#include "karta-test-util.h"

typedef struct
{
  char          *dir;
  char          *documents_dir;
  KartaStore    *store;
  KartaRoadmap  *roadmap;
  KartaActivity *first; /* owned by roadmap */
  KartaActivity *second;
} Fixture;

static inline void
collect_activities (GPtrArray *sections,
                    GPtrArray *out)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KartaSection *section = g_ptr_array_index (sections, i);
      for (guint j = 0; j < section->activities->len; j++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, j);
          if (activity->number != NULL)
            g_ptr_array_add (out, activity);
        }
      collect_activities (section->sections, out);
    }
}

static inline void
fixture_set_up (Fixture      *fx,
                gconstpointer data)
{
  g_autoptr (GPtrArray) activities = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  (void) data;
  fx->dir = karta_test_make_dir ();
  fx->store = karta_test_open_library (fx->dir);
  fx->documents_dir = karta_file_store_dir (fx->store);
  id = karta_test_add_sample (fx->store, "004-leningrad-oblast-2022.json");
  fx->roadmap = karta_store_load_roadmap (fx->store, id, &error);
  g_assert_no_error (error);
  collect_activities (fx->roadmap->sections, activities);
  g_assert_cmpuint (activities->len, >=, 2);
  fx->first = g_ptr_array_index (activities, 0);
  fx->second = g_ptr_array_index (activities, 1);
}

static inline void
fixture_tear_down (Fixture      *fx,
                   gconstpointer data)
{
  (void) data;
  g_clear_pointer (&fx->roadmap, karta_roadmap_unref);
  g_clear_object (&fx->store);
  karta_test_remove_tree (fx->dir);
  g_free (fx->documents_dir);
  g_free (fx->dir);
}

static inline char *
pdf_path (const char *name)
{
  return g_build_filename (g_getenv ("KARTA_TEST_DATA"), "pdf", name, NULL);
}

static inline GFile *
pdf_file (const char *name)
{
  g_autofree char *path = pdf_path (name);

  return g_file_new_for_path (path);
}

static inline KartaAttachBatch *
new_batch (Fixture       *fx,
           KartaActivity *activity)
{
  KartaDocumentTarget target = { .activity_id = activity->id };
  g_autoptr (GError) error = NULL;
  KartaAttachBatch *batch = karta_attach_batch_new (fx->store, &target, &error);

  g_assert_no_error (error);
  return batch;
}

/* What karta-cli attach does: a batch of one file; a refusal becomes an
 * error "name: reason". */
static inline GArray *
attach (Fixture       *fx,
        KartaActivity *activity,
        const char    *name,
        const char    *password,
        GError       **error)
{
  g_autoptr (KartaAttachBatch) batch = new_batch (fx, activity);
  g_autoptr (GFile) file = pdf_file (name);
  GPtrArray *refused;

  karta_attach_batch_set_password (batch, password);
  karta_attach_batch_add_file (batch, file);
  g_assert_true (karta_attach_batch_store_files (batch, NULL, NULL, NULL));
  refused = karta_attach_batch_get_refused (batch);
  if (refused->len > 0)
    {
      const KartaAttachRefusal *refusal = g_ptr_array_index (refused, 0);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, "%s: %s", refusal->file_name, refusal->reason);
      return NULL;
    }
  return karta_attach_batch_link (batch, error);
}

static inline KartaDocument *
find_document (GPtrArray *documents,
               gint64     id)
{
  for (guint i = 0; i < documents->len; i++)
    if (((KartaDocument *) g_ptr_array_index (documents, i))->id == id)
      return g_ptr_array_index (documents, i);
  return NULL;
}

static inline guint
count_files (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint       n = 0;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      n += g_file_test (child, G_FILE_TEST_IS_DIR) ? count_files (child) : 1;
    }
  return n;
}

/* The messages are compared in English */
static inline void
attach_test_init (int    *argc,
                  char ***argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (argc, argv, NULL);
}

/* A test that runs in a fresh Fixture */
#define ADD_FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
