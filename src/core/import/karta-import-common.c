/* karta-import-common.c — the walk the markup readers share
 *
 * Word, OpenDocument and HTML differ in which elements are paragraphs,
 * breaks and tables, and in how a table lays its cells on the grid; each
 * reader keeps that. What a paragraph becomes, how a cell's paragraphs are
 * gathered and where the paragraphs around the tables go is the same for
 * all, and lives here so the three cannot drift apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>

#include "karta-error.h"
#include "karta-import-private.h"

/**
 * karta_import_parse_xml:
 *
 * Parses a part of a document offline, without expanding entities or
 * loading DTDs, within libxml2's default limits on depth and text size.
 *
 * Returns: (transfer full) (nullable): the tree, or %NULL with @error set
 */
xmlDoc *
karta_import_parse_xml (const char *file_name,
                        GBytes     *xml,
                        GError    **error)
{
  gsize       length;
  const char *data = g_bytes_get_data (xml, &length);
  xmlDoc     *doc = NULL;

  if (length <= G_MAXINT)
    doc = xmlReadMemory (data, (int) length, NULL, NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the text of the document is damaged and cannot be read"), file_name);
    }
  return doc;
}

gboolean
karta_import_xml_is (const xmlNode *node,
                     const char    *ns,
                     const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->name, name) == 0 &&
         strcmp ((const char *) node->ns->href, ns) == 0;
}

/* A CDATA section is text as well; skipping it would lose words. */
gboolean
karta_import_xml_is_text (const xmlNode *node)
{
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

/* Returns: the first child of @node (which may be %NULL) named @ns:@name */
const xmlNode *
karta_import_xml_child (const xmlNode *node,
                        const char    *ns,
                        const char    *name)
{
  for (const xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (karta_import_xml_is (child, ns, name))
      return child;
  return NULL;
}

void
karta_import_collector_flush (KartaImportCollector *collector)
{
  g_autofree char *folded = karta_text_fold_whitespace (collector->text->str);

  g_string_truncate (collector->text, 0);
  if (*folded != '\0')
    g_ptr_array_add (collector->paragraphs, g_steal_pointer (&folded));
}

/* The text under @node as paragraphs of its own: what came before it and
 * what comes after it are not run into it. */
void
karta_import_collect_paragraph (KartaImportCollector  *collector,
                                const xmlNode         *node,
                                KartaImportCollectFunc collect)
{
  karta_import_collector_flush (collector);
  collect (collector, node);
  karta_import_collector_flush (collector);
}

/**
 * karta_import_read_cell:
 * @node: the cell's element
 * @collect: how this format's paragraphs are found under @node
 *
 * Returns: (transfer full): a cell at @column with the given spans and the
 *   paragraphs under @node
 */
KartaCell *
karta_import_read_cell (const xmlNode         *node,
                        guint                  column,
                        guint                  column_span,
                        guint                  row_span,
                        KartaImportCollectFunc collect)
{
  KartaCell           *cell = karta_cell_new (column);
  KartaImportCollector collector = { g_string_new (NULL), cell->paragraphs };

  cell->column_span = column_span;
  cell->row_span = row_span;
  collect (&collector, node);
  karta_import_collector_flush (&collector);
  g_string_free (collector.text, TRUE);
  return cell;
}

/**
 * karta_import_reader_add_table:
 * @table: (transfer full): a table met in the body
 *
 * Keeps @table unless it has no rows (layout tables emptied by the format's
 * rules); from the first kept table on, paragraphs are "after" it.
 */
void
karta_import_reader_add_table (KartaImportReader *reader,
                               KartaTable        *table)
{
  if (table->rows->len == 0)
    {
      karta_table_free (table);
      return;
    }
  karta_import_collector_flush (&reader->collector);
  table->n_after = reader->document->tables->len > 0 ? reader->document->after->len : 0;
  g_ptr_array_add (reader->document->tables, table);
  reader->collector.paragraphs = reader->document->after;
}

/**
 * karta_import_read_xml:
 * @xml: the part of the document that holds its text
 * @find_body: where the text starts, from the root element
 * @no_body: the message, with a %s for @file_name, when @find_body finds
 *   nothing: the XML is then of some other kind of document
 *
 * Returns: (transfer full) (nullable): the document (perhaps with no
 *   table), or %NULL with @error set
 */
KartaImportDocument *
karta_import_read_xml (const char             *file_name,
                       GBytes                 *xml,
                       KartaImportFindBodyFunc find_body,
                       KartaImportBodyFunc     read_body,
                       const char             *no_body,
                       GError                **error)
{
  g_autoptr (KartaImportDocument) document = karta_import_document_new (file_name);
  xmlDoc        *doc = karta_import_parse_xml (file_name, xml, error);
  const xmlNode *body;

  if (doc == NULL)
    return NULL;
  body = find_body (xmlDocGetRootElement (doc));
  if (body == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, no_body, file_name);
      return NULL;
    }

  karta_import_read_body (document, read_body, body);
  xmlFreeDoc (doc);
  return g_steal_pointer (&document);
}

/**
 * karta_import_read_body:
 * @read_body: the format's walk of its body, calling
 *   karta_import_reader_add_table() for each table
 *
 * Fills @document from @body.
 */
void
karta_import_read_body (KartaImportDocument *document,
                        KartaImportBodyFunc  read_body,
                        const xmlNode       *body)
{
  KartaImportReader reader;

  reader.document = document;
  reader.collector.text = g_string_new (NULL);
  reader.collector.paragraphs = document->before;
  read_body (&reader, body);
  karta_import_collector_flush (&reader.collector);
  g_string_free (reader.collector.text, TRUE);
}

/**
 * karta_import_read_zip_xml:
 * @zip: the file's content, a zip archive
 * @entry: the archive's entry that holds the document's text
 * @missing: the message, with a %s for @file_name, when @zip has no @entry
 * @from_xml: how this format reads @entry
 *
 * Returns: (transfer full) (nullable): the document (perhaps with no
 *   table), or %NULL with @error set
 */
KartaImportDocument *
karta_import_read_zip_xml (const char            *file_name,
                           GBytes                *zip,
                           const char            *entry,
                           const char            *missing,
                           KartaImportFromXmlFunc from_xml,
                           GError               **error)
{
  g_autoptr (GBytes) xml = karta_import_zip_read_entry (file_name, zip, entry, missing, error);

  if (xml == NULL)
    return NULL;
  return from_xml (file_name, xml, error);
}
