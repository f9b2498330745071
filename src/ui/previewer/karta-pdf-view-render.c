/* karta-pdf-view-render.c — the textures of the pages in view
 *
 * The pages in view are asked of the renderer first, the ones beside them
 * next; a page that leaves the neighbourhood of the view loses its texture
 * and its render is cancelled, so memory follows the size of the window,
 * not the length of the document. Until a page's texture at the current
 * zoom arrives, the old one is drawn scaled, or a blank sheet of the
 * page's shape. Textures share the pixels of the renderer's surfaces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "karta-pdf-view-private.h"

#define KEEP_AROUND 2 /* pages beyond the view keeping their textures */

typedef struct
{
  KartaPdfView *view;
  GCancellable *cancellable;
  guint         page;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_object_unref (job->view);
  g_object_unref (job->cancellable);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RenderJob, render_job_free)

/**
 * karta_pdf_texture_new:
 * @surface: an image surface from the renderer
 *
 * Returns: (transfer full): a texture sharing the pixels of @surface
 */
GdkTexture *
karta_pdf_texture_new (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr (GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy, cairo_surface_reference (surface));
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
stop_rendering (KartaPdfViewPage *page)
{
  if (page->rendering != NULL)
    g_cancellable_cancel (page->rendering);
  g_clear_object (&page->rendering);
}

static void
forget_page (KartaPdfViewPage *page)
{
  stop_rendering (page);
  g_clear_object (&page->texture);
}

static void
set_texture (KartaPdfViewPage *page,
             cairo_surface_t  *surface,
             double            scale,
             int               rotation)
{
  g_set_object (&page->texture, NULL);
  page->texture = karta_pdf_texture_new (surface);
  page->texture_scale = scale;
  page->texture_rotation = rotation;
}

static void
on_rendered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (RenderJob) job = user_data;
  g_autoptr (GError) error = NULL;
  cairo_surface_t  *surface = karta_pdf_renderer_render_finish (KARTA_PDF_RENDERER (source), result, &error);
  KartaPdfView     *self = job->view;
  KartaPdfViewPage *page;

  if (g_cancellable_is_cancelled (job->cancellable))
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return;
    }
  page = &self->pages[job->page];
  if (surface != NULL)
    {
      set_texture (page, surface, page->rendering_scale, page->rendering_rotation);
      cairo_surface_destroy (surface);
    }
  else
    {
      g_message ("Page %u could not be drawn: %s", job->page + 1, error->message);
      page->failed = TRUE;
    }
  g_clear_object (&page->rendering);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Device px per point for page @index at the current zoom, as the
 * renderer will draw it */
