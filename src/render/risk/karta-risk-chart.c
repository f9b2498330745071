/* karta-risk-chart.c — a school's risk profile: a bar per factor, and the
 * number of factors per level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>

#include "karta-risk-chart-private.h"

#define LABEL_LINES 3

char *
karta_risk_chart_factor_label (guint       index,
                               const char *name)
{
  return g_strdup_printf ("%u. %s", index + 1, name != NULL ? name : "");
}

/* The label column takes about two fifths, so that a factor's name wraps
 * into two or three lines and the bars keep most of the width. */
void
karta_profile_geometry_compute (KartaProfileGeometry *geometry,
                                KartaChartText       *text,
                                GPtrArray            *labels,
                                double                width,
                                gboolean              years_header)
{
  double line = text->line, y;

  geometry->pad = round (line * 0.8);
  geometry->title_height = line * 1.9;
  geometry->header_top = geometry->pad + geometry->title_height;
  geometry->label_width = CLAMP (width * 0.4, line * 8, line * 24);
  geometry->bar_x = geometry->pad + geometry->label_width + line;
  geometry->bar_width = MAX (width - geometry->bar_x - geometry->pad, line * 3);
  geometry->n_rows = labels->len;
  geometry->row_top = g_new (double, labels->len + 1);
  y = geometry->header_top + line * (years_header ? 1.7 : 1.5);
  for (guint i = 0; i < labels->len; i++)
    {
      double h = karta_chart_text_measure (text, g_ptr_array_index (labels, i), 1.0, FALSE,
                                           geometry->label_width, LABEL_LINES);
      geometry->row_top[i] = y;
      y += MAX (h, line * 1.7) + line * 0.7;
    }
  geometry->row_top[labels->len] = y;
  geometry->legend_top = y + line * 0.5;
  geometry->height = geometry->legend_top + karta_chart_legend_height (text) + geometry->pad;
}

void
karta_profile_geometry_clear (KartaProfileGeometry *geometry)
{
  g_clear_pointer (&geometry->row_top, g_free);
}

static GPtrArray *
profile_labels (const KartaRiskProfile *profile)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      g_ptr_array_add (labels, karta_risk_chart_factor_label (i, entry->factor_name));
    }
  return labels;
}

/* "School — 2021" (or "— 2021–2023") in bold on the first line. */
void
karta_risk_chart_title (KartaChartText *text,
                        const char     *school,
                        int             first_year,
                        int             last_year,
                        double          width)
{
  double           pad = round (text->line * 0.8);
  g_autofree char *years = first_year == last_year ? g_strdup_printf ("%d", last_year)
                                                   : g_strdup_printf ("%d–%d", first_year, last_year);
  g_autofree char *title = NULL;

  if (school != NULL && *school != '\0')
    title = g_strdup_printf ("%s — %s", school, years);
  else
    title = g_strdup (years);
  karta_chart_text_set (text, title, 1.25, TRUE, width - 2 * pad, 1);
  karta_chart_text_show (text, pad, pad, width - 2 * pad, KARTA_CHART_TEXT_START, &text->palette->text);
}

/* Low, medium and high reach a third, two thirds and all of the bar area;
 * the grid marks those lengths and names them above the rows. */
static void
draw_axis (KartaChartText             *text,
           const KartaProfileGeometry *g)
{
  cairo_t *cr = text->cr;

  cairo_set_line_width (cr, 1.0);
  karta_chart_set_rgb (cr, &text->palette->grid);
  for (int level = KARTA_RISK_LOW; level <= KARTA_RISK_HIGH; level++)
    {
      double x = round (g->bar_x + g->bar_width * (level + 1) / 3.0) - 0.5;
      cairo_move_to (cr, x, g->row_top[0] - text->line * 0.3);
      cairo_line_to (cr, x, g->row_top[g->n_rows]);
    }
  cairo_move_to (cr, g->bar_x + 0.5, g->row_top[0] - text->line * 0.3);
  cairo_line_to (cr, g->bar_x + 0.5, g->row_top[g->n_rows]);
  cairo_stroke (cr);
  for (int level = KARTA_RISK_LOW; level <= KARTA_RISK_HIGH; level++)
    {
      double x = g->bar_x + g->bar_width * level / 3.0;
      karta_chart_text_set (text, karta_risk_level_describe (level), 0.9, FALSE, -1, 1);
      karta_chart_text_show (text, x, g->header_top, g->bar_width / 3.0 - text->line * 0.3,
                             KARTA_CHART_TEXT_END, &text->palette->dim_text);
    }
}

