/* karta-cli-render.c — `karta-cli render-risk`: the risk charts to PDF,
 * PNG or SVG, drawn by src/render as the window draws them (docs/cli.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "karta-chart-file.h"
#include "karta-cli.h"
#include "karta-risk-chart.h"

#define PAGE_WIDTH    595.0 /* A4 in points */
#define PAGE_HEIGHT   842.0
#define MARGIN        28.0
#define PNG_WIDTH     1600.0
#define COUNTS_HEIGHT 220.0

typedef enum
{
  CHART_PROFILE,
  CHART_COUNTS,
  CHART_DYNAMICS,
  CHART_MATRIX,
  CHART_BARS
} ChartKind;

typedef struct
{
  ChartKind  kind;
  GPtrArray *profiles; /* borrowed */
  double     height;
} Chart;

typedef struct
{
  const char          *path;
  KartaChartFileFormat format;
  gboolean             pdf; /* paginated, on A4 */
  cairo_surface_t     *surface;
  cairo_t             *cr;
  KartaChartPalette    palette;
  double               y; /* where the next chart goes on the page */
} Output;

static void
draw_chart (Output      *out,
            const Chart *chart)
{
  double            width = PAGE_WIDTH - 2 * MARGIN;
  KartaRiskProfile *first = g_ptr_array_index (chart->profiles, 0);

  cairo_save (out->cr);
  cairo_translate (out->cr, MARGIN, out->y);
  switch (chart->kind)
    {
    case CHART_PROFILE:
      karta_risk_chart_profile (out->cr, first, width, chart->height, &out->palette);
      break;
    case CHART_COUNTS:
      karta_risk_chart_counts (out->cr, first, width, chart->height, &out->palette);
      break;
    case CHART_DYNAMICS:
      karta_risk_chart_dynamics (out->cr, chart->profiles, width, chart->height, &out->palette);
      break;
    case CHART_MATRIX:
      karta_risk_chart_district_matrix (out->cr, chart->profiles, KARTA_DISTRICT_SORT_BY_HIGH,
                                        width, chart->height, &out->palette);
      break;
    case CHART_BARS:
    default:
      karta_risk_chart_district_bars (out->cr, chart->profiles, KARTA_DISTRICT_SORT_BY_HIGH,
                                      width, chart->height, &out->palette);
      break;
    }
  cairo_restore (out->cr);
  out->y += chart->height;
}

static double
chart_height (const Chart             *chart,
              const KartaChartPalette *palette)
{
  GPtrArray *profiles = chart->profiles;
  double     width = PAGE_WIDTH - 2 * MARGIN;
  g_autoptr (GPtrArray) one = g_ptr_array_new ();

  switch (chart->kind)
    {
    case CHART_COUNTS:
      return COUNTS_HEIGHT;
    case CHART_PROFILE:
      g_ptr_array_add (one, g_ptr_array_index (profiles, 0));
      return karta_risk_chart_natural_height (one, FALSE, width, palette);
    case CHART_DYNAMICS:
      return karta_risk_chart_natural_height (profiles, FALSE, width, palette);
    default:
      return karta_risk_chart_natural_height (profiles, TRUE, width, palette);
    }
}

/* PDF: a new page when the chart does not fit; PNG and SVG: one page as
 * tall as the charts, so the surface is made once their heights are known. */
static void
place_chart (Output *out,
             Chart  *chart)
{
  if (out->pdf && out->y > MARGIN && out->y + chart->height > PAGE_HEIGHT - MARGIN)
    {
      cairo_show_page (out->cr);
      out->y = MARGIN;
    }
  draw_chart (out, chart);
}

/* The district's rows, sorted once, cut into slices that fit a PDF page
 * each (a chart's height grows by the same amount per school). */
static void
add_district (GArray                  *charts,
              GPtrArray               *slices,
              GPtrArray               *sorted,
              ChartKind                kind,
              gboolean                 paginate,
              const KartaChartPalette *palette)
{
  double width = PAGE_WIDTH - 2 * MARGIN, fixed, per_row;
  g_autoptr (GPtrArray) two = g_ptr_array_new ();
  guint per_page = sorted->len;

  if (paginate && sorted->len > 2)
    {
      g_ptr_array_add (two, g_ptr_array_index (sorted, 0));
      fixed = karta_risk_chart_natural_height (two, TRUE, width, palette);
      g_ptr_array_add (two, g_ptr_array_index (sorted, 1));
      per_row = karta_risk_chart_natural_height (two, TRUE, width, palette) - fixed;
      fixed -= per_row;
      per_page = MAX (1, (guint) floor ((PAGE_HEIGHT - 2 * MARGIN - fixed) / MAX (per_row, 1)));
    }
  for (guint start = 0; start < sorted->len; start += per_page)
    {
      GPtrArray *slice = g_ptr_array_new ();
      Chart      chart = { kind, slice, 0 };

      for (guint i = start; i < MIN (start + per_page, sorted->len); i++)
        g_ptr_array_add (slice, g_ptr_array_index (sorted, i));
      g_ptr_array_add (slices, slice);
      chart.height = chart_height (&chart, palette);
      g_array_append_val (charts, chart);
    }
}

static void
open_output (Output *out,
             double  height)
{
  out->surface = karta_chart_file_create (out->path, out->format, PAGE_WIDTH, out->pdf ? PAGE_HEIGHT : height,
                                          PNG_WIDTH / PAGE_WIDTH);
  out->cr = cairo_create (out->surface);
  out->y = MARGIN;
}

