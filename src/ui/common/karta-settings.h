/* karta-settings.h — the app's GSettings, where they are installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GSettings *karta_settings_new_if_installed (void);
void       karta_file_chooser_start_in_last_folder (GtkFileChooser *chooser);
void       karta_file_chooser_remember_folder (GtkFileChooser *chooser);

G_END_DECLS
