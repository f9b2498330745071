/* karta-store-backup.c — verified copies of the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-backup"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-error.h"
#include "karta-store-private.h"

#define BACKUP_PREFIX "karta-"
#define BACKUP_SUFFIX ".db"

/**
 * karta_backup_copy:
 * @target: where the copy goes; replaced only by a complete, checked copy
 *
 * Copies a live database with SQLite's backup API into a temporary file,
 * checks the copy, and renames it into place.
 */
gboolean
karta_backup_copy (sqlite3    *db,
                   const char *target,
                   GError    **error)
{
  g_autofree char *temporary = g_strconcat (target, ".tmp", NULL);
  sqlite3         *copy = NULL;
  sqlite3_backup  *backup;
  gboolean         ok = FALSE;

  g_unlink (temporary);
  if (sqlite3_open_v2 (temporary, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
      (backup = sqlite3_backup_init (copy, "main", db, "main")) != NULL)
    {
      sqlite3_backup_step (backup, -1);
      ok = sqlite3_backup_finish (backup) == SQLITE_OK && karta_store_verify (copy, target, NULL);
    }
  sqlite3_close_v2 (copy);
  if (ok && g_rename (temporary, target) == 0)
    return TRUE;

  g_unlink (temporary);
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED, _ ("Could not write the backup “%s”"), target);
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static GPtrArray *
list_backups (const char *dir)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, BACKUP_PREFIX) && g_str_has_suffix (name, BACKUP_SUFFIX))
      g_ptr_array_add (names, g_strdup (name));
  /* Names carry the date, so they sort oldest first. */
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

static gint64
modified_time (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_mtime : 0;
}

/* Changed since the newest backup: the database or its WAL is newer. */
static gboolean
changed_since (const char *path,
               const char *backup)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gint64           backed_up = modified_time (backup);

  return modified_time (path) > backed_up || modified_time (wal) > backed_up;
}

/**
 * karta_backup_daily:
 * @db: a connection to the database at @path
 * @backups_dir: where backups are kept
 * @keep: how many to keep
 *
 * Makes at most one backup a day, and only when the data changed since the
 * newest one; the oldest beyond @keep are removed.
 */
gboolean
karta_backup_daily (sqlite3    *db,
                    const char *path,
                    const char *backups_dir,
                    guint       keep,
                    GError    **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, BACKUP_PREFIX "%Y-%m-%d" BACKUP_SUFFIX);
  g_autofree char *target = g_build_filename (backups_dir, today, NULL);
  g_autoptr (GPtrArray) names = NULL;

  if (g_mkdir_with_parents (backups_dir, 0700) != 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED, _ ("Cannot create the backup folder “%s”"), backups_dir);
      return FALSE;
    }
  names = list_backups (backups_dir);
  if (names->len > 0)
    {
      g_autofree char *newest = g_build_filename (backups_dir, g_ptr_array_index (names, names->len - 1), NULL);
      if (g_str_equal (g_ptr_array_index (names, names->len - 1), today) || !changed_since (path, newest))
        return TRUE;
    }
  if (!karta_backup_copy (db, target, error))
    return FALSE;

  g_ptr_array_add (names, g_strdup (today));
  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *old = g_build_filename (backups_dir, g_ptr_array_index (names, i), NULL);
      g_unlink (old);
    }
  return TRUE;
}

/**
 * karta_store_verify:
 * @db: a connection to the database at @path
 *
 * SQLite's quick check: it reads the whole file.
 */
gboolean
karta_store_verify (sqlite3    *db,
                    const char *path,
                    GError    **error)
{
  sqlite3_stmt    *stmt = NULL;
  g_autofree char *result = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    result = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT,
               _ ("The library database “%s” is damaged (%s). Restore it from a backup."), path, result);
  return FALSE;
}

/**
 * karta_store_latest_backup:
 *
 * Returns: (transfer full) (nullable): the newest backup in @backups_dir
 */
char *
karta_store_latest_backup (const char *backups_dir)
{
  g_autoptr (GPtrArray) names = list_backups (backups_dir);

  if (names->len == 0)
    return NULL;
  return g_build_filename (backups_dir, g_ptr_array_index (names, names->len - 1), NULL);
}
