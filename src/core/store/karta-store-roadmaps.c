/* karta-store-roadmaps.c — roadmaps with their orders, sections and glossary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-district.h"
#include "karta-error.h"
#include "karta-store-activities.h"
#include "karta-store-sections.h"
#include "karta-store-private.h"

/**
 * karta_store_list_roadmaps:
 *
 * Returns: (transfer container) (element-type KartaRoadmapSummary): the
 *   roadmaps, newest period first
 */
GPtrArray *
karta_store_list_roadmaps (KartaStore *self,
                           GError    **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_roadmap_summary_free);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT r.id, r.title, r.period_start, r.period_end,"
                                            "       count (a.id), count (a.id) FILTER (WHERE a.status = 'done')"
                                            "  FROM roadmaps r LEFT JOIN activities a ON a.roadmap_id = r.id"
                                            " GROUP BY r.id ORDER BY r.period_start DESC, r.id",
                                            error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaRoadmapSummary *summary = g_new0 (KartaRoadmapSummary, 1);
      summary->id = sqlite3_column_int64 (stmt, 0);
      summary->title = karta_column_text (stmt, 1);
      summary->period.start = karta_column_day (stmt, 2);
      summary->period.end = karta_column_day (stmt, 3);
      summary->activity_count = sqlite3_column_int (stmt, 4);
      summary->done_count = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (list, summary);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

static KartaOrder *
read_order (sqlite3_stmt *stmt)
{
  KartaOrder *order = karta_order_new ();

  order->id = sqlite3_column_int64 (stmt, 0);
  order->kind = karta_column_text (stmt, 2);
  order->number = karta_column_text (stmt, 3);
  order->date = karta_column_day (stmt, 4);
  order->authority = karta_column_text (stmt, 5);
  order->signatory = karta_column_text (stmt, 6);
  order->controller = karta_column_text (stmt, 7);
  order->note = karta_column_text (stmt, 8);
  return order;
}

