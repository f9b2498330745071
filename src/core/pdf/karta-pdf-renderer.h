/* karta-pdf-renderer.h — the pages of one PDF, drawn by a renderer process
 *
 * A scanned PDF is untrusted input and poppler cannot be interrupted inside
 * a render, so poppler runs in a small process (karta-page-renderer) with
 * limits on its memory and CPU time; a request that outlives its deadline
 * gets the process killed (it is started again for the next request) and
 * fails with %KARTA_PDF_ERROR_NOT_DRAWN. Nothing here blocks the caller's
 * thread on poppler: every request is asynchronous, served one at a time in
 * the order of their priorities, and completes in the thread default main
 * context of the caller. A renderer lives until its requests are done:
 * cancel those no longer needed (pages scrolled away, a closed view), and
 * they are dropped before they reach poppler.
 *
 * Pages are counted from 0, in the coordinates of karta-pdf-common.h; the
 * user's rotation (0, 90, 180 or 270 degrees, clockwise) is applied only to
 * the rendered surfaces — use karta_pdf_rect_rotate() to turn a rectangle
 * with the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "karta-pdf-common.h"

G_BEGIN_DECLS

/* Requests without a cancellable of their own are never dropped; the most
 * urgent priority is the lowest number, as with G_PRIORITY_*. */
#define KARTA_PDF_PRIORITY_VISIBLE   G_PRIORITY_HIGH
#define KARTA_PDF_PRIORITY_NEARBY    G_PRIORITY_DEFAULT
#define KARTA_PDF_PRIORITY_THUMBNAIL G_PRIORITY_LOW

/* The default bound of the memory cache of rendered pages, in bytes. */
#define KARTA_PDF_MEMORY_CACHE_SIZE (96 * 1024 * 1024)

#define KARTA_TYPE_PDF_RENDERER (karta_pdf_renderer_get_type ())
G_DECLARE_FINAL_TYPE (KartaPdfRenderer, karta_pdf_renderer, KARTA, PDF_RENDERER, GObject)

KartaPdfRenderer *karta_pdf_renderer_new (void);

/* Opening: the document's description, or why it cannot be shown (a
 * KARTA_ERROR naming the file: NEEDS_PASSWORD, WRONG_PASSWORD, INVALID for
 * what is not a PDF or is empty, CORRUPT for a damaged PDF). @sha256, the
 * hash the document store keeps the file under, turns on the disk cache of
 * rendered pages (a document opened with a password is never kept there);
 * with it, a document shown before opens and draws its first pages
 * without starting the renderer at all. Open a renderer once. */
void     karta_pdf_renderer_open_async (KartaPdfRenderer   *self,
                                        GFile              *file,
                                        const char         *sha256,
                                        const char         *password,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
gboolean karta_pdf_renderer_open_finish (KartaPdfRenderer *self,
                                         GAsyncResult     *result,
                                         GError          **error);

/* What an open document is (valid once opening succeeded) */
int         karta_pdf_renderer_get_n_pages (KartaPdfRenderer *self);
void        karta_pdf_renderer_get_page_size (KartaPdfRenderer *self,
                                              int               page,
                                              double           *width,
                                              double           *height);
const char *karta_pdf_renderer_get_title (KartaPdfRenderer *self);
gboolean    karta_pdf_renderer_get_has_text (KartaPdfRenderer *self);
gboolean    karta_pdf_renderer_get_can_print (KartaPdfRenderer *self);
gboolean    karta_pdf_renderer_get_can_copy (KartaPdfRenderer *self);

/* Drawing: @scale is in device pixels per point (the zoom times the
 * display's scale factor); clamp_scale() tells what a scale becomes under
 * the pixel budget. A rendered page is a new reference to an ARGB32 image
 * surface of the page's size times the clamped scale, rounded (width and
 * height swapped at 90 and 270 degrees); lookup() returns one from the
 * memory cache, or %NULL, without waiting. */
double           karta_pdf_renderer_clamp_scale (KartaPdfRenderer *self,
                                                 int               page,
                                                 double            scale);
cairo_surface_t *karta_pdf_renderer_lookup (KartaPdfRenderer *self,
                                            int               page,
                                            double            scale,
                                            int               rotation);
void             karta_pdf_renderer_render_async (KartaPdfRenderer   *self,
                                                  int                 page,
                                                  double              scale,
                                                  int                 rotation,
                                                  int                 priority,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
cairo_surface_t *karta_pdf_renderer_render_finish (KartaPdfRenderer *self,
                                                   GAsyncResult     *result,
                                                   GError          **error);

/* Text, where the document has a text layer: find() gives a GArray of
 * KartaPdfRect, one per match (empty where nothing is found); get_text()
 * the text of the page, or of @area of it when @area is not %NULL. */
void    karta_pdf_renderer_find_async (KartaPdfRenderer   *self,
                                       int                 page,
                                       const char         *text,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
GArray *karta_pdf_renderer_find_finish (KartaPdfRenderer *self,
                                        GAsyncResult     *result,
                                        GError          **error);
void    karta_pdf_renderer_get_text_async (KartaPdfRenderer   *self,
                                           int                 page,
                                           const KartaPdfRect *area,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
char   *karta_pdf_renderer_get_text_finish (KartaPdfRenderer *self,
                                            GAsyncResult     *result,
                                            GError          **error);

/* Bounds: the memory cache's size in bytes (default
 * %KARTA_PDF_MEMORY_CACHE_SIZE), and how long one request may take before
 * the renderer is killed (default 10 s). */
void karta_pdf_renderer_set_cache_size (KartaPdfRenderer *self,
                                        gsize             bytes);
void karta_pdf_renderer_set_timeout (KartaPdfRenderer *self,
                                     guint             milliseconds);

G_END_DECLS
