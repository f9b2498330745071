/* karta-table.c — a document as the importers read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-table.h"

KartaCell *
karta_cell_new (guint column)
{
  KartaCell *cell = g_new0 (KartaCell, 1);

  cell->paragraphs = g_ptr_array_new_with_free_func (g_free);
  cell->column = column;
  cell->column_span = 1;
  cell->row_span = 1;
  return cell;
}

void
karta_cell_free (KartaCell *cell)
{
  if (cell == NULL)
    return;
  g_ptr_array_unref (cell->paragraphs);
  g_free (cell);
}

/**
 * karta_cell_get_text:
 *
 * Returns: (transfer full): the cell's non-empty paragraphs joined by "\n"
 */
char *
karta_cell_get_text (const KartaCell *cell)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < cell->paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (cell->paragraphs, i);
      if (*paragraph == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, paragraph);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

KartaTableRow *
karta_table_row_new (void)
{
  KartaTableRow *row = g_new0 (KartaTableRow, 1);

  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_cell_free);
  return row;
}

void
karta_table_row_free (KartaTableRow *row)
{
  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

KartaTable *
karta_table_new (void)
{
  KartaTable *table = g_new0 (KartaTable, 1);

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_table_row_free);
  return table;
}

void
karta_table_free (KartaTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/**
 * karta_table_get_cell_at:
 *
 * Returns: (nullable): the cell that covers grid position (@row, @column),
 *   following merges across rows and columns
 */
const KartaCell *
karta_table_get_cell_at (const KartaTable *table,
                         guint             row,
                         guint             column)
{
  for (guint r = 0; r <= row && r < table->rows->len; r++)
    {
      const KartaTableRow *candidate = g_ptr_array_index (table->rows, row - r);

      for (guint i = 0; i < candidate->cells->len; i++)
        {
          const KartaCell *cell = g_ptr_array_index (candidate->cells, i);
          if (column >= cell->column && column < cell->column + cell->column_span && cell->row_span > r)
            return cell;
        }
    }
  return NULL;
}

KartaImportDocument *
karta_import_document_new (const char *file_name)
{
  KartaImportDocument *document = g_new0 (KartaImportDocument, 1);

  document->file_name = g_strdup (file_name);
  document->before = g_ptr_array_new_with_free_func (g_free);
  document->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_table_free);
  document->after = g_ptr_array_new_with_free_func (g_free);
  return document;
}

void
karta_import_document_free (KartaImportDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->file_name);
  g_ptr_array_unref (document->before);
  g_ptr_array_unref (document->tables);
  g_ptr_array_unref (document->after);
  g_free (document);
}

/**
 * karta_text_fold_whitespace:
 *
 * Returns: (transfer full): @text with every run of white space (tabs,
 *   line breaks, no-break spaces) made one space, and none at either end
 */
char *
karta_text_fold_whitespace (const char *text)
{
  g_autoptr (GString) folded = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f)
        {
          space = folded->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (folded, ' ');
      space = FALSE;
      g_string_append_unichar (folded, c);
    }
  return g_string_free (g_steal_pointer (&folded), FALSE);
}
