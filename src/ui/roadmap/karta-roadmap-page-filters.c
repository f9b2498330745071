/* karta-roadmap-page-filters.c — the roadmap page's header, filters and marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-activity-row.h"
#include "karta-lazy-tooltip.h"
#include "karta-list-private.h"
#include "karta-roadmap-page-private.h"
#include "karta-slice-growth.h"

void
karta_roadmap_page_init_filters (KartaRoadmapPage *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) schools = gtk_string_list_new (NULL);

  self->updating_filters = TRUE;
  gtk_string_list_append (statuses, _ ("All statuses"));
  for (KartaStatus s = 0; s < KARTA_N_STATUSES; s++)
    gtk_string_list_append (statuses, karta_status_describe (s));
  gtk_string_list_append (schools, _ ("All schools"));
  karta_list_dropdown_ellipsize (self->status_filter, 14);
  karta_list_dropdown_show_schools (self->school_filter, 20);
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->school_filter, G_LIST_MODEL (schools));
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->school_filter, 0);
  self->updating_filters = FALSE;
}

/* Resets the filters without refiltering: a roadmap is about to load */
void
karta_roadmap_page_reset_filters (KartaRoadmapPage *self)
{
  self->updating_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->school_filter, 0);
  karta_activity_filter_clear (self->activity_filter);
  self->updating_filters = FALSE;
  karta_roadmap_page_reset_more_filters (self);
}

/**
 * karta_roadmap_page_clear_filters:
 *
 * Shows all activities: clears the search and the status and school filters.
 */
void
karta_roadmap_page_clear_filters (KartaRoadmapPage *self)
{
  g_return_if_fail (KARTA_IS_ROADMAP_PAGE (self));

  karta_roadmap_page_reset_filters (self);
  karta_roadmap_page_apply_filters (self);
}

static void
collect_schools (const KartaSection *section,
                 GHashTable         *names)
{
  for (guint i = 0; section->activities && i < section->activities->len; i++)
    {
      const KartaActivity *activity = g_ptr_array_index (section->activities, i);

      for (guint j = 0; activity->schools && j < activity->schools->len; j++)
        {
          const KartaRef *ref = g_ptr_array_index (activity->schools, j);

          if (ref->id != 0 && ref->name != NULL)
            g_hash_table_insert (names, (gpointer) &ref->id, ref->name);
        }
    }
  for (guint i = 0; section->sections && i < section->sections->len; i++)
    collect_schools (g_ptr_array_index (section->sections, i), names);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *names = user_data;

  return g_utf8_collate (g_hash_table_lookup (names, *(gpointer const *) a),
                         g_hash_table_lookup (names, *(gpointer const *) b));
}

/* The school filter lists the schools the roadmap's activities name,
 * keeping the school chosen if it is still there */
void
karta_roadmap_page_update_school_filter (KartaRoadmapPage   *self,
                                         const KartaRoadmap *roadmap)
{
  g_autoptr (GHashTable) names = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) ids = NULL;
  GHashTableIter iter;
  gpointer       key;
  guint          selected = 0;

  for (guint i = 0; roadmap->sections && i < roadmap->sections->len; i++)
    collect_schools (g_ptr_array_index (roadmap->sections, i), names);
  ids = g_ptr_array_sized_new (g_hash_table_size (names));
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, key);
  g_ptr_array_sort_with_data (ids, compare_by_name, names);

  g_array_set_size (self->school_ids, 0);
  gtk_string_list_append (list, _ ("All schools"));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = *(gint64 *) g_ptr_array_index (ids, i);

      g_array_append_val (self->school_ids, id);
      gtk_string_list_append (list, g_hash_table_lookup (names, &id));
      if (id == karta_activity_filter_get_school (self->activity_filter))
        selected = i + 1;
    }
  if (selected == 0)
    karta_activity_filter_set_school (self->activity_filter, 0);

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->school_filter, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->school_filter, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->school_filter), ids->len > 0);
  self->updating_filters = FALSE;
}

static gboolean
activity_matches (KartaRoadmapPage *self,
                  KartaActivityRow *row)
{
  return karta_activity_filter_passes (self->activity_filter, karta_activity_row_get_activity (row)) && karta_activity_filter_finds (self->activity_filter, karta_activity_row_get_haystack (row));
}

/* Marks every row with the filters' verdict, in two passes: the activities
 * first, counting in their sections, then the sections, which show while a
 * filter leaves them an activity (and always without a filter, so an empty
 * new section can take its first activity) */
