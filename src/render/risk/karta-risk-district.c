/* karta-risk-district.c — the district's schools side by side: a matrix of
 * levels (schools × factors) and stacked bars of levels per school
 *
 * Both draw only the rows that meet the clip, cells of a level as one path
 * and letters and counts as one run of glyphs, so a viewport of a tall
 * chart costs what is visible and 500 schools stay well under 50 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>
#include <stdlib.h>

#include "karta-risk-chart-private.h"

#define NAME_LINES 2

typedef struct
{
  KartaRiskProfile *profile;
  char             *key;
  guint             high;
} SortItem;

static int
compare_items (const void *a,
               const void *b,
               void       *data)
{
  const SortItem *x = a, *y = b;
  int             by_name;

  if (GPOINTER_TO_INT (data) == KARTA_DISTRICT_SORT_BY_HIGH && x->high != y->high)
    return x->high > y->high ? -1 : 1;
  by_name = strcmp (x->key, y->key);
  if (by_name != 0)
    return by_name;
  return (x->profile->organisation_id > y->profile->organisation_id) - (x->profile->organisation_id < y->profile->organisation_id);
}

/**
 * karta_risk_chart_sort_profiles:
 * @profiles: (element-type KartaRiskProfile)
 *
 * The order the district charts draw in: by school name (as a person sorts
 * them), or most high factors first, then by name.
 *
 * Returns: (transfer container) (element-type KartaRiskProfile): the same
 *   profiles, sorted.
 */
GPtrArray *
karta_risk_chart_sort_profiles (GPtrArray        *profiles,
                                KartaDistrictSort sort)
{
  g_autofree SortItem *items = g_new0 (SortItem, MAX (profiles->len, 1));
  GPtrArray           *sorted = g_ptr_array_sized_new (profiles->len);

  for (guint i = 0; i < profiles->len; i++)
    {
      items[i].profile = g_ptr_array_index (profiles, i);
      items[i].key = g_utf8_collate_key (items[i].profile->school_name != NULL
                                           ? items[i].profile->school_name
                                           : "",
                                         -1);
      items[i].high = karta_risk_profile_count (items[i].profile).high;
    }
  g_qsort_with_data (items, profiles->len, sizeof (SortItem), compare_items, GINT_TO_POINTER (sort));
  for (guint i = 0; i < profiles->len; i++)
    {
      g_ptr_array_add (sorted, items[i].profile);
      g_free (items[i].key);
    }
  return sorted;
}

/* The factor names come from the profile with the longest list. */
static const KartaRiskProfile *
widest_profile (GPtrArray *profiles)
{
  const KartaRiskProfile *widest = NULL;

  for (guint i = 0; i < profiles->len; i++)
    {
      const KartaRiskProfile *profile = g_ptr_array_index (profiles, i);
      if (widest == NULL || profile->entries->len > widest->entries->len)
        widest = profile;
    }
  return widest;
}

/* The numbered factor names under the matrix, in two columns when wide. */
static guint
names_columns (double width,
               double line)
{
  return width > line * 50 ? 2 : 1;
}

static double
names_height (KartaChartText         *text,
              const KartaRiskProfile *widest,
              double                  column_width,
              guint                   columns)
{
  double height = 0;

  for (guint i = 0; widest != NULL && i < widest->entries->len; i += columns)
    {
      double row = 0;
      for (guint c = 0; c < columns && i + c < widest->entries->len; c++)
        {
          const KartaRiskEntry *entry = g_ptr_array_index (widest->entries, i + c);
          g_autofree char      *label = karta_risk_chart_factor_label (i + c, entry->factor_name);
          row = MAX (row, karta_chart_text_measure (text, label, 0.9, FALSE, column_width, NAME_LINES));
        }
      height += row + text->line * 0.3;
    }
  return height;
}

