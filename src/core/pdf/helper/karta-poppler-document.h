/* karta-poppler-document.h — poppler's side of the page renderer
 *
 * Used inside the karta-page-renderer process only: whatever poppler does
 * with an untrusted file happens there, under that process's limits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "karta-pdf-common.h"

G_BEGIN_DECLS

typedef struct _KartaPopplerDocument KartaPopplerDocument;

KartaPopplerDocument *karta_poppler_document_open (const char *path,
                                                   const char *password,
                                                   GError    **error);
void                  karta_poppler_document_free (KartaPopplerDocument *self);
GVariant             *karta_poppler_document_describe (KartaPopplerDocument *self);
cairo_surface_t      *karta_poppler_document_page (KartaPopplerDocument *self,
                                                   int                   page,
                                                   int                   width,
                                                   int                   height,
                                                   int                   rotation,
                                                   GError              **error);
GVariant             *karta_poppler_document_find (KartaPopplerDocument *self,
                                                   int                   page,
                                                   const char           *text,
                                                   GError              **error);
char                 *karta_poppler_document_get_text (KartaPopplerDocument *self,
                                                       int                   page,
                                                       const KartaPdfRect   *area,
                                                       GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPopplerDocument, karta_poppler_document_free)

G_END_DECLS
