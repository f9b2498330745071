/* karta-pdf-pixels.h — memory for rendered pages, mapped from the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

gpointer         karta_pdf_pixels_new (gsize length);
void             karta_pdf_pixels_free (gpointer pixels);
cairo_surface_t *karta_pdf_pixels_wrap (gpointer pixels,
                                        int      width,
                                        int      height);
cairo_surface_t *karta_pdf_pixels_surface_new (int width,
                                               int height);

G_END_DECLS
