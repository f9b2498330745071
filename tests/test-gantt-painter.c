/* test-gantt-painter.c — the Gantt painter drawn on image surfaces and checked by
 * the colour of pixels at positions from the layout's own geometry; rows,
 * hit tests, pages, and `karta-cli render-gantt`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <poppler.h>
#include <string.h>

#include "karta-chart-draw.h"
#include "karta-gantt.h"
#include "karta-test-util.h"

#define WIDTH 1400
#define HEIGHT 600
#define LABEL 300.0
#define PPD 3.0

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static KartaDay
day (const char *iso)
{
  KartaDay d = karta_day_from_iso (iso);

  g_assert_cmpuint (d, !=, KARTA_DAY_NONE);
  return d;
}

static KartaActivity *
add_activity (KartaSection      *section,
              gint64             id,
              const char        *title,
              KartaStatus        status,
              KartaScheduleKind  kind,
              const char        *start,
              const char        *end)
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

static KartaSection *
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
static KartaRoadmap *
make_roadmap (void)
{
  KartaRoadmap *roadmap = karta_roadmap_new ();
  KartaSection *one, *two, *nested;
  KartaActivity *activity;

  roadmap->title = g_strdup ("Дорожная карта для проверки");
  roadmap->period = (KartaPeriod) { day ("2024-09-01"), day ("2025-08-31") };
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

static KartaGanttLayout *
make_layout (const KartaRoadmap *roadmap)
{
  KartaGanttLayout *layout = karta_gantt_layout_new (roadmap);

  karta_gantt_layout_set_today (layout, day ("2025-01-15"));
  karta_gantt_layout_set_pixels_per_day (layout, PPD);
  karta_gantt_layout_set_label_width (layout, LABEL);
  return layout;
}

static cairo_surface_t *
draw (const KartaGanttLayout   *layout,
      const KartaGanttViewport *viewport)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, viewport->width, viewport->height);
  cairo_t *cr = cairo_create (surface);

  karta_gantt_draw (layout, cr, viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static KartaRgb
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  guint32 p;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  p = *(guint32 *) (cairo_image_surface_get_data (surface) + iy * cairo_image_surface_get_stride (surface) + ix * 4);
  return (KartaRgb) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static gboolean
same_colour (KartaRgb        a,
             const KartaRgb *b)
{
  return fabs (a.red - b->red) < 0.02 && fabs (a.green - b->green) < 0.02 && fabs (a.blue - b->blue) < 0.02;
}

#define assert_colour(surface, x, y, colour) \
  G_STMT_START { \
    KartaRgb found_ = pixel ((surface), (x), (y)); \
    if (!same_colour (found_, (colour))) \
      g_error ("at (%.0f, %.0f): %.2f %.2f %.2f, expected %.2f %.2f %.2f", (double) (x), (double) (y), \
               found_.red, found_.green, found_.blue, (colour)->red, (colour)->green, (colour)->blue); \
  } G_STMT_END

/* Surface coordinates of the middle of @iso's day on row @row. */
static void
day_on_row (const KartaGanttLayout   *layout,
            const KartaGanttViewport *viewport,
            const char               *iso,
            guint                     row,
            double                   *x,
            double                   *y)
{
  *x = karta_gantt_layout_get_label_width (layout) + karta_gantt_layout_day_to_x (layout, day (iso))
       + karta_gantt_layout_get_pixels_per_day (layout) / 2 - viewport->x;
  *y = karta_gantt_layout_get_header_height (layout) + karta_gantt_layout_row_to_y (layout, row)
       + karta_gantt_layout_get_row_height (layout) / 2 - viewport->y;
}

static const KartaGanttViewport whole = { 0, 0, WIDTH, HEIGHT };

