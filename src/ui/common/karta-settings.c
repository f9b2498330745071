/* karta-settings.c — the app's GSettings, where they are installed, and
 * the folder file dialogs open in
 *
 * A file dialog opens where the user last took or put a file (a district's
 * orders live in one folder), else in Documents — not on «Недавние».
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-settings"

#include "config.h"

#include "karta-settings.h"

/**
 * karta_settings_new_if_installed:
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL when run from
 *   the build tree without GSETTINGS_SCHEMA_DIR, where g_settings_new()
 *   would abort: the app then just does not remember its state
 */
GSettings *
karta_settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s is not installed: state is not saved", APP_ID);
      return NULL;
    }
  return g_settings_new (APP_ID);
}

static char *
last_folder (void)
{
  g_autoptr (GSettings) settings = karta_settings_new_if_installed ();
  g_autofree char *remembered = settings ? g_settings_get_string (settings, "last-folder") : NULL;
  const char      *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (remembered != NULL && *remembered != '\0' && g_file_test (remembered, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&remembered);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_strdup (documents);
  return g_strdup (g_get_home_dir ());
}

/* Opens @chooser where a file was last chosen, else in Documents */
void
karta_file_chooser_start_in_last_folder (GtkFileChooser *chooser)
{
  g_autofree char *path = last_folder ();
  g_autoptr (GFile) folder = g_file_new_for_path (path);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* After @chooser was accepted: the folder of its file, for next time */
void
karta_file_chooser_remember_folder (GtkFileChooser *chooser)
{
  g_autoptr (GSettings) settings = karta_settings_new_if_installed ();
  g_autoptr (GListModel) files = gtk_file_chooser_get_files (chooser);
  g_autoptr (GFile) file = files && g_list_model_get_n_items (files) > 0 ? g_list_model_get_item (files, 0) : NULL;
  g_autoptr (GFile) folder = file ? g_file_get_parent (file) : NULL;
  g_autofree char *path = folder ? g_file_get_path (folder) : NULL;

  if (settings != NULL && path != NULL)
    g_settings_set_string (settings, "last-folder", path);
}
