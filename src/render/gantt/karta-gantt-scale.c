/* karta-gantt-scale.c — the time header of the Gantt chart: two tiers of
 * years, quarters, months, weeks or days picked by the zoom, and the month
 * lines across the rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "karta-gantt-private.h"

typedef enum
{
  UNIT_NONE,
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
} Unit;

static const char *const month_names[] = {
  NC_ ("month", "January"),
  NC_ ("month", "February"),
  NC_ ("month", "March"),
  NC_ ("month", "April"),
  NC_ ("month", "May"),
  NC_ ("month", "June"),
  NC_ ("month", "July"),
  NC_ ("month", "August"),
  NC_ ("month", "September"),
  NC_ ("month", "October"),
  NC_ ("month", "November"),
  NC_ ("month", "December"),
};

static const char *const short_month_names[] = {
  NC_ ("short month", "Jan"),
  NC_ ("short month", "Feb"),
  NC_ ("short month", "Mar"),
  NC_ ("short month", "Apr"),
  NC_ ("short month", "May"),
  NC_ ("short month", "Jun"),
  NC_ ("short month", "Jul"),
  NC_ ("short month", "Aug"),
  NC_ ("short month", "Sep"),
  NC_ ("short month", "Oct"),
  NC_ ("short month", "Nov"),
  NC_ ("short month", "Dec"),
};

static KartaDay
add_months (KartaDay day,
            int      months)
{
  int y, m;

  karta_day_to_ymd (day, &y, &m, NULL);
  m += months - 1;
  return karta_day_from_ymd (y + m / 12, m % 12 + 1, 1);
}

/* The first day of the unit @day is in. */
static KartaDay
unit_start (KartaDay day,
            Unit     unit,
            gboolean academic)
{
  int y, m, d;

  karta_day_to_ymd (day, &y, &m, &d);
  switch (unit)
    {
    case UNIT_WEEK: /* day 1 was a Monday */
      return day - (day - 1) % 7;
    case UNIT_MONTH:
      return day - (d - 1);
    case UNIT_QUARTER:
      return karta_day_from_ymd (y, (m - 1) / 3 * 3 + 1, 1);
    case UNIT_YEAR:
      if (academic)
        return karta_day_from_ymd (m >= 9 ? y : y - 1, 9, 1);
      return karta_day_from_ymd (y, 1, 1);
    case UNIT_DAY:
    case UNIT_NONE:
    default:
      return day;
    }
}

static KartaDay
unit_next (KartaDay start,
           Unit     unit)
{
  switch (unit)
    {
    case UNIT_WEEK: return start + 7;
    case UNIT_MONTH: return add_months (start, 1);
    case UNIT_QUARTER: return add_months (start, 3);
    case UNIT_YEAR: return add_months (start, 12);
    case UNIT_DAY:
    case UNIT_NONE:
    default: return start + 1;
    }
}

/* The finest unit whose labels fit at this zoom. */
static Unit
bottom_unit (const KartaGanttPaint *paint)
{
  double ppd = paint->layout->pixels_per_day, em = paint->text.palette->font_size;

  if (ppd >= em * 1.9)
    return UNIT_DAY;
  if (ppd * 7 >= em * 2.0)
    return UNIT_WEEK;
  if (ppd * 30 >= em * 2.4)
    return UNIT_MONTH;
  if (ppd * 91 >= em * 3.4)
    return UNIT_QUARTER;
  return UNIT_YEAR;
}

static Unit
parent_unit (Unit unit)
{
  return unit == UNIT_DAY || unit == UNIT_WEEK ? UNIT_MONTH : unit == UNIT_YEAR ? UNIT_NONE
                                                                                : UNIT_YEAR;
}

static char *
year_label (KartaDay start,
            gboolean academic)
{
  KartaPeriod year = { start, add_months (start, 12) - 1 };
  int         y;

  if (academic)
    return karta_period_format (&year);
  karta_day_to_ymd (start, &y, NULL, NULL);
  return g_strdup_printf ("%d", y);
}

/* "01", "09": where not even a short name fits — initials would be
 * ambiguous («М» is March and May, «И» June and July) */
static char *
month_number (int month)
{
  return g_strdup_printf ("%02d", month);
}

