/* karta-pdf-jobs.c — what the renderer's worker thread does
 *
 * One job at a time, in the order of karta_pdf_job_compare(): open the
 * document (from the disk cache when it was seen before), draw a page
 * (from the caches when they have it), find or read text. The renderer
 * process is started when a job first needs it; a job that fails because
 * the process was stopped gets an error that says so and names the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-pdf-disk-cache.h"
#include "karta-pdf-pixels.h"
#include "karta-pdf-renderer-private.h"

/* at most this many pages wait to be written to disk: more would be held
 * outside the memory cache's bound while scrolling fast */
#define MAX_PENDING_WRITES 2

void
karta_pdf_job_free (KartaPdfJob *job)
{
  g_clear_object (&job->task);
  g_free (job->text);
  g_clear_error (&job->error);
  if (job->result != NULL)
    job->free_result (job->result);
  g_free (job);
}

static void
job_return_pointer (KartaPdfJob   *job,
                    gpointer       result,
                    GDestroyNotify free_result)
{
  job->result = result;
  job->free_result = free_result;
}

static gboolean
complete (gpointer data)
{
  KartaPdfJob *job = data;

  if (g_task_return_error_if_cancelled (job->task))
    ;
  else if (job->error != NULL)
    g_task_return_error (job->task, g_steal_pointer (&job->error));
  else if (job->kind == KARTA_PDF_JOB_OPEN)
    g_task_return_boolean (job->task, TRUE);
  else
    g_task_return_pointer (job->task, g_steal_pointer (&job->result), job->free_result);
  return G_SOURCE_REMOVE;
}

/* Returns what the job found in its task's main context, and frees it
 * there: the task holds the renderer, whose finalize waits for the worker
 * thread, so the last reference must never go in that thread. */
static void
complete_in_main_context (KartaPdfJob *job)
{
  GSource *source = g_idle_source_new ();

  g_source_set_callback (source, complete, job, (GDestroyNotify) karta_pdf_job_free);
  g_source_set_static_name (source, "[karta] PDF job done");
  g_source_attach (source, g_task_get_context (job->task));
  g_source_unref (source);
}

void
karta_pdf_write_job_free (KartaPdfWriteJob *job)
{
  g_free (job->sha256);
  cairo_surface_destroy (job->surface);
  g_free (job);
}

int
karta_pdf_job_compare (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  const KartaPdfJob *first = a, *second = b;

  if (first->priority != second->priority)
    return first->priority < second->priority ? -1 : 1;
  return first->sequence < second->sequence ? -1 : first->sequence > second->sequence;
}

/* The error of a request whose renderer was stopped (the error is in
 * G_IO_ERROR) or that the renderer refused. */
static void
fail_request (KartaPdfRenderer *self,
              KartaPdfJob      *job,
              GError           *error)
{
  int     page = job->key.page;
  GError *reported;

  if (error->domain != G_IO_ERROR)
    {
      job->error = error;
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    reported = g_error_new (KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN,
                            _ ("%s: page %d could not be drawn: it took too long"),
                            self->file_name, page + 1);
  else
    reported = g_error_new (KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN,
                            _ ("%s: page %d could not be drawn: the renderer stopped (%s)"),
                            self->file_name, page + 1, error->message);
  g_error_free (error);
  job->error = reported;
}

static gboolean
read_info (KartaPdfRenderer *self,
           GVariant         *info)
{
  g_autoptr (GVariantIter) sizes = NULL;
  double      size[2];
  const char *title;

  g_variant_get (info, "(&sbbba(dd))", &title, &self->has_text, &self->can_print, &self->can_copy, &sizes);
  self->title = *title ? g_strdup (title) : NULL;
  self->sizes = g_array_new (FALSE, FALSE, sizeof size);
  while (g_variant_iter_next (sizes, "(dd)", &size[0], &size[1]))
    {
      if (!(size[0] >= 1 && size[1] >= 1 && size[0] <= 1e6 && size[1] <= 1e6))
        size[0] = size[1] = 1; /* poppler could not tell: drawn blank */
      g_array_append_vals (self->sizes, size, 1);
    }
  return self->sizes->len > 0;
}

static guint
request_timeout (KartaPdfRenderer *self)
{
  return g_atomic_int_get (&self->timeout_ms);
}

static GVariant *
open_document (KartaPdfRenderer *self,
               gboolean          cacheable,
               GError          **error)
{
  g_autoptr (GError) local_error = NULL;
  GVariant *info = NULL;

  if (cacheable && (info = karta_pdf_disk_cache_read_info (self->sha256)) != NULL)
    {
      /* a description with pages, or one to write again */
      g_autoptr (GVariant) sizes = g_variant_get_child_value (info, 4);
      if (g_variant_n_children (sizes) > 0)
        return info;
      g_clear_pointer (&info, g_variant_unref);
    }
  info = karta_pdf_process_open (self->process, request_timeout (self), &local_error);
  if (info == NULL && local_error->domain == G_IO_ERROR)
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT,
                 _ ("%s: could not be opened: the renderer stopped (%s)"), self->file_name,
                 local_error->message);
  else if (info == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (cacheable && !karta_pdf_disk_cache_write_info (self->sha256, info, &local_error))
    g_debug ("%s", local_error->message);
  return info;
}

static void
run_open (KartaPdfRenderer *self,
          KartaPdfJob      *job)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) info = open_document (self, job->cacheable, &error);

  if (info == NULL)
    job->error = g_steal_pointer (&error);
  else if (!read_info (self, info))
    job->error = g_error_new (KARTA_ERROR, KARTA_ERROR_CORRUPT, _ ("%s: damaged or incomplete PDF"),
                              self->file_name);
}

