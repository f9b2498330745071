/* karta-roadmap-page-private.h — shared by the files of the roadmap page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-gantt-view.h"
#include "karta-roadmap-page.h"

G_BEGIN_DECLS

/* The rows that fill a screen are shown at once, the others a step at a
 * time after each frame (karta-slice-growth.c) */
#define FIRST_ROWS 12
#define MORE_ROWS  20

/* A roadmap opened with a window comes first with the activities that fill
 * a screen, the others after that screen is drawn */
#define FIRST_SCREEN_ACTIVITIES 200

struct _KartaRoadmapPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *order_label;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *status_filter;
  GtkDropDown       *school_filter;
  GtkStack          *stack;
  GtkScrolledWindow *scrolled_window;
  GtkColumnView     *column_view;
  GtkMenuButton     *more_filters_button;
  GtkDropDown       *responsible_filter;
  GtkDropDown       *section_filter;
  GtkCheckButton    *month_filter;
  GtkCheckButton    *overdue_filter;
  GtkCheckButton    *missing_evidence_filter;
  GtkWidget         *heading;
  GtkWidget         *view_switch;
  GtkWidget         *meeting_info; /* today's date and how to leave, in meeting mode */
  GtkLabel          *meeting_today_label;
  GtkWidget         *toolbar;
  GtkWidget         *gantt_toolbar;
  KartaGanttView    *gantt_view;
  GtkLabel          *gantt_hint;

  KartaStore         *store;
  KartaRoadmap       *roadmap;   /* the rows point into it */
  GPtrArray          *row_array; /* of KartaActivityRow, table order */
  GListStore         *rows;      /* the same rows, as a model */
  GtkCustomFilter    *filter;    /* unowned: the filter model has it */
  GtkFilterListModel *filtered;
  GtkSliceListModel  *slice; /* the first rows first: karta-slice-growth.c */
  GtkSingleSelection *selection;

  /* Filters: the criteria, shared with the Gantt layout, and the choices offered */
  KartaActivityFilter *activity_filter;
  GArray              *school_ids;   /* gint64, the school filter after "All" */
  GPtrArray           *responsibles; /* of char*, casefolded, after "All" */
  GArray              *section_ids;  /* gint64, the section filter after "All" */
  guint                updating_filters : 1;
  guint                gantt : 1;   /* the Gantt chart shows, not the table */
  guint                partial : 1; /* the roadmap's first screen only */
  guint                finish_tick; /* waits to load the rest of a partial roadmap */
  guint                finish_source;
  guint                fit_columns_source; /* the table's width changed: columns shown or hidden */
};

void karta_roadmap_page_show (KartaRoadmapPage *self,
                              KartaRoadmap     *roadmap);
void karta_roadmap_page_show_error (KartaRoadmapPage *self,
                                    const char       *what,
                                    const GError     *error);
void karta_roadmap_page_build_rows (KartaRoadmapPage *self,
                                    KartaRoadmap     *roadmap,
                                    GPtrArray        *old_rows,
                                    GHashTable       *collapsed);
void karta_roadmap_page_remember_state (KartaRoadmapPage *self,
                                        GHashTable       *collapsed,
                                        gint64           *selected_id,
                                        gboolean         *selected_section);
void karta_roadmap_page_restore_selection (KartaRoadmapPage *self,
                                           gint64            id,
                                           gboolean          is_section);
void karta_roadmap_page_init_filters (KartaRoadmapPage *self);
void karta_roadmap_page_reset_filters (KartaRoadmapPage *self);
void karta_roadmap_page_update_school_filter (KartaRoadmapPage   *self,
                                              const KartaRoadmap *roadmap);
void karta_roadmap_page_mark_rows (KartaRoadmapPage *self);
void karta_roadmap_page_apply_filters (KartaRoadmapPage *self);
void karta_roadmap_page_update_stack (KartaRoadmapPage *self);
void karta_roadmap_page_update_header (KartaRoadmapPage   *self,
                                       const KartaRoadmap *roadmap);
void karta_roadmap_page_expand_all (KartaRoadmapPage *self);
void karta_roadmap_page_scroll_to (KartaRoadmapPage *self,
                                   guint             position);

/* karta-roadmap-page-open.c: a window's first roadmap, first screen first */
void karta_roadmap_page_cancel_finish (KartaRoadmapPage *self);

/* karta-roadmap-page-more-filters.c: responsible, section, this month, overdue */
void karta_roadmap_page_class_init_more_filters (GtkWidgetClass *widget_class);
void karta_roadmap_page_update_more_filters (KartaRoadmapPage   *self,
                                             const KartaRoadmap *roadmap);
void karta_roadmap_page_reset_more_filters (KartaRoadmapPage *self);

/* karta-roadmap-page-gantt.c */
void karta_roadmap_page_class_init_gantt (GtkWidgetClass *widget_class);
void karta_roadmap_page_init_gantt (KartaRoadmapPage *self);
void karta_roadmap_page_set_view (KartaRoadmapPage *self,
                                  const char       *view);
void karta_roadmap_page_update_gantt (KartaRoadmapPage *self,
                                      gboolean          refilter);
void karta_roadmap_page_gantt_show_first_match (KartaRoadmapPage *self);

G_END_DECLS
