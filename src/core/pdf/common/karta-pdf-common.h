/* karta-pdf-common.h — what both sides of the page renderer's socket know
 *
 * The error domain of drawing, the rectangles of a page and the pixel
 * budget of one rendered page: shared by the client (src/core/pdf) and the
 * sandboxed helper (src/core/pdf/helper), which links nothing else of
 * Karta's but src/core/base.
 *
 * Coordinates: page sizes and rectangles are in points, as the document
 * shows its pages (each page's own /Rotate applied), with the origin at the
 * top left corner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KARTA_PDF_ERROR (karta_pdf_error_quark ())

typedef enum
{
  KARTA_PDF_ERROR_NOT_DRAWN, /* the renderer crashed, hit a limit or took too long */
  KARTA_PDF_ERROR_NO_PAGE,   /* a page number out of range */
} KartaPdfError;

GQuark karta_pdf_error_quark (void);

/* At most this many pixels per rendered page, whatever the scale. */
#define KARTA_PDF_PIXEL_BUDGET (32 * 1024 * 1024)

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} KartaPdfRect;

void karta_pdf_rect_rotate (const KartaPdfRect *rect,
                            double              page_width,
                            double              page_height,
                            int                 rotation,
                            KartaPdfRect       *result);

G_END_DECLS
