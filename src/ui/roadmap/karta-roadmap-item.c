/* karta-roadmap-item.c — a roadmap of the sidebar's list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-roadmap-item.h"

struct _KartaRoadmapItem
{
  GObject              parent_instance;
  KartaRoadmapSummary *summary;
};

G_DEFINE_FINAL_TYPE (KartaRoadmapItem, karta_roadmap_item, G_TYPE_OBJECT)

static void
karta_roadmap_item_finalize (GObject *object)
{
  KartaRoadmapItem *self = KARTA_ROADMAP_ITEM (object);

  g_clear_pointer (&self->summary, karta_roadmap_summary_free);

  G_OBJECT_CLASS (karta_roadmap_item_parent_class)->finalize (object);
}

static void
karta_roadmap_item_class_init (KartaRoadmapItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = karta_roadmap_item_finalize;
}

static void
karta_roadmap_item_init (KartaRoadmapItem *self)
{
}

/**
 * karta_roadmap_item_new:
 * @summary: (transfer full): the roadmap's line of the list
 */
KartaRoadmapItem *
karta_roadmap_item_new (KartaRoadmapSummary *summary)
{
  KartaRoadmapItem *self = g_object_new (KARTA_TYPE_ROADMAP_ITEM, NULL);

  self->summary = summary;
  return self;
}

const KartaRoadmapSummary *
karta_roadmap_item_get_summary (KartaRoadmapItem *self)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_ITEM (self), NULL);
  return self->summary;
}
