/* karta-pdf-disk-cache.h — rendered pages of stored documents, on disk
 *
 * Under $XDG_CACHE_HOME/karta/pages/, one folder per document named by its
 * SHA-256: the document's description, and its rendered pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "karta-page-cache.h"

G_BEGIN_DECLS

/* The default bound of the whole cache, in bytes */
#define KARTA_PDF_DISK_CACHE_SIZE ((gsize) 512 * 1024 * 1024)

gboolean         karta_pdf_disk_cache_is_key (const char *sha256);
GVariant        *karta_pdf_disk_cache_read_info (const char *sha256);
gboolean         karta_pdf_disk_cache_write_info (const char *sha256,
                                                  GVariant   *info,
                                                  GError    **error);
cairo_surface_t *karta_pdf_disk_cache_read_page (const char         *sha256,
                                                 const KartaPageKey *key);
gboolean         karta_pdf_disk_cache_write_page (const char         *sha256,
                                                  const KartaPageKey *key,
                                                  cairo_surface_t    *surface,
                                                  GError            **error);
void             karta_pdf_disk_cache_trim (gsize limit);

G_END_DECLS
