/* karta-pdf-thumbnails.c — small pictures of the pages of a PDF, to go to one
 *
 * A list view: only the rows on screen exist, and each asks the renderer
 * for its picture when it is bound to a page (at the lowest priority, after
 * the pages of the main view) and cancels it when it is recycled, so a
 * 300-page document costs what a screenful of thumbnails costs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-thumbnails"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-pdf-thumbnails.h"
#include "karta-pdf-view.h"

#define THUMBNAIL_WIDTH 112.0 /* px */

/* the drawing under way for a list item, cancelled when the item is recycled */
static G_DEFINE_QUARK (karta - thumbnail - job, thumbnail_job)

  struct _KartaPdfThumbnails
{
  AdwBin parent_instance;

  KartaPdfRenderer   *renderer;
  int                 rotation;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
};

enum
{
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KartaPdfThumbnails, karta_pdf_thumbnails, ADW_TYPE_BIN)

typedef struct
{
  GtkPicture   *picture;
  GCancellable *cancellable;
} ThumbnailJob;

static void
thumbnail_job_free (ThumbnailJob *job)
{
  g_object_unref (job->picture);
  g_object_unref (job->cancellable);
  g_free (job);
}

static void
on_thumbnail_rendered (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ThumbnailJob *job = user_data;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = karta_pdf_renderer_render_finish (KARTA_PDF_RENDERER (source), result, &error);

  if (surface != NULL && !g_cancellable_is_cancelled (job->cancellable))
    {
      g_autoptr (GdkTexture) texture = karta_pdf_texture_new (surface);
      gtk_picture_set_paintable (job->picture, GDK_PAINTABLE (texture));
    }
  g_clear_pointer (&surface, cairo_surface_destroy);
  thumbnail_job_free (job);
}

/* The size of a thumbnail of @page, in px */
static void
thumbnail_size (KartaPdfThumbnails *self,
                guint               page,
                double             *width,
                double             *height)
{
  double page_width, page_height;

  karta_pdf_renderer_get_page_size (self->renderer, page, &page_width, &page_height);
  if (self->rotation == 90 || self->rotation == 270)
    {
      double turned = page_width;
      page_width = page_height;
      page_height = turned;
    }
  *width = THUMBNAIL_WIDTH;
  *height = page_width > 0 ? THUMBNAIL_WIDTH * page_height / page_width : THUMBNAIL_WIDTH;
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            KartaPdfThumbnails       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "karta-pdf-thumbnail");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KartaPdfThumbnails       *self)
{
  GtkWidget    *box = gtk_list_item_get_child (item);
  GtkPicture   *picture = GTK_PICTURE (gtk_widget_get_first_child (box));
  GtkLabel     *label = GTK_LABEL (gtk_widget_get_last_child (box));
  guint         page = gtk_list_item_get_position (item);
  double        width, height, page_width, page_height, scale;
  ThumbnailJob *job;

  thumbnail_size (self, page, &width, &height);
  gtk_widget_set_size_request (GTK_WIDGET (picture), width, height);
  gtk_label_set_text (label, gtk_string_object_get_string (gtk_list_item_get_item (item)));
  karta_pdf_renderer_get_page_size (self->renderer, page, &page_width, &page_height);
  scale = width * gtk_widget_get_scale_factor (box) / (self->rotation % 180 ? page_height : page_width);
  job = g_new0 (ThumbnailJob, 1);
  job->picture = g_object_ref (picture);
  job->cancellable = g_cancellable_new ();
  g_object_set_qdata_full (G_OBJECT (item), thumbnail_job_quark (), g_object_ref (job->cancellable), g_object_unref);
  karta_pdf_renderer_render_async (self->renderer, page, scale, self->rotation, KARTA_PDF_PRIORITY_THUMBNAIL,
                                   job->cancellable, on_thumbnail_rendered, job);
}

static void
unbind_item (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             KartaPdfThumbnails       *self)
{
  GtkWidget    *box = gtk_list_item_get_child (item);
  GCancellable *cancellable = g_object_get_qdata (G_OBJECT (item), thumbnail_job_quark ());

  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  g_object_set_qdata (G_OBJECT (item), thumbnail_job_quark (), NULL);
  gtk_picture_set_paintable (GTK_PICTURE (gtk_widget_get_first_child (box)), NULL);
}

static void
on_selected (KartaPdfThumbnails *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* One row per page: its number */
static void
reload (KartaPdfThumbnails *self)
{
  g_autoptr (GtkStringList) pages = gtk_string_list_new (NULL);
  int n_pages = self->renderer != NULL ? karta_pdf_renderer_get_n_pages (self->renderer) : 0;

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i + 1);
      gtk_string_list_append (pages, number);
    }
  g_signal_handlers_block_by_func (self->selection, on_selected, self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (pages));
  g_signal_handlers_unblock_by_func (self->selection, on_selected, self);
}

static void
karta_pdf_thumbnails_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KartaPdfThumbnails *self = KARTA_PDF_THUMBNAILS (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, karta_pdf_thumbnails_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_pdf_thumbnails_dispose (GObject *object)
{
  KartaPdfThumbnails *self = KARTA_PDF_THUMBNAILS (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (karta_pdf_thumbnails_parent_class)->dispose (object);
}

static void
karta_pdf_thumbnails_class_init (KartaPdfThumbnailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = karta_pdf_thumbnails_dispose;
  object_class->get_property = karta_pdf_thumbnails_get_property;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
karta_pdf_thumbnails_init (KartaPdfThumbnails *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget          *scrolled = gtk_scrolled_window_new ();

  self->selection = gtk_single_selection_new (NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Pages"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_size_request (scrolled, THUMBNAIL_WIDTH + 48, -1);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

GtkWidget *
karta_pdf_thumbnails_new (void)
{
  return g_object_new (KARTA_TYPE_PDF_THUMBNAILS, NULL);
}

void
karta_pdf_thumbnails_set_renderer (KartaPdfThumbnails *self,
                                   KartaPdfRenderer   *renderer)
{
  g_return_if_fail (KARTA_IS_PDF_THUMBNAILS (self));

  if (g_set_object (&self->renderer, renderer))
    reload (self);
}

/* The page whose thumbnail is selected */
guint
karta_pdf_thumbnails_get_page (KartaPdfThumbnails *self)
{
  guint selected;

  g_return_val_if_fail (KARTA_IS_PDF_THUMBNAILS (self), 0);
  selected = gtk_single_selection_get_selected (self->selection);
  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

/* Selects the thumbnail of @page and scrolls it into view, quietly */
void
karta_pdf_thumbnails_set_page (KartaPdfThumbnails *self,
                               guint               page)
{
  g_return_if_fail (KARTA_IS_PDF_THUMBNAILS (self));

  if (page == gtk_single_selection_get_selected (self->selection))
    return;
  g_signal_handlers_block_by_func (self->selection, on_selected, self);
  gtk_single_selection_set_selected (self->selection, page);
  g_signal_handlers_unblock_by_func (self->selection, on_selected, self);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", page);
}

/* Draws the thumbnails again turned by @rotation degrees */
void
karta_pdf_thumbnails_set_rotation (KartaPdfThumbnails *self,
                                   int                 rotation)
{
  guint page;

  g_return_if_fail (KARTA_IS_PDF_THUMBNAILS (self));

  if (self->rotation == rotation)
    return;
  page = karta_pdf_thumbnails_get_page (self);
  self->rotation = rotation;
  reload (self);
  karta_pdf_thumbnails_set_page (self, page);
}
