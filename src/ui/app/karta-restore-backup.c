/* karta-restore-backup.c — the way back from a damaged library
 *
 * The window that says a library is damaged offers its newest backup: what
 * it holds and when it was made, that what was changed after it will be
 * missing, and where the damaged database is kept. The backup is checked
 * before anything is touched (karta_library_restore()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-application"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-library.h"
#include "karta-restore-backup.h"

typedef struct
{
  char             *dir;
  char             *backup;
  KartaRestoredFunc done;
  gpointer          user_data;
} Restore;

static void
restore_free (gpointer  data,
              GClosure *closure)
{
  Restore *restore = data;

  g_free (restore->dir);
  g_free (restore->backup);
  g_free (restore);
}

static void
show_failure (GtkWindow    *parent,
              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _ ("Could Not Restore the Backup"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The caller's @done, once the dialog has finished answering: it may
 * destroy the windows, the dialog's own among them */
typedef struct
{
  KartaRestoredFunc done;
  gpointer          user_data;
} Done;

static gboolean
call_done (gpointer data)
{
  Done *done = data;

  done->done (done->user_data);
  return G_SOURCE_REMOVE;
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Restore          *restore)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "restore"))
    return;
  if (karta_library_restore (restore->dir, restore->backup, NULL, &error))
    {
      Done *done = g_new0 (Done, 1);

      done->done = restore->done;
      done->user_data = restore->user_data;
      g_idle_add_full (G_PRIORITY_DEFAULT, call_done, done, g_free);
    }
  else
    show_failure (parent, error);
}

/**
 * karta_restore_backup_ask:
 * @dir: the damaged library's folder, not open
 * @done: called once the backup is in place, to open the library again
 *
 * Asks whether to restore the newest backup, saying what it holds; a
 * backup that is damaged too is said to be.
 */
void
karta_restore_backup_ask (GtkWindow        *parent,
                          const char       *dir,
                          KartaRestoredFunc done,
                          gpointer          user_data)
{
  g_autofree char *backup = karta_library_latest_backup (dir);
  g_autoptr (GDateTime) made = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *body = NULL;
  GtkWidget       *dialog;
  Restore         *restore;
  guint            n_roadmaps;

  if (backup == NULL)
    g_set_error (&error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _ ("The library “%s” has no backup to restore"), dir);
  if (error != NULL || !karta_library_describe_backup (backup, &n_roadmaps, &made, &error))
    {
      show_failure (parent, error);
      return;
    }
  date = g_date_time_format (made, "%d.%m.%Y %H:%M");
  /* Translators: when the backup was made, how many roadmaps it holds */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The backup of %s holds %u roadmap. What was changed after it was made will be "
                                       "missing. The damaged database is kept beside it as karta.db.damaged-….",
                                       "The backup of %s holds %u roadmaps. What was changed after it was made will "
                                       "be missing. The damaged database is kept beside it as karta.db.damaged-….",
                                       n_roadmaps),
                          date, n_roadmaps);
  dialog = adw_message_dialog_new (parent, _ ("Restore the Backup?"), body);
  restore = g_new0 (Restore, 1);
  restore->dir = g_strdup (dir);
  restore->backup = g_steal_pointer (&backup);
  restore->done = done;
  restore->user_data = user_data;
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "restore", _ ("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "restore-backup");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), restore, restore_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
