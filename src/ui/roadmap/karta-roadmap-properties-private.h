/* karta-roadmap-properties-private.h — what the files of the roadmap
 * properties editor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-roadmap-properties.h"

G_BEGIN_DECLS

/* The rows that edit one order */
typedef struct
{
  KartaOrder *order;    /* owned by the edited roadmap */
  GtkWidget  *expander; /* editions only: the row in editions_list */
  GtkWidget  *rows[7];  /* kind, number, date, authority, signatory, controller, note */
} OrderForm;

typedef struct
{
  KartaSection  *section; /* owned by the edited roadmap */
  GtkWidget     *group;
  GtkWidget     *number;
  GtkWidget     *title;
  GtkTextBuffer *tasks;
  GtkTextBuffer *indicators;
} SectionForm;

struct _KartaRoadmapProperties
{
  AdwWindow parent_instance;

  KartaStore   *store;
  KartaRoadmap *roadmap; /* the copy being edited */
  OrderForm     order_form;
  GPtrArray    *editions; /* of OrderForm* */
  GPtrArray    *sections; /* of SectionForm*, the tree flattened */
  gboolean      loading;
  gboolean      dirty;

  AdwToastOverlay     *toast_overlay;
  AdwViewStack        *view_stack;
  GtkTextView         *title_view;
  GtkTextView         *goal_view;
  GtkTextView         *tasks_view;
  AdwEntryRow         *period_row;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  AdwPreferencesGroup *order_group;
  GtkListBox          *editions_list;
  AdwPreferencesPage  *sections_page;
  GtkListBox          *glossary_list;
};

/* karta-roadmap-properties.c */
void karta_roadmap_properties_changed (KartaRoadmapProperties *self);
void karta_roadmap_properties_watch_buffer (KartaRoadmapProperties *self,
                                            GtkTextBuffer          *buffer,
                                            const char             *text);
void karta_roadmap_properties_day_changed (GtkEditable            *editable,
                                           KartaRoadmapProperties *self);

/* karta-roadmap-properties-lists.c */
void     karta_roadmap_properties_class_init_lists (GtkWidgetClass *widget_class);
void     karta_roadmap_properties_populate_lists (KartaRoadmapProperties *self);
gboolean karta_roadmap_properties_collect_order (KartaRoadmapProperties *self,
                                                 GError                **error);
gboolean karta_roadmap_properties_collect_lists (KartaRoadmapProperties *self,
                                                 GError                **error);

G_END_DECLS
