/* karta-application.c — the application: opens the library, owns the windows
 *
 * The library is opened once, at the first activation. If it cannot be
 * opened (a database from a newer Karta, a foreign or damaged file, a
 * read-only folder) the window says what, where, why and what to do, and
 * Karta leaves the file alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-application"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>

#include "karta-application.h"
#include "karta-restore-backup.h"
#include "karta-file-store.h"
#include "karta-previewer-window.h"
#include "karta-error.h"
#include "karta-library.h"
#include "karta-samples.h"
#include "karta-window.h"

struct _KartaApplication
{
  AdwApplication parent_instance;

  char       *library_dir; /* from --library; NULL: the default */
  KartaStore *store;
  gboolean    tried_open;
};

G_DEFINE_FINAL_TYPE (KartaApplication, karta_application, ADW_TYPE_APPLICATION)

static void
karta_application_finalize (GObject *object)
{
  KartaApplication *self = (KartaApplication *) object;

  g_clear_object (&self->store);
  g_free (self->library_dir);

  G_OBJECT_CLASS (karta_application_parent_class)->finalize (object);
}

/* The undo history ends with the application: the files of detached
 * documents can go now. Files changed in the last hour stay, for another
 * program (karta-cli attach) may be linking them. */
static void
karta_application_shutdown (GApplication *app)
{
  KartaApplication *self = KARTA_APPLICATION (app);
  g_autoptr (GError) error = NULL;
  g_autofree char *documents = NULL;

  GList *windows;

  if (self->store != NULL)
    {
      documents = karta_file_store_dir (self->store);
      if (!karta_file_store_collect (self->store, documents,
                                     g_get_real_time () / G_USEC_PER_SEC - 60 * 60, &error))
        g_warning ("%s", error->message);
    }
  /* the windows let go of the library, and the library of its database:
   * closed, its WAL is written back into karta.db and removed */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (karta_application_parent_class)->shutdown (app);
}

/* Ended by the session (SIGTERM) or Ctrl+C in a terminal: as by Quit */
static gboolean
on_quit_signal (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static int
karta_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  KartaApplication *self = KARTA_APPLICATION (app);

  g_autofree char *dir = NULL;
  g_autofree char *id = NULL;

  g_variant_dict_lookup (options, "library", "^ay", &self->library_dir);
  /* One window per library: files given for a library open in its window */
  dir = karta_library_resolve_dir (self->library_dir);
  id = karta_library_application_id (g_application_get_application_id (app), dir);
  g_application_set_application_id (app, id);
  return -1;
}

static const char *
what_to_do (const GError *error)
{
  if (error->domain != KARTA_ERROR)
    return _ ("Check that the folder exists and that you may write to it, then start Karta again.");
  switch (error->code)
    {
    case KARTA_ERROR_TOO_NEW:
      return _ ("This library was saved by a newer version of Karta. Install that version to open it.");
    case KARTA_ERROR_NOT_A_LIBRARY:
      return _ ("The file is not a Karta library. Start Karta with another folder (karta --library FOLDER), or move the file away.");
    case KARTA_ERROR_CORRUPT:
      return _ ("Restore the latest backup: it is checked first, and the damaged file is kept beside it. Or ask your administrator for help.");
    case KARTA_ERROR_READ_ONLY:
      return _ ("Allow writing to the folder, free some disk space, or start Karta with another folder (karta --library FOLDER).");
    case KARTA_ERROR_BUSY:
      return _ ("Another program — karta-cli, a copy or a sync of the folder — is writing the library. Wait for it to finish, then start Karta again.");
    case KARTA_ERROR_NO_SPACE:
      return _ ("Free some space on the disk, then start Karta again. Nothing in the library was lost.");
    case KARTA_ERROR_IO:
      return _ ("Check the disk or the network folder the library is on, then start Karta again. The library is not known to be damaged: do not replace it with a backup unless this goes on.");
    default:
      return _ ("Check that the folder exists and that you may write to it, then start Karta again.");
    }
}

static void
on_open_folder (GtkButton  *button,
                const char *dir)
{
  g_autoptr (GFile) file = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), uri, GDK_CURRENT_TIME);
}

/* The backup in place: the library is opened again, in a new window */
static void
on_restored (gpointer user_data)
{
  KartaApplication *self = user_data;
  GList            *windows;

  g_application_hold (G_APPLICATION (self));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
  self->tried_open = FALSE;
  g_application_activate (G_APPLICATION (self));
  g_application_release (G_APPLICATION (self));
}

