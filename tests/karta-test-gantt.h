/* karta-test-gantt.h — what the tests of the Gantt painter share: a small
 * roadmap and a big one, their layout, and the pixels the painter drew
 *
 * Header-only (static inline), like karta-test-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <fontconfig/fontconfig.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "karta-chart-draw.h"
#include "karta-gantt.h"
#include "karta-test-util.h"

#define WIDTH  1400
#define HEIGHT 600
#define LABEL  300.0
#define PPD    3.0

static inline KartaDay
day (const char *iso)
{
  KartaDay d = karta_day_from_iso (iso);

  g_assert_cmpuint (d, !=, KARTA_DAY_NONE);
  return d;
}

static inline KartaActivity *
add_activity (KartaSection     *section,
              gint64            id,
              const char       *title,
              KartaStatus       status,
              KartaScheduleKind kind,
              const char       *start,
              const char       *end)
{
  KartaActivity *activity = karta_activity_new ();

  activity->id = id;
  activity->number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  activity->title = g_strdup (title);
  activity->status = status;
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_schedule_new (kind);
  if (start != NULL)
    karta_schedule_add_span (activity->schedule, day (start), day (end), NULL);
  g_ptr_array_add (section->activities, activity);
  return activity;
}

static inline KartaSection *
add_section (GPtrArray  *to,
             gint64      id,
             const char *number,
             const char *title)
{
  KartaSection *section = karta_section_new (number, title);

  section->id = id;
  g_ptr_array_add (to, section);
  return section;
}

/* Rows: §1, 11–15, §2, 21, §2.1, 31, 32 (11 rows); today 15 January 2025. */
static inline KartaRoadmap *
make_roadmap (void)
{
  KartaRoadmap  *roadmap = karta_roadmap_new ();
  KartaSection  *one, *two, *nested;
  KartaActivity *activity;

  roadmap->title = g_strdup ("Дорожная карта для проверки");
  roadmap->period = (KartaPeriod){ day ("2024-09-01"), day ("2025-08-31") };
  one = add_section (roadmap->sections, 1, "1", "Организационные мероприятия");
  activity = add_activity (one, 11, "Совещание директоров", KARTA_STATUS_DONE, KARTA_SCHEDULE_DATES,
                           "2024-10-01", "2024-10-31");
  activity->evidence = g_strdup ("Протокол");
  add_activity (one, 12, "Анализ результатов ВПР", KARTA_STATUS_PLANNED, KARTA_SCHEDULE_DATES,
                "2025-03-14", "2025-03-14");
  add_activity (one, 13, "Консультации для учителей", KARTA_STATUS_IN_PROGRESS, KARTA_SCHEDULE_DATES,
                "2024-12-01", "2025-02-28");
  add_activity (one, 14, "Разработка программы", KARTA_STATUS_PLANNED, KARTA_SCHEDULE_DATES,
                "2024-09-10", "2024-12-20");
  add_activity (one, 15, "Без срока", KARTA_STATUS_PLANNED, KARTA_SCHEDULE_NONE, NULL, NULL);
  two = add_section (roadmap->sections, 2, "2", "Мониторинг");
  add_activity (two, 21, "Сопровождение школ", KARTA_STATUS_IN_PROGRESS, KARTA_SCHEDULE_CONTINUOUS,
                "2024-09-01", "2025-08-31");
  nested = add_section (two->sections, 3, "2.1", "Анкетирование");
  add_activity (nested, 31, "Анкетирование родителей", KARTA_STATUS_PLANNED, KARTA_SCHEDULE_DATES,
                "2025-04-01", "2025-05-31");
  activity = add_activity (nested, 32, "Согласование", KARTA_STATUS_PLANNED, KARTA_SCHEDULE_UNPARSED, NULL, NULL);
  activity->term = g_strdup ("по согласованию с комитетом");
  return roadmap;
}

static inline KartaGanttLayout *
make_layout (KartaRoadmap *roadmap)
{
  KartaGanttLayout *layout = karta_gantt_layout_new (roadmap);

  karta_gantt_layout_set_today (layout, day ("2025-01-15"));
  karta_gantt_layout_set_pixels_per_day (layout, PPD);
  karta_gantt_layout_set_label_width (layout, LABEL);
  return layout;
}

