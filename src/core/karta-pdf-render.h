/* karta-pdf-render.h — poppler's side of the page renderer
 *
 * Used inside the karta-page-renderer process only: whatever poppler does
 * with an untrusted file happens there, under that process's limits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "karta-pdf-renderer.h"

G_BEGIN_DECLS

typedef struct _KartaPdfRender KartaPdfRender;

KartaPdfRender  *karta_pdf_render_open     (const char          *path,
                                            const char          *password,
                                            GError             **error);
void             karta_pdf_render_free     (KartaPdfRender      *self);
GVariant        *karta_pdf_render_describe (KartaPdfRender      *self);
cairo_surface_t *karta_pdf_render_page     (KartaPdfRender      *self,
                                            int                  page,
                                            int                  width,
                                            int                  height,
                                            int                  rotation,
                                            GError             **error);
GVariant        *karta_pdf_render_find     (KartaPdfRender      *self,
                                            int                  page,
                                            const char          *text,
                                            GError             **error);
char            *karta_pdf_render_get_text (KartaPdfRender      *self,
                                            int                  page,
                                            const KartaPdfRect  *area,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPdfRender, karta_pdf_render_free)

G_END_DECLS
