/* karta-district.h — which district a text speaks of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-model.h"

G_BEGIN_DECLS

char *karta_district_find (const char *text);
char *karta_district_key (const char *district);
char *karta_roadmap_find_district (const KartaRoadmap *roadmap);

G_END_DECLS
