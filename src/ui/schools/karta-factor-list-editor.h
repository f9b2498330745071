/* karta-factor-list-editor.h — the modal editor of the lists of risk factors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_FACTOR_LIST_EDITOR (karta_factor_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (KartaFactorListEditor, karta_factor_list_editor, KARTA, FACTOR_LIST_EDITOR, AdwWindow)

GtkWindow *karta_factor_list_editor_new (GtkWindow  *parent,
                                         KartaStore *store);

G_END_DECLS
