/* karta-chart-file.h — a chart written to a file, its format told by the
 * name: PDF (pages), PNG (a picture) or SVG
 *
 * The window's exports and karta-cli's render commands all write through
 * here, so that a file is made, checked and reported the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KARTA_CHART_FILE_PDF,
  KARTA_CHART_FILE_PNG,
  KARTA_CHART_FILE_SVG,
} KartaChartFileFormat;

/* Cairo's image surfaces stop at 32767 pixels a side */
#define KARTA_CHART_FILE_MAX_PNG_SIDE 32000

gboolean         karta_chart_file_format_for_path (const char           *path,
                                                   KartaChartFileFormat *format,
                                                   GError              **error);
cairo_surface_t *karta_chart_file_create (const char          *path,
                                          KartaChartFileFormat format,
                                          double               width,
                                          double               height,
                                          double               png_scale);
gboolean         karta_chart_file_finish (cairo_surface_t *surface,
                                          const char      *path,
                                          GError         **error);

G_END_DECLS
