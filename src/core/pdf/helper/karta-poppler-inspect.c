/* karta-poppler-inspect.c — what a file given to attach is, read by poppler
 *
 * Runs inside the karta-page-renderer process only (an OPEN request):
 * a hostile file does what it does under that process's limits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "karta-error.h"
#include "karta-poppler-inspect.h"

/* how many pages are looked at to tell a scan from a text PDF */
#define TEXT_PAGES 3

static gboolean
fail_errno (GError    **error,
            int         saved_errno,
            const char *path,
            const char *what)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s: %s", display, what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Why a file without a PDF header is not a PDF, told by its magic. */
static const char *
describe_not_pdf (const char *data,
                  gsize       length)
{
  if (length >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return _ ("not a PDF: it is a PNG image");
  if (length >= 3 && memcmp (data, "\xff\xd8\xff", 3) == 0)
    return _ ("not a PDF: it is a JPEG image");
  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      if (contains_bytes (data, length, "word/document.xml"))
        return _ ("not a PDF: it is a Word document");
      if (contains_bytes (data, length, "application/vnd.oasis.opendocument"))
        return _ ("not a PDF: it is an OpenDocument file");
      return _ ("not a PDF: it is a ZIP archive");
    }
  return _ ("not a PDF");
}

static void
set_reason (GError    **error,
            KartaError  code,
            const char *path,
            const char *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, KARTA_ERROR, code, "%s: %s", display, reason);
}

/* poppler_document_new_from_bytes() of poppler 22.12 crashes on a wrong
 * password: the file is opened by its URI. */
static PopplerDocument *
open_pdf (const char *path,
          const char *password,
          GError    **error)
{
  g_autoptr (GError) poppler_error = NULL;
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);
  PopplerDocument *pdf;

  if (uri == NULL)
    return NULL;
  if ((pdf = poppler_document_new_from_file (uri, password, &poppler_error)) != NULL)
    return pdf;
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    {
      if (password == NULL || *password == '\0')
        set_reason (error, KARTA_ERROR_NEEDS_PASSWORD, path, _ ("needs a password"));
      else
        set_reason (error, KARTA_ERROR_WRONG_PASSWORD, path, _ ("the password is wrong"));
    }
  else
    set_reason (error, KARTA_ERROR_CORRUPT, path, _ ("damaged or incomplete PDF"));
  return NULL;
}

static gboolean
pdf_has_text (PopplerDocument *pdf)
{
  int n_pages = MIN (poppler_document_get_n_pages (pdf), TEXT_PAGES);

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = page ? poppler_page_get_text (page) : NULL;
      if (!karta_text_is_blank (text))
        return TRUE;
    }
  return FALSE;
}

static KartaDocument *
describe_pdf (PopplerDocument *pdf,
              const char      *path,
              gsize            size,
              GError         **error)
{
  KartaDocument *document;
  int            n_pages = poppler_document_get_n_pages (pdf);
  char          *title;

  if (n_pages <= 0)
    {
      set_reason (error, KARTA_ERROR_CORRUPT, path, _ ("damaged or incomplete PDF"));
      return NULL;
    }
  document = g_new0 (KartaDocument, 1);
  document->file_name = g_filename_display_basename (path);
  document->size = size;
  document->pages = n_pages;
  document->has_text = pdf_has_text (pdf);
  title = poppler_document_get_title (pdf);
  if (karta_text_is_blank (title))
    g_clear_pointer (&title, g_free);
  document->title = title ? g_strstrip (title) : NULL;
  return document;
}

/**
 * karta_poppler_inspect:
 * @path: a file to attach
 * @password: (nullable): the password of an encrypted PDF
 * @opened: (out) (optional): the document poppler opened, to go on with
 *
 * Checks that @path is a readable PDF and reads what the documents table
 * keeps of it (file name, size, pages, whether it has text, title); sha256
 * and kind are left to the caller. A file that is refused gets an error
 * naming it and why: %KARTA_ERROR_NEEDS_PASSWORD and
 * %KARTA_ERROR_WRONG_PASSWORD for encrypted files, %KARTA_ERROR_INVALID
 * for what is not a PDF, %KARTA_ERROR_CORRUPT for a damaged one.
 *
 * Returns: (transfer full) (nullable): the document's metadata
 */
KartaDocument *
karta_poppler_inspect (const char       *path,
                       const char       *password,
                       PopplerDocument **opened,
                       GError          **error)
{
  KartaDocument *document;
  g_autoptr (GMappedFile) mapped = NULL;
  g_autoptr (PopplerDocument) pdf = NULL;
  GStatBuf    info;
  const char *data;
  gsize       length;

  if (g_stat (path, &info) != 0)
    return fail_errno (error, errno, path, _ ("cannot be read")), NULL;
  if (!S_ISREG (info.st_mode))
    return set_reason (error, KARTA_ERROR_INVALID, path, _ ("not a file")), NULL;
  if (info.st_size == 0)
    return set_reason (error, KARTA_ERROR_INVALID, path, _ ("empty file")), NULL;
  if ((mapped = g_mapped_file_new (path, FALSE, error)) == NULL)
    return NULL;
  data = g_mapped_file_get_contents (mapped);
  length = g_mapped_file_get_length (mapped);
  /* the header may come after up to 1024 bytes of anything */
  if (!contains_bytes (data, MIN (length, 1024), "%PDF-"))
    return set_reason (error, KARTA_ERROR_INVALID, path, describe_not_pdf (data, length)), NULL;
  if ((pdf = open_pdf (path, password, error)) == NULL)
    return NULL;
  if ((document = describe_pdf (pdf, path, length, error)) != NULL && opened != NULL)
    *opened = g_steal_pointer (&pdf);
  return document;
}
