/* karta-activity-editor.h — the modal editor of one activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ACTIVITY_EDITOR (karta_activity_editor_get_type ())
G_DECLARE_FINAL_TYPE (KartaActivityEditor, karta_activity_editor, KARTA, ACTIVITY_EDITOR, AdwWindow)

GtkWindow *karta_activity_editor_new (GtkWindow           *parent,
                                      KartaStore          *store,
                                      const KartaRoadmap  *roadmap,
                                      const KartaActivity *activity);

G_END_DECLS