static double
wanted_scale (KartaPdfView *self,
              guint         index)
{
  return karta_pdf_renderer_clamp_scale (self->renderer, index,
                                         self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

/* A page that takes longer than this to draw says that it is being drawn */
#define PROGRESS_DELAY_MS 300

static gboolean
show_progress (gpointer data)
{
  KartaPdfView *self = data;

  self->progress_timeout = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Starts drawing @index at the current zoom unless it is drawn or being
 * drawn already; takes it from the renderer's memory cache if it is there */
static void
request_page (KartaPdfView *self,
              guint         index,
              int           priority)
{
  KartaPdfViewPage *page = &self->pages[index];
  double            scale = wanted_scale (self, index);
  cairo_surface_t  *surface;
  RenderJob        *job;

  if (page->failed || (page->texture != NULL && page->texture_scale == scale && page->texture_rotation == self->rotation) || (page->rendering != NULL && page->rendering_scale == scale && page->rendering_rotation == self->rotation))
    return;
  stop_rendering (page);
  surface = karta_pdf_renderer_lookup (self->renderer, index, scale, self->rotation);
  if (surface != NULL)
    {
      set_texture (page, surface, scale, self->rotation);
      cairo_surface_destroy (surface);
      return;
    }
  page->rendering = g_cancellable_new ();
  page->rendering_since = g_get_monotonic_time ();
  /* a draw once the newest request is past the delay: those before it are too */
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  self->progress_timeout = g_timeout_add (PROGRESS_DELAY_MS + 20, show_progress, self);
  page->rendering_scale = scale;
  page->rendering_rotation = self->rotation;
  job = g_new0 (RenderJob, 1);
  job->view = g_object_ref (self);
  job->cancellable = g_object_ref (page->rendering);
  job->page = index;
  karta_pdf_renderer_render_async (self->renderer, index, scale, self->rotation, priority, page->rendering,
                                   on_rendered, job);
}

/**
 * karta_pdf_view_update_renders:
 *
 * Asks for the pages in view and beside it at the current zoom, and drops
 * the textures of the pages far from it.
 */
void
karta_pdf_view_update_renders (KartaPdfView *self)
{
  guint  n_pages = karta_pdf_layout_get_n_pages (&self->layout), first, last;
  double x, y, height = gtk_widget_get_height (GTK_WIDGET (self));

  if (n_pages == 0 || self->renderer == NULL || !self->laid_out || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  karta_pdf_view_content_origin (self, &x, &y);
  first = karta_pdf_layout_page_at (&self->layout, -y);
  last = karta_pdf_layout_page_at (&self->layout, -y + height);
  for (guint i = first; i <= last; i++)
    request_page (self, i, KARTA_PDF_PRIORITY_VISIBLE);
  if (last + 1 < n_pages)
    request_page (self, last + 1, KARTA_PDF_PRIORITY_NEARBY);
  if (first > 0)
    request_page (self, first - 1, KARTA_PDF_PRIORITY_NEARBY);
  for (guint i = 0; i < n_pages; i++)
    if (i + KEEP_AROUND < first || i > last + KEEP_AROUND)
      forget_page (&self->pages[i]);
}

void
karta_pdf_view_clear_pages (KartaPdfView *self)
{
  for (guint i = 0; self->pages != NULL && i < karta_pdf_layout_get_n_pages (&self->layout); i++)
    forget_page (&self->pages[i]);
  g_clear_pointer (&self->pages, g_free);
}

/* @message in the middle of the part of the page in view */
static void
snapshot_message (KartaPdfView          *self,
                  GtkSnapshot           *snapshot,
                  const graphene_rect_t *page_rect,
                  const char            *message)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), message);
  const GdkRGBA   grey = { 0.4, 0.4, 0.4, 1 };
  graphene_rect_t view = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                                             gtk_widget_get_height (GTK_WIDGET (self)));
  graphene_rect_t visible, *rect = &visible;
  int             text_height;

  if (!graphene_rect_intersection (page_rect, &view, &visible))
    return;
  pango_layout_set_width (layout, rect->size.width * 0.8 * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect->origin.x + rect->size.width * 0.1,
                                                          rect->origin.y + (rect->size.height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &grey);
  gtk_snapshot_restore (snapshot);
}

/**
 * karta_pdf_view_snapshot_page:
 * @rect: where the page goes, in widget px
 *
 * Draws the sheet of @page, and its texture on it once there is one.
 */
void
karta_pdf_view_snapshot_page (KartaPdfView          *self,
                              GtkSnapshot           *snapshot,
                              guint                  page,
                              const graphene_rect_t *rect)
{
  KartaPdfViewPage *state = &self->pages[page];
  const GdkRGBA     paper = { 1, 1, 1, 1 }, shadow = { 0, 0, 0, 0.25 };
  GskRoundedRect    outline;

  gsk_rounded_rect_init_from_rect (&outline, rect, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 1, 3);
  gtk_snapshot_append_color (snapshot, &paper, rect);
  if (state->texture != NULL && state->texture_rotation == self->rotation)
    gtk_snapshot_append_texture (snapshot, state->texture, rect);
  else if (state->failed)
    snapshot_message (self, snapshot, rect, _ ("This page could not be drawn"));
  else if (karta_pdf_view_page_is_drawing (self, page))
    snapshot_message (self, snapshot, rect, _ ("Drawing the page…"));
}

/**
 * karta_pdf_view_page_is_drawing:
 *
 * Returns: whether @page, not shown yet, has been drawing for long enough
 *   to say so
 */
gboolean
karta_pdf_view_page_is_drawing (KartaPdfView *self,
                                guint         page)
{
  const KartaPdfViewPage *state;

  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), FALSE);
  g_return_val_if_fail (page < karta_pdf_layout_get_n_pages (&self->layout), FALSE);

  state = &self->pages[page];
  return state->rendering != NULL && !(state->texture != NULL && state->texture_rotation == self->rotation) &&
         g_get_monotonic_time () - state->rendering_since >= PROGRESS_DELAY_MS * 1000;
}

/**
 * karta_pdf_view_page_is_drawn:
 *
 * Returns: whether @page has its texture at the current zoom and rotation
 */
gboolean
karta_pdf_view_page_is_drawn (KartaPdfView *self,
                              guint         page)
{
  KartaPdfViewPage *state;

  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), FALSE);

  if (page >= karta_pdf_layout_get_n_pages (&self->layout))
    return FALSE;
  state = &self->pages[page];
  return state->texture != NULL && state->texture_rotation == self->rotation && state->texture_scale == wanted_scale (self, page);
}
