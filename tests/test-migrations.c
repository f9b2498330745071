/* test-migrations.c — older databases upgrade; others are left alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-error.h"
#include "karta-store-document-view.h"
#include "karta-store-private.h"
#include "karta-test-util.h"

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_old_database_upgrades (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.before-format-%d.bak", path, KARTA_SCHEMA_VERSION);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = NULL;
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  sqlite3 *db = NULL;
  int      rotation = -1;

  /* A library as the first released format wrote it. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (karta_schema_migrate (db, path, 1, &error));
  exec_sql (db,
            "INSERT INTO roadmaps (id, title, period_start, period_end) VALUES (1, 'Старая карта', '2021-01-01', '2021-12-31');"
            "INSERT INTO orders (roadmap_id, position, kind, number) VALUES (1, 0, 'Приказ', '7');"
            "INSERT INTO sections (id, roadmap_id, position, number, title) VALUES (1, 1, 0, '1', 'Раздел');"
            "INSERT INTO activities (roadmap_id, section_id, position, number, title, term) VALUES (1, 1, 0, '1.1', 'Совещание', 'май');");
  sqlite3_close (db);

  store = karta_store_open (path, KARTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  roadmaps = karta_store_list_roadmaps (store, &error);
  g_assert_cmpuint (roadmaps->len, ==, 1);
  roadmap = karta_store_load_roadmap (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (roadmap->order->number, ==, "7");
  g_assert_cmpuint (karta_roadmap_count_activities (roadmap), ==, 1);
  /* What the later formats added is there, and the backup of format 1 was kept. */
  g_assert_true (karta_store_get_document_rotation (store, "00", &rotation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rotation, ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_true (karta_schema_check_file (backup, &error));

  g_clear_object (&store);
  karta_test_remove_tree (dir);
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = karta_test_checksum_of (path);
  g_autofree char *after = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) store = karta_library_open (dir, &error);

  g_assert_null (store);
  g_assert_error (error, KARTA_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  after = karta_test_checksum_of (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_newer_database_refused (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  g_autofree char *sql = NULL;
  sqlite3         *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (karta_schema_migrate (db, path, KARTA_SCHEMA_VERSION, NULL));
  sql = g_strdup_printf ("PRAGMA user_version = %d", KARTA_SCHEMA_VERSION + 1);
  exec_sql (db, sql);
  sqlite3_close (db);

  assert_refused (path, KARTA_ERROR_TOO_NEW);
  karta_test_remove_tree (dir);
}

static void
test_foreign_database_refused (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "karta.db", NULL);
  sqlite3         *db = NULL;

  /* Somebody else's SQLite file: no pragmas set, tables of its own. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_sql (db, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org');");
  sqlite3_close (db);

  assert_refused (path, KARTA_ERROR_NOT_A_LIBRARY);
  karta_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/migrations/old-upgrades", test_old_database_upgrades);
  g_test_add_func ("/migrations/newer-refused", test_newer_database_refused);
  g_test_add_func ("/migrations/foreign-refused", test_foreign_database_refused);
  return g_test_run ();
}
