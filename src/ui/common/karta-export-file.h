/* karta-export-file.h — what the chart exports share: the save dialog, the
 * check of what Cairo wrote and the error shown when it failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileChooserNative *karta_export_file_chooser_new (GtkWidget       *parent,
                                                     const char      *dialog_title,
                                                     const char      *document_title);
char                 *karta_export_file_get_path    (GtkNativeDialog *chooser,
                                                     int              response);
gboolean              karta_export_file_check       (cairo_status_t   status,
                                                     const char      *path,
                                                     GError         **error);
gboolean              karta_export_file_close       (cairo_surface_t *surface,
                                                     const char      *path,
                                                     GError         **error);
void                  karta_export_file_show_error  (GtkWidget       *parent,
                                                     const char      *title,
                                                     const GError    *error);

G_END_DECLS