static void
test_rows (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  const KartaGanttRow *row;

  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 11);
  row = karta_gantt_layout_get_row (layout, 8);
  g_assert_cmpint (row->kind, ==, KARTA_GANTT_ROW_SECTION);
  g_assert_cmpuint (row->depth, ==, 1);
  g_assert_cmpint (row->section->id, ==, 3);
  g_assert_cmpint (karta_gantt_layout_find_activity (layout, 31), ==, 9);
  g_assert_cmpuint (karta_gantt_layout_get_row (layout, 9)->depth, ==, 2);
  g_assert_cmpint (karta_gantt_layout_y_to_row (layout, karta_gantt_layout_row_to_y (layout, 4) + 1), ==, 4);
  g_assert_cmpint (karta_gantt_layout_y_to_row (layout, -1), ==, -1);
  g_assert_cmpuint (karta_gantt_layout_x_to_day (layout, karta_gantt_layout_day_to_x (layout, day ("2025-02-03"))),
                    ==, day ("2025-02-03"));
  g_assert_cmpint (karta_gantt_layout_effective_status (layout, karta_roadmap_find_activity (roadmap, 14)), ==,
                   KARTA_STATUS_OVERDUE);
  g_assert_cmpint (karta_gantt_layout_effective_status (layout, karta_roadmap_find_activity (roadmap, 13)), ==,
                   KARTA_STATUS_IN_PROGRESS);
}

static void
attach_document (KartaActivity *activity,
                 const char    *kind)
{
  KartaDocument *document = g_new0 (KartaDocument, 1);

  document->kind = g_strdup (kind);
  g_ptr_array_add (activity->documents, document);
}

static gboolean
unlike_colour (KartaRgb        a,
               const KartaRgb *b)
{
  return !same_colour (a, b);
}

/* How many pixels on row @row from @x0 to @x1 @match @colour. */
static guint
count_on_row (cairo_surface_t        *surface,
              const KartaGanttLayout *layout,
              guint                   row,
              double                  x0,
              double                  x1,
              gboolean              (*match) (KartaRgb, const KartaRgb *),
              const KartaRgb         *colour)
{
  double top = karta_gantt_layout_get_header_height (layout) + karta_gantt_layout_row_to_y (layout, row);
  guint n = 0;

  for (double y = top + 1; y < top + karta_gantt_layout_get_row_height (layout) - 1; y++)
    for (double x = x0; x < x1; x++)
      n += match (pixel (surface, x, y), colour);
  return n;
}

/* Done, asking for a «Протокол», with only an «Отчёт» attached: the
 * warning mark, as the table and the editor show it; a «Протокол
 * заседания» is the evidence asked for, and the mark goes. */
static void
test_evidence_mark (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaActivity *activity = karta_roadmap_find_activity (roadmap, 11);
  KartaGanttPalette palette;
  cairo_surface_t *surface;

  karta_gantt_palette_init_screen (&palette, FALSE);
  attach_document (activity, "Отчёт");
  surface = draw (layout, &whole);
  g_assert_cmpuint (count_on_row (surface, layout, 1, 0, WIDTH, same_colour, &palette.warning), >, 20);
  cairo_surface_destroy (surface);
  attach_document (activity, "Протокол заседания");
  surface = draw (layout, &whole);
  g_assert_cmpuint (count_on_row (surface, layout, 1, 0, WIDTH, same_colour, &palette.warning), ==, 0);
  cairo_surface_destroy (surface);
}

/* A section's summary: the days of its dated activities, nested included;
 * work throughout the period is left out. */
static void
test_summaries (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  const KartaPeriod *one = karta_gantt_layout_get_summary (layout, g_ptr_array_index (roadmap->sections, 0));
  const KartaPeriod *two = karta_gantt_layout_get_summary (layout, g_ptr_array_index (roadmap->sections, 1));

  g_assert_nonnull (one);
  g_assert_cmpuint (one->start, ==, day ("2024-09-10"));
  g_assert_cmpuint (one->end, ==, day ("2025-03-14"));
  g_assert_nonnull (two);
  g_assert_cmpuint (two->start, ==, day ("2025-04-01"));
  g_assert_cmpuint (two->end, ==, day ("2025-05-31"));
}

