/* karta-sandbox.h — the page renderer sealed before it reads a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean karta_sandbox_seal (GError **error);

G_END_DECLS
