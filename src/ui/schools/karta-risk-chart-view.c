/* karta-risk-chart-view.c — one risk-profile chart of src/render, drawn in
 * the theme's colours
 *
 * The painter takes a palette: on screen it is filled from the style when
 * the CSS changes (dark mode, high contrast), so the chart follows the
 * theme; export and printing use karta_chart_palette_init_print().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-risk-chart-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "karta-risk-chart-view.h"
#include "karta-theme-font.h"

#define DEFAULT_WIDTH 640.0

struct _KartaRiskChartView
{
  GtkWidget parent_instance;

  KartaRiskChartKind kind;
  KartaDistrictSort  sort;
  GPtrArray         *profiles; /* of KartaRiskProfile*; NULL for none */
  KartaChartPalette  palette;
  char              *font_family;
};

G_DEFINE_FINAL_TYPE (KartaRiskChartView, karta_risk_chart_view, GTK_TYPE_WIDGET)

static gboolean
is_district (KartaRiskChartKind kind)
{
  return kind == KARTA_RISK_CHART_DISTRICT_MATRIX || kind == KARTA_RISK_CHART_DISTRICT_BARS;
}

static KartaRiskProfile *
first_profile (KartaRiskChartView *self)
{
  return self->profiles != NULL && self->profiles->len > 0 ? g_ptr_array_index (self->profiles, 0) : NULL;
}

/* Colours */

static KartaRgb
rgb_from_rgba (const GdkRGBA *rgba)
{
  return (KartaRgb){ rgba->red, rgba->green, rgba->blue };
}

static KartaRgb
rgb_mix (KartaRgb a,
         KartaRgb b,
         double   amount)
{
  return (KartaRgb){ a.red + (b.red - a.red) * amount,
                     a.green + (b.green - a.green) * amount,
                     a.blue + (b.blue - a.blue) * amount };
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static KartaRgb
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback)
{
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    gdk_rgba_parse (&rgba, fallback);
  return rgb_from_rgba (&rgba);
}

