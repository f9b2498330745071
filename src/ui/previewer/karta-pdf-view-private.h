/* karta-pdf-view-private.h — shared by the files of KartaPdfView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-pdf-layout.h"
#include "karta-pdf-view.h"
#include "karta-scrollable-private.h"

G_BEGIN_DECLS

/* What the view has of one page: the texture last rendered (kept, scaled,
 * while one at a new zoom is being drawn) and the render under way */
typedef struct
{
  GdkTexture   *texture;
  double        texture_scale; /* device px per point it was drawn at */
  int           texture_rotation;
  GCancellable *rendering;       /* NULL when no render is under way */
  gint64        rendering_since; /* g_get_monotonic_time() */
  double        rendering_scale;
  int           rendering_rotation;
  gboolean      failed; /* the renderer gave up on the page */
} KartaPdfViewPage;

struct _KartaPdfView
{
  GtkWidget parent_instance;

  KartaPdfRenderer *renderer;
  KartaPdfLayout    layout;
  KartaPdfViewPage *pages; /* one per page of the layout */
  KartaPdfSizing    sizing;
  double            zoom; /* px per point */
  int               rotation;
  guint             page;             /* the current page */
  gboolean          laid_out;         /* at the zoom of the current allocation */
  guint             progress_timeout; /* to say that a slow page is being drawn */

  KartaScrollable scroll;

  GArray *matches; /* of KartaPdfMatch, or NULL */
  guint   current_match;

  gboolean     has_selection;
  guint        selection_page;
  KartaPdfRect selection; /* in points of selection_page */
  double       drag_x;    /* where the drag began, content px */
  double       drag_y;

  double pointer_x; /* the pointer in the widget, for zooming around it */
  double pointer_y;
  double pinch_zoom; /* the zoom when the pinch began */

  /* from the style */
  GdkRGBA match_colour;
  GdkRGBA current_match_colour;
  GdkRGBA selection_colour;
};

/* karta-pdf-view.c */
void karta_pdf_view_content_origin (KartaPdfView *self,
                                    double       *x,
                                    double       *y);
void karta_pdf_view_zoom_around (KartaPdfView *self,
                                 double        zoom,
                                 double        x,
                                 double        y);
void karta_pdf_view_set_selection (KartaPdfView       *self,
                                   gboolean            has_selection,
                                   guint               page,
                                   const KartaPdfRect *area);

/* karta-pdf-view-render.c */
void karta_pdf_view_update_renders (KartaPdfView *self);
void karta_pdf_view_clear_pages (KartaPdfView *self);
void karta_pdf_view_snapshot_page (KartaPdfView          *self,
                                   GtkSnapshot           *snapshot,
                                   guint                  page,
                                   const graphene_rect_t *rect);

/* karta-pdf-view-marks.c */
void karta_pdf_view_update_colours (KartaPdfView *self);
void karta_pdf_view_snapshot_marks (KartaPdfView          *self,
                                    GtkSnapshot           *snapshot,
                                    guint                  page,
                                    const graphene_rect_t *rect);

/* karta-pdf-view-input.c */
void karta_pdf_view_init_input (KartaPdfView *self);
void karta_pdf_view_class_init_keys (GtkWidgetClass *widget_class);

G_END_DECLS
