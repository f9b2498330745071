/* karta-gantt-view.c — a roadmap's Gantt chart on screen
 *
 * A GtkScrollable: in a GtkScrolledWindow it gets kinetic and touchpad
 * scrolling, while the painter keeps the left column and the time header
 * in place. The adjustments count the scrolling part only — time x and
 * row y of the painter. snapshot() asks the painter for the viewport and
 * keeps the node it made until the viewport or the layout changes, so a
 * tooltip or a drag redraws nothing but itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "karta-gantt-view-private.h"
#include "karta-theme-font.h"

enum
{
  PROP_0,
  PROP_PIXELS_PER_DAY,
  PROP_MEETING_MODE,
  PROP_SELECTED,
  PROP_LABEL_WIDTH,
  PROP_WRAP_TITLES,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum
{
  SIGNAL_ACTIVATE,
  SIGNAL_RESCHEDULE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

#define MEETING_TEXT_SCALE 1.5
#define MAX_LABEL_EMS      100.0
#define WRAPPED_LINES      3

G_DEFINE_FINAL_TYPE_WITH_CODE (KartaGanttView, karta_gantt_view, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/**
 * karta_gantt_view_invalidate:
 *
 * Drops the chart of the last frame: the layout or the viewport changed.
 */
void
karta_gantt_view_invalidate (KartaGanttView *self)
{
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
karta_gantt_view_get_viewport (KartaGanttView     *self,
                               KartaGanttViewport *viewport)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  viewport->x = self->scroll.hadjustment ? gtk_adjustment_get_value (self->scroll.hadjustment) : 0;
  viewport->y = self->scroll.vadjustment ? gtk_adjustment_get_value (self->scroll.vadjustment) : 0;
  viewport->width = gtk_widget_get_width (GTK_WIDGET (self));
  viewport->height = gtk_widget_get_height (GTK_WIDGET (self));
}

/* Selection */

gint64
karta_gantt_view_get_selected (KartaGanttView *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_VIEW (self), 0);
  return karta_gantt_layout_get_selected (self->layout);
}

/**
 * karta_gantt_view_select:
 * @activity_id: the activity, or 0 for none
 *
 * Selects the activity and scrolls to its row.
 */
void
karta_gantt_view_select (KartaGanttView *self,
                         gint64          activity_id)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  if (activity_id != 0)
    karta_gantt_view_scroll_to_row (self, karta_gantt_layout_find_activity (self->layout, activity_id));
  if (karta_gantt_layout_get_selected (self->layout) == activity_id)
    return;
  karta_gantt_layout_set_selected (self->layout, activity_id);
  karta_gantt_view_describe_selected (self);
  karta_gantt_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Meeting mode */

gboolean
karta_gantt_view_get_meeting_mode (KartaGanttView *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_VIEW (self), FALSE);
  return self->meeting_mode;
}

/**
 * karta_gantt_view_set_meeting_mode:
 *
 * For a projector: larger text and rows, and no dragging.
 */
void
karta_gantt_view_set_meeting_mode (KartaGanttView *self,
                                   gboolean        meeting_mode)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  meeting_mode = !!meeting_mode;
  if (self->meeting_mode == meeting_mode)
    return;
  self->meeting_mode = meeting_mode;
  karta_gantt_layout_set_text_scale (self->layout, meeting_mode ? MEETING_TEXT_SCALE : 1.0);
  karta_gantt_view_update_label_width (self);
  /* the whole period, once the window has its new size */
  self->fitted = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  karta_gantt_view_layout_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_MODE]);
}

/* The layout */

KartaGanttLayout *
karta_gantt_view_get_layout (KartaGanttView *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_VIEW (self), NULL);
  return self->layout;
}

/**
 * karta_gantt_view_layout_changed:
 *
 * Shows what changed in the layout: its rows (a filter, a collapsed
 * section), its palette or its geometry.
 */
void
karta_gantt_view_layout_changed (KartaGanttView *self)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  karta_gantt_view_keep_adjustments (self);
  karta_gantt_view_invalidate (self);
}

/**
 * karta_gantt_view_set_roadmap:
 * @roadmap: (nullable): the roadmap, of which the view keeps a reference
 *
 * Shows @roadmap; another roadmap than before starts with its whole period
 * in view, the same one (reloaded after a change) keeps the zoom, the
 * scroll position, the selection and the collapsed sections.
 */
void
karta_gantt_view_set_roadmap (KartaGanttView *self,
                              KartaRoadmap   *roadmap)
{
  KartaRoadmap *old;
  gint64        old_id;

  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  old = karta_gantt_layout_get_roadmap (self->layout);
  old_id = old != NULL ? old->id : 0;
  karta_gantt_layout_set_roadmap (self->layout, roadmap);
  if (roadmap != NULL && (old_id == 0 || old_id != roadmap->id))
    {
      karta_gantt_layout_set_selected (self->layout, 0);
      if (self->scroll.vadjustment != NULL)
        gtk_adjustment_set_value (self->scroll.vadjustment, 0.0);
      karta_gantt_view_fit_period (self);
    }
  karta_gantt_view_layout_changed (self);
}

