/* karta-demo-pdf.h — small valid PDFs for demo libraries and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *karta_demo_pdf_new (const char *text,
                            gsize       padding,
                            guint32     seed);

G_END_DECLS
