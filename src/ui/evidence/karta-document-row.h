/* karta-document-row.h — a list row showing a confirming document, which it
 * keeps a copy of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_TYPE_DOCUMENT_ROW (karta_document_row_get_type ())
G_DECLARE_FINAL_TYPE (KartaDocumentRow, karta_document_row, KARTA, DOCUMENT_ROW, AdwActionRow)

GtkWidget           *karta_document_row_new (const KartaDocument *document);
const KartaDocument *karta_document_row_get_document (KartaDocumentRow *self);
const KartaDocument *karta_document_row_find (GtkWidget *widget);

G_END_DECLS