static void
test_bar_colour (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttPalette palette;
  cairo_surface_t *surface = draw (layout, &whole);
  double x, y;

  karta_gantt_palette_init_screen (&palette, FALSE);
  day_on_row (layout, &whole, "2024-10-20", 1, &x, &y);
  assert_colour (surface, x, y, &palette.status[KARTA_STATUS_DONE]);
  /* the day before the bar is the row's background */
  day_on_row (layout, &whole, "2024-09-27", 1, &x, &y);
  assert_colour (surface, x, y, &palette.base.background);
  cairo_surface_destroy (surface);
}

static void
test_today_line (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttPalette palette;
  cairo_surface_t *surface = draw (layout, &whole);
  double x, y;

  karta_gantt_palette_init_screen (&palette, FALSE);
  day_on_row (layout, &whole, "2025-01-15", 5, &x, &y);       /* the row without a term */
  assert_colour (surface, round (x), y, &palette.today);
  assert_colour (surface, round (x) - 1, y, &palette.today);
  assert_colour (surface, x + 4 * PPD, y, &palette.base.background);
  cairo_surface_destroy (surface);
}

static void
test_section_rows (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttPalette palette;
  cairo_surface_t *surface = draw (layout, &whole);
  double x, y, nested_y;
  KartaRgb nested;

  karta_gantt_palette_init_screen (&palette, FALSE);
  day_on_row (layout, &whole, "2025-08-20", 0, &x, &y);
  assert_colour (surface, x, y, &palette.section);
  day_on_row (layout, &whole, "2025-08-20", 8, &x, &nested_y);
  nested = pixel (surface, x, nested_y);
  g_assert_false (same_colour (nested, &palette.section));
  g_assert_false (same_colour (nested, &palette.base.background));
  cairo_surface_destroy (surface);
}

static void
test_diamond (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttPalette palette;
  cairo_surface_t *surface = draw (layout, &whole);
  double x, y, half = round (karta_gantt_layout_get_row_height (layout) * 0.6) * 0.62;
  KartaRgb planned;

  karta_gantt_palette_init_screen (&palette, FALSE);
  planned = karta_chart_tint (&palette.status[KARTA_STATUS_PLANNED], &palette.base.background, 0.45);
  day_on_row (layout, &whole, "2025-03-14", 2, &x, &y);
  assert_colour (surface, x, y, &planned);
  assert_colour (surface, x + half * 0.4, y, &planned);
  /* the corners of its box are not drawn: a diamond, not a square */
  assert_colour (surface, x + half * 0.8, y - half * 0.8, &palette.base.background);
  assert_colour (surface, x - half * 0.8, y + half * 0.8, &palette.base.background);
  cairo_surface_destroy (surface);
}

/* How much the grey level varies along the middle of a bar. */
static double
grey_spread (cairo_surface_t *surface,
             double           x,
             double           y,
             int              length,
             double          *mean)
{
  double sum = 0, sum2 = 0;

  for (int i = 0; i < length; i++)
    {
      KartaRgb c = pixel (surface, x + i, y);
      double grey = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue;
      sum += grey;
      sum2 += grey * grey;
    }
  *mean = sum / length;
  return sqrt (MAX (0, sum2 / length - *mean * *mean));
}

/* In grey, statuses still differ: done is flat and dark, overdue and in
 * progress striped, planned light. */
static void
test_greyscale (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  cairo_surface_t *surface = draw (layout, &whole);
  double x, y, done, overdue, progress, planned;

  day_on_row (layout, &whole, "2024-10-12", 1, &x, &y);
  g_assert_cmpfloat (grey_spread (surface, x, y, 40, &done), <, 0.01);
  day_on_row (layout, &whole, "2024-10-12", 4, &x, &y);
  g_assert_cmpfloat (grey_spread (surface, x, y, 40, &overdue), >, 0.04);
  day_on_row (layout, &whole, "2024-12-15", 3, &x, &y);
  g_assert_cmpfloat (grey_spread (surface, x, y, 40, &progress), >, 0.03);
  day_on_row (layout, &whole, "2025-04-10", 9, &x, &y);
  g_assert_cmpfloat (grey_spread (surface, x, y, 40, &planned), <, 0.01);
  g_assert_cmpfloat (planned - done, >, 0.2);
  cairo_surface_destroy (surface);
}

