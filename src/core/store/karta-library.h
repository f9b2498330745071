/* karta-library.h — where the user's library lives and how it is opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_LIBRARY_DATABASE_NAME "karta.db"
#define KARTA_LIBRARY_BACKUPS_NAME  "backups"

char       *karta_library_resolve_dir (const char *explicit_dir);
char       *karta_library_application_id (const char *base_id,
                                          const char *dir);
KartaStore *karta_library_open (const char *dir,
                                GError    **error);
KartaStore *karta_library_open_full (const char         *dir,
                                     KartaStoreOpenFlags flags,
                                     GError            **error);
void        karta_library_verify_async (KartaStore         *store,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
gboolean    karta_library_verify_finish (KartaStore   *store,
                                         GAsyncResult *result,
                                         GError      **error);
gboolean    karta_library_is_remote (const char *dir);
gboolean    karta_library_check (KartaStore *store,
                                 GPtrArray  *problems);
gboolean    karta_library_repair (KartaStore *store,
                                  GPtrArray  *done,
                                  GError    **error);

/* karta-library-restore.c */
char    *karta_library_latest_backup (const char *dir);
gboolean karta_library_describe_backup (const char *backup,
                                        guint      *n_roadmaps,
                                        GDateTime **modified,
                                        GError    **error);
gboolean karta_library_restore (const char *dir,
                                const char *backup,
                                char      **kept,
                                GError    **error);

G_END_DECLS
