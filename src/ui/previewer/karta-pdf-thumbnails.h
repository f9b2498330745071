/* karta-pdf-thumbnails.h — small pictures of the pages of a PDF, to go to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-pdf-renderer.h"

G_BEGIN_DECLS

#define KARTA_TYPE_PDF_THUMBNAILS (karta_pdf_thumbnails_get_type ())
G_DECLARE_FINAL_TYPE (KartaPdfThumbnails, karta_pdf_thumbnails, KARTA, PDF_THUMBNAILS, AdwBin)

GtkWidget *karta_pdf_thumbnails_new (void);
void       karta_pdf_thumbnails_set_renderer (KartaPdfThumbnails *self,
                                              KartaPdfRenderer   *renderer);
guint      karta_pdf_thumbnails_get_page (KartaPdfThumbnails *self);
void       karta_pdf_thumbnails_set_page (KartaPdfThumbnails *self,
                                          guint               page);
void       karta_pdf_thumbnails_set_rotation (KartaPdfThumbnails *self,
                                              int                 rotation);

G_END_DECLS
