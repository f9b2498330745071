/* karta-chart-palette.h — the colours and font every chart draws with
 *
 * Colours come from the theme on screen, a print palette on paper; levels
 * always have a second cue (hatching and the level written), so a chart
 * reads in grey print and for colour-blind people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue;
} KartaRgb;

typedef struct
{
  KartaRgb    background;
  KartaRgb    text;
  KartaRgb    dim_text;
  KartaRgb    grid;
  KartaRgb    level[3];    /* indexed by KartaRiskLevel */
  const char *font_family; /* e.g. "Cantarell", "DejaVu Sans" */
  double      font_size;   /* in the surface's units (pt on paper, px on screen) */
} KartaChartPalette;

void karta_chart_palette_init_print (KartaChartPalette *palette);

G_END_DECLS
