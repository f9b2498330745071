/* karta-document-passwords.h — the passwords of encrypted documents, kept
 * in the user's keyring when they agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     karta_document_password_remember_async (const char         *sha256,
                                                 const char         *title,
                                                 const char         *password,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
gboolean karta_document_password_remember_finish (GAsyncResult *result,
                                                  GError      **error);
void     karta_document_password_lookup_async (const char         *sha256,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
char    *karta_document_password_lookup_finish (GAsyncResult *result,
                                                GError      **error);
void     karta_document_password_forget (const char *sha256);

G_END_DECLS
