/* karta-samples.c — the sample roadmaps an empty library is offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-interchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-interchange.h"
#include "karta-samples.h"

/**
 * karta_samples_dir:
 *
 * Returns: (transfer full): the folder of the sample roadmaps:
 *   $KARTA_SAMPLES_DIR, else the installed data, else the source tree's
 */
char *
karta_samples_dir (void)
{
  const char      *from_env = g_getenv ("KARTA_SAMPLES_DIR");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "samples", NULL);

  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  return g_strdup (SOURCE_SAMPLES_DIR);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static GPtrArray *
list_json_files (const char *dir,
                 GError    **error)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, error);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return NULL;
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  return g_steal_pointer (&paths);
}

/**
 * karta_samples_load:
 * @samples_dir: a folder of interchange JSON files
 * @n_added: (out) (optional): how many were added
 *
 * Adds the sample roadmaps the library does not have yet
 * (karta_store_find_same_roadmap()) as one undoable action.
 */
gboolean
karta_samples_load (KartaStore *store,
                    const char *samples_dir,
                    guint      *n_added,
                    GError    **error)
{
  g_autoptr (GPtrArray) paths = list_json_files (samples_dir, error);
  g_autoptr (GPtrArray) roadmaps = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_roadmap_unref);

  if (paths == NULL)
    return FALSE;
  if (paths->len == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("There are no sample roadmaps in “%s”"), samples_dir);
      return FALSE;
    }
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr (KartaRoadmap) roadmap = karta_interchange_load_file (g_ptr_array_index (paths, i), error);
      g_autoptr (KartaRoadmapSummary) present = NULL;
      g_autoptr (GError) local_error = NULL;

      if (roadmap == NULL)
        return FALSE;
      present = karta_store_find_same_roadmap (store, roadmap, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (present == NULL)
        g_ptr_array_add (roadmaps, g_steal_pointer (&roadmap));
    }
  if (n_added != NULL)
    *n_added = roadmaps->len;
  return roadmaps->len == 0 || karta_store_add_roadmaps (store, roadmaps, _ ("Load sample roadmaps"), error);
}
