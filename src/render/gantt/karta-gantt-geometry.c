/* karta-gantt-geometry.c — where days and rows are in a Gantt layout, and
 * what is under a point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>

#include "karta-activity-status.h"
#include "karta-gantt-private.h"

#define ROW_LINES   2.0  /* a row is two lines of text high… */
#define TEXT_LINE   1.2  /* …or as high as its title's lines, each this high… */
#define ROW_PADDING 0.2  /* …and this much more */
#define BAR_LINES   1.2  /* a bar is about as high as a capital and a descender */
#define HEADER_ROWS 2.0  /* the time header: two tiers */
#define LABEL_EMS   26.0 /* the default left column, in font sizes */

/* The days drawn, both included; swapped when given backwards. */
void
karta_gantt_layout_set_range (KartaGanttLayout *layout,
                              KartaDay          first,
                              KartaDay          last)
{
  g_return_if_fail (first != KARTA_DAY_NONE && last != KARTA_DAY_NONE);

  layout->first = MIN (first, last);
  layout->last = MAX (first, last);
}

void
karta_gantt_layout_get_range (const KartaGanttLayout *layout,
                              KartaDay               *first,
                              KartaDay               *last)
{
  if (first != NULL)
    *first = layout->first;
  if (last != NULL)
    *last = layout->last;
}

/* The zoom: the time header picks years, quarters, months, weeks or days
 * by it. */
void
karta_gantt_layout_set_pixels_per_day (KartaGanttLayout *layout,
                                       double            pixels_per_day)
{
  g_return_if_fail (pixels_per_day > 0);

  layout->pixels_per_day = pixels_per_day;
}

double
karta_gantt_layout_get_pixels_per_day (const KartaGanttLayout *layout)
{
  return layout->pixels_per_day;
}

/* Years in the header as academic years (September to August) or calendar
 * years; set from the roadmap's period with the roadmap. */
void
karta_gantt_layout_set_academic_years (KartaGanttLayout *layout,
                                       gboolean          academic)
{
  layout->academic = academic;
}

/* The day of the today line and of overdue activities. */
void
karta_gantt_layout_set_today (KartaGanttLayout *layout,
                              KartaDay          today)
{
  layout->today = today;
}

/* Returns: the time x of the start of @day. */
double
karta_gantt_layout_day_to_x (const KartaGanttLayout *layout,
                             KartaDay                day)
{
  return ((double) day - (double) layout->first) * layout->pixels_per_day;
}

KartaDay
karta_gantt_layout_x_to_day (const KartaGanttLayout *layout,
                             double                  x)
{
  double day = layout->first + floor (x / layout->pixels_per_day);

  return day >= 1 && day <= G_MAXUINT32 ? (KartaDay) day : KARTA_DAY_NONE;
}

/* The fonts and colours; the rows' height follows the font size. */
void
karta_gantt_layout_set_palette (KartaGanttLayout        *layout,
                                const KartaGanttPalette *palette)
{
  layout->palette = *palette;
}

/* Larger text and bars (meeting mode): 1.0 is normal. */
void
karta_gantt_layout_set_text_scale (KartaGanttLayout *layout,
                                   double            scale)
{
  g_return_if_fail (scale > 0);

  layout->text_scale = scale;
}

/* @width < 0: the default for the font size. */
void
karta_gantt_layout_set_label_width (KartaGanttLayout *layout,
                                    double            width)
{
  layout->label_width = width;
}

static double
font_size (const KartaGanttLayout *layout)
{
  return layout->palette.base.font_size * layout->text_scale;
}

/* The size of the rows' text, in pixels: the palette's, scaled. */
double
karta_gantt_layout_get_font_size (const KartaGanttLayout *layout)
{
  return font_size (layout);
}

double
karta_gantt_layout_get_label_width (const KartaGanttLayout *layout)
{
  return layout->label_width >= 0 ? layout->label_width : round (font_size (layout) * LABEL_EMS);
}

/* Activity titles on up to @lines lines, the rows as high as they need;
 * 1 (the default): one line, cut. */
void
karta_gantt_layout_set_title_lines (KartaGanttLayout *layout,
                                    int               lines)
{
  g_return_if_fail (lines >= 1);

  layout->title_lines = lines;
}

int
karta_gantt_layout_get_title_lines (const KartaGanttLayout *layout)
{
  return layout->title_lines;
}

