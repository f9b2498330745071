/* karta-roadmap-page.h — the table of a roadmap's sections and activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ROADMAP_PAGE (karta_roadmap_page_get_type ())
G_DECLARE_FINAL_TYPE (KartaRoadmapPage, karta_roadmap_page, KARTA, ROADMAP_PAGE, AdwBin)

GtkWidget           *karta_roadmap_page_new (void);
void                 karta_roadmap_page_set_store (KartaRoadmapPage *self,
                                                   KartaStore       *store);
gboolean             karta_roadmap_page_load (KartaRoadmapPage *self,
                                              gint64            roadmap_id,
                                              GError          **error);
gboolean             karta_roadmap_page_open (KartaRoadmapPage *self,
                                              gint64            roadmap_id,
                                              GError          **error);
gboolean             karta_roadmap_page_reload (KartaRoadmapPage *self,
                                                GError          **error);
void                 karta_roadmap_page_clear (KartaRoadmapPage *self);
gint64               karta_roadmap_page_get_roadmap_id (KartaRoadmapPage *self);
const KartaRoadmap  *karta_roadmap_page_get_roadmap (KartaRoadmapPage *self);
const KartaActivity *karta_roadmap_page_get_selected_activity (KartaRoadmapPage *self);
const KartaSection  *karta_roadmap_page_get_target_section (KartaRoadmapPage *self);
gboolean             karta_roadmap_page_select_activity (KartaRoadmapPage *self,
                                                         gint64            activity_id);
GtkWindow           *karta_roadmap_page_edit_activity (KartaRoadmapPage *self,
                                                       gint64            activity_id);
GListModel          *karta_roadmap_page_get_model (KartaRoadmapPage *self);
void                 karta_roadmap_page_focus_search (KartaRoadmapPage *self);
void                 karta_roadmap_page_clear_filters (KartaRoadmapPage *self);
gboolean             karta_roadmap_page_get_meeting_mode (KartaRoadmapPage *self);
void                 karta_roadmap_page_set_meeting_mode (KartaRoadmapPage *self,
                                                          gboolean          meeting_mode);

G_END_DECLS