static void
update_palette (KartaRiskChartView *self)
{
  GtkStyleContext   *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  KartaChartPalette *palette = &self->palette;
  GdkRGBA            text;

  gtk_style_context_get_color (context, &text);
  palette->text = rgb_from_rgba (&text);
  palette->background = lookup_color (context, "window_bg_color", "#fafafa");
  palette->dim_text = rgb_mix (palette->background, palette->text, 0.65);
  palette->grid = rgb_mix (palette->background, palette->text, 0.18);
  palette->level[KARTA_RISK_HIGH] = lookup_color (context, "error_color", "#c01c28");
  palette->level[KARTA_RISK_MEDIUM] = lookup_color (context, "warning_color", "#9c6e03");
  palette->level[KARTA_RISK_LOW] = lookup_color (context, "success_color", "#1b8553");

  g_free (self->font_family);
  self->font_family = karta_theme_font_get (GTK_WIDGET (self), &palette->font_size);
  palette->font_family = self->font_family;
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* Drawing */

/**
 * karta_risk_chart_view_draw:
 *
 * Draws the chart of @self on @cr, at (0, 0) in @width × @height; nothing
 * without profiles.
 */
void
karta_risk_chart_view_draw (KartaRiskChartView      *self,
                            cairo_t                 *cr,
                            double                   width,
                            double                   height,
                            const KartaChartPalette *palette)
{
  KartaRiskProfile *profile = first_profile (self);

  g_return_if_fail (KARTA_IS_RISK_CHART_VIEW (self));

  if (profile == NULL)
    return;
  switch (self->kind)
    {
    case KARTA_RISK_CHART_PROFILE:
      karta_risk_chart_profile (cr, profile, width, height, palette);
      break;
    case KARTA_RISK_CHART_COUNTS:
      karta_risk_chart_counts (cr, profile, width, height, palette);
      break;
    case KARTA_RISK_CHART_DYNAMICS:
      karta_risk_chart_dynamics (cr, self->profiles, width, height, palette);
      break;
    case KARTA_RISK_CHART_DISTRICT_MATRIX:
      karta_risk_chart_district_matrix (cr, self->profiles, self->sort, width, height, palette);
      break;
    case KARTA_RISK_CHART_DISTRICT_BARS:
      karta_risk_chart_district_bars (cr, self->profiles, self->sort, width, height, palette);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * karta_risk_chart_view_height_for:
 *
 * Returns: the height the chart of @self needs at @width with @palette
 */
double
karta_risk_chart_view_height_for (KartaRiskChartView      *self,
                                  double                   width,
                                  const KartaChartPalette *palette)
{
  g_autoptr (GPtrArray) one = NULL;

  g_return_val_if_fail (KARTA_IS_RISK_CHART_VIEW (self), 0);

  if (first_profile (self) == NULL)
    return 0;
  switch (self->kind)
    {
    case KARTA_RISK_CHART_COUNTS:
      /* three bars with their values */
      return MAX (96.0, palette->font_size * 9.0);
    case KARTA_RISK_CHART_PROFILE:
      one = g_ptr_array_new ();
      g_ptr_array_add (one, first_profile (self));
      return karta_risk_chart_natural_height (one, FALSE, width, palette);
    default:
      return karta_risk_chart_natural_height (self->profiles, is_district (self->kind), width, palette);
    }
}

static void
karta_risk_chart_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  KartaRiskChartView *self = KARTA_RISK_CHART_VIEW (widget);
  int                 width = gtk_widget_get_width (widget);
  int                 height = gtk_widget_get_height (widget);
  cairo_t            *cr;

  if (width <= 0 || height <= 0 || first_profile (self) == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  karta_risk_chart_view_draw (self, cr, width, height, &self->palette);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
karta_risk_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
karta_risk_chart_view_measure (GtkWidget     *widget,
                               GtkOrientation orientation,
                               int            for_size,
                               int           *minimum,
                               int           *natural,
                               int           *minimum_baseline,
                               int           *natural_baseline)
{
  KartaRiskChartView *self = KARTA_RISK_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->kind == KARTA_RISK_CHART_COUNTS ? 200 : 280;
      /* a school's charts leave room beside them for its activities */
      *natural = is_district (self->kind) ? (int) DEFAULT_WIDTH : 480;
      return;
    }
  *minimum = *natural = (int) ceil (karta_risk_chart_view_height_for (self, for_size > 0 ? for_size : DEFAULT_WIDTH,
                                                                      &self->palette));
}

static void
karta_risk_chart_view_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (karta_risk_chart_view_parent_class)->css_changed (widget, change);
  update_palette (KARTA_RISK_CHART_VIEW (widget));
  gtk_widget_queue_resize (widget);
}

static void
karta_risk_chart_view_finalize (GObject *object)
{
  KartaRiskChartView *self = KARTA_RISK_CHART_VIEW (object);

  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_free (self->font_family);
  G_OBJECT_CLASS (karta_risk_chart_view_parent_class)->finalize (object);
}

static void
karta_risk_chart_view_class_init (KartaRiskChartViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = karta_risk_chart_view_finalize;
  widget_class->snapshot = karta_risk_chart_view_snapshot;
  widget_class->get_request_mode = karta_risk_chart_view_get_request_mode;
  widget_class->measure = karta_risk_chart_view_measure;
  widget_class->css_changed = karta_risk_chart_view_css_changed;
  gtk_widget_class_set_css_name (widget_class, "karta-risk-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
karta_risk_chart_view_init (KartaRiskChartView *self)
{
  update_palette (self);
}

GtkWidget *
karta_risk_chart_view_new (KartaRiskChartKind kind)
{
  KartaRiskChartView *self = g_object_new (KARTA_TYPE_RISK_CHART_VIEW, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

void
karta_risk_chart_view_set_kind (KartaRiskChartView *self,
                                KartaRiskChartKind  kind)
{
  g_return_if_fail (KARTA_IS_RISK_CHART_VIEW (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

KartaRiskChartKind
karta_risk_chart_view_get_kind (KartaRiskChartView *self)
{
  g_return_val_if_fail (KARTA_IS_RISK_CHART_VIEW (self), KARTA_RISK_CHART_PROFILE);
  return self->kind;
}

/**
 * karta_risk_chart_view_set_profiles:
 * @profiles: (nullable) (element-type KartaRiskProfile): the profiles to
 *   show (one for a profile or counts chart, a school's years for dynamics,
 *   a year's schools for the district), kept by reference
 */
void
karta_risk_chart_view_set_profiles (KartaRiskChartView *self,
                                    GPtrArray          *profiles)
{
  g_autofree char *label = NULL;

  g_return_if_fail (KARTA_IS_RISK_CHART_VIEW (self));

  if (profiles != NULL)
    g_ptr_array_ref (profiles);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  self->profiles = profiles;
  if (first_profile (self) != NULL && !is_district (self->kind))
    label = g_strdup_printf (_ ("Risk profile of %s, %d"), first_profile (self)->school_name,
                             first_profile (self)->year);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : _ ("Risk profiles"), -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * karta_risk_chart_view_get_profiles:
 *
 * Returns: (nullable) (transfer none): the profiles shown
 */
GPtrArray *
karta_risk_chart_view_get_profiles (KartaRiskChartView *self)
{
  g_return_val_if_fail (KARTA_IS_RISK_CHART_VIEW (self), NULL);
  return self->profiles;
}

void
karta_risk_chart_view_set_sort (KartaRiskChartView *self,
                                KartaDistrictSort   sort)
{
  g_return_if_fail (KARTA_IS_RISK_CHART_VIEW (self));

  if (self->sort == sort)
    return;
  self->sort = sort;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
