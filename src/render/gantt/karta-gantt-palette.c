/* karta-gantt-palette.c — the Gantt chart's colours: light and dark for the
 * screen (the widget overrides them from the theme), one for paper
 *
 * Statuses differ in lightness as well as hue, and each has a second cue
 * drawn with it (karta-gantt-bars.c), so grey print keeps them apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "karta-gantt-private.h"

#define RGB(hex)                                                                     \
  {                                                                                  \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) &0xff) / 255.0 \
  }

static const KartaGanttPalette light = {
  .base = {
    .background = RGB (0xffffff),
    .text = RGB (0x241f31),
    .dim_text = RGB (0x5e5c64),
    .grid = RGB (0xdeddda),
    .font_family = "Cantarell",
    .font_size = 13.0,
  },
  .status = {
    [KARTA_STATUS_PLANNED] = RGB (0x99c1f1),
    [KARTA_STATUS_IN_PROGRESS] = RGB (0x3584e4),
    [KARTA_STATUS_DONE] = RGB (0x2ec27e),
    [KARTA_STATUS_OVERDUE] = RGB (0xe01b24),
    [KARTA_STATUS_CANCELLED] = RGB (0xc0bfbc),
  },
  .header = RGB (0xf6f5f4),
  .zebra = RGB (0xfafafa),
  .section = RGB (0xe8eef7),
  .band = RGB (0xd9e3f0),
  .today = RGB (0xe01b24),
  .highlight = RGB (0xfbefa8),
  .selection = RGB (0xcfe1f7),
  .warning = RGB (0xe66100),
};

static const KartaGanttPalette dark = {
  .base = {
    .background = RGB (0x1e1e1e),
    .text = RGB (0xf6f5f4),
    .dim_text = RGB (0xb0afac),
    .grid = RGB (0x3d3846),
    .font_family = "Cantarell",
    .font_size = 13.0,
  },
  .status = {
    [KARTA_STATUS_PLANNED] = RGB (0x1a5fb4),
    [KARTA_STATUS_IN_PROGRESS] = RGB (0x62a0ea),
    [KARTA_STATUS_DONE] = RGB (0x57e389),
    [KARTA_STATUS_OVERDUE] = RGB (0xf66151),
    [KARTA_STATUS_CANCELLED] = RGB (0x5e5c64),
  },
  .header = RGB (0x2a2a2a),
  .zebra = RGB (0x242424),
  .section = RGB (0x2a3340),
  .band = RGB (0x34404f),
  .today = RGB (0xf66151),
  .highlight = RGB (0x5c5218),
  .selection = RGB (0x27415f),
  .warning = RGB (0xffa348),
};

/* On paper lightness carries the status: planned lightest, done darkest. */
static const KartaGanttPalette print = {
  .base = {
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .dim_text = RGB (0x505050),
    .grid = RGB (0xc8c8c8),
    .font_family = "DejaVu Sans",
    .font_size = 8.0,
  },
  .status = {
    [KARTA_STATUS_PLANNED] = RGB (0xb4cdeb),
    [KARTA_STATUS_IN_PROGRESS] = RGB (0x4f86c6),
    [KARTA_STATUS_DONE] = RGB (0x2b7a4b),
    [KARTA_STATUS_OVERDUE] = RGB (0xd0312d),
    [KARTA_STATUS_CANCELLED] = RGB (0xd0d0d0),
  },
  .header = RGB (0xf0f0f0),
  .zebra = RGB (0xf7f7f7),
  .section = RGB (0xe3e3e3),
  .band = RGB (0xdde5ee),
  .today = RGB (0xd0312d),
  .highlight = RGB (0xfff3b0),
  .selection = RGB (0xdde8f5),
  .warning = RGB (0xc45c00),
};

void
karta_gantt_palette_init_screen (KartaGanttPalette *palette,
                                 gboolean           is_dark)
{
  *palette = is_dark ? dark : light;
}

void
karta_gantt_palette_init_print (KartaGanttPalette *palette)
{
  *palette = print;
}
