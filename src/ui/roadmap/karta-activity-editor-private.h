/* karta-activity-editor-private.h — what the files of the activity editor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-activity-editor.h"
#include "karta-factor-picker.h"

G_BEGIN_DECLS

struct _KartaActivityEditor
{
  AdwWindow parent_instance;

  KartaStore    *store;
  KartaActivity *activity;      /* the copy being edited */
  KartaActivity *original;      /* as it was opened: closing asks only if it changed */
  KartaPeriod    period;        /* of the roadmap, for parsing terms */
  char          *section_text;  /* number and title of its section, for suggestions */
  GPtrArray     *organisations; /* of KartaOrganisation*, loaded on demand */
  GPtrArray     *documents;     /* of KartaDocument*: attached now, shown */
  gboolean       loading;
  gboolean       dirty;

  AdwWindowTitle    *window_title;
  AdwToastOverlay   *toast_overlay;
  AdwEntryRow       *number_row;
  GtkTextView       *title_view;
  AdwEntryRow       *term_row;
  GtkListBox        *schedule_list;
  AdwEntryRow       *responsible_row;
  AdwEntryRow       *executors_row;
  AdwEntryRow       *participants_row;
  AdwEntryRow       *direction_row;
  AdwEntryRow       *result_row;
  AdwEntryRow       *evidence_row;
  AdwComboRow       *status_row;
  AdwEntryRow       *done_on_row;
  AdwEntryRow       *notes_row;
  GtkPopover        *add_school_popover;
  GtkSearchEntry    *school_search;
  GtkListBox        *school_choices;
  GtkListBox        *schools_list;
  GtkListBox        *documents_list;
  KartaFactorPicker *factor_picker;
};

/* karta-activity-editor.c */
GtkStringList *karta_activity_editor_status_model_new (void);

/* karta-activity-editor-schools.c */
void karta_activity_editor_class_init_schools (GtkWidgetClass *widget_class);
void karta_activity_editor_refresh_schools (KartaActivityEditor *self);

/* karta-activity-editor-documents.c */
void karta_activity_editor_class_init_documents (GtkWidgetClass *widget_class);
void karta_activity_editor_init_documents (KartaActivityEditor *self);
void karta_activity_editor_refresh_documents (KartaActivityEditor *self);

G_END_DECLS
