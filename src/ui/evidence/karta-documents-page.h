/* karta-documents-page.h — the list of attached documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_DOCUMENTS_PAGE (karta_documents_page_get_type ())
G_DECLARE_FINAL_TYPE (KartaDocumentsPage, karta_documents_page, KARTA, DOCUMENTS_PAGE, AdwBin)

GtkWidget *karta_documents_page_new (void);
void       karta_documents_page_set_store (KartaDocumentsPage *self,
                                           KartaStore         *store);

G_END_DECLS