/* Colours */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
update_palette (KartaGanttView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  karta_gantt_palette_init_screen (&self->palette, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &self->accent))
    gdk_rgba_parse (&self->accent, "#3584e4");

  g_free (self->font_family);
  self->font_family = karta_theme_font_get (GTK_WIDGET (self), &self->palette.base.font_size);
  self->palette.base.font_family = self->font_family;
  karta_gantt_layout_set_palette (self->layout, &self->palette);
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
karta_gantt_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (widget);

  GTK_WIDGET_CLASS (karta_gantt_view_parent_class)->css_changed (widget, change);
  update_palette (self);
  karta_gantt_view_layout_changed (self);
}

/* The left column */

double
karta_gantt_view_get_label_width (KartaGanttView *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_VIEW (self), 0.0);
  return self->label_ems;
}

/**
 * karta_gantt_view_set_label_width:
 * @label_ems: the width of the titles' column in sizes of its text (it
 *   grows with it in meeting mode), or 0 for as wide as the titles want
 *   and the window allows
 *
 * What the user made of the column by dragging its edge.
 */
void
karta_gantt_view_set_label_width (KartaGanttView *self,
                                  double          label_ems)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  if (self->label_ems == label_ems)
    return;
  karta_gantt_view_apply_label_width (self, label_ems);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL_WIDTH]);
}

gboolean
karta_gantt_view_get_wrap_titles (KartaGanttView *self)
{
  g_return_val_if_fail (KARTA_IS_GANTT_VIEW (self), FALSE);
  return self->wrap_titles;
}

/**
 * karta_gantt_view_set_wrap_titles:
 *
 * Activity titles on up to three lines, the rows growing to hold them,
 * instead of one line cut short; the selected row stays in view.
 */
void
karta_gantt_view_set_wrap_titles (KartaGanttView *self,
                                  gboolean        wrap_titles)
{
  g_return_if_fail (KARTA_IS_GANTT_VIEW (self));

  wrap_titles = !!wrap_titles;
  if (self->wrap_titles == wrap_titles)
    return;
  self->wrap_titles = wrap_titles;
  karta_gantt_layout_set_title_lines (self->layout, wrap_titles ? WRAPPED_LINES : 1);
  karta_gantt_view_layout_changed (self);
  karta_gantt_view_scroll_to_row (self, karta_gantt_layout_find_activity (self->layout, karta_gantt_layout_get_selected (self->layout)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRAP_TITLES]);
}

/* Drawing */

static void
karta_gantt_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (widget);

  karta_gantt_view_update_label_width (self);
  if (self->fitted)
    karta_gantt_view_fit_period (self);
  karta_gantt_view_keep_adjustments (self);
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
}

static void
karta_gantt_view_measure (GtkWidget     *widget,
                          GtkOrientation orientation,
                          int            for_size,
                          int           *minimum,
                          int           *natural,
                          int           *minimum_baseline,
                          int           *natural_baseline)
{
  /* The scrolled window gives the rest: the content scrolls */
  *minimum = 100;
  *natural = 400;
}

static GskRenderNode *
chart_node_new (KartaGanttView           *self,
                const KartaGanttViewport *viewport)
{
  GskRenderNode *node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, viewport->width, viewport->height));
  cairo_t       *cr = gsk_cairo_node_get_draw_context (node);

  karta_gantt_draw (self->layout, cr, viewport);
  cairo_destroy (cr);
  return node;
}

static gboolean
viewport_equal (const KartaGanttViewport *a,
                const KartaGanttViewport *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

static void
karta_gantt_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KartaGanttView    *self = KARTA_GANTT_VIEW (widget);
  KartaGanttViewport viewport;

  karta_gantt_view_get_viewport (self, &viewport);
  if (viewport.width <= 0 || viewport.height <= 0)
    return;
  if (self->chart_node == NULL || !viewport_equal (&viewport, &self->chart_viewport))
    {
      g_clear_pointer (&self->chart_node, gsk_render_node_unref);
      self->chart_node = chart_node_new (self, &viewport);
      self->chart_viewport = viewport;
    }
  gtk_snapshot_append_node (snapshot, self->chart_node);
  karta_gantt_view_snapshot_drop (self, snapshot);
  karta_gantt_view_snapshot_drag (self, snapshot);
}

/* Hit testing: one function for clicks, drags and tooltips */
gboolean
karta_gantt_view_hit (KartaGanttView *self,
                      double          x,
                      double          y,
                      KartaGanttHit  *hit)
{
  KartaGanttViewport viewport;

  karta_gantt_view_get_viewport (self, &viewport);
  return karta_gantt_layout_hit_test (self->layout, &viewport, x, y, hit);
}