static void
test_collapse (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttPalette palette;
  cairo_surface_t *surface;
  double x, y;

  karta_gantt_palette_init_screen (&palette, FALSE);
  karta_gantt_layout_set_section_collapsed (layout, 1, TRUE);
  g_assert_true (karta_gantt_layout_get_section_collapsed (layout, 1));
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 6);
  g_assert_cmpint (karta_gantt_layout_find_activity (layout, 13), ==, -1);
  surface = draw (layout, &whole);
  day_on_row (layout, &whole, "2025-08-20", 1, &x, &y);     /* section 2 moved up */
  assert_colour (surface, x, y, &palette.section);
  cairo_surface_destroy (surface);
  karta_gantt_layout_set_section_collapsed (layout, 1, FALSE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 11);
}

static gboolean
only_done (const KartaActivity *activity,
           gpointer             user_data)
{
  (*(guint *) user_data)++;
  return activity->status == KARTA_STATUS_DONE;
}

static void
test_filter (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  guint calls = 0;

  karta_gantt_layout_set_filter (layout, only_done, &calls, NULL);
  /* each activity asked once */
  g_assert_cmpuint (calls, ==, 8);
  /* section 2 has no activity done: it goes too */
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 2);
  g_assert_cmpint (karta_gantt_layout_find_activity (layout, 11), ==, 1);
  g_assert_cmpint (karta_gantt_layout_find_activity (layout, 21), ==, -1);
  /* collapsed, a section still shows while it has a visible activity */
  karta_gantt_layout_set_section_collapsed (layout, 1, TRUE);
  karta_gantt_layout_set_section_collapsed (layout, 2, TRUE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 1);
  g_assert_cmpint (karta_gantt_layout_get_row (layout, 0)->section->id, ==, 1);
  karta_gantt_layout_set_section_collapsed (layout, 1, FALSE);
  karta_gantt_layout_set_section_collapsed (layout, 2, FALSE);
  karta_gantt_layout_set_filter (layout, NULL, NULL, NULL);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 11);
}

static void
hit_at (const KartaGanttLayout *layout,
        const char             *iso,
        guint                   row,
        double                  dx,
        KartaGanttHit          *hit)
{
  double x, y;

  day_on_row (layout, &whole, iso, row, &x, &y);
  karta_gantt_layout_hit_test (layout, &whole, x + dx, y, hit);
}

static void
test_hit (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttHit hit;

  hit_at (layout, "2025-01-10", 3, 0, &hit);
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_BODY);
  g_assert_cmpint (hit.activity->id, ==, 13);
  g_assert_cmpint (hit.span, ==, 0);
  g_assert_cmpuint (hit.day, ==, day ("2025-01-10"));
  hit_at (layout, "2024-12-01", 3, -PPD / 2 + 1, &hit);
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_START);
  hit_at (layout, "2025-02-28", 3, PPD / 2 - 1, &hit);
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_END);
  /* a diamond is wider than its day */
  hit_at (layout, "2025-03-14", 2, PPD * 2, &hit);
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_BODY);
  g_assert_cmpint (hit.activity->id, ==, 12);
  hit_at (layout, "2025-03-14", 2, -PPD * 2, &hit);
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_BODY);
  hit_at (layout, "2025-06-10", 3, 0, &hit);
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_ROW);
  g_assert_cmpint (hit.row, ==, 3);
  g_assert_true (karta_gantt_layout_hit_test (layout, &whole, 10, 100, &hit));
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_LABEL);
  g_assert_false (karta_gantt_layout_hit_test (layout, &whole, 500, 5, &hit));
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_HEADER);
  g_assert_false (karta_gantt_layout_hit_test (layout, &whole, 500, HEIGHT - 2, &hit));
  g_assert_cmpint (hit.part, ==, KARTA_GANTT_PART_NONE);
}

/* Viewports narrower than the left column, shorter than the header,
 * scrolled before the first day or past the last row: drawn, not broken. */
