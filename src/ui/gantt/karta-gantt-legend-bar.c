/* karta-gantt-legend-bar.c — the key to a Gantt chart's statuses and marks,
 * under the chart on screen
 *
 * The painter's legend, the one on every printed page, drawn with the
 * view's colours and text size: it follows the dark style and grows with
 * the chart in meeting mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "karta-gantt-legend-bar.h"

struct _KartaGanttLegendBar
{
  GtkWidget       parent_instance;
  KartaGanttView *view;            /* weak: the view lives beside the bar */
  int             allocated_width; /* the last one, for a height asked without a width */
};

enum
{
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KartaGanttLegendBar, karta_gantt_legend_bar, GTK_TYPE_WIDGET)

KartaGanttView *
karta_gantt_legend_bar_get_view (KartaGanttLegendBar *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_LEGEND_BAR (self), NULL);
  return self->view;
}

static void
on_view_changed (KartaGanttLegendBar *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
karta_gantt_legend_bar_set_view (KartaGanttLegendBar *self,
                                 KartaGanttView      *view)
{
  g_return_if_fail (KARTA_IS_GANTT_LEGEND_BAR (self));
  g_return_if_fail (view == NULL || KARTA_IS_GANTT_VIEW (view));

  if (self->view == view)
    return;
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_set_weak_pointer (&self->view, view);
  if (view != NULL)
    g_signal_connect_object (view, "notify::meeting-mode", G_CALLBACK (on_view_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
karta_gantt_legend_bar_measure (GtkWidget     *widget,
                                GtkOrientation orientation,
                                int            for_size,
                                int           *minimum,
                                int           *natural,
                                int           *minimum_baseline,
                                int           *natural_baseline)
{
  KartaGanttLegendBar *self = KARTA_GANTT_LEGEND_BAR (widget);

  int width = for_size > 0 ? for_size : self->allocated_width > 0 ? self->allocated_width
                                                                  : G_MAXINT;

  /* as wide as it is given, and as high as its lines in that width: a box
   * that asks for the height without a width gets the one for the width
   * it gave last */
  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL && self->view != NULL)
    *minimum = *natural = (int) ceil (karta_gantt_legend_height (karta_gantt_view_get_layout (self->view), width));
}

static void
karta_gantt_legend_bar_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  KartaGanttLegendBar *self = KARTA_GANTT_LEGEND_BAR (widget);

  if (width == self->allocated_width || self->view == NULL)
    return;
  self->allocated_width = width;
  /* another width, maybe another number of lines: asked again */
  if (height != (int) ceil (karta_gantt_legend_height (karta_gantt_view_get_layout (self->view), width)))
    gtk_widget_queue_resize (widget);
}

static GtkSizeRequestMode
karta_gantt_legend_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
karta_gantt_legend_bar_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  KartaGanttLegendBar *self = KARTA_GANTT_LEGEND_BAR (widget);
  int                  width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t             *cr;

  if (self->view == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  karta_gantt_draw_legend (karta_gantt_view_get_layout (self->view), cr, 0, 0, width);
  cairo_destroy (cr);
}

/* The dark style, a new font: the view's palette changed with it */
static void
karta_gantt_legend_bar_css_changed (GtkWidget         *widget,
                                    GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (karta_gantt_legend_bar_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
karta_gantt_legend_bar_dispose (GObject *object)
{
  karta_gantt_legend_bar_set_view (KARTA_GANTT_LEGEND_BAR (object), NULL);

  G_OBJECT_CLASS (karta_gantt_legend_bar_parent_class)->dispose (object);
}

static void
karta_gantt_legend_bar_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KartaGanttLegendBar *self = KARTA_GANTT_LEGEND_BAR (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_gantt_legend_bar_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KartaGanttLegendBar *self = KARTA_GANTT_LEGEND_BAR (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      karta_gantt_legend_bar_set_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_gantt_legend_bar_class_init (KartaGanttLegendBarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_gantt_legend_bar_dispose;
  object_class->get_property = karta_gantt_legend_bar_get_property;
  object_class->set_property = karta_gantt_legend_bar_set_property;
  widget_class->measure = karta_gantt_legend_bar_measure;
  widget_class->size_allocate = karta_gantt_legend_bar_size_allocate;
  widget_class->get_request_mode = karta_gantt_legend_bar_get_request_mode;
  widget_class->snapshot = karta_gantt_legend_bar_snapshot;
  widget_class->css_changed = karta_gantt_legend_bar_css_changed;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, KARTA_TYPE_GANTT_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "karta-gantt-legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
karta_gantt_legend_bar_init (KartaGanttLegendBar *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Legend of the chart"), -1);
}
