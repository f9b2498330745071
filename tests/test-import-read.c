/* test-import-read.c — reading files into the table model: the real
 * roadmaps as .docx, .odt and .html, tab-separated text, and every kind of
 * file people pick by mistake
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

#include "karta-error.h"
#include "karta-import.h"
#include "karta-test-util.h"

static const char *const roadmaps[] = {
  "000-frunzensky-2022",
  "002-vasileostrovsky-2022",
  "004-leningrad-oblast-2022",
};

static char *tmp_dir;

static void     assert_in_grid (const KartaImportDocument *document);
static gboolean paragraphs_have (GPtrArray *paragraphs, const char *text);

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("KARTA_TEST_DATA"), name, NULL);
}

static char *
roadmap_path (const char *roadmap,
              const char *extension)
{
  g_autofree char *name = g_strconcat (roadmap, extension, NULL);

  return g_build_filename (g_getenv ("KARTA_TEST_DATA"), "roadmaps", name, NULL);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
write_tmp (const char *name,
           const char *data,
           gssize      length)
{
  g_autoptr (GError) error = NULL;
  char *path = tmp_path (name);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

/* A zip of (name, content) pairs, NULL-terminated, as a Word or LibreOffice
 * file would be. */
static char *
write_zip (const char *name,
           ...)
{
  char           *path = tmp_path (name);
  struct archive *archive = archive_write_new ();
  const char     *entry_name;
  va_list         args;

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  va_start (args, name);
  while ((entry_name = va_arg (args, const char *)) != NULL)
    {
      const char           *content = va_arg (args, const char *);
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, entry_name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, strlen (content));
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, content, strlen (content)), ==, (la_ssize_t) strlen (content));
      archive_entry_free (entry);
    }
  va_end (args);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return path;
}

static KartaImportDocument *
read_ok (const char *path)
{
  g_autoptr (GError) error = NULL;
  KartaImportDocument *document = karta_import_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (document->tables->len, >=, 1);
  return document;
}

/* The error names the file and says @reason. */
static void
assert_refused (const char *path,
                const char *reason)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = karta_import_read_file (path, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_nonnull (strstr (error->message, reason));
}

static char *
expected_first_title (const char *roadmap)
{
  g_autofree char *path = roadmap_path (roadmap, ".expected.json");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonObject *section;
  JsonObject *activity;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  section = json_array_get_object_element (json_object_get_array_member (root, "sections"), 0);
  activity = json_array_get_object_element (json_object_get_array_member (section, "activities"), 0);
  return karta_text_fold_whitespace (json_object_get_string_member (activity, "title"));
}

static gboolean
table_has_text (const KartaTable *table,
                const char       *text)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      const KartaTableRow *row = g_ptr_array_index (table->rows, r);
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *cell_text = karta_cell_get_text (g_ptr_array_index (row->cells, c));
          g_autofree char *folded = karta_text_fold_whitespace (cell_text);
          if (strstr (folded, text) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

static char *
header_text (const KartaTable *table)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint r = 0; r < table->rows->len; r++)
    {
      const KartaTableRow *row = g_ptr_array_index (table->rows, r);
      if (!row->is_header && r > 0)
        break;
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *cell_text = karta_cell_get_text (g_ptr_array_index (row->cells, c));
          g_string_append_printf (text, "%s\n", cell_text);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
check_roadmap (const char *path,
               const char *roadmap)
{
  g_autoptr (KartaImportDocument) document = read_ok (path);
  const KartaTable *table = g_ptr_array_index (document->tables, 0);
  g_autofree char  *header = header_text (table);
  g_autofree char  *title = expected_first_title (roadmap);
  g_autofree char  *name = g_path_get_basename (path);
  guint             n_cells = 0;

  g_assert_cmpstr (document->file_name, ==, name);
  g_assert_true (((KartaTableRow *) g_ptr_array_index (table->rows, 0))->is_header);
  g_assert_nonnull (strstr (header, "Сроки"));
  g_assert_nonnull (strstr (header, "ероприяти"));
  g_assert_cmpuint (table->n_columns, >=, 4);
  g_assert_cmpuint (table->n_columns, <=, 6);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const KartaTableRow *row = g_ptr_array_index (table->rows, r);
      n_cells += row->cells->len;
      for (guint c = 0; c < row->cells->len; c++)
        {
          const KartaCell *cell = g_ptr_array_index (row->cells, c);
          g_assert_cmpuint (cell->column + cell->column_span, <=, table->n_columns);
          g_assert_cmpuint (r + cell->row_span, <=, table->rows->len);
        }
    }
  g_assert_cmpuint (n_cells, >=, 60);
  g_assert_cmpuint (n_cells, <=, 400);
  g_assert_true (table_has_text (table, title));
  g_assert_cmpuint (document->before->len, >=, 3);
}

