/* karta-gantt-view-private.h — shared by the files of KartaGanttView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-gantt-view.h"
#include "karta-scrollable-private.h"

G_BEGIN_DECLS

#define KARTA_GANTT_MIN_PIXELS_PER_DAY 0.5
#define KARTA_GANTT_MAX_PIXELS_PER_DAY 80.0
#define KARTA_GANTT_ZOOM_STEP          1.25

/* A bar being dragged: the span's days as they were, and as they will be */
typedef struct
{
  gint64         activity_id;
  int            row;
  int            span;
  KartaGanttPart part; /* BODY moves, START and END resize */
  KartaDay       start;
  KartaDay       end;
  KartaDay       new_start;
  KartaDay       new_end;
  double         x0;     /* where the drag began, in widget pixels */
  gboolean       active; /* past the threshold: a drag, not a click */
} KartaGanttDrag;

struct _KartaGanttView
{
  GtkWidget parent_instance;

  KartaGanttLayout *layout;
  KartaGanttPalette palette;
  GdkRGBA           accent; /* of the theme: a bar being dragged */
  char             *font_family;
  KartaScrollable   scroll;
  guint             meeting_mode : 1;
  guint             fitted : 1; /* the whole period shows, whatever the size */
  guint             wrap_titles : 1;
  double            label_ems;         /* the user's left column, in font sizes; 0: automatic */
  double            label_drag_origin; /* its width when a drag of its edge began; < 0: none */
  double            label_drag_ems;    /* …and label_ems then */

  /* The chart of the last frame, reused until the viewport or the layout
   * changes: hover, tooltips and drags are drawn over it */
  GskRenderNode     *chart_node;
  KartaGanttViewport chart_viewport;

  KartaGanttDrag drag;
  int            drop_row;       /* files dragged over it; -1: none */
  double         zoom_start_ppd; /* pinch: the zoom when it began */
  double         pointer_x;
  const char    *cursor; /* static: the pointer's shape, NULL for the default */
};

/* karta-gantt-view.c */
void     karta_gantt_view_invalidate (KartaGanttView *self);
void     karta_gantt_view_scroll_to_row (KartaGanttView *self,
                                         int             row);
gboolean karta_gantt_view_hit (KartaGanttView *self,
                               double          x,
                               double          y,
                               KartaGanttHit  *hit);
void     karta_gantt_view_emit_activate (KartaGanttView *self,
                                         gint64          activity_id);
void     karta_gantt_view_emit_reschedule (KartaGanttView       *self,
                                           const KartaGanttDrag *drag);

/* karta-gantt-view-zoom.c */
void karta_gantt_view_page_size (KartaGanttView *self,
                                 double         *width,
                                 double         *height);
void karta_gantt_view_keep_adjustments (KartaGanttView *self);

/* karta-gantt-view-labels.c */
void     karta_gantt_view_init_labels (KartaGanttView *self);
void     karta_gantt_view_update_label_width (KartaGanttView *self);
void     karta_gantt_view_apply_label_width (KartaGanttView *self,
                                             double          label_ems);
gboolean karta_gantt_view_on_label_edge (KartaGanttView *self,
                                         double          x);

/* karta-gantt-view-input.c */
void     karta_gantt_view_init_input (KartaGanttView *self);
gboolean karta_gantt_view_cancel_drag (KartaGanttView *self);
void     karta_gantt_view_snapshot_drag (KartaGanttView *self,
                                         GtkSnapshot    *snapshot);

/* karta-gantt-view-drop.c */
void karta_gantt_view_init_drop (KartaGanttView *self);
void karta_gantt_view_snapshot_drop (KartaGanttView *self,
                                     GtkSnapshot    *snapshot);

/* karta-gantt-view-keys.c */
void     karta_gantt_view_class_init_keys (GtkWidgetClass *widget_class);
char    *karta_gantt_view_tooltip_markup (KartaGanttView      *self,
                                          const KartaActivity *activity);
void     karta_gantt_view_describe_selected (KartaGanttView *self);
gboolean karta_gantt_view_query_tooltip (GtkWidget  *widget,
                                         int         x,
                                         int         y,
                                         gboolean    keyboard_mode,
                                         GtkTooltip *tooltip);

G_END_DECLS
