/* karta-import-private.h — what the file readers share: loading a file
 * with limits, one entry out of a zip, XML parsed safely, and the walk that
 * turns a tree of paragraphs and tables into a KartaImportDocument
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
#define KARTA_IMPORT_MAX_SPAN    256
#define KARTA_IMPORT_MAX_COLUMNS 1024

GBytes *karta_import_load_file (const char *path,
                                char      **file_name,
                                GError    **error);
void    karta_import_set_too_large (GError    **error,
                                    const char *file_name);

typedef enum
{
  KARTA_IMPORT_ZIP_OTHER,
  KARTA_IMPORT_ZIP_DOCX,
  KARTA_IMPORT_ZIP_ODT,
  KARTA_IMPORT_ZIP_SPREADSHEET,
} KartaImportZipKind;

gboolean       karta_import_zip_sniff (const char         *file_name,
                                       GBytes             *zip,
                                       KartaImportZipKind *kind,
                                       GError            **error);
GBytes        *karta_import_zip_read_entry (const char *file_name,
                                            GBytes     *zip,
                                            const char *entry,
                                            const char *missing,
                                            GError    **error);
xmlDoc        *karta_import_parse_xml (const char *file_name,
                                       GBytes     *xml,
                                       GError    **error);
gboolean       karta_import_xml_is (const xmlNode *node,
                                    const char    *ns,
                                    const char    *name);
gboolean       karta_import_xml_is_text (const xmlNode *node);
const xmlNode *karta_import_xml_child (const xmlNode *node,
                                       const char    *ns,
                                       const char    *name);

/* Text runs gather in @text until something ends the paragraph; the
 * paragraph then goes to @paragraphs, its white space folded, unless blank. */
typedef struct
{
  GString   *text;
  GPtrArray *paragraphs;
} KartaImportCollector;

/* Each format knows which of its elements hold text and which break it. */
typedef void (*KartaImportCollectFunc) (KartaImportCollector *collector,
                                        const xmlNode        *node);

void       karta_import_collector_flush (KartaImportCollector *collector);
void       karta_import_collect_paragraph (KartaImportCollector  *collector,
                                           const xmlNode         *node,
                                           KartaImportCollectFunc collect);
KartaCell *karta_import_read_cell (const xmlNode         *node,
                                   guint                  column,
                                   guint                  column_span,
                                   guint                  row_span,
                                   KartaImportCollectFunc collect);

/* The body is read in document order: paragraphs go to the document's
 * "before" until the first table, to its "after" from then on. */
typedef struct
{
  KartaImportDocument *document;
  KartaImportCollector collector;
} KartaImportReader;

typedef void (*KartaImportBodyFunc) (KartaImportReader *reader,
                                     const xmlNode     *node);

void karta_import_reader_add_table (KartaImportReader *reader,
                                    KartaTable        *table);
/* Returns: the element whose children are the document's text, or %NULL */
typedef const xmlNode *(*KartaImportFindBodyFunc) (const xmlNode *root);

KartaImportDocument *karta_import_read_xml (const char             *file_name,
                                            GBytes                 *xml,
                                            KartaImportFindBodyFunc find_body,
                                            KartaImportBodyFunc     read_body,
                                            const char             *no_body,
                                            GError                **error);
void                 karta_import_read_body (KartaImportDocument *document,
                                             KartaImportBodyFunc  read_body,
                                             const xmlNode       *body);

/* Returns: (transfer full) (nullable): the document in @xml, or %NULL with @error set */
typedef KartaImportDocument *(*KartaImportFromXmlFunc) (const char *file_name,
                                                        GBytes     *xml,
                                                        GError    **error);

KartaImportDocument *karta_import_read_zip_xml (const char            *file_name,
                                                GBytes                *zip,
                                                const char            *entry,
                                                const char            *missing,
                                                KartaImportFromXmlFunc from_xml,
                                                GError               **error);

KartaImportDocument *karta_import_docx_from_zip (const char *file_name,
                                                 GBytes     *zip,
                                                 GError    **error);
KartaImportDocument *karta_import_odt_from_zip (const char *file_name,
                                                GBytes     *zip,
                                                GError    **error);
KartaImportDocument *karta_import_odt_from_xml (const char *file_name,
                                                GBytes     *xml,
                                                GError    **error);

G_END_DECLS