static void
test_docx (gconstpointer data)
{
  g_autofree char *path = roadmap_path (data, ".docx");

  check_roadmap (path, data);
}

static void
test_odt (gconstpointer data)
{
  g_autofree char *path = roadmap_path (data, ".odt");

  check_roadmap (path, data);
}

static void
test_html (gconstpointer data)
{
  g_autofree char *path = roadmap_path (data, ".html");
  g_autoptr (KartaImportDocument) document = read_ok (path);
  g_autofree char *title = expected_first_title (data);

  g_assert_true (table_has_text (g_ptr_array_index (document->tables, 0), title));
}

/* A file's name does not decide its reader: a .docx named .odt reads. */
static void
test_content_not_name (void)
{
  g_autofree char *docx = roadmap_path (roadmaps[0], ".docx");
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (docx, &data, &length, NULL));
  path = write_tmp ("renamed.odt", data, length);
  g_autoptr (KartaImportDocument) document = read_ok (path);
  g_assert_cmpstr (document->file_name, ==, "renamed.odt");
}

static char *fixture_part (const char *extension, const char *part);

/* A flat OpenDocument file (.fodt) is the same XML, unzipped. */
static void
test_fodt (void)
{
  g_autofree char *xml = fixture_part (".odt", "content.xml");
  g_autofree char *path = write_tmp ("plan.fodt", xml, -1);
  g_autoptr (KartaImportDocument) document = read_ok (path);
  const KartaTable *table = g_ptr_array_index (document->tables, 0);

  g_assert_cmpuint (table->n_columns, ==, 5);
  g_assert_cmpuint (table->rows->len, ==, 35);
  g_assert_true (paragraphs_have (document->before, "№ 32-2"));
}

