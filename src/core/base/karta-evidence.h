/* karta-evidence.h — whether an activity has the confirming document it asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-model.h"

G_BEGIN_DECLS

const char *const *karta_evidence_kinds (void);
gboolean           karta_evidence_matches (const char          *required,
                                           const KartaDocument *document);
guint              karta_evidence_count (const KartaActivity *activity);
gboolean           karta_evidence_is_missing (const KartaActivity *activity);
char              *karta_document_get_heading (const KartaDocument *document,
                                               gboolean            *names_kind);

G_END_DECLS
