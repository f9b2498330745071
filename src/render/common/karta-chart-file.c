/* karta-chart-file.c — a chart written to a PDF, PNG or SVG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "karta-chart-file.h"
#include "karta-error.h"

/**
 * karta_chart_file_format_for_path:
 * @path: a file name ending in .pdf, .png or .svg (in any case)
 *
 * Returns: whether @path names a format; if not, @error says which names do
 */
gboolean
karta_chart_file_format_for_path (const char           *path,
                                  KartaChartFileFormat *format,
                                  GError              **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *format = KARTA_CHART_FILE_PDF;
  else if (g_str_has_suffix (lower, ".png"))
    *format = KARTA_CHART_FILE_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = KARTA_CHART_FILE_SVG;
  else
    {
      g_autofree char *display = g_filename_display_basename (path);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("Cannot write “%s”: choose a name ending in .pdf, .png or .svg"), display);
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_chart_file_create:
 * @width: the first page's width or the picture's, in points
 * @height: likewise its height
 * @png_scale: pixels per point of a PNG (its device scale: drawing stays
 *   in points); at most %KARTA_CHART_FILE_MAX_PNG_SIDE pixels a side
 *
 * A PDF or SVG surface writes to @path as it is drawn; a PNG is written by
 * karta_chart_file_finish(). A PNG starts white, vector files transparent.
 *
 * Returns: (transfer full): the surface to draw on; an error shows in its
 *   status, which karta_chart_file_finish() reports
 */
cairo_surface_t *
karta_chart_file_create (const char          *path,
                         KartaChartFileFormat format,
                         double               width,
                         double               height,
                         double               png_scale)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  int              pixel_width, pixel_height;

  switch (format)
    {
    case KARTA_CHART_FILE_PDF:
      return cairo_pdf_surface_create (path, width, height);
    case KARTA_CHART_FILE_SVG:
      return cairo_svg_surface_create (path, width, height);
    case KARTA_CHART_FILE_PNG:
    default:
      break;
    }
  pixel_width = (int) MIN (ceil (width * png_scale), KARTA_CHART_FILE_MAX_PNG_SIDE);
  pixel_height = (int) MIN (ceil (height * png_scale), KARTA_CHART_FILE_MAX_PNG_SIDE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (pixel_width, 1), MAX (pixel_height, 1));
  cairo_surface_set_device_scale (surface, png_scale, png_scale);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

/**
 * karta_chart_file_finish:
 * @surface: (transfer full): from karta_chart_file_create() for @path
 *
 * Writes a PNG, finishes a PDF or SVG, and frees @surface.
 *
 * Returns: whether @path was written; if not, @error says why
 */
gboolean
karta_chart_file_finish (cairo_surface_t *surface,
                         const char      *path,
                         GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS && cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_FAILED, _ ("Could not write “%s”: %s"),
               path, cairo_status_to_string (status));
  return FALSE;
}
