/* karta-store-document-view.h — how each document is shown: its rotation
 *
 * A view preference, kept by the file's SHA-256 and outside the undo
 * history: setting it is not a user action to undo, and no undo or redo
 * of other changes ever meets it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-store.h"

G_BEGIN_DECLS

gboolean karta_store_get_document_rotation (KartaStore *self,
                                            const char *sha256,
                                            int        *rotation,
                                            GError    **error);
gboolean karta_store_set_document_rotation (KartaStore *self,
                                            const char *sha256,
                                            int         rotation,
                                            GError    **error);

G_END_DECLS
