/* test-gantt.c — a roadmap's Gantt chart in the real window, driven for real
 *
 * Needs a display (Xvfb will do); skipped without one. Opens the largest
 * sample roadmap as a Gantt chart, scrolls and zooms it, selects with the
 * pointer and the keyboard, drags a bar to other dates and undoes it,
 * filters, and toggles meeting mode; saves screenshots into the build
 * directory. The pointer and the keys go through the X server (xdotool),
 * so GTK sees real events; those parts are skipped without xdotool.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-activity-editor.h"
#include "karta-gantt-export.h"
#include "karta-gantt-legend-bar.h"
#include "karta-gantt-test-util.h"
#include "karta-roadmap-page-private.h"
#include "karta-window.h"
#include "karta-ui-test-util.h"

static KartaStore *store;
static char       *library_dir;

/* The window on the largest roadmap's Gantt chart */
static KartaWindow *
open_gantt (int              width,
            int              height,
            KartaGanttView **view)
{
  KartaWindow      *window = karta_window_new (NULL, store);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (karta_window_select_roadmap (window, karta_ui_test_largest_roadmap (store)));
  gtk_widget_activate_action (GTK_WIDGET (page), "roadmap.view", "s", "gantt");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "gantt");
  *view = page->gantt_view;
  karta_ui_test_wait_until_drawn (GTK_WIDGET (*view));
  return window;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_assert_true (karta_ui_test_save_screenshot (widget, name));
}

/* The row at the top of the chart, as the painter places it */
static int
top_row (KartaGanttView *view)
{
  KartaGanttViewport viewport;
  KartaGanttHit      hit;

  karta_gantt_view_get_viewport (view, &viewport);
  g_assert_true (karta_gantt_view_hit (view, viewport.width - 10,
                                       karta_gantt_layout_get_header_height (view->layout) + 2, &hit));
  return hit.row;
}

/* Every section and activity has a row; scrolling shows others */
static void
test_gantt_open_scroll (void)
{
  KartaGanttView     *view;
  KartaWindow        *window = open_gantt (1280, 800, &view);
  const KartaRoadmap *roadmap = karta_roadmap_page_get_roadmap (karta_window_get_roadmap_page (window));
  int                 first;

  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), >, karta_roadmap_count_activities (roadmap));
  save_screenshot (GTK_WIDGET (window), "gantt");

  first = top_row (view);
  g_assert_cmpint (first, ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (view->scroll.vadjustment), >, gtk_adjustment_get_page_size (view->scroll.vadjustment));
  gtk_adjustment_set_value (view->scroll.vadjustment, 10 * karta_gantt_layout_get_row_height (view->layout));
  karta_ui_test_wait_ms (100);
  g_assert_cmpint (top_row (view), ==, 10);
  g_assert_cmpfloat (view->chart_viewport.y, ==, gtk_adjustment_get_value (view->scroll.vadjustment));
  save_screenshot (GTK_WIDGET (window), "gantt-scrolled");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pointer and the keyboard, through the X server */

/* Events from another client arrive in their own time: waits up to 3 s
 * for @condition to hold */
#define WAIT_FOR(condition)                                          \
  G_STMT_START                                                       \
  {                                                                  \
    gint64 deadline_ = g_get_monotonic_time () + 3 * G_USEC_PER_SEC; \
    while (!(condition) && g_get_monotonic_time () < deadline_)      \
      g_main_context_iteration (NULL, FALSE);                        \
  }                                                                  \
  G_STMT_END

/* Runs xdotool with @args, where "@W" stands for the view's X window and
 * "@X @Y" for the view's point (x, y) in the window's coordinates */
static void
xdotool (KartaGanttView *view,
         double          x,
         double          y,
         const char     *args)
{
  karta_ui_test_xdotool (GTK_WIDGET (view), x, y, args);
}

/* Where the middle of @day is on a row, in the view */
static double
day_x (KartaGanttView *view,
       KartaDay        day)
{
  return karta_gantt_layout_get_label_width (view->layout) + karta_gantt_layout_day_to_x (view->layout, day) - gtk_adjustment_get_value (view->scroll.hadjustment);
}