static void
test_odd_viewports (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  const KartaGanttViewport viewports[] = {
    { 0, 0, LABEL / 2, HEIGHT }, { 0, 0, WIDTH, 10 }, { -500, -300, WIDTH, HEIGHT },
    { 1e6, 1e6, WIDTH, HEIGHT }, { 0, 0, 1, 1 },
  };
  KartaGanttPalette palette;

  karta_gantt_palette_init_screen (&palette, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (viewports); i++)
    {
      cairo_surface_t *surface = draw (layout, &viewports[i]);

      /* the corner of the left column and the time header is always there */
      assert_colour (surface, 0, 0, &palette.header);
      cairo_surface_destroy (surface);
    }
}

/* 200 sections of 100 activities: row r is activity r % 101 - 1 of
 * section r / 101 (0 is the section's header). */
static KartaRoadmap *
make_big_roadmap (void)
{
  KartaRoadmap *roadmap = karta_roadmap_new ();

  roadmap->title = g_strdup ("Большая дорожная карта");
  roadmap->period = (KartaPeriod) { day ("2024-01-01"), day ("2024-12-31") };
  for (guint s = 0; s < 200; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u", s + 1);
      KartaSection *section = add_section (roadmap->sections, s + 1, number, "Раздел");

      for (guint a = 0; a < 100; a++)
        {
          KartaActivity *activity = add_activity (section, 1000 + s * 100 + a, "Мероприятие",
                                                  KARTA_STATUS_DONE, KARTA_SCHEDULE_DATES, NULL, NULL);
          KartaDay start = roadmap->period.start + (s * 100 + a) * 7 % 300;

          karta_schedule_add_span (activity->schedule, start, start + 30, NULL);
        }
    }
  return roadmap;
}

static void
test_big_viewport (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_big_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttViewport viewport = { 30, 0, 1600, 1000 };
  KartaGanttPalette palette;
  cairo_surface_t *surface;

  karta_gantt_palette_init_screen (&palette, FALSE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 20200);
  viewport.y = karta_gantt_layout_row_to_y (layout, 10110);
  surface = draw (layout, &viewport);
  for (guint row = 10110; row < 10120; row++)
    {
      const KartaActivity *activity = karta_gantt_layout_get_row (layout, row)->activity;
      guint index = row / 101 * 100 + row % 101 - 1;
      KartaDay middle = roadmap->period.start + index * 7 % 300 + 15;
      g_autofree char *iso = karta_day_to_iso (middle);
      KartaGanttHit hit;
      double x, y;

      g_assert_nonnull (activity);
      g_assert_cmpint (activity->id, ==, 1000 + index);
      day_on_row (layout, &viewport, iso, row, &x, &y);
      assert_colour (surface, x, y, &palette.status[KARTA_STATUS_DONE]);
      g_assert_true (karta_gantt_layout_hit_test (layout, &viewport, x, y, &hit));
      g_assert_cmpint (hit.activity->id, ==, activity->id);
    }
  cairo_surface_destroy (surface);
}

static guint
count_pages (const KartaGanttLayout *layout,
             KartaGanttPaper         paper)
{
  g_autoptr(KartaGanttPages) pages = NULL;
  double width, height;

  karta_gantt_paper_size (paper, &width, &height);
  g_assert_cmpfloat (width, >, height);
  pages = karta_gantt_pages_new (layout, width, height);
  return karta_gantt_pages_get_n_pages (pages);
}

/* 202 rows of 21 pt (titles in two lines): about 21 to a landscape A4
 * page, 33 to A3. */
static void
test_page_counts (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_big_roadmap ();
  g_autoptr(KartaGanttLayout) layout = NULL;

  g_ptr_array_set_size (roadmap->sections, 2);
  layout = make_layout (roadmap);
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A4), ==, 10);
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A3), ==, 7);
  /* four years do not fit a page's width legibly: three slices of days */
  karta_gantt_layout_set_range (layout, day ("2023-01-01"), day ("2026-12-31"));
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A4), ==, 3 * 10);
  /* 102 rows: 21 on the first page, then 20 and the section going on */
  karta_gantt_layout_set_section_collapsed (layout, 1, TRUE);
  g_assert_cmpuint (count_pages (layout, KARTA_GANTT_PAPER_A4), ==, 3 * 6);
}

