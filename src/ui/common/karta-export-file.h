/* karta-export-file.h — what the chart exports' dialogs share: the save
 * dialog and the error shown when writing failed (the writing itself is
 * karta-chart-file.h's)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileChooserNative *karta_export_file_chooser_new (GtkWidget  *parent,
                                                     const char *dialog_title,
                                                     const char *document_title);
char                 *karta_export_file_get_path (GtkNativeDialog *chooser,
                                                  int              response);
void                  karta_export_file_show_error (GtkWidget    *parent,
                                                    const char   *title,
                                                    const GError *error);

G_END_DECLS
