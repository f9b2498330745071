/* karta-library.c — where the user's library lives and how it is opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-library"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "karta-error.h"
#include "karta-file-store.h"
#include "karta-library.h"
#include "karta-store-private.h"

#define DATABASE_NAME KARTA_LIBRARY_DATABASE_NAME
#define BACKUPS_NAME  KARTA_LIBRARY_BACKUPS_NAME
#define BACKUPS_KEPT  7

/**
 * karta_library_resolve_dir:
 * @explicit_dir: (nullable): from --library
 *
 * Returns: (transfer full): @explicit_dir, else $KARTA_LIBRARY, else
 *   $XDG_DATA_HOME/karta
 */
char *
karta_library_resolve_dir (const char *explicit_dir)
{
  const char *from_env = g_getenv ("KARTA_LIBRARY");

  if (explicit_dir != NULL && *explicit_dir != '\0')
    return g_strdup (explicit_dir);
  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);
  return g_build_filename (g_get_user_data_dir (), "karta", NULL);
}

/**
 * karta_library_application_id:
 * @base_id: the application's id, for the default library
 * @dir: a library folder
 *
 * One window per library: a second `karta FILE` for the same library hands
 * the file to the window already open on it rather than open the database
 * twice, and a window on another library is another application.
 *
 * Returns: (transfer full): @base_id for the default library, else
 *   @base_id with an element naming @dir's canonical path
 */
char *
karta_library_application_id (const char *base_id,
                              const char *dir)
{
  g_autofree char *default_dir = g_build_filename (g_get_user_data_dir (), "karta", NULL);
  g_autofree char *canonical = g_canonicalize_filename (dir, NULL);
  g_autofree char *canonical_default = g_canonicalize_filename (default_dir, NULL);
  g_autofree char *real = realpath (canonical, NULL);
  g_autofree char *hash = NULL;

  if (g_str_equal (canonical, canonical_default))
    return g_strdup (base_id);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, real ? real : canonical, -1);
  hash[16] = '\0';
  /* an element of a D-Bus name may not start with a digit */
  return g_strdup_printf ("%s.Library_%s", base_id, hash);
}

/* Tried rather than asked with access(): that also catches read-only
 * mounts and ACLs. */
static gboolean
can_write_in (const char *dir)
{
  g_autofree char *probe = g_build_filename (dir, ".karta-write-test-XXXXXX", NULL);
  int              fd = g_mkstemp (probe);

  if (fd < 0)
    return FALSE;
  close (fd);
  g_unlink (probe);
  return TRUE;
}

static gboolean
ensure_writable_dir (const char *dir,
                     GError    **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, KARTA_ERROR, saved == EACCES || saved == EROFS ? KARTA_ERROR_READ_ONLY : KARTA_ERROR_FAILED,
                   _ ("Cannot create the library folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (!can_write_in (dir))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_READ_ONLY,
                   _ ("The library folder “%s” is read-only: Karta cannot save changes there. "
                      "Choose another folder with --library or allow writing to it."),
                   dir);
      return FALSE;
    }
  return TRUE;
}

/* A damaged library's message says where the newest backup is. */
static void
add_backup_hint (const char *backups_dir,
                 GError    **error)
{
  g_autofree char *backup = karta_store_latest_backup (backups_dir);

  if (backup != NULL && error != NULL && g_error_matches (*error, KARTA_ERROR, KARTA_ERROR_CORRUPT))
    /* Translators: put before the message saying that the library is damaged */
    g_prefix_error (error, _ ("The latest backup is “%s”. "), backup);
}

/**
 * karta_library_open_full:
 * @dir: the library folder, created if needed
 * @flags: with %KARTA_STORE_OPEN_DEFER_CHECK, the integrity check and the
 *   daily backup are left to karta_library_verify_async()
 *
 * Opens (or creates) the library in @dir. A folder or database that cannot
 * be written, a foreign, damaged or newer database: a clear error, and
 * nothing is changed.
 *
 * Returns: (transfer full) (nullable): the store
 */
