/* karta-pdf-view.c — the pages of a PDF one below the other, drawn as they
 * scroll into view
 *
 * A GtkScrollable for a GtkScrolledWindow: the geometry is computed once
 * per zoom (karta-pdf-layout.c), snapshot() only places the textures of the
 * pages on screen (karta-pdf-view-render.c asks the renderer for them) and
 * draws the search matches and the selection on top. When the zoom or the
 * rotation changes, the point under the pointer (or at the top) stays where
 * it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-view"

#include "config.h"

#include <math.h>

#include "karta-pdf-view-private.h"

enum
{
  PROP_0,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_SIZING,
  PROP_ROTATION,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE_WITH_CODE (KartaPdfView, karta_pdf_view, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static gboolean
has_pages (KartaPdfView *self)
{
  return karta_pdf_layout_get_n_pages (&self->layout) > 0;
}

/* Where the content's origin is in the widget: scrolled away, or centred */
void
karta_pdf_view_content_origin (KartaPdfView *self,
                               double       *x,
                               double       *y)
{
  *x = -gtk_adjustment_get_value (self->scroll.hadjustment);
  *y = -gtk_adjustment_get_value (self->scroll.vadjustment);
}

/* The current page is the one at the top, unless less than half of it is
 * still in view */
static void
update_current_page (KartaPdfView *self)
{
  double top = -1, height = gtk_widget_get_height (GTK_WIDGET (self)), x;
  guint  page, n_pages = karta_pdf_layout_get_n_pages (&self->layout);
  double page_height, visible;

  if (n_pages == 0)
    return;
  karta_pdf_view_content_origin (self, &x, &top);
  top = -top;
  page = karta_pdf_layout_page_at (&self->layout, top);
  page_height = self->layout.tops[page + 1] - KARTA_PDF_LAYOUT_GAP - self->layout.tops[page];
  visible = MIN (self->layout.tops[page] + page_height, top + height) - MAX (self->layout.tops[page], top);
  if (page + 1 < n_pages && visible < page_height / 2 && visible < height / 2)
    page++;
  if (page != self->page)
    {
      self->page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
}

static void
on_adjustment_changed (KartaPdfView *self)
{
  update_current_page (self);
  karta_pdf_view_update_renders (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
configure_adjustments (KartaPdfView *self,
                       double        x,
                       double        y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double content_width = MAX (self->layout.width, width), content_height = MAX (self->layout.height, height);

  gtk_adjustment_configure (self->scroll.hadjustment, CLAMP (x, 0, content_width - width), 0, content_width,
                            width * 0.1, width * 0.9, width);
  gtk_adjustment_configure (self->scroll.vadjustment, CLAMP (y, 0, content_height - height), 0, content_height,
                            height * 0.1, height * 0.9, height);
}

/* The zoom the sizing asks for in the current allocation */
static double
zoom_for_sizing (KartaPdfView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));

  /* fitting measures the pages as they are about to be turned */
  self->layout.rotation = self->rotation;
  switch (self->sizing)
    {
    case KARTA_PDF_SIZING_AUTOMATIC:
      return MIN (karta_pdf_layout_fit_width (&self->layout, width), KARTA_PDF_VIEW_REAL_SIZE);
    case KARTA_PDF_SIZING_FIT_WIDTH:
      return karta_pdf_layout_fit_width (&self->layout, width);
    case KARTA_PDF_SIZING_FIT_PAGE:
      return karta_pdf_layout_fit_page (&self->layout, self->page, width, height);
    case KARTA_PDF_SIZING_FREE:
    default:
      return self->zoom;
    }
}

/* Lays the pages out again at the zoom and rotation, keeping the point
 * of the document at (@x, @y) in the widget where it is */
static void
relayout_around (KartaPdfView *self,
                 double        x,
                 double        y)
{
  double origin_x, origin_y, content_x, content_y, span, fraction, old_width = self->layout.width;
  guint  page;
  double zoom = CLAMP (zoom_for_sizing (self), KARTA_PDF_VIEW_MIN_ZOOM, KARTA_PDF_VIEW_MAX_ZOOM);

  if (!has_pages (self))
    {
      configure_adjustments (self, 0, 0);
      return;
    }
  karta_pdf_view_content_origin (self, &origin_x, &origin_y);
  content_x = x - origin_x;
  content_y = y - origin_y;
  /* the page and the gap above it */
  page = karta_pdf_layout_page_at (&self->layout, content_y + KARTA_PDF_LAYOUT_GAP);
  span = self->layout.tops[page + 1] - self->layout.tops[page];
  fraction = (content_y - (self->layout.tops[page] - KARTA_PDF_LAYOUT_GAP)) / span;

  karta_pdf_layout_update (&self->layout, zoom, self->rotation);
  if (zoom != self->zoom)
    {
      self->zoom = zoom;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  span = self->layout.tops[page + 1] - self->layout.tops[page];
  content_y = self->layout.tops[page] - KARTA_PDF_LAYOUT_GAP + fraction * span;
  content_x = old_width > 0 ? content_x * self->layout.width / old_width : 0;
  configure_adjustments (self, content_x - x, content_y - y);
}

/* Lays the pages out for the widget's size, then asks for those in view */
static void
lay_out (KartaPdfView *self)
{
  relayout_around (self, 0, 0);
  self->laid_out = TRUE;
  on_adjustment_changed (self);
}

static void
karta_pdf_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  lay_out (KARTA_PDF_VIEW (widget));
}

static void
karta_pdf_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (karta_pdf_view_parent_class)->map (widget);
  karta_pdf_view_update_renders (KARTA_PDF_VIEW (widget));
}

