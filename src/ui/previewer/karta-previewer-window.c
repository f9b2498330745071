/* karta-previewer-window.c — the previewer: a window showing one PDF
 *
 * The document opens in the renderer process (karta-pdf-renderer.h) while
 * the window is already on screen; an encrypted one asks for its password
 * (again, saying so, when it is wrong), and one that cannot be shown says
 * which file and why in the window instead of the pages. The rendered
 * pages of a file given on the command line are kept in the disk cache as
 * those of attached documents are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-previewer-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "karta-previewer-window-private.h"
#include "karta-error.h"
#include "karta-file-store.h"
#include "karta-library.h"

G_DEFINE_FINAL_TYPE (KartaPreviewerWindow, karta_previewer_window, ADW_TYPE_APPLICATION_WINDOW)

void
karta_previewer_window_toast (KartaPreviewerWindow *self,
                              const char           *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The page number, zoom and search are shown with a document only */
static void
show_document_controls (KartaPreviewerWindow *self,
                        gboolean              shown)
{
  gtk_widget_set_visible (self->page_box, shown);
  gtk_widget_set_visible (self->zoom_box, shown);
  gtk_widget_set_visible (self->search_button, shown);
}

/* What failed, in the window: the file's name and the reason */
void
karta_previewer_window_show_error (KartaPreviewerWindow *self,
                                   const char           *reason)
{
  g_autofree char *description = NULL;

  if (strstr (reason, self->display_name) != NULL)
    description = g_strdup (reason);
  else
    description = g_strdup_printf ("%s\n\n%s", self->display_name, reason);
  adw_status_page_set_title (self->error_page, _ ("Could Not Open the Document"));
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
  show_document_controls (self, FALSE);
  karta_previewer_window_update_actions (self);
}

static void
update_page_entry (KartaPreviewerWindow *self)
{
  g_autofree char *text = g_strdup_printf ("%u", karta_pdf_view_get_page (self->view) + 1);

  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), text);
  karta_pdf_thumbnails_set_page (self->thumbnails, karta_pdf_view_get_page (self->view));
}

static void
on_page_entry_activate (KartaPreviewerWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->page_entry));
  guint64     page;

  if (self->renderer != NULL && g_ascii_string_to_unsigned (text, 10, 1, karta_pdf_renderer_get_n_pages (self->renderer), &page, NULL))
    {
      karta_pdf_view_set_page (self->view, page - 1);
      gtk_widget_grab_focus (GTK_WIDGET (self->view));
    }
  else
    gtk_widget_error_bell (GTK_WIDGET (self->page_entry));
  update_page_entry (self);
}

static void
on_thumbnail_selected (KartaPreviewerWindow *self)
{
  karta_pdf_view_set_page (self->view, karta_pdf_thumbnails_get_page (self->thumbnails));
}

static gboolean
show_zoom (gpointer user_data)
{
  KartaPreviewerWindow *self = user_data;
  g_autofree char      *label = g_strdup_printf ("%.0f %%", karta_pdf_view_get_zoom (self->view) * 100 / KARTA_PDF_VIEW_REAL_SIZE);

  gtk_menu_button_set_label (self->zoom_button, label);
  self->zoom_idle = 0;
  return G_SOURCE_REMOVE;
}

/* The view changes its zoom while it is being allocated (fitting the
 * width): the header bar is resized after that */
static void
on_zoom_changed (KartaPreviewerWindow *self)
{
  if (self->zoom_idle == 0)
    self->zoom_idle = g_idle_add (show_zoom, self);
}

/* Thumbnails are drawn once they are first shown: until then they would
 * keep the renderer from the pages in view */
static void
on_reveal_pages (KartaPreviewerWindow *self)
{
  if (self->renderer != NULL && adw_flap_get_reveal_flap (self->flap))
    karta_pdf_thumbnails_set_renderer (self->thumbnails, self->renderer);
}

