/* karta-page-cache.c — rendered pages kept in memory, within a bound
 *
 * Least recently used first out, counted in bytes of pixels: a queue of
 * entries, most recent at its head, and a table to find them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <string.h>

#include "karta-page-cache.h"

typedef struct
{
  KartaPageKey     key;
  cairo_surface_t *surface;
  gsize            size;
} Entry;

struct _KartaPageCache
{
  GMutex      lock;
  GHashTable *links;   /* KartaPageKey* → GList* of entries */
  GQueue      entries; /* of Entry*, the most recently used first */
  gsize       size;
  gsize       limit;
};

static guint
key_hash (gconstpointer data)
{
  const KartaPageKey *key = data;

  return ((guint) key->page * 7919u) ^ ((guint) key->width * 31u) ^ ((guint) key->height << 7) ^
         (guint) key->rotation;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  return memcmp (a, b, sizeof (KartaPageKey)) == 0;
}

static gsize
surface_size (cairo_surface_t *surface)
{
  return (gsize) cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface);
}

KartaPageCache *
karta_page_cache_new (gsize limit)
{
  KartaPageCache *self = g_new0 (KartaPageCache, 1);

  g_mutex_init (&self->lock);
  self->links = g_hash_table_new (key_hash, key_equal);
  self->limit = limit;
  return self;
}

static void
entry_free (Entry *entry)
{
  cairo_surface_destroy (entry->surface);
  g_free (entry);
}

static void
remove_link (KartaPageCache *self,
             GList          *link)
{
  Entry *entry = link->data;

  g_hash_table_remove (self->links, &entry->key);
  g_queue_delete_link (&self->entries, link);
  self->size -= entry->size;
  entry_free (entry);
}

/* Called with the lock held. */
static void
trim (KartaPageCache *self)
{
  while (self->size > self->limit && self->entries.tail != NULL)
    remove_link (self, self->entries.tail);
}

void
karta_page_cache_free (KartaPageCache *self)
{
  g_hash_table_destroy (self->links);
  g_queue_clear_full (&self->entries, (GDestroyNotify) entry_free);
  g_mutex_clear (&self->lock);
  g_free (self);
}

void
karta_page_cache_set_limit (KartaPageCache *self,
                            gsize           limit)
{
  g_mutex_lock (&self->lock);
  self->limit = limit;
  trim (self);
  g_mutex_unlock (&self->lock);
}

/* The bytes of pixels kept. */
gsize
karta_page_cache_get_size (KartaPageCache *self)
{
  gsize size;

  g_mutex_lock (&self->lock);
  size = self->size;
  g_mutex_unlock (&self->lock);
  return size;
}

/**
 * karta_page_cache_lookup:
 *
 * Returns: (transfer full) (nullable): the page, now the most recently used
 */
cairo_surface_t *
karta_page_cache_lookup (KartaPageCache     *self,
                         const KartaPageKey *key)
{
  cairo_surface_t *surface = NULL;
  GList           *link;

  g_mutex_lock (&self->lock);
  if ((link = g_hash_table_lookup (self->links, key)) != NULL)
    {
      g_queue_unlink (&self->entries, link);
      g_queue_push_head_link (&self->entries, link);
      surface = cairo_surface_reference (((Entry *) link->data)->surface);
    }
  g_mutex_unlock (&self->lock);
  return surface;
}

/* Keeps @surface (a new reference) unless it alone is over the bound. */
void
karta_page_cache_insert (KartaPageCache     *self,
                         const KartaPageKey *key,
                         cairo_surface_t    *surface)
{
  Entry *entry;
  GList *link;

  g_mutex_lock (&self->lock);
  if ((link = g_hash_table_lookup (self->links, key)) != NULL)
    remove_link (self, link);
  if (surface_size (surface) <= self->limit)
    {
      entry = g_new0 (Entry, 1);
      entry->key = *key;
      entry->surface = cairo_surface_reference (surface);
      entry->size = surface_size (surface);
      g_queue_push_head (&self->entries, entry);
      g_hash_table_insert (self->links, &entry->key, self->entries.head);
      self->size += entry->size;
      trim (self);
    }
  g_mutex_unlock (&self->lock);
}
