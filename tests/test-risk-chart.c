/* test-risk-chart.c — the risk charts drawn on image surfaces, checked by
 * the colour of pixels at positions from the charts' own geometry; the
 * same charts exported to PNG, SVG and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "karta-risk-chart-private.h"

#define WIDTH 1000

static const char *factor_names[] = {
  "Низкий уровень оснащения школы",
  "Дефицит педагогических кадров",
  "Недостаточная предметная и методическая компетентность педагогических работников",
  "Низкое качество преодоления языковых и культурных барьеров",
  "Высокая доля обучающихся с рисками учебной неуспешности",
  "Высокая доля обучающихся с ОВЗ",
  "Низкая учебная мотивация обучающихся",
  "Низкий уровень дисциплины в классе",
  "Пониженный уровень школьного благополучия",
  "Низкий уровень вовлеченности родителей",
};

/* high — 1, medium — 3, low — 6, as in docs/domain.md */
static const KartaRiskLevel sample_levels[] = {
  KARTA_RISK_HIGH,
  KARTA_RISK_LOW,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_LOW,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_LOW,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
  KARTA_RISK_LOW,
};

static KartaRiskProfile *
make_profile (gint64                organisation_id,
              const char           *school,
              int                   year,
              const KartaRiskLevel *levels)
{
  KartaRiskProfile *profile = karta_risk_profile_new (organisation_id, year);

  profile->school_name = g_strdup (school);
  for (guint i = 0; i < G_N_ELEMENTS (factor_names); i++)
    karta_risk_profile_add (profile, i + 1, factor_names[i], levels[i]);
  return profile;
}

/* The colour classes, by hue, so antialiasing and hatching keep the class. */
static gboolean
pixel_is (cairo_surface_t *surface,
          int              x,
          int              y,
          int              level) /* -1: the white background */
{
  guint32 p = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4);
  double  r = ((p >> 16) & 0xff) / 255.0, g = ((p >> 8) & 0xff) / 255.0, b = (p & 0xff) / 255.0;

  switch (level)
    {
    case KARTA_RISK_HIGH:
      return r > 0.3 && r > 1.8 * g && r > 1.8 * b;
    case KARTA_RISK_MEDIUM:
      return r > 0.3 && r >= g && g > 0.45 * r && g < 0.9 * r && b < 0.5 * g;
    case KARTA_RISK_LOW:
      return g > 0.15 && g > 1.25 * r && g > 1.25 * b;
    default:
      return r > 0.9 && g > 0.9 && b > 0.9;
    }
}

/* Most of the 7×7 pixels around (x, y) are of the class. */
static gboolean
region_is (cairo_surface_t *surface,
           double           cx,
           double           cy,
           int              level)
{
  int hits = 0;

  cairo_surface_flush (surface);
  for (int dy = -3; dy <= 3; dy++)
    for (int dx = -3; dx <= 3; dx++)
      hits += pixel_is (surface, (int) cx + dx, (int) cy + dy, level);
  return hits >= 49 * 0.6;
}

static cairo_surface_t *
new_surface (double height)
{
  return cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, (int) height);
}

static void
save_for_eyes (cairo_surface_t *surface,
               const char      *name)
{
  const char *dir = g_getenv ("KARTA_CHART_OUT");

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      cairo_surface_write_to_png (surface, path);
    }
}

