/* karta-import-read.c — which reader a file needs, found from its content
 *
 * People pick whatever the office sent them: a .doc saved years ago, the
 * PDF of the signed order, a scan, a spreadsheet. The name says little, so
 * the bytes decide; each refusal names the file and says what to do instead.
 * Reading is bounded (file size, unpacked size, XML depth) and offline;
 * what is in a zip is found in karta-import-zip.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-error.h"
#include "karta-import-private.h"

/* The limits are generous; a file beyond them is not a roadmap, whatever it is. */
void
karta_import_set_too_large (GError    **error,
                            const char *file_name)
{
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
               _ ("%s: the file is too large to be a roadmap"), file_name);
}

/**
 * karta_import_load_file:
 * @file_name: (out): the base name of @path, for messages
 *
 * Returns: (transfer full) (nullable): the content of @path, or %NULL with
 *   @error set when it cannot be read, is empty or is too large
 */
GBytes *
karta_import_load_file (const char *path,
                        char      **file_name,
                        GError    **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *data = NULL;
  GStatBuf         st;
  gsize            length;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, KARTA_ERROR, saved == ENOENT ? KARTA_ERROR_NOT_FOUND : KARTA_ERROR_FAILED,
                   _ ("%s: the file cannot be opened: %s"), name, g_strerror (saved));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: not a file but a folder or a device"), name);
      return NULL;
    }
  if (st.st_size > KARTA_IMPORT_MAX_FILE_SIZE)
    {
      karta_import_set_too_large (error, name);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED,
                   _ ("%s: the file cannot be read: %s"), name, local_error->message);
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("%s: the file is empty"), name);
      return NULL;
    }
  /* It may have grown since stat(). */
  if (length > KARTA_IMPORT_MAX_FILE_SIZE)
    {
      karta_import_set_too_large (error, name);
      return NULL;
    }
  *file_name = g_steal_pointer (&name);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static KartaImportDocument *
read_zip (const char *file_name,
          GBytes     *zip,
          GError    **error)
{
  KartaImportZipKind kind;

  if (!karta_import_zip_sniff (file_name, zip, &kind, error))
    return NULL;
  switch (kind)
    {
    case KARTA_IMPORT_ZIP_DOCX:
      return karta_import_docx_from_zip (file_name, zip, error);
    case KARTA_IMPORT_ZIP_ODT:
      return karta_import_odt_from_zip (file_name, zip, error);
    case KARTA_IMPORT_ZIP_SPREADSHEET:
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is a spreadsheet: Karta imports the roadmap from its Word (.docx) "
                      "or LibreOffice Writer (.odt) document, or from a table copied from the spreadsheet"),
                   file_name);
      return NULL;
    case KARTA_IMPORT_ZIP_OTHER:
    default:
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the archive is neither a Word (.docx) nor a LibreOffice Writer (.odt) document"),
                   file_name);
      return NULL;
    }
}

static gboolean
has_magic (const char *data,
           gsize       length,
           const char *magic,
           gsize       magic_length)
{
  return length >= magic_length && memcmp (data, magic, magic_length) == 0;
}

static gboolean
is_image (const char *data,
          gsize       length)
{
  return has_magic (data, length, "\x89PNG\r\n\x1a\n", 8) ||
         has_magic (data, length, "\xff\xd8\xff", 3) ||
         has_magic (data, length, "GIF8", 4) ||
         has_magic (data, length, "II*\0", 4) ||
         has_magic (data, length, "MM\0*", 4) ||
         (has_magic (data, length, "RIFF", 4) && length >= 12 && memcmp (data + 8, "WEBP", 4) == 0);
}

/* A PDF may have up to 1024 bytes of anything before its header. */
static gboolean
is_pdf (const char *data,
        gsize       length)
{
  return g_strstr_len (data, MIN (length, 1024), "%PDF-") != NULL;
}

/* Byte-order mark and leading white space skipped; the rest, lower-cased, for
 * looking for tags. */
