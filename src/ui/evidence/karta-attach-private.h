/* karta-attach-private.h — what the files of attaching from the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-attach.h"

G_BEGIN_DECLS

/* A password the user gave for encrypted files, and whether to keep it */
typedef struct
{
  const char *password;
  gboolean    remember;
} KartaAttachPassword;

/* karta-attach-files.c */
void karta_attach_run (GtkWidget                 *from,
                       KartaStore                *store,
                       const KartaDocumentTarget *target,
                       GPtrArray                 *files,
                       const KartaAttachPassword *password,
                       GPtrArray                 *locked);

/* karta-attach-password.c */
void karta_attach_ask_password (GtkWidget                 *from,
                                KartaStore                *store,
                                const KartaDocumentTarget *target,
                                GPtrArray                 *locked);

G_END_DECLS