static void
karta_pdf_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (karta_pdf_view_parent_class)->css_changed (widget, change);
  karta_pdf_view_update_colours (KARTA_PDF_VIEW (widget));
  gtk_widget_queue_draw (widget);
}

static void
karta_pdf_view_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  KartaPdfView *self = KARTA_PDF_VIEW (widget);

  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->layout.width : self->layout.height;
}

static void
karta_pdf_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KartaPdfView *self = KARTA_PDF_VIEW (widget);
  double        x, y, height = gtk_widget_get_height (widget), width = gtk_widget_get_width (widget);
  guint         first, last;

  if (!has_pages (self))
    return;
  karta_pdf_view_content_origin (self, &x, &y);
  first = karta_pdf_layout_page_at (&self->layout, -y);
  last = karta_pdf_layout_page_at (&self->layout, -y + height);
  for (guint page = first; page <= last; page++)
    {
      graphene_rect_t rect;

      karta_pdf_layout_page_rect (&self->layout, page, width, &rect);
      rect.origin.x += x;
      rect.origin.y += y;
      karta_pdf_view_snapshot_page (self, snapshot, page, &rect);
      karta_pdf_view_snapshot_marks (self, snapshot, page, &rect);
    }
}

static void
karta_pdf_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KartaPdfView *self = KARTA_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SIZING:
      g_value_set_int (value, self->sizing);
      break;
    case PROP_ROTATION:
      g_value_set_int (value, self->rotation);
      break;
    case PROP_HADJUSTMENT:
    case PROP_VADJUSTMENT:
    case PROP_HSCROLL_POLICY:
    case PROP_VSCROLL_POLICY:
      karta_scrollable_get_property (&self->scroll, prop_id - PROP_HADJUSTMENT, value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_pdf_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KartaPdfView *self = KARTA_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      karta_pdf_view_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      karta_pdf_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SIZING:
      karta_pdf_view_set_sizing (self, g_value_get_int (value));
      break;
    case PROP_ROTATION:
      karta_pdf_view_set_rotation (self, g_value_get_int (value));
      break;
    case PROP_HADJUSTMENT:
    case PROP_VADJUSTMENT:
    case PROP_HSCROLL_POLICY:
    case PROP_VSCROLL_POLICY:
      if (karta_scrollable_set_property (&self->scroll, prop_id - PROP_HADJUSTMENT, value,
                                         G_CALLBACK (on_adjustment_changed), self))
        gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_pdf_view_dispose (GObject *object)
{
  KartaPdfView *self = KARTA_PDF_VIEW (object);

  karta_pdf_view_clear_pages (self);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  karta_scrollable_clear (&self->scroll, G_CALLBACK (on_adjustment_changed), self);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (karta_pdf_view_parent_class)->dispose (object);
}

static void
karta_pdf_view_class_init (KartaPdfViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_pdf_view_dispose;
  object_class->get_property = karta_pdf_view_get_property;
  object_class->set_property = karta_pdf_view_set_property;
  widget_class->size_allocate = karta_pdf_view_size_allocate;
  widget_class->measure = karta_pdf_view_measure;
  widget_class->map = karta_pdf_view_map;
  widget_class->css_changed = karta_pdf_view_css_changed;
  widget_class->snapshot = karta_pdf_view_snapshot;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, KARTA_PDF_VIEW_MIN_ZOOM, KARTA_PDF_VIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZING] =
    g_param_spec_int ("sizing", NULL, NULL, KARTA_PDF_SIZING_AUTOMATIC, KARTA_PDF_SIZING_FREE,
                      KARTA_PDF_SIZING_AUTOMATIC,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROTATION] =
    g_param_spec_int ("rotation", NULL, NULL, 0, 270, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  karta_scrollable_override_properties (object_class, PROP_HADJUSTMENT);

  karta_pdf_view_class_init_keys (widget_class);
  gtk_widget_class_set_css_name (widget_class, "karta-pdf-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
karta_pdf_view_init (KartaPdfView *self)
{
  self->zoom = 1.0;
  self->sizing = KARTA_PDF_SIZING_AUTOMATIC;
  /* until a scrolled window gives its own */
  karta_scrollable_set_adjustment (&self->scroll.hadjustment, NULL, G_CALLBACK (on_adjustment_changed), self);
  karta_scrollable_set_adjustment (&self->scroll.vadjustment, NULL, G_CALLBACK (on_adjustment_changed), self);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  /* sharp on a HiDPI display: the pages are drawn again at its scale */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (karta_pdf_view_update_renders), NULL);
  karta_pdf_view_init_input (self);
}

GtkWidget *
karta_pdf_view_new (void)
{
  return g_object_new (KARTA_TYPE_PDF_VIEW, NULL);
}

/**
 * karta_pdf_view_set_renderer:
 * @renderer: (nullable): an open document
 *
 * Shows the pages of @renderer from the first one, at the same sizing.
 */
void
karta_pdf_view_set_renderer (KartaPdfView     *self,
                             KartaPdfRenderer *renderer)
{
  g_autofree graphene_size_t *sizes = NULL;
  int                         n_pages = renderer != NULL ? karta_pdf_renderer_get_n_pages (renderer) : 0;

  g_return_if_fail (KARTA_IS_PDF_VIEW (self));

  karta_pdf_view_clear_pages (self);
  karta_pdf_layout_clear (&self->layout);
  g_set_object (&self->renderer, renderer);
  g_clear_pointer (&self->matches, g_array_unref);
  self->has_selection = FALSE;
  sizes = g_new0 (graphene_size_t, MAX (n_pages, 1));
  for (int i = 0; i < n_pages; i++)
    {
      double width, height;

      karta_pdf_renderer_get_page_size (renderer, i, &width, &height);
      graphene_size_init (&sizes[i], width, height);
    }
  karta_pdf_layout_init (&self->layout, sizes, n_pages);
  karta_pdf_layout_update (&self->layout, self->zoom, self->rotation);
  self->pages = g_new0 (KartaPdfViewPage, n_pages);
  self->page = 0;
  /* no page is asked for before the zoom that fits the view is known: at
   * once if the view has its size already, else once it is allocated */
  self->laid_out = FALSE;
  gtk_adjustment_set_value (self->scroll.vadjustment, 0);
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    lay_out (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

KartaPdfRenderer *
karta_pdf_view_get_renderer (KartaPdfView *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), NULL);
  return self->renderer;
}

guint
karta_pdf_view_get_page (KartaPdfView *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), 0);
  return self->page;
}

