/* karta-window-private.h — shared by the files of KartaWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-window.h"

G_BEGIN_DECLS

struct _KartaWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwLeaflet       *leaflet;
  GtkListView      *roadmap_list;
  GtkListBox       *nav_list;
  GtkListBoxRow    *schools_row;
  GtkListBoxRow    *documents_row;
  GtkListBoxRow    *district_row;
  AdwWindowTitle   *window_title;
  GtkWidget        *content_header;
  AdwViewStack     *view_stack;
  KartaRoadmapPage *roadmap_page;

  /* Created when first shown */
  GtkWidget *schools_page;
  GtkWidget *documents_page;

  GListStore         *roadmaps;      /* of KartaRoadmapItem */
  GtkSliceListModel  *roadmap_slice; /* the first ones first */
  GtkSingleSelection *roadmap_selection;

  KartaStore *store;
  GSettings  *settings;      /* NULL when the schema is not installed */
  AdwToast   *change_toast;  /* weak: the last toast of a change */
  guint       selecting : 1; /* selection changed by code, not the user */
};

/* karta-window.c */
gboolean karta_window_is_showing_roadmap (KartaWindow *self);
void     karta_window_show_roadmap (KartaWindow *self,
                                    gint64       roadmap_id);

/* karta-window-actions.c */
void karta_window_class_init_actions (GtkWidgetClass *widget_class);
void karta_window_update_actions (KartaWindow *self);

/* karta-window-import.c */
void karta_window_class_init_import (GtkWidgetClass *widget_class);
void karta_window_init_import (KartaWindow *self);

/* karta-window-interchange.c */
void karta_window_open_interchange (KartaWindow *self,
                                    GFile       *file);

/* karta-window-sidebar.c */
void     karta_window_init_sidebar (KartaWindow *self);
void     karta_window_reload_sidebar (KartaWindow *self);
void     karta_window_unselect_roadmap (KartaWindow *self);
gint64   karta_window_selected_roadmap_id (KartaWindow *self);
gboolean karta_window_sidebar_has_focus (KartaWindow *self);

G_END_DECLS