static char *
text_head (const char *data,
           gsize       length)
{
  gsize skip = has_magic (data, length, "\xef\xbb\xbf", 3) ? 3 : 0;

  while (skip < length && g_ascii_isspace (data[skip]))
    skip++;
  return g_ascii_strdown (data + skip, MIN (length - skip, 4096));
}

static gboolean
is_text (const char *data,
         gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        return FALSE;
    }
  return TRUE;
}

static KartaImportDocument *
read_markup (const char *file_name,
             GBytes     *bytes,
             const char *head,
             GError    **error)
{
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (strstr (head, "<office:document") != NULL)
    return karta_import_odt_from_xml (file_name, bytes, error);
  if (strstr (head, "<w:worddocument") != NULL || strstr (head, "<pkg:package") != NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is a Word XML document: save it as .docx"), file_name);
      return NULL;
    }
  if (strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL ||
      g_strstr_len (data, length, "<table") != NULL || g_strstr_len (data, length, "<TABLE") != NULL)
    return karta_import_read_html (file_name, data, length, error);
  return NULL;
}

static KartaImportDocument *
read_content (const char *file_name,
              GBytes     *bytes,
              GError    **error)
{
  gsize            length;
  const char      *data = g_bytes_get_data (bytes, &length);
  g_autofree char *head = NULL;

  if (has_magic (data, length, "PK\x03\x04", 4) || has_magic (data, length, "PK\x05\x06", 4))
    return read_zip (file_name, bytes, error);
  if (has_magic (data, length, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: a password-protected Word document, or an old .doc: "
                      "save it as .docx without a password"),
                   file_name);
      return NULL;
    }
  if (is_pdf (data, length))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is a PDF: Karta imports the Word or LibreOffice file "
                      "of the roadmap, not its PDF"),
                   file_name);
      return NULL;
    }
  if (is_image (data, length))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is an image: Karta imports the Word or LibreOffice file "
                      "of the roadmap, not a picture or scan of it"),
                   file_name);
      return NULL;
    }
  if (has_magic (data, length, "{\\rtf", 5))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is in RTF: save it as .docx or .odt"), file_name);
      return NULL;
    }

  head = text_head (data, length);
  if (head[0] == '<')
    {
      GError              *markup_error = NULL;
      KartaImportDocument *document = read_markup (file_name, bytes, head, &markup_error);
      if (document != NULL || markup_error != NULL)
        {
          if (markup_error != NULL)
            g_propagate_error (error, markup_error);
          return document;
        }
    }
  else if ((is_text (data, length) && memchr (data, '\t', length) != NULL) ||
           has_magic (data, length, "\xff\xfe", 2))
    return karta_import_read_tsv (file_name, data, length, error);
  else if (is_text (data, length))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the text has no tab-separated columns: a roadmap is a table of activities"),
                   file_name);
      return NULL;
    }
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
               _ ("%s: not a document Karta can read: import a .docx, .odt or .html file, "
                  "or tab-separated text"),
               file_name);
  return NULL;
}

/**
 * karta_import_read_file:
 * @path: a .docx, .odt, .fodt, .html or tab-separated text file, whatever its name
 *
 * Reads @path with the reader its content calls for. Every error names the
 * file (its base name) and says why it cannot be imported.
 *
 * Returns: (transfer full) (nullable): the document, with at least one
 *   table, or %NULL with @error set
 */
KartaImportDocument *
karta_import_read_file (const char *path,
                        GError    **error)
{
  g_autofree char *file_name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (KartaImportDocument) document = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = karta_import_load_file (path, &file_name, error);
  if (bytes == NULL)
    return NULL;
  document = read_content (file_name, bytes, error);
  if (document == NULL)
    return NULL;
  if (document->tables->len == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the document has no table: a roadmap is a table of activities"),
                   file_name);
      return NULL;
    }
  return g_steal_pointer (&document);
}
