/* karta-school-page.h — one school: its risk profiles by year as charts and
 * the activities that address its factors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_SCHOOL_PAGE (karta_school_page_get_type ())
G_DECLARE_FINAL_TYPE (KartaSchoolPage, karta_school_page, KARTA, SCHOOL_PAGE, AdwBin)

GtkWidget *karta_school_page_new (KartaStore *store);
void       karta_school_page_set_organisation (KartaSchoolPage *self,
                                               gint64           organisation_id);
gint64     karta_school_page_get_organisation (KartaSchoolPage *self);
int        karta_school_page_get_year (KartaSchoolPage *self);
void       karta_school_page_set_year (KartaSchoolPage *self,
                                       int              year);

G_END_DECLS
