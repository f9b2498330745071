/* karta-pdf-common.c — what both sides of the page renderer's socket know
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-pdf-common.h"

G_DEFINE_QUARK (karta - pdf - error - quark, karta_pdf_error)

/**
 * karta_pdf_rect_rotate:
 * @rotation: clockwise: 0, 90, 180 or 270
 *
 * Where @rect of a page of @page_width × @page_height points is once the
 * page is turned by @rotation.
 */
void
karta_pdf_rect_rotate (const KartaPdfRect *rect,
                       double              page_width,
                       double              page_height,
                       int                 rotation,
                       KartaPdfRect       *result)
{
  KartaPdfRect turned = *rect;

  switch (((rotation % 360) + 360) % 360)
    {
    case 90:
      turned = (KartaPdfRect){ page_height - rect->y - rect->height, rect->x, rect->height, rect->width };
      break;
    case 180:
      turned = (KartaPdfRect){ page_width - rect->x - rect->width, page_height - rect->y - rect->height,
                               rect->width, rect->height };
      break;
    case 270:
      turned = (KartaPdfRect){ rect->y, page_width - rect->x - rect->width, rect->height, rect->width };
      break;
    default:
      break;
    }
  *result = turned;
}
