/* karta-restore-backup.h — the way back from a damaged library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*KartaRestoredFunc) (gpointer user_data);

void karta_restore_backup_ask (GtkWindow        *parent,
                               const char       *dir,
                               KartaRestoredFunc done,
                               gpointer          user_data);

G_END_DECLS