/* The day under widget x, with its fraction */
static double
day_at (KartaGanttView *view,
        double          x)
{
  return (gtk_adjustment_get_value (view->scroll.hadjustment) + x - karta_gantt_layout_get_label_width (view->layout)) / karta_gantt_layout_get_pixels_per_day (view->layout);
}

/* Zooming keeps the day under the pointer where it is */
static void
test_gantt_zoom (void)
{
  KartaGanttView *view;
  KartaWindow    *window = open_gantt (1280, 800, &view);
  double          x = karta_gantt_layout_get_label_width (view->layout) + 300;
  double          ppd = karta_gantt_view_get_pixels_per_day (view);
  double          day = day_at (view, x);

  karta_gantt_view_zoom_at (view, 2.0, x);
  g_assert_cmpfloat_with_epsilon (karta_gantt_view_get_pixels_per_day (view), 2 * ppd, 1e-9);
  g_assert_cmpfloat_with_epsilon (day_at (view, x), day, 0.01);

  ppd = karta_gantt_view_get_pixels_per_day (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "roadmap.gantt-zoom-out", NULL);
  g_assert_cmpfloat (karta_gantt_view_get_pixels_per_day (view), <, ppd);

  if (karta_ui_test_have_xdotool ())
    {
      ppd = karta_gantt_view_get_pixels_per_day (view);
      x = karta_gantt_layout_get_label_width (view->layout) + 200;
      xdotool (view, x, 300, "mousemove --window @W @X @Y");
      day = day_at (view, x);
      /* button 4: the wheel up */
      xdotool (view, x, 300, "keydown ctrl click 4 keyup ctrl");
      WAIT_FOR (karta_gantt_view_get_pixels_per_day (view) > ppd);
      g_assert_cmpfloat (karta_gantt_view_get_pixels_per_day (view), >, ppd);
      g_assert_cmpfloat_with_epsilon (day_at (view, x), day, 1.0);
    }
  save_screenshot (GTK_WIDGET (window), "gantt-zoomed");
  gtk_widget_activate_action (GTK_WIDGET (view), "roadmap.gantt-fit", NULL);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (view->scroll.hadjustment), >=,
                     gtk_adjustment_get_upper (view->scroll.hadjustment) - 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static int
first_activity_row (KartaGanttView *view,
                    int             from)
{
  for (guint i = from; i < karta_gantt_layout_get_n_rows (view->layout); i++)
    if (karta_gantt_layout_get_row (view->layout, i)->kind == KARTA_GANTT_ROW_ACTIVITY)
      return i;
  g_assert_not_reached ();
}

static gint64
row_activity (KartaGanttView *view,
              int             row)
{
  return karta_gantt_layout_get_row (view->layout, row)->activity->id;
}

/* Whether an activity editor is open; closes it if @close */
static gboolean
editor_shown (gboolean close)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KARTA_IS_ACTIVITY_EDITOR (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          if (close)
            gtk_window_destroy (window);
          karta_ui_test_wait_ms (100);
          return TRUE;
        }
    }
  return FALSE;
}

