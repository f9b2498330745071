/* karta-roadmap-page-gantt.c — the roadmap page's Gantt chart: the switch
 * between table and chart, the chart's actions, filters and edits
 *
 * Both views show the same filters; the search, which hides rows in the
 * table, highlights them on the chart, which jumps to the first. A bar
 * dropped at other dates is one undoable change of the activity, its term
 * marked as changed by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-activity-row.h"
#include "karta-file-name.h"
#include "karta-gantt-export.h"
#include "karta-roadmap-page-private.h"
#include "karta-settings.h"
#include "karta-slice-growth.h"

/* The ids of the activities the search finds, in table order */
static GArray *
search_matches (KartaRoadmapPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; karta_activity_filter_has_search (self->activity_filter) && i < self->row_array->len; i++)
    {
      KartaActivityRow *row = g_ptr_array_index (self->row_array, i);

      if (!karta_activity_row_is_section (row) && karta_activity_filter_finds (self->activity_filter, karta_activity_row_get_haystack (row)))
        {
          gint64 id = karta_activity_row_get_id (row);
          g_array_append_val (ids, id);
        }
    }
  return ids;
}

static void
update_hint (KartaRoadmapPage *self,
             guint             n_matches)
{
  g_autofree char *text = NULL;

  if (karta_activity_filter_has_search (self->activity_filter))
    text = g_strdup_printf (ngettext ("%u activity found", "%u activities found", n_matches),
                            n_matches);
  gtk_label_set_text (self->gantt_hint, text ? text : "");
}

/**
 * karta_roadmap_page_update_gantt:
 * @refilter: whether the filters changed (a new roadmap is filtered as it
 *   comes)
 *
 * Filters the chart's rows and highlights what the search finds.
 */
void
karta_roadmap_page_update_gantt (KartaRoadmapPage *self,
                                 gboolean          refilter)
{
  KartaGanttLayout *layout = karta_gantt_view_get_layout (self->gantt_view);
  g_autoptr (GArray) ids = search_matches (self);

  if (refilter)
    karta_gantt_layout_refilter (layout);
  karta_gantt_layout_set_highlighted (layout, (const gint64 *) ids->data, ids->len);
  karta_gantt_view_layout_changed (self->gantt_view);
  update_hint (self, ids->len);
}

/* Selects the first row the search finds, and scrolls to it */
void
karta_roadmap_page_gantt_show_first_match (KartaRoadmapPage *self)
{
  KartaGanttLayout *layout = karta_gantt_view_get_layout (self->gantt_view);
  g_autoptr (GArray) ids = NULL;

  if (!self->gantt)
    return;
  ids = search_matches (self);
  for (guint i = 0; i < ids->len; i++)
    if (karta_gantt_layout_find_activity (layout, g_array_index (ids, gint64, i)) >= 0)
      {
        karta_gantt_view_select (self->gantt_view, g_array_index (ids, gint64, i));
        return;
      }
}

/* The chart's actions, enabled while it shows */
static const char *const gantt_actions[] = {
  "roadmap.gantt-today",
  "roadmap.gantt-fit",
  "roadmap.gantt-zoom-in",
  "roadmap.gantt-zoom-out",
  "roadmap.gantt-print",
  "roadmap.gantt-export",
};

static void
update_actions (KartaRoadmapPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (gantt_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), gantt_actions[i], self->gantt);
}

/**
 * karta_roadmap_page_set_view:
 * @view: "table" or "gantt"
 *
 * Shows the activities as a table or as a Gantt chart; the selection goes
 * along.
 */
void
karta_roadmap_page_set_view (KartaRoadmapPage *self,
                             const char       *view)
{
  gboolean             gantt = g_strcmp0 (view, "gantt") == 0;
  const KartaActivity *selected = karta_roadmap_page_get_selected_activity (self);

  if (self->gantt == gantt)
    return;
  self->gantt = gantt;
  if (gantt)
    karta_gantt_view_select (self->gantt_view, selected ? selected->id : 0);
  karta_roadmap_page_update_stack (self);
  update_actions (self);
  g_object_notify (G_OBJECT (self), "view");
}

