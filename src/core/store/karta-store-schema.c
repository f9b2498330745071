/* karta-store-schema.c — recognising, creating and upgrading the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-schema"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-error.h"
#include "karta-store-private.h"

/* Migration N brings a database from user_version N-1 to N. They only ever
 * get appended: a released migration is never edited. */
static const char *migrations[] = {
  /* 1: the roadmap domain */
  "CREATE TABLE people ("
  "  id INTEGER PRIMARY KEY,"
  "  full_name TEXT NOT NULL,"
  "  position TEXT,"
  "  organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,"
  "  phone TEXT,"
  "  email TEXT);"
  "CREATE TABLE organisations ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  short_name TEXT,"
  "  number TEXT,"
  "  kind TEXT,"
  "  district TEXT,"
  "  pupils INTEGER,"
  "  is_school INTEGER NOT NULL DEFAULT 1,"
  "  curator_id INTEGER REFERENCES people (id) ON DELETE SET NULL);"
  "CREATE INDEX organisations_name ON organisations (name);"
  "CREATE TABLE organisation_categories ("
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  PRIMARY KEY (organisation_id, year, name));"
  "CREATE TABLE roadmaps ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  goal TEXT,"
  "  period_start TEXT NOT NULL,"
  "  period_end TEXT NOT NULL);"
  "CREATE TABLE orders ("
  "  id INTEGER PRIMARY KEY,"
  "  roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL," /* 0: the approving order, then editions */
  "  kind TEXT, number TEXT, date TEXT, authority TEXT,"
  "  signatory TEXT, controller TEXT, note TEXT,"
  "  UNIQUE (roadmap_id, position));"
  "CREATE TABLE roadmap_tasks ("
  "  roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (roadmap_id, position));"
  "CREATE TABLE sections ("
  "  id INTEGER PRIMARY KEY,"
  "  roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  parent_id INTEGER REFERENCES sections (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  number TEXT,"
  "  title TEXT);"
  "CREATE INDEX sections_roadmap ON sections (roadmap_id);"
  "CREATE TABLE section_items ("
  "  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('task', 'indicator')),"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (section_id, kind, position));"
  "CREATE TABLE activities ("
  "  id INTEGER PRIMARY KEY,"
  "  roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  number TEXT,"
  "  title TEXT NOT NULL,"
  "  term TEXT,"
  "  schedule_kind TEXT NOT NULL DEFAULT 'none',"
  "  schedule_rule TEXT,"
  "  term_edited INTEGER NOT NULL DEFAULT 0,"
  "  responsible TEXT, executors TEXT, participants TEXT,"
  "  direction TEXT, result TEXT, evidence TEXT,"
  "  status TEXT NOT NULL DEFAULT 'planned'"
  "    CHECK (status IN ('planned', 'in_progress', 'done', 'overdue', 'cancelled')),"
  "  done_on TEXT,"
  "  notes TEXT);"
  "CREATE INDEX activities_roadmap ON activities (roadmap_id, section_id, position);"
  "CREATE INDEX activities_section ON activities (section_id);"
  "CREATE INDEX activities_status ON activities (roadmap_id, status);"
  "CREATE TABLE schedule_spans ("
  "  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  start TEXT NOT NULL,"
  "  end TEXT NOT NULL,"
  "  label TEXT,"
  "  PRIMARY KEY (activity_id, position));"
  "CREATE TABLE activity_schools ("
  "  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,"
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  PRIMARY KEY (activity_id, organisation_id));"
  "CREATE INDEX activity_schools_organisation ON activity_schools (organisation_id);"
  "CREATE TABLE executions ("
  "  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,"
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL DEFAULT 'planned',"
  "  done_on TEXT,"
  "  note TEXT,"
  "  PRIMARY KEY (activity_id, organisation_id));"
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  sha256 TEXT NOT NULL UNIQUE,"
  "  file_name TEXT NOT NULL,"
  "  size INTEGER NOT NULL DEFAULT 0,"
  "  kind TEXT, number TEXT, date TEXT, title TEXT,"
  "  pages INTEGER NOT NULL DEFAULT 0,"
  "  has_text INTEGER NOT NULL DEFAULT 0,"
  "  added_by TEXT,"
  "  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
  "CREATE TABLE document_links ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  roadmap_id INTEGER REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  order_id INTEGER REFERENCES orders (id) ON DELETE CASCADE,"
  "  activity_id INTEGER REFERENCES activities (id) ON DELETE CASCADE,"
  "  organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,"
  "  CHECK (coalesce (roadmap_id, order_id, activity_id, organisation_id) IS NOT NULL));"
  "CREATE INDEX document_links_activity ON document_links (activity_id);"
  "CREATE INDEX document_links_document ON document_links (document_id);"
  "CREATE TABLE glossary ("
  "  roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  abbr TEXT NOT NULL,"
  "  meaning TEXT,"
  "  PRIMARY KEY (roadmap_id, position));"
  "CREATE TABLE history ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  action TEXT NOT NULL);",

  /* 2: risk profiles (ФИОКО), factors versioned by year */
  "CREATE TABLE risk_factor_lists ("
  "  id INTEGER PRIMARY KEY,"
  "  year INTEGER NOT NULL,"
  "  title TEXT);"
  "CREATE TABLE risk_factors ("
  "  id INTEGER PRIMARY KEY,"
  "  list_id INTEGER NOT NULL REFERENCES risk_factor_lists (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  UNIQUE (list_id, position));"
  "CREATE TABLE risk_profiles ("
  "  id INTEGER PRIMARY KEY,"
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  list_id INTEGER NOT NULL REFERENCES risk_factor_lists (id),"
  "  UNIQUE (organisation_id, year));"
  "CREATE TABLE risk_levels ("
  "  profile_id INTEGER NOT NULL REFERENCES risk_profiles (id) ON DELETE CASCADE,"
  "  factor_id INTEGER NOT NULL REFERENCES risk_factors (id),"
  "  level TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high')),"
  "  PRIMARY KEY (profile_id, factor_id));"
  "CREATE TABLE activity_factors ("
  "  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,"
  "  factor_id INTEGER NOT NULL REFERENCES risk_factors (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (activity_id, factor_id));"
  "ALTER TABLE sections ADD COLUMN factor_id INTEGER REFERENCES risk_factors (id) ON DELETE SET NULL;"
  "INSERT INTO risk_factor_lists (id, year, title) VALUES (1, 2021, 'ФИОКО 2021');"
  "INSERT INTO risk_factors (list_id, position, name) VALUES"
  "  (1, 1, 'Низкий уровень оснащения школы'),"
  "  (1, 2, 'Дефицит педагогических кадров'),"
  "  (1, 3, 'Недостаточная предметная и методическая компетентность педагогических работников'),"
  "  (1, 4, 'Низкое качество преодоления языковых и культурных барьеров'),"
  "  (1, 5, 'Высокая доля обучающихся с рисками учебной неуспешности'),"
  "  (1, 6, 'Высокая доля обучающихся с ОВЗ'),"
  "  (1, 7, 'Низкая учебная мотивация обучающихся'),"
  "  (1, 8, 'Низкий уровень дисциплины в классе'),"
  "  (1, 9, 'Пониженный уровень школьного благополучия'),"
  "  (1, 10, 'Низкий уровень вовлеченности родителей');",

  /* 3: how the user turned each document in the previewer: a view
   * preference, written outside the undo history, so keyed by the file's
   * hash without a foreign key — no user action (nor its undo) touches it */
  "CREATE TABLE document_views ("
  "  sha256 TEXT PRIMARY KEY,"
  "  rotation INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270))"
  ") WITHOUT ROWID;",

  /* 4: what import reads beyond the plan's rows: the context a plan
   * answers, the roadmap's own indicators, and which activity numbers were
   * given by position rather than written */
  "ALTER TABLE roadmaps ADD COLUMN context TEXT;"
  "CREATE TABLE roadmap_indicators ("
  "  roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (roadmap_id, position));"
  "ALTER TABLE activities ADD COLUMN number_generated INTEGER NOT NULL DEFAULT 0;",

  /* 5: the school quarters («четверти») the user set for a school year,
   * where they differ from the usual months */
  "CREATE TABLE school_quarters ("
  "  school_year INTEGER NOT NULL,"
  "  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),"
  "  start TEXT NOT NULL,"
  "  end TEXT NOT NULL CHECK (end >= start),"
  "  PRIMARY KEY (school_year, quarter));",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == KARTA_SCHEMA_VERSION);

