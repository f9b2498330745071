/* karta-document-store.h — attached files, stored by content hash
 *
 * Files are copied into documents/ab/cdef….pdf (SHA-256) before the
 * database row that refers to them is committed; files no row refers to
 * any more are removed only by karta_document_store_collect().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-model.h"
#include "karta-store.h"

G_BEGIN_DECLS

typedef void (*KartaDocumentStoreProgressFunc) (gint64   bytes,
                                                gpointer user_data);

gboolean       karta_document_store_put     (const char                     *documents_dir,
                                             const char                     *source_path,
                                             GCancellable                   *cancellable,
                                             KartaDocumentStoreProgressFunc  progress,
                                             gpointer                        progress_data,
                                             char                          **sha256_out,
                                             gint64                         *size_out,
                                             GError                        **error);
gboolean       karta_document_store_collect (KartaStore  *store,
                                             const char  *documents_dir,
                                             gint64       before,
                                             GError     **error);
KartaDocument *karta_document_inspect       (const char  *path,
                                             const char  *password,
                                             GError     **error);

G_END_DECLS
