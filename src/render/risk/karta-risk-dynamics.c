/* karta-risk-dynamics.c — one school's profiles across years: a row per
 * factor, a small bar per year side by side, changes marked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>

#include "karta-risk-chart-private.h"

/* Rows are the factors of the latest profile: its list is the current one. */
static const KartaRiskProfile *
latest (GPtrArray *profiles)
{
  return g_ptr_array_index (profiles, profiles->len - 1);
}

static GPtrArray *
dynamics_labels (GPtrArray *profiles)
{
  const KartaRiskProfile *last = latest (profiles);
  GPtrArray              *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < last->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (last->entries, i);
      g_ptr_array_add (labels, karta_risk_chart_factor_label (i, entry->factor_name));
    }
  return labels;
}

/* The same factor in another year's profile: by id, else by name (lists
 * of other years name the same factor with another id). */
static const KartaRiskEntry *
find_entry (const KartaRiskProfile *profile,
            const KartaRiskEntry   *like)
{
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      if (like->factor_id != 0 && entry->factor_id == like->factor_id)
        return entry;
    }
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      if (g_strcmp0 (entry->factor_name, like->factor_name) == 0)
        return entry;
    }
  return NULL;
}

double
karta_risk_chart_dynamics_height (KartaChartText *text,
                                  GPtrArray      *profiles,
                                  double          width)
{
  g_autoptr (GPtrArray) labels = dynamics_labels (profiles);
  KartaProfileGeometry g = { 0 };
  double               height;

  karta_profile_geometry_compute (&g, text, labels, width, TRUE);
  height = g.height;
  karta_profile_geometry_clear (&g);
  return height;
}

static void
draw_years (KartaChartText             *text,
            const KartaProfileGeometry *g,
            GPtrArray                  *profiles,
            double                      column)
{
  cairo_t *cr = text->cr;

  karta_chart_set_rgb (cr, &text->palette->grid);
  cairo_set_line_width (cr, 1.0);
  for (guint j = 0; j <= profiles->len; j++)
    {
      double x = round (g->bar_x + j * column) - 0.5;
      cairo_move_to (cr, x, g->row_top[0] - text->line * 0.3);
      cairo_line_to (cr, x, g->row_top[g->n_rows]);
    }
  cairo_stroke (cr);
  for (guint j = 0; j < profiles->len; j++)
    {
      const KartaRiskProfile *profile = g_ptr_array_index (profiles, j);
      g_autofree char        *year = g_strdup_printf ("%d", profile->year);

      karta_chart_text_set (text, year, 1.0, TRUE, -1, 1);
      karta_chart_text_show (text, g->bar_x + j * column, g->header_top, column,
                             KARTA_CHART_TEXT_CENTER, &text->palette->text);
    }
}

/* ▲: the risk grew since the year before; ▼: it fell. */
static void
draw_mark (KartaChartText *text,
           KartaRiskLevel  level,
           KartaRiskLevel  before,
           double          x,
           double          cy)
{
  gboolean worse = level > before;
  KartaRgb colour = karta_chart_tint (&text->palette->level[worse ? KARTA_RISK_HIGH : KARTA_RISK_LOW],
                                      &text->palette->text, 0.3);

  karta_chart_text_set (text, worse ? "▲" : "▼", 1.1, TRUE, -1, 1);
  karta_chart_text_show (text, x, cy - text->line * 0.55, text->line * 1.2, KARTA_CHART_TEXT_START, &colour);
}

static void
draw_dynamics_row (KartaChartText             *text,
                   const KartaProfileGeometry *g,
                   GPtrArray                  *profiles,
                   guint                       i,
                   const char                 *label,
                   double                      column)
{
  const KartaRiskEntry *row = g_ptr_array_index (latest (profiles)->entries, i);
  double                top = g->row_top[i], bottom = g->row_top[i + 1] - text->line * 0.7;
  double                cy = (top + bottom) / 2, bar_h = MIN (bottom - top, text->line * 1.5);
  double                gap = text->line * 0.4, mark_w = text->line * 1.3;
  double                full = column - 2 * gap - mark_w;
  const KartaRiskEntry *previous = NULL;
  double                label_h;

  karta_chart_text_set (text, label, 1.0, FALSE, g->label_width, 3);
  karta_chart_text_size (text, NULL, &label_h);
  karta_chart_text_show (text, g->pad, MAX (top, cy - label_h / 2), g->label_width,
                         KARTA_CHART_TEXT_START, &text->palette->text);
  for (guint j = 0; j < profiles->len; j++)
    {
      const KartaRiskEntry *entry = find_entry (g_ptr_array_index (profiles, j), row);
      double                x = g->bar_x + j * column + gap, length;
      g_autofree char      *letter = NULL;

      if (entry == NULL)
        {
          previous = NULL;
          continue;
        }
      length = full * (entry->level + 1) / 3.0;
      karta_chart_fill_level (text->cr, text->palette, entry->level, x, cy - bar_h / 2, length, bar_h);
      letter = karta_chart_level_letter (entry->level);
      if (length > text->line * 2)
        karta_chart_text_boxed (text, letter, x + text->line * 0.3, cy, TRUE);
      if (previous != NULL && previous->level != entry->level)
        draw_mark (text, entry->level, previous->level, x + length + gap * 0.5, cy);
      previous = entry;
    }
}

/**
 * karta_risk_chart_dynamics:
 * @profiles: (element-type KartaRiskProfile): one school's, a year each,
 *   in ascending years
 */
void
karta_risk_chart_dynamics (cairo_t                 *cr,
                           GPtrArray               *profiles,
                           double                   width,
                           double                   height,
                           const KartaChartPalette *palette)
{
  g_autoptr (GPtrArray) labels = NULL;
  KartaProfileGeometry g = { 0 };
  KartaChartText       text;
  double               column, x0, y0, x1, y1;

  g_return_if_fail (cr != NULL && profiles != NULL && palette != NULL);
  if (profiles->len == 0)
    return;
  labels = dynamics_labels (profiles);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  karta_chart_background (cr, palette, width, height);
  karta_chart_text_init (&text, cr, palette);
  karta_profile_geometry_compute (&g, &text, labels, width, TRUE);
  column = g.bar_width / profiles->len;
  karta_risk_chart_title (&text, latest (profiles)->school_name,
                          ((KartaRiskProfile *) g_ptr_array_index (profiles, 0))->year,
                          latest (profiles)->year, width);
  draw_years (&text, &g, profiles, column);
  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  for (guint i = 0; i < g.n_rows; i++)
    if (g.row_top[i + 1] >= y0 && g.row_top[i] <= y1)
      draw_dynamics_row (&text, &g, profiles, i, g_ptr_array_index (labels, i), column);
  karta_chart_legend (&text, g.bar_x, g.legend_top, g.bar_width);
  karta_profile_geometry_clear (&g);
  karta_chart_text_clear (&text);
  cairo_restore (cr);
}