/* The tooltip tells all about an activity, in Russian */
static void
test_gantt_tooltip (void)
{
  KartaGanttView      *view;
  KartaWindow         *window = open_gantt (1280, 800, &view);
  const KartaActivity *activity = karta_gantt_layout_get_row (view->layout, first_activity_row (view, 0))->activity;
  g_autofree char     *markup = karta_gantt_view_tooltip_markup (view, activity);
  g_autofree char     *escaped = g_markup_escape_text (activity->title, -1);
  g_autofree char     *term = g_markup_escape_text (activity->term, -1);

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
  g_assert_nonnull (strstr (markup, escaped));
  g_assert_nonnull (strstr (markup, term));
  /* as the user reads them: "Сроки:" in Russian */
  g_assert_nonnull (strstr (markup, _ ("Term:")));
  g_assert_nonnull (strstr (markup, _ ("Status:")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A click selects, and so do the arrows, Home, End and Page Down; a double
 * click and Enter open the activity */
static void
test_gantt_select (void)
{
  KartaGanttView   *view;
  KartaWindow      *window = open_gantt (1280, 800, &view);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  int               first = first_activity_row (view, 0);
  int               second = first_activity_row (view, first + 1);
  guint             n = karta_gantt_layout_get_n_rows (view->layout);

  if (!karta_ui_test_have_xdotool ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  xdotool (view, 40, karta_gantt_test_row_middle (view, second), "mousemove --window @W @X @Y click --repeat 2 1");
  WAIT_FOR (editor_shown (FALSE));
  g_assert_true (editor_shown (TRUE));
  g_assert_cmpint (karta_gantt_view_get_selected (view), ==, row_activity (view, second));
  g_assert_cmpint (karta_roadmap_page_get_selected_activity (page)->id, ==, row_activity (view, second));
  xdotool (view, 40, karta_gantt_test_row_middle (view, second), "key Up");
  WAIT_FOR (karta_gantt_view_get_selected (view) == row_activity (view, first));
  g_assert_cmpint (karta_gantt_view_get_selected (view), ==, row_activity (view, first));
  xdotool (view, 40, karta_gantt_test_row_middle (view, second), "key Down Down");
  WAIT_FOR (karta_gantt_view_get_selected (view) == row_activity (view, first_activity_row (view, second + 1)));
  g_assert_cmpint (karta_gantt_view_get_selected (view), ==, row_activity (view, first_activity_row (view, second + 1)));
  xdotool (view, 40, karta_gantt_test_row_middle (view, second), "key End");
  WAIT_FOR (karta_gantt_view_get_selected (view) == row_activity (view, n - 1));
  g_assert_cmpint (karta_gantt_view_get_selected (view), ==, row_activity (view, n - 1));
  g_assert_cmpfloat (gtk_adjustment_get_value (view->scroll.vadjustment), >, 0);
  save_screenshot (GTK_WIDGET (window), "gantt-selected-last");
  xdotool (view, 40, 300, "key Home");
  WAIT_FOR (karta_gantt_view_get_selected (view) == row_activity (view, first));
  g_assert_cmpint (karta_gantt_view_get_selected (view), ==, row_activity (view, first));
  g_assert_cmpfloat (gtk_adjustment_get_value (view->scroll.vadjustment), ==, 0);
  xdotool (view, 40, 300, "key Return");
  WAIT_FOR (editor_shown (FALSE));
  g_assert_true (editor_shown (TRUE));
  xdotool (view, 40, 300, "key Next");
  WAIT_FOR (karta_gantt_view_get_selected (view) != row_activity (view, first));
  g_assert_cmpint (karta_gantt_layout_get_row (view->layout, karta_gantt_layout_find_activity (view->layout, karta_gantt_view_get_selected (view)))->section->id,
                   !=, karta_gantt_layout_get_row (view->layout, first)->section->id);
  save_screenshot (GTK_WIDGET (window), "gantt-selected");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A row on screen whose activity has dates over at least @days days */
static int
dated_row (KartaGanttView *view,
           guint           days)
{
  for (guint i = 0; i < 20; i++)
    {
      const KartaGanttRow *row = karta_gantt_layout_get_row (view->layout, i);

      if (row->kind == KARTA_GANTT_ROW_ACTIVITY && row->activity->schedule->kind == KARTA_SCHEDULE_DATES && row->activity->schedule->spans->len == 1)
        {
          const KartaSpan *span = &g_array_index (row->activity->schedule->spans, KartaSpan, 0);
          if (span->end - span->start + 1 >= days)
            return i;
        }
    }
  g_assert_not_reached ();
}

static KartaSpan
stored_span (gint64 activity_id,
             gint64 roadmap_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, roadmap_id, &error);
  const KartaActivity *activity = karta_roadmap_find_activity (roadmap, activity_id);
  KartaSpan            span = g_array_index (activity->schedule->spans, KartaSpan, 0);

  g_assert_no_error (error);
  span.label = NULL;
  return span;
}

/* Whether the activity's dates were changed by hand, not from its term */
static gboolean
term_edited (gint64 activity_id,
             gint64 roadmap_id)
{
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, roadmap_id, NULL);

  return karta_roadmap_find_activity (roadmap, activity_id)->term_edited;
}

/* Dragging a bar moves its dates in one undoable step, marking the term as
 * changed by hand; Escape cancels */
static void
test_gantt_drag_undo (void)
{
  KartaGanttView  *view;
  KartaWindow     *window = open_gantt (1280, 800, &view);
  gint64           roadmap_id = karta_roadmap_page_get_roadmap_id (karta_window_get_roadmap_page (window));
  int              row;
  gint64           id;
  KartaSpan        before, after;
  double           x, y, shift;
  g_autofree char *command = NULL;
  g_autofree char *resize = NULL;

  if (!karta_ui_test_have_xdotool ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  karta_gantt_view_set_pixels_per_day (view, 6.0);
  row = dated_row (view, 8);
  id = row_activity (view, row);
  before = stored_span (id, roadmap_id);
  gtk_adjustment_set_value (view->scroll.hadjustment, karta_gantt_layout_day_to_x (view->layout, before.start) - 100);
  karta_ui_test_wait_ms (100);
  x = day_x (view, before.start + (before.end - before.start) / 2);
  y = karta_gantt_test_row_middle (view, row);
  shift = 10 * karta_gantt_view_get_pixels_per_day (view);

  /* Escape: nothing changes */
  command = g_strdup_printf ("mousemove --window @W @X @Y mousedown 1 mousemove_relative -- %d 0 "
                             "mousemove_relative -- %d 0",
                             (int) (shift / 2), (int) (shift / 2));
  xdotool (view, x, y, command);
  WAIT_FOR (view->drag.active);
  g_assert_true (view->drag.active);
  save_screenshot (GTK_WIDGET (window), "gantt-dragging");
  xdotool (view, x, y, "key Escape mouseup 1");
  WAIT_FOR (view->drag.activity_id == 0);
  after = stored_span (id, roadmap_id);
  g_assert_cmpuint (after.start, ==, before.start);

  xdotool (view, x, y, command);
  xdotool (view, x, y, "mouseup 1");
  WAIT_FOR (stored_span (id, roadmap_id).start != before.start);
  after = stored_span (id, roadmap_id);
  g_assert_cmpuint (after.start, ==, before.start + 10);
  g_assert_cmpuint (after.end, ==, before.end + 10);
  g_assert_true (term_edited (id, roadmap_id));

  xdotool (view, x, y, "key ctrl+z");
  WAIT_FOR (stored_span (id, roadmap_id).start == before.start);
  after = stored_span (id, roadmap_id);
  g_assert_cmpuint (after.start, ==, before.start);
  g_assert_cmpuint (after.end, ==, before.end);
  g_assert_false (term_edited (id, roadmap_id));

  /* the end edge: five days longer, the start where it was */
  x = day_x (view, before.end + 1) - 1;
  resize = g_strdup_printf ("mousemove --window @W @X @Y mousedown 1 mousemove_relative -- %d 0 mouseup 1",
                            (int) (5 * karta_gantt_view_get_pixels_per_day (view)));
  xdotool (view, x, y, resize);
  WAIT_FOR (stored_span (id, roadmap_id).end != before.end);
  after = stored_span (id, roadmap_id);
  g_assert_cmpuint (after.start, ==, before.start);
  g_assert_cmpuint (after.end, ==, before.end + 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The filters hide rows; the search highlights and goes to the first */
static void
test_gantt_filter (void)
{
  KartaGanttView      *view;
  KartaWindow         *window = open_gantt (1280, 800, &view);
  KartaRoadmapPage    *page = karta_window_get_roadmap_page (window);
  guint                all = karta_gantt_layout_get_n_rows (view->layout);
  const KartaActivity *selected;

  gtk_drop_down_set_selected (page->status_filter, 1 + KARTA_STATUS_DONE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), <, all);
  for (guint i = 0; i < karta_gantt_layout_get_n_rows (view->layout); i++)
    {
      const KartaGanttRow *row = karta_gantt_layout_get_row (view->layout, i);
      if (row->kind == KARTA_GANTT_ROW_ACTIVITY)
        g_assert_cmpint (row->activity->status, ==, KARTA_STATUS_DONE);
    }
  save_screenshot (GTK_WIDGET (window), "gantt-filtered");
  karta_roadmap_page_clear_filters (page);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), ==, all);

  /* more filters: overdue leaves only what is past its dates and not done */
  gtk_menu_button_popup (page->more_filters_button);
  gtk_check_button_set_active (page->overdue_filter, TRUE);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), <=, all);
  for (guint i = 0; i < karta_gantt_layout_get_n_rows (view->layout); i++)
    {
      const KartaGanttRow *row = karta_gantt_layout_get_row (view->layout, i);
      if (row->kind == KARTA_GANTT_ROW_ACTIVITY)
        g_assert_cmpint (karta_gantt_layout_effective_status (view->layout, row->activity), ==, KARTA_STATUS_OVERDUE);
    }
  gtk_drop_down_set_selected (page->section_filter, 2);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), <, all);
  save_screenshot (GTK_WIDGET (window), "gantt-more-filters");
  gtk_menu_button_popdown (page->more_filters_button);
  karta_roadmap_page_clear_filters (page);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), ==, all);

  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "мониторинг");
  karta_ui_test_wait_ms (400);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (view->layout), ==, all);
  selected = karta_roadmap_find_activity (karta_roadmap_page_get_roadmap (page), karta_gantt_view_get_selected (view));
  g_assert_nonnull (selected);
  g_assert_nonnull (g_strrstr (g_utf8_casefold (selected->title, -1), "мониторинг"));
  save_screenshot (GTK_WIDGET (window), "gantt-search");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
