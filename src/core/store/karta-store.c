/* karta-store.c — the library database: opening, transactions, statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"

G_DEFINE_FINAL_TYPE (KartaStore, karta_store, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
karta_store_finalize (GObject *object)
{
  KartaStore *self = KARTA_STORE (object);

  karta_store_drop_changes (self);
  g_main_context_unref (self->context);
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->undo, karta_undo_stack_free);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->action_label);
  g_free (self->path);

  G_OBJECT_CLASS (karta_store_parent_class)->finalize (object);
}

static void
karta_store_class_init (KartaStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = karta_store_finalize;

  /**
   * KartaStore::changed:
   * @kind: a #KartaStoreChange
   * @label: the action's label
   * @subjects: the #KartaStoreSubject flags of what it touched
   * @id: the roadmap, activity, document, school or profile it changed
   *   when it changed only that one, else 0
   *
   * Emitted after every committed change, undo and redo, from the main
   * context that was the thread's default when the store was opened, once
   * the mutating call has returned.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_INT64);
}

static void
karta_store_init (KartaStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement);
  self->undo = karta_undo_stack_new ();
  self->context = g_main_context_ref_thread_default ();
  g_queue_init (&self->pending_changes);
}

/**
 * karta_sqlite_set_error:
 * @db: (nullable): the connection that failed, for SQLite's own words
 * @code: the (extended) result code
 * @what: what could not be done: "Could not save the activity"
 *
 * Sets @error to what @code means for the user, told apart: another
 * program writing (%KARTA_ERROR_BUSY), a full disk (%KARTA_ERROR_NO_SPACE,
 * nothing lost), the disk failing (%KARTA_ERROR_IO), a read-only library,
 * and damage (%KARTA_ERROR_CORRUPT), the only one a backup is for. One
 * line of valid UTF-8, whatever SQLite said.
 *
 * Returns: %FALSE
 */
gboolean
karta_sqlite_set_error (sqlite3    *db,
                        int         code,
                        const char *what,
                        GError    **error)
{
  g_autofree char *detail = g_utf8_make_valid (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (code), -1);
  g_autofree char *reason = NULL;
  int              kind = KARTA_ERROR_FAILED;

  g_strdelimit (detail, "\r\n", ' ');
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      kind = KARTA_ERROR_BUSY;
      reason = g_strdup (_ ("another program is writing the library; try again in a moment"));
      break;
    case SQLITE_FULL:
      kind = KARTA_ERROR_NO_SPACE;
      reason = g_strdup (_ ("the disk is full: nothing was saved and nothing was lost; free some space and try again"));
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      kind = KARTA_ERROR_IO;
      /* Translators: the detail is SQLite's, in English */
      reason = g_strdup_printf (_ ("the disk could not be read or written (%s)"), detail);
      break;
    case SQLITE_READONLY:
      kind = KARTA_ERROR_READ_ONLY;
      reason = g_strdup_printf (_ ("the library cannot be written (%s)"), detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      kind = KARTA_ERROR_CORRUPT;
      reason = g_strdup_printf (_ ("the database is damaged (%s)"), detail);
      break;
    default:
      reason = g_steal_pointer (&detail);
      break;
    }
  /* Translators: "Could not save the activity: the disk is full: …" */
  g_set_error (error, KARTA_ERROR, kind, _ ("%s: %s"), what, reason);
  return FALSE;
}

gboolean
karta_store_set_error (KartaStore *self,
                       GError    **error,
                       const char *what)
{
  return karta_sqlite_set_error (self->db, sqlite3_extended_errcode (self->db), what, error);
}

static gboolean
apply_connection_settings (KartaStore *self,
                           GError    **error)
{
  sqlite3_busy_timeout (self->db, KARTA_STORE_BUSY_TIMEOUT_MS);
  return karta_store_exec (self,
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA journal_mode = WAL;"
                           "PRAGMA synchronous = FULL;",
                           error);
}

/**
 * karta_store_open:
 * @path: the database file; created when it does not exist
 *
 * Opens a Karta library database, upgrading an older one after a backup.
 * A foreign file, a database from a newer Karta or a damaged one is refused
 * and left exactly as it was. With %KARTA_STORE_OPEN_DEFER_CHECK, damage
 * is found by karta_store_verify() later.
 *
 * Returns: (transfer full) (nullable): the store
 */
