/* karta-import-zip.c — the parts of a .docx or .odt package
 *
 * Both are zips of XML parts. Which one a file is shows in the parts it
 * has, not in its name; a part is unpacked only up to a limit, since a
 * small zip can unpack to gigabytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-import-private.h"

#define ODT_MIME "application/vnd.oasis.opendocument.text"

static void
set_damaged (GError        **error,
             const char     *file_name,
             struct archive *archive)
{
  g_debug ("%s: %s", file_name, archive_error_string (archive));
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
               _ ("%s: the file is damaged or incomplete"), file_name);
}

static struct archive *
zip_open (GBytes *zip)
{
  struct archive *archive = archive_read_new ();
  gsize           length;
  const void     *data = g_bytes_get_data (zip, &length);

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      archive_read_free (archive);
      return NULL;
    }
  return archive;
}

/* Part names in a package compare without regard to case (OPC, ODF). */
static gboolean
entry_is (struct archive_entry *entry,
          const char           *name)
{
  const char *path = archive_entry_pathname (entry);

  if (path == NULL)
    return FALSE;
  while (*path == '/' || (path[0] == '.' && path[1] == '/'))
    path += *path == '/' ? 1 : 2;
  return g_ascii_strcasecmp (path, name) == 0;
}

static GBytes *
read_data (const char           *file_name,
           struct archive       *archive,
           struct archive_entry *entry,
           gsize                 limit,
           GError              **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  guint8     buffer[65536];
  la_ssize_t n;

  if (archive_entry_is_encrypted (entry))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is protected by a password: save it without one"), file_name);
      return NULL;
    }
  if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > (la_int64_t) limit)
    {
      karta_import_set_too_large (error, file_name);
      return NULL;
    }
  while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
    {
      if (bytes->len + (gsize) n > limit)
        {
          karta_import_set_too_large (error, file_name);
          return NULL;
        }
      g_byte_array_append (bytes, buffer, (guint) n);
    }
  if (n < 0)
    {
      set_damaged (error, file_name, archive);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * karta_import_zip_read_entry:
 * @file_name: what to call the file in messages
 * @zip: the whole zip file
 * @entry: the part to read, e.g. "word/document.xml"
 * @missing: the message, with a %s for @file_name, when there is no such
 *   part: its absence says the file is not of the kind its reader expects
 *
 * Returns: (transfer full) (nullable): the part, unpacked, or %NULL with
 *   @error set
 */
GBytes *
karta_import_zip_read_entry (const char *file_name,
                             GBytes     *zip,
                             const char *entry,
                             const char *missing,
                             GError    **error)
{
  struct archive       *archive = zip_open (zip);
  struct archive_entry *header;
  GBytes               *result = NULL;
  int                   status;

  if (archive == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is damaged or incomplete"), file_name);
      return NULL;
    }
  while ((status = archive_read_next_header (archive, &header)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      if (!entry_is (header, entry))
        continue;
      result = read_data (file_name, archive, header, KARTA_IMPORT_MAX_ENTRY_SIZE, error);
      archive_read_free (archive);
      return result;
    }
  if (status != ARCHIVE_EOF)
    set_damaged (error, file_name, archive);
  else
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, missing, file_name);
  archive_read_free (archive);
  return NULL;
}

typedef struct
{
  gboolean content_types;
  gboolean word_document;
  gboolean workbook;
  char    *mimetype;
} ZipParts;

static void
note_part (ZipParts             *parts,
           struct archive       *archive,
           struct archive_entry *entry)
{
  if (entry_is (entry, "[Content_Types].xml"))
    parts->content_types = TRUE;
  else if (entry_is (entry, "word/document.xml"))
    parts->word_document = TRUE;
  else if (entry_is (entry, "xl/workbook.xml"))
    parts->workbook = TRUE;
  else if (entry_is (entry, "mimetype") && parts->mimetype == NULL &&
           archive_entry_size (entry) < 256)
    {
      char       buffer[256] = "";
      la_ssize_t n = archive_read_data (archive, buffer, sizeof buffer - 1);
      parts->mimetype = g_strstrip (g_strndup (buffer, MAX (n, 0)));
    }
}

/**
 * karta_import_zip_sniff:
 * @kind: (out): which document the zip holds, from the parts it has
 *
 * Walks every entry, so that a truncated file is found out here, whichever
 * part the damage hit.
 *
 * Returns: %FALSE with @error set when the zip is damaged
 */
gboolean
karta_import_zip_sniff (const char         *file_name,
                        GBytes             *zip,
                        KartaImportZipKind *kind,
                        GError            **error)
{
  struct archive       *archive = zip_open (zip);
  struct archive_entry *entry;
  ZipParts              parts = { 0 };
  int                   status;

  if (archive == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: the file is damaged or incomplete"), file_name);
      return FALSE;
    }
  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      note_part (&parts, archive, entry);
      if (archive_read_data_skip (archive) != ARCHIVE_OK)
        {
          status = ARCHIVE_FATAL;
          break;
        }
    }
  if (status != ARCHIVE_EOF)
    {
      set_damaged (error, file_name, archive);
      archive_read_free (archive);
      g_free (parts.mimetype);
      return FALSE;
    }
  archive_read_free (archive);

  if (parts.content_types && parts.word_document)
    *kind = KARTA_IMPORT_ZIP_DOCX;
  else if (g_strcmp0 (parts.mimetype, ODT_MIME) == 0 ||
           g_strcmp0 (parts.mimetype, ODT_MIME "-template") == 0)
    *kind = KARTA_IMPORT_ZIP_ODT;
  else if (parts.workbook ||
           g_str_has_prefix (parts.mimetype ? parts.mimetype : "",
                             "application/vnd.oasis.opendocument.spreadsheet"))
    *kind = KARTA_IMPORT_ZIP_SPREADSHEET;
  else
    *kind = KARTA_IMPORT_ZIP_OTHER;
  g_free (parts.mimetype);
  return TRUE;
}
