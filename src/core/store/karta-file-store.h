/* karta-file-store.h — attached files, stored by content hash
 *
 * Files are copied into documents/ab/cdef….pdf (SHA-256) before the
 * database row that refers to them is committed; files no row refers to
 * any more are removed only by karta_file_store_collect().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-model.h"
#include "karta-store.h"

G_BEGIN_DECLS

typedef void (*KartaFileStoreProgressFunc) (gint64   bytes,
                                            gpointer user_data);

gboolean   karta_file_store_put (const char                *documents_dir,
                                 const char                *source_path,
                                 GCancellable              *cancellable,
                                 KartaFileStoreProgressFunc progress,
                                 gpointer                   progress_data,
                                 char                     **sha256_out,
                                 gint64                    *size_out,
                                 GError                   **error);
gboolean   karta_file_store_collect (KartaStore *store,
                                     const char *documents_dir,
                                     gint64      before,
                                     GError    **error);
GPtrArray *karta_file_store_leftovers (const char *documents_dir,
                                       gint64      before);
char      *karta_file_store_dir (KartaStore *store);
char      *karta_file_store_path (KartaStore *store,
                                  const char *sha256);

G_END_DECLS
