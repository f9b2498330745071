/* karta-roadmap-item.h — a roadmap of the sidebar's list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ROADMAP_ITEM (karta_roadmap_item_get_type ())
G_DECLARE_FINAL_TYPE (KartaRoadmapItem, karta_roadmap_item, KARTA, ROADMAP_ITEM, GObject)

KartaRoadmapItem          *karta_roadmap_item_new (KartaRoadmapSummary *summary);
const KartaRoadmapSummary *karta_roadmap_item_get_summary (KartaRoadmapItem *self);

G_END_DECLS
