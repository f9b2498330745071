/* karta-import-docx.c — the table model from a Word (.docx) document
 *
 * word/document.xml holds the body: paragraphs (w:p) and tables (w:tbl).
 * A table is rows (w:tr) of cells (w:tc) laid on a grid: w:gridBefore skips
 * grid columns, w:gridSpan widens a cell, and a vertical merge is a cell
 * marked "restart" followed by cells marked "continue" in the rows below,
 * which we fold into the first cell's row span. Content controls (w:sdt)
 * and custom XML may wrap paragraphs, rows and cells; they are looked
 * through. A table inside a cell is only text to us.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-import-private.h"

#define W_NS  "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

static gboolean
is_w (const xmlNode *node,
      const char    *name)
{
  return karta_import_xml_is (node, W_NS, name);
}

static const xmlNode *
w_child (const xmlNode *node,
         const char    *name)
{
  return karta_import_xml_child (node, W_NS, name);
}

static char *
w_val (const xmlNode *node)
{
  xmlChar *value = xmlGetNsProp (node, (const xmlChar *) "val", (const xmlChar *) W_NS);
  char    *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* An on/off property: present means on unless its value says otherwise. */
static gboolean
w_on (const xmlNode *node)
{
  g_autofree char *value = NULL;

  if (node == NULL)
    return FALSE;
  value = w_val (node);
  return value == NULL || !(g_str_equal (value, "false") || g_str_equal (value, "0") ||
                            g_str_equal (value, "off"));
}

static guint
w_number (const xmlNode *node,
          guint          fallback,
          guint          max)
{
  g_autofree char *value = node != NULL ? w_val (node) : NULL;
  char            *end = NULL;
  gint64           number;

  if (value == NULL)
    return fallback;
  number = g_ascii_strtoll (value, &end, 10);
  if (end == value || number < 0)
    return fallback;
  return MIN (number, (gint64) max);
}

static void
append_text (KartaImportCollector *collector,
             const xmlNode        *t)
{
  for (const xmlNode *child = t->children; child != NULL; child = child->next)
    if (karta_import_xml_is_text (child))
      g_string_append (collector->text, (const char *) child->content);
}

/* Properties hold no text; a fallback repeats what its choice says. */
static gboolean
is_skipped (const xmlNode *node)
{
  return is_w (node, "pPr") || is_w (node, "rPr") || is_w (node, "tcPr") ||
         is_w (node, "trPr") || is_w (node, "tblPr") || is_w (node, "tblGrid") ||
         is_w (node, "sectPr") || is_w (node, "instrText") || is_w (node, "delText") ||
         karta_import_xml_is (node, MC_NS, "Fallback");
}

/* The text under @node: each w:p one paragraph, w:br and w:cr breaking it.
 * Paragraphs of a text box or a nested table come out as paragraphs too. */
static void
collect (KartaImportCollector *collector,
         const xmlNode        *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (is_w (child, "t"))
        append_text (collector, child);
      else if (is_w (child, "tab") || is_w (child, "ptab"))
        g_string_append_c (collector->text, ' ');
      else if (is_w (child, "noBreakHyphen"))
        g_string_append_c (collector->text, '-');
      else if (is_w (child, "br") || is_w (child, "cr"))
        karta_import_collector_flush (collector);
      else if (is_w (child, "p"))
        karta_import_collect_paragraph (collector, child, collect);
      else
        collect (collector, child);
    }
}

typedef struct
{
  KartaCell *cell; /* whose vertical merge is open in this column */
  guint      first_row;
} MergeSlot;

typedef struct
{
  KartaTable *table;
  GArray     *merges; /* of MergeSlot, per grid column, for the row above */
} TableBuilder;

typedef enum
{
  V_MERGE_NONE,
  V_MERGE_RESTART,
  V_MERGE_CONTINUE,
} VMerge;

static VMerge
get_v_merge (const xmlNode *tc_pr)
{
  const xmlNode   *v_merge = w_child (tc_pr, "vMerge");
  g_autofree char *value = NULL;

  if (v_merge == NULL)
    return V_MERGE_NONE;
  value = w_val (v_merge);
  return g_strcmp0 (value, "restart") == 0 ? V_MERGE_RESTART : V_MERGE_CONTINUE;
}

/* The cells of a row, looking through content controls around them. */
static void
find_cells (GPtrArray     *cells,
            const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (is_w (child, "tc"))
        g_ptr_array_add (cells, (gpointer) child);
      else if (!is_w (child, "tbl"))
        find_cells (cells, child);
    }
}

/* Continues the merge open at @column in the row above, if there is one
 * starting there; the continuing cell itself is not kept. */
