/* karta-import-html.c — the table model from HTML
 *
 * What a browser saves, what LibreOffice and Word export, and what the
 * clipboard offers as text/html when cells are copied from them. libxml2's
 * HTML parser recovers from the markup these produce; we keep the
 * paragraphs around the first table and every top-level table's cells with
 * their merges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>

#include "karta-error.h"
#include "karta-import-private.h"

static gboolean
name_is (const xmlNode *node,
         const char    *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
is_block (const xmlNode *node)
{
  static const char *const blocks[] = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "center",
    "address",
    "caption",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (name_is (node, blocks[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_skipped (const xmlNode *node)
{
  return name_is (node, "script") || name_is (node, "style") ||
         name_is (node, "head") || name_is (node, "title") ||
         name_is (node, "template") || name_is (node, "noscript");
}

/* Text of @node, a paragraph per block or line break. */
static void
collect (KartaImportCollector *collector,
         const xmlNode        *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (karta_import_xml_is_text (child))
        {
          g_string_append (collector->text, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (name_is (child, "br"))
        {
          karta_import_collector_flush (collector);
          continue;
        }
      if (is_block (child))
        karta_import_collect_paragraph (collector, child, collect);
      else
        collect (collector, child);
    }
}

static guint
get_span (const xmlNode *node,
          const char    *attribute)
{
  g_autofree xmlChar *value = xmlGetProp (node, (const xmlChar *) attribute);
  guint64             span;

  if (value == NULL)
    return 1;
  span = g_ascii_strtoull (g_strstrip ((char *) value), NULL, 10);
  return CLAMP (span, 1, KARTA_IMPORT_MAX_SPAN);
}

typedef struct
{
  KartaTable *table;
  GArray     *occupied; /* of guint: rows still covered, per column */
} TableBuilder;

static void
builder_mark (TableBuilder *builder,
              guint         column,
              guint         span,
              guint         rows)
{
  if (builder->occupied->len < column + span)
    g_array_set_size (builder->occupied, column + span);
  for (guint c = column; c < column + span; c++)
    g_array_index (builder->occupied, guint, c) = rows;
}

static void
add_row (TableBuilder  *builder,
         const xmlNode *tr,
         gboolean       in_head)
{
  g_autoptr (KartaTableRow) row = karta_table_row_new ();
  gboolean all_th = TRUE;
  guint    column = 0;

  for (const xmlNode *child = tr->children; child != NULL; child = child->next)
    {
      KartaCell *cell;

      if (!name_is (child, "td") && !name_is (child, "th"))
        continue;
      all_th = all_th && name_is (child, "th");
      while (column < builder->occupied->len &&
             g_array_index (builder->occupied, guint, column) > 0)
        column++;
      cell = karta_import_read_cell (child, column, get_span (child, "colspan"),
                                     get_span (child, "rowspan"), collect);
      builder_mark (builder, column, cell->column_span, cell->row_span);
      column += cell->column_span;
      g_ptr_array_add (row->cells, cell);
    }

  for (guint c = 0; c < builder->occupied->len; c++)
    if (g_array_index (builder->occupied, guint, c) > 0)
      g_array_index (builder->occupied, guint, c)--;
  builder->table->n_columns = MAX (builder->table->n_columns, column);
  builder->table->n_columns = MAX (builder->table->n_columns, builder->occupied->len);
  if (row->cells->len == 0)
    return;
  row->is_header = in_head || all_th;
  g_ptr_array_add (builder->table->rows, g_steal_pointer (&row));
}

/* Rows of this table only: a table nested in a cell is that cell's text. */
static void
add_rows (TableBuilder  *builder,
          const xmlNode *node,
          gboolean       in_head)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (name_is (child, "tr"))
        add_row (builder, child, in_head);
      else if (name_is (child, "thead"))
        add_rows (builder, child, TRUE);
      else if (name_is (child, "tbody") || name_is (child, "tfoot"))
        add_rows (builder, child, in_head);
    }
}

static KartaTable *
read_table (const xmlNode *node)
{
  TableBuilder builder;

  builder.table = karta_table_new ();
  builder.occupied = g_array_new (FALSE, TRUE, sizeof (guint));
  add_rows (&builder, node, FALSE);
  g_array_unref (builder.occupied);
  return builder.table;
}

static void
read_body (KartaImportReader *reader,
           const xmlNode     *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (karta_import_xml_is_text (child))
        {
          g_string_append (reader->collector.text, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (name_is (child, "br"))
        {
          karta_import_collector_flush (&reader->collector);
          continue;
        }
      if (is_block (child))
        karta_import_collector_flush (&reader->collector);
      if (name_is (child, "table"))
        {
          karta_import_reader_add_table (reader, read_table (child));
          continue;
        }
      read_body (reader, child);
      if (is_block (child))
        karta_import_collector_flush (&reader->collector);
    }
}

/* libxml2 assumes Latin-1 without a declared charset; what we get without one
 * (the clipboard, a hand-written file) is UTF-8. */
static const char *
guess_encoding (const char *data,
                gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 2048));

  if (strstr (head, "charset") != NULL || strstr (head, "encoding=") != NULL)
    return NULL;
  return "UTF-8";
}

/**
 * karta_import_read_html:
 * @file_name: what to call the document in messages
 * @data: the HTML
 * @length: of @data in bytes
 *
 * Reads the paragraphs before the first table, every top-level table and the
 * paragraphs after it. Each <p>, <br>-separated line or other block is one
 * paragraph, its white space folded.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *   when there is no table in it
 */
KartaImportDocument *
karta_import_read_html (const char *file_name,
                        const char *data,
                        gsize       length,
                        GError    **error)
{
  g_autoptr (KartaImportDocument) document = karta_import_document_new (file_name);
  htmlDocPtr html;
  xmlNode   *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > G_MAXINT)
    {
      karta_import_set_too_large (error, file_name);
      return NULL;
    }
  html = htmlReadMemory (data, (int) length, NULL, guess_encoding (data, length),
                         HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_RECOVER);
  root = html != NULL ? xmlDocGetRootElement (html) : NULL;
  if (root == NULL)
    {
      if (html != NULL)
        xmlFreeDoc (html);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is not HTML that could be read"), file_name);
      return NULL;
    }

  karta_import_read_body (document, read_body, root);
  xmlFreeDoc (html);

  if (document->tables->len == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: there is no table in the document: a roadmap is a table of activities"),
                   file_name);
      return NULL;
    }
  return g_steal_pointer (&document);
}
