/* karta-attach.c — attaching a batch of files: copied off the main thread,
 * linked as one undoable step
 *
 * Each file is inspected by the sandboxed helper (karta_pdf_inspector_inspect())
 * and copied into the file store (karta_file_store_put()) in turn; a file refused is
 * noted with its reason and the others go on. The store is touched only
 * by karta_attach_batch_link(), in the thread that owns it: every file
 * that was stored is linked in one karta_store_run(), so one undo detaches
 * the whole batch.
 *
 * Cancelling stops between files, or inside the copy of a file, which then
 * leaves nothing behind. The files copied before that are still linked
 * (with the same one undo step): the user may have waited minutes for
 * them, and a copy that is linked is never left in the store unreferenced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-attach"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-attach.h"
#include "karta-error.h"
#include "karta-file-store.h"
#include "karta-pdf-inspector.h"

struct _KartaAttachBatch
{
  GObject parent_instance;

  KartaStore         *store;
  KartaDocumentTarget target;
  char               *documents_dir;
  char               *kind;
  char               *password;
  char               *added_by;
  GPtrArray          *files;     /* of GFile* */
  KartaPdfInspector  *inspector; /* while the files are stored */

  /* filled by karta_attach_batch_store_files() */
  GPtrArray *documents; /* of KartaDocument*, stored, not yet linked */
  GPtrArray *linked;    /* of KartaDocument*, by karta_attach_batch_link() */
  GPtrArray *refused;   /* of KartaAttachRefusal* */
  gboolean   cancelled;

  /* the progress, written by the copying thread, read where it is shown */
  GMutex                  lock;
  KartaAttachProgress     progress;
  char                   *current;
  KartaAttachProgressFunc progress_func;
  gpointer                progress_data;
  GMainContext           *progress_context; /* NULL: told in the copying thread */
  gboolean                report_pending;
  gboolean                finished;
};

G_DEFINE_FINAL_TYPE (KartaAttachBatch, karta_attach_batch, G_TYPE_OBJECT)

KartaAttachRefusal *
karta_attach_refusal_copy (const KartaAttachRefusal *refusal)
{
  KartaAttachRefusal *copy = g_new0 (KartaAttachRefusal, 1);

  copy->file = g_object_ref (refusal->file);
  copy->file_name = g_strdup (refusal->file_name);
  copy->reason = g_strdup (refusal->reason);
  copy->locked = refusal->locked;
  return copy;
}

void
karta_attach_refusal_free (KartaAttachRefusal *refusal)
{
  g_object_unref (refusal->file);
  g_free (refusal->file_name);
  g_free (refusal->reason);
  g_free (refusal);
}

static void
karta_attach_batch_finalize (GObject *object)
{
  KartaAttachBatch *self = KARTA_ATTACH_BATCH (object);

  g_clear_object (&self->store);
  g_free (self->documents_dir);
  g_free (self->kind);
  g_free (self->password);
  g_free (self->added_by);
  g_ptr_array_unref (self->files);
  g_ptr_array_unref (self->documents);
  g_ptr_array_unref (self->linked);
  g_ptr_array_unref (self->refused);
  g_mutex_clear (&self->lock);
  g_free (self->current);
  g_clear_pointer (&self->progress_context, g_main_context_unref);
  G_OBJECT_CLASS (karta_attach_batch_parent_class)->finalize (object);
}

static void
karta_attach_batch_class_init (KartaAttachBatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = karta_attach_batch_finalize;
}

static void
karta_attach_batch_init (KartaAttachBatch *self)
{
  const char *real_name = g_get_real_name ();

  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  self->linked = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  self->refused = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_attach_refusal_free);
  self->added_by = g_strdup (g_strcmp0 (real_name, "Unknown") != 0 ? real_name : g_get_user_name ());
  g_mutex_init (&self->lock);
}

/**
 * karta_attach_batch_new:
 * @target: where the files go
 *
 * Returns: (transfer full) (nullable): an empty batch, its kind the one
 *   the target asks for; %NULL when the target does not exist
 */
KartaAttachBatch *
karta_attach_batch_new (KartaStore                *store,
                        const KartaDocumentTarget *target,
                        GError                   **error)
{
  g_autoptr (KartaAttachBatch) self = g_object_new (KARTA_TYPE_ATTACH_BATCH, NULL);

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);
  if (!karta_store_check_document_target (store, target, &self->kind, error))
    return NULL;
  self->store = g_object_ref (store);
  self->target = *target;
  self->documents_dir = karta_file_store_dir (store);
  return g_steal_pointer (&self);
}

void
karta_attach_batch_add_file (KartaAttachBatch *self,
                             GFile            *file)
{
  g_ptr_array_add (self->files, g_object_ref (file));
}

