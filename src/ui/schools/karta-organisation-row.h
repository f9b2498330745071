/* karta-organisation-row.h — a list row showing a school (or another
 * organisation): what its buttons and the search need of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-model.h"

G_BEGIN_DECLS

#define KARTA_TYPE_ORGANISATION_ROW (karta_organisation_row_get_type ())
G_DECLARE_FINAL_TYPE (KartaOrganisationRow, karta_organisation_row, KARTA, ORGANISATION_ROW, AdwActionRow)

GtkWidget            *karta_organisation_row_new (const KartaOrganisation *organisation,
                                                  const char              *search_key);
gint64                karta_organisation_row_get_id (KartaOrganisationRow *self);
const char           *karta_organisation_row_get_display_name (KartaOrganisationRow *self);
const char           *karta_organisation_row_get_search_key (KartaOrganisationRow *self);
KartaOrganisationRow *karta_organisation_row_find (GtkWidget *widget);

G_END_DECLS
