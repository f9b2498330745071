/* karta-attach-files.h — attaching documents from the window: the file
 * chooser, dropped files, progress with Cancel, the result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

void           karta_attach_files (GtkWidget                 *from,
                                   KartaStore                *store,
                                   const KartaDocumentTarget *target,
                                   GPtrArray                 *files);
void           karta_attach_files_to_activity (GtkWidget  *from,
                                               KartaStore *store,
                                               gint64      activity_id,
                                               GPtrArray  *files);
void           karta_attach_choose_files (GtkWidget                 *from,
                                          KartaStore                *store,
                                          const KartaDocumentTarget *target);
GtkDropTarget *karta_attach_drop_target_new (void);
AdwToast      *karta_attach_undo_toast_new (KartaStore *store,
                                            const char *title);
GPtrArray     *karta_attach_dropped_files (const GValue *value);

G_END_DECLS
