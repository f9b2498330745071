/* karta-password-dialog.h — asking for an encrypted document's password
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KARTA_TYPE_PASSWORD_DIALOG (karta_password_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KartaPasswordDialog, karta_password_dialog, KARTA, PASSWORD_DIALOG, AdwMessageDialog)

GtkWidget  *karta_password_dialog_new (GtkWindow  *parent,
                                       const char *body,
                                       const char *problem,
                                       const char *cancel_label,
                                       const char *accept_label);
void        karta_password_dialog_set_can_remember (KartaPasswordDialog *self,
                                                    gboolean             can_remember);
const char *karta_password_dialog_get_password (KartaPasswordDialog *self);
gboolean    karta_password_dialog_get_remember (KartaPasswordDialog *self);

G_END_DECLS
