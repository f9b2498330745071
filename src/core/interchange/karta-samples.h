/* karta-samples.h — the sample roadmaps an empty library is offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-store.h"

G_BEGIN_DECLS

char    *karta_samples_dir (void);
gboolean karta_samples_load (KartaStore *store,
                             const char *samples_dir,
                             guint      *n_added,
                             GError    **error);

G_END_DECLS
