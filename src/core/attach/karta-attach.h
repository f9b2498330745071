/* karta-attach.h — attaching a batch of files: copied off the main thread,
 * linked as one undoable step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ATTACH_BATCH (karta_attach_batch_get_type ())
G_DECLARE_FINAL_TYPE (KartaAttachBatch, karta_attach_batch, KARTA, ATTACH_BATCH, GObject)

typedef struct
{
  guint       files_done;
  guint       n_files;
  gint64      bytes_done;
  gint64      n_bytes;
  const char *file_name; /* the file being copied, for display */
} KartaAttachProgress;

typedef void (*KartaAttachProgressFunc) (KartaAttachBatch          *batch,
                                         const KartaAttachProgress *progress,
                                         gpointer                   user_data);

/* A file that was not attached, and why. */
typedef struct
{
  GFile   *file;
  char    *file_name; /* for display */
  char    *reason;
  gboolean locked; /* it needs a password, or another one */
} KartaAttachRefusal;

KartaAttachRefusal *karta_attach_refusal_copy (const KartaAttachRefusal *refusal);
void                karta_attach_refusal_free (KartaAttachRefusal *refusal);

KartaAttachBatch *karta_attach_batch_new (KartaStore                *store,
                                          const KartaDocumentTarget *target,
                                          GError                   **error);
void              karta_attach_batch_add_file (KartaAttachBatch *self,
                                               GFile            *file);
void              karta_attach_batch_set_kind (KartaAttachBatch *self,
                                               const char       *kind);
const char       *karta_attach_batch_get_kind (KartaAttachBatch *self);
void              karta_attach_batch_set_password (KartaAttachBatch *self,
                                                   const char       *password);

gboolean karta_attach_batch_store_files (KartaAttachBatch       *self,
                                         GCancellable           *cancellable,
                                         KartaAttachProgressFunc progress,
                                         gpointer                progress_data);
GArray  *karta_attach_batch_link (KartaAttachBatch *self,
                                  GError          **error);

void    karta_attach_batch_run_async (KartaAttachBatch       *self,
                                      GCancellable           *cancellable,
                                      KartaAttachProgressFunc progress,
                                      gpointer                progress_data,
                                      GAsyncReadyCallback     callback,
                                      gpointer                user_data);
GArray *karta_attach_batch_run_finish (KartaAttachBatch *self,
                                       GAsyncResult     *result,
                                       GError          **error);

GPtrArray *karta_attach_batch_get_refused (KartaAttachBatch *self);
GPtrArray *karta_attach_batch_get_linked (KartaAttachBatch *self);
gboolean   karta_attach_batch_was_cancelled (KartaAttachBatch *self);

G_END_DECLS
