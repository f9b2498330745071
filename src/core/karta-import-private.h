/* karta-import-private.h — what the file readers share: loading a file
 * with limits, one entry out of a zip, XML parsed safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "karta-import.h"

G_BEGIN_DECLS

/* A roadmap is a few hundred kilobytes; beyond these it is not one, or a bomb. */
#define KARTA_IMPORT_MAX_FILE_SIZE  (50 * 1024 * 1024)
#define KARTA_IMPORT_MAX_ENTRY_SIZE (200 * 1024 * 1024)
/* Spans and grids beyond this are damage, not layout. */
#define KARTA_IMPORT_MAX_SPAN       256
#define KARTA_IMPORT_MAX_COLUMNS    1024

GBytes              *karta_import_load_file      (const char   *path,
                                                  char        **file_name,
                                                  GError      **error);
GBytes              *karta_import_zip_read_entry (const char   *file_name,
                                                  GBytes       *zip,
                                                  const char   *entry,
                                                  gboolean     *found,
                                                  GError      **error);
xmlDoc              *karta_import_parse_xml      (const char   *file_name,
                                                  GBytes       *xml,
                                                  GError      **error);
gboolean             karta_import_xml_is         (const xmlNode *node,
                                                  const char    *ns,
                                                  const char    *name);

KartaImportDocument *karta_import_docx_from_zip  (const char   *file_name,
                                                  GBytes       *zip,
                                                  GError      **error);
KartaImportDocument *karta_import_odt_from_zip   (const char   *file_name,
                                                  GBytes       *zip,
                                                  GError      **error);
KartaImportDocument *karta_import_odt_from_xml   (const char   *file_name,
                                                  GBytes       *xml,
                                                  GError      **error);

G_END_DECLS
