/* karta-import-tsv.c — the table model from tab-separated text
 *
 * What Word, LibreOffice Writer and Calc put on the clipboard as plain text
 * when cells are copied, and what a .tsv/.txt export holds: a row a line, a
 * tab between cells. A cell with line breaks or tabs comes in double quotes,
 * with "" for a quote (Calc and Excel). Older Windows software writes
 * Windows-1251, some UTF-16; we read those too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-import-private.h"

/* Returns: (transfer full) (nullable): @data as UTF-8 without a byte-order mark */
static char *
to_utf8 (const char *data,
         gsize       length)
{
  const char *from = NULL;
  char       *converted;
  gsize       written;

  if (length >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    {
      from = data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";
      data += 2;
      length -= 2;
    }
  else if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (from == NULL && g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);
  if (from == NULL && memchr (data, '\0', length) != NULL)
    return NULL;
  converted = g_convert (data, length, "UTF-8", from != NULL ? from : "WINDOWS-1251",
                         NULL, &written, NULL);
  if (converted != NULL && !g_utf8_validate_len (converted, written, NULL))
    g_clear_pointer (&converted, g_free);
  return converted;
}

static gboolean
is_row_end (const char *p)
{
  return *p == '\n' || *p == '\r' || *p == '\0';
}

/* The end of a quoted cell starting at @p (on its opening quote): just past
 * its closing quote; NULL unless that quote ends the cell. */
static const char *
quoted_end (const char *p)
{
  for (p++; *p != '\0'; p++)
    {
      if (*p != '"')
        continue;
      if (p[1] == '"')
        {
          p++;
          continue;
        }
      return p[1] == '\t' || is_row_end (p + 1) ? p + 1 : NULL;
    }
  return NULL;
}

/* Reads one cell's text at *@p into @text, moving *@p to the tab or line
 * end after it. A quote that does not close the cell is taken as it is. */
static void
read_cell_text (const char **p,
                GString     *text)
{
  const char *end = **p == '"' ? quoted_end (*p) : NULL;

  if (end != NULL)
    {
      for (const char *q = *p + 1; q < end - 1; q++)
        {
          g_string_append_c (text, *q);
          if (*q == '"')
            q++;
        }
      *p = end;
      return;
    }
  while (**p != '\t' && !is_row_end (*p))
    g_string_append_c (text, *(*p)++);
}

static KartaCell *
make_cell (const char *text,
           guint       column)
{
  KartaCell *cell = karta_cell_new (column);
  g_auto (GStrv) lines = g_strsplit_set (text, "\r\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *folded = karta_text_fold_whitespace (lines[i]);
      if (*folded == '\0')
        g_free (folded);
      else
        g_ptr_array_add (cell->paragraphs, folded);
    }
  return cell;
}

static KartaTableRow *
read_row (const char **p)
{
  KartaTableRow *row = karta_table_row_new ();
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint column = 0;; column++)
    {
      g_string_truncate (text, 0);
      read_cell_text (p, text);
      g_ptr_array_add (row->cells, make_cell (text->str, column));
      if (**p != '\t')
        break;
      (*p)++;
    }
  if (**p == '\r')
    (*p)++;
  if (**p == '\n')
    (*p)++;
  return row;
}

static gboolean
row_is_empty (const KartaTableRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (((KartaCell *) g_ptr_array_index (row->cells, i))->paragraphs->len > 0)
      return FALSE;
  return TRUE;
}

/**
 * karta_import_read_tsv:
 * @file_name: what to call the text in messages
 * @data: the text, in UTF-8, UTF-16 with a byte-order mark, or Windows-1251
 * @length: of @data in bytes
 *
 * Reads one table: a row per line (\n or \r\n), a cell per tab, quoted
 * cells as Calc and Excel write them. Rows with no text are dropped.
 *
 * Returns: (transfer full) (nullable): the document with its one table,
 *   or %NULL with @error set
 */
KartaImportDocument *
karta_import_read_tsv (const char *file_name,
                       const char *data,
                       gsize       length,
                       GError    **error)
{
  g_autoptr (KartaImportDocument) document = karta_import_document_new (file_name);
  g_autoptr (KartaTable) table = karta_table_new ();
  g_autofree char *text = NULL;
  const char      *p;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = length <= KARTA_IMPORT_MAX_FILE_SIZE ? to_utf8 (data, length) : NULL;
  if (text == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   length > KARTA_IMPORT_MAX_FILE_SIZE
                     ? _ ("%s: the text is too large to be a roadmap")
                     : _ ("%s: the text is neither UTF-8 nor Windows-1251 and cannot be read"),
                   file_name);
      return NULL;
    }

  for (p = text; *p != '\0';)
    {
      g_autoptr (KartaTableRow) row = read_row (&p);
      if (row_is_empty (row))
        continue;
      table->n_columns = MAX (table->n_columns, row->cells->len);
      g_ptr_array_add (table->rows, g_steal_pointer (&row));
    }
  if (table->rows->len == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the text has no rows: a roadmap is a table of activities"), file_name);
      return NULL;
    }
  g_ptr_array_add (document->tables, g_steal_pointer (&table));
  return g_steal_pointer (&document);
}