static const char sqlite_magic[16] = "SQLite format 3";

static gboolean
read_header_pragmas (const char *path,
                     int        *application_id,
                     int        *user_version,
                     int        *n_tables,
                     GError    **error)
{
  sqlite3      *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean      ok = FALSE;

  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);

  if (rc == SQLITE_OK)
    {
      /* another program writing is waited for, not taken for damage */
      sqlite3_busy_timeout (db, KARTA_STORE_BUSY_TIMEOUT_MS);
      rc = sqlite3_prepare_v2 (db, "SELECT *, (SELECT count (*) FROM sqlite_master) FROM pragma_application_id, pragma_user_version",
                               -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *application_id = sqlite3_column_int (stmt, 0);
      *user_version = sqlite3_column_int (stmt, 1);
      *n_tables = sqlite3_column_int (stmt, 2);
      ok = TRUE;
    }
  else
    {
      g_autofree char *what = g_strdup_printf (_ ("The library database “%s” cannot be read"), path);
      karta_sqlite_set_error (db, db != NULL ? sqlite3_extended_errcode (db) : rc, what, error);
    }
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
has_sqlite_header (const char *path,
                   gboolean   *empty,
                   GError    **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) stream = NULL;
  char  header[16] = { 0 };
  gsize n_read = 0;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, error))
    return FALSE;
  *empty = n_read == 0;
  if (!*empty && (n_read < sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_A_LIBRARY,
                   _ ("“%s” is not a Karta library: it is not a database at all"), path);
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_schema_check_file:
 *
 * Tells, without writing anything, whether @path may be opened as a Karta
 * library: it does not exist yet, or it is an SQLite database with nothing
 * in it or Karta's, from this version of Karta or an older one. A file of
 * no bytes at all is refused as damaged.
 */
gboolean
karta_schema_check_file (const char *path,
                         GError    **error)
{
  gboolean empty = FALSE;
  int      application_id = 0, user_version = 0, n_tables = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!has_sqlite_header (path, &empty, error))
    return FALSE;
  /* what a copy or a sync that did not finish leaves: never a new library
   * in its place, which would be backed up as the latest */
  if (empty)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT,
                   _ ("The library database “%s” is empty (0 bytes), as a copy or a sync that did not finish leaves it. "
                      "Restore it from a backup, or remove it to start a new library."),
                   path);
      return FALSE;
    }
  if (!read_header_pragmas (path, &application_id, &user_version, &n_tables, error))
    return FALSE;

  /* An SQLite file with nothing in it may become a library; one with tables
   * of its own is somebody else's. */
  if (application_id != KARTA_APPLICATION_ID && (application_id != 0 || user_version != 0 || n_tables > 0))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_A_LIBRARY,
                   _ ("“%s” is a database of another program, not a Karta library; it was left untouched"),
                   path);
      return FALSE;
    }
  if (user_version > KARTA_SCHEMA_VERSION)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_TOO_NEW,
                   _ ("The library “%s” was written by a newer version of Karta (format %d; this one reads up to %d). "
                      "Update Karta to open it; the file was left untouched."),
                   path, user_version, KARTA_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int           value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