void
karta_district_geometry_compute (KartaDistrictGeometry *g,
                                 KartaChartText        *text,
                                 GPtrArray             *profiles,
                                 double                 width)
{
  const KartaRiskProfile *widest = widest_profile (profiles);
  double                  line = text->line, inner;
  guint                   columns;

  g->pad = round (line * 0.8);
  g->name_width = CLAMP (width * 0.28, line * 8, line * 22);
  g->cells_x = round (g->pad + g->name_width + line * 0.6); /* whole pixels: the fast fills */
  g->cells_width = MAX (width - g->cells_x - g->pad, line * 4);
  g->n_factors = widest != NULL ? widest->entries->len : 0;
  g->cell_width = g->n_factors > 0 ? floor (MIN (g->cells_width / g->n_factors, line * 6)) : 0;
  g->header_top = g->pad;
  g->rows_top = round (g->pad + line * 1.8);
  g->row_height = round (line * 1.9);
  g->n_rows = profiles->len;
  g->legend_top = g->rows_top + g->row_height * g->n_rows + line * 0.6;
  inner = width - 2 * g->pad;
  columns = names_columns (inner, line);
  g->height = g->legend_top + karta_chart_legend_height (text) + line * 0.4 + names_height (text, widest, inner / columns - line, columns) + g->pad;
}

/* Faint lines between rows, and the school names, one line, ellipsized. */
static void
draw_row_names (KartaChartText              *text,
                const KartaDistrictGeometry *g,
                GPtrArray                   *sorted,
                guint                        first,
                guint                        last,
                double                       right)
{
  cairo_t *cr = text->cr;

  karta_chart_set_rgb (cr, &text->palette->grid);
  cairo_set_line_width (cr, 1.0);
  for (guint r = first; r <= last; r++)
    {
      double y = round (g->rows_top + r * g->row_height) + 0.5;
      cairo_move_to (cr, g->pad, y);
      cairo_line_to (cr, right, y);
    }
  cairo_stroke (cr);
  for (guint r = first; r < last; r++)
    {
      const KartaRiskProfile *profile = g_ptr_array_index (sorted, r);
      double                  y = g->rows_top + r * g->row_height + (g->row_height - text->line) / 2;

      karta_chart_text_show_line (text, profile->school_name ? profile->school_name : "", g->pad, y,
                                  g->name_width, &text->palette->text);
    }
}

/* Fill, hatching and letter per level, each as one path or glyph run. */
static void
draw_matrix_cells (KartaChartText              *text,
                   const KartaDistrictGeometry *g,
                   GPtrArray                   *sorted,
                   guint                        first,
                   guint                        last)
{
  cairo_t                 *cr = text->cr;
  const KartaChartPalette *palette = text->palette;
  g_autoptr (GArray) run = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  g_autofree char *letters = g_strconcat (karta_risk_level_describe (KARTA_RISK_LOW),
                                          karta_risk_level_describe (KARTA_RISK_MEDIUM),
                                          karta_risk_level_describe (KARTA_RISK_HIGH), NULL);
  g_autofree char *upper = g_utf8_strup (letters, -1);
  KartaChartGlyphs glyphs;
  double           gap = 1, box = round (text->line * 1.15);

  karta_chart_glyphs_init (&glyphs, text, upper, 1.0, TRUE);
  for (int level = KARTA_RISK_LOW; level <= KARTA_RISK_HIGH; level++)
    {
      g_autofree char *letter = karta_chart_level_letter (level);

      for (int pass = 0; pass < 3; pass += 2)
        {
          for (guint r = first; r < last; r++)
            {
              const KartaRiskProfile *profile = g_ptr_array_index (sorted, r);
              double                  y = g->rows_top + r * g->row_height + gap;

              for (guint c = 0; c < profile->entries->len && c < g->n_factors; c++)
                {
                  const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, c);
                  double                x = g->cells_x + c * g->cell_width + gap;
                  double                w = g->cell_width - 2 * gap, h = g->row_height - 2 * gap;

                  if ((int) entry->level != level)
                    continue;
                  if (pass == 0)
                    cairo_rectangle (cr, x, y, w, h);
                  else
                    {
                      cairo_rectangle (cr, x + round ((w - box) / 2), y + round ((h - box) / 2), box, box);
                      karta_chart_glyphs_append (&glyphs, run, letter, x + w / 2, y + h / 2);
                    }
                }
            }
          if (pass == 0)
            karta_chart_fill_hatched (cr, palette, level);
          else
            {
              karta_chart_set_rgb (cr, &palette->background);
              cairo_fill (cr);
              karta_chart_glyphs_show (&glyphs, cr, run, &palette->text);
            }
        }
    }
  karta_chart_glyphs_clear (&glyphs);
}

