/* karta-chart-palette.c — the print palette
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-chart-palette.h"
#include "karta-risk.h"

/**
 * karta_chart_palette_init_print:
 *
 * The palette for paper and files: white background, black text, level
 * colours that stay apart when printed in grey (red is darkest, amber
 * lightest, and the hatching tells them apart anyway).
 */
void
karta_chart_palette_init_print (KartaChartPalette *palette)
{
  *palette = (KartaChartPalette){
    .background = { 1.0, 1.0, 1.0 },
    .text = { 0.0, 0.0, 0.0 },
    .dim_text = { 0.33, 0.33, 0.33 },
    .grid = { 0.78, 0.78, 0.78 },
    .level = {
      [KARTA_RISK_LOW] = { 0.30, 0.66, 0.36 },
      [KARTA_RISK_MEDIUM] = { 0.96, 0.66, 0.10 },
      [KARTA_RISK_HIGH] = { 0.84, 0.19, 0.15 },
    },
    .font_family = "DejaVu Sans",
    .font_size = 10.0,
  };
}
