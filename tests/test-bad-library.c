/* test-bad-library.c — libraries that cannot be used are refused clearly,
 * by the library API and by karta-cli, and never modified
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "karta-error.h"
#include "karta-library.h"
#include "karta-store-private.h"
#include "karta-test-util.h"

#define NOBODY 65534

/* Root may write anywhere, so read-only cases run as nobody. */
static void
drop_privileges (gpointer user_data)
{
  if (geteuid () == 0 && (setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    _exit (99);
}

static void
run_cli (const char *dir,
         int        *status,
         char      **err)
{
  const char *argv[] = { g_getenv ("KARTA_CLI"), "--library", dir, "list", NULL };
  g_autoptr (GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, drop_privileges, NULL,
                               NULL, err, status, &error));
  g_assert_no_error (error);
}

/* The CLI says so in one line on stderr, naming the file, and fails. */
static void
assert_cli_refuses (const char *dir,
                    const char *named)
{
  g_autofree char *err = NULL;
  int              status = 0;

  run_cli (dir, &status, &err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, named));
  g_assert_cmpint (strchr (err, '\n') - err, ==, strlen (err) - 1);
}

static void
assert_library_refused (const char *dir,
                        int         code)
{
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autofree char *before = karta_test_checksum_of (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = karta_library_open (dir, &error);

  g_assert_null (store);
  g_assert_error (error, KARTA_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  assert_cli_refuses (dir, path);
  after = karta_test_checksum_of (path);
  g_assert_cmpstr (before, ==, after);
}

static char *
make_library_dir (void)
{
  char *dir = karta_test_make_dir ();

  g_chmod (dir, 0777);
  return dir;
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);

  g_assert_true (g_file_set_contents (path, "Дорожная карта — это не база данных\n", -1, NULL));
  assert_library_refused (dir, KARTA_ERROR_NOT_A_LIBRARY);
  karta_test_remove_tree (dir);
}

/* Keeps the header, scribbles over the pages */
static void
scribble_over_pages (const char *path)
{
  g_autofree char *data = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  memset (data + 4096, 0x5a, length - 4096);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
}

static void
test_corrupt_database (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);

  {
    g_autoptr (KartaStore) store = karta_test_open_library (dir);
    karta_test_add_sample (store, "000-frunzensky-2022.json");
    g_assert_true (karta_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  }
  scribble_over_pages (path);

  assert_library_refused (dir, KARTA_ERROR_CORRUPT);
  /* The message points at the backup made when the library was opened. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (KartaStore) store = karta_library_open (dir, &error);
    g_autofree char *backups = g_build_filename (dir, "backups", NULL);
    g_assert_nonnull (strstr (error->message, backups));
  }
  karta_test_remove_tree (dir);
}

static void
on_verified (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  karta_library_verify_finish (KARTA_STORE (source), result, error);
  g_main_context_wakeup (NULL);
}

/* What the window's check in a worker finds in the library of @dir, opened
 * as the window opens it: the error, which the test expects */
static GError *
verify_in_worker (const char *dir)
{
  g_autoptr (KartaStore) store = NULL;
  GError *error = NULL;

  store = karta_library_open_full (dir, KARTA_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  karta_library_verify_async (store, NULL, on_verified, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  return error;
}

/* The window opens the library at once and checks it in a worker. */
static void
test_corrupt_found_later (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (KartaStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize            length;

  {
    g_autoptr (KartaStore) first = karta_test_open_library (dir);
    karta_test_add_sample (first, "002-vasileostrovsky-2022.json");
    g_assert_true (karta_store_exec (first, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  }
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  /* Only the last page, far from the schema: the file still opens. */
  memset (data + length - 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  before = karta_test_checksum_of (path);

  error = verify_in_worker (dir);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "backups"));
  after = karta_test_checksum_of (path);
  g_assert_cmpstr (before, ==, after);
  karta_test_remove_tree (dir);
}

static char *
make_sample_library (const char *sample)
{
  char *dir = make_library_dir ();

  {
    g_autoptr (KartaStore) store = karta_test_open_library (dir);
    karta_test_add_sample (store, sample);
    g_assert_true (karta_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  }
  return dir;
}

static guint
count_backups (const char *dir)
{
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr (GDir) handle = g_dir_open (backups, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* A karta.db of no bytes (a copy or a sync that did not finish) is not a
 * new library: refused, pointing at the backup, and no backup of it made */
static void
test_zero_bytes (void)
{
  g_autofree char *dir = make_sample_library ("000-frunzensky-2022.json");
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = NULL;
  guint backups = count_backups (dir);

  g_assert_cmpuint (backups, ==, 1);
  g_unlink (wal);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_library_refused (dir, KARTA_ERROR_CORRUPT);
  store = karta_library_open (dir, &error);
  g_assert_nonnull (strstr (error->message, "0"));
  g_assert_nonnull (strstr (error->message, "backups"));
  g_assert_cmpuint (count_backups (dir), ==, backups);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  karta_test_remove_tree (dir);
}

/* An index that no longer matches its table passes SQLite's quick check:
 * the integrity check finds it, at start in the CLI and in the window's
 * worker alike, and no backup of it is made */
static void
test_index_damage (void)
{
  g_autofree char *dir = make_sample_library ("002-vasileostrovsky-2022.json");
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;
  guint    backups = count_backups (dir);

  /* the index's definition changed under its pages: it lists the
   * activities' sections as their statuses */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA writable_schema = ON;"
                                 "UPDATE sqlite_master SET sql = 'CREATE INDEX activities_section ON activities (status)'"
                                 " WHERE name = 'activities_section';"
                                 "PRAGMA writable_schema = OFF;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);

  assert_library_refused (dir, KARTA_ERROR_CORRUPT);
  error = verify_in_worker (dir);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (count_backups (dir), ==, backups);
  karta_test_remove_tree (dir);
}

/* Another program writing the library is waited for, then said to be
 * another program writing: not damage, and no advice to restore */
static void
test_busy (void)
{
  g_autofree char *dir = make_sample_library ("000-frunzensky-2022.json");
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = NULL;
  sqlite3 *writer = NULL;

  /* an exclusive lock, as a program in the middle of a long rollback-journal write */
  g_assert_cmpint (sqlite3_open (path, &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer, "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  store = karta_library_open (dir, &error);
  g_assert_null (store);
  g_test_message ("%s", error->message);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_BUSY);
  g_assert_null (strstr (error->message, "backup"));
  g_assert_null (strstr (error->message, "damaged"));
  sqlite3_exec (writer, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (writer);
  karta_test_remove_tree (dir);
}

/* Each failure SQLite reports is told apart, in one line: only damage
 * is damage */
static void
test_error_kinds (void)
{
  static const struct
  {
    int code, kind;
  } cases[] = {
    { SQLITE_BUSY, KARTA_ERROR_BUSY },
    { SQLITE_LOCKED, KARTA_ERROR_BUSY },
    { SQLITE_FULL, KARTA_ERROR_NO_SPACE },
    { SQLITE_IOERR_WRITE, KARTA_ERROR_IO },
    { SQLITE_READONLY, KARTA_ERROR_READ_ONLY },
    { SQLITE_CORRUPT, KARTA_ERROR_CORRUPT },
    { SQLITE_NOTADB, KARTA_ERROR_CORRUPT },
    { SQLITE_CONSTRAINT, KARTA_ERROR_FAILED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (karta_sqlite_set_error (NULL, cases[i].code, "Could not save the activity", &error));
      g_test_message ("%s", error->message);
      g_assert_error (error, KARTA_ERROR, cases[i].kind);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_null (strchr (error->message, '\n'));
      if (cases[i].kind != KARTA_ERROR_CORRUPT)
        g_assert_null (strstr (error->message, "damaged"));
    }
}

/* karta-cli --library @dir @command [@option]: 0 if it succeeded */
static int
run_command (const char *dir,
             const char *command,
             const char *option,
             char      **out,
             char      **err)
{
  const char *argv[] = { g_getenv ("KARTA_CLI"), "--library", dir, command, option, NULL };
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

/* The temporary file a killed attach leaves is reported by check and
 * removed by check --repair; one just written (an attach under way) is not */
static void
test_leftover_temporary (void)
{
  g_autofree char *dir = make_sample_library ("000-frunzensky-2022.json");
  g_autofree char *documents = g_build_filename (dir, "documents", NULL);
  g_autofree char *old = g_build_filename (documents, ".attach-Ab12Cd", NULL);
  g_autofree char *fresh = g_build_filename (documents, ".attach-Ef34Gh", NULL);
  g_autofree char *out = NULL;
  struct utimbuf   hour_ago = { time (NULL) - 3600, time (NULL) - 3600 };

  g_assert_cmpint (g_mkdir_with_parents (documents, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old, "%PDF-1.4 half a copy", -1, NULL));
  g_assert_cmpint (utime (old, &hour_ago), ==, 0);
  g_assert_true (g_file_set_contents (fresh, "%PDF-1.4 under way", -1, NULL));

  g_assert_cmpint (run_command (dir, "check", NULL, &out, NULL), ==, 1);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, old));
  g_assert_null (strstr (out, fresh));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_command (dir, "check", "--repair", &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, old));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_command (dir, "check", NULL, &out, NULL), ==, 0);
  karta_test_remove_tree (dir);
}

/* A damaged library restored from its backup: the backup checked first,
 * the damaged file kept, the library opening again with the backup's
 * roadmaps; a damaged backup is refused and nothing changes */
static void
test_restore (void)
{
  g_autofree char *dir = make_sample_library ("000-frunzensky-2022.json");
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = NULL;
  g_autoptr (GPtrArray) roadmaps = NULL;

  /* today's backup made anew, with the roadmap */
  karta_test_remove_tree (backups);
  g_clear_object (&store);
  store = karta_test_open_library (dir);
  g_assert_true (karta_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_clear_object (&store);
  backup = karta_library_latest_backup (dir);
  g_assert_nonnull (backup);
  scribble_over_pages (path);
  damaged_sum = karta_test_checksum_of (path);

  /* a damaged backup: refused, the library as it was */
  {
    g_autofree char *copy = g_strconcat (backup, ".good", NULL);
    g_assert_cmpint (g_rename (backup, copy), ==, 0);
    g_assert_true (g_file_set_contents (backup, "SQLite format 3", 16, NULL));
    scribble_over_pages (path); /* unchanged: the same bytes again */
    g_assert_cmpint (run_command (dir, "restore", NULL, &out, &err), ==, 1);
    g_test_message ("%s", err);
    g_assert_nonnull (strstr (err, backup));
    {
      g_autofree char *sum = karta_test_checksum_of (path);
      g_assert_cmpstr (sum, ==, damaged_sum);
    }
    g_assert_cmpint (g_rename (copy, backup), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  g_assert_cmpint (run_command (dir, "restore", NULL, &out, &err), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, backup));
  g_assert_nonnull (strstr (out, "1 roadmap"));
  kept = g_strdup (strstr (out, path));
  g_strchomp (kept);
  g_assert_true (g_str_has_prefix (kept, path));
  {
    g_autofree char *sum = karta_test_checksum_of (kept);
    g_assert_cmpstr (sum, ==, damaged_sum);
  }
  store = karta_library_open (dir, &error);
  g_assert_no_error (error);
  roadmaps = karta_store_list_roadmaps (store, &error);
  g_assert_cmpuint (roadmaps->len, ==, 1);
  karta_test_remove_tree (dir);
}

static void
test_newer_version (void)
{
  g_autofree char *dir = make_library_dir ();

  {
    g_autoptr (KartaStore) store = karta_test_open_library (dir);
    g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", KARTA_SCHEMA_VERSION + 5);
    g_assert_true (karta_store_exec (store, sql, NULL));
    g_assert_true (karta_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  }
  assert_library_refused (dir, KARTA_ERROR_TOO_NEW);
  karta_test_remove_tree (dir);
}

static void
test_read_only_dir_subprocess (void)
{
  const char *dir = g_getenv ("KARTA_TEST_READ_ONLY_DIR");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = NULL;

  drop_privileges (NULL);
  store = karta_library_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, dir));
}

static void
test_read_only_dir (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autofree char *library = g_build_filename (dir, "library", NULL);
  g_autofree char *path = g_build_filename (library, "karta.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr (KartaStore) store = karta_test_open_library (library);
    karta_test_add_sample (store, "004-leningrad-oblast-2022.json");
    g_assert_true (karta_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  }
  before = karta_test_checksum_of (path);
  g_chmod (path, 0444);
  g_chmod (library, 0555);

  g_setenv ("KARTA_TEST_READ_ONLY_DIR", library, TRUE);
  g_test_trap_subprocess ("/bad-library/read-only-dir/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  assert_cli_refuses (library, library);

  after = karta_test_checksum_of (path);
  g_assert_cmpstr (before, ==, after);
  karta_test_remove_tree (dir);
}

/* The refusal is in the user's language, from the translations of the
 * build tree as from installed ones */
static void
test_cli_in_russian (void)
{
  g_autofree char *dir = make_library_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "KARTA_LOCALEDIR", g_getenv ("KARTA_TEST_LOCALEDIR"), TRUE);
  const char      *argv[] = { g_getenv ("KARTA_CLI"), "--library", dir, "list", NULL };
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_true (g_file_set_contents (path, "это не база данных, а текст", -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", err);
  g_assert_true (g_utf8_validate (err, -1, NULL));
  g_assert_nonnull (strstr (err, "не"));
  g_assert_null (strstr (err, " is not "));
  karta_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bad-library/not-a-database", test_not_a_database);
  g_test_add_func ("/bad-library/corrupt", test_corrupt_database);
  g_test_add_func ("/bad-library/newer-version", test_newer_version);
  g_test_add_func ("/bad-library/zero-bytes", test_zero_bytes);
  g_test_add_func ("/bad-library/index-damage", test_index_damage);
  g_test_add_func ("/bad-library/busy", test_busy);
  g_test_add_func ("/bad-library/error-kinds", test_error_kinds);
  g_test_add_func ("/bad-library/leftover-temporary", test_leftover_temporary);
  g_test_add_func ("/bad-library/restore", test_restore);
  g_test_add_func ("/bad-library/corrupt-found-later", test_corrupt_found_later);
  g_test_add_func ("/bad-library/read-only-dir", test_read_only_dir);
  g_test_add_func ("/bad-library/cli-in-russian", test_cli_in_russian);
  g_test_add_func ("/bad-library/read-only-dir/subprocess", test_read_only_dir_subprocess);
  return g_test_run ();
}
