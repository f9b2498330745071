/* karta-store-activities.h — activity rows, shared by the store's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-store-private.h"

G_BEGIN_DECLS

gboolean karta_store_load_activities (KartaStore *self,
                                      gint64      roadmap_id,
                                      GHashTable *sections_by_id,
                                      GError    **error);
gboolean karta_store_load_section_activities (KartaStore   *self,
                                              gint64        roadmap_id,
                                              KartaSection *section,
                                              guint         n_activities,
                                              GHashTable   *sections_by_id,
                                              GError      **error);
gboolean karta_store_write_spans (KartaStore          *self,
                                  gint64               activity_id,
                                  const KartaSchedule *schedule,
                                  GError             **error);
gint64   karta_store_insert_activity (KartaStore          *self,
                                      gint64               roadmap_id,
                                      gint64               section_id,
                                      int                  position,
                                      const KartaActivity *activity,
                                      GError             **error);

G_END_DECLS