static void
show_document (KartaPreviewerWindow *self)
{
  const char      *title = karta_pdf_renderer_get_title (self->renderer);
  int              n_pages = karta_pdf_renderer_get_n_pages (self->renderer);
  g_autofree char *count = g_strdup_printf (_ ("of %d"), n_pages);

  adw_window_title_set_subtitle (self->window_title, title != NULL ? title : "");
  gtk_label_set_text (self->page_count_label, count);
  /* turned before the first pages are asked for */
  karta_previewer_window_recall_rotation (self);
  karta_pdf_view_set_renderer (self->view, self->renderer);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->display_name, -1);
  gtk_stack_set_visible_child_name (self->stack, "document");
  show_document_controls (self, TRUE);
  update_page_entry (self);
  karta_previewer_window_update_actions (self);
  on_reveal_pages (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (KartaPreviewerWindow) self = user_data;
  KartaPdfRenderer *renderer = KARTA_PDF_RENDERER (source);
  g_autoptr (GError) error = NULL;

  if (karta_pdf_renderer_open_finish (renderer, result, &error))
    {
      g_set_object (&self->renderer, renderer);
      karta_previewer_window_password_accepted (self);
      show_document (self);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  else if (g_error_matches (error, KARTA_ERROR, KARTA_ERROR_NEEDS_PASSWORD) ||
           g_error_matches (error, KARTA_ERROR, KARTA_ERROR_WRONG_PASSWORD))
    karta_previewer_window_need_password (self, g_error_matches (error, KARTA_ERROR, KARTA_ERROR_WRONG_PASSWORD));
  else
    karta_previewer_window_show_error (self, error->message);
}

/* A renderer opens one document once: every try gets a new one */
void
karta_previewer_window_open (KartaPreviewerWindow *self,
                             const char           *password)
{
  g_autoptr (KartaPdfRenderer) renderer = karta_pdf_renderer_new ();

  karta_pdf_renderer_open_async (renderer, self->file, self->sha256, password, self->cancellable,
                                 on_opened, g_object_ref (self));
}

/* The key of a file's rendered pages in the disk cache. A file from the
 * command line is not hashed (reading 10 MB of scans would delay its first
 * page by a tenth of a second): its key is made from where it is, its size
 * and its change time, so that a changed file is drawn again. NULL when
 * the file cannot be read: the renderer then says what is wrong. */
static char *
cache_key_for (GFile *file)
{
  g_autoptr (GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_CHANGED "," G_FILE_ATTRIBUTE_UNIX_INODE,
                                                  G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *identity = NULL;

  if (info == NULL || path == NULL)
    return NULL;
  identity = g_strdup_printf ("karta-file\n%s\n%" G_GINT64_FORMAT "\n%" G_GUINT64_FORMAT "\n%" G_GUINT64_FORMAT,
                              path, g_file_info_get_size (info),
                              g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_CHANGED),
                              g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE));
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, identity, -1);
}

static void
karta_previewer_window_dispose (GObject *object)
{
  KartaPreviewerWindow *self = KARTA_PREVIEWER_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->zoom_idle, g_source_remove);
  karta_previewer_window_stop_search (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_PREVIEWER_WINDOW);
  g_clear_object (&self->renderer);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (karta_previewer_window_parent_class)->dispose (object);
}

static void
karta_previewer_window_finalize (GObject *object)
{
  KartaPreviewerWindow *self = KARTA_PREVIEWER_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_free (self->display_name);
  g_free (self->sha256);
  g_free (self->password_to_keep);

  G_OBJECT_CLASS (karta_previewer_window_parent_class)->finalize (object);
}

static void
karta_previewer_window_class_init (KartaPreviewerWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_previewer_window_dispose;
  object_class->finalize = karta_previewer_window_finalize;

  g_type_ensure (KARTA_TYPE_PDF_VIEW);
  g_type_ensure (KARTA_TYPE_PDF_THUMBNAILS);
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/previewer/karta-previewer-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, page_box);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, page_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, page_count_label);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, search_status);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, thumbnails);
  gtk_widget_class_bind_template_child (widget_class, KartaPreviewerWindow, view);
  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_activate);

  karta_previewer_window_class_init_actions (widget_class);
  karta_previewer_window_class_init_search (widget_class);
}

static void
karta_previewer_window_init (KartaPreviewerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  show_document_controls (self, FALSE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->view, "notify::page", G_CALLBACK (update_page_entry), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::zoom", G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_pages), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->thumbnails, "notify::page", G_CALLBACK (on_thumbnail_selected), self,
                           G_CONNECT_SWAPPED);
  show_zoom (self);
  karta_previewer_window_init_actions (self);
  karta_previewer_window_update_actions (self);
}

static KartaPreviewerWindow *
document_window_new (GtkApplication *application,
                     GFile          *file,
                     const char     *display_name)
{
  KartaPreviewerWindow *self = g_object_new (KARTA_TYPE_PREVIEWER_WINDOW, "application", application, NULL);

  self->file = g_object_ref (file);
  self->display_name = display_name != NULL ? g_strdup (display_name) : g_file_get_basename (file);
  gtk_window_set_title (GTK_WINDOW (self), self->display_name);
  adw_window_title_set_title (self->window_title, self->display_name);
  return self;
}

/**
 * karta_previewer_window_new:
 * @file: a PDF that is not (or not known to be) in the library
 *
 * A window showing @file, such as one given on the command line; it opens
 * the document in the background.
 */
KartaPreviewerWindow *
karta_previewer_window_new (GtkApplication *application,
                            GFile          *file)
{
  KartaPreviewerWindow *self = document_window_new (application, file, NULL);

  self->sha256 = cache_key_for (file);
  karta_previewer_window_open (self, NULL);
  return self;
}

/**
 * karta_previewer_window_show:
 * @parent: (nullable): the window it is opened from
 * @document: an attached document of @store
 *
 * Opens the previewer on @document's stored file and presents it. It is a
 * window of its own, not a dialog: it can stay open beside the library
 * (or go to the projector in a meeting).
 *
 * Returns: (transfer none): the window
 */
KartaPreviewerWindow *
karta_previewer_window_show (GtkWindow           *parent,
                             KartaStore          *store,
                             const KartaDocument *document)
{
  g_autofree char *path = karta_file_store_path (store, document->sha256);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkApplication       *application = parent != NULL ? gtk_window_get_application (parent) : NULL;
  KartaPreviewerWindow *self = document_window_new (application, file, document->file_name);

  self->store = g_object_ref (store);
  self->document_id = document->id;
  self->sha256 = g_strdup (document->sha256);
  karta_previewer_window_open (self, NULL);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
