/* karta-terms.h — reading terms ("Сроки") as the plans write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-date.h"
#include "karta-schedule.h"

G_BEGIN_DECLS

KartaSchedule *karta_terms_parse (const char        *text,
                                  const KartaPeriod *period);

G_END_DECLS
