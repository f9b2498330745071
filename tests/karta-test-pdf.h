/* karta-test-pdf.h — the PDF renderer's requests, waited for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "karta-pdf-renderer.h"
#include "karta-test-util.h"

/* GTK declares it; the core tests have no GTK */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/* The renderer keeps its pages under $XDG_CACHE_HOME: a test program gets
 * a cache of its own, set before GLib reads the variable. Returns the
 * cache's directory, for karta_test_pdf_run(). */
static inline char *
karta_test_pdf_init (int    *argc,
                     char ***argv)
{
  char *cache = karta_test_make_dir ();

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (argc, argv, NULL);
  return cache;
}

/* Runs the tests, then removes (and frees) @cache */
static inline int
karta_test_pdf_run (char *cache)
{
  int status = g_test_run ();

  karta_test_remove_tree (cache);
  g_free (cache);
  return status;
}

/* The corpus of PDFs, in tests/data/pdf. */
static inline char *
karta_test_pdf_path (const char *name)
{
  return g_build_filename (g_getenv ("KARTA_TEST_DATA"), "pdf", name, NULL);
}

static inline void
karta_test_keep_result (GObject      *source,
                        GAsyncResult *result,
                        gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* Runs the main context until the request that reports into @slot ends. */
static inline GAsyncResult *
karta_test_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* A renderer on tests/data/pdf/@name, or %NULL and @error. */
static inline KartaPdfRenderer *
karta_test_pdf_open (const char *name,
                     const char *sha256,
                     const char *password,
                     GError    **error)
{
  g_autofree char *path = g_file_test (name, G_FILE_TEST_EXISTS) ? g_strdup (name) : karta_test_pdf_path (name);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KartaPdfRenderer) renderer = karta_pdf_renderer_new ();
  g_autoptr (GAsyncResult) result = NULL;

  karta_pdf_renderer_open_async (renderer, file, sha256, password, NULL, karta_test_keep_result, &result);
  if (!karta_pdf_renderer_open_finish (renderer, karta_test_wait (&result), error))
    return NULL;
  return g_steal_pointer (&renderer);
}

/* A renderer on a file that opens. */
static inline KartaPdfRenderer *
karta_test_pdf_open_good (const char *name)
{
  g_autoptr (GError) error = NULL;
  KartaPdfRenderer *renderer = karta_test_pdf_open (name, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (renderer);
  return renderer;
}

static inline cairo_surface_t *
karta_test_pdf_render (KartaPdfRenderer *renderer,
                       int               page,
                       double            scale,
                       int               rotation,
                       GError          **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  karta_pdf_renderer_render_async (renderer, page, scale, rotation, KARTA_PDF_PRIORITY_VISIBLE, NULL,
                                   karta_test_keep_result, &result);
  return karta_pdf_renderer_render_finish (renderer, karta_test_wait (&result), error);
}

/* Drops the renderer and waits until it is gone, with its pages written
 * to the disk cache. */
static inline void
karta_test_pdf_close (KartaPdfRenderer **renderer)
{
  GObject *gone = G_OBJECT (*renderer);

  g_object_add_weak_pointer (gone, (gpointer *) &gone);
  g_clear_object (renderer);
  while (gone != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* The /proc folders of this process's karta-page-renderer children. */
static inline GPtrArray *
karta_test_pdf_renderer_processes (void)
{
  g_autoptr (GDir) proc = g_dir_open ("/proc", 0, NULL);
  GPtrArray  *dirs = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *stat_path = g_build_filename ("/proc", name, "stat", NULL);
      g_autofree char *stat = NULL;
      const char      *end;

      /* "pid (name) state parent-pid …" */
      if (g_file_get_contents (stat_path, &stat, NULL, NULL) && strstr (stat, "(karta-page-ren") != NULL &&
          (end = strrchr (stat, ')')) != NULL && strlen (end) > 4 && atoi (end + 4) == getpid ())
        g_ptr_array_add (dirs, g_build_filename ("/proc", name, NULL));
    }
  return dirs;
}

/* A number from a line of a /proc file, after @label: a limit, a size. */
static inline gint64
karta_test_proc_value (const char *dir,
                       const char *file,
                       const char *label)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *contents = NULL;
  const char      *line;

  if (!g_file_get_contents (path, &contents, NULL, NULL) || (line = strstr (contents, label)) == NULL)
    return -1;
  line += strlen (label);
  while (*line == ' ' || *line == ':' || *line == '\t')
    line++;
  return g_ascii_strtoll (line, NULL, 10);
}
