/* karta-table.h — a document as the importers read it: the paragraphs
 * before the table and the table's cells with their merges
 *
 * Every importer (.docx, .odt, .html, tab-separated text) produces one
 * KartaImportDocument; one recogniser (karta-recognise.c) turns it into a
 * roadmap. Cells covered by a merge are not repeated: a cell carries its
 * spans, as in the source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *paragraphs;  /* of char*: the cell's paragraphs, whitespace folded */
  guint      column;      /* the grid column where the cell starts */
  guint      column_span; /* >= 1 */
  guint      row_span;    /* >= 1 */
} KartaCell;

typedef struct
{
  GPtrArray *cells;     /* of KartaCell*, left to right */
  gboolean   is_header; /* marked as a repeated header row in the source */
} KartaTableRow;

typedef struct
{
  GPtrArray *rows;      /* of KartaTableRow* */
  guint      n_columns; /* of the grid */
  guint      n_after;   /* how many of the document's "after" paragraphs come before it */
} KartaTable;

typedef struct
{
  char      *file_name; /* for messages */
  GPtrArray *before;    /* of char*: paragraphs before the first table */
  GPtrArray *tables;    /* of KartaTable*, in document order */
  GPtrArray *after;     /* of char*: paragraphs after the first table, those
                         * between tables too (KartaTable.n_after) */
} KartaImportDocument;

KartaCell *karta_cell_new (guint column);
void       karta_cell_free (KartaCell *cell);
char      *karta_cell_get_text (const KartaCell *cell);

KartaTableRow *karta_table_row_new (void);
void           karta_table_row_free (KartaTableRow *row);

KartaTable      *karta_table_new (void);
void             karta_table_free (KartaTable *table);
const KartaCell *karta_table_get_cell_at (const KartaTable *table,
                                          guint             row,
                                          guint             column);

KartaImportDocument *karta_import_document_new (const char *file_name);
void                 karta_import_document_free (KartaImportDocument *document);

char *karta_text_fold_whitespace (const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaCell, karta_cell_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaTableRow, karta_table_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaTable, karta_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaImportDocument, karta_import_document_free)

G_END_DECLS
