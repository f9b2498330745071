/* karta-risk-editor.h — the modal editor of a school's risk profile for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_RISK_EDITOR (karta_risk_editor_get_type ())
G_DECLARE_FINAL_TYPE (KartaRiskEditor, karta_risk_editor, KARTA, RISK_EDITOR, AdwWindow)

GtkWindow *karta_risk_editor_new (GtkWindow  *parent,
                                  KartaStore *store,
                                  gint64      organisation_id,
                                  const char *school_name,
                                  int         year);

G_END_DECLS
