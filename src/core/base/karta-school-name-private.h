/* karta-school-name-private.h — what the files on school names share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-school-name.h"

G_BEGIN_DECLS

gboolean karta_school_is_kind_word (const char *word);

G_END_DECLS
