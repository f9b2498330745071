/* karta-cli-gantt.c — `karta-cli render-gantt`: a roadmap's Gantt chart to
 * PDF (paginated), PNG or SVG (one viewport), drawn by src/render as the
 * window draws it (docs/cli.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-chart-file.h"
#include "karta-cli.h"
#include "karta-gantt.h"

typedef struct
{
  const char          *path;
  KartaChartFileFormat format;
  KartaGanttPaper      paper;
  int                  width;
  int                  height;
  int                  first_row;
} Target;

static int
finish (cairo_surface_t *surface,
        const char      *path)
{
  g_autoptr (GError) error = NULL;

  if (!karta_chart_file_finish (surface, path, &error))
    return karta_cli_fail_error (error);
  return 0;
}

static int
write_pdf (const KartaGanttLayout *layout,
           const Target           *target)
{
  g_autoptr (KartaGanttPages) pages = NULL;
  cairo_surface_t *surface;
  double           width, height;
  cairo_t         *cr;

  karta_gantt_paper_size (target->paper, &width, &height);
  surface = karta_chart_file_create (target->path, KARTA_CHART_FILE_PDF, width, height, 1.0);
  cr = cairo_create (surface);
  pages = karta_gantt_pages_new (layout, width, height);
  for (guint i = 0; i < karta_gantt_pages_get_n_pages (pages); i++)
    {
      karta_gantt_pages_draw_page (pages, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return finish (surface, target->path);
}

/* One viewport of the window's size, the range fitted to its width. */
static int
write_viewport (KartaGanttLayout *layout,
                const Target     *target)
{
  KartaGanttViewport viewport = { 0, 0, target->width, target->height };
  double             time_width, label = karta_gantt_layout_get_label_width (layout);
  cairo_surface_t   *surface;
  KartaDay           first, last;
  cairo_t           *cr;

  karta_gantt_layout_get_range (layout, &first, &last);
  time_width = MAX (target->width - label, 1);
  karta_gantt_layout_set_pixels_per_day (layout, time_width / (last - first + 1));
  viewport.y = karta_gantt_layout_row_to_y (layout, target->first_row);
  surface = karta_chart_file_create (target->path, target->format, target->width, target->height, 1.0);
  cr = cairo_create (surface);
  karta_gantt_draw (layout, cr, &viewport);
  cairo_destroy (cr);
  return finish (surface, target->path);
}

static gboolean
parse_paper (const char      *name,
             KartaGanttPaper *paper)
{
  if (name == NULL || g_ascii_strcasecmp (name, "a4") == 0)
    *paper = KARTA_GANTT_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "a3") == 0)
    *paper = KARTA_GANTT_PAPER_A3;
  else
    return FALSE;
  return TRUE;
}

/* --from and --to, each defaulting to the roadmap's period. */
static gboolean
apply_range (KartaGanttLayout *layout,
             const char       *from,
             const char       *to)
{
  KartaDay first, last;

  karta_gantt_layout_get_range (layout, &first, &last);
  if (from != NULL)
    first = karta_day_from_iso (from);
  if (to != NULL)
    last = karta_day_from_iso (to);
  if (first == KARTA_DAY_NONE || last == KARTA_DAY_NONE)
    {
      karta_cli_fail (_ ("“%s” is not a date (YYYY-MM-DD)"), first == KARTA_DAY_NONE ? from : to);
      return FALSE;
    }
  if (last < first)
    {
      karta_cli_fail (_ ("render-gantt: --to is before --from"));
      return FALSE;
    }
  karta_gantt_layout_set_range (layout, first, last);
  return TRUE;
}

static int
render (KartaStore   *store,
        gint64        roadmap_id,
        const char   *from,
        const char   *to,
        const Target *target)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, roadmap_id, &error);
  g_autoptr (KartaGanttLayout) layout = NULL;
  guint n_rows;

  if (roadmap == NULL)
    return karta_cli_fail_error (error);
  layout = karta_gantt_layout_new (roadmap);
  if (!apply_range (layout, from, to))
    return 1;
  n_rows = karta_gantt_layout_get_n_rows (layout);
  if (target->first_row < 0 || (guint) target->first_row > n_rows)
    return karta_cli_fail (g_dngettext (GETTEXT_PACKAGE, "render-gantt: the roadmap has %u row",
                                        "render-gantt: the roadmap has %u rows", n_rows),
                           n_rows);
  if (target->format == KARTA_CHART_FILE_PDF)
    return write_pdf (layout, target);
  return write_viewport (layout, target);
}

/**
 * karta_cli_cmd_render_gantt:
 *
 * `render-gantt ROADMAP-ID -o FILE.pdf|.png|.svg [--paper a4|a3] [--from DATE]
 * [--to DATE] [--width PX] [--height PX] [--first-row N]`
 */
int
karta_cli_cmd_render_gantt (KartaCli *cli,
                            int       argc,
                            char    **argv)
{
  g_autofree char *path = NULL, *paper = NULL, *from = NULL, *to = NULL;
  Target           target = { .width = 1600, .height = 1000 };
  GOptionEntry     entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, N_ ("The file to write: .pdf, .png or .svg"), "FILE" },
        { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_ ("PDF paper, landscape: a4 (default) or a3"), "a4|a3" },
        { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_ ("The first day shown (default: the period's)"), "DATE" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_ ("The last day shown (default: the period's)"), "DATE" },
        { "width", 0, 0, G_OPTION_ARG_INT, &target.width, N_ ("PNG and SVG: the width in pixels"), "PX" },
        { "height", 0, 0, G_OPTION_ARG_INT, &target.height, N_ ("PNG and SVG: the height in pixels"), "PX" },
        { "first-row", 0, 0, G_OPTION_ARG_INT, &target.first_row, N_ ("PNG and SVG: the first row shown"), "N" },
        { NULL }
  };
  g_autoptr (GError) error = NULL;
  gint64      roadmap_id;
  KartaStore *store;

  if (!karta_cli_parse_options (entries, "ROADMAP-ID", &argc, &argv))
    return 2;
  if (argc != 2 || !karta_cli_parse_id (argv[1], &roadmap_id))
    return karta_cli_fail (_ ("render-gantt: give one roadmap id"));
  if (path == NULL)
    return karta_cli_fail (_ ("render-gantt: no output file given (-o FILE.pdf|.png|.svg)"));
  if (!karta_chart_file_format_for_path (path, &target.format, &error))
    return karta_cli_fail_error (error);
  if (!parse_paper (paper, &target.paper))
    return karta_cli_fail (_ ("render-gantt: the paper is a4 or a3, not “%s”"), paper);
  if (target.width < 64 || target.width > 20000 || target.height < 64 || target.height > 20000)
    return karta_cli_fail (_ ("render-gantt: the size must be 64 to 20000 pixels"));
  store = karta_cli_get_store (cli);
  if (store == NULL)
    return 1;
  target.path = path;
  return render (store, roadmap_id, from, to, &target);
}
