/* karta-previewer-window-password.c — the previewer and encrypted documents
 *
 * An attached document whose password the user had kept in the keyring
 * opens with it, without a question; if that password no longer opens it,
 * it is forgotten and asked for. Otherwise the password is asked for
 * (again, saying so, when it is wrong) and, if the user wants, kept in the
 * keyring once it has opened the document. A file from the command line
 * has no SHA-256 in the library: its password is never kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-previewer-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-document-passwords.h"
#include "karta-password-dialog.h"
#include "karta-previewer-window-private.h"

static void
on_password_response (KartaPasswordDialog  *dialog,
                      const char           *response,
                      KartaPreviewerWindow *self)
{
  g_clear_pointer (&self->password_to_keep, g_free);
  if (g_str_equal (response, "accept"))
    {
      if (self->store != NULL && karta_password_dialog_get_remember (dialog))
        self->password_to_keep = g_strdup (karta_password_dialog_get_password (dialog));
      karta_previewer_window_open (self, karta_password_dialog_get_password (dialog));
    }
  else
    karta_previewer_window_show_error (self, _ ("The document is protected by a password, and none was given. "
                                                "Open it again and enter its password."));
}

/* Asks for the password; @problem says why it is asked again */
static void
ask_password (KartaPreviewerWindow *self,
              const char           *problem)
{
  g_autofree char *body = g_strdup_printf (_ ("“%s” is protected by a password. Enter it to open the document."),
                                           self->display_name);
  GtkWidget       *dialog = karta_password_dialog_new (GTK_WINDOW (self), body, problem, _ ("_Cancel"), _ ("_Open"));

  /* the keyring is for attached documents only */
  karta_password_dialog_set_can_remember (KARTA_PASSWORD_DIALOG (dialog), self->store != NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_password_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_kept_password (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (KartaPreviewerWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *password = karta_document_password_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_message ("No keyring to look up the password in: %s", error->message);
  if (password == NULL)
    {
      ask_password (self, NULL);
      return;
    }
  self->trying_kept = TRUE;
  karta_previewer_window_open (self, password);
}

/**
 * karta_previewer_window_need_password:
 * @wrong: whether the password tried was wrong (else none was given)
 *
 * The document did not open for want of its password: the keyring's, for
 * an attached document once, or the user's.
 */
void
karta_previewer_window_need_password (KartaPreviewerWindow *self,
                                      gboolean              wrong)
{
  g_clear_pointer (&self->password_to_keep, g_free);
  if (self->trying_kept)
    {
      /* kept, but not this document's (any longer): the user is asked */
      self->trying_kept = FALSE;
      karta_document_password_forget (self->sha256);
      ask_password (self, NULL);
    }
  else if (!wrong && self->store != NULL && !self->keyring_asked)
    {
      self->keyring_asked = TRUE;
      karta_document_password_lookup_async (self->sha256, self->cancellable, on_kept_password, g_object_ref (self));
    }
  else
    ask_password (self, wrong ? _ ("The password is wrong. Try again.") : NULL);
}

static void
on_password_kept (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (KartaPreviewerWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!karta_document_password_remember_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: the reason comes from the keyring */
      g_autofree char *text = g_strdup_printf (_ ("The password was not kept in the keyring: %s"), error->message);
      karta_previewer_window_toast (self, text);
    }
}

/* The document opened: the password the user typed is kept if they wanted */
void
karta_previewer_window_password_accepted (KartaPreviewerWindow *self)
{
  g_autofree char *password = g_steal_pointer (&self->password_to_keep);

  self->trying_kept = FALSE;
  if (password != NULL)
    karta_document_password_remember_async (self->sha256, self->display_name, password, self->cancellable,
                                            on_password_kept, g_object_ref (self));
}
