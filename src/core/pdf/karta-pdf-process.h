/* karta-pdf-process.h — one karta-page-renderer process and its socket
 *
 * Not thread-safe: one thread at a time sends requests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-pdf-protocol.h"

G_BEGIN_DECLS

/* How long one request may take. A 300-dpi A4 scan draws in about 0.3 s
 * here at the width of a window, and a fresh process starts, opens it and
 * draws its first page in 0.16 s (bench-preview-core): the first page
 * needs no longer deadline. 10 s is far beyond what any sane page needs,
 * and still short enough for someone to wait. */
#define KARTA_PDF_PROCESS_TIMEOUT_MS 10000

typedef struct _KartaPdfProcess KartaPdfProcess;

KartaPdfProcess *karta_pdf_process_new (const char *path,
                                        const char *password);
void             karta_pdf_process_free (KartaPdfProcess *self);
GVariant        *karta_pdf_process_open (KartaPdfProcess *self,
                                         guint            timeout_ms,
                                         GError         **error);
GVariant        *karta_pdf_process_open_file (KartaPdfProcess *self,
                                              const char      *path,
                                              const char      *password,
                                              guint            timeout_ms,
                                              GCancellable    *cancellable,
                                              GError         **error);
gboolean         karta_pdf_process_request (KartaPdfProcess *self,
                                            KartaPdfMessage  kind,
                                            GVariant        *body,
                                            guint            timeout_ms,
                                            KartaPdfFrame   *reply,
                                            gpointer        *data,
                                            GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPdfProcess, karta_pdf_process_free)

G_END_DECLS
