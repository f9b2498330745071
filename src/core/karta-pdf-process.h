/* karta-pdf-process.h — one karta-page-renderer process and its socket
 *
 * Not thread-safe: one thread at a time sends requests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-pdf-protocol.h"

G_BEGIN_DECLS

typedef struct _KartaPdfProcess KartaPdfProcess;

KartaPdfProcess *karta_pdf_process_new     (const char       *path,
                                            const char       *password);
void             karta_pdf_process_free    (KartaPdfProcess  *self);
GVariant        *karta_pdf_process_open    (KartaPdfProcess  *self,
                                            guint             timeout_ms,
                                            GError          **error);
gboolean         karta_pdf_process_request (KartaPdfProcess  *self,
                                            KartaPdfMessage   kind,
                                            GVariant         *body,
                                            guint             timeout_ms,
                                            KartaPdfFrame    *reply,
                                            gpointer         *data,
                                            GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPdfProcess, karta_pdf_process_free)

G_END_DECLS
