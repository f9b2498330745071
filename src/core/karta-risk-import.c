/* karta-risk-import.c — risk profiles from a tab-separated table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-risk-import.h"

int
karta_risk_import_tsv (KartaStore  *store,
                       const char  *file_name,
                       const char  *data,
                       gsize        length,
                       gboolean     create_schools,
                       GPtrArray   *report,
                       GError     **error)
{
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED, _("“%s”: importing risk profiles is not ready yet"), file_name);
  return -1;
}
