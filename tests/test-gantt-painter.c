/* test-gantt-painter.c — the Gantt painter drawn on image surfaces and
 * checked by the colour of pixels at positions from the layout's own
 * geometry; rows, filters and hit tests (pages and `karta-cli render-gantt`
 * are in test-gantt-pages.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-test-gantt.h"

static void
test_rows (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
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

/* The layout and its copy hold the roadmap: its rows stay readable after
 * the caller let go of it (AddressSanitizer would see them freed) */
static void
test_layout_holds_roadmap (void)
{
  KartaRoadmap *roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  g_autoptr (KartaGanttLayout) copy = karta_gantt_layout_copy (layout);

  karta_roadmap_unref (roadmap);
  g_clear_pointer (&layout, karta_gantt_layout_free);
  g_assert_cmpint (karta_gantt_layout_get_row (copy, 8)->section->id, ==, 3);
  g_assert_cmpint (karta_gantt_layout_get_roadmap (copy)->sections->len, >, 0);
  karta_gantt_layout_set_roadmap (copy, NULL);
  g_assert_null (karta_gantt_layout_get_roadmap (copy));
}

static void
attach_document (KartaActivity *activity,
                 const char    *kind)
{
  KartaDocument *document = g_new0 (KartaDocument, 1);

  document->kind = g_strdup (kind);
  g_ptr_array_add (activity->documents, document);
}

/* Done, asking for a «Протокол», with only an «Отчёт» attached: the
 * warning mark, as the table and the editor show it; a «Протокол
 * заседания» is the evidence asked for, and the mark goes. */
static void
test_evidence_mark (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  KartaActivity    *activity = karta_roadmap_find_activity (roadmap, 11);
  KartaGanttPalette palette;
  cairo_surface_t  *surface;

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
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  const KartaPeriod *one = karta_gantt_layout_get_summary (layout, g_ptr_array_index (roadmap->sections, 0));
  const KartaPeriod *two = karta_gantt_layout_get_summary (layout, g_ptr_array_index (roadmap->sections, 1));

  g_assert_nonnull (one);
  g_assert_cmpuint (one->start, ==, day ("2024-09-10"));
  g_assert_cmpuint (one->end, ==, day ("2025-03-14"));
  g_assert_nonnull (two);
  g_assert_cmpuint (two->start, ==, day ("2025-04-01"));
  g_assert_cmpuint (two->end, ==, day ("2025-05-31"));
}

/* make_roadmap() drawn whole, and the screen palette it was drawn in */
typedef struct
{
  KartaRoadmap     *roadmap;
  KartaGanttLayout *layout;
  KartaGanttPalette palette;
  cairo_surface_t  *surface;
} Drawn;

static void
drawn_set_up (Drawn        *fx,
              gconstpointer data)
{
  fx->roadmap = make_roadmap ();
  fx->layout = make_layout (fx->roadmap);
  karta_gantt_palette_init_screen (&fx->palette, FALSE);
  fx->surface = draw (fx->layout, &whole);
}

static void
drawn_tear_down (Drawn        *fx,
                 gconstpointer data)
{
  cairo_surface_destroy (fx->surface);
  karta_gantt_layout_free (fx->layout);
  karta_roadmap_unref (fx->roadmap);
}

static void
test_bar_colour (Drawn        *fx,
                 gconstpointer data)
{
  double x, y;

  day_on_row (fx->layout, &whole, "2024-10-20", 1, &x, &y);
  assert_colour (fx->surface, x, y, &fx->palette.status[KARTA_STATUS_DONE]);
  /* the day before the bar is the row's background */
  day_on_row (fx->layout, &whole, "2024-09-27", 1, &x, &y);
  assert_colour (fx->surface, x, y, &fx->palette.base.background);
}

static void
test_today_line (Drawn        *fx,
                 gconstpointer data)
{
  double x, y;

  day_on_row (fx->layout, &whole, "2025-01-15", 5, &x, &y); /* the row without a term */
  assert_colour (fx->surface, round (x), y, &fx->palette.today);
  assert_colour (fx->surface, round (x) - 1, y, &fx->palette.today);
  assert_colour (fx->surface, x + 4 * PPD, y, &fx->palette.base.background);
}

static void
test_section_rows (Drawn        *fx,
                   gconstpointer data)
{
  double   x, y, nested_y;
  KartaRgb nested;

  day_on_row (fx->layout, &whole, "2025-08-20", 0, &x, &y);
  assert_colour (fx->surface, x, y, &fx->palette.section);
  day_on_row (fx->layout, &whole, "2025-08-20", 8, &x, &nested_y);
  nested = pixel (fx->surface, x, nested_y);
  g_assert_false (same_colour (nested, &fx->palette.section));
  g_assert_false (same_colour (nested, &fx->palette.base.background));
}

