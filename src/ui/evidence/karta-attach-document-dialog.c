/* karta-attach-document-dialog.c — what people say of an attached document:
 * kind, number, date and title
 *
 * The four are saved together by karta_store_update_document(): one
 * undoable step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-attach"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-attach-document-dialog.h"
#include "karta-editor-private.h"
#include "karta-evidence.h"

typedef struct
{
  KartaStore  *store;
  gint64       document_id;
  GtkEditable *kind;
  GtkEditable *number;
  GtkEditable *date;
  GtkEditable *title;
} Form;

static void
form_free (gpointer  data,
           GClosure *closure)
{
  Form *form = data;

  (void) closure;
  g_object_unref (form->store);
  g_free (form);
}

static GtkEditable *
add_entry (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  karta_editor_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

static gboolean
save (Form    *form,
      GError **error)
{
  g_autoptr (KartaDocument) document = g_new0 (KartaDocument, 1);

  document->id = form->document_id;
  if (!karta_editor_collect_day (form->date, &document->date, error))
    return FALSE;
  document->kind = karta_editor_get_text (form->kind);
  document->number = karta_editor_get_text (form->number);
  document->title = karta_editor_get_text (form->title);
  return karta_store_update_document (form->store, document, error);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Form             *form)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0 && !save (form, &error))
    karta_editor_show_message (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                               _ ("Could not save the document"), error->message);
}

static void
on_date_changed (GtkEditable *date)
{
  karta_editor_check_day_entry (date, NULL);
}

/**
 * karta_attach_document_dialog_show:
 *
 * Asks for the kind, number, date and title of @document and saves them.
 */
void
karta_attach_document_dialog_show (GtkWindow           *parent,
                                   KartaStore          *store,
                                   const KartaDocument *document)
{
  GtkWidget       *dialog = adw_message_dialog_new (parent, _ ("Document"), document->file_name);
  GtkWidget       *list = gtk_list_box_new ();
  g_autofree char *date = karta_day_format (document->date);
  Form            *form = g_new0 (Form, 1);

  form->store = g_object_ref (store);
  form->document_id = document->id;
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  form->kind = add_entry (list, _ ("Kind"), document->kind);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (form->kind),
                            karta_editor_suggestions_button (form->kind, karta_evidence_kinds ()));
  form->number = add_entry (list, _ ("Number"), document->number);
  form->date = add_entry (list, _ ("Date"), date);
  g_signal_connect (form->date, "changed", G_CALLBACK (on_date_changed), NULL);
  form->title = add_entry (list, _ ("Title"), document->title);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), form, form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
