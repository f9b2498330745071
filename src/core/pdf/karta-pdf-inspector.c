/* karta-pdf-inspector.c — what a PDF to attach is, asked of the helper
 *
 * The helper answers an OPEN request with what attaching needs (the INFO
 * frame: title, text layer, page sizes) or with why the file is refused,
 * exactly as when the previewer opens a document. The process is kept for
 * the next file; one that hangs past the deadline, crashes or is given up
 * on is killed, and the next file starts a new one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-error.h"
#include "karta-pdf-inspector.h"
#include "karta-pdf-process.h"

struct _KartaPdfInspector
{
  KartaPdfProcess *process;
  guint            timeout_ms;
};

KartaPdfInspector *
karta_pdf_inspector_new (void)
{
  KartaPdfInspector *self = g_new0 (KartaPdfInspector, 1);

  self->process = karta_pdf_process_new ("", NULL);
  self->timeout_ms = KARTA_PDF_PROCESS_TIMEOUT_MS;
  return self;
}

void
karta_pdf_inspector_free (KartaPdfInspector *self)
{
  karta_pdf_process_free (self->process);
  g_free (self);
}

/* How long poppler may take over one file (default
 * %KARTA_PDF_PROCESS_TIMEOUT_MS). */
void
karta_pdf_inspector_set_timeout (KartaPdfInspector *self,
                                 guint              milliseconds)
{
  self->timeout_ms = milliseconds;
}

static KartaDocument *
describe (const char *path,
          GVariant   *info)
{
  g_autoptr (GVariantIter) sizes = NULL;
  KartaDocument *document = g_new0 (KartaDocument, 1);
  const char    *title;
  GStatBuf       stat_buf;

  g_variant_get (info, "(&sbbba(dd))", &title, &document->has_text, NULL, NULL, &sizes);
  document->file_name = g_filename_display_basename (path);
  document->size = g_stat (path, &stat_buf) == 0 ? stat_buf.st_size : 0;
  document->pages = g_variant_iter_n_children (sizes);
  document->title = *title ? g_strdup (title) : NULL;
  return document;
}

/* The helper stopped: the reason in the user's words. */
static void
set_stopped_error (KartaPdfInspector *self,
                   const char        *path,
                   GError            *stopped,
                   GError           **error)
{
  g_autofree char *display = g_filename_display_name (path);

  if (g_error_matches (stopped, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (stopped));
  else if (g_error_matches (stopped, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s: could not be read within %u second: the PDF is damaged or built to hang readers",
                              "%s: could not be read within %u seconds: the PDF is damaged or built to hang readers",
                              (self->timeout_ms + 999) / 1000),
                 display, (self->timeout_ms + 999) / 1000);
  else
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_CORRUPT,
                 _ ("%s: the PDF reader stopped on it (%s): the file is damaged or hostile"),
                 display, stopped->message);
}

/**
 * karta_pdf_inspector_inspect:
 * @path: a file to attach
 * @password: (nullable): the password of an encrypted PDF
 * @cancellable: (nullable): stops the helper at once
 *
 * Checks that @path is a readable PDF and reads what the documents table
 * keeps of it (file name, size, pages, whether it has text, title); sha256
 * and kind are left to the caller. A file that is refused gets an error
 * naming it and why: %KARTA_ERROR_NEEDS_PASSWORD and
 * %KARTA_ERROR_WRONG_PASSWORD for encrypted files, %KARTA_ERROR_INVALID
 * for what is not a PDF, %KARTA_ERROR_CORRUPT for a damaged one or one that
 * hangs or crashes poppler; %G_IO_ERROR_CANCELLED when @cancellable was.
 *
 * Returns: (transfer full) (nullable): the document's metadata
 */
KartaDocument *
karta_pdf_inspector_inspect (KartaPdfInspector *self,
                             const char        *path,
                             const char        *password,
                             GCancellable      *cancellable,
                             GError           **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GVariant) info = NULL;

  info = karta_pdf_process_open_file (self->process, path, password, self->timeout_ms, cancellable,
                                      &local_error);
  if (info != NULL)
    return describe (path, info);
  if (local_error->domain == G_IO_ERROR)
    set_stopped_error (self, path, local_error, error);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}