static void
assert_same_strings (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

/* Word and LibreOffice files of one roadmap give one model: cell for cell,
 * span for span. */
static void
test_docx_odt_agree (gconstpointer data)
{
  g_autofree char *docx_path = roadmap_path (data, ".docx");
  g_autofree char *odt_path = roadmap_path (data, ".odt");
  g_autoptr (KartaImportDocument) docx = read_ok (docx_path);
  g_autoptr (KartaImportDocument) odt = read_ok (odt_path);

  assert_same_strings (docx->before, odt->before);
  assert_same_strings (docx->after, odt->after);
  g_assert_cmpuint (docx->tables->len, ==, odt->tables->len);
  for (guint t = 0; t < docx->tables->len; t++)
    {
      const KartaTable *a = g_ptr_array_index (docx->tables, t);
      const KartaTable *b = g_ptr_array_index (odt->tables, t);

      g_assert_cmpuint (a->n_columns, ==, b->n_columns);
      g_assert_cmpuint (a->rows->len, ==, b->rows->len);
      for (guint r = 0; r < a->rows->len; r++)
        {
          const KartaTableRow *ra = g_ptr_array_index (a->rows, r);
          const KartaTableRow *rb = g_ptr_array_index (b->rows, r);

          g_assert_cmpint (ra->is_header, ==, rb->is_header);
          g_assert_cmpuint (ra->cells->len, ==, rb->cells->len);
          for (guint c = 0; c < ra->cells->len; c++)
            {
              const KartaCell *ca = g_ptr_array_index (ra->cells, c);
              const KartaCell *cb = g_ptr_array_index (rb->cells, c);

              g_assert_cmpuint (ca->column, ==, cb->column);
              g_assert_cmpuint (ca->column_span, ==, cb->column_span);
              g_assert_cmpuint (ca->row_span, ==, cb->row_span);
              assert_same_strings (ca->paragraphs, cb->paragraphs);
            }
        }
    }
}

/* 000 has a two-row header (vertical merges, a horizontal one over "район"
 * and "ГБОУ") and section rows across the whole table. */
static void
check_merges (const char *extension)
{
  g_autofree char *path = roadmap_path (roadmaps[0], extension);
  g_autoptr (KartaImportDocument) document = read_ok (path);
  const KartaTable    *table = g_ptr_array_index (document->tables, 0);
  const KartaTableRow *header = g_ptr_array_index (table->rows, 0);
  const KartaTableRow *second = g_ptr_array_index (table->rows, 1);
  const KartaTableRow *section = g_ptr_array_index (table->rows, 2);
  const KartaCell     *number = g_ptr_array_index (header->cells, 0);
  const KartaCell     *responsible = g_ptr_array_index (header->cells, 2);
  const KartaCell     *terms = g_ptr_array_index (header->cells, 3);
  const KartaCell     *section_cell = g_ptr_array_index (section->cells, 0);
  g_autofree char     *section_text = karta_cell_get_text (section_cell);

  g_assert_cmpuint (table->n_columns, ==, 5);
  g_assert_true (header->is_header);
  g_assert_true (second->is_header);
  g_assert_false (section->is_header);
  g_assert_cmpuint (header->cells->len, ==, 4);
  g_assert_cmpuint (number->row_span, ==, 2);
  g_assert_cmpuint (responsible->column, ==, 2);
  g_assert_cmpuint (responsible->column_span, ==, 2);
  g_assert_cmpuint (terms->column, ==, 4);
  g_assert_cmpuint (terms->row_span, ==, 2);
  /* The continuing cells of the vertical merges are not repeated. */
  g_assert_cmpuint (second->cells->len, ==, 2);
  g_assert_cmpuint (((KartaCell *) g_ptr_array_index (second->cells, 0))->column, ==, 2);
  g_assert_true (karta_table_get_cell_at (table, 1, 0) == number);
  g_assert_true (karta_table_get_cell_at (table, 1, 4) == terms);

  g_assert_cmpuint (section->cells->len, ==, 1);
  g_assert_cmpuint (section_cell->column_span, ==, table->n_columns);
  g_assert_true (g_str_has_prefix (section_text, "1. Организационные мероприятия"));
  g_assert_cmpuint (section_cell->paragraphs->len, >, 1);
}

static void
test_merges_docx (void)
{
  check_merges (".docx");
}

static void
test_merges_odt (void)
{
  check_merges (".odt");
}

static gboolean
paragraphs_have (GPtrArray  *paragraphs,
                 const char *text)
{
  for (guint i = 0; i < paragraphs->len; i++)
    if (strstr (g_ptr_array_index (paragraphs, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* The order's heading is before the table, the glossary after it; line
 * breaks (w:br, text:line-break) break paragraphs. */
static void
test_text_around (void)
{
  static const char *const extensions[] = { ".docx", ".odt" };

  for (gsize i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *frunzensky = roadmap_path (roadmaps[0], extensions[i]);
      g_autofree char *vasileostrovsky = roadmap_path (roadmaps[1], extensions[i]);
      g_autofree char *leningrad = roadmap_path (roadmaps[2], extensions[i]);
      g_autoptr (KartaImportDocument) a = read_ok (frunzensky);
      g_autoptr (KartaImportDocument) b = read_ok (vasileostrovsky);
      g_autoptr (KartaImportDocument) c = read_ok (leningrad);

      g_assert_true (paragraphs_have (a->before, "№ 32-2"));
      g_assert_true (paragraphs_have (a->before, "08.02.2022"));
      g_assert_true (paragraphs_have (a->after, "ИМЦ –"));
      g_assert_false (paragraphs_have (a->before, "ИМЦ –"));
      g_assert_true (paragraphs_have (c->before, "1441-р"));
      /* "Главному специалисту отдела<br>образования администрации…" */
      g_assert_true (paragraphs_have (b->before, "Главному специалисту отдела"));
      g_assert_false (paragraphs_have (b->before, "Главному специалисту отдела образования"));
    }
}

static KartaImportDocument *
read_tsv (const char *text,
          gssize      length)
{
  g_autoptr (GError) error = NULL;
  KartaImportDocument *document;

  document = karta_import_read_tsv ("clipboard", text, length < 0 ? strlen (text) : (gsize) length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (document->tables->len, ==, 1);
  return document;
}

static const KartaCell *
cell_at (const KartaImportDocument *document,
         guint                      row,
         guint                      column)
{
  const KartaTable *table = g_ptr_array_index (document->tables, 0);
  const KartaCell  *cell = karta_table_get_cell_at (table, row, column);

  g_assert_nonnull (cell);
  return cell;
}

static void
assert_cell (const KartaImportDocument *document,
             guint                      row,
             guint                      column,
             const char                *text)
{
  g_autofree char *cell_text = karta_cell_get_text (cell_at (document, row, column));

  g_assert_cmpstr (cell_text, ==, text);
}

static void
test_tsv_plain (void)
{
  g_autoptr (KartaImportDocument) document =
    read_tsv ("№\tМероприятия\tСроки\r\n1.1\tАнкетирование\tФевраль-март\r\n\r\n1.2\t\tВ течение года\r\n", -1);
  const KartaTable *table = g_ptr_array_index (document->tables, 0);

  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpuint (table->n_columns, ==, 3);
  assert_cell (document, 0, 2, "Сроки");
  assert_cell (document, 1, 1, "Анкетирование");
  assert_cell (document, 2, 1, "");
  assert_cell (document, 2, 2, "В течение года");
  g_assert_cmpuint (cell_at (document, 2, 2)->column, ==, 2);
  g_assert_cmpuint (cell_at (document, 2, 2)->column_span, ==, 1);
  g_assert_cmpuint (document->before->len, ==, 0);
}

/* Calc and Excel quote a cell with line breaks, tabs or quotes. */
static void
test_tsv_quoted (void)
{
  g_autoptr (KartaImportDocument) document =
    read_tsv ("1.1\t\"Первая строка\r\nвторая\tс табуляцией\"\t\"Школа \"\"Точка роста\"\"\"\n"
              "1.2\t\"Центр \"Точка роста\" города\tМай\n"
              "1.3\t\"не закрыта\n",
              -1);
  const KartaCell *multi = cell_at (document, 0, 1);

  g_assert_cmpuint (multi->paragraphs->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (multi->paragraphs, 0), ==, "Первая строка");
  g_assert_cmpstr (g_ptr_array_index (multi->paragraphs, 1), ==, "вторая с табуляцией");
  assert_cell (document, 0, 2, "Школа \"Точка роста\"");
  /* A quote that does not close its cell is the cell's text. */
  assert_cell (document, 1, 1, "\"Центр \"Точка роста\" города");
  assert_cell (document, 1, 2, "Май");
  assert_cell (document, 2, 1, "\"не закрыта");
  g_assert_cmpuint (((KartaTable *) g_ptr_array_index (document->tables, 0))->rows->len, ==, 3);
}

static void
test_tsv_encodings (void)
{
  const char      *utf8 = "№\tМероприятия\tСроки\n1.1\tАнкетирование «500+»\tМай\n";
  g_autofree char *cp1251 = g_convert (utf8, -1, "WINDOWS-1251", "UTF-8", NULL, NULL, NULL);
  gsize            utf16_length = 0;
  g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &utf16_length, NULL);
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", utf8, NULL);
  g_autoptr (GByteArray) utf16_bom = g_byte_array_new ();
  g_autofree char *path = NULL;

  g_assert_nonnull (cp1251);
  g_assert_false (g_utf8_validate (cp1251, -1, NULL));
  {
    g_autoptr (KartaImportDocument) document = read_tsv (cp1251, -1);
    assert_cell (document, 1, 1, "Анкетирование «500+»");
  }
  {
    g_autoptr (KartaImportDocument) document = read_tsv (with_bom, -1);
    assert_cell (document, 0, 0, "№");
  }
  g_byte_array_append (utf16_bom, (const guint8 *) "\xff\xfe", 2);
  g_byte_array_append (utf16_bom, (const guint8 *) utf16, utf16_length);
  {
    g_autoptr (KartaImportDocument) document = read_tsv ((const char *) utf16_bom->data, utf16_bom->len);
    assert_cell (document, 1, 2, "Май");
  }
  /* And from files, found to be text by their content. */
  path = write_tmp ("plan-1251.txt", cp1251, -1);
  {
    g_autoptr (KartaImportDocument) document = read_ok (path);
    assert_cell (document, 1, 1, "Анкетирование «500+»");
  }
  g_free (path);
  path = write_tmp ("plan-utf16.txt", (const char *) utf16_bom->data, utf16_bom->len);
  {
    g_autoptr (KartaImportDocument) document = read_ok (path);
    assert_cell (document, 1, 2, "Май");
  }
}

static void
test_tsv_nothing (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = karta_import_read_tsv ("clipboard", "\r\n\t\t\n  \n", 8, &error);

  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "clipboard"));
}

static void
test_refuse_pdf (void)
{
  g_autofree char *path = data_path ("fake.docx");

  assert_refused (path, "PDF");
}

/* The first 60% of a real .docx, as a download cut short leaves it. */
static void
test_refuse_damaged_zip (void)
{
  g_autofree char *docx = roadmap_path (roadmaps[0], ".docx");
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize            length;

  g_assert_true (g_file_get_contents (docx, &data, &length, NULL));
  path = write_tmp ("cut-short.docx", data, length * 6 / 10);
  assert_refused (path, "damaged or incomplete");
}

/* Word encrypts a password-protected .docx into an OLE compound file, the
 * format of the old .doc. */
static void
test_refuse_ole (void)
{
  g_autoptr (GString) data = g_string_new_len ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  g_autofree char *path = NULL;

  for (guint i = 0; i < 4096; i++)
    g_string_append_c (data, (char) (i * 7 + 3));
  path = write_tmp ("protected.docx", data->str, data->len);
  assert_refused (path, "password-protected Word document, or an old .doc");
}

#define CONTENT_TYPES                          \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"

static void
test_refuse_docx_without_table (void)
{
  g_autofree char *path = write_zip ("letter.docx",
                                     "[Content_Types].xml", CONTENT_TYPES,
                                     "word/document.xml",
                                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                     "<w:p><w:r><w:t>Уважаемые коллеги!</w:t></w:r></w:p>"
                                     "<w:p><w:r><w:t>Направляем</w:t><w:tab/><w:t>план.</w:t></w:r></w:p>"
                                     "</w:body></w:document>",
                                     NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = karta_import_read_docx (path, &error);

  /* The reader reads it; the import refuses it. */
  g_assert_no_error (error);
  g_assert_cmpuint (document->tables->len, ==, 0);
  g_assert_cmpuint (document->before->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (document->before, 1), ==, "Направляем план.");
  assert_refused (path, "has no table: a roadmap is a table of activities");
}

static void
test_refuse_odt_without_table (void)
{
  g_autofree char *path = write_zip ("letter.odt",
                                     "mimetype", "application/vnd.oasis.opendocument.text",
                                     "content.xml",
                                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                     "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                     " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                                     "<text:h>Письмо</text:h><text:p>Уважаемые<text:s text:c=\"3\"/>коллеги!</text:p>"
                                     "</office:text></office:body></office:document-content>",
                                     NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = karta_import_read_odt (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (document->tables->len, ==, 0);
  g_assert_cmpuint (document->before->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (document->before, 1), ==, "Уважаемые коллеги!");
  assert_refused (path, "has no table: a roadmap is a table of activities");
}

static void
test_refuse_empty (void)
{
  g_autofree char *path = write_tmp ("empty.docx", "", 0);

  assert_refused (path, "empty");
}

static void
test_refuse_too_large (void)
{
  g_autofree char *path = tmp_path ("huge.docx");
  int              fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "PK\x03\x04", 4), ==, 4);
  g_assert_cmpint (ftruncate (fd, 50 * 1024 * 1024 + 1), ==, 0);
  close (fd);
  assert_refused (path, "too large to be a roadmap");
}

static void
test_refuse_spreadsheet (void)
{
  g_autofree char *xlsx = write_zip ("plan.xlsx",
                                     "[Content_Types].xml", CONTENT_TYPES,
                                     "xl/workbook.xml", "<workbook/>",
                                     NULL);
  g_autofree char *ods = write_zip ("plan.ods",
                                    "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                                    "content.xml", "<office:document-content/>",
                                    NULL);
  g_autofree char *other = write_zip ("plan.docx",
                                      "[Content_Types].xml", CONTENT_TYPES,
                                      "ppt/presentation.xml", "<presentation/>",
                                      NULL);

  assert_refused (xlsx, "spreadsheet");
  assert_refused (ods, "spreadsheet");
  assert_refused (other, "neither a Word (.docx) nor a LibreOffice Writer (.odt)");
}

static void
test_refuse_image (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
  static const char jpeg[] = "\xff\xd8\xff\xe0\0\x10JFIF\0";
  g_autofree char  *png_path = write_tmp ("scan.docx", png, sizeof png - 1);
  g_autofree char  *jpeg_path = write_tmp ("photo.odt", jpeg, sizeof jpeg - 1);

  assert_refused (png_path, "image");
  assert_refused (jpeg_path, "image");
}

static void
test_refuse_other (void)
{
  static const char binary[] = "\x7f"
                               "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
  g_autofree char  *binary_path = write_tmp ("program.docx", binary, sizeof binary - 1);
  g_autofree char  *text_path = write_tmp ("notes.txt", "Май — анкетирование\nИюнь — отчёт\n", -1);
  g_autofree char  *xml_path = write_tmp ("data.xml", "<?xml version=\"1.0\"?>\n<data>\t<row/></data>", -1);
  g_autofree char  *missing = tmp_path ("missing.docx");
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = NULL;

  assert_refused (binary_path, "not a document Karta can read");
  assert_refused (text_path, "no tab-separated columns");
  assert_refused (xml_path, "not a document Karta can read");

  document = karta_import_read_file (missing, &error);
  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "missing.docx"));
  g_clear_error (&error);

  document = karta_import_read_file (tmp_dir, &error);
  g_assert_null (document);
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
}

/* Bad XML inside a sound zip, a bomb of an entry, a table too wide. */
static void
test_refuse_bad_parts (void)
{
  g_autofree char *bad_xml = write_zip ("bad-xml.docx",
                                        "[Content_Types].xml", CONTENT_TYPES,
                                        "word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p>",
                                        NULL);
  g_autofree char *entities = write_zip ("entities.docx",
                                         "[Content_Types].xml", CONTENT_TYPES,
                                         "word/document.xml",
                                         "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">"
                                         "<!ENTITY a \"aaaaaaaaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                         "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                         "<w:p><w:r><w:t>&e;&c;</w:t></w:r></w:p>"
                                         "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
                                         "</w:body></w:document>",
                                         NULL);
  g_autofree char *wide = write_zip ("wide.docx",
                                     "[Content_Types].xml", CONTENT_TYPES,
                                     "word/document.xml",
                                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>"
                                     "<w:tr><w:trPr><w:gridBefore w:val=\"99999\"/></w:trPr>"
                                     "<w:tc><w:tcPr><w:gridSpan w:val=\"4000000000\"/></w:tcPr><w:p/></w:tc></w:tr>"
                                     "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"-3\"/><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
                                     "</w:tbl></w:body></w:document>",
                                     NULL);
  g_autofree char *odd_spans = write_zip ("odd-spans.odt",
                                          "mimetype", "application/vnd.oasis.opendocument.text",
                                          "content.xml",
                                          "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                          " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                                          " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                                          "<table:table><table:table-row>"
                                          "<table:table-cell table:number-rows-spanned=\"50\" table:number-columns-spanned=\"9\"><text:p>a</text:p></table:table-cell>"
                                          "</table:table-row><table:table-row table:number-rows-repeated=\"1000000\"/>"
                                          "<table:table-row><table:covered-table-cell/>"
                                          "<table:table-cell table:number-columns-spanned=\"-3\" table:number-columns-repeated=\"99999999\"><text:p>b</text:p></table:table-cell>"
                                          "</table:table-row></table:table></office:text></office:body></office:document-content>",
                                          NULL);
  g_autoptr (GString) deep = g_string_new ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                           "wordprocessingml/2006/main\"><w:body>");
  g_autofree char *deep_path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaImportDocument) document = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<w:sdt>");
  deep_path = write_zip ("deep.docx", "[Content_Types].xml", CONTENT_TYPES,
                         "word/document.xml", deep->str, NULL);

  assert_refused (bad_xml, "damaged");
  assert_refused (deep_path, "damaged");

  /* libxml2 refuses the growing entities; were it to read them, no entity
   * is expanded and no file is read. */
  document = karta_import_read_file (entities, &error);
  if (document == NULL)
    g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  else
    g_assert_false (paragraphs_have (document->before, "root:"));
  g_clear_pointer (&document, karta_import_document_free);
  g_clear_error (&error);

  document = read_ok (wide);
  assert_in_grid (document);
  g_clear_pointer (&document, karta_import_document_free);

  document = read_ok (odd_spans);
  assert_in_grid (document);
  g_assert_cmpuint (cell_at (document, 0, 0)->row_span, ==, 2);
  g_assert_cmpuint (cell_at (document, 0, 0)->column_span, ==, 9);
  g_assert_cmpuint (cell_at (document, 1, 1)->column, ==, 1);
}

