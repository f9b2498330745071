/* karta-attach-document-dialog.h — what people say of an attached document:
 * kind, number, date and title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

void karta_attach_document_dialog_show (GtkWindow           *parent,
                                        KartaStore          *store,
                                        const KartaDocument *document);

G_END_DECLS