static void
draw_profile_row (KartaChartText             *text,
                  const KartaProfileGeometry *g,
                  guint                       i,
                  const char                 *label,
                  KartaRiskLevel              level)
{
  double      top = g->row_top[i], bottom = g->row_top[i + 1] - text->line * 0.7;
  double      cy = (top + bottom) / 2, bar_h = MIN (bottom - top, text->line * 1.7);
  double      length = g->bar_width * (level + 1) / 3.0, word_w, label_h;
  const char *word = karta_risk_level_describe (level);

  karta_chart_text_set (text, label, 1.0, FALSE, g->label_width, LABEL_LINES);
  karta_chart_text_size (text, NULL, &label_h);
  karta_chart_text_show (text, g->pad, MAX (top, cy - label_h / 2), g->label_width,
                         KARTA_CHART_TEXT_START, &text->palette->text);
  karta_chart_fill_level (text->cr, text->palette, level, g->bar_x, cy - bar_h / 2, length, bar_h);

  karta_chart_text_set (text, word, 1.0, TRUE, -1, 1);
  karta_chart_text_size (text, &word_w, NULL);
  if (word_w + text->line * 1.5 < length)
    karta_chart_text_boxed (text, word, g->bar_x + text->line * 0.4, cy, TRUE);
  else
    karta_chart_text_show (text, g->bar_x + length + text->line * 0.4, cy - text->line / 2,
                           word_w, KARTA_CHART_TEXT_START, &text->palette->text);
}

/**
 * karta_risk_chart_profile:
 *
 * The layout (a row height per factor, from its wrapped name) is computed
 * first, then the rows meeting the clip are drawn.
 */
void
karta_risk_chart_profile (cairo_t                 *cr,
                          const KartaRiskProfile  *profile,
                          double                   width,
                          double                   height,
                          const KartaChartPalette *palette)
{
  g_autoptr (GPtrArray) labels = profile_labels (profile);
  KartaProfileGeometry g = { 0 };
  KartaChartText       text;

  g_return_if_fail (cr != NULL && profile != NULL && palette != NULL);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  karta_chart_background (cr, palette, width, height);
  karta_chart_text_init (&text, cr, palette);
  karta_profile_geometry_compute (&g, &text, labels, width, FALSE);
  karta_risk_chart_title (&text, profile->school_name, profile->year, profile->year, width);
  draw_axis (&text, &g);
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      double                x0, y0, x1, y1;

      cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
      if (g.row_top[i + 1] < y0 || g.row_top[i] > y1)
        continue;
      draw_profile_row (&text, &g, i, g_ptr_array_index (labels, i), entry->level);
    }
  karta_chart_legend (&text, g.bar_x, g.legend_top, g.bar_width);
  karta_profile_geometry_clear (&g);
  karta_chart_text_clear (&text);
  cairo_restore (cr);
}

/* A round step for the y axis: 1, 2, 5, 10, 20… giving at most ~6 ticks. */
static guint
tick_step (guint max)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (max / steps[i] <= 6)
      return steps[i];
  return max / 5;
}

static void
draw_count_bar (KartaChartText *text,
                KartaRiskLevel  level,
                guint           count,
                double          x,
                double          w,
                double          base,
                double          plot_h,
                guint           max)
{
  g_autofree char *value = g_strdup_printf ("%u", count);
  double           h = plot_h * count / max;

  karta_chart_fill_level (text->cr, text->palette, level, x, base - h, w, h);
  karta_chart_text_set (text, value, 1.4, TRUE, -1, 1);
  karta_chart_text_show (text, x, base - h - text->line * 1.75, w, KARTA_CHART_TEXT_CENTER, &text->palette->text);
  karta_chart_text_set (text, karta_risk_level_describe (level), 1.0, FALSE, w + text->line * 2, 1);
  karta_chart_text_show (text, x - text->line, base + text->line * 0.4, w + text->line * 2,
                         KARTA_CHART_TEXT_CENTER, &text->palette->text);
}

