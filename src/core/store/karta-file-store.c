/* karta-file-store.c — attached files, stored by content hash
 *
 * A file is copied in (never referenced in place): written to a temporary
 * file inside documents/, fsynced, read back and hash checked, renamed to
 * documents/ab/cdef….pdf and the folder fsynced — only then may the
 * caller commit the database row. Removal goes the other way: the row
 * first, and the file when karta_file_store_collect() finds nothing
 * refers to it any more (undo may still need it until then).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-documents"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-file-store.h"
#include "karta-error.h"

#define TEMPORARY_PREFIX ".attach-"
/* beside the database */
#define DOCUMENTS_NAME "documents"

static gboolean
fail_errno (GError    **error,
            int         saved_errno,
            const char *path,
            const char *what)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s: %s", display, what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guchar *data,
           gssize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);
      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return FALSE;
      data += written;
      length -= written;
    }
  return TRUE;
}

/* Who watches a copy: it may be cancelled, and told how far it got. */
typedef struct
{
  GCancellable              *cancellable;
  KartaFileStoreProgressFunc progress;
  gpointer                   progress_data;
} Watch;

/* Copies @from into @to; the checksum and the size are of what was read.
 * With no @to, only reads (and is not watched). */
static gboolean
copy_hashing (int          from,
              int          to,
              const Watch *watch,
              GChecksum   *checksum,
              gint64      *size,
              const char  *source,
              const char  *temporary,
              GError     **error)
{
  guchar buffer[64 * 1024];

  for (;;)
    {
      gssize n_read;

      if (to >= 0 && g_cancellable_set_error_if_cancelled (watch->cancellable, error))
        return FALSE;
      n_read = read (from, buffer, sizeof buffer);
      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read < 0)
        return fail_errno (error, errno, source, _ ("could not read it"));
      if (n_read == 0)
        return TRUE;
      g_checksum_update (checksum, buffer, n_read);
      *size += n_read;
      if (to >= 0 && !write_all (to, buffer, n_read))
        return fail_errno (error, errno, temporary, _ ("could not write the copy"));
      if (to >= 0 && watch->progress != NULL)
        watch->progress (n_read, watch->progress_data);
    }
}

/* The SHA-256 of what is in @fd from its start, or %NULL. */
static char *
hash_fd (int         fd,
         const char *path,
         gint64     *size,
         GError    **error)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  *size = 0;
  if (lseek (fd, 0, SEEK_SET) < 0)
    {
      fail_errno (error, errno, path, _ ("could not read it"));
      return NULL;
    }
  if (!copy_hashing (fd, -1, NULL, checksum, size, path, NULL, error))
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

/* Copies @from into the temporary file @to, fsyncs it and reads it back:
 * what was stored must have the size and the hash of what was read. */
static char *
write_temporary (int          from,
                 int          to,
                 const Watch *watch,
                 const char  *source,
                 const char  *temporary,
                 gint64      *size,
                 GError     **error)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *stored = NULL;
  g_autofree char *display = g_filename_display_name (source);
  gint64           stored_size = 0;
  struct stat      info;

  *size = 0;
  if (fstat (from, &info) != 0)
    return fail_errno (error, errno, source, _ ("could not read it")), NULL;
  if (!copy_hashing (from, to, watch, checksum, size, source, temporary, error))
    return NULL;
  if (fsync (to) != 0)
    return fail_errno (error, errno, temporary, _ ("could not write the copy")), NULL;
  stored = hash_fd (to, temporary, &stored_size, error);
  if (stored == NULL)
    return NULL;
  if (*size != (gint64) info.st_size || stored_size != *size ||
      !g_str_equal (stored, g_checksum_get_string (checksum)))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT,
                   _ ("%s: the copy in the library does not match the file (did it change while being copied?)"),
                   display);
      return NULL;
    }
  return g_steal_pointer (&stored);
}

