/* karta-responsible.h — the people and bodies a «Ответственные» cell names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *karta_responsible_split (const char *text);

G_END_DECLS