void
karta_pdf_write_job_run (gpointer data,
                         gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  KartaPdfWriteJob *job = data;

  if (!karta_pdf_disk_cache_write_page (job->sha256, &job->key, job->surface, &error))
    g_debug ("%s", error->message);
  else
    karta_pdf_disk_cache_trim (KARTA_PDF_DISK_CACHE_SIZE);
  karta_pdf_write_job_free (job);
}

static void
keep_on_disk (KartaPdfRenderer   *self,
              const KartaPageKey *key,
              cairo_surface_t    *surface)
{
  KartaPdfWriteJob *job;

  if (self->writer == NULL || g_thread_pool_unprocessed (self->writer) >= MAX_PENDING_WRITES)
    return;
  job = g_new0 (KartaPdfWriteJob, 1);
  job->sha256 = g_strdup (self->sha256);
  job->key = *key;
  job->surface = cairo_surface_reference (surface);
  g_thread_pool_push (self->writer, job, NULL);
}

static cairo_surface_t *
surface_from_pixels (GVariant *body,
                     gpointer  pixels,
                     gsize     length,
                     int       width,
                     int       height)
{
  int reply_width, reply_height, stride;

  g_variant_get (body, "(iii)", &reply_width, &reply_height, &stride);
  if (reply_width != width || reply_height != height ||
      stride != cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width) ||
      length != (gsize) stride * height)
    return NULL;
  return karta_pdf_pixels_wrap (pixels, width, height);
}

static cairo_surface_t *
render_in_process (KartaPdfRenderer   *self,
                   const KartaPageKey *key,
                   GError            **error)
{
  gboolean         turned = key->rotation == 90 || key->rotation == 270;
  KartaPdfFrame    reply = { 0 };
  gpointer         pixels = NULL;
  cairo_surface_t *surface = NULL;
  GVariant        *body = g_variant_new ("(iiii)", key->page, key->width, key->height, key->rotation);

  if (!karta_pdf_process_request (self->process, KARTA_PDF_MESSAGE_RENDER, body, request_timeout (self),
                                  &reply, &pixels, error))
    return NULL;
  surface = surface_from_pixels (reply.body, pixels, reply.data_length,
                                 turned ? key->height : key->width, turned ? key->width : key->height);
  karta_pdf_frame_clear (&reply);
  if (surface == NULL)
    {
      karta_pdf_pixels_free (pixels);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not the pixels asked for");
    }
  return surface;
}

static void
run_render (KartaPdfRenderer *self,
            KartaPdfJob      *job)
{
  GError          *error = NULL;
  cairo_surface_t *surface = karta_page_cache_lookup (self->memory, &job->key);

  if (surface == NULL && self->sha256 != NULL)
    surface = karta_pdf_disk_cache_read_page (self->sha256, &job->key);
  if (surface == NULL && (surface = render_in_process (self, &job->key, &error)) != NULL)
    keep_on_disk (self, &job->key, surface);
  if (surface == NULL)
    {
      fail_request (self, job, error);
      return;
    }
  karta_page_cache_insert (self->memory, &job->key, surface);
  job_return_pointer (job, surface, (GDestroyNotify) cairo_surface_destroy);
}

static GArray *
read_rects (GVariant *body)
{
  GArray *rects = g_array_new (FALSE, FALSE, sizeof (KartaPdfRect));
  g_autoptr (GVariantIter) iter = NULL;
  KartaPdfRect rect;

  g_variant_get (body, "(a(dddd))", &iter);
  while (g_variant_iter_next (iter, "(dddd)", &rect.x, &rect.y, &rect.width, &rect.height))
    g_array_append_val (rects, rect);
  return rects;
}

static char *
read_text (GVariant *body)
{
  char *text;

  g_variant_get (body, "(s)", &text);
  return text;
}

static void
run_text_request (KartaPdfRenderer *self,
                  KartaPdfJob      *job)
{
  gboolean      find = job->kind == KARTA_PDF_JOB_FIND;
  KartaPdfFrame reply = { 0 };
  GError       *error = NULL;
  GVariant     *body;

  if (find)
    body = g_variant_new ("(is)", job->key.page, job->text);
  else
    body = g_variant_new ("(ib(dddd))", job->key.page, job->has_area,
                          job->area.x, job->area.y, job->area.width, job->area.height);
  if (!karta_pdf_process_request (self->process, find ? KARTA_PDF_MESSAGE_FIND : KARTA_PDF_MESSAGE_GET_TEXT,
                                  body, request_timeout (self), &reply, NULL, &error))
    fail_request (self, job, error);
  else if (find)
    job_return_pointer (job, read_rects (reply.body), (GDestroyNotify) g_array_unref);
  else
    job_return_pointer (job, read_text (reply.body), g_free);
  karta_pdf_frame_clear (&reply);
}

void
karta_pdf_job_run (gpointer data,
                   gpointer user_data)
{
  KartaPdfRenderer *self = user_data;
  KartaPdfJob      *job = data;

  /* a page scrolled away: nothing to do */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (job->task)))
    ;
  else if (job->kind == KARTA_PDF_JOB_OPEN)
    run_open (self, job);
  else if (job->kind == KARTA_PDF_JOB_RENDER)
    run_render (self, job);
  else
    run_text_request (self, job);
  complete_in_main_context (job);
}
