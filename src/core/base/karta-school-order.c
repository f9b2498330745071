/* karta-school-order.c — schools in the order people look for them
 *
 * Lists of schools are read by number: «ГБОУ СОШ № 8» comes before «ГБОУ
 * СОШ № 12», which a plain sort of the names (and SQLite's ORDER BY) puts
 * the other way round. Numbers within names are compared as numbers, the
 * rest without case, as GLib orders file names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "karta-school-name.h"

typedef struct
{
  int      group;
  char    *key;
  gpointer item;
} Keyed;

static gint
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *one = a, *other = b;

  if (one->group != other->group)
    return one->group < other->group ? -1 : 1;
  return strcmp (one->key, other->key);
}

/**
 * karta_school_names_sort:
 * @items: what to sort, in place
 * @name_of: an item's name
 * @group_of: (nullable): an item's group: lower groups come first
 *
 * Sorts @items by their names, numbers in number order («№ 8» before
 * «№ 12»); items of equal names keep their order.
 */
void
karta_school_names_sort (GPtrArray *items,
                         const char *(*name_of) (gconstpointer item),
                         int (*group_of) (gconstpointer item))
{
  g_autoptr (GArray) keyed = NULL;

  g_return_if_fail (items != NULL && name_of != NULL);

  keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), items->len);
  for (guint i = 0; i < items->len; i++)
    {
      gpointer         item = g_ptr_array_index (items, i);
      const char      *name = name_of (item);
      g_autofree char *folded = g_utf8_casefold (name ? name : "", -1);
      Keyed            entry = { group_of ? group_of (item) : 0, g_utf8_collate_key_for_filename (folded, -1), item };

      g_array_append_val (keyed, entry);
    }
  /* GLib's sort is stable */
  g_array_sort (keyed, compare_keyed);
  for (guint i = 0; i < items->len; i++)
    {
      Keyed *entry = &g_array_index (keyed, Keyed, i);

      items->pdata[i] = entry->item;
      g_free (entry->key);
    }
}
