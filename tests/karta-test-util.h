/* karta-test-util.h — temporary libraries for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "karta-interchange.h"
#include "karta-library.h"
#include "karta-pdf-inspector.h"

static inline void
karta_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_chmod (child, 0700);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        karta_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_chmod (path, 0700);
  g_rmdir (path);
}

/* A fresh library folder, removed when the test ends. */
static inline char *
karta_test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("karta-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline KartaStore *
karta_test_open_library (const char *dir)
{
  g_autoptr (GError) error = NULL;
  KartaStore *store = karta_library_open (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static inline char *
karta_test_sample_path (const char *name)
{
  return g_build_filename (g_getenv ("KARTA_SAMPLES_DIR"), name, NULL);
}

static inline gint64
karta_test_add_sample (KartaStore *store,
                       const char *name)
{
  g_autofree char *path = karta_test_sample_path (name);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_interchange_load_file (path, &error);
  gint64 id;

  g_assert_no_error (error);
  id = karta_store_add_roadmap (store, roadmap, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* What the helper process reads of a PDF, for the tests' checks. */
static inline KartaDocument *
karta_test_inspect_pdf (const char *path,
                        const char *password,
                        GError    **error)
{
  g_autoptr (KartaPdfInspector) inspector = karta_pdf_inspector_new ();

  return karta_pdf_inspector_inspect (inspector, path, password, NULL, error);
}

/* To tell that a file was left exactly as it was. */
static inline char *
karta_test_checksum_of (const char *path)
{
  g_autofree char *data = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

static inline int
karta_test_compare_doubles (const void *a,
                            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @n measurements (sorts them). */
static inline double
karta_test_median (double *values,
                   guint   n)
{
  qsort (values, n, sizeof (double), karta_test_compare_doubles);
  return values[n / 2];
}