/* @month_width: of the shortest month, so that all are named alike */
static char *
unit_label (Unit     unit,
            KartaDay start,
            double   month_width,
            double   em,
            gboolean academic,
            gboolean top)
{
  int y, m, d;

  karta_day_to_ymd (start, &y, &m, &d);
  switch (unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      return g_strdup_printf ("%d", d);
    case UNIT_MONTH:
      if (top)
        return g_strdup_printf ("%s %d", g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[m - 1]), y);
      if (month_width >= em * 5.6)
        return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[m - 1]));
      if (month_width >= em * 2.6)
        return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "short month", short_month_names[m - 1]));
      return month_number (m);
    case UNIT_QUARTER:
      /* Translators: a quarter of a year, e.g. "Q3" */
      return g_strdup_printf (_ ("Q%d"), (m - 1) / 3 + 1);
    case UNIT_YEAR:
      return year_label (start, academic);
    case UNIT_NONE:
    default:
      return NULL;
    }
}

/* The units of one tier across the visible days: a separator at each
 * start and its label, kept in view while the unit is (top tier). */
static void
draw_tier (KartaGanttPaint *paint,
           Unit             unit,
           double           top,
           double           height,
           gboolean         sticky)
{
  const KartaGanttLayout *layout = paint->layout;
  double                  em = paint->text.palette->font_size, pad = em * (sticky ? 0.4 : 0.25), left = paint->label_width;
  cairo_t                *cr = paint->cr;

  for (KartaDay day = unit_start (paint->first_day, unit, layout->academic);
       day <= paint->last_day; day = unit_next (day, unit))
    {
      double           x0 = karta_gantt_paint_day_x (paint, day);
      double           x1 = karta_gantt_paint_day_x (paint, unit_next (day, unit));
      double           x = sticky ? MAX (x0, left) : x0;
      g_autofree char *label = unit_label (unit, day, layout->pixels_per_day * 28, em,
                                           layout->academic, sticky);

      karta_chart_set_rgb (cr, &paint->palette->base.grid);
      cairo_rectangle (cr, round (x0), top, paint->hairline, height);
      cairo_fill (cr);
      if (x1 - x - 2 * pad >= em)
        karta_chart_text_show_line (&paint->text, label, x + pad, top + (height - paint->text.line) / 2,
                                    x1 - x - 2 * pad, sticky ? &paint->palette->base.text : &paint->palette->base.dim_text);
    }
}

void
karta_gantt_draw_scale (KartaGanttPaint *paint)
{
  cairo_t *cr = paint->cr;
  double   tier = paint->header_height / 2, left = paint->label_width;
  Unit     bottom = bottom_unit (paint), top = parent_unit (bottom);

  cairo_save (cr);
  cairo_rectangle (cr, left, 0, paint->viewport.width - left, paint->header_height);
  cairo_clip (cr);
  karta_chart_set_rgb (cr, &paint->palette->header);
  cairo_paint (cr);
  if (paint->first_day <= paint->last_day)
    {
      if (top != UNIT_NONE)
        draw_tier (paint, top, 0, tier, TRUE);
      draw_tier (paint, bottom, top != UNIT_NONE ? tier : 0, top != UNIT_NONE ? tier : 2 * tier,
                 top == UNIT_NONE);
    }
  karta_chart_set_rgb (cr, &paint->palette->base.grid);
  cairo_rectangle (cr, left, tier, paint->viewport.width - left, paint->hairline);
  cairo_rectangle (cr, left, paint->header_height - paint->hairline, paint->viewport.width - left, paint->hairline);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Thin lines at month starts (or years, zoomed far out) from @top to
 * @bottom, so bars can be read against the calendar. */
void
karta_gantt_draw_month_grid (KartaGanttPaint *paint,
                             double           top,
                             double           bottom)
{
  Unit     unit = paint->layout->pixels_per_day * 30 >= 6 ? UNIT_MONTH : UNIT_YEAR;
  KartaDay day = unit_start (paint->first_day, unit, paint->layout->academic);

  if (paint->first_day > paint->last_day)
    return;
  karta_chart_set_rgb (paint->cr, &paint->palette->base.grid);
  for (; day <= paint->last_day; day = unit_next (day, unit))
    cairo_rectangle (paint->cr, round (karta_gantt_paint_day_x (paint, day)), top, paint->hairline, bottom - top);
  cairo_fill (paint->cr);
}
