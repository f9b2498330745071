/* karta-store-backup.c — verified copies of the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-backup"

#include "config.h"

#include <stdio.h>

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

/* The day a backup's name carries: karta-2024-03-01.db */
static GDate *
backup_date (const char *name)
{
  int year, month, day;

  if (sscanf (name, BACKUP_PREFIX "%4d-%2d-%2d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

/* Keeps the newest backup of each period (a week, a month) up to @n periods */
static void
keep_per_period (GPtrArray  *names,
                 GHashTable *kept,
                 guint       n,
                 guint (*period_of) (const GDate *date))
{
  guint last = G_MAXUINT, found = 0;

  for (guint i = names->len; i-- > 0 && found < n;)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr (GDate) date = backup_date (name);
      guint period;

      if (date == NULL)
        continue;
      period = period_of (date);
      if (period != last)
        {
          g_hash_table_add (kept, (gpointer) name);
          last = period;
          found++;
        }
    }
}

static guint
week_of (const GDate *date)
{
  return g_date_get_iso8601_week_of_year (date) + 100 * g_date_get_year (date);
}

static guint
month_of (const GDate *date)
{
  return g_date_get_month (date) + 100 * g_date_get_year (date);
}

/**
 * karta_backup_select_kept:
 * @names: (element-type utf8): backup file names, oldest first
 * @daily: how many of the newest to keep
 *
 * Older generations are kept so that damage never pushes out the last good
 * copy: besides the newest @daily, the newest of each of the last
 * %KARTA_BACKUP_WEEKS weeks and %KARTA_BACKUP_MONTHS months.
 *
 * Returns: (transfer container): the set of the names to keep
 */
GHashTable *
karta_backup_select_kept (GPtrArray *names,
                          guint      daily)
{
  GHashTable *kept = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = names->len; i-- > 0 && names->len - i <= daily;)
    g_hash_table_add (kept, g_ptr_array_index (names, i));
  keep_per_period (names, kept, KARTA_BACKUP_WEEKS, week_of);
  keep_per_period (names, kept, KARTA_BACKUP_MONTHS, month_of);
  return kept;
}

/**
 * karta_backup_daily:
 * @db: a connection to the database at @path, which passed its check
 * @backups_dir: where backups are kept
 * @keep: how many daily ones to keep
 *
 * Makes at most one backup a day, and only when the data changed since the
 * newest one; it counts once it has passed the integrity check itself.
 * Beyond the newest @keep, older generations stay (karta_backup_select_kept()).
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
  {
    g_autoptr (GHashTable) kept = karta_backup_select_kept (names, keep);

    for (guint i = 0; i < names->len; i++)
      if (!g_hash_table_contains (kept, g_ptr_array_index (names, i)))
        {
          g_autofree char *old = g_build_filename (backups_dir, g_ptr_array_index (names, i), NULL);
          g_unlink (old);
        }
  }
  return TRUE;
}

/**
 * karta_store_verify:
 * @db: a connection to the database at @path
 *
 * SQLite's integrity check: it reads the whole file and compares every
 * index with its table (quick_check does not, and a library whose index
 * lost a row would pass, be edited and backed up). A check that could not
 * run — another program writing, the disk failing — says so, and is not
 * taken for damage.
 */
gboolean
karta_store_verify (sqlite3    *db,
                    const char *path,
                    GError    **error)
{
  sqlite3_stmt    *stmt = NULL;
  g_autofree char *result = NULL;
  g_autofree char *what = NULL;
  int              rc;

  sqlite3_busy_timeout (db, KARTA_STORE_BUSY_TIMEOUT_MS);
  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
  else
    rc = sqlite3_extended_errcode (db);
  sqlite3_finalize (stmt);
  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;
  if (result == NULL)
    {
      what = g_strdup_printf (_ ("The library database “%s” could not be checked"), path);
      return karta_sqlite_set_error (db, rc, what, error);
    }
  g_strdelimit (result, "\r\n", ' ');
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
