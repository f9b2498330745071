/* bench-import.c — importing a big roadmap (issue target: a 500-row
 * document under 1 s): a .docx of 500 activities in 10 sections is written
 * with libarchive, then read and recognised as `karta-cli import` does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>

#include "../karta-test-util.h"
#include "karta-import.h"

#define RUNS             5
#define SECTIONS         10
#define ROWS_PER_SECTION 50

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\""
  " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
  "</Types>";

static const char rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
  " Target=\"word/document.xml\"/></Relationships>";

static void
add_cell (GString    *xml,
          const char *text,
          guint       span)
{
  g_string_append (xml, "<w:tc>");
  if (span > 1)
    g_string_append_printf (xml, "<w:tcPr><w:gridSpan w:val=\"%u\"/></w:tcPr>", span);
  g_string_append_printf (xml, "<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>", text);
}

static void
add_row (GString     *xml,
         const char **cells)
{
  g_string_append (xml, "<w:tr>");
  for (guint i = 0; cells[i] != NULL; i++)
    add_cell (xml, cells[i], 1);
  g_string_append (xml, "</w:tr>");
}

static char *
document_xml (void)
{
  static const char *terms[] = { "Февраль-март", "В течение года", "До 01 августа 2022", "Май, октябрь",
                                 "ежемесячно", "12-15 сентября 2022 года", "I квартал", "По необходимости" };
  const char        *header[] = { "№ п/п", "Мероприятие", "Сроки", "Ответственные", "Исполнители", "Ожидаемый результат", NULL };
  GString           *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                                   "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                                   "<w:p><w:r><w:t>РАСПОРЯЖЕНИЕ</w:t></w:r></w:p>"
                                                   "<w:p><w:r><w:t>от 10.01.2022 № 15-р</w:t></w:r></w:p>"
                                                   "<w:p><w:r><w:t>План-график («дорожная карта») работы со школами с низкими "
                                                   "образовательными результатами в 2022 году</w:t></w:r></w:p><w:tbl>");

  add_row (xml, header);
  for (guint s = 1; s <= SECTIONS; s++)
    {
      g_autofree char *title = g_strdup_printf ("%u. Раздел номер %u", s, s);
      g_string_append (xml, "<w:tr>");
      add_cell (xml, title, 6);
      g_string_append (xml, "</w:tr>");
      for (guint a = 1; a <= ROWS_PER_SECTION; a++)
        {
          g_autofree char *number = g_strdup_printf ("%u.%u", s, a);
          g_autofree char *name = g_strdup_printf ("Проведение совещания с руководителями ШНОР № %u по итогам мониторинга", a);
          const char      *row[] = { number, name, terms[(s + a) % G_N_ELEMENTS (terms)], "ИМЦ, отдел образования",
                                     "ГБОУ СОШ №5, 6, 15", "Протокол совещания", NULL };
          add_row (xml, row);
        }
    }
  g_string_append (xml, "</w:tbl><w:p><w:r><w:t>Принятые сокращения</w:t></w:r></w:p>"
                        "<w:p><w:r><w:t>ИМЦ – информационно-методический центр</w:t></w:r></w:p></w:body></w:document>");
  return g_string_free (xml, FALSE);
}

static void
add_entry (struct archive *zip,
           const char     *name,
           const char     *data)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_size (entry, strlen (data));
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_write_header (zip, entry);
  archive_write_data (zip, data, strlen (data));
  archive_entry_free (entry);
}

static void
write_docx (const char *path)
{
  g_autofree char *xml = document_xml ();
  struct archive  *zip = archive_write_new ();

  archive_write_set_format_zip (zip);
  g_assert_cmpint (archive_write_open_filename (zip, path), ==, ARCHIVE_OK);
  add_entry (zip, "[Content_Types].xml", content_types);
  add_entry (zip, "_rels/.rels", rels);
  add_entry (zip, "word/document.xml", xml);
  archive_write_close (zip);
  archive_write_free (zip);
}

static double
time_import (const char *path,
             guint      *n_activities)
{
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr (KartaImportDocument) document = karta_import_read_file (path, &error);
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  roadmap = karta_import_recognise (document, NULL, &error);
  g_assert_no_error (error);
  json = karta_interchange_to_string (roadmap);
  *n_activities = karta_roadmap_count_activities (roadmap);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "roadmap-500.docx", NULL);
  double           times[RUNS];
  guint            n_activities = 0;

  write_docx (path);
  for (guint i = 0; i < RUNS; i++)
    times[i] = time_import (path, &n_activities);
  printf ("import of a %u-row .docx (read, recognise, interchange JSON): median %.0f ms over %d runs (target < 1000 ms)\n",
          n_activities, karta_test_median (times, RUNS), RUNS);
  karta_test_remove_tree (dir);
  return n_activities == SECTIONS * ROWS_PER_SECTION ? 0 : 1;
}