/* A hand-made table: gridBefore, a vertical merge over three rows, a
 * nested table, w:br and w:tab inside cells, a header row turned off,
 * rows inside a content control. */
static void
test_docx_grid (void)
{
  g_autofree char *path = write_zip ("grid.docx",
                                     "[Content_Types].xml", CONTENT_TYPES,
                                     "word/document.xml",
                                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                     "<w:p><w:r><w:t>До</w:t></w:r></w:p>"
                                     "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                                     "<w:tr><w:trPr><w:tblHeader w:val=\"false\"/></w:trPr>"
                                     "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>A</w:t><w:br/><w:t>B</w:t></w:r></w:p></w:tc>"
                                     "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>x</w:t><w:tab/><w:t>y</w:t></w:r></w:p></w:tc></w:tr>"
                                     "<w:sdt><w:sdtContent>"
                                     "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                                     "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>вложенная</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>"
                                     "<w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>"
                                     "</w:sdtContent></w:sdt>"
                                     "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>"
                                     "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>"
                                     "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr><w:tc><w:p><w:r><w:t>z</w:t></w:r></w:p></w:tc></w:tr>"
                                     "</w:tbl>"
                                     "<w:p><w:r><w:t>После</w:t></w:r></w:p>"
                                     "</w:body></w:document>",
                                     NULL);
  g_autoptr (KartaImportDocument) document = read_ok (path);
  const KartaTable *table = g_ptr_array_index (document->tables, 0);
  const KartaCell  *merged = cell_at (document, 0, 0);

  g_assert_cmpuint (table->n_columns, ==, 3);
  g_assert_cmpuint (table->rows->len, ==, 4);
  g_assert_false (((KartaTableRow *) g_ptr_array_index (table->rows, 0))->is_header);
  g_assert_cmpuint (merged->row_span, ==, 3);
  g_assert_true (cell_at (document, 2, 0) == merged);
  assert_cell (document, 0, 0, "A\nB");
  assert_cell (document, 0, 2, "x y");
  assert_cell (document, 1, 1, "1\nвложенная");
  assert_cell (document, 1, 2, "2");
  assert_cell (document, 2, 2, "3");
  g_assert_cmpuint (((KartaTableRow *) g_ptr_array_index (table->rows, 1))->cells->len, ==, 2);
  g_assert_cmpuint (cell_at (document, 3, 2)->column, ==, 2);
  g_assert_null (karta_table_get_cell_at (table, 3, 0));
  g_assert_cmpstr (g_ptr_array_index (document->before, 0), ==, "До");
  g_assert_cmpstr (g_ptr_array_index (document->after, 0), ==, "После");
}

