/* karta-roadmap-properties.h — the modal editor of a roadmap's own fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ROADMAP_PROPERTIES (karta_roadmap_properties_get_type ())
G_DECLARE_FINAL_TYPE (KartaRoadmapProperties, karta_roadmap_properties, KARTA, ROADMAP_PROPERTIES, AdwWindow)

GtkWindow *karta_roadmap_properties_new (GtkWindow          *parent,
                                         KartaStore         *store,
                                         const KartaRoadmap *roadmap);

G_END_DECLS