static void
test_diamond (Drawn        *fx,
              gconstpointer data)
{
  double   x, y, half = round (karta_gantt_layout_get_row_height (fx->layout) * 0.6) * 0.62;
  KartaRgb planned = karta_chart_tint (&fx->palette.status[KARTA_STATUS_PLANNED], &fx->palette.base.background,
                                       0.45);

  day_on_row (fx->layout, &whole, "2025-03-14", 2, &x, &y);
  assert_colour (fx->surface, x, y, &planned);
  assert_colour (fx->surface, x + half * 0.4, y, &planned);
  /* the corners of its box are not drawn: a diamond, not a square */
  assert_colour (fx->surface, x + half * 0.8, y - half * 0.8, &fx->palette.base.background);
  assert_colour (fx->surface, x - half * 0.8, y + half * 0.8, &fx->palette.base.background);
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
      double   grey = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue;
      sum += grey;
      sum2 += grey * grey;
    }
  *mean = sum / length;
  return sqrt (MAX (0, sum2 / length - *mean * *mean));
}

/* In grey, statuses still differ: done is flat and dark, overdue and in
 * progress striped, planned light. */
static void
test_greyscale (Drawn        *fx,
                gconstpointer data)
{
  double x, y, done, overdue, progress, planned;

  day_on_row (fx->layout, &whole, "2024-10-12", 1, &x, &y);
  g_assert_cmpfloat (grey_spread (fx->surface, x, y, 40, &done), <, 0.01);
  day_on_row (fx->layout, &whole, "2024-10-12", 4, &x, &y);
  g_assert_cmpfloat (grey_spread (fx->surface, x, y, 40, &overdue), >, 0.04);
  day_on_row (fx->layout, &whole, "2024-12-15", 3, &x, &y);
  g_assert_cmpfloat (grey_spread (fx->surface, x, y, 40, &progress), >, 0.03);
  day_on_row (fx->layout, &whole, "2025-04-10", 9, &x, &y);
  g_assert_cmpfloat (grey_spread (fx->surface, x, y, 40, &planned), <, 0.01);
  g_assert_cmpfloat (planned - done, >, 0.2);
}

/* Ink in the left column on @row: pixels unlike its top left corner */
static guint
count_label_ink (const KartaGanttLayout *layout,
                 guint                   row)
{
  cairo_surface_t *surface = draw (layout, &whole);
  double           top = karta_gantt_layout_get_header_height (layout) + karta_gantt_layout_row_to_y (layout, row);
  KartaRgb         paper = pixel (surface, 6, top + 2);
  guint            n = count_on_row (surface, layout, row, 4, karta_gantt_layout_get_label_width (layout) - 4,
                                     unlike_colour, &paper);

  cairo_surface_destroy (surface);
  return n;
}

/* Titles wrapped on request: the rows grow to hold three lines, which
 * carry more of a long title than one line cut */
static void
test_wrapped_titles (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  KartaActivity *activity = karta_roadmap_find_activity (roadmap, 11);
  double         one_line_height;
  guint          one_line_ink, wrapped_ink;

  g_free (activity->title);
  activity->title = g_strdup ("Проведение методических семинаров для педагогов школ с низкими результатами обучения "
                              "по вопросам формирования функциональной грамотности обучающихся");
  karta_gantt_layout_set_roadmap (layout, roadmap);
  one_line_height = karta_gantt_layout_get_row_height (layout);
  one_line_ink = count_label_ink (layout, 1);

  karta_gantt_layout_set_title_lines (layout, 3);
  g_assert_cmpint (karta_gantt_layout_get_title_lines (layout), ==, 3);
  g_assert_cmpfloat (karta_gantt_layout_get_row_height (layout), >, one_line_height * 1.7);
  wrapped_ink = count_label_ink (layout, 1);
  g_assert_cmpuint (wrapped_ink, >, one_line_ink * 2);
}

/* The share of a legend's columns that hold ink, as drawn in @width */
static double
legend_ink_right (const KartaGanttLayout *layout,
                  int                     width)
{
  int              height = (int) ceil (karta_gantt_legend_height (layout, width));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t         *cr = cairo_create (surface);
  int              rightmost = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  karta_gantt_draw_legend (layout, cr, 0, 0, width);
  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = ((guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface)))[x];
        if ((pixel & 0xffffff) != 0xffffff && x > rightmost)
          rightmost = x;
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return (double) rightmost / width;
}

/* The legend flows onto more lines in a narrow width instead of leaving
 * items out: it grows, and its ink stays inside */
static void
test_legend_lines (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  double one_line = karta_gantt_legend_height (layout, 5000);

  g_assert_cmpfloat (one_line, >, 0);
  g_assert_cmpfloat (karta_gantt_legend_height (layout, 400), >=, 2 * one_line);
  g_assert_cmpfloat (karta_gantt_legend_height (layout, 150), >, karta_gantt_legend_height (layout, 400));
  g_assert_cmpfloat (legend_ink_right (layout, 400), <, 1.0);
  g_assert_cmpfloat (legend_ink_right (layout, 400), >, 0.5);
}

