/* karta-interchange.h — the interchange JSON of docs/interchange.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "karta-store.h"

G_BEGIN_DECLS

JsonNode     *karta_interchange_to_json (const KartaRoadmap *roadmap);
void          karta_interchange_add_spans (JsonBuilder         *builder,
                                           const KartaSchedule *schedule);
char         *karta_interchange_to_string (const KartaRoadmap *roadmap);
KartaRoadmap *karta_interchange_from_json (JsonNode *node,
                                           GError  **error);
KartaRoadmap *karta_interchange_parse (const char *data,
                                       gssize      length,
                                       GError    **error);
KartaRoadmap *karta_interchange_load_file (const char *path,
                                           GError    **error);

G_END_DECLS