/* The chart's selection is the page's: the window's actions (delete, add
 * an activity beside it) read it from the table, where the search may
 * hide it */
static void
on_gantt_selected (KartaRoadmapPage *self)
{
  gint64      id = karta_gantt_view_get_selected (self->gantt_view);
  GListModel *model = G_LIST_MODEL (self->selection);
  guint       n;

  if (!self->gantt)
    return;
  karta_slice_growth_finish (self->slice);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KartaActivityRow) row = g_list_model_get_item (model, i);

      if (!karta_activity_row_is_section (row) && karta_activity_row_get_id (row) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_gantt_activate (KartaRoadmapPage *self,
                   gint64            activity_id)
{
  karta_roadmap_page_edit_activity (self, activity_id);
}

/* What a span's new dates make of the schedule: a deadline stays one while
 * only its end moves, "from" while only its start does; else dates */
static KartaScheduleKind
kind_after (const KartaSchedule *schedule,
            const KartaSpan     *span,
            KartaDay             start,
            KartaDay             end)
{
  if (schedule->kind == KARTA_SCHEDULE_DEADLINE && start == span->start)
    return KARTA_SCHEDULE_DEADLINE;
  if (schedule->kind == KARTA_SCHEDULE_FROM && end == span->end)
    return KARTA_SCHEDULE_FROM;
  return KARTA_SCHEDULE_DATES;
}

static void
on_gantt_reschedule (KartaRoadmapPage *self,
                     gint64            activity_id,
                     int               span_index,
                     guint             start,
                     guint             end)
{
  const KartaActivity *current = self->roadmap ? karta_roadmap_find_activity (self->roadmap, activity_id) : NULL;
  g_autoptr (KartaActivity) activity = NULL;
  g_autoptr (GError) error = NULL;
  KartaSpan *span;

  if (current == NULL || span_index < 0 || (guint) span_index >= current->schedule->spans->len)
    return;
  activity = karta_activity_copy (current);
  span = &g_array_index (activity->schedule->spans, KartaSpan, span_index);
  activity->schedule->kind = kind_after (activity->schedule, span, start, end);
  span->start = start;
  span->end = end;
  activity->term_edited = TRUE;
  if (!karta_store_update_activity (self->store, activity, &error))
    {
      GtkWidget       *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *message = g_strdup_printf ("%s: %s", _ ("Could not change the dates"), error->message);

      g_warning ("%s", message);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
    }
}

/* Meeting mode */

gboolean
karta_roadmap_page_get_meeting_mode (KartaRoadmapPage *self)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), FALSE);
  return karta_gantt_view_get_meeting_mode (self->gantt_view);
}

/**
 * karta_roadmap_page_set_meeting_mode:
 *
 * For a projector: the Gantt chart in large type, with the keyboard focus,
 * under the roadmap's title and order, today's date and how to leave; the
 * filters and the editing tools go.
 */
void
karta_roadmap_page_set_meeting_mode (KartaRoadmapPage *self,
                                     gboolean          meeting_mode)
{
  g_return_if_fail (KARTA_IS_ROADMAP_PAGE (self));

  if (meeting_mode)
    karta_roadmap_page_set_view (self, "gantt");
  if (meeting_mode)
    {
      g_autofree char *today = karta_day_format (karta_day_today ());
      /* Translators: in meeting mode, beside the roadmap's title */
      g_autofree char *text = g_strdup_printf (_ ("Today %s"), today);

      gtk_label_set_text (self->meeting_today_label, text);
    }
  gtk_widget_set_visible (self->meeting_info, meeting_mode);
  gtk_widget_set_visible (self->view_switch, !meeting_mode);
  gtk_widget_set_visible (self->toolbar, !meeting_mode);
  gtk_widget_set_visible (self->gantt_toolbar, !meeting_mode);
  karta_gantt_view_set_meeting_mode (self->gantt_view, meeting_mode);
  if (meeting_mode)
    gtk_widget_grab_focus (GTK_WIDGET (self->gantt_view));
}

