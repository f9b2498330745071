/* bench-risk.c — the district charts of 500 schools × 10 factors (target:
 * under 50 ms each), drawn whole at 1600 px × their natural height on an
 * image surface; the median of 10 runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "karta-risk-chart.h"

#define RUNS      10
#define SCHOOLS   500
#define FACTORS   10
#define WIDTH     1600
#define TARGET_MS 50.0

static GPtrArray *
make_district (void)
{
  GPtrArray *profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);

  for (guint s = 0; s < SCHOOLS; s++)
    {
      KartaRiskProfile *profile = karta_risk_profile_new (s + 1, 2022);
      profile->school_name = g_strdup_printf ("ГБОУ средняя общеобразовательная школа № %u", (s * 7919) % 1000);
      for (guint f = 0; f < FACTORS; f++)
        {
          g_autofree char *name = g_strdup_printf ("Рисковый фактор номер %u", f + 1);
          guint            r = (s * 31 + f * 17) % 10;
          karta_risk_profile_add (profile, f + 1, name,
                                  r < 2 ? KARTA_RISK_HIGH : r < 5 ? KARTA_RISK_MEDIUM
                                                                  : KARTA_RISK_LOW);
        }
      g_ptr_array_add (profiles, profile);
    }
  return profiles;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

typedef void (*DistrictChart) (cairo_t *, GPtrArray *, KartaDistrictSort, double, double, const KartaChartPalette *);

static double
median_ms (const char   *name,
           DistrictChart chart,
           GPtrArray    *profiles)
{
  KartaChartPalette palette;
  double            times[RUNS], height;
  cairo_surface_t  *surface;

  karta_chart_palette_init_print (&palette);
  height = karta_risk_chart_natural_height (profiles, TRUE, WIDTH, &palette);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, (int) height);
  for (guint i = 0; i < RUNS; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64   start = g_get_monotonic_time ();

      chart (cr, profiles, KARTA_DISTRICT_SORT_BY_HIGH, WIDTH, height, &palette);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  printf ("%s: %d schools × %d factors at %d×%.0f px: median %.1f ms (min %.1f, max %.1f; target < %.0f ms)\n",
          name, SCHOOLS, FACTORS, WIDTH, height, (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2,
          times[0], times[RUNS - 1], TARGET_MS);
  cairo_surface_destroy (surface);
  return (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
}

int
main (void)
{
  g_autoptr (GPtrArray) profiles = make_district ();
  double matrix = median_ms ("district matrix", karta_risk_chart_district_matrix, profiles);
  double bars = median_ms ("district bars", karta_risk_chart_district_bars, profiles);

  return matrix < TARGET_MS && bars < TARGET_MS ? 0 : 1;
}