/* @kind: (nullable): the kind of every document of the batch */
void
karta_attach_batch_set_kind (KartaAttachBatch *self,
                             const char       *kind)
{
  g_free (self->kind);
  self->kind = g_strdup (kind);
}

const char *
karta_attach_batch_get_kind (KartaAttachBatch *self)
{
  return self->kind;
}

/* @password: (nullable): tried on every encrypted file */
void
karta_attach_batch_set_password (KartaAttachBatch *self,
                                 const char       *password)
{
  g_free (self->password);
  self->password = g_strdup (password);
}

/* Progress: told directly when copying in the caller's thread, else
 * handed to the caller's main context, one report pending at a time. */

static gboolean
deliver_progress (gpointer data)
{
  KartaAttachBatch   *self = data;
  KartaAttachProgress progress;
  g_autofree char    *current = NULL;

  g_mutex_lock (&self->lock);
  progress = self->progress;
  progress.file_name = current = g_strdup (self->current);
  self->report_pending = FALSE;
  g_mutex_unlock (&self->lock);
  if (!self->finished)
    self->progress_func (self, &progress, self->progress_data);
  return G_SOURCE_REMOVE;
}

static void
report (KartaAttachBatch *self)
{
  gboolean schedule;

  if (self->progress_func == NULL)
    return;
  if (self->progress_context == NULL)
    {
      KartaAttachProgress progress = self->progress;
      progress.file_name = self->current;
      self->progress_func (self, &progress, self->progress_data);
      return;
    }
  g_mutex_lock (&self->lock);
  schedule = !self->report_pending;
  self->report_pending = TRUE;
  g_mutex_unlock (&self->lock);
  if (schedule)
    g_main_context_invoke_full (self->progress_context, G_PRIORITY_DEFAULT, deliver_progress,
                                g_object_ref (self), g_object_unref);
}

static void
on_bytes_copied (gint64   bytes,
                 gpointer data)
{
  KartaAttachBatch *self = data;

  g_mutex_lock (&self->lock);
  self->progress.bytes_done += bytes;
  g_mutex_unlock (&self->lock);
  report (self);
}

static char *
display_basename (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_path_get_basename (parse_name);
}

static void
begin_file (KartaAttachBatch *self,
            GFile            *file)
{
  g_autofree char *name = display_basename (file);

  g_mutex_lock (&self->lock);
  g_free (self->current);
  self->current = g_steal_pointer (&name);
  g_mutex_unlock (&self->lock);
  report (self);
}

static void
end_file (KartaAttachBatch *self,
          gint64            bytes_done)
{
  g_mutex_lock (&self->lock);
  self->progress.files_done++;
  self->progress.bytes_done = bytes_done;
  g_mutex_unlock (&self->lock);
  report (self);
}

/* The reason alone: the errors of a file begin with its name. */
static void
refuse (KartaAttachBatch *self,
        GFile            *file,
        const GError     *error)
{
  KartaAttachRefusal *refusal = g_new0 (KartaAttachRefusal, 1);
  g_autofree char    *display = g_file_get_parse_name (file);
  g_autofree char    *prefix = g_strconcat (display, ": ", NULL);

  refusal->file = g_object_ref (file);
  refusal->file_name = display_basename (file);
  refusal->locked = g_error_matches (error, KARTA_ERROR, KARTA_ERROR_NEEDS_PASSWORD) ||
                    g_error_matches (error, KARTA_ERROR, KARTA_ERROR_WRONG_PASSWORD);
  refusal->reason = g_strdup (g_str_has_prefix (error->message, prefix) ? error->message + strlen (prefix)
                                                                        : error->message);
  g_ptr_array_add (self->refused, refusal);
}

static gint64
file_size (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  GStatBuf         info;

  return path != NULL && g_stat (path, &info) == 0 ? info.st_size : 0;
}

/* Inspects and copies one file, or refuses it; FALSE when it was cancelled. */
static gboolean
store_file (KartaAttachBatch *self,
            GFile            *file,
            GCancellable     *cancellable)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (KartaDocument) document = NULL;
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _ ("not a local file"));
  else if ((document = karta_pdf_inspector_inspect (self->inspector, path, self->password, cancellable,
                                                    &error)) != NULL &&
           karta_file_store_put (self->documents_dir, path, cancellable, on_bytes_copied, self,
                                 &document->sha256, &document->size, &error))
    {
      document->kind = g_strdup (self->kind);
      document->added_by = g_strdup (self->added_by);
      g_ptr_array_add (self->documents, g_steal_pointer (&document));
      return TRUE;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  refuse (self, file, error);
  return TRUE;
}