void
karta_roadmap_page_mark_rows (KartaRoadmapPage *self)
{
  GPtrArray *rows = self->row_array;
  gboolean   filtering = karta_activity_filter_has_search (self->activity_filter) || karta_activity_filter_has_criteria (self->activity_filter);

  for (guint i = 0; i < rows->len; i++)
    karta_activity_row_reset_n_matching (g_ptr_array_index (rows, i));
  for (guint i = 0; i < rows->len; i++)
    {
      KartaActivityRow *row = g_ptr_array_index (rows, i);

      if (!karta_activity_row_is_section (row))
        karta_activity_row_set_matches (row, !filtering || activity_matches (self, row));
    }
  for (guint i = 0; i < rows->len; i++)
    {
      KartaActivityRow *row = g_ptr_array_index (rows, i);

      if (karta_activity_row_is_section (row))
        karta_activity_row_set_matches (row, !filtering || karta_activity_row_get_n_matching (row) > 0);
    }
}

void
karta_roadmap_page_apply_filters (KartaRoadmapPage *self)
{
  karta_slice_growth_start (self->slice, FIRST_ROWS, MORE_ROWS);
  karta_roadmap_page_mark_rows (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  karta_roadmap_page_update_gantt (self, TRUE);
  karta_roadmap_page_update_stack (self);
}

/* The table gets its rows once it is shown, scrolled to the activity
 * selected on the chart: built behind the chart, they would only delay
 * its first frame */
static void
attach_table_model (KartaRoadmapPage *self)
{
  guint selected;

  if (gtk_column_view_get_model (self->column_view) != NULL)
    return;
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected != GTK_INVALID_LIST_POSITION)
    karta_roadmap_page_scroll_to (self, selected);
}

void
karta_roadmap_page_update_stack (KartaRoadmapPage *self)
{
  const char       *name = self->gantt ? "gantt" : "table";
  KartaGanttLayout *layout = karta_gantt_view_get_layout (self->gantt_view);

  if (!self->gantt)
    attach_table_model (self);
  if (self->roadmap == NULL || karta_roadmap_count_activities (self->roadmap) == 0)
    name = "empty";
  else if (self->gantt ? karta_gantt_layout_get_n_rows (layout) == 0
                       : g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    name = "no-results";
  gtk_stack_set_visible_child_name (self->stack, name);
}

void
karta_roadmap_page_update_header (KartaRoadmapPage   *self,
                                  const KartaRoadmap *roadmap)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  guint            n = karta_roadmap_count_activities (roadmap);

  gtk_label_set_text (self->title_label,
                      roadmap->title && *roadmap->title ? roadmap->title : _ ("Untitled roadmap"));
  karta_lazy_tooltip_set (GTK_WIDGET (self->title_label), roadmap->title);

  if (roadmap->order != NULL)
    {
      char *order = karta_order_format (roadmap->order);

      if (*order != '\0')
        g_ptr_array_add (parts, order);
      else
        g_free (order);
    }
  if (roadmap->editions != NULL && roadmap->editions->len > 0)
    {
      g_autofree char *last = karta_order_format (g_ptr_array_index (roadmap->editions, roadmap->editions->len - 1));

      /* TRANSLATORS: the latest amending order of a roadmap */
      g_ptr_array_add (parts, g_strdup_printf (_ ("amended by %s"), last));
    }
  g_ptr_array_add (parts, karta_period_format (&roadmap->period));
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u activity", "%u activities", n), n));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->order_label, subtitle);
}

/* Expands every section */
void
karta_roadmap_page_expand_all (KartaRoadmapPage *self)
{
  for (guint i = 0; i < self->row_array->len; i++)
    karta_activity_row_set_collapsed (g_ptr_array_index (self->row_array, i), FALSE);
}

/* GTK 4.8 has no gtk_column_view_scroll_to(): the list view inside the
 * column view has the action that does it */
void
karta_roadmap_page_scroll_to (KartaRoadmapPage *self,
                              guint             position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}
/**
 * karta_roadmap_page_select_activity:
 *
 * Selects the activity and scrolls to it, clearing the filters if they
 * hide it.
 *
 * Returns: whether the activity is in the table
 */
gboolean
karta_roadmap_page_select_activity (KartaRoadmapPage *self,
                                    gint64            activity_id)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), FALSE);

  karta_slice_growth_finish (self->slice);
  for (guint pass = 0; pass < 2; pass++)
    {
      GListModel *model = G_LIST_MODEL (self->filtered);
      guint       n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (KartaActivityRow) row = g_list_model_get_item (model, i);

          if (!karta_activity_row_is_section (row) && karta_activity_row_get_id (row) == activity_id)
            {
              gtk_single_selection_set_selected (self->selection, i);
              karta_roadmap_page_scroll_to (self, i);
              return TRUE;
            }
        }
      karta_roadmap_page_clear_filters (self);
      karta_roadmap_page_expand_all (self);
    }
  return FALSE;
}
