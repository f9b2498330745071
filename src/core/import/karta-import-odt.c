/* karta-import-odt.c — the table model from an OpenDocument text (.odt, .fodt)
 *
 * content.xml (or the whole flat .fodt) holds office:body/office:text:
 * paragraphs and headings (text:p, text:h), lists of them, sections, and
 * tables. An ODF table writes every grid position: a merged cell carries
 * its spans and the positions it covers are table:covered-table-cell, so
 * the grid column is simply the count of cells so far.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-import-private.h"

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TABLE_NS  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define TEXT_NS   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

/* Spreadsheet-style repeats of empty rows run to a million; content
 * repeated more than this is not a roadmap's. */
#define MAX_ROW_REPEAT 64

static gboolean
is_text (const xmlNode *node,
         const char    *name)
{
  return karta_import_xml_is (node, TEXT_NS, name);
}

static gboolean
is_table (const xmlNode *node,
          const char    *name)
{
  return karta_import_xml_is (node, TABLE_NS, name);
}

static guint
get_number (const xmlNode *node,
            const char    *ns,
            const char    *name,
            guint          max)
{
  xmlChar *value = xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns);
  gint64   number;

  if (value == NULL)
    return 1;
  number = g_ascii_strtoll ((const char *) value, NULL, 10);
  xmlFree (value);
  return CLAMP (number, 1, (gint64) max);
}

/* Notes, comments, change records and drawings are not the paragraph's text. */
static gboolean
is_skipped (const xmlNode *node)
{
  return is_text (node, "note") || is_text (node, "tracked-changes") ||
         is_text (node, "sequence-decls") || is_text (node, "variable-decls") ||
         is_text (node, "user-field-decls") || is_text (node, "soft-page-break") ||
         karta_import_xml_is (node, OFFICE_NS, "annotation") ||
         karta_import_xml_is (node, OFFICE_NS, "forms") ||
         is_table (node, "table-columns") || is_table (node, "table-column") ||
         (node->ns != NULL && g_str_has_prefix ((const char *) node->ns->href,
                                                "urn:oasis:names:tc:opendocument:xmlns:drawing"));
}

/* The text under @node; text:p and text:h are paragraphs, text:line-break
 * breaks one, and a table met here is only its paragraphs. */
static void
collect (KartaImportCollector *collector,
         const xmlNode        *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (karta_import_xml_is_text (child))
        g_string_append (collector->text, (const char *) child->content);
      else if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      else if (is_text (child, "s") || is_text (child, "tab"))
        g_string_append_c (collector->text, ' ');
      else if (is_text (child, "line-break"))
        karta_import_collector_flush (collector);
      else if (is_text (child, "p") || is_text (child, "h"))
        karta_import_collect_paragraph (collector, child, collect);
      else
        collect (collector, child);
    }
}

static KartaCell *
read_cell (const xmlNode *node,
           guint          column)
{
  return karta_import_read_cell (node, column,
                                 get_number (node, TABLE_NS, "number-columns-spanned", KARTA_IMPORT_MAX_SPAN),
                                 get_number (node, TABLE_NS, "number-rows-spanned", KARTA_IMPORT_MAX_SPAN),
                                 collect);
}

static KartaCell *
copy_cell (const KartaCell *cell,
           guint            column)
{
  KartaCell *copy = karta_cell_new (column);

  copy->column_span = cell->column_span;
  copy->row_span = cell->row_span;
  for (guint i = 0; i < cell->paragraphs->len; i++)
    g_ptr_array_add (copy->paragraphs, g_strdup (g_ptr_array_index (cell->paragraphs, i)));
  return copy;
}

/* Returns: whether any cell of the row has text */
static gboolean
read_cells (KartaTableRow *row,
            const xmlNode *tr,
            guint         *column)
{
  gboolean has_text = FALSE;

  for (const xmlNode *child = tr->children; child != NULL; child = child->next)
    {
      guint repeat;

      if (*column >= KARTA_IMPORT_MAX_COLUMNS)
        break;
      repeat = get_number (child, TABLE_NS, "number-columns-repeated", KARTA_IMPORT_MAX_COLUMNS);
      repeat = MIN (repeat, KARTA_IMPORT_MAX_COLUMNS - *column);
      if (is_table (child, "covered-table-cell"))
        *column += repeat;
      else if (is_table (child, "table-cell"))
        {
          KartaCell *cell = read_cell (child, *column);

          has_text = has_text || cell->paragraphs->len > 0;
          g_ptr_array_add (row->cells, cell);
          /* The positions a span covers follow as covered cells. */
          *column += 1;
          for (guint i = 1; i < repeat; i++)
            g_ptr_array_add (row->cells, copy_cell (cell, (*column)++));
        }
    }
  return has_text;
}