KartaStore *
karta_library_open_full (const char         *dir,
                         KartaStoreOpenFlags flags,
                         GError            **error)
{
  g_autofree char *database = g_build_filename (dir, DATABASE_NAME, NULL);
  g_autofree char *documents = NULL;
  g_autofree char *backups = g_build_filename (dir, BACKUPS_NAME, NULL);
  g_autoptr (KartaStore) store = NULL;
  g_autoptr (GError) local_error = NULL;

  if (!ensure_writable_dir (dir, error))
    return NULL;
  if (g_file_test (database, G_FILE_TEST_EXISTS) && g_access (database, W_OK) != 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_READ_ONLY,
                   _ ("The library database “%s” is read-only: Karta cannot save changes to it"), database);
      return NULL;
    }
  store = karta_store_open (database, flags, error);
  if (store == NULL)
    {
      add_backup_hint (backups, error);
      return NULL;
    }
  documents = karta_file_store_dir (store);
  if (!ensure_writable_dir (documents, error))
    return NULL;
  /* A failed backup must not keep anybody from their work: it is retried
   * at the next start. */
  if (!(flags & KARTA_STORE_OPEN_DEFER_CHECK) &&
      !karta_backup_daily (store->db, database, backups, BACKUPS_KEPT, &local_error))
    g_warning ("%s", local_error->message);
  return g_steal_pointer (&store);
}

/**
 * karta_library_open:
 *
 * Opens the library in @dir, checked and backed up before it returns.
 *
 * Returns: (transfer full) (nullable): the store
 */
KartaStore *
karta_library_open (const char *dir,
                    GError    **error)
{
  return karta_library_open_full (dir, KARTA_STORE_OPEN_DEFAULT, error);
}

/* In a worker, on a connection of its own. */
static void
verify_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const char      *database = task_data;
  g_autofree char *dir = g_path_get_dirname (database);
  g_autofree char *backups = g_build_filename (dir, BACKUPS_NAME, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) backup_error = NULL;
  sqlite3 *db = NULL;

  /* read-write, as the CLI's: a read-only connection skips the CHECK
   * constraints; nothing is written */
  if (sqlite3_open_v2 (database, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_autofree char *what = g_strdup_printf (_ ("The library database “%s” cannot be read"), database);
      karta_sqlite_set_error (db, sqlite3_extended_errcode (db), what, &error);
    }
  else if (!karta_store_verify (db, database, &error))
    add_backup_hint (backups, &error);
  else if (!karta_backup_daily (db, database, backups, BACKUPS_KEPT, &backup_error))
    g_warning ("%s", backup_error->message);
  sqlite3_close_v2 (db);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * karta_library_verify_async:
 *
 * Checks the integrity of a library opened with
 * %KARTA_STORE_OPEN_DEFER_CHECK and makes the daily backup, off the main
 * thread.
 */
void
karta_library_verify_async (KartaStore         *store,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_source_tag (task, karta_library_verify_async);
  g_task_set_task_data (task, g_strdup (karta_store_get_path (store)), g_free);
  g_task_run_in_thread (task, verify_thread);
}

/**
 * karta_library_verify_finish:
 *
 * Returns: %FALSE with a %KARTA_ERROR_CORRUPT error naming the newest backup
 *   when the library is damaged
 */
gboolean
karta_library_verify_finish (KartaStore   *store,
                             GAsyncResult *result,
                             GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Magic numbers of statfs(2) for file systems served over a network. */
static const unsigned long remote_file_systems[] = {
  0x6969,     /* NFS */
  0x517b,     /* SMB */
  0xff534d42, /* CIFS */
  0xfe534d42, /* SMB2 */
  0x65735546, /* FUSE: sshfs, gvfs */
  0x564c,     /* NCP */
  0x47504653, /* GPFS */
  0x73757245, /* Coda */
  0x5346414f, /* AFS */
};

/**
 * karta_library_is_remote:
 *
 * SQLite's locking is not reliable over network file systems, so a library
 * there deserves a warning.
 *
 * Returns: %TRUE when @dir is on a network file system
 */
gboolean
karta_library_is_remote (const char *dir)
{
  struct statfs info;

  if (statfs (dir, &info) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (remote_file_systems); i++)
    if ((unsigned long) info.f_type == remote_file_systems[i])
      return TRUE;
  return FALSE;
}

static char *
file_sha256 (const char *path,
             GError    **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guchar buffer[64 * 1024];
  gssize n_read;

  if (stream == NULL)
    return NULL;
  while ((n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, NULL, error)) > 0)
    g_checksum_update (checksum, buffer, n_read);
  if (n_read < 0)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

static void
check_documents (KartaStore *store,
                 GPtrArray  *problems)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) documents = karta_store_list_documents (store, &error);

  if (documents == NULL)
    {
      g_ptr_array_add (problems, g_strdup (error->message));
      return;
    }
  for (guint i = 0; i < documents->len; i++)
    {
      KartaDocument   *document = g_ptr_array_index (documents, i);
      g_autofree char *path = karta_file_store_path (store, document->sha256);
      g_autoptr (GError) read_error = NULL;
      g_autofree char *actual = file_sha256 (path, &read_error);

      if (actual == NULL)
        g_ptr_array_add (problems, g_strdup_printf (_ ("%s (%s): the stored file is missing or unreadable: %s"),
                                                    path, document->file_name, read_error->message));
      else if (!g_str_equal (actual, document->sha256))
        g_ptr_array_add (problems, g_strdup_printf (_ ("%s (%s): the stored file was altered (its SHA-256 is %s)"),
                                                    path, document->file_name, actual));
    }
}

