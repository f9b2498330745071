/* karta-password-dialog.c — asking for an encrypted document's password
 *
 * The same question when a scan is attached and when it is opened: the
 * password (hidden), why it is asked again if it was wrong, and whether to
 * keep it in the keyring (karta-document-passwords.c) so that it is not
 * asked for again. The responses are "cancel" and "accept".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-passwords"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-password-dialog.h"

struct _KartaPasswordDialog
{
  AdwMessageDialog parent_instance;

  GtkEditable    *entry;
  GtkCheckButton *remember;
};

G_DEFINE_FINAL_TYPE (KartaPasswordDialog, karta_password_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
karta_password_dialog_class_init (KartaPasswordDialogClass *klass)
{
}

static void
karta_password_dialog_init (KartaPasswordDialog *self)
{
}

/**
 * karta_password_dialog_new:
 * @problem: (nullable): why it is asked again: "The password is wrong."
 * @cancel_label: the button that goes on without: "_Cancel", "_Skip"
 * @accept_label: the button that goes on with the password: "_Open"
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
GtkWidget *
karta_password_dialog_new (GtkWindow  *parent,
                           const char *body,
                           const char *problem,
                           const char *cancel_label,
                           const char *accept_label)
{
  KartaPasswordDialog *self = g_object_new (KARTA_TYPE_PASSWORD_DIALOG, "transient-for", parent, "modal", TRUE,
                                            "heading", _ ("Password Required"), "body", body, NULL);
  GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* not a GtkPasswordEntry: GTK 4.8's one is notified after it is
   * finalized when its dialog closes */
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remember = gtk_check_button_new_with_mnemonic (_ ("_Remember the password in the keyring"));

  gtk_entry_set_visibility (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Password"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), remember);
  if (problem != NULL)
    {
      GtkWidget *label = gtk_label_new (problem);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (entry, "error");
      gtk_box_append (GTK_BOX (box), label);
    }
  self->entry = GTK_EDITABLE (entry);
  self->remember = GTK_CHECK_BUTTON (remember);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", cancel_label, "accept", accept_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  gtk_widget_grab_focus (entry);
  return GTK_WIDGET (self);
}

const char *
karta_password_dialog_get_password (KartaPasswordDialog *self)
{
  g_return_val_if_fail (KARTA_IS_PASSWORD_DIALOG (self), NULL);
  return gtk_editable_get_text (self->entry);
}

/* Whether to offer keeping the password: not for a file that is not in
 * the library */
void
karta_password_dialog_set_can_remember (KartaPasswordDialog *self,
                                        gboolean             can_remember)
{
  g_return_if_fail (KARTA_IS_PASSWORD_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->remember), can_remember);
  if (!can_remember)
    gtk_check_button_set_active (self->remember, FALSE);
}

/* Whether the user wants the password kept in the keyring */
gboolean
karta_password_dialog_get_remember (KartaPasswordDialog *self)
{
  g_return_val_if_fail (KARTA_IS_PASSWORD_DIALOG (self), FALSE);
  return gtk_check_button_get_active (self->remember);
}