/* Random damage to a real .docx and to the XML in it: errors are fine,
 * crashes, hangs and leaks are not. */
static void
test_mutations (void)
{
  g_autofree char *docx = roadmap_path (roadmaps[0], ".docx");
  g_autofree char *original = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20220208);
  gsize length;
  guint read = 0;

  g_assert_true (g_file_get_contents (docx, &original, &length, NULL));
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *data = g_memdup2 (original, length);
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (KartaImportDocument) document = NULL;
      gsize size = length;
      guint kind = g_rand_int_range (rand, 0, 4);
      guint n = g_rand_int_range (rand, 1, 32);

      if (kind == 0) /* flipped bytes */
        for (guint k = 0; k < n; k++)
          data[g_rand_int_range (rand, 0, length)] ^= (char) g_rand_int_range (rand, 1, 256);
      else if (kind == 1) /* cut short */
        size = g_rand_int_range (rand, 1, length);
      else if (kind == 2) /* a run of one byte */
        {
          gsize at = g_rand_int_range (rand, 0, length);
          memset (data + at, g_rand_int_range (rand, 0, 256), MIN (length - at, n * 16));
        }
      else /* the header area, where the zip's headers are */
        for (guint k = 0; k < n; k++)
          data[g_rand_int_range (rand, 0, MIN (length, 200))] = (char) g_rand_int_range (rand, 0, 256);

      path = write_tmp ("mutant.docx", data, size);
      document = karta_import_read_file (path, &error);
      g_assert_true ((document == NULL) != (error == NULL));
      if (error != NULL)
        g_assert_true (g_str_has_prefix (error->message, "mutant.docx"));
      read += document != NULL;
    }
  g_test_message ("%u of 200 mutants still read", read);
}