/* Temporary files older than this are no copy under way */
#define LEFTOVER_AGE_S (10 * 60)

static GPtrArray *
list_leftovers (KartaStore *store)
{
  g_autofree char *documents = karta_file_store_dir (store);

  return karta_file_store_leftovers (documents, g_get_real_time () / G_USEC_PER_SEC - LEFTOVER_AGE_S);
}

static void
check_leftovers (KartaStore *store,
                 GPtrArray  *problems)
{
  g_autoptr (GPtrArray) leftovers = list_leftovers (store);

  for (guint i = 0; i < leftovers->len; i++)
    g_ptr_array_add (problems, g_strdup_printf (_ ("%s: the temporary file of a copy that did not finish "
                                                   "(karta-cli check --repair removes it)"),
                                                (const char *) g_ptr_array_index (leftovers, i)));
}

/**
 * karta_library_check:
 * @problems: (element-type utf8): where to add a line per problem
 *
 * Verifies the database and every attached file against its hash, and
 * looks for the temporary files of copies that did not finish.
 *
 * Returns: %TRUE when nothing was found
 */
gboolean
karta_library_check (KartaStore *store,
                     GPtrArray  *problems)
{
  guint before = problems->len;

  karta_store_check_integrity (store, problems);
  check_documents (store, problems);
  check_leftovers (store, problems);
  return problems->len == before;
}

/**
 * karta_library_repair:
 * @done: (element-type utf8): where to add a line per thing done
 *
 * Removes what is safe to remove: the temporary files of copies that did
 * not finish. Damage to the database or to stored files is left for the
 * user to see (karta_library_check()).
 *
 * Returns: %FALSE with @error set when a file could not be removed
 */
gboolean
karta_library_repair (KartaStore *store,
                      GPtrArray  *done,
                      GError    **error)
{
  g_autoptr (GPtrArray) leftovers = list_leftovers (store);

  for (guint i = 0; i < leftovers->len; i++)
    {
      const char *path = g_ptr_array_index (leftovers, i);

      if (g_unlink (path) != 0)
        {
          int saved = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _ ("Could not remove “%s”: %s"), path,
                       g_strerror (saved));
          return FALSE;
        }
      g_ptr_array_add (done, g_strdup_printf (_ ("%s: removed"), path));
    }
  return TRUE;
}
