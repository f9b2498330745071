/* karta-store-sections.h — section rows, shared by the store's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-store-private.h"

G_BEGIN_DECLS

gboolean karta_store_load_sections (KartaStore   *self,
                                    KartaRoadmap *roadmap,
                                    GHashTable   *sections_by_id,
                                    GError      **error);
gboolean karta_store_write_sections (KartaStore *self,
                                     gint64      roadmap_id,
                                     gint64      parent_id,
                                     int         first_position,
                                     GPtrArray  *sections,
                                     gboolean    with_activities,
                                     GHashTable *kept,
                                     GError    **error);
gboolean karta_store_delete_removed_sections (KartaStore *self,
                                              gint64      roadmap_id,
                                              GHashTable *kept,
                                              GError    **error);
gboolean karta_store_insert_texts (KartaStore *self,
                                   const char *sql,
                                   gint64      owner,
                                   GPtrArray  *texts,
                                   GError    **error);

G_END_DECLS
