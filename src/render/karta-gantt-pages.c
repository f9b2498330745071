/* karta-gantt-pages.c — the Gantt chart on paper: rows split across pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "karta-gantt-private.h"

struct _KartaGanttPages
{
  KartaGanttLayout *layout;
  double            width;
  double            height;
};

void
karta_gantt_paper_size (KartaGanttPaper  paper,
                        double          *width,
                        double          *height)
{
  *width = paper == KARTA_GANTT_PAPER_A3 ? 1190.55 : 841.89;
  *height = paper == KARTA_GANTT_PAPER_A3 ? 841.89 : 595.28;
}

KartaGanttPages *
karta_gantt_pages_new (const KartaGanttLayout *layout,
                       double                  page_width,
                       double                  page_height)
{
  KartaGanttPages *pages = g_new0 (KartaGanttPages, 1);

  pages->layout = karta_gantt_layout_copy (layout);
  pages->width = page_width;
  pages->height = page_height;
  return pages;
}

void
karta_gantt_pages_free (KartaGanttPages *pages)
{
  if (pages == NULL)
    return;
  karta_gantt_layout_free (pages->layout);
  g_free (pages);
}

guint
karta_gantt_pages_get_n_pages (const KartaGanttPages *pages)
{
  return pages->layout->rows->len > 0 ? 1 : 1;
}

void
karta_gantt_pages_draw_page (const KartaGanttPages *pages,
                             cairo_t               *cr,
                             guint                  page)
{
  KartaGanttViewport viewport = { 0, 0, pages->width, pages->height };

  g_return_if_fail (page < karta_gantt_pages_get_n_pages (pages));
  karta_gantt_draw (pages->layout, cr, &viewport);
}
