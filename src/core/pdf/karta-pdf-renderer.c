/* karta-pdf-renderer.c — the pages of one PDF, drawn by a renderer process
 *
 * Requests become jobs (karta-pdf-jobs.c) in a pool of one thread of its
 * own, sorted by priority and then by age; that thread alone talks to the
 * renderer process (karta-pdf-process.c), one request at a time, for
 * poppler draws one page of a document at a time anyway. A job whose cancellable was
 * cancelled while it waited (a page scrolled away) is dropped unseen.
 * Rendered pages go into the memory cache and, for a stored document,
 * into the disk cache — written by a second thread, which skips pages
 * when it falls behind rather than hold on to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-pdf-disk-cache.h"
#include "karta-pdf-renderer-private.h"

#define OPEN_PRIORITY    (G_PRIORITY_HIGH - 100)
#define MAX_SURFACE_SIDE 32767

G_DEFINE_TYPE (KartaPdfRenderer, karta_pdf_renderer, G_TYPE_OBJECT)

static void
karta_pdf_renderer_finalize (GObject *object)
{
  KartaPdfRenderer *self = KARTA_PDF_RENDERER (object);

  /* no job is left: each holds a reference to the renderer */
  g_thread_pool_free (self->worker, TRUE, TRUE);
  if (self->writer != NULL)
    g_thread_pool_free (self->writer, FALSE, TRUE);
  g_clear_pointer (&self->process, karta_pdf_process_free);
  karta_page_cache_free (self->memory);
  g_clear_pointer (&self->sizes, g_array_unref);
  g_free (self->title);
  g_free (self->file_name);
  g_free (self->sha256);

  G_OBJECT_CLASS (karta_pdf_renderer_parent_class)->finalize (object);
}

static void
karta_pdf_renderer_class_init (KartaPdfRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = karta_pdf_renderer_finalize;
}

static void
karta_pdf_renderer_init (KartaPdfRenderer *self)
{
  self->timeout_ms = KARTA_PDF_PROCESS_TIMEOUT_MS;
  self->memory = karta_page_cache_new (KARTA_PDF_MEMORY_CACHE_SIZE);
  /* an exclusive thread: the renderer process dies with the thread that
   * started it (PR_SET_PDEATHSIG), so that thread must live as long */
  self->worker = g_thread_pool_new_full (karta_pdf_job_run, self, (GDestroyNotify) karta_pdf_job_free,
                                         1, TRUE, NULL);
  g_thread_pool_set_sort_function (self->worker, karta_pdf_job_compare, NULL);
}

KartaPdfRenderer *
karta_pdf_renderer_new (void)
{
  return g_object_new (KARTA_TYPE_PDF_RENDERER, NULL);
}

static void
push_job (KartaPdfRenderer *self,
          KartaPdfJob      *job,
          int               priority)
{
  job->priority = priority;
  job->sequence = self->sequence++;
  g_thread_pool_push (self->worker, job, NULL);
}

static KartaPdfJob *
job_new (KartaPdfRenderer   *self,
         KartaPdfJobKind     kind,
         int                 page,
         GCancellable       *cancellable,
         GAsyncReadyCallback callback,
         gpointer            user_data)
{
  KartaPdfJob *job = g_new0 (KartaPdfJob, 1);

  job->kind = kind;
  job->key.page = page;
  job->task = g_task_new (self, cancellable, callback, user_data);
  return job;
}

/**
 * karta_pdf_renderer_open_async:
 * @file: a local PDF file
 * @sha256: (nullable): its hash in the document store
 * @password: (nullable): the password of an encrypted PDF
 *
 * Opens the document (see karta-pdf-renderer.h). Call it once.
 */
void
karta_pdf_renderer_open_async (KartaPdfRenderer   *self,
                               GFile              *file,
                               const char         *sha256,
                               const char         *password,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autofree char *path = g_file_get_path (file);
  KartaPdfJob     *job;

  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));
  g_return_if_fail (self->process == NULL);

  job = job_new (self, KARTA_PDF_JOB_OPEN, 0, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, karta_pdf_renderer_open_async);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _ ("%s: only files on this computer can be shown"), name);
      karta_pdf_job_free (job);
      return;
    }
  self->file_name = g_filename_display_basename (path);
  self->process = karta_pdf_process_new (path, password);
  if (karta_pdf_disk_cache_is_key (sha256) && (password == NULL || *password == '\0'))
    {
      self->sha256 = g_ascii_strdown (sha256, -1);
      self->writer = g_thread_pool_new_full (karta_pdf_write_job_run, NULL,
                                             (GDestroyNotify) karta_pdf_write_job_free, 1, FALSE, NULL);
      job->cacheable = TRUE;
    }
  push_job (self, job, OPEN_PRIORITY);
}

