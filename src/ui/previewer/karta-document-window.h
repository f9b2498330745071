/* karta-document-window.h — the previewer: a window showing one PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-model.h"
#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_DOCUMENT_WINDOW (karta_document_window_get_type ())
G_DECLARE_FINAL_TYPE (KartaDocumentWindow, karta_document_window, KARTA, DOCUMENT_WINDOW, AdwApplicationWindow)

KartaDocumentWindow *karta_document_window_new      (GtkApplication      *application,
                                                     GFile               *file);
KartaDocumentWindow *karta_document_window_show     (GtkWindow           *parent,
                                                     KartaStore          *store,
                                                     const KartaDocument *document);

G_END_DECLS
