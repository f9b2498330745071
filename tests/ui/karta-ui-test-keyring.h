/* karta-ui-test-keyring.h — a keyring of the test's own: gnome-keyring-daemon
 * on a private session bus, with an unlocked login keyring in a temporary
 * directory, so that the user's keyring is never touched
 *
 * karta_ui_test_keyring_start() comes first in main(), before anything
 * connects to the session bus (GTK does), and karta_ui_test_keyring_stop()
 * after the tests. Header-only, as karta-ui-test-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "karta-document-passwords.h"
#include "karta-ui-test-util.h"

G_BEGIN_DECLS

static GTestDBus *karta_ui_test_keyring_bus;
static GPid       karta_ui_test_keyring_pid;
static char      *karta_ui_test_keyring_dir;

/* Whether the secrets service has come onto the private bus */
static inline gboolean
karta_ui_test_keyring_is_up (void)
{
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr (GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                         "NameHasOwner", g_variant_new ("(s)", "org.freedesktop.secrets"),
                                         G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  return has_owner;
}

/* Starts the keyring; FALSE (and the tests that need it are skipped)
 * without gnome-keyring-daemon */
static inline gboolean
karta_ui_test_keyring_start (void)
{
  g_autofree char *daemon = g_find_program_in_path ("gnome-keyring-daemon");
  g_autofree char *data = NULL;
  g_autofree char *runtime = NULL;
  g_autofree char *display = NULL;
  g_autofree char *user_runtime = NULL;
  g_auto (GStrv) envp = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { NULL, "--foreground", "--unlock", "--components=secrets", NULL };
  gint64      deadline;
  int         input;

  if (daemon == NULL)
    return FALSE;
  karta_ui_test_keyring_dir = g_dir_make_tmp ("karta-test-keyring-XXXXXX", NULL);
  data = g_build_filename (karta_ui_test_keyring_dir, "data", NULL);
  runtime = g_build_filename (karta_ui_test_keyring_dir, "run", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (runtime, 0700), ==, 0);
  karta_ui_test_keyring_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  /* The private bus starts no services: an accessibility bus of its own
   * would announce itself on the display and vanish with it, under the
   * other tests sharing the display. GTK is told not to look for one. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  /* it unsets DISPLAY and XDG_RUNTIME_DIR, which the tests need */
  display = g_strdup (g_getenv ("DISPLAY"));
  user_runtime = g_strdup (g_getenv ("XDG_RUNTIME_DIR"));
  g_test_dbus_up (karta_ui_test_keyring_bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  if (user_runtime != NULL)
    g_setenv ("XDG_RUNTIME_DIR", user_runtime, TRUE);

  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "HOME", karta_ui_test_keyring_dir, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
  envp = g_environ_setenv (envp, "XDG_RUNTIME_DIR", runtime, TRUE);
  argv[0] = daemon;
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &karta_ui_test_keyring_pid, &input, NULL, NULL, &error))
    {
      g_printerr ("gnome-keyring-daemon did not start: %s\n", error->message);
      return FALSE;
    }
  /* the login keyring's password, on standard input */
  if (write (input, "karta", 5) != 5)
    g_printerr ("gnome-keyring-daemon was not given its password\n");
  close (input);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!karta_ui_test_keyring_is_up () && g_get_monotonic_time () < deadline)
    g_usleep (50 * 1000);
  return karta_ui_test_keyring_is_up ();
}

static inline void
karta_ui_test_keyring_stop (void)
{
  if (karta_ui_test_keyring_pid != 0)
    {
      kill (karta_ui_test_keyring_pid, SIGTERM);
      waitpid (karta_ui_test_keyring_pid, NULL, 0);
      g_spawn_close_pid (karta_ui_test_keyring_pid);
    }
  if (karta_ui_test_keyring_bus != NULL)
    {
      /* not g_test_dbus_down(), nor the last unref that calls it: it
       * waits for the connection, which GTK keeps to the end */
      g_test_dbus_stop (karta_ui_test_keyring_bus);
    }
  if (karta_ui_test_keyring_dir != NULL)
    {
      g_autoptr (GFile) dir = g_file_new_for_path (karta_ui_test_keyring_dir);
      karta_ui_test_remove_tree (dir);
      g_clear_pointer (&karta_ui_test_keyring_dir, g_free);
    }
}

static inline void
karta_ui_test_on_kept_password (GObject      *source,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  char **password = user_data;

  *password = karta_document_password_lookup_finish (result, NULL);
  if (*password == NULL)
    *password = g_strdup ("");
}

/* The password the keyring keeps for the document @sha256, "" for none */
static inline char *
karta_ui_test_kept_password (const char *sha256)
{
  char *password = NULL;

  karta_document_password_lookup_async (sha256, NULL, karta_ui_test_on_kept_password, &password);
  while (password == NULL)
    g_main_context_iteration (NULL, TRUE);
  return password;
}

/* Waits (at most ten seconds) until the keyring keeps @expected ("" for
 * nothing) for @sha256: storing and forgetting are asynchronous */
static inline gboolean
karta_ui_test_keyring_has (const char *sha256,
                           const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  do
    {
      g_autofree char *kept = karta_ui_test_kept_password (sha256);
      if (g_str_equal (kept, expected))
        return TRUE;
      karta_ui_test_wait_ms (50);
    }
  while (g_get_monotonic_time () < deadline);
  return FALSE;
}

G_END_DECLS