gboolean
karta_pdf_renderer_open_finish (KartaPdfRenderer *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

int
karta_pdf_renderer_get_n_pages (KartaPdfRenderer *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_RENDERER (self), 0);

  return self->sizes ? (int) self->sizes->len : 0;
}

static gboolean
has_page (KartaPdfRenderer *self,
          int               page)
{
  return self->sizes != NULL && page >= 0 && page < (int) self->sizes->len;
}

/**
 * karta_pdf_renderer_get_page_size:
 * @page: counted from 0
 *
 * The page's size in points, its own /Rotate applied.
 */
void
karta_pdf_renderer_get_page_size (KartaPdfRenderer *self,
                                  int               page,
                                  double           *width,
                                  double           *height)
{
  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));
  g_return_if_fail (has_page (self, page));

  *width = g_array_index (self->sizes, double, 2 * page);
  *height = g_array_index (self->sizes, double, 2 * page + 1);
}

const char *
karta_pdf_renderer_get_title (KartaPdfRenderer *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_RENDERER (self), NULL);

  return self->title;
}

gboolean
karta_pdf_renderer_get_has_text (KartaPdfRenderer *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_RENDERER (self), FALSE);

  return self->has_text;
}

/* Whether the document's owner allows printing it. */
gboolean
karta_pdf_renderer_get_can_print (KartaPdfRenderer *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_RENDERER (self), FALSE);

  return self->can_print;
}

/* Whether the document's owner allows copying its text. */
gboolean
karta_pdf_renderer_get_can_copy (KartaPdfRenderer *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_RENDERER (self), FALSE);

  return self->can_copy;
}

/**
 * karta_pdf_renderer_clamp_scale:
 *
 * Returns: @scale, or the largest scale under the pixel budget (and
 *   cairo's largest surface) for the page if @scale is over it
 */
double
karta_pdf_renderer_clamp_scale (KartaPdfRenderer *self,
                                int               page,
                                double            scale)
{
  double width, height;

  karta_pdf_renderer_get_page_size (self, page, &width, &height);
  scale = MIN (scale, sqrt (KARTA_PDF_PIXEL_BUDGET / (width * height)));
  return MIN (scale, MAX_SURFACE_SIDE / MAX (width, height));
}

static KartaPageKey
make_key (KartaPdfRenderer *self,
          int               page,
          double            scale,
          int               rotation)
{
  double       clamped = karta_pdf_renderer_clamp_scale (self, page, scale);
  KartaPageKey key = { page, 1, 1, ((rotation % 360) + 360) % 360 / 90 * 90 };
  double       width, height;

  karta_pdf_renderer_get_page_size (self, page, &width, &height);
  key.width = (int) CLAMP (round (width * clamped), 1, MAX_SURFACE_SIDE);
  key.height = (int) CLAMP (round (height * clamped), 1, MAX_SURFACE_SIDE);
  if ((gint64) key.width * key.height > KARTA_PDF_PIXEL_BUDGET)
    key.width = KARTA_PDF_PIXEL_BUDGET / key.height;
  return key;
}

/**
 * karta_pdf_renderer_lookup:
 * @page: counted from 0
 * @rotation: the user's, clockwise: 0, 90, 180 or 270
 *
 * Returns: (transfer full) (nullable): the page at this scale and rotation,
 *   if the memory cache has it
 */
cairo_surface_t *
karta_pdf_renderer_lookup (KartaPdfRenderer *self,
                           int               page,
                           double            scale,
                           int               rotation)
{
  KartaPageKey key;

  g_return_val_if_fail (KARTA_IS_PDF_RENDERER (self), NULL);
  g_return_val_if_fail (has_page (self, page), NULL);

  key = make_key (self, page, scale, rotation);
  return karta_page_cache_lookup (self->memory, &key);
}