/* A part of the first fixture, via a zip we read ourselves. */
static char *
fixture_part (const char *extension,
              const char *part)
{
  g_autofree char      *docx = roadmap_path (roadmaps[0], extension);
  struct archive       *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autoptr (GString) text = g_string_new (NULL);

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, docx, 65536), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    if (g_str_equal (archive_entry_pathname (entry), part))
      {
        char       buffer[65536];
        la_ssize_t n;
        while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
          g_string_append_len (text, buffer, n);
      }
  archive_read_free (archive);
  g_assert_cmpuint (text->len, >, 1000);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The same for the XML itself, zipped soundly, so that the parser and the
 * table walk see the damage rather than the zip reader. */
static void
test_xml_mutations (void)
{
  g_autofree char *xml = fixture_part (".docx", "word/document.xml");
  g_autoptr (GRand) rand = g_rand_new_with_seed (322);
  gsize xml_length = strlen (xml);
  guint read = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *mutant = g_strdup (xml);
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (KartaImportDocument) document = NULL;
      guint n = g_rand_int_range (rand, 1, 8);

      /* Swapping markup characters around keeps much of it well-formed. */
      for (guint k = 0; k < n; k++)
        {
          static const char alphabet[] = "<>/\"=w:t pc\t";
          gsize             at = g_rand_int_range (rand, 0, xml_length);
          mutant[at] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
        }
      if (i % 10 == 0)
        mutant[g_rand_int_range (rand, 1, xml_length)] = '\0';
      path = write_zip ("xml-mutant.docx", "[Content_Types].xml", CONTENT_TYPES,
                        "word/document.xml", mutant, NULL);
      document = karta_import_read_file (path, &error);
      g_assert_true ((document == NULL) != (error == NULL));
      read += document != NULL;
    }
  g_test_message ("%u of 100 XML mutants still read", read);
}

