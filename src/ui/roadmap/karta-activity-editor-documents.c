/* karta-activity-editor-documents.c — the activity editor's documents: the
 * evidence asked for against what is attached, attaching, editing,
 * detaching and opening them in the previewer
 *
 * Documents are not part of the edited copy: attaching, detaching and
 * editing one are undoable steps of their own, done at once, and the
 * section follows the store's changes (an undo from the toast included).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-activity-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-document-row.h"
#include "karta-activity-editor-private.h"
#include "karta-attach-document-dialog.h"
#include "karta-attach-files.h"
#include "karta-previewer-window.h"
#include "karta-editor-private.h"
#include "karta-evidence.h"
#include "karta-list-private.h"

#define SHOWN_IN_STATUS 3

/* "Proposal.pdf · 3 pages · attached by Ivanova on 12.03.2023" */
static char *
describe_details (const KartaDocument *document)
{
  g_autoptr (GString) text = g_string_new (document->file_name);
  g_autofree char *when = document->added_at ? g_date_time_format (document->added_at, "%d.%m.%Y") : NULL;

  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", document->pages),
                          document->pages);
  if (document->added_by != NULL && when != NULL)
    g_string_append_printf (text, _ (" · attached by %s on %s"), document->added_by, when);
  else if (when != NULL)
    g_string_append_printf (text, _ (" · attached on %s"), when);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_edit_clicked (GtkButton           *button,
                 KartaActivityEditor *self)
{
  karta_attach_document_dialog_show (GTK_WINDOW (self), self->store, karta_document_row_find (GTK_WIDGET (button)));
}

static void
on_detach_clicked (GtkButton           *button,
                   KartaActivityEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (!karta_store_detach_document (self->store, karta_document_row_find (GTK_WIDGET (button))->id, self->activity->id, &error))
    {
      karta_editor_show_toast (self->toast_overlay, error->message);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, karta_attach_undo_toast_new (self->store, _ ("Document detached")));
}

static GtkWidget *
document_row_new (KartaActivityEditor *self,
                  const KartaDocument *document)
{
  g_autofree char *title = karta_document_get_heading (document, NULL);
  g_autofree char *details = describe_details (document);
  GtkWidget       *row = karta_document_row_new (document);
  GtkWidget       *icon = gtk_image_new_from_icon_name (document->has_text ? "text-x-generic-symbolic"
                                                                           : "image-x-generic-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (details != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  gtk_widget_set_tooltip_text (icon, document->has_text ? _ ("Has a text layer: it can be searched")
                                                        : _ ("A scan without text"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             karta_list_row_button_new ("document-edit-symbolic", _ ("Edit the kind, number, date and title"),
                                                        G_CALLBACK (on_edit_clicked), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             karta_list_row_button_new ("list-remove-symbolic", _ ("Detach from this activity"),
                                                        G_CALLBACK (on_detach_clicked), self));
  return row;
}

/* "Required: протокол — attached: 2 (Протокол № 5 of 12.03.2023, …)" */
static GtkWidget *
status_row_new (const char *required,
                GPtrArray  *matching)
{
  g_autoptr (GString) shown = g_string_new (NULL);
  g_autofree char *title = NULL;

  for (guint i = 0; i < MIN (matching->len, SHOWN_IN_STATUS); i++)
    {
      g_autofree char *name = karta_document_get_heading (g_ptr_array_index (matching, i), NULL);
      g_string_append_printf (shown, i > 0 ? ", %s" : "%s", name);
    }
  if (matching->len > SHOWN_IN_STATUS)
    g_string_append (shown, ", …");
  if (required != NULL)
    title = g_strdup_printf (_ ("Required: %s — attached: %u"), required, matching->len);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No kind required — %u document attached",
                                          "No kind required — %u documents attached", matching->len),
                             matching->len);
  return karta_list_info_row_new (title, shown->len > 0 ? shown->str : NULL, "emblem-documents-symbolic");
}

static void
add_status (KartaActivityEditor *self)
{
  g_autofree char *required = karta_editor_get_text (GTK_EDITABLE (self->evidence_row));
  g_autoptr (GPtrArray) matching = g_ptr_array_new ();
  GtkWidget *row;

  for (guint i = 0; i < self->documents->len; i++)
    if (karta_evidence_matches (required, g_ptr_array_index (self->documents, i)))
      g_ptr_array_add (matching, g_ptr_array_index (self->documents, i));
  gtk_list_box_append (self->documents_list, status_row_new (required, matching));
  if (matching->len == 0 && adw_combo_row_get_selected (self->status_row) == KARTA_STATUS_DONE)
    {
      row = karta_list_info_row_new (_ ("Done, but the confirming document is not attached"),
                                     _ ("Attach the scanned document: drop the PDF here or use “Attach Documents…”."),
                                     "dialog-warning-symbolic");
      gtk_widget_add_css_class (row, "warning");
      gtk_widget_set_name (row, "missing-evidence");
      gtk_list_box_append (self->documents_list, row);
    }
}

/**
 * karta_activity_editor_refresh_documents:
 *
 * Shows the documents attached to the activity now, as the store has them.
 */
void
karta_activity_editor_refresh_documents (KartaActivityEditor *self)
{
  KartaDocumentFilter filter = { .activity_id = self->activity->id };
  g_autoptr (GError) error = NULL;
  GPtrArray *documents = karta_store_find_documents (self->store, &filter, &error);

  if (documents == NULL)
    {
      g_warning ("Could not list the documents: %s", error->message);
      documents = g_ptr_array_new ();
    }
  karta_list_box_clear (self->documents_list);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  self->documents = documents;
  add_status (self);
  for (guint i = 0; i < self->documents->len; i++)
    gtk_list_box_append (self->documents_list, document_row_new (self, g_ptr_array_index (self->documents, i)));
}

static void
on_row_activated (GtkListBox          *list,
                  GtkListBoxRow       *row,
                  KartaActivityEditor *self)
{
  const KartaDocument *document = karta_document_row_find (GTK_WIDGET (row));

  (void) list;
  if (document != NULL)
    karta_previewer_window_show (GTK_WINDOW (self), self->store, document);
}

static KartaDocumentTarget
target_of (KartaActivityEditor *self)
{
  return (KartaDocumentTarget){ .activity_id = self->activity->id };
}

static void
attach_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KartaActivityEditor *self = KARTA_ACTIVITY_EDITOR (widget);
  KartaDocumentTarget  target = target_of (self);

  karta_attach_choose_files (GTK_WIDGET (self->documents_list), self->store, &target);
}

static gboolean
on_drop (GtkDropTarget       *drop_target,
         const GValue        *value,
         double               x,
         double               y,
         KartaActivityEditor *self)
{
  g_autoptr (GPtrArray) files = karta_attach_dropped_files (value);
  KartaDocumentTarget target = target_of (self);

  if (files->len == 0)
    return FALSE;
  karta_attach_files (GTK_WIDGET (self->documents_list), self->store, &target, files);
  return TRUE;
}

void
karta_activity_editor_class_init_documents (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.attach-documents", NULL, attach_activated);
}

/* Follows the store, takes dropped files, refreshes on the evidence asked
 * for and the status (the warning depends on both). */
void
karta_activity_editor_init_documents (KartaActivityEditor *self)
{
  GtkDropTarget *drop_target = karta_attach_drop_target_new ();

  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (karta_activity_editor_refresh_documents), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evidence_row, "changed", G_CALLBACK (karta_activity_editor_refresh_documents),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (karta_activity_editor_refresh_documents), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->documents_list, "row-activated", G_CALLBACK (on_row_activated), self, 0);
}
