/* karta-pdf-layout.h — where the pages of a document go in a continuous
 * view: sizes at a zoom and a rotation, gaps, fitting and hit-testing
 *
 * Plain geometry, without widgets, so that it is tested without a display.
 * Page sizes are in points as the document shows its pages (their own
 * /Rotate applied); the view's rotation turns them further.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <graphene.h>
#include <glib.h>

G_BEGIN_DECLS

#define KARTA_PDF_LAYOUT_GAP 12.0 /* px between pages and around them */

typedef struct
{
  GArray *sizes;    /* of graphene_size_t: each page in points */
  double *tops;     /* each page's top edge in px, then the bottom of the last */
  double  zoom;     /* px per point */
  int     rotation; /* clockwise: 0, 90, 180 or 270 */
  double  width;    /* the widest page and the gaps beside it, px */
  double  height;   /* every page and gap, px */
} KartaPdfLayout;

void   karta_pdf_layout_init (KartaPdfLayout        *self,
                              const graphene_size_t *sizes,
                              guint                  n_pages);
void   karta_pdf_layout_clear (KartaPdfLayout *self);
guint  karta_pdf_layout_get_n_pages (const KartaPdfLayout *self);
void   karta_pdf_layout_update (KartaPdfLayout *self,
                                double          zoom,
                                int             rotation);
void   karta_pdf_layout_page_size (const KartaPdfLayout *self,
                                   guint                 page,
                                   double               *width,
                                   double               *height);
void   karta_pdf_layout_page_rect (const KartaPdfLayout *self,
                                   guint                 page,
                                   double                view_width,
                                   graphene_rect_t      *rect);
guint  karta_pdf_layout_page_at (const KartaPdfLayout *self,
                                 double                y);
double karta_pdf_layout_fit_width (const KartaPdfLayout *self,
                                   double                view_width);
double karta_pdf_layout_fit_page (const KartaPdfLayout *self,
                                  guint                 page,
                                  double                view_width,
                                  double                view_height);
void   karta_pdf_layout_to_page (const KartaPdfLayout  *self,
                                 guint                  page,
                                 const graphene_rect_t *page_rect,
                                 double                 x,
                                 double                 y,
                                 double                *page_x,
                                 double                *page_y);
void   karta_pdf_layout_from_page (const KartaPdfLayout  *self,
                                   guint                  page,
                                   const graphene_rect_t *page_rect,
                                   const graphene_rect_t *area,
                                   graphene_rect_t       *result);

G_END_DECLS
