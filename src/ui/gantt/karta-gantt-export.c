/* karta-gantt-export.c — the Gantt chart to the printer, PDF, PNG and SVG
 *
 * What the view shows (its rows, filters, collapsed sections and zoom) with
 * the print palette, drawn by the same painter: PDF and printing in pages
 * from the painter's pagination, PNG and SVG as one picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "karta-chart-file.h"
#include "karta-export-file.h"
#include "karta-gantt-export.h"

static KartaGanttLayout *
print_layout_new (const KartaGanttLayout *layout)
{
  KartaGanttLayout *copy = karta_gantt_layout_copy (layout);
  KartaGanttPalette palette;

  karta_gantt_palette_init_print (&palette);
  karta_gantt_layout_set_palette (copy, &palette);
  return copy;
}

static gboolean
write_pdf (const KartaGanttLayout *layout,
           const char             *path,
           KartaGanttPaper         paper,
           GError                **error)
{
  double width, height;
  g_autoptr (KartaGanttPages) pages = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;

  karta_gantt_paper_size (paper, &width, &height);
  pages = karta_gantt_pages_new (layout, width, height);
  surface = karta_chart_file_create (path, KARTA_CHART_FILE_PDF, width, height, 1.0);
  cr = cairo_create (surface);
  for (guint i = 0; i < karta_gantt_pages_get_n_pages (pages); i++)
    {
      karta_gantt_pages_draw_page (pages, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return karta_chart_file_finish (surface, path, error);
}

/* The whole chart: every row and the whole range */
static KartaGanttViewport
whole_chart (const KartaGanttLayout *layout)
{
  double time_width, rows_height;

  karta_gantt_layout_get_content_size (layout, &time_width, &rows_height);
  return (KartaGanttViewport){ 0, 0, karta_gantt_layout_get_label_width (layout) + time_width,
                               karta_gantt_layout_get_header_height (layout) + rows_height };
}

/* PNG and SVG: the whole chart as one picture (a PNG cut at Cairo's limit) */
static gboolean
write_picture (const KartaGanttLayout *layout,
               const char             *path,
               KartaChartFileFormat    format,
               GError                **error)
{
  KartaGanttViewport viewport = whole_chart (layout);
  cairo_surface_t   *surface;
  cairo_t           *cr;

  if (format == KARTA_CHART_FILE_PNG)
    {
      viewport.width = MIN (viewport.width, KARTA_CHART_FILE_MAX_PNG_SIDE);
      viewport.height = MIN (viewport.height, KARTA_CHART_FILE_MAX_PNG_SIDE);
    }
  surface = karta_chart_file_create (path, format, viewport.width, viewport.height, 1.0);
  cr = cairo_create (surface);
  karta_gantt_draw (layout, cr, &viewport);
  cairo_destroy (cr);
  return karta_chart_file_finish (surface, path, error);
}

/**
 * karta_gantt_export_write:
 *
 * Returns: whether @path was written
 */
gboolean
karta_gantt_export_write (const KartaGanttLayout *layout,
                          const char             *path,
                          KartaGanttPaper         paper,
                          GError                **error)
{
  g_autoptr (KartaGanttLayout) print = NULL;
  KartaChartFileFormat format;

  g_return_val_if_fail (layout != NULL && path != NULL, FALSE);

  if (!karta_chart_file_format_for_path (path, &format, error))
    return FALSE;
  print = print_layout_new (layout);
  if (format == KARTA_CHART_FILE_PDF)
    return write_pdf (print, path, paper, error);
  return write_picture (print, path, format, error);
}

/* Saving */

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  KartaGanttView  *view)
{
  const char      *paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");
  g_autofree char *path = karta_export_file_get_path (chooser, response);
  g_autoptr (GError) error = NULL;

  /* The view's layout now: the roadmap may have changed meanwhile */
  if (path != NULL && !karta_gantt_export_write (karta_gantt_view_get_layout (view), path,
                                                 g_strcmp0 (paper, "a3") == 0 ? KARTA_GANTT_PAPER_A3 : KARTA_GANTT_PAPER_A4,
                                                 &error))
    karta_export_file_show_error (GTK_WIDGET (view), _ ("Could Not Export the Gantt Chart"), error);
  g_object_unref (chooser);
}

/**
 * karta_gantt_export_save:
 * @title: what the file is named after: "@title.pdf", made short and safe
 *
 * Asks where to save the chart, and for PDF on which paper, then writes it.
 */
void
karta_gantt_export_save (KartaGanttView *view,
                         const char     *title)
{
  const char           *paper_ids[] = { "a4", "a3", NULL };
  const char           *paper_labels[] = { _ ("A4 landscape"), _ ("A3 landscape"), NULL };
  GtkFileChooserNative *chooser;

  chooser = karta_export_file_chooser_new (GTK_WIDGET (view), _ ("Export the Gantt Chart"), title);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "paper", _ ("PDF paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "paper", "a4");
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_response), view, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing */

/* A print job: the view it prints, and its pages once the paper is known */
typedef struct
{
  KartaGanttView  *view; /* a reference */
  KartaGanttPages *pages;
} Printing;

static void
printing_free (gpointer  data,
               GClosure *closure)
{
  Printing *printing = data;

  g_clear_pointer (&printing->pages, karta_gantt_pages_free);
  g_object_unref (printing->view);
  g_free (printing);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Printing          *printing)
{
  g_autoptr (KartaGanttLayout) print = print_layout_new (karta_gantt_view_get_layout (printing->view));

  g_clear_pointer (&printing->pages, karta_gantt_pages_free);
  printing->pages = karta_gantt_pages_new (print, gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (1, (int) karta_gantt_pages_get_n_pages (printing->pages)));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Printing          *printing)
{
  if (printing->pages != NULL && (guint) page < karta_gantt_pages_get_n_pages (printing->pages))
    karta_gantt_pages_draw_page (printing->pages, gtk_print_context_get_cairo_context (context), page);
}

static GtkPageSetup *
landscape_a4 (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return setup;
}

/**
 * karta_gantt_export_print:
 * @title: the print job's name
 *
 * Prints the chart, A4 landscape unless the user chooses otherwise; the
 * dialog offers a preview.
 */
void
karta_gantt_export_print (KartaGanttView *view,
                          const char     *title)
{
  g_autoptr (GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = landscape_a4 ();
  GtkRoot  *root = gtk_widget_get_root (GTK_WIDGET (view));
  Printing *printing = g_new0 (Printing, 1);
  g_autoptr (GError) error = NULL;

  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  printing->view = g_object_ref (view);
  /* the job lives as long as the operation: freed with the first handler */
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), printing);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print), printing, printing_free, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    karta_export_file_show_error (GTK_WIDGET (view), _ ("Could Not Print"), error);
}