static gboolean
sync_dir (const char *dir,
          GError    **error)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int result, saved_errno;

  if (fd < 0)
    return fail_errno (error, errno, dir, _ ("could not open the folder"));
  result = fsync (fd);
  saved_errno = errno;
  close (fd);
  /* some file systems cannot sync a folder: nothing more can be done there */
  if (result != 0 && saved_errno != EINVAL && saved_errno != ENOTSUP)
    return fail_errno (error, saved_errno, dir, _ ("could not write the folder"));
  return TRUE;
}

/* Whether @path exists and has this hash already. */
static gboolean
has_content (const char *path,
             const char *sha256)
{
  int              fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_autofree char *actual = NULL;
  gint64           size;

  if (fd < 0)
    return FALSE;
  actual = hash_fd (fd, path, &size, NULL);
  close (fd);
  return actual != NULL && g_str_equal (actual, sha256);
}

static gboolean
move_into_place (const char *documents_dir,
                 const char *temporary,
                 const char *sha256,
                 GError    **error)
{
  g_autofree char *prefix = g_strndup (sha256, 2);
  g_autofree char *subdir = g_build_filename (documents_dir, prefix, NULL);
  g_autofree char *name = g_strconcat (sha256 + 2, ".pdf", NULL);
  g_autofree char *target = g_build_filename (subdir, name, NULL);
  gboolean         created = !g_file_test (subdir, G_FILE_TEST_IS_DIR);

  if (g_mkdir_with_parents (subdir, 0700) != 0)
    return fail_errno (error, errno, subdir, _ ("could not create the folder"));
  /* stored once; a stored file that was altered is replaced below. The
   * kept copy is touched: collecting spares recently changed files, and a
   * row is about to refer to this one again. */
  if (has_content (target, sha256))
    {
      g_unlink (temporary);
      if (g_utime (target, NULL) != 0)
        return fail_errno (error, errno, target, _ ("could not store the file"));
      return TRUE;
    }
  if (g_rename (temporary, target) != 0)
    return fail_errno (error, errno, target, _ ("could not store the file"));
  return sync_dir (subdir, error) && (!created || sync_dir (documents_dir, error));
}

/**
 * karta_file_store_put:
 * @documents_dir: the library's documents folder
 * @source_path: the file to copy in
 * @cancellable: (nullable): stops the copy between two blocks
 * @progress: (nullable) (scope call): told the bytes of each block copied
 * @sha256_out: (out) (optional): its SHA-256, in hex
 * @size_out: (out) (optional): its size in bytes
 *
 * Copies a file into the document store (see the top of this file). On
 * failure or cancellation nothing is left behind. It may be called from
 * any thread.
 */
