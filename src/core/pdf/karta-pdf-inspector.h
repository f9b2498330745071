/* karta-pdf-inspector.h — what a PDF to attach is, asked of the helper
 *
 * Attaching a file needs its pages, title and whether it has a text layer.
 * poppler reads them in a karta-page-renderer process, under the limits
 * and the deadline of drawing, so that a hostile file can neither hang nor
 * crash the program attaching it. An inspector keeps one such process for
 * the files it is given in turn. Not thread-safe: one thread at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-model.h"

G_BEGIN_DECLS

typedef struct _KartaPdfInspector KartaPdfInspector;

KartaPdfInspector *karta_pdf_inspector_new (void);
void               karta_pdf_inspector_free (KartaPdfInspector *self);
void               karta_pdf_inspector_set_timeout (KartaPdfInspector *self,
                                                    guint              milliseconds);
KartaDocument     *karta_pdf_inspector_inspect (KartaPdfInspector *self,
                                                const char        *path,
                                                const char        *password,
                                                GCancellable      *cancellable,
                                                GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPdfInspector, karta_pdf_inspector_free)

G_END_DECLS
