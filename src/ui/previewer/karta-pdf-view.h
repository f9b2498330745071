/* karta-pdf-view.h — the pages of a PDF one below the other, drawn as they
 * scroll into view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "karta-pdf-renderer.h"

G_BEGIN_DECLS

/* A match of a search: an area of a page, in points (karta-pdf-renderer.h) */
typedef struct
{
  guint        page;
  KartaPdfRect area;
} KartaPdfMatch;

typedef enum
{
  KARTA_PDF_SIZING_AUTOMATIC, /* the width of the view, but no larger than real size */
  KARTA_PDF_SIZING_FIT_WIDTH,
  KARTA_PDF_SIZING_FIT_PAGE,
  KARTA_PDF_SIZING_FREE,
} KartaPdfSizing;

/* px per point at real size: 96 dpi */
#define KARTA_PDF_VIEW_REAL_SIZE (96.0 / 72.0)
#define KARTA_PDF_VIEW_MIN_ZOOM  0.1
#define KARTA_PDF_VIEW_MAX_ZOOM  8.0

#define KARTA_TYPE_PDF_VIEW (karta_pdf_view_get_type ())
G_DECLARE_FINAL_TYPE (KartaPdfView, karta_pdf_view, KARTA, PDF_VIEW, GtkWidget)

GtkWidget        *karta_pdf_view_new (void);
void              karta_pdf_view_set_renderer (KartaPdfView     *self,
                                               KartaPdfRenderer *renderer);
KartaPdfRenderer *karta_pdf_view_get_renderer (KartaPdfView *self);
guint             karta_pdf_view_get_page (KartaPdfView *self);
void              karta_pdf_view_set_page (KartaPdfView *self,
                                           guint         page);
double            karta_pdf_view_get_zoom (KartaPdfView *self);
void              karta_pdf_view_set_zoom (KartaPdfView *self,
                                           double        zoom);
void              karta_pdf_view_zoom_by (KartaPdfView *self,
                                          double        factor);
KartaPdfSizing    karta_pdf_view_get_sizing (KartaPdfView *self);
void              karta_pdf_view_set_sizing (KartaPdfView  *self,
                                             KartaPdfSizing sizing);
int               karta_pdf_view_get_rotation (KartaPdfView *self);
void              karta_pdf_view_set_rotation (KartaPdfView *self,
                                               int           rotation);
void              karta_pdf_view_set_matches (KartaPdfView *self,
                                              GArray       *matches);
void              karta_pdf_view_show_match (KartaPdfView *self,
                                             guint         index);
gboolean          karta_pdf_view_get_selection (KartaPdfView *self,
                                                guint        *page,
                                                KartaPdfRect *area);
gboolean          karta_pdf_view_page_is_drawn (KartaPdfView *self,
                                                guint         page);
gboolean          karta_pdf_view_page_is_drawing (KartaPdfView *self,
                                                  guint         page);

GdkTexture *karta_pdf_texture_new (cairo_surface_t *surface);

G_END_DECLS