wait_fullscreen (GtkWindow *window,
                 gboolean   fullscreen)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline && gtk_window_is_fullscreen (window) != fullscreen)
    g_main_context_iteration (NULL, FALSE);
  karta_ui_test_wait_ms (300);
}

/* F11 and Escape toggle meeting mode: full screen, large type */
static void
test_gantt_meeting (void)
{
  KartaGanttView   *view;
  KartaWindow      *window = open_gantt (1024, 768, &view);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  double            row_height = karta_gantt_layout_get_row_height (view->layout);

  /* F11 and Escape as people press them, where xdotool can */
  if (karta_ui_test_can_drive_x ())
    {
      gtk_widget_grab_focus (GTK_WIDGET (view));
      xdotool (view, 300, 300, "mousemove --window @W @X @Y key F11");
      WAIT_FOR (karta_roadmap_page_get_meeting_mode (page));
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting-mode", NULL);
  wait_fullscreen (GTK_WINDOW (window), TRUE);
  g_assert_true (karta_roadmap_page_get_meeting_mode (page));
  g_assert_true (karta_gantt_view_get_meeting_mode (view));
  g_assert_false (gtk_widget_get_visible (page->toolbar));
  /* the roadmap and today's date above the chart, and how to leave */
  g_assert_true (gtk_widget_get_visible (page->heading));
  g_assert_true (gtk_widget_get_visible (page->meeting_info));
  {
    g_autofree char *today = karta_day_format (karta_day_today ());
    g_assert_nonnull (strstr (gtk_label_get_text (page->meeting_today_label), today));
  }
  g_assert_cmpfloat (karta_gantt_layout_get_row_height (view->layout), >, row_height);
  /* the whole period in view */
  g_assert_cmpfloat (gtk_adjustment_get_page_size (view->scroll.hadjustment), >=,
                     gtk_adjustment_get_upper (view->scroll.hadjustment) - 1);
  save_screenshot (GTK_WIDGET (window), "gantt-meeting");
  /* the legend in its larger type, on as many lines as it needs */
  {
    GtkWidget *legend = karta_ui_test_find_widget (GTK_WIDGET (page), KARTA_TYPE_GANTT_LEGEND_BAR, NULL);

    g_assert_cmpint (gtk_widget_get_height (legend), >=, karta_gantt_legend_height (view->layout, gtk_widget_get_width (legend)));
  }

  if (karta_ui_test_can_drive_x ())
    {
      xdotool (view, 300, 300, "key Escape");
      WAIT_FOR (!karta_roadmap_page_get_meeting_mode (page));
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-meeting-mode", NULL);
  wait_fullscreen (GTK_WINDOW (window), FALSE);
  g_assert_false (karta_roadmap_page_get_meeting_mode (page));
  g_assert_true (gtk_widget_get_visible (page->toolbar));
  g_assert_false (gtk_widget_get_visible (page->meeting_info));
  g_assert_cmpfloat (karta_gantt_layout_get_row_height (view->layout), ==, row_height);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chart follows the dark style */
static void
test_gantt_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  KartaGanttView  *view;
  KartaWindow     *window = open_gantt (1280, 800, &view);
  KartaRgb         light = view->palette.base.background;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  karta_ui_test_wait_ms (300);
  g_assert_cmpfloat (view->palette.base.background.red + view->palette.base.background.green, <,
                     light.red + light.green);
  save_screenshot (GTK_WIDGET (window), "gantt-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A small window keeps the toolbars usable */
static void
test_gantt_small (void)
{
  KartaGanttView *view;
  KartaWindow    *window = open_gantt (800, 600, &view);

  /* folded: the page, not the sidebar */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_cmpfloat (karta_gantt_layout_get_label_width (view->layout), <=, 0.4 * gtk_widget_get_width (GTK_WIDGET (view)) + 1);
  save_screenshot (GTK_WIDGET (window), "gantt-small");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The titles' column: its edge dragged wider, the width kept in sizes of
 * text (a new window has it back, meeting mode widens it with the text),
 * a double click on the edge makes it automatic again */
static void
test_gantt_label_column (void)
{
  KartaGanttView *view;
  KartaWindow    *window = open_gantt (1280, 800, &view);
  double          before = karta_gantt_layout_get_label_width (view->layout), after, y = 300;
  double          ems;

  g_assert_cmpfloat (karta_gantt_view_get_label_width (view), ==, 0);
  if (karta_ui_test_have_xdotool ())
    {
      xdotool (view, before, y, "mousemove --window @W @X @Y mousedown 1 mousemove_relative -- 100 0 "
                                "mousemove_relative -- 100 0 mouseup 1");
      WAIT_FOR (karta_gantt_view_get_label_width (view) > 0);
    }
  else
    karta_gantt_view_set_label_width (view, (before + 200) / karta_gantt_layout_get_font_size (view->layout));
  after = karta_gantt_layout_get_label_width (view->layout);
  g_assert_cmpfloat (fabs (after - (before + 200)), <, 3);
  /* no bar under the old edge was dragged */
  g_assert_cmpint (view->drag.activity_id, ==, 0);
  save_screenshot (GTK_WIDGET (window), "gantt-wide-titles");
  ems = karta_gantt_view_get_label_width (view);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_gantt (1280, 800, &view);
  g_assert_cmpfloat (karta_gantt_view_get_label_width (view), ==, ems);
  g_assert_cmpfloat (fabs (karta_gantt_layout_get_label_width (view->layout) - after), <, 1);
  karta_gantt_view_set_meeting_mode (view, TRUE);
  g_assert_cmpfloat (karta_gantt_layout_get_label_width (view->layout), >, after * 1.2);
  karta_gantt_view_set_meeting_mode (view, FALSE);

  if (karta_ui_test_have_xdotool ())
    {
      xdotool (view, after, y, "mousemove --window @W @X @Y click --repeat 2 1");
      WAIT_FOR (karta_gantt_view_get_label_width (view) == 0);
    }
  else
    karta_gantt_view_set_label_width (view, 0);
  g_assert_cmpfloat (karta_gantt_view_get_label_width (view), ==, 0);
  g_assert_cmpfloat (karta_gantt_layout_get_label_width (view->layout), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whole titles on request (the toolbar's toggle, remembered): rows grow
 * to three lines; the legend under the chart names the statuses, on as
 * many lines as it needs */
static void
test_gantt_wrap_legend (void)
{
  KartaGanttView   *view;
  KartaWindow      *window = open_gantt (1024, 768, &view);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  GtkToggleButton  *wrap = GTK_TOGGLE_BUTTON (karta_ui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON, "gantt_wrap_button"));
  GtkWidget        *legend = karta_ui_test_find_widget (GTK_WIDGET (page), KARTA_TYPE_GANTT_LEGEND_BAR, NULL);
  double            row_height = karta_gantt_layout_get_row_height (view->layout);

  g_assert_true (gtk_widget_get_mapped (legend));
  /* at 1024 its items take two lines, none cut */
  g_assert_cmpint (gtk_widget_get_height (legend), >=, karta_gantt_legend_height (view->layout, gtk_widget_get_width (legend)));
  g_assert_cmpfloat (karta_gantt_legend_height (view->layout, gtk_widget_get_width (legend)), >,
                     karta_gantt_legend_height (view->layout, G_MAXINT));
  g_assert_false (gtk_toggle_button_get_active (wrap));
  gtk_toggle_button_set_active (wrap, TRUE);
  g_assert_true (karta_gantt_view_get_wrap_titles (view));
  g_assert_cmpint (karta_gantt_layout_get_title_lines (view->layout), ==, 3);
  g_assert_cmpfloat (karta_gantt_layout_get_row_height (view->layout), >, row_height * 1.7);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (view));
  save_screenshot (GTK_WIDGET (window), "gantt-wrapped");
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_gantt (1024, 768, &view);
  g_assert_true (karta_gantt_view_get_wrap_titles (view));
  karta_gantt_view_set_wrap_titles (view, FALSE);
  g_assert_cmpfloat (karta_gantt_layout_get_row_height (view->layout), ==, row_height);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A roadmap without dates still shows its rows */
static void
test_gantt_no_dates (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  KartaSection     *section = karta_section_new ("1", "Раздел без сроков");
  KartaActivity    *activity = karta_activity_new ();
  KartaWindow      *window = karta_window_new (NULL, store);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  g_autoptr (GError) error = NULL;
  gint64 id;

  roadmap->title = g_strdup ("Без дат");
  karta_period_parse ("2022", &roadmap->period, NULL);
  activity->number = g_strdup ("1.1");
  activity->title = g_strdup ("Мероприятие без сроков");
  g_ptr_array_add (section->activities, activity);
  g_ptr_array_add (roadmap->sections, section);
  id = karta_store_add_roadmap (store, roadmap, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (karta_window_select_roadmap (window, id));
  gtk_widget_activate_action (GTK_WIDGET (page), "roadmap.view", "s", "gantt");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "gantt");
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (page->gantt_view->layout), ==, 2);
  save_screenshot (GTK_WIDGET (window), "gantt-no-dates");
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
export_to (KartaGanttLayout *layout,
           const char       *dir,
           const char       *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_assert_true (karta_gantt_export_write (layout, path, KARTA_GANTT_PAPER_A3, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* What the view shows goes to PDF, PNG and SVG; other names are refused */
static void
test_gantt_export (void)
{
  KartaGanttView  *view;
  KartaWindow     *window = open_gantt (1280, 800, &view);
  g_autofree char *pdf = export_to (view->layout, library_dir, "gantt.pdf");
  g_autofree char *svg = export_to (view->layout, library_dir, "gantt.svg");
  g_autofree char *png_path = g_build_filename (library_dir, "gantt.png", NULL);
  g_autofree char *png = export_to (view->layout, library_dir, "gantt.png");
  g_autoptr (GdkTexture) texture = gdk_texture_new_from_filename (png_path, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_height (texture), >, gdk_texture_get_width (texture) / 4);
  g_assert_false (karta_gantt_export_write (view->layout, "/tmp/gantt.doc", KARTA_GANTT_PAPER_A4, &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!karta_ui_test_init (&argc, &argv))
    return 77;

  store = karta_ui_test_samples_library_new ("karta-test-gantt-XXXXXX", &library_dir);

  g_test_add_func ("/ui/gantt/open-scroll", test_gantt_open_scroll);
  g_test_add_func ("/ui/gantt/zoom", test_gantt_zoom);
  g_test_add_func ("/ui/gantt/tooltip", test_gantt_tooltip);
  g_test_add_func ("/ui/gantt/select", test_gantt_select);
  g_test_add_func ("/ui/gantt/drag-undo", test_gantt_drag_undo);
  g_test_add_func ("/ui/gantt/filter", test_gantt_filter);
  g_test_add_func ("/ui/gantt/meeting", test_gantt_meeting);
  g_test_add_func ("/ui/gantt/dark", test_gantt_dark);
  g_test_add_func ("/ui/gantt/small", test_gantt_small);
  g_test_add_func ("/ui/gantt/label-column", test_gantt_label_column);
  g_test_add_func ("/ui/gantt/wrap-legend", test_gantt_wrap_legend);
  g_test_add_func ("/ui/gantt/no-dates", test_gantt_no_dates);
  g_test_add_func ("/ui/gantt/export", test_gantt_export);
  return karta_ui_test_run (&store, &library_dir);
}