double
karta_gantt_layout_get_row_height (const KartaGanttLayout *layout)
{
  return round (font_size (layout) * MAX (ROW_LINES, TEXT_LINE * layout->title_lines + ROW_PADDING));
}

/* Bars keep their height when the rows grow for longer titles. */
double
karta_gantt_layout_get_bar_height (const KartaGanttLayout *layout)
{
  return round (font_size (layout) * BAR_LINES);
}

double
karta_gantt_layout_get_header_height (const KartaGanttLayout *layout)
{
  return round (font_size (layout) * 1.8) * HEADER_ROWS;
}

/* The scrolled part: the range's days and the rows, without the fixed
 * left column and time header. */
void
karta_gantt_layout_get_content_size (const KartaGanttLayout *layout,
                                     double                 *time_width,
                                     double                 *rows_height)
{
  if (time_width != NULL)
    *time_width = ((double) layout->last - layout->first + 1) * layout->pixels_per_day;
  if (rows_height != NULL)
    *rows_height = layout->rows->len * karta_gantt_layout_get_row_height (layout);
}

double
karta_gantt_layout_row_to_y (const KartaGanttLayout *layout,
                             guint                   row)
{
  return row * karta_gantt_layout_get_row_height (layout);
}

/* Returns: the row at row y @y, or -1 above or below the rows. */
int
karta_gantt_layout_y_to_row (const KartaGanttLayout *layout,
                             double                  y)
{
  double row = floor (y / karta_gantt_layout_get_row_height (layout));

  return row >= 0 && row < layout->rows->len ? (int) row : -1;
}

static void
hit_rows (const KartaGanttLayout   *layout,
          const KartaGanttViewport *viewport,
          double                    x,
          double                    y,
          KartaGanttHit            *hit)
{
  double label = karta_gantt_layout_get_label_width (layout);
  double row_y = y - karta_gantt_layout_get_header_height (layout) + viewport->y;
  double time_x = x - label + viewport->x;

  hit->row = karta_gantt_layout_y_to_row (layout, row_y);
  if (x >= label)
    hit->day = karta_gantt_layout_x_to_day (layout, time_x);
  if (hit->row < 0)
    return;
  hit->row_info = karta_gantt_layout_get_row (layout, hit->row);
  hit->activity = hit->row_info->activity;
  if (x < label)
    hit->part = KARTA_GANTT_PART_LABEL;
  else if (hit->activity != NULL && karta_gantt_hit_schedule (layout, hit->activity, time_x,
                                                              row_y - karta_gantt_layout_row_to_y (layout, hit->row),
                                                              &hit->span, &hit->part))
    return;
  else
    hit->part = KARTA_GANTT_PART_ROW;
}

/**
 * karta_gantt_layout_hit_test:
 * @x: (in): relative to the viewport's top left corner, as drawn
 *
 * What is under a point: for tooltips, clicks and dragging a bar or its
 * edges. One function for all, so they always agree.
 *
 * Returns: %TRUE when the point is on a row.
 */
gboolean
karta_gantt_layout_hit_test (const KartaGanttLayout   *layout,
                             const KartaGanttViewport *viewport,
                             double                    x,
                             double                    y,
                             KartaGanttHit            *hit)
{
  *hit = (KartaGanttHit){ KARTA_GANTT_PART_NONE, -1, NULL, NULL, -1, KARTA_DAY_NONE };
  if (x < 0 || y < 0 || x >= viewport->width || y >= viewport->height)
    return FALSE;
  if (y < karta_gantt_layout_get_header_height (layout))
    {
      double label = karta_gantt_layout_get_label_width (layout);
      hit->part = KARTA_GANTT_PART_HEADER;
      if (x >= label)
        hit->day = karta_gantt_layout_x_to_day (layout, x - label + viewport->x);
      return FALSE;
    }
  hit_rows (layout, viewport, x, y, hit);
  return hit->row >= 0;
}

/**
 * karta_gantt_layout_effective_status:
 *
 * Returns: the status drawn, as of the layout's today (see
 *   karta_activity_effective_status())
 */
KartaStatus
karta_gantt_layout_effective_status (const KartaGanttLayout *layout,
                                     const KartaActivity    *activity)
{
  return karta_activity_effective_status (activity, layout->today);
}