static int
write_charts (Output *out,
              GArray *charts)
{
  g_autoptr (GError) error = NULL;
  double total = 2 * MARGIN;

  for (guint i = 0; i < charts->len; i++)
    total += g_array_index (charts, Chart, i).height;
  open_output (out, MAX (total, PAGE_HEIGHT));
  for (guint i = 0; i < charts->len; i++)
    place_chart (out, &g_array_index (charts, Chart, i));
  cairo_show_page (out->cr);
  cairo_destroy (out->cr);
  if (!karta_chart_file_finish (out->surface, out->path, &error))
    return karta_cli_fail_error (error);
  return 0;
}

/* A school: its profile and counts; the dynamics when it has several years
 * (up to @year). */
static GPtrArray *
load_school (KartaStore *store,
             gint64      school,
             int         year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) years = karta_store_list_profile_years (store, school, &error);
  GPtrArray *profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);

  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      int               y = g_array_index (years, int, i);
      KartaRiskProfile *profile;

      if (year != 0 && y > year)
        continue;
      profile = karta_store_load_risk_profile (store, school, y, NULL);
      if (profile != NULL)
        g_ptr_array_add (profiles, profile);
    }
  if (error != NULL)
    karta_cli_fail_error (error);
  return profiles;
}

static int
render_school (KartaStore *store,
               gint64      school,
               int         year,
               Output     *out)
{
  g_autoptr (GPtrArray) profiles = load_school (store, school, year);
  g_autoptr (GPtrArray) last = g_ptr_array_new ();
  g_autoptr (GArray) charts = g_array_new (FALSE, FALSE, sizeof (Chart));
  Chart chart;

  if (profiles->len == 0 || (year != 0 && ((KartaRiskProfile *) g_ptr_array_index (profiles, profiles->len - 1))->year != year))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, school);
      return year != 0 ? karta_cli_fail (_ ("school %s has no risk profile for %d"), id, year)
                       : karta_cli_fail (_ ("school %s has no risk profile"), id);
    }
  g_ptr_array_add (last, g_ptr_array_index (profiles, profiles->len - 1));
  chart = (Chart){ CHART_PROFILE, last, 0 };
  chart.height = chart_height (&chart, &out->palette);
  g_array_append_val (charts, chart);
  chart = (Chart){ CHART_COUNTS, last, COUNTS_HEIGHT };
  g_array_append_val (charts, chart);
  if (profiles->len > 1)
    {
      chart = (Chart){ CHART_DYNAMICS, profiles, 0 };
      chart.height = chart_height (&chart, &out->palette);
      g_array_append_val (charts, chart);
    }
  return write_charts (out, charts);
}

static int
render_district (KartaStore *store,
                 int         year,
                 Output     *out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) profiles = karta_store_list_risk_profiles (store, year, &error);
  g_autoptr (GPtrArray) sorted = NULL;
  g_autoptr (GPtrArray) slices = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GArray) charts = g_array_new (FALSE, FALSE, sizeof (Chart));

  if (profiles == NULL)
    return karta_cli_fail_error (error);
  if (profiles->len == 0)
    return year != 0 ? karta_cli_fail (_ ("no school has a risk profile for %d"), year)
                     : karta_cli_fail (_ ("no school has a risk profile"));
  sorted = karta_risk_chart_sort_profiles (profiles, KARTA_DISTRICT_SORT_BY_HIGH);
  add_district (charts, slices, sorted, CHART_MATRIX, out->pdf, &out->palette);
  add_district (charts, slices, sorted, CHART_BARS, out->pdf, &out->palette);
  return write_charts (out, charts);
}

/**
 * karta_cli_cmd_render_risk:
 *
 * `render-risk (SCHOOL-ID | --district) [--year YYYY] -o FILE.pdf|.png|.svg`
 */
int
karta_cli_cmd_render_risk (KartaCli *cli,
                           int       argc,
                           char    **argv)
{
  gboolean         district = FALSE;
  int              year = 0;
  g_autofree char *path = NULL;
  GOptionEntry     entries[] = {
        { "district", 0, 0, G_OPTION_ARG_NONE, &district, N_ ("All schools of the library"), NULL },
        { "year", 0, 0, G_OPTION_ARG_INT, &year, N_ ("The profiles' year (default: the newest)"), "YYYY" },
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, N_ ("The file to write: .pdf, .png or .svg"), "FILE" },
        { NULL }
  };
  g_autoptr (GError) error = NULL;
  Output      out = { 0 };
  KartaStore *store;
  gint64      school = 0;

  if (!karta_cli_parse_options (entries, "(SCHOOL-ID | --district)", &argc, &argv))
    return 2;
  if (path == NULL)
    return karta_cli_fail (_ ("render-risk: no output file given (-o FILE.pdf|.png|.svg)"));
  if (!karta_chart_file_format_for_path (path, &out.format, &error))
    return karta_cli_fail_error (error);
  if (district == (argc == 2))
    return karta_cli_fail (_ ("render-risk: give either a school id or --district"));
  if (!district && !karta_cli_parse_id (argv[1], &school))
    return karta_cli_fail (_ ("“%s” is not a school id"), argv[1]);
  if (year != 0 && (year < 1900 || year > 2200))
    return karta_cli_fail (_ ("%d is not a year"), year);
  store = karta_cli_get_store (cli);
  if (store == NULL)
    return 1;
  out.path = path;
  out.pdf = out.format == KARTA_CHART_FILE_PDF;
  karta_chart_palette_init_print (&out.palette);
  return district ? render_district (store, year, &out) : render_school (store, school, year, &out);
}