exec (sqlite3    *db,
      const char *sql,
      GError    **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED,
                   _ ("Could not upgrade the library database: %s"), message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_schema_migrate:
 * @target_version: the version to reach, %KARTA_SCHEMA_VERSION but in tests
 *
 * Creates the schema in a new database or upgrades an older one, after a
 * verified backup, in one transaction.
 */
gboolean
karta_schema_migrate (sqlite3    *db,
                      const char *path,
                      int         target_version,
                      GError    **error)
{
  int              version = query_int (db, "PRAGMA user_version");
  g_autofree char *finish = NULL;

  g_return_val_if_fail (target_version <= KARTA_SCHEMA_VERSION, FALSE);

  if (version >= target_version)
    return TRUE;
  if (version > 0)
    {
      g_autofree char *backup = g_strdup_printf ("%s.before-format-%d.bak", path, target_version);
      if (!karta_backup_copy (db, backup, error))
        {
          g_prefix_error (error, _ ("“%s” was not upgraded, for it could not be backed up first: "), path);
          return FALSE;
        }
    }

  if (!exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (int v = version; v < target_version; v++)
    if (!exec (db, migrations[v], error))
      {
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
        return FALSE;
      }
  finish = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d; COMMIT;",
                            KARTA_APPLICATION_ID, target_version);
  if (!exec (db, finish, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
