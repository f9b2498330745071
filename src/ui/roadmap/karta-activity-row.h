/* karta-activity-row.h — one line of the roadmap table: a section or an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ACTIVITY_ROW (karta_activity_row_get_type ())
G_DECLARE_FINAL_TYPE (KartaActivityRow, karta_activity_row, KARTA, ACTIVITY_ROW, GObject)

KartaActivityRow *karta_activity_row_new_section (KartaActivityRow   *parent,
                                                  KartaRoadmap       *roadmap,
                                                  const KartaSection *section);
KartaActivityRow *karta_activity_row_new_activity (KartaActivityRow    *parent,
                                                   KartaRoadmap        *roadmap,
                                                   const KartaActivity *activity);

gboolean karta_activity_row_update (KartaActivityRow    *self,
                                    KartaActivityRow    *parent,
                                    KartaRoadmap        *roadmap,
                                    const KartaSection  *section,
                                    const KartaActivity *activity);

KartaActivityRow    *karta_activity_row_get_parent (KartaActivityRow *self);
const KartaSection  *karta_activity_row_get_section (KartaActivityRow *self);
const KartaActivity *karta_activity_row_get_activity (KartaActivityRow *self);
gboolean             karta_activity_row_is_section (KartaActivityRow *self);
guint                karta_activity_row_get_depth (KartaActivityRow *self);
gint64               karta_activity_row_get_id (KartaActivityRow *self);

const char *karta_activity_row_get_haystack (KartaActivityRow *self);

gboolean karta_activity_row_get_collapsed (KartaActivityRow *self);
void     karta_activity_row_set_collapsed (KartaActivityRow *self,
                                           gboolean          collapsed);
gboolean karta_activity_row_get_hidden_by_parent (KartaActivityRow *self);

gboolean karta_activity_row_get_matches (KartaActivityRow *self);
void     karta_activity_row_set_matches (KartaActivityRow *self,
                                         gboolean          matches);
guint    karta_activity_row_get_n_matching (KartaActivityRow *self);
void     karta_activity_row_reset_n_matching (KartaActivityRow *self);

G_END_DECLS
