/* karta-district-page.h — the risk profiles of all the schools for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_DISTRICT_PAGE (karta_district_page_get_type ())
G_DECLARE_FINAL_TYPE (KartaDistrictPage, karta_district_page, KARTA, DISTRICT_PAGE, AdwBin)

GtkWidget *karta_district_page_new (void);
void       karta_district_page_set_store (KartaDistrictPage *self,
                                          KartaStore        *store);
int        karta_district_page_get_year (KartaDistrictPage *self);
/* Imports @text (a tab-separated table) and shows what happened in a
 * dialog; returns the number of profiles stored, -1 on error */
int karta_district_page_paste_text (KartaDistrictPage *self,
                                    const char        *text);

G_END_DECLS
