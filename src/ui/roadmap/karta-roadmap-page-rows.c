/* karta-roadmap-page-rows.c — the rows of the roadmap table, built in one pass
 *
 * Reloading the roadmap shown (after every edit) keeps the rows that show
 * the same, so the table keeps their widgets and only redraws what changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include "karta-activity-row.h"
#include "karta-roadmap-page-private.h"

void
karta_roadmap_page_remember_state (KartaRoadmapPage *self,
                                   GHashTable       *collapsed,
                                   gint64           *selected_id,
                                   gboolean         *selected_section)
{
  KartaActivityRow *row = gtk_single_selection_get_selected_item (self->selection);

  *selected_id = row ? karta_activity_row_get_id (row) : 0;
  *selected_section = row ? karta_activity_row_is_section (row) : FALSE;
  for (guint i = 0; i < self->row_array->len; i++)
    {
      KartaActivityRow *r = g_ptr_array_index (self->row_array, i);

      if (karta_activity_row_get_collapsed (r))
        g_hash_table_add (collapsed, g_memdup2 (&(gint64){ karta_activity_row_get_id (r) }, sizeof (gint64)));
    }
}

static void
on_row_collapsed (KartaActivityRow *row,
                  GParamSpec       *pspec,
                  KartaRoadmapPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The rows of the roadmap shown before, by id: sections and activities apart */
typedef struct
{
  KartaRoadmap *roadmap; /* the one the new rows show */
  GHashTable   *sections;
  GHashTable   *activities;
} OldRows;

static void
old_rows_init (OldRows   *old,
               GPtrArray *rows)
{
  old->sections = g_hash_table_new (g_int64_hash, g_int64_equal);
  old->activities = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      KartaActivityRow    *row = g_ptr_array_index (rows, i);
      const KartaSection  *section = karta_activity_row_get_section (row);
      const KartaActivity *activity = karta_activity_row_get_activity (row);

      if (section != NULL)
        g_hash_table_insert (old->sections, (gpointer) &section->id, row);
      else
        g_hash_table_insert (old->activities, (gpointer) &activity->id, row);
    }
}

static void
old_rows_clear (OldRows *old)
{
  g_clear_pointer (&old->sections, g_hash_table_unref);
  g_clear_pointer (&old->activities, g_hash_table_unref);
}

/* An unchanged row is kept, so the table keeps its widgets */
static KartaActivityRow *
reuse_or_new (OldRows             *old,
              KartaActivityRow    *parent,
              const KartaSection  *section,
              const KartaActivity *activity)
{
  KartaActivityRow *row = section ? g_hash_table_lookup (old->sections, &section->id)
                                  : g_hash_table_lookup (old->activities, &activity->id);

  if (row != NULL && karta_activity_row_update (row, parent, old->roadmap, section, activity))
    return g_object_ref (row);
  return section ? karta_activity_row_new_section (parent, old->roadmap, section)
                 : karta_activity_row_new_activity (parent, old->roadmap, activity);
}

static void
add_section_rows (KartaRoadmapPage   *self,
                  OldRows            *old,
                  KartaActivityRow   *parent,
                  const KartaSection *section,
                  GHashTable         *collapsed)
{
  KartaActivityRow *row = reuse_or_new (old, parent, section, NULL);

  if (g_hash_table_lookup (old->sections, &section->id) != row)
    {
      karta_activity_row_set_collapsed (row, g_hash_table_contains (collapsed, &section->id));
      g_signal_connect_object (row, "notify::collapsed", G_CALLBACK (on_row_collapsed), self, 0);
    }
  g_ptr_array_add (self->row_array, row);

  for (guint i = 0; section->activities && i < section->activities->len; i++)
    g_ptr_array_add (self->row_array,
                     reuse_or_new (old, row, NULL, g_ptr_array_index (section->activities, i)));
  for (guint i = 0; section->sections && i < section->sections->len; i++)
    add_section_rows (self, old, row, g_ptr_array_index (section->sections, i), collapsed);
}

void
karta_roadmap_page_restore_selection (KartaRoadmapPage *self,
                                      gint64            id,
                                      gboolean          is_section)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint       n = g_list_model_get_n_items (model);

  if (id == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KartaActivityRow) row = g_list_model_get_item (model, i);

      if (karta_activity_row_get_id (row) == id && karta_activity_row_is_section (row) == is_section)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/**
 * karta_roadmap_page_build_rows:
 * @old_rows: (nullable): the rows of the same roadmap before, to reuse
 * @collapsed: ids of the sections to show collapsed
 *
 * Fills self->row_array with the rows of @roadmap, in table order.
 */
void
karta_roadmap_page_build_rows (KartaRoadmapPage *self,
                               KartaRoadmap     *roadmap,
                               GPtrArray        *old_rows,
                               GHashTable       *collapsed)
{
  OldRows old = { roadmap };

  old_rows_init (&old, old_rows);
  for (guint i = 0; roadmap->sections && i < roadmap->sections->len; i++)
    add_section_rows (self, &old, NULL, g_ptr_array_index (roadmap->sections, i), collapsed);
  old_rows_clear (&old);
}