static void
draw_factor_names (KartaChartText              *text,
                   const KartaDistrictGeometry *g,
                   GPtrArray                   *profiles,
                   double                       width)
{
  const KartaRiskProfile *widest = widest_profile (profiles);
  double                  inner = width - 2 * g->pad, y;
  guint                   columns = names_columns (inner, text->line);
  double                  column_width = inner / columns - text->line;

  karta_chart_legend (text, g->pad, g->legend_top, inner);
  y = g->legend_top + karta_chart_legend_height (text) + text->line * 0.4;
  for (guint i = 0; widest != NULL && i < widest->entries->len; i += columns)
    {
      double row = 0;
      for (guint c = 0; c < columns && i + c < widest->entries->len; c++)
        {
          const KartaRiskEntry *entry = g_ptr_array_index (widest->entries, i + c);
          g_autofree char      *label = karta_risk_chart_factor_label (i + c, entry->factor_name);
          double                h = karta_chart_text_measure (text, label, 0.9, FALSE, column_width, NAME_LINES);

          karta_chart_text_show (text, g->pad + c * (column_width + text->line), y, column_width,
                                 KARTA_CHART_TEXT_START, &text->palette->dim_text);
          row = MAX (row, h);
        }
      y += row + text->line * 0.3;
    }
}

static gboolean
begin_district (cairo_t                 *cr,
                KartaChartText          *text,
                double                   width,
                double                   height,
                const KartaChartPalette *palette)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  karta_chart_background (cr, palette, width, height);
  karta_chart_text_init (text, cr, palette);
  return TRUE;
}

static void
end_district (cairo_t        *cr,
              KartaChartText *text)
{
  karta_chart_text_clear (text);
  cairo_restore (cr);
}

static gboolean
legend_visible (cairo_t *cr,
                double   top)
{
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  return y1 > top;
}

/**
 * karta_risk_chart_district_matrix:
 *
 * Schools in rows, factors in numbered columns, a cell per level with its
 * colour, hatching and letter; the numbers' names below.
 */
void
karta_risk_chart_district_matrix (cairo_t                 *cr,
                                  GPtrArray               *profiles,
                                  KartaDistrictSort        sort,
                                  double                   width,
                                  double                   height,
                                  const KartaChartPalette *palette)
{
  g_autoptr (GPtrArray) sorted = NULL;
  KartaDistrictGeometry g;
  KartaChartText        text;
  guint                 first, last;

  g_return_if_fail (cr != NULL && profiles != NULL && palette != NULL);
  begin_district (cr, &text, width, height, palette);
  karta_district_geometry_compute (&g, &text, profiles, width);
  sorted = karta_risk_chart_sort_profiles (profiles, sort);
  for (guint c = 0; c < g.n_factors; c++)
    {
      g_autofree char *number = g_strdup_printf ("%u", c + 1);
      karta_chart_text_set (&text, number, 1.0, TRUE, -1, 1);
      karta_chart_text_show (&text, g.cells_x + c * g.cell_width, g.header_top, g.cell_width,
                             KARTA_CHART_TEXT_CENTER, &palette->text);
    }
  if (karta_chart_visible_rows (cr, g.rows_top, g.row_height, g.n_rows, &first, &last))
    {
      draw_row_names (&text, &g, sorted, first, last, g.cells_x + g.n_factors * g.cell_width);
      draw_matrix_cells (&text, &g, sorted, first, last);
    }
  if (legend_visible (cr, g.legend_top))
    draw_factor_names (&text, &g, profiles, width);
  end_district (cr, &text);
}

/* The widest total: the bars' scale, the same for every school. */
static guint
max_total (GPtrArray *profiles)
{
  guint max = 1;

  for (guint i = 0; i < profiles->len; i++)
    max = MAX (max, ((KartaRiskProfile *) g_ptr_array_index (profiles, i))->entries->len);
  return max;
}