static inline cairo_surface_t *
draw (const KartaGanttLayout   *layout,
      const KartaGanttViewport *viewport)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, viewport->width, viewport->height);
  cairo_t         *cr = cairo_create (surface);

  karta_gantt_draw (layout, cr, viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static inline KartaRgb
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  int     ix = (int) floor (x), iy = (int) floor (y);
  guint32 p;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  p = *(guint32 *) (cairo_image_surface_get_data (surface) + iy * cairo_image_surface_get_stride (surface) + ix * 4);
  return (KartaRgb){ ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static inline gboolean
same_colour (KartaRgb        a,
             const KartaRgb *b)
{
  return fabs (a.red - b->red) < 0.02 && fabs (a.green - b->green) < 0.02 && fabs (a.blue - b->blue) < 0.02;
}

#define assert_colour(surface, x, y, colour)                                                           \
  G_STMT_START                                                                                         \
  {                                                                                                    \
    KartaRgb found_ = pixel ((surface), (x), (y));                                                     \
    if (!same_colour (found_, (colour)))                                                               \
      g_error ("at (%.0f, %.0f): %.2f %.2f %.2f, expected %.2f %.2f %.2f", (double) (x), (double) (y), \
               found_.red, found_.green, found_.blue, (colour)->red, (colour)->green, (colour)->blue); \
  }                                                                                                    \
  G_STMT_END

/* Surface coordinates of the middle of @iso's day on row @row. */
static inline void
day_on_row (const KartaGanttLayout   *layout,
            const KartaGanttViewport *viewport,
            const char               *iso,
            guint                     row,
            double                   *x,
            double                   *y)
{
  *x = karta_gantt_layout_get_label_width (layout) + karta_gantt_layout_day_to_x (layout, day (iso)) + karta_gantt_layout_get_pixels_per_day (layout) / 2 - viewport->x;
  *y = karta_gantt_layout_get_header_height (layout) + karta_gantt_layout_row_to_y (layout, row) + karta_gantt_layout_get_row_height (layout) / 2 - viewport->y;
}

static const KartaGanttViewport whole = { 0, 0, WIDTH, HEIGHT };

static inline gboolean
unlike_colour (KartaRgb        a,
               const KartaRgb *b)
{
  return !same_colour (a, b);
}

/* How many pixels on row @row from @x0 to @x1 @match @colour. */
static inline guint
count_on_row (cairo_surface_t        *surface,
              const KartaGanttLayout *layout,
              guint                   row,
              double                  x0,
              double                  x1,
              gboolean (*match) (KartaRgb, const KartaRgb *),
              const KartaRgb *colour)
{
  double top = karta_gantt_layout_get_header_height (layout) + karta_gantt_layout_row_to_y (layout, row);
  guint  n = 0;

  for (double y = top + 1; y < top + karta_gantt_layout_get_row_height (layout) - 1; y++)
    for (double x = x0; x < x1; x++)
      n += match (pixel (surface, x, y), colour);
  return n;
}

/* 200 sections of 100 activities: row r is activity r % 101 - 1 of
 * section r / 101 (0 is the section's header). */
static inline KartaRoadmap *
make_big_roadmap (void)
{
  KartaRoadmap *roadmap = karta_roadmap_new ();

  roadmap->title = g_strdup ("Большая дорожная карта");
  roadmap->period = (KartaPeriod){ day ("2024-01-01"), day ("2024-12-31") };
  for (guint s = 0; s < 200; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u", s + 1);
      KartaSection    *section = add_section (roadmap->sections, s + 1, number, "Раздел");

      for (guint a = 0; a < 100; a++)
        {
          KartaActivity *activity = add_activity (section, 1000 + s * 100 + a, "Мероприятие",
                                                  KARTA_STATUS_DONE, KARTA_SCHEDULE_DATES, NULL, NULL);
          KartaDay       start = roadmap->period.start + (s * 100 + a) * 7 % 300;

          karta_schedule_add_span (activity->schedule, start, start + 30, NULL);
        }
    }
  return roadmap;
}

/* Runs the tests; the font caches go afterwards, so that LeakSanitizer
 * sees only what the painter left */
static inline int
karta_test_gantt_run (void)
{
  int status = g_test_run ();

  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
  return status;
}
