/* karta-activity-status.h — the status an activity is shown with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-model.h"

G_BEGIN_DECLS

KartaStatus karta_activity_effective_status (const KartaActivity *activity,
                                             KartaDay             today);

G_END_DECLS