KartaStore *
karta_store_open (const char         *path,
                  KartaStoreOpenFlags flags,
                  GError            **error)
{
  g_autoptr (KartaStore) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* Looked at read-only first: nothing may be written into a file that is
   * not ours, not even the WAL switch. */
  if (!karta_schema_check_file (path, error))
    return NULL;

  self = g_object_new (KARTA_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED,
                   _ ("Could not open the library database “%s”: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);

  if (!(flags & KARTA_STORE_OPEN_DEFER_CHECK) && !karta_store_verify (self->db, path, error))
    return NULL;
  if (!apply_connection_settings (self, error))
    return NULL;
  if (!karta_schema_migrate (self->db, path, KARTA_SCHEMA_VERSION, error) ||
      !karta_store_use_school_calendar (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
karta_store_get_path (KartaStore *self)
{
  g_return_val_if_fail (KARTA_IS_STORE (self), NULL);
  return self->path;
}

gboolean
karta_store_exec (KartaStore *self,
                  const char *sql,
                  GError    **error)
{
  char *message = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED, "%s", message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_prepare:
 *
 * Returns: (transfer none): the statement for @sql, prepared once per
 *   connection and reset, with no bindings, for this use.
 */
sqlite3_stmt *
karta_store_prepare (KartaStore *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      karta_store_set_error (self, error, _ ("Internal database error"));
      g_critical ("Could not prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/**
 * karta_store_step_done:
 *
 * Runs a statement that returns no rows.
 */
gboolean
karta_store_step_done (KartaStore   *self,
                       sqlite3_stmt *stmt,
                       GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return karta_store_set_error (self, error, _ ("Could not save"));
  return TRUE;
}

/**
 * karta_store_exec_with_id:
 * @sql: a statement that returns no rows, with one parameter, an id
 */
gboolean
karta_store_exec_with_id (KartaStore *self,
                          const char *sql,
                          gint64      id,
                          GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return karta_store_step_done (self, stmt, error);
}

/**
 * karta_store_insert:
 *
 * Runs an INSERT.
 *
 * Returns: the new row id, 0 on error
 */
gint64
karta_store_insert (KartaStore   *self,
                    sqlite3_stmt *stmt,
                    GError      **error)
{
  if (!karta_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

void
karta_bind_text (sqlite3_stmt *stmt,
                 int           index,
                 const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
karta_bind_day (sqlite3_stmt *stmt,
                int           index,
                KartaDay      day)
{
  g_autofree char *iso = karta_day_to_iso (day);

  karta_bind_text (stmt, index, iso);
}

void
karta_bind_id (sqlite3_stmt *stmt,
               int           index,
               gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

char *
karta_column_text (sqlite3_stmt *stmt,
                   int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

KartaDay
karta_column_day (sqlite3_stmt *stmt,
                  int           column)
{
  return karta_day_from_iso ((const char *) sqlite3_column_text (stmt, column));
}

static int
skip_history_table (void       *user_data,
                    const char *table)
{
  /* The edit history records undo and redo too, so it is not undone itself. */
  return g_strcmp0 (table, "history") != 0;
}

/**
 * karta_store_begin:
 * @label: the user action, as shown in "Undo …"
 *
 * Starts a user action: one write transaction whose changes are recorded
 * for undo.
 */
static gboolean
karta_store_begin (KartaStore *self,
                   const char *label,
                   GError    **error)
{
  g_return_val_if_fail (self->session == NULL, FALSE);

  if (!karta_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (sqlite3session_create (self->db, "main", &self->session) != SQLITE_OK ||
      sqlite3session_attach (self->session, NULL) != SQLITE_OK)
    {
      karta_store_rollback (self);
      return karta_store_set_error (self, error, _ ("Could not start a change"));
    }
  sqlite3session_table_filter (self->session, skip_history_table, NULL);
  g_free (self->action_label);
  self->action_label = g_strdup (label);
  return TRUE;
}

static gboolean
record_history (KartaStore *self,
                const char *action,
                GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "INSERT INTO history (action) VALUES (?1)", error);

  if (stmt == NULL)
    return FALSE;
  karta_bind_text (stmt, 1, action);
  return karta_store_step_done (self, stmt, error);
}

/**
 * karta_store_commit:
 *
 * Ends a user action: commits it, pushes it on the undo stack when it
 * changed anything, and emits #KartaStore::changed.
 */
static gboolean
karta_store_commit (KartaStore *self,
                    GError    **error)
{
  g_autofree char *label = g_steal_pointer (&self->action_label);
  void            *changeset = NULL;
  int              size = 0;

  if (sqlite3session_changeset (self->session, &size, &changeset) != SQLITE_OK)
    {
      karta_store_rollback (self);
      return karta_store_set_error (self, error, _ ("Could not record the change"));
    }
  g_clear_pointer (&self->session, sqlite3session_delete);

  /* A change that changed nothing is not worth an undo step. */
  if ((size > 0 && !record_history (self, label, error)) ||
      !karta_store_exec (self, "COMMIT", error))
    {
      sqlite3_free (changeset);
      karta_store_rollback (self);
      return FALSE;
    }
  if (size == 0)
    {
      sqlite3_free (changeset);
      return TRUE;
    }
  karta_store_emit_changed (self, KARTA_STORE_CHANGE_EDIT, label, changeset, size);
  karta_undo_stack_push (self->undo, label, changeset, size);
  return TRUE;
}

/**
 * karta_store_run:
 * @label: the action, as undo names it
 * @action: writes the change, inside the transaction
 *
 * Runs @action as one user action: one transaction, one undo step; when
 * anything fails, nothing of it stays.
 */
gboolean
karta_store_run (KartaStore      *self,
                 const char      *label,
                 KartaStoreAction action,
                 gpointer         data,
                 GError         **error)
{
  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);

  if (!karta_store_begin (self, label, error))
    return FALSE;
  if (!action (self, data, error) || !karta_store_commit (self, error))
    {
      karta_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
karta_store_rollback (KartaStore *self)
{
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->action_label, g_free);
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

void
karta_store_signal_changed (KartaStore       *self,
                            KartaStoreChange  kind,
                            const char       *label,
                            KartaStoreSubject subjects,
                            gint64            id)
{
  g_signal_emit (self, signals[CHANGED], 0, kind, label, subjects, id);
}

/**
 * karta_store_list_history:
 * @limit: the most recent entries to return
 *
 * Returns: (transfer container) (element-type KartaHistoryEntry): newest first
 */
GPtrArray *
karta_store_list_history (KartaStore *self,
                          guint       limit,
                          GError    **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_history_entry_free);
  sqlite3_stmt *stmt = karta_store_prepare (self, "SELECT id, at, action FROM history ORDER BY id DESC LIMIT ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, limit);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaHistoryEntry *entry = g_new0 (KartaHistoryEntry, 1);
      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);
      entry->action = karta_column_text (stmt, 2);
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&entries);
}
