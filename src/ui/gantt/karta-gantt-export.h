/* karta-gantt-export.h — the Gantt chart to the printer, PDF, PNG and SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-gantt-view.h"

G_BEGIN_DECLS

/* The rows of @layout with the print palette; the format by the extension
 * of @path: .pdf (pages of @paper, landscape), .png or .svg (one picture) */
gboolean karta_gantt_export_write (const KartaGanttLayout *layout,
                                   const char             *path,
                                   KartaGanttPaper         paper,
                                   GError                **error);
/* Asks for a file name and a paper size, then writes what @view shows */
void karta_gantt_export_save (KartaGanttView *view,
                              const char     *title);
void karta_gantt_export_print (KartaGanttView *view,
                               const char     *title);

G_END_DECLS
