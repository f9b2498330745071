/* test-one-window.c — one window per library: a second `karta --library
 * DIR FILE` hands the file to the window already open on DIR and exits,
 * instead of opening the same database a second time
 *
 * Runs the real `karta` twice on the session bus (run-tests.sh provides
 * one, and a display); skipped without them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "karta-interchange.h"
#include "karta-test-util.h"

/* A window left running by a failed test must not hold meson's pipes open */
#define SILENT (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE)

static gboolean
name_has_owner (GDBusConnection *bus,
                const char      *name)
{
  g_autoptr (GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                            "org.freedesktop.DBus", "NameHasOwner",
                                                            g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                                            G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static void
on_exited (GObject      *source,
           GAsyncResult *result,
           gpointer      exited)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) exited = TRUE;
}

/* Whether @process exits within @seconds; it is killed if not */
static gboolean
exits_within (GSubprocess *process,
              int          seconds)
{
  gint64   deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  gboolean exited = FALSE;

  g_subprocess_wait_async (process, NULL, on_exited, &exited);
  while (!exited && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (!exited)
    {
      g_subprocess_force_exit (process);
      while (!exited)
        g_main_context_iteration (NULL, TRUE);
      return FALSE;
    }
  return TRUE;
}

static guint
count_roadmaps (const char *dir)
{
  g_autoptr (KartaStore) store = karta_library_open (dir, NULL);
  g_autoptr (GPtrArray) roadmaps = store ? karta_store_list_roadmaps (store, NULL) : NULL;

  return roadmaps ? roadmaps->len : 0;
}

static char *
write_roadmap_file (const char *parent)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autofree char *json = NULL;
  char            *path = g_build_filename (parent, "handed-over.json", NULL);

  roadmap->title = g_strdup ("Дорожная карта, переданная окну");
  karta_period_parse ("2025", &roadmap->period, NULL);
  g_ptr_array_add (roadmap->sections, karta_section_new ("1", "Мероприятия"));
  json = karta_interchange_to_string (roadmap);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  return path;
}

static void
test_file_goes_to_the_open_window (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autofree char *parent = karta_test_make_dir ();
  g_autofree char *dir = g_build_filename (parent, "library", NULL);
  g_autofree char *id = karta_library_application_id (APP_ID, dir);
  g_autofree char *file = write_roadmap_file (parent);
  g_autoptr (GSubprocess) first = NULL;
  g_autoptr (GSubprocess) second = NULL;
  const char *app = g_getenv ("KARTA_APP");
  gint64      deadline;
  guint       before;

  if (bus == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs a session bus and a display");
      return;
    }
  first = g_subprocess_new (SILENT, &error, app, "--library", dir, NULL);
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!name_has_owner (bus, id) && g_get_monotonic_time () < deadline)
    g_usleep (50000);
  g_assert_true (name_has_owner (bus, id));
  before = count_roadmaps (dir);

  /* the second hands the file over and exits */
  second = g_subprocess_new (SILENT, &error, app, "--library", dir, file, NULL);
  g_assert_no_error (error);
  if (!exits_within (second, 20))
    {
      g_subprocess_force_exit (first);
      g_test_fail_printf ("a second window opened on the library instead of handing the file over");
      return;
    }
  g_assert_true (g_subprocess_get_successful (second));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (count_roadmaps (dir) == before && g_get_monotonic_time () < deadline)
    g_usleep (100000);
  g_assert_cmpuint (count_roadmaps (dir), ==, before + 1);
  /* still running: the second did not take over the library */
  g_assert_nonnull (g_subprocess_get_identifier (first));

  /* ended by the session, it quits as by Quit: the library closed, its
   * WAL back in karta.db */
  g_subprocess_send_signal (first, SIGTERM);
  g_assert_true (exits_within (first, 20));
  g_assert_true (g_subprocess_get_successful (first));
  {
    g_autofree char *wal = g_build_filename (dir, "karta.db-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
  g_unlink (file);
  karta_test_remove_tree (parent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/one-window/file-goes-to-the-open-window", test_file_goes_to_the_open_window);
  return g_test_run ();
}