static gboolean
continue_merge (TableBuilder *builder,
                GArray       *merges,
                guint         column,
                guint         span)
{
  MergeSlot slot;

  if (column >= builder->merges->len)
    return FALSE;
  slot = g_array_index (builder->merges, MergeSlot, column);
  if (slot.cell == NULL || slot.cell->column != column)
    return FALSE;
  slot.cell->row_span = builder->table->rows->len - slot.first_row + 1;
  for (guint c = column; c < column + MAX (span, slot.cell->column_span); c++)
    g_array_index (merges, MergeSlot, c) = slot;
  return TRUE;
}

static void
add_row (TableBuilder  *builder,
         const xmlNode *tr)
{
  g_autoptr (KartaTableRow) row = karta_table_row_new ();
  g_autoptr (GPtrArray) tcs = g_ptr_array_new ();
  g_autoptr (GArray) merges = g_array_new (FALSE, TRUE, sizeof (MergeSlot));
  const xmlNode *tr_pr = w_child (tr, "trPr");
  guint          column = w_number (w_child (tr_pr, "gridBefore"), 0, KARTA_IMPORT_MAX_SPAN);

  find_cells (tcs, tr);
  if (tcs->len == 0)
    return;
  row->is_header = w_on (w_child (tr_pr, "tblHeader"));
  g_array_set_size (merges, KARTA_IMPORT_MAX_COLUMNS + KARTA_IMPORT_MAX_SPAN);

  for (guint i = 0; i < tcs->len && column < KARTA_IMPORT_MAX_COLUMNS; i++)
    {
      const xmlNode *tc = g_ptr_array_index (tcs, i);
      const xmlNode *tc_pr = w_child (tc, "tcPr");
      guint          span = MAX (w_number (w_child (tc_pr, "gridSpan"), 1, KARTA_IMPORT_MAX_SPAN), 1);
      VMerge         v_merge = get_v_merge (tc_pr);
      KartaCell     *cell;

      if (v_merge == V_MERGE_CONTINUE && continue_merge (builder, merges, column, span))
        {
          column += span;
          continue;
        }
      cell = karta_import_read_cell (tc, column, span, 1, collect);
      if (v_merge == V_MERGE_RESTART)
        for (guint c = column; c < column + span; c++)
          g_array_index (merges, MergeSlot, c) = (MergeSlot){ cell, builder->table->rows->len };
      g_ptr_array_add (row->cells, cell);
      column += span;
    }

  g_array_set_size (merges, column);
  g_array_unref (builder->merges);
  builder->merges = g_steal_pointer (&merges);
  builder->table->n_columns = MAX (builder->table->n_columns, column);
  g_ptr_array_add (builder->table->rows, g_steal_pointer (&row));
}

static void
add_rows (TableBuilder  *builder,
          const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (is_w (child, "tr"))
        add_row (builder, child);
      else if (!is_w (child, "tbl"))
        add_rows (builder, child);
    }
}

static KartaTable *
read_table (const xmlNode *tbl)
{
  TableBuilder builder;

  builder.table = karta_table_new ();
  builder.merges = g_array_new (FALSE, TRUE, sizeof (MergeSlot));
  add_rows (&builder, tbl);
  g_array_unref (builder.merges);
  return builder.table;
}

static void
read_body (KartaImportReader *reader,
           const xmlNode     *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (is_w (child, "p"))
        karta_import_collect_paragraph (&reader->collector, child, collect);
      else if (is_w (child, "tbl"))
        karta_import_reader_add_table (reader, read_table (child));
      else
        read_body (reader, child);
    }
}

static const xmlNode *
find_body (const xmlNode *root)
{
  return is_w (root, "document") ? w_child (root, "body") : NULL;
}

static KartaImportDocument *
docx_from_xml (const char *file_name,
               GBytes     *xml,
               GError    **error)
{
  return karta_import_read_xml (file_name, xml, find_body, read_body,
                                _ ("%s: the file is not a Word document: its text has no body"),
                                error);
}

/**
 * karta_import_docx_from_zip:
 * @file_name: what to call the document in messages
 * @zip: the .docx file's content
 *
 * Returns: (transfer full) (nullable): the document (perhaps with no
 *   table), or %NULL with @error set
 */
KartaImportDocument *
karta_import_docx_from_zip (const char *file_name,
                            GBytes     *zip,
                            GError    **error)
{
  return karta_import_read_zip_xml (file_name, zip, "word/document.xml",
                                    _ ("%s: the file is not a Word document: it has no word/document.xml"),
                                    docx_from_xml, error);
}

/**
 * karta_import_read_docx:
 * @path: a Word 2007 or later document
 *
 * Reads the paragraphs before the first table, every top-level table with
 * its merges and header rows, and the paragraphs after it.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set; a document without a table is not an error here
 */
KartaImportDocument *
karta_import_read_docx (const char *path,
                        GError    **error)
{
  g_autofree char *file_name = NULL;
  g_autoptr (GBytes) zip = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  zip = karta_import_load_file (path, &file_name, error);
  if (zip == NULL)
    return NULL;
  return karta_import_docx_from_zip (file_name, zip, error);
}