/* Every cell inside the grid and the table, left to right. */
static void
assert_in_grid (const KartaImportDocument *document)
{
  for (guint t = 0; t < document->tables->len; t++)
    {
      const KartaTable *table = g_ptr_array_index (document->tables, t);

      g_assert_cmpuint (table->n_columns, <=, 2048);
      for (guint r = 0; r < table->rows->len; r++)
        {
          const KartaTableRow *row = g_ptr_array_index (table->rows, r);
          guint                next_column = 0;

          for (guint c = 0; c < row->cells->len; c++)
            {
              const KartaCell *cell = g_ptr_array_index (row->cells, c);

              g_assert_cmpuint (cell->column, >=, next_column);
              g_assert_cmpuint (cell->column_span, >=, 1);
              g_assert_cmpuint (cell->row_span, >=, 1);
              g_assert_cmpuint (cell->column + cell->column_span, <=, table->n_columns);
              g_assert_cmpuint (r + cell->row_span, <=, table->rows->len);
              next_column = cell->column + cell->column_span;
            }
        }
    }
}

/* Merges and grid offsets scattered at random over the real table: the
 * model stays inside its grid whatever the spans say. */
static void
test_merge_mutations (void)
{
  g_autofree char *xml = fixture_part (".docx", "word/document.xml");
  g_autoptr (GRand) rand = g_rand_new_with_seed (1441);

  for (guint i = 0; i < 50; i++)
    {
      g_auto (GStrv) pieces = g_strsplit (xml, "<w:tcPr>", -1);
      g_autoptr (GString) mutant = g_string_new (pieces[0]);
      g_autofree char *path = NULL;
      g_autoptr (KartaImportDocument) document = NULL;

      for (guint k = 1; pieces[k] != NULL; k++)
        {
          static const char *const inserts[] = {
            "",
            "",
            "",
            "<w:vMerge/>",
            "<w:vMerge w:val=\"restart\"/>",
            "<w:gridSpan w:val=\"0\"/>",
            "<w:gridSpan w:val=\"3\"/>",
            "<w:gridSpan w:val=\"7\"/>",
          };
          g_string_append (mutant, "<w:tcPr>");
          g_string_append (mutant, inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))]);
          g_string_append (mutant, pieces[k]);
        }
      path = write_zip ("merge-mutant.docx", "[Content_Types].xml", CONTENT_TYPES,
                        "word/document.xml", mutant->str, NULL);
      document = read_ok (path);
      assert_in_grid (document);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = karta_test_make_dir ();

  for (gsize i = 0; i < G_N_ELEMENTS (roadmaps); i++)
    {
      g_autofree char *docx = g_strdup_printf ("/import/read/docx/%s", roadmaps[i]);
      g_autofree char *odt = g_strdup_printf ("/import/read/odt/%s", roadmaps[i]);
      g_autofree char *html = g_strdup_printf ("/import/read/html/%s", roadmaps[i]);
      g_autofree char *agree = g_strdup_printf ("/import/read/docx-odt-agree/%s", roadmaps[i]);

      g_test_add_data_func (docx, roadmaps[i], test_docx);
      g_test_add_data_func (odt, roadmaps[i], test_odt);
      g_test_add_data_func (html, roadmaps[i], test_html);
      g_test_add_data_func (agree, roadmaps[i], test_docx_odt_agree);
    }
  g_test_add_func ("/import/read/content-not-name", test_content_not_name);
  g_test_add_func ("/import/read/fodt", test_fodt);
  g_test_add_func ("/import/read/merges/docx", test_merges_docx);
  g_test_add_func ("/import/read/merges/odt", test_merges_odt);
  g_test_add_func ("/import/read/text-around", test_text_around);
  g_test_add_func ("/import/read/docx-grid", test_docx_grid);
  g_test_add_func ("/import/read/tsv/plain", test_tsv_plain);
  g_test_add_func ("/import/read/tsv/quoted", test_tsv_quoted);
  g_test_add_func ("/import/read/tsv/encodings", test_tsv_encodings);
  g_test_add_func ("/import/read/tsv/nothing", test_tsv_nothing);
  g_test_add_func ("/import/read/refuse/pdf", test_refuse_pdf);
  g_test_add_func ("/import/read/refuse/damaged-zip", test_refuse_damaged_zip);
  g_test_add_func ("/import/read/refuse/ole", test_refuse_ole);
  g_test_add_func ("/import/read/refuse/docx-without-table", test_refuse_docx_without_table);
  g_test_add_func ("/import/read/refuse/odt-without-table", test_refuse_odt_without_table);
  g_test_add_func ("/import/read/refuse/empty", test_refuse_empty);
  g_test_add_func ("/import/read/refuse/too-large", test_refuse_too_large);
  g_test_add_func ("/import/read/refuse/spreadsheet", test_refuse_spreadsheet);
  g_test_add_func ("/import/read/refuse/image", test_refuse_image);
  g_test_add_func ("/import/read/refuse/other", test_refuse_other);
  g_test_add_func ("/import/read/refuse/bad-parts", test_refuse_bad_parts);
  g_test_add_func ("/import/read/mutations", test_mutations);
  g_test_add_func ("/import/read/xml-mutations", test_xml_mutations);
  g_test_add_func ("/import/read/merge-mutations", test_merge_mutations);

  status = g_test_run ();
  karta_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
