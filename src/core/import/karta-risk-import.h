/* karta-risk-import.h — risk profiles from a table (karta-cli risk-import,
 * pasting into the window)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-store.h"

G_BEGIN_DECLS

/* A tab-separated table with a header row: school, year, factor, level
 * (высокий|средний|низкий or high|medium|low), columns found by their
 * header. Schools and factors are matched by name; each unknown one is
 * reported in @report (one line each, naming the row) and its rows are
 * skipped — unless @create_schools, which creates unknown schools and says
 * so. Everything imported is one undoable step.
 * Returns: the number of profiles stored, -1 on error */
int karta_risk_import_tsv (KartaStore *store,
                           const char *file_name,
                           const char *data,
                           gsize       length,
                           gboolean    create_schools,
                           GPtrArray  *report,
                           GError    **error);

G_END_DECLS
