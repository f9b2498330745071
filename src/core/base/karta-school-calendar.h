/* karta-school-calendar.h — the school year's quarters («четверти»)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-date.h"

G_BEGIN_DECLS

gboolean karta_school_quarter_bounds (int       school_year,
                                      int       quarter,
                                      KartaDay *start,
                                      KartaDay *end);

G_END_DECLS