static char *
pdf_text (const char *path,
          guint      *n_pages)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (guint i = 0; i < *n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat (width, >, height);
      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

/* Draws @layout's pages on A4 into a PDF at @path. */
static guint
print_to_pdf (const KartaGanttLayout *layout,
              const char             *path)
{
  g_autoptr(KartaGanttPages) pages = NULL;
  cairo_surface_t *surface;
  double width, height;
  guint n_pages;
  cairo_t *cr;

  karta_gantt_paper_size (KARTA_GANTT_PAPER_A4, &width, &height);
  pages = karta_gantt_pages_new (layout, width, height);
  n_pages = karta_gantt_pages_get_n_pages (pages);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      karta_gantt_pages_draw_page (pages, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* Ink in row @row's September, the first month of the timeline, where the
 * rows of make_roadmap() without a bar have their text. */
static guint
ink_in_september (cairo_surface_t        *surface,
                  const KartaGanttLayout *layout,
                  guint                   row)
{
  double x0, x1, y;
  KartaRgb background;

  day_on_row (layout, &whole, "2024-09-01", row, &x0, &y);
  day_on_row (layout, &whole, "2024-09-29", row, &x1, &y);
  background = pixel (surface, x0, y);
  return count_on_row (surface, layout, row, x0, x1, unlike_colour, &background);
}

/* Rows without dates say so where the bar would be, on screen and in
 * print. */
static void
test_undated (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(KartaGanttLayout) layout = make_layout (roadmap);
  KartaActivity *activity = karta_roadmap_find_activity (roadmap, 12);
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  guint n_pages;

  g_clear_pointer (&activity->schedule, karta_schedule_free);
  surface = draw (layout, &whole);
  g_assert_cmpuint (ink_in_september (surface, layout, 2), >, 30);      /* no schedule */
  g_assert_cmpuint (ink_in_september (surface, layout, 5), >, 30);      /* NONE */
  g_assert_cmpuint (ink_in_september (surface, layout, 3), ==, 0);      /* a bar from December */
  cairo_surface_destroy (surface);
  print_to_pdf (layout, path);
  text = pdf_text (path, &n_pages);
  g_assert_true (strstr (text, "no dates") != NULL || strstr (text, "без сроков") != NULL);
  karta_test_remove_tree (dir);
}

/* Pages drawn into a PDF keep their text: titles, the section going on. */
static void
test_pdf_pages (void)
{
  g_autoptr(KartaRoadmap) roadmap = make_big_roadmap ();
  g_autoptr(KartaGanttLayout) layout = NULL;
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *text = NULL;
  KartaActivity *last;
  guint n_printed, n_pages;

  g_ptr_array_set_size (roadmap->sections, 2);
  last = g_ptr_array_index (((KartaSection *) g_ptr_array_index (roadmap->sections, 1))->activities, 99);
  g_free (last->title);
  last->title = g_strdup ("Последнее мероприятие");
  layout = make_layout (roadmap);
  n_printed = print_to_pdf (layout, path);
  text = pdf_text (path, &n_pages);
  g_assert_cmpuint (n_pages, ==, n_printed);
  g_assert_nonnull (strstr (text, "Большая дорожная карта"));
  g_assert_nonnull (strstr (text, "Последнее мероприятие"));
  g_assert_nonnull (strstr (text, "2 Раздел"));
  /* the section goes on at the top of the next pages */
  g_assert_true (strstr (text, "2 Раздел (continued)") != NULL || strstr (text, "2 Раздел (продолжение)") != NULL);
  karta_test_remove_tree (dir);
}

/* Runs karta-cli render-gantt on @library; returns whether it succeeded. */
static gboolean
render_gantt (const char *library,
              gint64      roadmap_id,
              const char *path,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = NULL;
  const char *arg;
  va_list extra;
  int status;

  g_ptr_array_add (args, g_strdup (g_getenv ("KARTA_CLI")));
  g_ptr_array_add (args, g_strdup_printf ("--library=%s", library));
  g_ptr_array_add (args, g_strdup ("render-gantt"));
  g_ptr_array_add (args, g_strdup_printf ("%" G_GINT64_FORMAT, roadmap_id));
  g_ptr_array_add (args, g_strdup ("-o"));
  g_ptr_array_add (args, g_strdup (path));
  va_start (extra, path);
  while ((arg = va_arg (extra, const char *)) != NULL)
    g_ptr_array_add (args, g_strdup (arg));
  va_end (extra);
  g_ptr_array_add (args, NULL);
  /* fontconfig keeps its configuration for the life of the process, which
   * LeakSanitizer would count against the command */
  env = g_environ_setenv (g_get_environ (), "ASAN_OPTIONS", "detect_leaks=0", TRUE);
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static gint64
add_to_library (const char *dir)
{
  g_autoptr(KartaStore) store = karta_test_open_library (dir);
  g_autoptr(KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr(GError) error = NULL;
  gint64 id = karta_store_add_roadmap (store, roadmap, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_cli_pdf (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "gantt.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { pdftotext, pdf, "-", NULL };
  gint64 id = add_to_library (dir);

  g_assert_true (render_gantt (dir, id, pdf, "--paper", "a3", NULL));
  g_assert_false (render_gantt (dir, id, pdf, "--paper", "a5", NULL));
  g_assert_false (render_gantt (dir, id, pdf, "--from", "2025-13-01", NULL));
  if (pdftotext == NULL)
    {
      karta_test_remove_tree (dir);
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Дорожная карта для проверки"));
  g_assert_nonnull (strstr (text, "Совещание директоров"));
  g_assert_nonnull (strstr (text, "Анкетирование родителей"));
  g_assert_nonnull (strstr (text, "по согласованию с комитетом"));
  karta_test_remove_tree (dir);
}

static void
test_cli_images (void)
{
  g_autofree char *dir = karta_test_make_dir ();
  g_autofree char *png = g_build_filename (dir, "gantt.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "gantt.svg", NULL);
  g_autofree char *contents = NULL;
  gint64 id = add_to_library (dir);
  cairo_surface_t *image;

  g_assert_true (render_gantt (dir, id, png, "--width", "800", "--height", "300", "--first-row", "2", NULL));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 300);
  cairo_surface_destroy (image);
  g_assert_true (render_gantt (dir, id, svg, "--from", "2024-12-01", "--to", "2025-02-28", NULL));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_false (render_gantt (dir, id, png, "--first-row", "99", NULL));
  g_assert_false (render_gantt (dir, id + 1, png, NULL));
  karta_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gantt/rows", test_rows);
  g_test_add_func ("/gantt/evidence-mark", test_evidence_mark);
  g_test_add_func ("/gantt/summaries", test_summaries);
  g_test_add_func ("/gantt/bar-colour", test_bar_colour);
  g_test_add_func ("/gantt/today-line", test_today_line);
  g_test_add_func ("/gantt/section-rows", test_section_rows);
  g_test_add_func ("/gantt/diamond", test_diamond);
  g_test_add_func ("/gantt/greyscale", test_greyscale);
  g_test_add_func ("/gantt/collapse", test_collapse);
  g_test_add_func ("/gantt/filter", test_filter);
  g_test_add_func ("/gantt/hit", test_hit);
  g_test_add_func ("/gantt/odd-viewports", test_odd_viewports);
  g_test_add_func ("/gantt/big-viewport", test_big_viewport);
  g_test_add_func ("/gantt/page-counts", test_page_counts);
  g_test_add_func ("/gantt/pdf-pages", test_pdf_pages);
  g_test_add_func ("/gantt/undated", test_undated);
  g_test_add_func ("/gantt/cli-pdf", test_cli_pdf);
  g_test_add_func ("/gantt/cli-images", test_cli_images);
  status = g_test_run ();
  /* The font caches go too, so that LeakSanitizer sees only what the
   * painter left */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
  return status;
}
