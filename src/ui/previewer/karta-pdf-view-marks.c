/* karta-pdf-view-marks.c — what is drawn over the pages: the matches of
 * a search and the area selected by dragging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf-view"

#include "config.h"

#include "karta-pdf-view-private.h"

static void
lookup_colour (GtkStyleContext *context,
               const char      *name,
               const char      *fallback,
               double           alpha,
               GdkRGBA         *colour)
{
  if (!gtk_style_context_lookup_color (context, name, colour))
    gdk_rgba_parse (colour, fallback);
  colour->alpha = alpha;
}

/**
 * karta_pdf_view_update_colours:
 *
 * Takes the colours of the marks from the style (dark or light, high
 * contrast), when it changes.
 */
void
karta_pdf_view_update_colours (KartaPdfView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  lookup_colour (context, "warning_bg_color", "#e5a50a", 0.35, &self->match_colour);
  lookup_colour (context, "accent_bg_color", "#3584e4", 0.45, &self->current_match_colour);
  lookup_colour (context, "accent_bg_color", "#3584e4", 0.25, &self->selection_colour);
}

/* The matches of the search on @page, the current one stronger */
static void
snapshot_matches (KartaPdfView          *self,
                  GtkSnapshot           *snapshot,
                  guint                  page,
                  const graphene_rect_t *page_rect)
{
  for (guint i = 0; self->matches != NULL && i < self->matches->len; i++)
    {
      const KartaPdfMatch *m = &g_array_index (self->matches, KartaPdfMatch, i);
      graphene_rect_t      area;

      if (m->page != page)
        continue;
      karta_pdf_layout_from_page (&self->layout, page, page_rect,
                                  &GRAPHENE_RECT_INIT (m->area.x, m->area.y, m->area.width, m->area.height),
                                  &area);
      gtk_snapshot_append_color (snapshot, i == self->current_match ? &self->current_match_colour : &self->match_colour, &area);
    }
}

static void
snapshot_selection (KartaPdfView          *self,
                    GtkSnapshot           *snapshot,
                    const graphene_rect_t *page_rect)
{
  const KartaPdfRect *s = &self->selection;
  graphene_rect_t     area;

  karta_pdf_layout_from_page (&self->layout, self->selection_page, page_rect,
                              &GRAPHENE_RECT_INIT (s->x, s->y, s->width, s->height), &area);
  gtk_snapshot_append_color (snapshot, &self->selection_colour, &area);
}

/**
 * karta_pdf_view_snapshot_marks:
 * @rect: where @page is drawn, in widget px
 *
 * Draws the matches on @page, and the selection if it is on @page.
 */
void
karta_pdf_view_snapshot_marks (KartaPdfView          *self,
                               GtkSnapshot           *snapshot,
                               guint                  page,
                               const graphene_rect_t *rect)
{
  snapshot_matches (self, snapshot, page, rect);
  if (self->has_selection && self->selection_page == page)
    snapshot_selection (self, snapshot, rect);
}

/**
 * karta_pdf_view_set_matches:
 * @matches: (nullable) (transfer none): of #KartaPdfMatch
 *
 * Highlights the matches of a search; the first is the current one.
 */
void
karta_pdf_view_set_matches (KartaPdfView *self,
                            GArray       *matches)
{
  g_return_if_fail (KARTA_IS_PDF_VIEW (self));

  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = matches != NULL ? g_array_ref (matches) : NULL;
  self->current_match = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Makes match @index the current one and scrolls it into the middle of
 * the view, unless it is in view already */
void
karta_pdf_view_show_match (KartaPdfView *self,
                           guint         index)
{
  const KartaPdfMatch *match;
  graphene_rect_t      page_rect, area;
  double               top, height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (KARTA_IS_PDF_VIEW (self));

  if (self->matches == NULL || index >= self->matches->len)
    return;
  self->current_match = index;
  match = &g_array_index (self->matches, KartaPdfMatch, index);
  karta_pdf_layout_page_rect (&self->layout, match->page, gtk_widget_get_width (GTK_WIDGET (self)), &page_rect);
  karta_pdf_layout_from_page (&self->layout, match->page, &page_rect,
                              &GRAPHENE_RECT_INIT (match->area.x, match->area.y,
                                                   match->area.width, match->area.height),
                              &area);
  top = gtk_adjustment_get_value (self->scroll.vadjustment);
  if (area.origin.y < top || area.origin.y + area.size.height > top + height)
    gtk_adjustment_set_value (self->scroll.vadjustment, area.origin.y - height / 2);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
karta_pdf_view_set_selection (KartaPdfView       *self,
                              gboolean            has_selection,
                              guint               page,
                              const KartaPdfRect *area)
{
  self->has_selection = has_selection;
  self->selection_page = page;
  if (area != NULL)
    self->selection = *area;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * karta_pdf_view_get_selection:
 *
 * The area the user has selected by dragging, in points of @page.
 *
 * Returns: FALSE when nothing is selected
 */
gboolean
karta_pdf_view_get_selection (KartaPdfView *self,
                              guint        *page,
                              KartaPdfRect *area)
{
  g_return_val_if_fail (KARTA_IS_PDF_VIEW (self), FALSE);

  if (!self->has_selection)
    return FALSE;
  *page = self->selection_page;
  *area = self->selection;
  return TRUE;
}