/**
 * karta_risk_chart_counts:
 *
 * Three flat bars, high, medium and low, the count above each and the level
 * below, on a y axis from 0 to the largest count.
 */
void
karta_risk_chart_counts (cairo_t                 *cr,
                         const KartaRiskProfile  *profile,
                         double                   width,
                         double                   height,
                         const KartaChartPalette *palette)
{
  KartaRiskCounts  counts = karta_risk_profile_count (profile);
  guint            values[3] = { counts.high, counts.medium, counts.low };
  guint            max = MAX (MAX (counts.high, counts.medium), MAX (counts.low, 1u)), step;
  double           pad, axis_w, x0, top, base, slot;
  KartaChartText   text;
  g_autofree char *max_label = NULL;

  g_return_if_fail (cr != NULL && profile != NULL && palette != NULL);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  karta_chart_background (cr, palette, width, height);
  karta_chart_text_init (&text, cr, palette);
  pad = round (text.line * 0.8);
  max_label = g_strdup_printf ("%u", max);
  karta_chart_text_set (&text, max_label, 0.9, FALSE, -1, 1);
  karta_chart_text_size (&text, &axis_w, NULL);
  x0 = pad + axis_w + text.line * 0.5;
  top = pad + text.line * 2.2;
  base = height - pad - text.line * 1.8;
  slot = (width - x0 - pad) / 3;
  step = tick_step (max);

  cairo_set_line_width (cr, 1.0);
  for (guint v = 0; v <= max; v += step)
    {
      g_autofree char *label = g_strdup_printf ("%u", v);
      double           y = round (base - (base - top) * v / max) + 0.5;

      karta_chart_set_rgb (cr, v == 0 ? &palette->dim_text : &palette->grid);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, width - pad, y);
      cairo_stroke (cr);
      karta_chart_text_set (&text, label, 0.9, FALSE, -1, 1);
      karta_chart_text_show (&text, pad, y - text.line * 0.45, axis_w, KARTA_CHART_TEXT_END, &palette->dim_text);
    }
  for (int i = 0; i < 3; i++)
    {
      double w = MIN (slot * 0.55, text.line * 7);
      draw_count_bar (&text, KARTA_RISK_HIGH - i, values[i], x0 + slot * i + (slot - w) / 2, w,
                      base, base - top, max);
    }
  karta_chart_text_clear (&text);
  cairo_restore (cr);
}

static double
profile_height (KartaChartText         *text,
                const KartaRiskProfile *profile,
                double                  width)
{
  g_autoptr (GPtrArray) labels = profile_labels (profile);
  KartaProfileGeometry g = { 0 };
  double               height;

  karta_profile_geometry_compute (&g, text, labels, width, FALSE);
  height = g.height;
  karta_profile_geometry_clear (&g);
  return height;
}

/**
 * karta_risk_chart_natural_height:
 * @profiles: (element-type KartaRiskProfile): with @district, the schools'
 *   profiles; otherwise one school's: one profile gives the height of its
 *   profile chart, several the height of their dynamics
 *
 * Returns: the height the chart needs at @width to show every row readably.
 */
double
karta_risk_chart_natural_height (GPtrArray               *profiles,
                                 gboolean                 district,
                                 double                   width,
                                 const KartaChartPalette *palette)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t         *cr = cairo_create (surface);
  KartaChartText   text;
  double           height;

  g_return_val_if_fail (profiles != NULL && palette != NULL, 0);
  karta_chart_text_init (&text, cr, palette);
  if (district)
    {
      KartaDistrictGeometry g;
      karta_district_geometry_compute (&g, &text, profiles, width);
      height = g.height;
    }
  else if (profiles->len == 1)
    height = profile_height (&text, g_ptr_array_index (profiles, 0), width);
  else
    height = karta_risk_chart_dynamics_height (&text, profiles, width);
  karta_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ceil (height);
}
