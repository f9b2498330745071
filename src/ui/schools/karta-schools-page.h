/* karta-schools-page.h — the list of schools and other organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_SCHOOLS_PAGE (karta_schools_page_get_type ())
G_DECLARE_FINAL_TYPE (KartaSchoolsPage, karta_schools_page, KARTA, SCHOOLS_PAGE, AdwBin)

GtkWidget *karta_schools_page_new (void);
void       karta_schools_page_set_store (KartaSchoolsPage *self,
                                         KartaStore       *store);
GtkWidget *karta_schools_page_show_school (KartaSchoolsPage *self,
                                           gint64            organisation_id);

G_END_DECLS
