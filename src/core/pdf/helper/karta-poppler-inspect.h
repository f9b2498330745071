/* karta-poppler-inspect.h — what a file given to attach is, read by poppler
 *
 * Used inside the karta-page-renderer process only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poppler.h>

#include "karta-model.h"

G_BEGIN_DECLS

/* poppler-glib 22.12 declares no autoptr cleanups of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

KartaDocument *karta_poppler_inspect (const char       *path,
                                      const char       *password,
                                      PopplerDocument **opened,
                                      GError          **error);

G_END_DECLS
