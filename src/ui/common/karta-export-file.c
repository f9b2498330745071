/* karta-export-file.c — what the chart exports share: the save dialog, the
 * check of what Cairo wrote and the error shown when it failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-export-file"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "karta-export-file.h"
#include "karta-file-name.h"
#include "karta-settings.h"

static GtkWindow *
parent_window (GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * karta_export_file_chooser_new:
 * @parent: the widget whose window the dialog is for
 * @document_title: the file's suggested name is "@document_title.pdf",
 *   made short and safe (karta_file_name_from_text())
 *
 * Returns: (transfer full): a modal save dialog for PDF, PNG and SVG, not
 *   shown yet
 */
GtkFileChooserNative *
karta_export_file_chooser_new (GtkWidget  *parent,
                               const char *dialog_title,
                               const char *document_title)
{
  g_autofree char      *base = karta_file_name_from_text (document_title);
  g_autofree char      *name = g_strconcat (base, ".pdf", NULL);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (dialog_title, parent_window (parent), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  karta_file_chooser_start_in_last_folder (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_filter (GTK_FILE_CHOOSER (chooser), _ ("PDF document"), "*.pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _ ("PNG image"), "*.png");
  add_filter (GTK_FILE_CHOOSER (chooser), _ ("SVG image"), "*.svg");
  return chooser;
}

/**
 * karta_export_file_get_path:
 * @response: the dialog's response
 *
 * Returns: (transfer full) (nullable): the local path chosen, or %NULL if
 *   the dialog was cancelled
 */
char *
karta_export_file_get_path (GtkNativeDialog *chooser,
                            int              response)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    karta_file_chooser_remember_folder (GTK_FILE_CHOOSER (chooser));
  return file != NULL ? g_file_get_path (file) : NULL;
}

void
karta_export_file_show_error (GtkWidget    *parent,
                              const char   *title,
                              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (parent), title,
                                              error != NULL ? error->message : NULL);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