void
karta_gantt_view_emit_activate (KartaGanttView *self,
                                gint64          activity_id)
{
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0, activity_id);
}

void
karta_gantt_view_emit_reschedule (KartaGanttView       *self,
                                  const KartaGanttDrag *drag)
{
  g_signal_emit (self, signals[SIGNAL_RESCHEDULE], 0, drag->activity_id, drag->span,
                 (guint) drag->new_start, (guint) drag->new_end);
}

/* GObject */

static void
karta_gantt_view_dispose (GObject *object)
{
  KartaGanttView *self = (KartaGanttView *) object;

  karta_scrollable_clear (&self->scroll, G_CALLBACK (karta_gantt_view_invalidate), self);
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);

  G_OBJECT_CLASS (karta_gantt_view_parent_class)->dispose (object);
}

static void
karta_gantt_view_finalize (GObject *object)
{
  KartaGanttView *self = (KartaGanttView *) object;

  g_clear_pointer (&self->layout, karta_gantt_layout_free);
  g_clear_pointer (&self->font_family, g_free);

  G_OBJECT_CLASS (karta_gantt_view_parent_class)->finalize (object);
}

static void
karta_gantt_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PIXELS_PER_DAY:
      g_value_set_double (value, karta_gantt_layout_get_pixels_per_day (self->layout));
      break;
    case PROP_MEETING_MODE:
      g_value_set_boolean (value, self->meeting_mode);
      break;
    case PROP_SELECTED:
      g_value_set_int64 (value, karta_gantt_layout_get_selected (self->layout));
      break;
    case PROP_LABEL_WIDTH:
      g_value_set_double (value, self->label_ems);
      break;
    case PROP_WRAP_TITLES:
      g_value_set_boolean (value, self->wrap_titles);
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
karta_gantt_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PIXELS_PER_DAY:
      karta_gantt_view_set_pixels_per_day (self, g_value_get_double (value));
      break;
    case PROP_MEETING_MODE:
      karta_gantt_view_set_meeting_mode (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED:
      karta_gantt_view_select (self, g_value_get_int64 (value));
      break;
    case PROP_LABEL_WIDTH:
      karta_gantt_view_set_label_width (self, g_value_get_double (value));
      break;
    case PROP_WRAP_TITLES:
      karta_gantt_view_set_wrap_titles (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
    case PROP_VADJUSTMENT:
    case PROP_HSCROLL_POLICY:
    case PROP_VSCROLL_POLICY:
      if (karta_scrollable_set_property (&self->scroll, prop_id - PROP_HADJUSTMENT, value,
                                         G_CALLBACK (karta_gantt_view_invalidate), self))
        karta_gantt_view_keep_adjustments (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_gantt_view_class_init (KartaGanttViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_gantt_view_dispose;
  object_class->finalize = karta_gantt_view_finalize;
  object_class->get_property = karta_gantt_view_get_property;
  object_class->set_property = karta_gantt_view_set_property;
  widget_class->measure = karta_gantt_view_measure;
  widget_class->size_allocate = karta_gantt_view_size_allocate;
  widget_class->snapshot = karta_gantt_view_snapshot;
  widget_class->css_changed = karta_gantt_view_css_changed;
  widget_class->query_tooltip = karta_gantt_view_query_tooltip;

  properties[PROP_PIXELS_PER_DAY] =
    g_param_spec_double ("pixels-per-day", NULL, NULL,
                         KARTA_GANTT_MIN_PIXELS_PER_DAY, KARTA_GANTT_MAX_PIXELS_PER_DAY, 3.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_MODE] =
    g_param_spec_boolean ("meeting-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_int64 ("selected", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL_WIDTH] =
    g_param_spec_double ("label-width", NULL, NULL, 0.0, MAX_LABEL_EMS, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRAP_TITLES] =
    g_param_spec_boolean ("wrap-titles", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  karta_scrollable_override_properties (object_class, PROP_HADJUSTMENT);

  /**
   * KartaGanttView::activate:
   * @activity_id: the activity to open
   *
   * Enter or a double click on an activity.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * KartaGanttView::reschedule:
   * @activity_id: the activity whose bar was dragged
   * @span: the index of the span in its schedule
   * @start: the span's new first day (a KartaDay)
   * @end: its new last day
   *
   * A bar was dropped at other dates.
   */
  signals[SIGNAL_RESCHEDULE] =
    g_signal_new ("reschedule", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_INT64, G_TYPE_INT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "karta-gantt-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  karta_gantt_view_class_init_keys (widget_class);
}

static void
karta_gantt_view_init (KartaGanttView *self)
{
  self->layout = karta_gantt_layout_new (NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  update_palette (self);
  karta_gantt_view_init_labels (self);
  karta_gantt_view_init_input (self);
  karta_gantt_view_init_drop (self);
}

GtkWidget *
karta_gantt_view_new (void)
{
  return g_object_new (KARTA_TYPE_GANTT_VIEW, NULL);
}