static void
draw_bar_segments (KartaChartText              *text,
                   const KartaDistrictGeometry *g,
                   GPtrArray                   *sorted,
                   guint                        first,
                   guint                        last,
                   double                       unit)
{
  cairo_t *cr = text->cr;
  g_autoptr (GArray) run = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  KartaChartGlyphs digits;
  double           h = round (g->row_height * 0.7), box = round (text->line * 1.1);

  karta_chart_glyphs_init (&digits, text, "0123456789", 1.0, TRUE);
  for (int pass = 0; pass < 3 * 3; pass += (pass % 3 == 0) ? 2 : 1)
    {
      int level = KARTA_RISK_HIGH - pass / 3, step = pass % 3;

      for (guint r = first; r < last; r++)
        {
          KartaRiskCounts  counts = karta_risk_profile_count (g_ptr_array_index (sorted, r));
          guint            before[3] = { 0, counts.high, counts.high + counts.medium };
          guint            value[3] = { counts.high, counts.medium, counts.low };
          int              k = KARTA_RISK_HIGH - level;
          double           x = g->cells_x + before[k] * unit, w = value[k] * unit;
          double           y = g->rows_top + r * g->row_height + round ((g->row_height - h) / 2);
          g_autofree char *label = NULL;

          if (value[k] == 0)
            continue;
          if (step == 0)
            cairo_rectangle (cr, x, y, w - 1, h);
          else if ((label = g_strdup_printf ("%u", value[k])),
                   karta_chart_glyphs_width (&digits, label) + text->line * 0.6 < w)
            {
              double bw = round (MAX (box, karta_chart_glyphs_width (&digits, label) + text->line * 0.4));
              cairo_rectangle (cr, x + round ((w - bw) / 2), y + round ((h - box) / 2), bw, box);
              karta_chart_glyphs_append (&digits, run, label, x + w / 2, y + h / 2);
            }
        }
      if (step == 0)
        karta_chart_fill_hatched (cr, text->palette, level);
      else
        {
          karta_chart_set_rgb (cr, &text->palette->background);
          cairo_fill (cr);
          karta_chart_glyphs_show (&digits, cr, run, &text->palette->text);
        }
    }
  karta_chart_glyphs_clear (&digits);
}

/* Ticks of the number of factors above the bars, and their grid lines. */
static void
draw_bars_axis (KartaChartText              *text,
                const KartaDistrictGeometry *g,
                guint                        max,
                double                       unit,
                double                       bottom)
{
  cairo_t *cr = text->cr;

  karta_chart_set_rgb (cr, &text->palette->grid);
  cairo_set_line_width (cr, 1.0);
  for (guint v = 0; v <= max; v++)
    {
      double x = round (g->cells_x + v * unit) - 0.5;
      cairo_move_to (cr, x, g->rows_top);
      cairo_line_to (cr, x, bottom);
    }
  cairo_stroke (cr);
  for (guint v = 0; v <= max; v++)
    {
      g_autofree char *number = g_strdup_printf ("%u", v);
      karta_chart_text_set (text, number, 0.9, FALSE, -1, 1);
      karta_chart_text_show (text, g->cells_x + v * unit - text->line, g->header_top, text->line * 2,
                             KARTA_CHART_TEXT_CENTER, &text->palette->dim_text);
    }
}

/**
 * karta_risk_chart_district_bars:
 *
 * A bar per school of its high, medium and low factors end to end, each
 * segment with its count when it is wide enough to hold it.
 */
void
karta_risk_chart_district_bars (cairo_t                 *cr,
                                GPtrArray               *profiles,
                                KartaDistrictSort        sort,
                                double                   width,
                                double                   height,
                                const KartaChartPalette *palette)
{
  g_autoptr (GPtrArray) sorted = NULL;
  KartaDistrictGeometry g;
  KartaChartText        text;
  guint                 first, last, max = max_total (profiles);
  double                unit;

  g_return_if_fail (cr != NULL && profiles != NULL && palette != NULL);
  begin_district (cr, &text, width, height, palette);
  karta_district_geometry_compute (&g, &text, profiles, width);
  unit = floor (g.cells_width / max);
  sorted = karta_risk_chart_sort_profiles (profiles, sort);
  draw_bars_axis (&text, &g, max, unit, g.rows_top + g.n_rows * g.row_height);
  if (karta_chart_visible_rows (cr, g.rows_top, g.row_height, g.n_rows, &first, &last))
    {
      draw_row_names (&text, &g, sorted, first, last, g.cells_x + max * unit);
      draw_bar_segments (&text, &g, sorted, first, last, unit);
    }
  if (legend_visible (cr, g.legend_top))
    karta_chart_legend (&text, g.pad, g.legend_top, width - 2 * g.pad);
  end_district (cr, &text);
}