static gboolean
check_page (KartaPdfRenderer *self,
            KartaPdfJob      *job)
{
  if (has_page (self, job->key.page))
    return TRUE;
  g_task_return_new_error (job->task, KARTA_PDF_ERROR, KARTA_PDF_ERROR_NO_PAGE,
                           _ ("%s: there is no page %d"), self->file_name, job->key.page + 1);
  karta_pdf_job_free (job);
  return FALSE;
}

/**
 * karta_pdf_renderer_render_async:
 * @page: counted from 0
 * @scale: device pixels per point
 * @rotation: the user's, clockwise: 0, 90, 180 or 270
 * @priority: KARTA_PDF_PRIORITY_VISIBLE for what is on screen…
 *
 * Draws a page, from the caches when they have it.
 */
void
karta_pdf_renderer_render_async (KartaPdfRenderer   *self,
                                 int                 page,
                                 double              scale,
                                 int                 rotation,
                                 int                 priority,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  KartaPdfJob     *job;
  cairo_surface_t *surface;

  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));
  g_return_if_fail (scale > 0);

  job = job_new (self, KARTA_PDF_JOB_RENDER, page, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, karta_pdf_renderer_render_async);
  if (!check_page (self, job))
    return;
  job->key = make_key (self, page, scale, rotation);
  if ((surface = karta_page_cache_lookup (self->memory, &job->key)) != NULL)
    {
      g_task_return_pointer (job->task, surface, (GDestroyNotify) cairo_surface_destroy);
      karta_pdf_job_free (job);
      return;
    }
  push_job (self, job, priority);
}

/**
 * karta_pdf_renderer_render_finish:
 *
 * Returns: (transfer full): the page, or %NULL with %KARTA_PDF_ERROR_NOT_DRAWN
 */
cairo_surface_t *
karta_pdf_renderer_render_finish (KartaPdfRenderer *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * karta_pdf_renderer_find_async:
 * @page: counted from 0
 *
 * Finds @text on a page, ignoring case.
 */
void
karta_pdf_renderer_find_async (KartaPdfRenderer   *self,
                               int                 page,
                               const char         *text,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  KartaPdfJob *job;

  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));
  g_return_if_fail (text != NULL);

  job = job_new (self, KARTA_PDF_JOB_FIND, page, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, karta_pdf_renderer_find_async);
  job->text = g_strdup (text);
  if (check_page (self, job))
    push_job (self, job, KARTA_PDF_PRIORITY_NEARBY);
}

/**
 * karta_pdf_renderer_find_finish:
 *
 * Returns: (transfer full) (element-type KartaPdfRect): the matches, in
 *   points from the page's top left corner
 */
GArray *
karta_pdf_renderer_find_finish (KartaPdfRenderer *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * karta_pdf_renderer_get_text_async:
 * @page: counted from 0
 * @area: (nullable): a part of the page, in points from its top left corner
 */
void
karta_pdf_renderer_get_text_async (KartaPdfRenderer   *self,
                                   int                 page,
                                   const KartaPdfRect *area,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  KartaPdfJob *job;

  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));

  job = job_new (self, KARTA_PDF_JOB_GET_TEXT, page, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, karta_pdf_renderer_get_text_async);
  job->has_area = area != NULL;
  if (area != NULL)
    job->area = *area;
  if (check_page (self, job))
    push_job (self, job, KARTA_PDF_PRIORITY_VISIBLE);
}

/**
 * karta_pdf_renderer_get_text_finish:
 *
 * Returns: (transfer full): the text, "" where there is none
 */
char *
karta_pdf_renderer_get_text_finish (KartaPdfRenderer *self,
                                    GAsyncResult     *result,
                                    GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
karta_pdf_renderer_set_cache_size (KartaPdfRenderer *self,
                                   gsize             bytes)
{
  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));

  karta_page_cache_set_limit (self->memory, bytes);
}

/* Read by the worker thread when a request starts. */
void
karta_pdf_renderer_set_timeout (KartaPdfRenderer *self,
                                guint             milliseconds)
{
  g_return_if_fail (KARTA_IS_PDF_RENDERER (self));

  g_atomic_int_set (&self->timeout_ms, MIN (milliseconds, G_MAXINT));
}
