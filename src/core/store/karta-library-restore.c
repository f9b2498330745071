/* karta-library-restore.c — a damaged library replaced by a backup
 *
 * Only a backup that passes the integrity check replaces the library; the
 * damaged database is kept beside it (karta.db.damaged-DATE, with its WAL)
 * for whoever wants to look at it, never deleted. The copy is written to
 * a temporary file, synced and renamed into place, so that a crash halfway
 * leaves either the damaged file or the backup, never half of one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-library"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-error.h"
#include "karta-library.h"
#include "karta-store-private.h"

/**
 * karta_library_latest_backup:
 * @dir: a library folder
 *
 * Returns: (transfer full) (nullable): the newest backup of the library
 */
char *
karta_library_latest_backup (const char *dir)
{
  g_autofree char *backups = g_build_filename (dir, KARTA_LIBRARY_BACKUPS_NAME, NULL);

  return karta_store_latest_backup (backups);
}

/**
 * karta_library_describe_backup:
 * @backup: a backup's path
 * @n_roadmaps: (out): how many roadmaps it holds
 * @modified: (out) (transfer full): when it was made
 *
 * Checks the backup (the integrity check) and tells what it holds, for the
 * user to know what a restore would bring back.
 *
 * Returns: %FALSE with @error set if it cannot be read or is damaged itself
 */
gboolean
karta_library_describe_backup (const char *backup,
                               guint      *n_roadmaps,
                               GDateTime **modified,
                               GError    **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (backup);
  g_autoptr (GFileInfo) info = NULL;
  sqlite3      *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean      ok;

  if ((info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, error)) == NULL)
    return FALSE;
  if (!karta_schema_check_file (backup, error))
    return FALSE;
  if (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_autofree char *what = g_strdup_printf (_ ("The backup “%s” cannot be read"), backup);
      karta_sqlite_set_error (db, sqlite3_extended_errcode (db), what, error);
      sqlite3_close_v2 (db);
      return FALSE;
    }
  ok = karta_store_verify (db, backup, error) &&
       sqlite3_prepare_v2 (db, "SELECT count (*) FROM roadmaps", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    {
      *n_roadmaps = sqlite3_column_int (stmt, 0);
      *modified = g_file_info_get_modification_date_time (info);
    }
  else if (error != NULL && *error == NULL)
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT, _ ("The backup “%s” cannot be read: %s"), backup,
                 sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
fail_errno (GError    **error,
            const char *path)
{
  int saved = errno;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _ ("Could not write “%s”: %s"), path,
               g_strerror (saved));
  return FALSE;
}

/* @from copied to @to whole, on the disk before it counts */
static gboolean
copy_synced (const char *from,
             const char *to,
             GError    **error)
{
  g_autoptr (GFile) source = g_file_new_for_path (from);
  g_autoptr (GFile) target = g_file_new_for_path (to);
  int fd;

  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  if ((fd = open (to, O_RDWR | O_CLOEXEC)) < 0)
    return fail_errno (error, to);
  if (fsync (fd) != 0)
    {
      close (fd);
      return fail_errno (error, to);
    }
  close (fd);
  return TRUE;
}

/* The database and its WAL moved aside under @kept; the shared memory of
 * a database that is no more is of no use, and removed */
static gboolean
keep_damaged (const char *database,
              const char *kept,
              GError    **error)
{
  g_autofree char *wal = g_strconcat (database, "-wal", NULL);
  g_autofree char *kept_wal = g_strconcat (kept, "-wal", NULL);
  g_autofree char *shm = g_strconcat (database, "-shm", NULL);

  if (g_file_test (database, G_FILE_TEST_EXISTS) && g_rename (database, kept) != 0)
    return fail_errno (error, kept);
  if (g_file_test (wal, G_FILE_TEST_EXISTS) && g_rename (wal, kept_wal) != 0)
    return fail_errno (error, kept_wal);
  g_unlink (shm);
  return TRUE;
}

/**
 * karta_library_restore:
 * @dir: the library folder, not open
 * @backup: (nullable): the backup to restore; %NULL for the newest
 * @kept: (out) (transfer full) (optional): where the damaged database was
 *   kept
 *
 * Replaces the library's database with @backup, once the backup has passed
 * the integrity check. What was changed after the backup was made is not
 * in it: the caller says so first (karta_library_describe_backup()).
 *
 * Returns: %FALSE with @error set, the library as it was
 */
gboolean
karta_library_restore (const char *dir,
                       const char *backup,
                       char      **kept,
                       GError    **error)
{
  g_autofree char *newest = backup == NULL ? karta_library_latest_backup (dir) : NULL;
  g_autofree char *database = g_build_filename (dir, KARTA_LIBRARY_DATABASE_NAME, NULL);
  g_autofree char *temporary = g_strconcat (database, ".restoring", NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *damaged = g_strdup_printf ("%s.damaged-%s", database, stamp);
  g_autoptr (GDateTime) made = NULL;
  guint n_roadmaps;

  if (backup == NULL)
    backup = newest;
  if (backup == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The library “%s” has no backup to restore"), dir);
      return FALSE;
    }
  if (!karta_library_describe_backup (backup, &n_roadmaps, &made, error))
    return FALSE;
  if (!copy_synced (backup, temporary, error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  if (!keep_damaged (database, damaged, error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  if (g_rename (temporary, database) != 0)
    {
      /* the damaged one back where it was: nothing changed */
      fail_errno (error, database);
      g_rename (damaged, database);
      g_unlink (temporary);
      return FALSE;
    }
  if (kept != NULL)
    *kept = g_steal_pointer (&damaged);
  return TRUE;
}