static gboolean
load_orders (KartaStore   *self,
             KartaRoadmap *roadmap,
             GError      **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, position, kind, number, date, authority, signatory, controller, note"
                                            "  FROM orders WHERE roadmap_id = ?1 ORDER BY position",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 1) == 0)
        {
          karta_order_free (roadmap->order);
          roadmap->order = read_order (stmt);
        }
      else
        g_ptr_array_add (roadmap->editions, read_order (stmt));
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_texts (KartaStore *self,
            const char *sql,
            gint64      owner,
            GPtrArray  *texts,
            GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, owner);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (texts, karta_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_glossary (KartaStore   *self,
               KartaRoadmap *roadmap,
               GError      **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT abbr, meaning FROM glossary WHERE roadmap_id = ?1 ORDER BY position", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (roadmap->glossary,
                     karta_glossary_entry_new ((const char *) sqlite3_column_text (stmt, 0),
                                               (const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_roadmap_row (KartaStore   *self,
                  KartaRoadmap *roadmap,
                  GError      **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT title, goal, period_start, period_end, context FROM roadmaps WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap->id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, roadmap->id);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("There is no roadmap %s in the library"), id);
      return FALSE;
    }
  roadmap->title = karta_column_text (stmt, 0);
  roadmap->goal = karta_column_text (stmt, 1);
  roadmap->period.start = karta_column_day (stmt, 2);
  roadmap->period.end = karta_column_day (stmt, 3);
  roadmap->context = karta_column_text (stmt, 4);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Loads the activities of @sections and of the sections within them, in
 * the order of the tree, until @room runs out */
static gboolean
load_first_activities (KartaStore *self,
                       gint64      roadmap_id,
                       GPtrArray  *sections,
                       GHashTable *sections_by_id,
                       guint      *room,
                       GError    **error)
{
  for (guint i = 0; sections != NULL && i<sections->len && * room> 0; i++)
    {
      KartaSection *section = g_ptr_array_index (sections, i);

      if (!karta_store_load_section_activities (self, roadmap_id, section, *room, sections_by_id, error))
        return FALSE;
      *room -= MIN (*room, section->activities->len);
      if (!load_first_activities (self, roadmap_id, section->sections, sections_by_id, room, error))
        return FALSE;
    }
  return TRUE;
}

/* All of the roadmap but its activities, in its own read transaction;
 * then @n_activities of them (G_MAXUINT: all) */
static KartaRoadmap *
load_roadmap (KartaStore *self,
              gint64      roadmap_id,
              guint       n_activities,
              gboolean   *complete,
              GError    **error)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (GHashTable) sections_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint    room = n_activities;
  gboolean ok;

  roadmap->id = roadmap_id;
  if (!karta_store_exec (self, "BEGIN", error))
    return NULL;
  ok = load_roadmap_row (self, roadmap, error) &&
       load_orders (self, roadmap, error) &&
       load_texts (self, "SELECT text FROM roadmap_tasks WHERE roadmap_id = ?1 ORDER BY position",
                   roadmap_id, roadmap->tasks, error) &&
       load_texts (self, "SELECT text FROM roadmap_indicators WHERE roadmap_id = ?1 ORDER BY position",
                   roadmap_id, roadmap->indicators, error) &&
       karta_store_load_sections (self, roadmap, sections_by_id, error) &&
       (n_activities == G_MAXUINT
          ? karta_store_load_activities (self, roadmap_id, sections_by_id, error)
          : load_first_activities (self, roadmap_id, roadmap->sections, sections_by_id, &room, error)) &&
       load_glossary (self, roadmap, error);
  karta_store_exec (self, "COMMIT", NULL);
  /* with no room left, more may have been left out */
  *complete = room > 0;
  return ok ? g_steal_pointer (&roadmap) : NULL;
}

/**
 * karta_store_load_roadmap:
 *
 * Loads a whole roadmap: orders, sections, activities with their schedules,
 * schools, executions and documents, glossary. A read transaction keeps
 * it consistent; the number of queries does not grow with its size.
 *
 * Returns: (transfer full) (nullable): the roadmap
 */
KartaRoadmap *
karta_store_load_roadmap (KartaStore *self,
                          gint64      roadmap_id,
                          GError    **error)
{
  gboolean complete;

  g_return_val_if_fail (KARTA_IS_STORE (self), NULL);
  return load_roadmap (self, roadmap_id, G_MAXUINT, &complete, error);
}

/**
 * karta_store_load_roadmap_start:
 * @n_activities: how many activities to load
 * @complete: (out): whether the roadmap has no other activities
 *
 * Loads a roadmap as karta_store_load_roadmap() does, but only its first
 * @n_activities activities in the order of the tree: what a first screen
 * shows, in a time that does not grow with the roadmap. The sections
 * after them come empty.
 *
 * Returns: (transfer full) (nullable): the roadmap
 */
KartaRoadmap *
karta_store_load_roadmap_start (KartaStore *self,
                                gint64      roadmap_id,
                                guint       n_activities,
                                gboolean   *complete,
                                GError    **error)
{
  g_return_val_if_fail (KARTA_IS_STORE (self), NULL);
  g_return_val_if_fail (n_activities > 0 && complete != NULL, NULL);
  return load_roadmap (self, roadmap_id, n_activities, complete, error);
}

/* Orders keep their ids where they are edited in place: scans link to them. */
static gboolean
write_order (KartaStore       *self,
             gint64            roadmap_id,
             int               position,
             const KartaOrder *order,
             GError          **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "INSERT INTO orders (roadmap_id, position, kind, number, date, authority, signatory, controller, note)"
                                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                                            " ON CONFLICT (roadmap_id, position) DO UPDATE SET kind = ?3, number = ?4, date = ?5,"
                                            "   authority = ?6, signatory = ?7, controller = ?8, note = ?9",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  sqlite3_bind_int (stmt, 2, position);
  karta_bind_text (stmt, 3, order->kind);
  karta_bind_text (stmt, 4, order->number);
  karta_bind_day (stmt, 5, order->date);
  karta_bind_text (stmt, 6, order->authority);
  karta_bind_text (stmt, 7, order->signatory);
  karta_bind_text (stmt, 8, order->controller);
  karta_bind_text (stmt, 9, order->note);
  return karta_store_step_done (self, stmt, error);
}

static gboolean
write_glossary (KartaStore         *self,
                const KartaRoadmap *roadmap,
                GError            **error)
{
  for (guint i = 0; i < roadmap->glossary->len; i++)
    {
      KartaGlossaryEntry *entry = g_ptr_array_index (roadmap->glossary, i);
      sqlite3_stmt       *stmt = karta_store_prepare (self,
                                                      "INSERT INTO glossary (roadmap_id, position, abbr, meaning) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, roadmap->id);
      sqlite3_bind_int (stmt, 2, i);
      karta_bind_text (stmt, 3, entry->abbr);
      karta_bind_text (stmt, 4, entry->meaning);
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_roadmap_parts (KartaStore         *self,
                     const KartaRoadmap *roadmap,
                     GError            **error)
{
  sqlite3_stmt *stmt;

  if (!write_order (self, roadmap->id, 0, roadmap->order, error))
    return FALSE;
  for (guint i = 0; i < roadmap->editions->len; i++)
    if (!write_order (self, roadmap->id, i + 1, g_ptr_array_index (roadmap->editions, i), error))
      return FALSE;
  stmt = karta_store_prepare (self, "DELETE FROM orders WHERE roadmap_id = ?1 AND position > ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap->id);
  sqlite3_bind_int (stmt, 2, roadmap->editions->len);
  if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  return karta_store_insert_texts (self, "INSERT INTO roadmap_tasks (roadmap_id, position, text) VALUES (?1, ?2, ?3)",
                                   roadmap->id, roadmap->tasks, error) &&
         karta_store_insert_texts (self, "INSERT INTO roadmap_indicators (roadmap_id, position, text) VALUES (?1, ?2, ?3)",
                                   roadmap->id, roadmap->indicators, error) &&
         write_glossary (self, roadmap, error);
}

/* The schools of the order's appendix get their category for the year; the
 * profiles the text states, which the user accepted, are stored. */
static gboolean
write_imported_schools (KartaStore         *self,
                        const KartaRoadmap *roadmap,
                        const char         *district,
                        GError            **error)
{
  for (guint i = 0; i < roadmap->listed_schools->len; i++)
    {
      KartaListedSchool *listed = g_ptr_array_index (roadmap->listed_schools, i);
      g_autoptr (GPtrArray) one = g_ptr_array_new ();

      if (!listed->included)
        continue;
      g_ptr_array_add (one, listed->school);
      if (!karta_store_resolve_schools (self, one, district, error) ||
          !karta_store_add_category (self, listed->school->id, listed->year, listed->category, error))
        return FALSE;
    }
  for (guint i = 0; i < roadmap->stated_risks->len; i++)
    {
      KartaStatedRisk *stated = g_ptr_array_index (roadmap->stated_risks, i);

      if (stated->accepted && !karta_store_write_stated_risk (self, stated->profile, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_roadmap (const KartaRoadmap *roadmap,
               GError            **error)
{
  if (roadmap->title == NULL || *roadmap->title == '\0')
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("A roadmap needs a title"));
      return FALSE;
    }
  if (roadmap->period.start == KARTA_DAY_NONE || roadmap->period.end < roadmap->period.start)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("The roadmap “%s” needs a period: a start date and an end date after it"),
                   roadmap->title);
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_insert_roadmap:
 *
 * Inserts a whole roadmap inside the current transaction (an import, the
 * samples, gen-demo). Ids in @roadmap are ignored and overwritten. The
 * schools it names by name only are matched within its district
 * (karta_roadmap_find_district()), or made there.
 *
 * Returns: the new roadmap's id, 0 on error
 */
gint64
karta_store_insert_roadmap (KartaStore         *self,
                            const KartaRoadmap *roadmap,
                            GError            **error)
{
  KartaRoadmap    *scratch = (KartaRoadmap *) roadmap;
  g_autofree char *district = NULL;
  sqlite3_stmt    *stmt;

  if (!check_roadmap (roadmap, error))
    return 0;
  district = karta_roadmap_find_district (roadmap);
  stmt = karta_store_prepare (self,
                              "INSERT INTO roadmaps (title, goal, period_start, period_end, context) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return 0;
  karta_bind_text (stmt, 1, roadmap->title);
  karta_bind_text (stmt, 2, roadmap->goal);
  karta_bind_day (stmt, 3, roadmap->period.start);
  karta_bind_day (stmt, 4, roadmap->period.end);
  karta_bind_text (stmt, 5, roadmap->context);
  if ((scratch->id = karta_store_insert (self, stmt, error)) == 0)
    return 0;
  if (!write_roadmap_parts (self, roadmap, error) ||
      !karta_store_resolve_section_schools (self, roadmap->sections, district, error) ||
      !karta_store_write_sections (self, roadmap->id, 0, 0, roadmap->sections, TRUE, NULL, error) ||
      !write_imported_schools (self, roadmap, district, error))
    return 0;
  return roadmap->id;
}

static gboolean
insert_roadmaps (KartaStore *self,
                 gpointer    data,
                 GError    **error)
{
  GPtrArray *roadmaps = data;

  for (guint i = 0; i < roadmaps->len; i++)
    if (karta_store_insert_roadmap (self, g_ptr_array_index (roadmaps, i), error) == 0)
      return FALSE;
  return TRUE;
}

/**
 * karta_store_add_roadmaps:
 * @roadmaps: (element-type KartaRoadmap): whole roadmaps
 * @label: the action, as undo names it
 *
 * Adds roadmaps as one undoable action. Schools linked by name only are
 * matched to the library's, or created. The roadmaps get their new ids.
 */
gboolean
karta_store_add_roadmaps (KartaStore *self,
                          GPtrArray  *roadmaps,
                          const char *label,
                          GError    **error)
{
  return karta_store_run (self, label, insert_roadmaps, roadmaps, error);
}

/**
 * karta_store_add_roadmap:
 *
 * Adds one whole roadmap as one undoable action.
 *
 * Returns: the new roadmap's id, 0 on error
 */
gint64
karta_store_add_roadmap (KartaStore         *self,
                         const KartaRoadmap *roadmap,
                         GError            **error)
{
  g_autoptr (GPtrArray) one = g_ptr_array_new ();
  g_autofree char *label = g_strdup_printf (_ ("Add roadmap “%s”"), roadmap->title ? roadmap->title : "");

  g_ptr_array_add (one, (gpointer) roadmap);
  if (!karta_store_add_roadmaps (self, one, label, error))
    return 0;
  return roadmap->id;
}

static gboolean
update_roadmap_rows (KartaStore *self,
                     gpointer    data,
                     GError    **error)
{
  const KartaRoadmap *roadmap = data;
  g_autoptr (GHashTable) kept = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "UPDATE roadmaps SET title = ?2, goal = ?3, period_start = ?4, period_end = ?5, context = ?6 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap->id);
  karta_bind_text (stmt, 2, roadmap->title);
  karta_bind_text (stmt, 3, roadmap->goal);
  karta_bind_day (stmt, 4, roadmap->period.start);
  karta_bind_day (stmt, 5, roadmap->period.end);
  karta_bind_text (stmt, 6, roadmap->context);
  if (!karta_store_step_done (self, stmt, error) || sqlite3_changes (self->db) == 0)
    {
      if (error && !*error)
        g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The roadmap no longer exists"));
      return FALSE;
    }
  return karta_store_exec_with_id (self, "DELETE FROM roadmap_tasks WHERE roadmap_id = ?1", roadmap->id, error) &&
         karta_store_exec_with_id (self, "DELETE FROM roadmap_indicators WHERE roadmap_id = ?1", roadmap->id, error) &&
         karta_store_exec_with_id (self, "DELETE FROM glossary WHERE roadmap_id = ?1", roadmap->id, error) &&
         write_roadmap_parts (self, roadmap, error) &&
         karta_store_write_sections (self, roadmap->id, 0, 0, roadmap->sections, FALSE, kept, error) &&
         karta_store_delete_removed_sections (self, roadmap->id, kept, error);
}

/**
 * karta_store_update_roadmap:
 *
 * Writes the roadmap's own fields, orders, tasks, glossary and section tree
 * (not its activities) as one undoable action. New sections (id 0) get
 * their ids written back.
 */
gboolean
karta_store_update_roadmap (KartaStore         *self,
                            const KartaRoadmap *roadmap,
                            GError            **error)
{
  g_autofree char *label = NULL;

  if (!check_roadmap (roadmap, error))
    return FALSE;
  label = g_strdup_printf (_ ("Edit roadmap “%s”"), roadmap->title);
  return karta_store_run (self, label, update_roadmap_rows, (gpointer) roadmap, error);
}

static gboolean
delete_roadmap_row (KartaStore *self,
                    gpointer    data,
                    GError    **error)
{
  return karta_store_exec_with_id (self, "DELETE FROM roadmaps WHERE id = ?1", *(gint64 *) data, error);
}

/**
 * karta_store_delete_roadmap:
 *
 * Deletes a roadmap with everything in it, as one undoable action.
 */
gboolean
karta_store_delete_roadmap (KartaStore *self,
                            gint64      roadmap_id,
                            GError    **error)
{
  sqlite3_stmt    *stmt = karta_store_prepare (self, "SELECT title FROM roadmaps WHERE id = ?1", error);
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  int              rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    title = karta_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return karta_store_set_error (self, error, _ ("Could not read the roadmap"));
  if (title == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The roadmap no longer exists"));
      return FALSE;
    }
  label = g_strdup_printf (_ ("Delete roadmap “%s”"), title);
  return karta_store_run (self, label, delete_roadmap_row, &roadmap_id, error);
}