static gboolean
attach_file (KartaAttachBatch *self,
             GFile            *file,
             GCancellable     *cancellable)
{
  gint64 bytes_before = self->progress.bytes_done;

  begin_file (self, file);
  if (g_cancellable_is_cancelled (cancellable) || !store_file (self, file, cancellable))
    return FALSE;
  end_file (self, bytes_before + file_size (file));
  return TRUE;
}

/**
 * karta_attach_batch_store_files:
 * @cancellable: (nullable): stops between files or inside a copy
 * @progress: (nullable) (scope call): told in the thread this runs in
 *
 * Inspects the files (in the sandboxed helper) and copies those that are
 * good into the file store; may run in any thread (it does not use the
 * store). The files
 * refused are listed by karta_attach_batch_get_refused().
 *
 * Returns: %FALSE when it was cancelled
 */
gboolean
karta_attach_batch_store_files (KartaAttachBatch       *self,
                                GCancellable           *cancellable,
                                KartaAttachProgressFunc progress,
                                gpointer                progress_data)
{
  if (progress != NULL)
    {
      self->progress_func = progress;
      self->progress_data = progress_data;
    }
  self->progress = (KartaAttachProgress){ .n_files = self->files->len };
  for (guint i = 0; i < self->files->len; i++)
    self->progress.n_bytes += file_size (g_ptr_array_index (self->files, i));
  self->inspector = karta_pdf_inspector_new ();
  for (guint i = 0; i < self->files->len && !self->cancelled; i++)
    self->cancelled = !attach_file (self, g_ptr_array_index (self->files, i), cancellable);
  g_clear_pointer (&self->inspector, karta_pdf_inspector_free);
  return !self->cancelled;
}

/**
 * karta_attach_batch_link:
 *
 * Links every file stored to the target as one undoable step; call it in
 * the thread that uses the store, after karta_attach_batch_store_files().
 *
 * Returns: (transfer full) (element-type gint64): the ids of the documents
 *   linked (empty when none was stored), or %NULL on error
 */
GArray *
karta_attach_batch_link (KartaAttachBatch *self,
                         GError          **error)
{
  g_autoptr (GArray) ids = NULL;

  if (self->documents->len == 0)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  ids = karta_store_attach_documents (self->store, self->documents, &self->target, error);
  if (ids != NULL)
    {
      g_ptr_array_extend_and_steal (self->linked, g_steal_pointer (&self->documents));
      self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
    }
  return g_steal_pointer (&ids);
}

/**
 * karta_attach_batch_get_linked:
 *
 * Returns: (transfer none) (element-type KartaDocument): the documents
 *   karta_attach_batch_link() linked, with their SHA-256 and file names
 */
GPtrArray *
karta_attach_batch_get_linked (KartaAttachBatch *self)
{
  g_return_val_if_fail (KARTA_IS_ATTACH_BATCH (self), NULL);
  return self->linked;
}

static void
store_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  (void) task_data;
  karta_attach_batch_store_files (source_object, cancellable, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

/**
 * karta_attach_batch_run_async:
 * @progress: (nullable): told in the thread-default main context of the
 *   caller, at most one report pending at a time
 *
 * Stores the files in a worker thread; karta_attach_batch_run_finish()
 * links them.
 */
void
karta_attach_batch_run_async (KartaAttachBatch       *self,
                              GCancellable           *cancellable,
                              KartaAttachProgressFunc progress,
                              gpointer                progress_data,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, karta_attach_batch_run_async);
  /* a cancelled batch still links what was stored before */
  g_task_set_check_cancellable (task, FALSE);
  self->progress_func = progress;
  self->progress_data = progress_data;
  self->progress_context = g_main_context_ref_thread_default ();
  g_task_run_in_thread (task, store_in_thread);
}

/**
 * karta_attach_batch_run_finish:
 *
 * Links what was stored (karta_attach_batch_link()).
 *
 * Returns: (transfer full) (element-type gint64): the ids of the documents
 *   linked, or %NULL on error, or with %G_IO_ERROR_CANCELLED when the
 *   batch was cancelled before any file was stored
 */
GArray *
karta_attach_batch_run_finish (KartaAttachBatch *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  self->finished = TRUE;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  if (self->cancelled && self->documents->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _ ("Attaching was cancelled"));
      return NULL;
    }
  return karta_attach_batch_link (self, error);
}

/**
 * karta_attach_batch_get_refused:
 *
 * Returns: (transfer none) (element-type KartaAttachRefusal): the files
 *   not attached, with why
 */
GPtrArray *
karta_attach_batch_get_refused (KartaAttachBatch *self)
{
  return self->refused;
}

/* Whether the batch stopped before its last file. */
gboolean
karta_attach_batch_was_cancelled (KartaAttachBatch *self)
{
  return self->cancelled;
}
