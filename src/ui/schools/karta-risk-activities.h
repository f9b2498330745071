/* karta-risk-activities.h — the activities that address a school's high and
 * medium risk factors, as rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "karta-risk.h"

G_BEGIN_DECLS

/* Fills @list_box (emptied first) with, for each high then medium factor
 * of @profile, the rows of @activities (of KartaFactorActivity*) that
 * address it; a high factor nothing addresses gets a warning row (CSS
 * class "risk-unaddressed"). Returns the number of such warnings. */
guint karta_risk_activities_fill (GtkListBox             *list_box,
                                  const KartaRiskProfile *profile,
                                  GPtrArray              *activities);

G_END_DECLS
