/* karta-window.h — the main window: roadmaps in a sidebar, the pages beside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-roadmap-page.h"
#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_WINDOW (karta_window_get_type ())
G_DECLARE_FINAL_TYPE (KartaWindow, karta_window, KARTA, WINDOW, AdwApplicationWindow)

KartaWindow      *karta_window_new (GtkApplication *application,
                                    KartaStore     *store);
KartaStore       *karta_window_get_store (KartaWindow *self);
KartaRoadmapPage *karta_window_get_roadmap_page (KartaWindow *self);
gboolean          karta_window_select_roadmap (KartaWindow *self,
                                               gint64       roadmap_id);
void              karta_window_open_file (KartaWindow *self,
                                          GFile       *file);
void              karta_window_import_file (KartaWindow *self,
                                            GFile       *file);
void              karta_window_show_schools (KartaWindow *self);
void              karta_window_show_documents (KartaWindow *self);
void              karta_window_show_district (KartaWindow *self);
void              karta_window_add_toast (KartaWindow *self,
                                          AdwToast    *toast);
void              karta_window_show_error (KartaWindow  *self,
                                           const char   *what,
                                           const GError *error);

G_END_DECLS