/* Actions */

/* Today outside the roadmap's period: the chart cannot show it, and says so */
static void
scroll_to_today (KartaRoadmapPage *self)
{
  KartaDay   today = karta_day_today ();
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  karta_gantt_view_scroll_to_today (self->gantt_view);
  if (self->roadmap != NULL && overlay != NULL &&
      (today < self->roadmap->period.start || today > self->roadmap->period.end))
    {
      g_autofree char *day = karta_day_format (today);
      g_autofree char *period = karta_period_format (&self->roadmap->period);
      /* Translators: "Today, 07.12.2026, is outside the roadmap's period, 2022" */
      g_autofree char *text = g_strdup_printf (_ ("Today, %s, is outside the roadmap’s period, %s"), day, period);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
    }
}

static void
gantt_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KartaRoadmapPage *self = KARTA_ROADMAP_PAGE (widget);
  const char       *name = action_name + strlen ("roadmap.gantt-");
  const char       *title = self->roadmap && self->roadmap->title ? self->roadmap->title : _ ("Roadmap");

  if (g_str_equal (name, "today"))
    scroll_to_today (self);
  else if (g_str_equal (name, "fit"))
    karta_gantt_view_fit_period (self->gantt_view);
  else if (g_str_equal (name, "zoom-in"))
    karta_gantt_view_zoom_in (self->gantt_view);
  else if (g_str_equal (name, "zoom-out"))
    karta_gantt_view_zoom_out (self->gantt_view);
  else if (g_str_equal (name, "print"))
    karta_gantt_export_print (self->gantt_view, title);
  else
    {
      g_autofree char *short_name = self->roadmap ? karta_roadmap_short_name (self->roadmap) : g_strdup (title);
      karta_gantt_export_save (self->gantt_view, short_name);
    }
}

void
karta_roadmap_page_class_init_gantt (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, heading);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, view_switch);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, meeting_info);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, meeting_today_label);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, gantt_toolbar);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, gantt_view);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, gantt_hint);
  gtk_widget_class_bind_template_callback (widget_class, on_gantt_activate);

  gtk_widget_class_install_property_action (widget_class, "roadmap.view", "view");
  for (guint i = 0; i < G_N_ELEMENTS (gantt_actions); i++)
    gtk_widget_class_install_action (widget_class, gantt_actions[i], NULL, gantt_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "roadmap.gantt-zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "roadmap.gantt-zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "roadmap.gantt-zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "roadmap.gantt-zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "roadmap.gantt-zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "roadmap.gantt-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "roadmap.gantt-print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "roadmap.gantt-export", NULL);
}

void
karta_roadmap_page_init_gantt (KartaRoadmapPage *self)
{
  KartaGanttLayout *layout = karta_gantt_view_get_layout (self->gantt_view);
  g_autoptr (GSettings) settings = karta_settings_new_if_installed ();

  /* the titles' column as the user left it (the bindings hold @settings) */
  if (settings != NULL)
    {
      g_settings_bind (settings, "gantt-label-width", self->gantt_view, "label-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "gantt-wrap-titles", self->gantt_view, "wrap-titles", G_SETTINGS_BIND_DEFAULT);
    }

  /* the chart and the table: one filter, one today */
  karta_gantt_layout_set_today (layout, karta_activity_filter_get_today (self->activity_filter));
  karta_gantt_layout_set_filter (layout, self->activity_filter);
  g_signal_connect_object (self->gantt_view, "notify::selected", G_CALLBACK (on_gantt_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gantt_view, "reschedule", G_CALLBACK (on_gantt_reschedule), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}