gboolean
karta_file_store_put (const char                *documents_dir,
                      const char                *source_path,
                      GCancellable              *cancellable,
                      KartaFileStoreProgressFunc progress,
                      gpointer                   progress_data,
                      char                     **sha256_out,
                      gint64                    *size_out,
                      GError                   **error)
{
  Watch            watch = { cancellable, progress, progress_data };
  g_autofree char *temporary = g_build_filename (documents_dir, TEMPORARY_PREFIX "XXXXXX", NULL);
  g_autofree char *sha256 = NULL;
  gint64           size = 0;
  int              from, to;

  if (g_mkdir_with_parents (documents_dir, 0700) != 0)
    return fail_errno (error, errno, documents_dir, _ ("could not create the folder"));
  if ((from = g_open (source_path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    return fail_errno (error, errno, source_path, _ ("could not read it"));
  if ((to = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600)) < 0)
    {
      int saved_errno = errno;
      close (from);
      return fail_errno (error, saved_errno, documents_dir, _ ("could not create a temporary file"));
    }
  sha256 = write_temporary (from, to, &watch, source_path, temporary, &size, error);
  close (from);
  if (close (to) != 0 && sha256 != NULL)
    {
      fail_errno (error, errno, temporary, _ ("could not write the copy"));
      g_clear_pointer (&sha256, g_free);
    }
  if (sha256 == NULL || !move_into_place (documents_dir, temporary, sha256, error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  if (sha256_out != NULL)
    *sha256_out = g_steal_pointer (&sha256);
  if (size_out != NULL)
    *size_out = size;
  return TRUE;
}

/* Whether @path was last changed before @before (seconds since 1970). */
static gboolean
changed_before (const char *path,
                gint64      before)
{
  GStatBuf info;

  return g_stat (path, &info) == 0 && (gint64) info.st_mtime < before;
}

static gboolean
remove_file (const char *path,
             GError    **error)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    return fail_errno (error, errno, path, _ ("could not remove it"));
  return TRUE;
}

static gboolean
collect_subdir (const char *subdir,
                const char *prefix,
                GHashTable *kept,
                gint64      before,
                GError    **error)
{
  g_autoptr (GDir) dir = g_dir_open (subdir, 0, error);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *sha256 = NULL;

      if (!g_str_has_suffix (name, ".pdf"))
        continue;
      sha256 = g_strconcat (prefix, name, NULL);
      sha256[strlen (sha256) - strlen (".pdf")] = '\0';
      if (g_hash_table_contains (kept, sha256))
        continue;
      path = g_build_filename (subdir, name, NULL);
      if (changed_before (path, before) && !remove_file (path, error))
        return FALSE;
    }
  g_rmdir (subdir); /* only when it became empty */
  return TRUE;
}

/**
 * karta_file_store_collect:
 * @before: only files last changed before this time (seconds since 1970)
 *   are removed: another program may be about to link a newer one
 *
 * Removes the stored files no document row refers to, and the temporary
 * files of copies that never finished. Call it only when no undo step can
 * bring such a row back.
 */
gboolean
karta_file_store_collect (KartaStore *store,
                          const char *documents_dir,
                          gint64      before,
                          GError    **error)
{
  g_autoptr (GPtrArray) documents = karta_store_list_documents (store, error);
  g_autoptr (GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) open_error = NULL;
  const char *name;

  if (documents == NULL)
    return FALSE;
  for (guint i = 0; i < documents->len; i++)
    g_hash_table_add (kept, ((KartaDocument *) g_ptr_array_index (documents, i))->sha256);
  if ((dir = g_dir_open (documents_dir, 0, &open_error)) == NULL)
    {
      if (g_error_matches (open_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&open_error));
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *subdir = g_build_filename (documents_dir, name, NULL);

      if (g_str_has_prefix (name, TEMPORARY_PREFIX))
        {
          if (changed_before (subdir, before) && !remove_file (subdir, error))
            return FALSE;
          continue;
        }
      if (strlen (name) != 2 || !g_ascii_isxdigit (name[0]) || !g_ascii_isxdigit (name[1]) ||
          !g_file_test (subdir, G_FILE_TEST_IS_DIR))
        continue;
      if (!collect_subdir (subdir, name, kept, before, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * karta_file_store_leftovers:
 * @before: only files last changed before this time (seconds since 1970):
 *   a newer one may be a copy under way
 *
 * Returns: (transfer full) (element-type filename): the temporary files of
 *   copies into @documents_dir that never finished (a killed attach)
 */
GPtrArray *
karta_file_store_leftovers (const char *documents_dir,
                            gint64      before)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (documents_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (documents_dir, name, NULL);

      if (g_str_has_prefix (name, TEMPORARY_PREFIX) && changed_before (path, before))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  return paths;
}

/**
 * karta_file_store_dir:
 *
 * Returns: (transfer full): where the library of @store keeps attached files
 */
char *
karta_file_store_dir (KartaStore *store)
{
  g_autofree char *dir = g_path_get_dirname (karta_store_get_path (store));

  return g_build_filename (dir, DOCUMENTS_NAME, NULL);
}

/**
 * karta_file_store_path:
 *
 * Returns: (transfer full): where the file store keeps the file with
 *   this hash: documents/ab/cdef….pdf
 */
char *
karta_file_store_path (KartaStore *store,
                       const char *sha256)
{
  g_autofree char *dir = karta_file_store_dir (store);
  g_autofree char *prefix = g_strndup (sha256, 2);
  g_autofree char *name = g_strconcat (sha256 + MIN (strlen (sha256), 2), ".pdf", NULL);

  return g_build_filename (dir, prefix, name, NULL);
}
