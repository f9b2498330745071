/* karta-factor-picker.h — choose the risk factors an activity addresses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_TYPE_FACTOR_PICKER (karta_factor_picker_get_type ())
G_DECLARE_FINAL_TYPE (KartaFactorPicker, karta_factor_picker, KARTA, FACTOR_PICKER, AdwBin)

GtkWidget *karta_factor_picker_new (void);
void       karta_factor_picker_set (KartaFactorPicker *self,
                                    GPtrArray         *factors,
                                    GPtrArray         *chosen);
void       karta_factor_picker_set_suggested (KartaFactorPicker *self,
                                              GPtrArray         *suggested_refs);
GPtrArray *karta_factor_picker_get_chosen (KartaFactorPicker *self);

G_END_DECLS