static void
on_restore_clicked (GtkButton        *button,
                    KartaApplication *self)
{
  g_autofree char *dir = karta_library_resolve_dir (self->library_dir);

  karta_restore_backup_ask (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), dir, on_restored, self);
}

/* Open Folder, Quit; for a damaged library with a backup, Restore */
static GtkWidget *
error_buttons (KartaApplication *self,
               const char       *dir,
               const GError     *error)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *open = gtk_button_new_with_mnemonic (_ ("_Open Folder"));
  GtkWidget       *quit = gtk_button_new_with_mnemonic (_ ("_Quit"));
  g_autofree char *backup = karta_library_latest_backup (dir);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "pill");
  gtk_widget_add_css_class (quit, "pill");
  g_signal_connect_data (open, "clicked", G_CALLBACK (on_open_folder), g_strdup (dir),
                         (GClosureNotify) G_CALLBACK (g_free), 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (quit), "app.quit");
  gtk_box_append (GTK_BOX (box), open);
  if (g_error_matches (error, KARTA_ERROR, KARTA_ERROR_CORRUPT) && backup != NULL)
    {
      GtkWidget *restore = gtk_button_new_with_mnemonic (_ ("_Restore Backup…"));

      gtk_widget_add_css_class (restore, "pill");
      gtk_widget_add_css_class (restore, "suggested-action");
      gtk_widget_set_name (restore, "restore-button");
      g_signal_connect (restore, "clicked", G_CALLBACK (on_restore_clicked), self);
      gtk_box_append (GTK_BOX (box), restore);
    }
  else
    gtk_widget_add_css_class (quit, "suggested-action");
  gtk_box_append (GTK_BOX (box), quit);
  return box;
}

/* What failed, where, why and what to do: in the window, not a dialog,
 * as there is nothing else to show */
static GtkWindow *
error_window_new (KartaApplication *self,
                  const char       *dir,
                  const GError     *error)
{
  GtkWidget       *window = adw_application_window_new (GTK_APPLICATION (self));
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget       *status = adw_status_page_new ();
  g_autofree char *where = g_markup_printf_escaped (_ ("Library: %s"), dir);
  g_autofree char *why = g_markup_escape_text (error->message, -1);
  g_autofree char *todo = g_markup_escape_text (what_to_do (error), -1);
  g_autofree char *description = g_strdup_printf ("%s\n\n%s\n\n%s\n\n<b>%s</b>", why, where, todo,
                                                  _ ("Karta has not changed anything in the library."));

  gtk_window_set_title (GTK_WINDOW (window), _ ("Karta"));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 560);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _ ("Could Not Open the Library"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), error_buttons (self, dir, error));
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  return GTK_WINDOW (window);
}

static gboolean
library_is_empty (KartaStore *store)
{
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (store, NULL);

  return roadmaps != NULL && roadmaps->len == 0;
}

static void
load_samples_on_first_run (KartaStore *store)
{
  g_autofree char *samples = karta_samples_dir ();
  g_autoptr (GError) error = NULL;

  if (library_is_empty (store) && !karta_samples_load (store, samples, NULL, &error))
    g_warning ("Could not load the sample roadmaps from %s: %s", samples, error->message);
}

/* The integrity check reads the whole database, so it runs after the
 * window is up; a damaged library then replaces the window with the
 * explanation. */
