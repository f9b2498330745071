/* karta-poppler-document.c — poppler's side of the page renderer
 *
 * The document is checked and described by karta_poppler_inspect(), as
 * when it is attached, and the document it opened is kept for drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-poppler-document.h"
#include "karta-poppler-inspect.h"

struct _KartaPopplerDocument
{
  PopplerDocument *pdf;
  KartaDocument   *description;
};

KartaPopplerDocument *
karta_poppler_document_open (const char *path,
                             const char *password,
                             GError    **error)
{
  PopplerDocument *pdf = NULL;
  g_autoptr (KartaDocument) description = karta_poppler_inspect (path, password, &pdf, error);
  KartaPopplerDocument *self;

  if (description == NULL)
    return NULL;
  self = g_new0 (KartaPopplerDocument, 1);
  self->pdf = pdf;
  self->description = g_steal_pointer (&description);
  return self;
}

void
karta_poppler_document_free (KartaPopplerDocument *self)
{
  g_clear_object (&self->pdf);
  g_clear_pointer (&self->description, karta_document_free);
  g_free (self);
}

/* The body of an INFO frame: title, text, permissions, page sizes. */
GVariant *
karta_poppler_document_describe (KartaPopplerDocument *self)
{
  PopplerPermissions permissions = poppler_document_get_permissions (self->pdf);
  int                n_pages = poppler_document_get_n_pages (self->pdf);
  GVariantBuilder    sizes;

  g_variant_builder_init (&sizes, G_VARIANT_TYPE ("a(dd)"));
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (self->pdf, i);
      double width = 0, height = 0;

      /* the size with the page's own /Rotate applied */
      if (page != NULL)
        poppler_page_get_size (page, &width, &height);
      g_variant_builder_add (&sizes, "(dd)", width, height);
    }
  return g_variant_new ("(sbbba(dd))",
                        self->description->title ? self->description->title : "",
                        self->description->has_text,
                        (permissions & POPPLER_PERMISSIONS_OK_TO_PRINT) != 0,
                        (permissions & POPPLER_PERMISSIONS_OK_TO_COPY) != 0,
                        &sizes);
}

static PopplerPage *
get_page (KartaPopplerDocument *self,
          int                   index,
          GError              **error)
{
  PopplerPage *page = NULL;

  if (index >= 0 && index < poppler_document_get_n_pages (self->pdf))
    page = poppler_document_get_page (self->pdf, index);
  if (page == NULL)
    g_set_error (error, KARTA_PDF_ERROR, KARTA_PDF_ERROR_NO_PAGE,
                 _ ("%s: there is no page %d"), self->description->file_name, index + 1);
  return page;
}

/* Turns @cr clockwise by @rotation around a surface of @width × @height. */
static void
rotate_context (cairo_t *cr,
                int      width,
                int      height,
                int      rotation)
{
  switch (rotation)
    {
    case 90:
      cairo_translate (cr, width, 0);
      break;
    case 180:
      cairo_translate (cr, width, height);
      break;
    case 270:
      cairo_translate (cr, 0, height);
      break;
    default:
      return;
    }
  cairo_rotate (cr, rotation * G_PI / 180);
}

/**
 * karta_poppler_document_page:
 * @width: (in pixels) the page's width before @rotation
 * @height: (in pixels) its height before @rotation
 *
 * Draws a page on white, turned clockwise by @rotation.
 */
cairo_surface_t *
karta_poppler_document_page (KartaPopplerDocument *self,
                             int                   index,
                             int                   width,
                             int                   height,
                             int                   rotation,
                             GError              **error)
{
  g_autoptr (PopplerPage) page = get_page (self, index, error);
  gboolean         turned = rotation == 90 || rotation == 270;
  cairo_surface_t *surface;
  double           page_width, page_height;
  cairo_t         *cr;

  if (page == NULL)
    return NULL;
  poppler_page_get_size (page, &page_width, &page_height);
  if (!(page_width > 0 && page_height > 0))
    {
      g_set_error (error, KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN, _ ("%s: page %d could not be drawn: %s"),
                   self->description->file_name, index + 1, _ ("it has no size"));
      return NULL;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, turned ? height : width, turned ? width : height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  rotate_context (cr, turned ? height : width, turned ? width : height, rotation);
  cairo_scale (cr, width / page_width, height / page_height);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN, _ ("%s: page %d could not be drawn: %s"),
                   self->description->file_name, index + 1,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

/* The body of a RECTS frame: the matches of @text, top left origin. */
GVariant *
karta_poppler_document_find (KartaPopplerDocument *self,
                             int                   index,
                             const char           *text,
                             GError              **error)
{
  g_autoptr (PopplerPage) page = get_page (self, index, error);
  GVariantBuilder rects;
  double          width, height;
  GList          *matches;

  if (page == NULL)
    return NULL;
  poppler_page_get_size (page, &width, &height);
  matches = poppler_page_find_text (page, text);
  g_variant_builder_init (&rects, G_VARIANT_TYPE ("a(dddd)"));
  for (GList *l = matches; l != NULL; l = l->next)
    {
      PopplerRectangle *match = l->data;

      /* poppler counts y up from the bottom of the page */
      g_variant_builder_add (&rects, "(dddd)", match->x1, height - match->y2,
                             match->x2 - match->x1, match->y2 - match->y1);
    }
  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
  return g_variant_new ("(a(dddd))", &rects);
}

/* The text of a page, or of @area of it (top left origin). */
char *
karta_poppler_document_get_text (KartaPopplerDocument *self,
                                 int                   index,
                                 const KartaPdfRect   *area,
                                 GError              **error)
{
  g_autoptr (PopplerPage) page = get_page (self, index, error);
  PopplerRectangle rect;
  char            *text;

  if (page == NULL)
    return NULL;
  if (area == NULL)
    text = poppler_page_get_text (page);
  else
    {
      rect = (PopplerRectangle){ area->x, area->y, area->x + area->width, area->y + area->height };
      text = poppler_page_get_text_for_area (page, &rect);
    }
  return text ? text : g_strdup ("");
}