static void
add_row (KartaTable    *table,
         const xmlNode *tr,
         gboolean       is_header)
{
  g_autoptr (KartaTableRow) row = karta_table_row_new ();
  guint    repeat = get_number (tr, TABLE_NS, "number-rows-repeated", G_MAXUINT);
  guint    column = 0;
  gboolean has_text = read_cells (row, tr, &column);

  if (row->cells->len == 0 && column == 0)
    return;
  /* Rows repeated by the dozen are a spreadsheet's empty filler. */
  if (repeat > 1 && !has_text)
    return;
  row->is_header = is_header;
  table->n_columns = MAX (table->n_columns, column);
  for (guint i = 1; i < MIN (repeat, MAX_ROW_REPEAT); i++)
    {
      KartaTableRow *copy = karta_table_row_new ();

      copy->is_header = is_header;
      for (guint c = 0; c < row->cells->len; c++)
        {
          const KartaCell *cell = g_ptr_array_index (row->cells, c);
          g_ptr_array_add (copy->cells, copy_cell (cell, cell->column));
        }
      g_ptr_array_add (table->rows, copy);
    }
  g_ptr_array_add (table->rows, g_steal_pointer (&row));
}

/* Rows of this table, through header-row, row-group and rows elements. */
static void
add_rows (KartaTable    *table,
          const xmlNode *node,
          gboolean       is_header)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (is_table (child, "table-row"))
        add_row (table, child, is_header);
      else if (is_table (child, "table-header-rows"))
        add_rows (table, child, TRUE);
      else if (is_table (child, "table-rows") || is_table (child, "table-row-group"))
        add_rows (table, child, is_header);
    }
}

/* Spans are only as the file says: keep them inside the grid and the table
 * even when the covered cells that should follow them are missing. */
static void
fit_spans (KartaTable *table)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      KartaTableRow *row = g_ptr_array_index (table->rows, r);
      for (guint c = 0; c < row->cells->len; c++)
        {
          KartaCell *cell = g_ptr_array_index (row->cells, c);
          cell->row_span = MIN (cell->row_span, table->rows->len - r);
          table->n_columns = MAX (table->n_columns, cell->column + cell->column_span);
        }
    }
}

static void
read_body (KartaImportReader *reader,
           const xmlNode     *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (is_text (child, "p") || is_text (child, "h"))
        karta_import_collect_paragraph (&reader->collector, child, collect);
      else if (is_table (child, "table"))
        {
          g_autoptr (KartaTable) table = karta_table_new ();

          add_rows (table, child, FALSE);
          fit_spans (table);
          karta_import_reader_add_table (reader, g_steal_pointer (&table));
        }
      else
        read_body (reader, child);
    }
}

static const xmlNode *
find_body (const xmlNode *root)
{
  return karta_import_xml_child (karta_import_xml_child (root, OFFICE_NS, "body"), OFFICE_NS, "text");
}

/**
 * karta_import_odt_from_xml:
 * @file_name: what to call the document in messages
 * @xml: content.xml of an .odt, or a whole flat .fodt
 *
 * Returns: (transfer full) (nullable): the document (perhaps with no
 *   table), or %NULL with @error set
 */
KartaImportDocument *
karta_import_odt_from_xml (const char *file_name,
                           GBytes     *xml,
                           GError    **error)
{
  return karta_import_read_xml (file_name, xml, find_body, read_body,
                                _ ("%s: the file is not a text document: it has no office:text body"),
                                error);
}

/**
 * karta_import_odt_from_zip:
 * @file_name: what to call the document in messages
 * @zip: the .odt file's content
 *
 * Returns: (transfer full) (nullable): the document (perhaps with no
 *   table), or %NULL with @error set
 */
KartaImportDocument *
karta_import_odt_from_zip (const char *file_name,
                           GBytes     *zip,
                           GError    **error)
{
  return karta_import_read_zip_xml (file_name, zip, "content.xml",
                                    _ ("%s: the file is not an OpenDocument text: it has no content.xml"),
                                    karta_import_odt_from_xml, error);
}

/**
 * karta_import_read_odt:
 * @path: an OpenDocument text (.odt), or a flat one (.fodt)
 *
 * Reads the paragraphs before the first table, every top-level table with
 * its merges and header rows, and the paragraphs after it.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set; a document without a table is not an error here
 */
KartaImportDocument *
karta_import_read_odt (const char *path,
                       GError    **error)
{
  g_autofree char *file_name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize       length;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = karta_import_load_file (path, &file_name, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return karta_import_odt_from_zip (file_name, bytes, error);
  return karta_import_odt_from_xml (file_name, bytes, error);
}
