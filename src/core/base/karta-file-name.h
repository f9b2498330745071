/* karta-file-name.h — names for the files Karta writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_FILE_NAME_MAX_CHARS 80

char *karta_file_name_from_text (const char *text);
char *karta_roadmap_short_name (const KartaRoadmap *roadmap);

G_END_DECLS