static void
on_library_verified (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr (KartaApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  GList           *windows;

  if (karta_library_verify_finish (KARTA_STORE (source), result, &error))
    return;
  g_warning ("The library is damaged: %s", error->message);
  dir = karta_library_resolve_dir (self->library_dir);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
  g_clear_object (&self->store);
  gtk_window_present (error_window_new (self, dir, error));
}

#define EXTERNAL_CHANGES_POLL_MS 500

/* At a low priority: after the window and its table are drawn, so that
 * the check does not compete with them for the processor. */
static gboolean
start_verifying (gpointer user_data)
{
  KartaApplication *self = user_data;

  if (self->store != NULL)
    karta_library_verify_async (self->store, NULL, on_library_verified, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static GtkWindow *
create_window (KartaApplication *self)
{
  g_autofree char *dir = karta_library_resolve_dir (self->library_dir);
  g_autofree char *database = g_build_filename (dir, "karta.db", NULL);
  gboolean         first_run = !g_file_test (database, G_FILE_TEST_EXISTS);
  g_autoptr (GError) error = NULL;

  if (!self->tried_open)
    {
      self->tried_open = TRUE;
      self->store = karta_library_open_full (dir, KARTA_STORE_OPEN_DEFER_CHECK, &error);
      if (self->store == NULL)
        {
          g_warning ("Could not open the library in %s: %s", dir, error->message);
          return error_window_new (self, dir, error);
        }
      g_idle_add_full (G_PRIORITY_LOW, start_verifying, g_object_ref (self), g_object_unref);
      if (first_run)
        load_samples_on_first_run (self->store);
      /* what karta-cli or another program commits shows within a second */
      karta_store_watch_external_changes (self->store, EXTERNAL_CHANGES_POLL_MS);
    }
  if (self->store == NULL)
    return gtk_application_get_active_window (GTK_APPLICATION (self));
  return GTK_WINDOW (karta_window_new (GTK_APPLICATION (self), self->store));
}

/* The library's window (or the one saying why the library cannot be
 * opened): any window but the previewers */
static GtkWindow *
main_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (!KARTA_IS_PREVIEWER_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
karta_application_activate (GApplication *app)
{
  GtkWindow *window = main_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = create_window (KARTA_APPLICATION (app));
  if (window != NULL)
    gtk_window_present (window);
}

/* A PDF by its name or its content: a damaged one is still shown in the
 * previewer, which says what is wrong with it */
static gboolean
is_pdf (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_ascii_strdown (name != NULL ? name : "", -1);
  g_autoptr (GFileInfo) info = NULL;

  if (g_str_has_suffix (folded, ".pdf"))
    return TRUE;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL && g_content_type_is_a (g_file_info_get_content_type (info), "application/pdf");
}

/* A PDF (from the file manager or the command line) opens in the previewer
 * alone, without the library. Opening a roadmap's interchange JSON adds it
 * to the library as a new roadmap; a Word, ODF, HTML or text document goes
 * through the import review */
static void
karta_application_open (GApplication *app,
                        GFile       **files,
                        int           n_files,
                        const char   *hint)
{
  g_autoptr (GPtrArray) imports = g_ptr_array_new ();
  GtkWindow *window;

  for (int i = 0; i < n_files; i++)
    if (is_pdf (files[i]))
      gtk_window_present (GTK_WINDOW (karta_previewer_window_new (GTK_APPLICATION (app), files[i])));
    else
      g_ptr_array_add (imports, files[i]);
  if (imports->len == 0)
    return;
  karta_application_activate (app);
  window = main_window (GTK_APPLICATION (app));
  if (!KARTA_IS_WINDOW (window))
    return;
  for (guint i = 0; i < imports->len; i++)
    karta_window_open_file (KARTA_WINDOW (window), g_ptr_array_index (imports, i));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkWindow  *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget  *about = adw_about_window_new ();
  const char *developers[] = { _ ("The Karta developers"), NULL };

  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _ ("Karta"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _ ("The Karta developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _ ("Plan the roadmaps of the «500+» school-support programme, "
                                    "follow their execution and keep the confirming documents."));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _ ("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

/* Built when asked for, not with every window as GtkApplication would do
 * with gtk/help-overlay.ui: it is a large window that most starts never show.
 * A document window has keys of its own. */
static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (KARTA_IS_PREVIEWER_WINDOW (parent)
                                                                    ? "/ru/karta/Karta/previewer/karta-previewer-shortcuts.ui"
                                                                    : "/ru/karta/Karta/app/karta-shortcuts.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (shortcuts, parent);
  gtk_window_present (shortcuts);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "shortcuts", shortcuts_action },
};

static void
karta_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (karta_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  g_unix_signal_add (SIGTERM, on_quit_signal, app);
  g_unix_signal_add (SIGINT, on_quit_signal, app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
}

static void
karta_application_class_init (KartaApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = karta_application_finalize;
  app_class->handle_local_options = karta_application_handle_local_options;
  app_class->startup = karta_application_startup;
  app_class->shutdown = karta_application_shutdown;
  app_class->activate = karta_application_activate;
  app_class->open = karta_application_open;
}

static void
karta_application_init (KartaApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "library", 'l', G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _ ("Use the library in FOLDER (default: $KARTA_LIBRARY or ~/.local/share/karta)"),
                                 _ ("FOLDER"));
}

KartaApplication *
karta_application_new (void)
{
  return g_object_new (KARTA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/ru/karta/Karta",
                       NULL);
}
