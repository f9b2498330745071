/* karta-risk-export.c — risk charts to PNG, SVG, PDF and the printer
 *
 * The same painters as on screen, with the print palette: what is printed
 * reads in grey and does not depend on the theme.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-risk-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "karta-chart-file.h"
#include "karta-export-file.h"
#include "karta-risk-chart-view.h"
#include "karta-risk-export.h"

#define PAGE_WIDTH  595.0 /* A4 in points */
#define PAGE_HEIGHT 842.0
#define MARGIN      40.0
#define GAP         24.0
#define PNG_SCALE   2.0

static void
unref_views (gpointer  views,
             GClosure *closure)
{
  g_ptr_array_unref (views);
}

static double
chart_height (KartaRiskChartView      *view,
              double                   width,
              const KartaChartPalette *palette)
{
  return MAX (1.0, karta_risk_chart_view_height_for (view, width, palette));
}

/* Draws @view at the top left of @cr within @width × @max_height, scaled
 * down when it needs more */
static void
draw_fitted (KartaRiskChartView      *view,
             cairo_t                 *cr,
             double                   width,
             double                   max_height,
             const KartaChartPalette *palette)
{
  double height = chart_height (view, width, palette);
  double scale = height > max_height ? max_height / height : 1.0;

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  karta_risk_chart_view_draw (view, cr, width, height, palette);
  cairo_restore (cr);
}

static double
total_height (GPtrArray               *views,
              double                   width,
              const KartaChartPalette *palette)
{
  double height = 0;

  for (guint i = 0; i < views->len; i++)
    height += (i > 0 ? GAP : 0) + chart_height (g_ptr_array_index (views, i), width, palette);
  return height;
}

/* PNG and SVG: one long picture */
static void
draw_stacked (GPtrArray               *views,
              cairo_t                 *cr,
              double                   width,
              const KartaChartPalette *palette)
{
  for (guint i = 0; i < views->len; i++)
    {
      double height = chart_height (g_ptr_array_index (views, i), width, palette);
      karta_risk_chart_view_draw (g_ptr_array_index (views, i), cr, width, height, palette);
      cairo_translate (cr, 0, height + GAP);
    }
}

/* PDF: a page per chart; PNG and SVG: one long picture */
static gboolean
write_charts (GPtrArray               *views,
              const char              *path,
              KartaChartFileFormat     format,
              const KartaChartPalette *palette,
              GError                 **error)
{
  double           width = PAGE_WIDTH - 2 * MARGIN;
  gboolean         pdf = format == KARTA_CHART_FILE_PDF;
  double           height = pdf ? PAGE_HEIGHT : total_height (views, width, palette) + 2 * MARGIN;
  cairo_surface_t *surface = karta_chart_file_create (path, format, PAGE_WIDTH, height, PNG_SCALE);
  cairo_t         *cr = cairo_create (surface);

  if (format == KARTA_CHART_FILE_PNG)
    {
      cairo_set_source_rgb (cr, palette->background.red, palette->background.green, palette->background.blue);
      cairo_paint (cr);
    }
  cairo_translate (cr, MARGIN, MARGIN);
  if (!pdf)
    draw_stacked (views, cr, width, palette);
  for (guint i = 0; pdf && i < views->len; i++)
    {
      draw_fitted (g_ptr_array_index (views, i), cr, width, PAGE_HEIGHT - 2 * MARGIN, palette);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return karta_chart_file_finish (surface, path, error);
}

/**
 * karta_risk_export_write:
 *
 * Returns: whether @path was written
 */
gboolean
karta_risk_export_write (GPtrArray  *views,
                         const char *path,
                         GError    **error)
{
  KartaChartFileFormat format;
  KartaChartPalette    palette;

  g_return_val_if_fail (views != NULL && path != NULL, FALSE);

  if (!karta_chart_file_format_for_path (path, &format, error))
    return FALSE;
  karta_chart_palette_init_print (&palette);
  return write_charts (views, path, format, &palette, error);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  GPtrArray       *views)
{
  GtkWindow       *parent = gtk_native_dialog_get_transient_for (chooser);
  g_autofree char *path = karta_export_file_get_path (chooser, response);
  g_autoptr (GError) error = NULL;

  if (path != NULL && !karta_risk_export_write (views, path, &error))
    karta_export_file_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL, _ ("Could Not Export the Charts"), error);
  g_object_unref (chooser);
}

/**
 * karta_risk_export_save:
 * @parent: the widget whose window the dialog is for
 * @title: the file's suggested name is "@title.pdf"
 *
 * Asks where to save the charts of @views, then writes them.
 */
void
karta_risk_export_save (GtkWidget  *parent,
                        GPtrArray  *views,
                        const char *title)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (views != NULL);

  chooser = karta_export_file_chooser_new (parent, _ ("Export Charts"), title);
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_save_response),
                         g_ptr_array_ref (views), unref_views, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              GPtrArray         *views)
{
  KartaChartPalette palette;

  karta_chart_palette_init_print (&palette);
  draw_fitted (g_ptr_array_index (views, page), gtk_print_context_get_cairo_context (context),
               gtk_print_context_get_width (context), gtk_print_context_get_height (context), &palette);
}

/**
 * karta_risk_export_print:
 *
 * Prints the charts of @views, one a page.
 */
void
karta_risk_export_print (GtkWidget  *parent,
                         GPtrArray  *views,
                         const char *job_name)
{
  g_autoptr (GtkPrintOperation) operation = gtk_print_operation_new ();
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr (GError) error = NULL;

  g_return_if_fail (views != NULL);

  if (views->len == 0)
    return;
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, views->len);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_ptr_array_ref (views), unref_views, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    karta_export_file_show_error (parent, _ ("Could Not Print"), error);
}

/**
 * karta_risk_export_views_new:
 * @first_view: a KartaRiskChartView, then more, ending with NULL
 *
 * Returns: (transfer full): those of the views that are visible, in order,
 *   for karta_risk_export_activate()
 */
GPtrArray *
karta_risk_export_views_new (gpointer first_view,
                             ...)
{
  GPtrArray *views = g_ptr_array_new_with_free_func (g_object_unref);
  va_list    args;

  va_start (args, first_view);
  for (gpointer view = first_view; view != NULL; view = va_arg (args, gpointer))
    if (gtk_widget_get_visible (GTK_WIDGET (view)))
      g_ptr_array_add (views, g_object_ref (view));
  va_end (args);
  return views;
}

/**
 * karta_risk_export_activate:
 * @action_name: "<page>.print" prints, any other ("<page>.export") saves
 * @title: the print job's name; the file's suggested name is "@title.pdf"
 *
 * The export and print actions of a page of charts.
 */
void
karta_risk_export_activate (GtkWidget  *parent,
                            const char *action_name,
                            GPtrArray  *views,
                            const char *title)
{
  if (g_str_has_suffix (action_name, ".print"))
    karta_risk_export_print (parent, views, title);
  else
    karta_risk_export_save (parent, views, title);
}