static void
test_profile_bars (void)
{
  g_autoptr (KartaRiskProfile) profile = make_profile (1, "ГБОУ СОШ № 8", 2021, sample_levels);
  g_autoptr (GPtrArray) one = g_ptr_array_new ();
  KartaChartPalette    palette;
  KartaProfileGeometry g = { 0 };
  KartaChartText       text;
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  double           height;
  cairo_surface_t *surface;
  cairo_t         *cr;

  karta_chart_palette_init_print (&palette);
  g_ptr_array_add (one, profile);
  height = karta_risk_chart_natural_height (one, FALSE, WIDTH, &palette);
  surface = new_surface (height);
  cr = cairo_create (surface);
  karta_risk_chart_profile (cr, profile, WIDTH, height, &palette);
  save_for_eyes (surface, "profile.png");

  karta_chart_text_init (&text, cr, &palette);
  for (guint i = 0; i < G_N_ELEMENTS (factor_names); i++)
    g_ptr_array_add (labels, karta_risk_chart_factor_label (i, factor_names[i]));
  karta_profile_geometry_compute (&g, &text, labels, WIDTH, FALSE);
  g_assert_cmpfloat (fabs (g.height - height), <, 1.0);
  for (guint i = 0; i < 2; i++)
    {
      double cy = (g.row_top[i] + g.row_top[i + 1] - text.line * 0.7) / 2;
      double at90 = g.bar_x + g.bar_width * 0.9, at20 = g.bar_x + g.bar_width * 0.2;

      if (sample_levels[i] == KARTA_RISK_HIGH)
        g_assert_true (region_is (surface, at90, cy, KARTA_RISK_HIGH));
      else
        {
          g_assert_true (region_is (surface, at90, cy, -1));
          g_assert_true (region_is (surface, at20, cy, KARTA_RISK_LOW));
        }
    }
  karta_profile_geometry_clear (&g);
  karta_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The bounding box of a level's pixels: its bar. */
static int
bar_height (cairo_surface_t *surface,
            int              level)
{
  int top = -1, bottom = -1;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (pixel_is (surface, x, y, level))
        {
          top = top < 0 ? y : top;
          bottom = y;
          break;
        }
  return top < 0 ? 0 : bottom - top + 1;
}

static void
test_counts_bars (void)
{
  g_autoptr (KartaRiskProfile) profile = make_profile (1, "ГБОУ СОШ № 8", 2021, sample_levels);
  KartaChartPalette palette;
  cairo_surface_t  *surface = new_surface (400);
  cairo_t          *cr = cairo_create (surface);
  int               high, medium, low;

  karta_chart_palette_init_print (&palette);
  karta_risk_chart_counts (cr, profile, WIDTH, 400, &palette);
  save_for_eyes (surface, "counts.png");
  high = bar_height (surface, KARTA_RISK_HIGH);
  medium = bar_height (surface, KARTA_RISK_MEDIUM);
  low = bar_height (surface, KARTA_RISK_LOW);
  g_assert_cmpint (high, >, 10);
  g_assert_cmpfloat (fabs ((double) low / high - 6.0), <, 0.3);
  g_assert_cmpfloat (fabs ((double) medium / high - 3.0), <, 0.2);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Three schools: «А» none high, «Б» the first five high, «В» two high. */
static GPtrArray *
make_district (guint extra)
{
  GPtrArray     *profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);
  KartaRiskLevel levels[10];

  for (guint i = 0; i < 10; i++)
    levels[i] = KARTA_RISK_LOW;
  g_ptr_array_add (profiles, make_profile (1, "А: ГБОУ СОШ № 1", 2021, levels));
  for (guint i = 0; i < 5; i++)
    levels[i] = KARTA_RISK_HIGH;
  levels[7] = KARTA_RISK_MEDIUM;
  g_ptr_array_add (profiles, make_profile (2, "Б: ГБОУ лицей № 2", 2021, levels));
  for (guint i = 2; i < 5; i++)
    levels[i] = KARTA_RISK_MEDIUM;
  g_ptr_array_add (profiles, make_profile (3, "В: ГБОУ СОШ № 3", 2021, levels));
  for (guint k = 0; k < extra; k++)
    {
      g_autofree char *name = g_strdup_printf ("Г: ГБОУ СОШ № %03u", k + 4);
      for (guint i = 0; i < 10; i++)
        levels[i] = (k * 7 + i * 3) % 5 == 0 ? KARTA_RISK_HIGH : (k + i) % 3 == 0 ? KARTA_RISK_MEDIUM
                                                                                  : KARTA_RISK_LOW;
      g_ptr_array_add (profiles, make_profile (k + 4, name, 2021, levels));
    }
  return profiles;
}

static void
cell_centre (const KartaDistrictGeometry *g,
             guint                        row,
             guint                        column,
             double                      *x,
             double                      *y)
{
  *x = g->cells_x + column * g->cell_width + 8; /* left of the letter */
  *y = g->rows_top + row * g->row_height + g->row_height / 2;
}

static void
check_matrix (KartaDistrictSort sort)
{
  g_autoptr (GPtrArray) profiles = make_district (0);
  KartaChartPalette     palette;
  KartaDistrictGeometry g;
  KartaChartText        text;
  double                height, x, y;
  cairo_surface_t      *surface;
  cairo_t              *cr;

  karta_chart_palette_init_print (&palette);
  height = karta_risk_chart_natural_height (profiles, TRUE, WIDTH, &palette);
  surface = new_surface (height);
  cr = cairo_create (surface);
  karta_risk_chart_district_matrix (cr, profiles, sort, WIDTH, height, &palette);
  save_for_eyes (surface, sort == KARTA_DISTRICT_SORT_BY_HIGH ? "matrix-high.png" : "matrix-name.png");
  karta_chart_text_init (&text, cr, &palette);
  karta_district_geometry_compute (&g, &text, profiles, WIDTH);
  g_assert_cmpfloat (fabs (g.height - height), <, 1.0);

  /* the first row: «Б» (five high) by high, «А» (all low) by name */
  for (guint c = 0; c < 5; c++)
    {
      cell_centre (&g, 0, c, &x, &y);
      g_assert_true (region_is (surface, x, y, sort == KARTA_DISTRICT_SORT_BY_HIGH ? KARTA_RISK_HIGH : KARTA_RISK_LOW));
    }
  /* «В»: second by high, third by name; factor 3 medium, factor 1 high */
  cell_centre (&g, sort == KARTA_DISTRICT_SORT_BY_HIGH ? 1 : 2, 2, &x, &y);
  g_assert_true (region_is (surface, x, y, KARTA_RISK_MEDIUM));
  cell_centre (&g, sort == KARTA_DISTRICT_SORT_BY_HIGH ? 1 : 2, 0, &x, &y);
  g_assert_true (region_is (surface, x, y, KARTA_RISK_HIGH));
  karta_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_matrix_sorts (void)
{
  check_matrix (KARTA_DISTRICT_SORT_BY_SCHOOL);
  check_matrix (KARTA_DISTRICT_SORT_BY_HIGH);
}

/* A viewport in the middle of 500 schools: its rows are drawn, and only its. */
static void
test_matrix_viewport (void)
{
  g_autoptr (GPtrArray) profiles = make_district (497);
  g_autoptr (GPtrArray) sorted = karta_risk_chart_sort_profiles (profiles, KARTA_DISTRICT_SORT_BY_SCHOOL);
  const KartaRiskProfile *row = g_ptr_array_index (sorted, 250);
  const KartaRiskEntry   *entry = g_ptr_array_index (row->entries, 4);
  KartaChartPalette       palette;
  KartaDistrictGeometry   g;
  KartaChartText          text;
  cairo_surface_t        *surface = new_surface (200);
  cairo_t                *cr = cairo_create (surface);
  double                  height, x, y, offset;

  karta_chart_palette_init_print (&palette);
  height = karta_risk_chart_natural_height (profiles, TRUE, WIDTH, &palette);
  karta_chart_text_init (&text, cr, &palette);
  karta_district_geometry_compute (&g, &text, profiles, WIDTH);
  offset = g.rows_top + 250 * g.row_height - 50;
  cairo_translate (cr, 0, -offset);
  karta_risk_chart_district_matrix (cr, profiles, KARTA_DISTRICT_SORT_BY_SCHOOL, WIDTH, height, &palette);
  cell_centre (&g, 250, 4, &x, &y);
  g_assert_true (region_is (surface, x, y - offset, entry->level));
  karta_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_district_bars (void)
{
  g_autoptr (GPtrArray) profiles = make_district (0);
  KartaChartPalette     palette;
  KartaDistrictGeometry g;
  KartaChartText        text;
  cairo_surface_t      *surface;
  cairo_t              *cr;
  double                height, unit, y;

  karta_chart_palette_init_print (&palette);
  height = karta_risk_chart_natural_height (profiles, TRUE, WIDTH, &palette);
  surface = new_surface (height);
  cr = cairo_create (surface);
  karta_risk_chart_district_bars (cr, profiles, KARTA_DISTRICT_SORT_BY_HIGH, WIDTH, height, &palette);
  save_for_eyes (surface, "bars.png");
  karta_chart_text_init (&text, cr, &palette);
  karta_district_geometry_compute (&g, &text, profiles, WIDTH);
  unit = floor (g.cells_width / 10);
  y = g.rows_top + g.row_height / 2;
  /* «Б» first: 5 high, 1 medium, 4 low */
  g_assert_true (region_is (surface, g.cells_x + unit * 0.3, y, KARTA_RISK_HIGH));
  g_assert_true (region_is (surface, g.cells_x + unit * 5.3, y, KARTA_RISK_MEDIUM));
  g_assert_true (region_is (surface, g.cells_x + unit * 9.7, y, KARTA_RISK_LOW));
  karta_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_dynamics (void)
{
  g_autoptr (GPtrArray) years = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);
  KartaRiskLevel    later[10];
  KartaChartPalette palette;
  cairo_surface_t  *surface;
  cairo_t          *cr;
  double            height;

  memcpy (later, sample_levels, sizeof later);
  later[0] = KARTA_RISK_MEDIUM;
  later[1] = KARTA_RISK_HIGH;
  g_ptr_array_add (years, make_profile (1, "ГБОУ СОШ № 8", 2021, sample_levels));
  g_ptr_array_add (years, make_profile (1, "ГБОУ СОШ № 8", 2022, later));
  later[0] = KARTA_RISK_LOW;
  g_ptr_array_add (years, make_profile (1, "ГБОУ СОШ № 8", 2023, later));
  karta_chart_palette_init_print (&palette);
  height = karta_risk_chart_natural_height (years, FALSE, WIDTH, &palette);
  surface = new_surface (height);
  cr = cairo_create (surface);
  karta_risk_chart_dynamics (cr, years, WIDTH, height, &palette);
  save_for_eyes (surface, "dynamics.png");
  g_assert_cmpint (bar_height (surface, KARTA_RISK_HIGH), >, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static gsize
file_starting (const char *path,
               const char *magic)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > strlen (magic) && memcmp (contents, magic, strlen (magic)) == 0);
  return length;
}

static void
draw_page (cairo_surface_t *surface)
{
  g_autoptr (KartaRiskProfile) profile = make_profile (1, "ГБОУ СОШ № 8", 2021, sample_levels);
  KartaChartPalette palette;
  cairo_t          *cr = cairo_create (surface);

  karta_chart_palette_init_print (&palette);
  karta_risk_chart_profile (cr, profile, 595, 500, &palette);
  cairo_translate (cr, 0, 500);
  karta_risk_chart_counts (cr, profile, 595, 300, &palette);
  cairo_show_page (cr);
  cairo_destroy (cr);
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("karta-chart-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "risk.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "risk.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "risk.png", NULL);
  cairo_surface_t *surface;

  surface = cairo_pdf_surface_create (pdf, 595, 842);
  draw_page (surface);
  cairo_surface_destroy (surface);
  surface = cairo_svg_surface_create (svg, 595, 842);
  draw_page (surface);
  cairo_surface_destroy (surface);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  draw_page (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (file_starting (pdf, "%PDF"), >, 1000);
  g_assert_cmpuint (file_starting (svg, "<?xml"), >, 1000);
  g_assert_cmpuint (file_starting (png, "\x89PNG"), >, 1000);
  g_unlink (pdf);
  g_unlink (svg);
  g_unlink (png);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/risk-chart/profile-bars", test_profile_bars);
  g_test_add_func ("/risk-chart/counts-bars", test_counts_bars);
  g_test_add_func ("/risk-chart/matrix-sorts", test_matrix_sorts);
  g_test_add_func ("/risk-chart/matrix-viewport", test_matrix_viewport);
  g_test_add_func ("/risk-chart/district-bars", test_district_bars);
  g_test_add_func ("/risk-chart/dynamics", test_dynamics);
  g_test_add_func ("/risk-chart/export", test_export);
  status = g_test_run ();
  /* The font caches go too, so that LeakSanitizer sees only what the
   * charts left */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
  return status;
}
