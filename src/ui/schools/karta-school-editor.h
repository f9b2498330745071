/* karta-school-editor.h — the modal editor of one organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_SCHOOL_EDITOR (karta_school_editor_get_type ())
G_DECLARE_FINAL_TYPE (KartaSchoolEditor, karta_school_editor, KARTA, SCHOOL_EDITOR, AdwWindow)

/* organisation: NULL to add a new one */
GtkWindow *karta_school_editor_new (GtkWindow               *parent,
                                    KartaStore              *store,
                                    const KartaOrganisation *organisation);

G_END_DECLS
