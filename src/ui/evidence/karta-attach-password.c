/* karta-attach-password.c — asking for the passwords of encrypted files
 *
 * Files that need a password are not counted as refused: once the batch
 * is done, their passwords are asked for one file at a time, and each is
 * attached with its own (as one more undoable step). A wrong password is
 * said to be wrong and asked again; Skip goes on to the next file. The
 * user may have the password kept in the keyring: the previewer then
 * opens the document without asking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-attach"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-attach-private.h"
#include "karta-list-private.h"
#include "karta-password-dialog.h"

typedef struct
{
  GtkWidget          *from; /* weak */
  KartaStore         *store;
  KartaDocumentTarget target;
  GPtrArray          *locked; /* of KartaAttachRefusal*: the first is asked for */
} Ask;

static void
ask_free (gpointer  data,
          GClosure *closure)
{
  Ask *ask = data;

  (void) closure;
  g_clear_weak_pointer (&ask->from);
  g_object_unref (ask->store);
  g_ptr_array_unref (ask->locked);
  g_free (ask);
}

static void
on_response (KartaPasswordDialog *dialog,
             const char          *response,
             Ask                 *ask)
{
  const KartaAttachRefusal *first = g_ptr_array_index (ask->locked, 0);
  g_autoptr (GPtrArray) rest = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_attach_refusal_free);
  g_autoptr (GPtrArray) files = g_ptr_array_new ();

  if (ask->from == NULL)
    return;
  for (guint i = 1; i < ask->locked->len; i++)
    g_ptr_array_add (rest, karta_attach_refusal_copy (g_ptr_array_index (ask->locked, i)));
  if (g_strcmp0 (response, "accept") == 0)
    {
      KartaAttachPassword password = {
        .password = karta_password_dialog_get_password (dialog),
        .remember = karta_password_dialog_get_remember (dialog),
      };

      g_ptr_array_add (files, first->file);
      karta_attach_run (ask->from, ask->store, &ask->target, files, &password, rest);
    }
  else if (rest->len > 0)
    karta_attach_ask_password (ask->from, ask->store, &ask->target, rest);
}

/**
 * karta_attach_ask_password:
 * @locked: (element-type KartaAttachRefusal): files that need a password
 *
 * Asks for the password of the first of @locked and attaches it with it;
 * the others are asked for after.
 */
void
karta_attach_ask_password (GtkWidget                 *from,
                           KartaStore                *store,
                           const KartaDocumentTarget *target,
                           GPtrArray                 *locked)
{
  const KartaAttachRefusal *first = g_ptr_array_index (locked, 0);
  /* Translators: a file name, then why it cannot be opened: "needs a password" */
  g_autofree char *body = g_strdup_printf (_ ("“%s”: %s. Enter its password to attach it."),
                                           first->file_name, first->reason);
  GtkWidget       *dialog = karta_password_dialog_new (karta_list_page_get_window (from), body, NULL, _ ("_Skip"),
                                                       _ ("_Attach"));
  Ask             *ask = g_new0 (Ask, 1);

  g_set_weak_pointer (&ask->from, from);
  ask->store = g_object_ref (store);
  ask->target = *target;
  ask->locked = g_ptr_array_ref (locked);
  gtk_widget_set_name (dialog, "attach-password");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), ask, ask_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
