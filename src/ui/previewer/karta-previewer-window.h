/* karta-previewer-window.h — the previewer: a window showing one PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-model.h"
#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_PREVIEWER_WINDOW (karta_previewer_window_get_type ())
G_DECLARE_FINAL_TYPE (KartaPreviewerWindow, karta_previewer_window, KARTA, PREVIEWER_WINDOW, AdwApplicationWindow)

KartaPreviewerWindow *karta_previewer_window_new (GtkApplication *application,
                                                  GFile          *file);
KartaPreviewerWindow *karta_previewer_window_show (GtkWindow           *parent,
                                                   KartaStore          *store,
                                                   const KartaDocument *document);

G_END_DECLS
