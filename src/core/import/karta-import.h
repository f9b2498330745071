/* karta-import.h — roadmaps from the documents offices already have
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-model.h"
#include "karta-table.h"

G_BEGIN_DECLS

/* Reading a file into the table model (karta-import-docx.c, -odt.c,
 * -html.c, -tsv.c); the kind is found from the content, not the name. */
KartaImportDocument *karta_import_read_file (const char *path,
                                             GError    **error);
KartaImportDocument *karta_import_read_docx (const char *path,
                                             GError    **error);
KartaImportDocument *karta_import_read_odt (const char *path,
                                            GError    **error);
KartaImportDocument *karta_import_read_html (const char *file_name,
                                             const char *data,
                                             gsize       length,
                                             GError    **error);
KartaImportDocument *karta_import_read_tsv (const char *file_name,
                                            const char *data,
                                            gsize       length,
                                            GError    **error);

/* Recognising a roadmap in it (karta-recognise*.c). @period may be NULL:
 * it is then found in the text ("в 2022 году", "2023-2024 учебный год"). */
KartaRoadmap *karta_import_recognise (const KartaImportDocument *document,
                                      const KartaPeriod         *period,
                                      GError                   **error);

G_END_DECLS
