/* karta-import-review-private.h — shared by the files of KartaImportReview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-import-review.h"

G_BEGIN_DECLS

/* One activity shown in the list */
typedef struct
{
  KartaImportReview *review;
  KartaActivity     *activity; /* owned by the review's roadmap */
  GtkWidget         *term;     /* a label, or an entry for a term to fix */
  GtkLabel          *dates;
} KartaReviewRow;

struct _KartaImportReview
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *import_button;
  GtkLabel            *error_label;
  AdwPreferencesGroup *same_group;
  GtkCheckButton      *replace_check;
  AdwActionRow        *order_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *period_row;
  GtkLabel            *counts_label;
  GtkListBox          *activity_list;
  AdwPreferencesGroup *schools_group;
  GtkListBox          *school_list;
  AdwPreferencesGroup *risks_group;
  GtkListBox          *risk_list;
  AdwPreferencesGroup *columns_group;
  AdwExpanderRow      *columns_row;

  KartaStore          *store;
  KartaRoadmap        *roadmap;
  gint64               target_id;      /* rows go into this roadmap; 0: a new one */
  gint64               same_id;        /* the roadmap in the library this one repeats, or 0 */
  GPtrArray           *rows;           /* of KartaReviewRow*, in the order shown */
  KartaImportDocument *document;       /* nullable: what the roadmap was read from */
  KartaImportLayout   *layout;         /* how it is read, with document */
  GPtrArray           *column_rows;    /* of GtkWidget*: the rows of columns_row */
  gboolean             layout_changed; /* by the user, to remember on import */

  /* the schools named, as the user settles them (karta-import-review-schools.c) */
  GHashTable *school_merges;    /* name → the name of the same school, written another way */
  GHashTable *schools_left_out; /* of names */
};

/* karta-import-review-rows.c */
GtkWidget *karta_import_review_cell_label (const char *text,
                                           int         width_chars,
                                           const char *css_class);
GtkWidget *karta_import_review_row_box (int depth);
void       karta_import_review_append_row (GtkListBox *list,
                                           GtkWidget  *child);
void       karta_import_review_fill_activities (KartaImportReview *self);
void       karta_import_review_update_row (KartaReviewRow *row);
guint      karta_import_review_count_sections (GPtrArray *sections);
char      *karta_import_review_format_period (const KartaPeriod *period);
gboolean   karta_import_review_parse_period (const char  *text,
                                             KartaPeriod *period);
char      *karta_import_review_describe_order (const KartaOrder *order);

/* karta-import-review-schools.c */
void karta_import_review_fill_schools (KartaImportReview *self);
void karta_import_review_settle_schools (KartaImportReview *self);

/* karta-import-review-columns.c */
void karta_import_review_fill_columns (KartaImportReview *self);
void karta_import_review_read_again (KartaImportReview *self);

/* karta-import-review.c */
void karta_import_review_term_changed (KartaReviewRow *row);
void karta_import_review_update_counts (KartaImportReview *self);

G_END_DECLS
