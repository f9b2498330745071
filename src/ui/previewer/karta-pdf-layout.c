/* karta-pdf-layout.c — where the pages of a document go in a continuous view
 *
 * Pages are stacked top to bottom, each centred, with a gap between them
 * and around them. The tops are computed once per zoom or rotation, so
 * that finding the pages on screen is a binary search, whatever the length
 * of the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-layout"

#include "config.h"

#include <math.h>

#include "karta-pdf-layout.h"

void
karta_pdf_layout_init (KartaPdfLayout        *self,
                       const graphene_size_t *sizes,
                       guint                  n_pages)
{
  self->sizes = g_array_sized_new (FALSE, FALSE, sizeof (graphene_size_t), n_pages);
  g_array_append_vals (self->sizes, sizes, n_pages);
  self->tops = g_new0 (double, n_pages + 1);
  self->zoom = 1.0;
  self->rotation = 0;
  self->width = self->height = 0;
}

void
karta_pdf_layout_clear (KartaPdfLayout *self)
{
  g_clear_pointer (&self->sizes, g_array_unref);
  g_clear_pointer (&self->tops, g_free);
  self->width = self->height = 0;
}

guint
karta_pdf_layout_get_n_pages (const KartaPdfLayout *self)
{
  return self->sizes != NULL ? self->sizes->len : 0;
}

static gboolean
is_turned (int rotation)
{
  return rotation == 90 || rotation == 270;
}

/* The size of @page on screen, in px, turned by the view's rotation */
void
karta_pdf_layout_page_size (const KartaPdfLayout *self,
                            guint                 page,
                            double               *width,
                            double               *height)
{
  const graphene_size_t *size = &g_array_index (self->sizes, graphene_size_t, page);
  double                 w = size->width * self->zoom, h = size->height * self->zoom;

  *width = is_turned (self->rotation) ? h : w;
  *height = is_turned (self->rotation) ? w : h;
}

void
karta_pdf_layout_update (KartaPdfLayout *self,
                         double          zoom,
                         int             rotation)
{
  guint  n_pages = karta_pdf_layout_get_n_pages (self);
  double y = KARTA_PDF_LAYOUT_GAP, widest = 0;

  self->zoom = zoom;
  self->rotation = rotation;
  for (guint i = 0; i < n_pages; i++)
    {
      double width, height;

      karta_pdf_layout_page_size (self, i, &width, &height);
      self->tops[i] = y;
      y += height + KARTA_PDF_LAYOUT_GAP;
      widest = MAX (widest, width);
    }
  self->tops[n_pages] = y;
  self->width = widest + 2 * KARTA_PDF_LAYOUT_GAP;
  self->height = y;
}

/* Where @page is drawn, in content px (before scrolling), when the view is
 * @view_width px wide: centred if the view is wider than the pages */
void
karta_pdf_layout_page_rect (const KartaPdfLayout *self,
                            guint                 page,
                            double                view_width,
                            graphene_rect_t      *rect)
{
  double width, height;

  karta_pdf_layout_page_size (self, page, &width, &height);
  graphene_rect_init (rect, (MAX (view_width, self->width) - width) / 2, self->tops[page], width, height);
}

/* The page at content height @y (px), or the one before the gap @y is in */
guint
karta_pdf_layout_page_at (const KartaPdfLayout *self,
                          double                y)
{
  guint low = 0, high = karta_pdf_layout_get_n_pages (self);

  if (high == 0)
    return 0;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (self->tops[middle] <= y)
        low = middle;
      else
        high = middle;
    }
  return low;
}

/* The zoom at which the widest page fills @view_width */
double
karta_pdf_layout_fit_width (const KartaPdfLayout *self,
                            double                view_width)
{
  double widest = 0;

  for (guint i = 0; i < karta_pdf_layout_get_n_pages (self); i++)
    {
      const graphene_size_t *size = &g_array_index (self->sizes, graphene_size_t, i);
      widest = MAX (widest, is_turned (self->rotation) ? size->height : size->width);
    }
  if (widest <= 0)
    return 1.0;
  return MAX (view_width - 2 * KARTA_PDF_LAYOUT_GAP, 1) / widest;
}

/* The zoom at which the whole of @page fits in the view */
double
karta_pdf_layout_fit_page (const KartaPdfLayout *self,
                           guint                 page,
                           double                view_width,
                           double                view_height)
{
  const graphene_size_t *size = &g_array_index (self->sizes, graphene_size_t, page);
  double                 width = is_turned (self->rotation) ? size->height : size->width;
  double                 height = is_turned (self->rotation) ? size->width : size->height;

  if (width <= 0 || height <= 0)
    return 1.0;
  return MIN (MAX (view_width - 2 * KARTA_PDF_LAYOUT_GAP, 1) / width,
              MAX (view_height - 2 * KARTA_PDF_LAYOUT_GAP, 1) / height);
}

/* The point of @page (in points, from its top left corner as the document
 * shows it) under (@x, @y) in content px; @page_rect from
 * karta_pdf_layout_page_rect() */
void
karta_pdf_layout_to_page (const KartaPdfLayout  *self,
                          guint                  page,
                          const graphene_rect_t *page_rect,
                          double                 x,
                          double                 y,
                          double                *page_x,
                          double                *page_y)
{
  const graphene_size_t *size = &g_array_index (self->sizes, graphene_size_t, page);
  double                 u = (x - page_rect->origin.x) / self->zoom, v = (y - page_rect->origin.y) / self->zoom;

  switch (self->rotation)
    {
    case 90:
      *page_x = v;
      *page_y = size->height - u;
      break;
    case 180:
      *page_x = size->width - u;
      *page_y = size->height - v;
      break;
    case 270:
      *page_x = size->width - v;
      *page_y = u;
      break;
    default:
      *page_x = u;
      *page_y = v;
    }
}

static void
point_from_page (const KartaPdfLayout  *self,
                 const graphene_size_t *size,
                 double                 x,
                 double                 y,
                 graphene_point_t      *point)
{
  switch (self->rotation)
    {
    case 90:
      graphene_point_init (point, size->height - y, x);
      break;
    case 180:
      graphene_point_init (point, size->width - x, size->height - y);
      break;
    case 270:
      graphene_point_init (point, y, size->width - x);
      break;
    default:
      graphene_point_init (point, x, y);
    }
  point->x *= self->zoom;
  point->y *= self->zoom;
}

/* @area of @page (points, as for karta_pdf_layout_to_page()) in content px */
void
karta_pdf_layout_from_page (const KartaPdfLayout  *self,
                            guint                  page,
                            const graphene_rect_t *page_rect,
                            const graphene_rect_t *area,
                            graphene_rect_t       *result)
{
  const graphene_size_t *size = &g_array_index (self->sizes, graphene_size_t, page);
  graphene_point_t       a, b;

  point_from_page (self, size, area->origin.x, area->origin.y, &a);
  point_from_page (self, size, area->origin.x + area->size.width, area->origin.y + area->size.height, &b);
  graphene_rect_init (result, page_rect->origin.x + MIN (a.x, b.x), page_rect->origin.y + MIN (a.y, b.y),
                      fabs (b.x - a.x), fabs (b.y - a.y));
}
