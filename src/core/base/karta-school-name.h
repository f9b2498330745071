/* karta-school-name.h — telling that two ways of writing a school's name
 * mean the same school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *karta_school_name_key (const char *name);

G_END_DECLS
