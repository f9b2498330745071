/* karta-page-cache.h — rendered pages kept in memory, within a bound
 *
 * Thread-safe: the renderer's worker adds pages, the main thread looks
 * them up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int page;
  int width; /* pixels, before the rotation */
  int height;
  int rotation;
} KartaPageKey;

typedef struct _KartaPageCache KartaPageCache;

KartaPageCache  *karta_page_cache_new (gsize limit);
void             karta_page_cache_free (KartaPageCache *self);
void             karta_page_cache_set_limit (KartaPageCache *self,
                                             gsize           limit);
gsize            karta_page_cache_get_size (KartaPageCache *self);
cairo_surface_t *karta_page_cache_lookup (KartaPageCache     *self,
                                          const KartaPageKey *key);
void             karta_page_cache_insert (KartaPageCache     *self,
                                          const KartaPageKey *key,
                                          cairo_surface_t    *surface);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPageCache, karta_page_cache_free)

G_END_DECLS