static void
test_collapse (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttPalette palette;
  cairo_surface_t  *surface;
  double            x, y;

  karta_gantt_palette_init_screen (&palette, FALSE);
  karta_gantt_layout_set_section_collapsed (layout, 1, TRUE);
  g_assert_true (karta_gantt_layout_get_section_collapsed (layout, 1));
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 6);
  g_assert_cmpint (karta_gantt_layout_find_activity (layout, 13), ==, -1);
  surface = draw (layout, &whole);
  day_on_row (layout, &whole, "2025-08-20", 1, &x, &y); /* section 2 moved up */
  assert_colour (surface, x, y, &palette.section);
  cairo_surface_destroy (surface);
  karta_gantt_layout_set_section_collapsed (layout, 1, FALSE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 11);
}

static void
test_filter (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  g_autoptr (KartaActivityFilter) filter = karta_activity_filter_new ();

  karta_activity_filter_set_today (filter, day ("2025-01-15")); /* make_layout's */
  karta_activity_filter_set_status (filter, KARTA_STATUS_DONE);
  karta_gantt_layout_set_filter (layout, filter);
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
  /* the criteria changed: the layout is told to ask again */
  karta_activity_filter_clear (filter);
  karta_gantt_layout_refilter (layout);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 11);
  karta_activity_filter_set_status (filter, KARTA_STATUS_DONE);
  karta_gantt_layout_set_filter (layout, NULL);
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
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
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
  g_autoptr (KartaRoadmap) roadmap = make_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  const KartaGanttViewport viewports[] = {
    { 0, 0, LABEL / 2, HEIGHT },
    { 0, 0, WIDTH, 10 },
    { -500, -300, WIDTH, HEIGHT },
    { 1e6, 1e6, WIDTH, HEIGHT },
    { 0, 0, 1, 1 },
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

static void
test_big_viewport (void)
{
  g_autoptr (KartaRoadmap) roadmap = make_big_roadmap ();
  g_autoptr (KartaGanttLayout) layout = make_layout (roadmap);
  KartaGanttViewport viewport = { 30, 0, 1600, 1000 };
  KartaGanttPalette  palette;
  cairo_surface_t   *surface;

  karta_gantt_palette_init_screen (&palette, FALSE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), ==, 20200);
  viewport.y = karta_gantt_layout_row_to_y (layout, 10110);
  surface = draw (layout, &viewport);
  for (guint row = 10110; row < 10120; row++)
    {
      const KartaActivity *activity = karta_gantt_layout_get_row (layout, row)->activity;
      guint                index = row / 101 * 100 + row % 101 - 1;
      KartaDay             middle = roadmap->period.start + index * 7 % 300 + 15;
      g_autofree char     *iso = karta_day_to_iso (middle);
      KartaGanttHit        hit;
      double               x, y;

      g_assert_nonnull (activity);
      g_assert_cmpint (activity->id, ==, 1000 + index);
      day_on_row (layout, &viewport, iso, row, &x, &y);
      assert_colour (surface, x, y, &palette.status[KARTA_STATUS_DONE]);
      g_assert_true (karta_gantt_layout_hit_test (layout, &viewport, x, y, &hit));
      g_assert_cmpint (hit.activity->id, ==, activity->id);
    }
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gantt/rows", test_rows);
  g_test_add_func ("/gantt/layout-holds-roadmap", test_layout_holds_roadmap);
  g_test_add_func ("/gantt/evidence-mark", test_evidence_mark);
  g_test_add_func ("/gantt/summaries", test_summaries);
  g_test_add ("/gantt/bar-colour", Drawn, NULL, drawn_set_up, test_bar_colour, drawn_tear_down);
  g_test_add ("/gantt/today-line", Drawn, NULL, drawn_set_up, test_today_line, drawn_tear_down);
  g_test_add ("/gantt/section-rows", Drawn, NULL, drawn_set_up, test_section_rows, drawn_tear_down);
  g_test_add ("/gantt/diamond", Drawn, NULL, drawn_set_up, test_diamond, drawn_tear_down);
  g_test_add ("/gantt/greyscale", Drawn, NULL, drawn_set_up, test_greyscale, drawn_tear_down);
  g_test_add_func ("/gantt/wrapped-titles", test_wrapped_titles);
  g_test_add_func ("/gantt/legend-lines", test_legend_lines);
  g_test_add_func ("/gantt/collapse", test_collapse);
  g_test_add_func ("/gantt/filter", test_filter);
  g_test_add_func ("/gantt/hit", test_hit);
  g_test_add_func ("/gantt/odd-viewports", test_odd_viewports);
  g_test_add_func ("/gantt/big-viewport", test_big_viewport);
  return karta_test_gantt_run ();
}
