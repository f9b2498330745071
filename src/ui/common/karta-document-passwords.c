/* karta-document-passwords.c — the passwords of encrypted documents, kept
 * in the user's keyring when they agree
 *
 * A scan protected by a password asks for it each time it is opened; the
 * user may have it kept in the keyring (libsecret: GNOME Keyring, KWallet),
 * never in the library or the settings. It is filed under the document's
 * SHA-256, which is what the library knows the file by: the same scan
 * attached to two activities has one password.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-passwords"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "karta-document-passwords.h"

static const SecretSchema *
document_schema (void)
{
  static const SecretSchema schema = {
    "ru.karta.Karta.DocumentPassword",
    SECRET_SCHEMA_NONE,
    {
      { "sha256", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

/**
 * karta_document_password_remember_async:
 * @title: the document's title or file name, for the keyring's list
 *
 * Keeps @password of the document @sha256 in the default keyring.
 */
void
karta_document_password_remember_async (const char         *sha256,
                                        const char         *title,
                                        const char         *password,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data)
{
  /* Translators: the label of a password in the keyring (Passwords and Keys) */
  g_autofree char *label = g_strdup_printf (_ ("Karta: password of “%s”"), title);

  g_return_if_fail (sha256 != NULL && password != NULL);

  secret_password_store (document_schema (), SECRET_COLLECTION_DEFAULT, label, password, cancellable, callback,
                         user_data, "sha256", sha256, NULL);
}

gboolean
karta_document_password_remember_finish (GAsyncResult *result,
                                         GError      **error)
{
  return secret_password_store_finish (result, error);
}

/* The password kept for the document @sha256, if any */
void
karta_document_password_lookup_async (const char         *sha256,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_return_if_fail (sha256 != NULL);

  secret_password_lookup (document_schema (), cancellable, callback, user_data, "sha256", sha256, NULL);
}

/**
 * karta_document_password_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the password, or %NULL when none is
 *   kept or there is no keyring (then @error says why)
 */
char *
karta_document_password_lookup_finish (GAsyncResult *result,
                                       GError      **error)
{
  char *secret = secret_password_lookup_finish (result, error);
  char *password = g_strdup (secret);

  secret_password_free (secret);
  return password;
}

static void
on_cleared (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_message ("Could not forget a document's password: %s", error->message);
}

/* Forgets the password of @sha256: it was wrong, the document changed */
void
karta_document_password_forget (const char *sha256)
{
  g_return_if_fail (sha256 != NULL);

  secret_password_clear (document_schema (), NULL, on_cleared, NULL, "sha256", sha256, NULL);
}