/* Scrolls @page to the top of the view */
void
karta_pdf_view_set_page (KartaPdfView *self,
                         guint         page)
{
  g_return_if_fail (KARTA_IS_PDF_VIEW (self));

  if (!has_pages (self))
    return;
  page = MIN (page, karta_pdf_layout_get_n_pages (&self->layout) - 1);
  if (self->sizing == KARTA_PDF_SIZING_FIT_PAGE && page != self->page)
    {
      /* fitting the page depends on which page it is */
      self->page = page;
      relayout_around (self, 0, 0);
    }
  gtk_adjustment_set_value (self->scroll.vadjustment, self->layout.tops[page] - KARTA_PDF_LAYOUT_GAP);
  if (self->page != page)
    {
      self->page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
}

double
karta_pdf_view_get_zoom (KartaPdfView *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), 1.0);
  return self->zoom;
}

/* Changes the zoom keeping the point at (@x, @y) of the widget in place */
void
karta_pdf_view_zoom_around (KartaPdfView *self,
                            double        zoom,
                            double        x,
                            double        y)
{
  zoom = CLAMP (zoom, KARTA_PDF_VIEW_MIN_ZOOM, KARTA_PDF_VIEW_MAX_ZOOM);
  karta_pdf_view_set_sizing (self, KARTA_PDF_SIZING_FREE);
  if (fabs (zoom - self->zoom) < 1e-6)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  relayout_around (self, x, y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Sets a free zoom, around the top of the view */
void
karta_pdf_view_set_zoom (KartaPdfView *self,
                         double        zoom)
{
  g_return_if_fail (KARTA_IS_PDF_VIEW (self));
  karta_pdf_view_zoom_around (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2, 0);
}

void
karta_pdf_view_zoom_by (KartaPdfView *self,
                        double        factor)
{
  g_return_if_fail (KARTA_IS_PDF_VIEW (self));
  karta_pdf_view_set_zoom (self, self->zoom * factor);
}

KartaPdfSizing
karta_pdf_view_get_sizing (KartaPdfView *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), KARTA_PDF_SIZING_AUTOMATIC);
  return self->sizing;
}

void
karta_pdf_view_set_sizing (KartaPdfView  *self,
                           KartaPdfSizing sizing)
{
  g_return_if_fail (KARTA_IS_PDF_VIEW (self));

  if (self->sizing == sizing)
    return;
  self->sizing = sizing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZING]);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

int
karta_pdf_view_get_rotation (KartaPdfView *self)
{
  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), 0);
  return self->rotation;
}

/* Turns every page by @rotation degrees clockwise (any multiple of 90) */
void
karta_pdf_view_set_rotation (KartaPdfView *self,
                             int           rotation)
{
  g_return_if_fail (KARTA_IS_PDF_VIEW (self));

  rotation = ((rotation % 360) + 360) % 360 / 90 * 90;
  if (self->rotation == rotation)
    return;
  self->rotation = rotation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROTATION]);
  relayout_around (self, 0, 0);
  on_adjustment_changed (self);
}
