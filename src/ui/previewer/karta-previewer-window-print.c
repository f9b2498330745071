/* karta-previewer-window-print.c — printing the document
 *
 * Each page is asked of the renderer at the printer's resolution while
 * the print operation waits (deferred drawing), so the window stays
 * responsive and poppler runs only in the renderer process. Pages are
 * printed as they are shown: turned by the view's rotation, each fitted
 * into the printable area of the sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-previewer-window"

#include "config.h"

#include "karta-previewer-window-private.h"

typedef struct
{
  GtkPrintOperation *operation;
  GtkPrintContext   *context;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_object_unref (job->operation);
  g_object_unref (job->context);
  g_free (job);
}

/* @surface scaled to fit the printable area, centred */
static void
draw_on_sheet (GtkPrintContext *context,
               cairo_surface_t *surface)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   width = gtk_print_context_get_width (context), height = gtk_print_context_get_height (context);
  double   image_width = cairo_image_surface_get_width (surface);
  double   image_height = cairo_image_surface_get_height (surface);
  double   scale = MIN (width / image_width, height / image_height);

  cairo_save (cr);
  cairo_translate (cr, (width - image_width * scale) / 2, (height - image_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
on_page_rendered (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PrintJob *job = user_data;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = karta_pdf_renderer_render_finish (KARTA_PDF_RENDERER (source), result, &error);

  if (surface != NULL)
    {
      draw_on_sheet (job->context, surface);
      cairo_surface_destroy (surface);
    }
  else
    g_warning ("A page could not be printed: %s", error->message);
  gtk_print_operation_draw_page_finish (job->operation);
  print_job_free (job);
}

static void
on_draw_page (GtkPrintOperation    *operation,
              GtkPrintContext      *context,
              int                   page,
              KartaPreviewerWindow *self)
{
  PrintJob *job = g_new0 (PrintJob, 1);
  double    scale = gtk_print_context_get_dpi_x (context) / 72.0;

  job->operation = g_object_ref (operation);
  job->context = g_object_ref (context);
  gtk_print_operation_set_defer_drawing (operation);
  karta_pdf_renderer_render_async (self->renderer, page, scale, karta_pdf_view_get_rotation (self->view),
                                   KARTA_PDF_PRIORITY_VISIBLE, NULL, on_page_rendered, job);
}

static void
on_print_done (GtkPrintOperation      *operation,
               GtkPrintOperationResult result,
               KartaPreviewerWindow   *self)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      karta_previewer_window_toast (self, error->message);
    }
}

/**
 * karta_previewer_window_print_operation_new:
 *
 * Returns: (transfer full): an operation printing every page of the open
 *   document as it is shown
 */
GtkPrintOperation *
karta_previewer_window_print_operation_new (KartaPreviewerWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  gtk_print_operation_set_job_name (operation, self->display_name);
  gtk_print_operation_set_n_pages (operation, karta_pdf_renderer_get_n_pages (self->renderer));
  gtk_print_operation_set_current_page (operation, karta_pdf_view_get_page (self->view));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), self, 0);
  return operation;
}

/**
 * karta_previewer_window_print:
 *
 * Shows the print dialog for the open document and prints it.
 */
void
karta_previewer_window_print (KartaPreviewerWindow *self)
{
  g_autoptr (GtkPrintOperation) operation = karta_previewer_window_print_operation_new (self);
  g_autoptr (GError) error = NULL;

  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    karta_previewer_window_toast (self, error->message);
}
