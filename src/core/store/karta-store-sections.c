/* karta-store-sections.c — a roadmap's (nested) sections, with their tasks
 * and indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-activities.h"
#include "karta-store-sections.h"

/* Inserts texts as rows (owner, position, text) with @sql. */
gboolean
karta_store_insert_texts (KartaStore *self,
                          const char *sql,
                          gint64      owner,
                          GPtrArray  *texts,
                          GError    **error)
{
  for (guint i = 0; i < texts->len; i++)
    {
      sqlite3_stmt *stmt = karta_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, owner);
      sqlite3_bind_int (stmt, 2, i);
      karta_bind_text (stmt, 3, g_ptr_array_index (texts, i));
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Sections come ordered so that a parent precedes its children. */
static gboolean
load_section_tree (KartaStore   *self,
                   KartaRoadmap *roadmap,
                   GHashTable   *sections_by_id,
                   GError      **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "WITH RECURSIVE tree (id, depth) AS ("
                                            "  SELECT id, 0 FROM sections WHERE roadmap_id = ?1 AND parent_id IS NULL"
                                            "  UNION ALL SELECT s.id, t.depth + 1 FROM sections s JOIN tree t ON s.parent_id = t.id)"
                                            " SELECT s.id, s.parent_id, s.number, s.title, s.factor_id"
                                            "   FROM sections s JOIN tree t USING (id) ORDER BY t.depth, s.position",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaSection *section = karta_section_new ((const char *) sqlite3_column_text (stmt, 2),
                                                 (const char *) sqlite3_column_text (stmt, 3));
      gint64        parent_id = sqlite3_column_int64 (stmt, 1);
      KartaSection *parent = parent_id ? g_hash_table_lookup (sections_by_id, &parent_id) : NULL;

      section->id = sqlite3_column_int64 (stmt, 0);
      section->factor_id = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (parent ? parent->sections : roadmap->sections, section);
      g_hash_table_insert (sections_by_id, &section->id, section);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_section_items (KartaStore *self,
                    gint64      roadmap_id,
                    GHashTable *sections_by_id,
                    GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT i.section_id, i.kind, i.text FROM section_items i"
                                            "  JOIN sections s ON s.id = i.section_id"
                                            " WHERE s.roadmap_id = ?1 ORDER BY i.section_id, i.kind, i.position",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64        section_id = sqlite3_column_int64 (stmt, 0);
      KartaSection *section = g_hash_table_lookup (sections_by_id, &section_id);
      gboolean      is_task = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "task") == 0;

      g_ptr_array_add (is_task ? section->tasks : section->indicators, karta_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
write_section_items (KartaStore         *self,
                     const KartaSection *section,
                     GError            **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "DELETE FROM section_items WHERE section_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, section->id);
  return karta_store_step_done (self, stmt, error) &&
         karta_store_insert_texts (self, "INSERT INTO section_items (section_id, kind, position, text) VALUES (?1, 'task', ?2, ?3)",
                                   section->id, section->tasks, error) &&
         karta_store_insert_texts (self, "INSERT INTO section_items (section_id, kind, position, text) VALUES (?1, 'indicator', ?2, ?3)",
                                   section->id, section->indicators, error);
}

/* Writes a section row: inserted when @insert or its id is 0, and the new
 * id set. */
static gboolean
write_section_row (KartaStore   *self,
                   gint64        roadmap_id,
                   gint64        parent_id,
                   int           position,
                   KartaSection *section,
                   gboolean      insert,
                   GError      **error)
{
  sqlite3_stmt *stmt;

  if (insert)
    section->id = 0;
  stmt = karta_store_prepare (self, section->id == 0 ? "INSERT INTO sections (roadmap_id, parent_id, position, number, title, factor_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" : "UPDATE sections SET roadmap_id = ?1, parent_id = ?2, position = ?3, number = ?4, title = ?5, factor_id = ?6 WHERE id = ?7",
                              error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  karta_bind_id (stmt, 2, parent_id);
  sqlite3_bind_int (stmt, 3, position);
  karta_bind_text (stmt, 4, section->number);
  karta_bind_text (stmt, 5, section->title);
  karta_bind_id (stmt, 6, section->factor_id);
  if (section->id == 0)
    return (section->id = karta_store_insert (self, stmt, error)) != 0;
  sqlite3_bind_int64 (stmt, 7, section->id);
  return karta_store_step_done (self, stmt, error);
}

/* Writes the section tree; with @with_activities (a new roadmap), their
 * activities too. Ids of new sections are written back into the tree,
 * hence the casts: the caller's roadmap is treated as scratch. */
gboolean
karta_store_write_sections (KartaStore *self,
                            gint64      roadmap_id,
                            gint64      parent_id,
                            int         first_position,
                            GPtrArray  *sections,
                            gboolean    with_activities,
                            GHashTable *kept,
                            GError    **error)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KartaSection *section = g_ptr_array_index (sections, i);

      if (!write_section_row (self, roadmap_id, parent_id, first_position + i, section, with_activities, error) ||
          !write_section_items (self, section, error))
        return FALSE;
      if (kept != NULL)
        g_hash_table_add (kept, &section->id);
      if (with_activities)
        for (guint j = 0; j < section->activities->len; j++)
          if (karta_store_insert_activity (self, roadmap_id, section->id, j,
                                           g_ptr_array_index (section->activities, j), error) == 0)
            return FALSE;
      if (!karta_store_write_sections (self, roadmap_id, section->id, 0, section->sections, with_activities, kept, error))
        return FALSE;
    }
  return TRUE;
}

/* Sections that are not in the edited tree any more go, if empty. */
gboolean
karta_store_delete_removed_sections (KartaStore *self,
                                     gint64      roadmap_id,
                                     GHashTable *kept,
                                     GError    **error)
{
  g_autoptr (GArray) removed = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT s.id, s.title, (SELECT count (*) FROM activities a WHERE a.section_id = s.id)"
                                            "  FROM sections s WHERE s.roadmap_id = ?1",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (g_hash_table_contains (kept, &id))
        continue;
      if (sqlite3_column_int (stmt, 2) > 0)
        {
          g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                       _ ("The section “%s” still has activities: move or delete them first"),
                       (const char *) sqlite3_column_text (stmt, 1));
          sqlite3_reset (stmt);
          return FALSE;
        }
      g_array_append_val (removed, id);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < removed->len; i++)
    if (!karta_store_exec_with_id (self, "DELETE FROM sections WHERE id = ?1", g_array_index (removed, gint64, i), error))
      return FALSE;
  return TRUE;
}

/**
 * karta_store_load_sections:
 *
 * Loads the roadmap's section tree, with tasks and indicators, and fills
 * @sections_by_id for the activities to find their sections.
 */
gboolean
karta_store_load_sections (KartaStore   *self,
                           KartaRoadmap *roadmap,
                           GHashTable   *sections_by_id,
                           GError      **error)
{
  return load_section_tree (self, roadmap, sections_by_id, error) &&
         load_section_items (self, roadmap->id, sections_by_id, error);
}

static gint64
query_with_id (KartaStore *self,
               const char *sql,
               gint64      id)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, sql, NULL);
  gint64        value = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static gint64
section_numbered (KartaStore *self,
                  gint64      roadmap_id,
                  const char *number)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id FROM sections WHERE roadmap_id = ?1 AND number = ?2 ORDER BY id LIMIT 1", NULL);
  gint64        id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  karta_bind_text (stmt, 2, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Where pasted rows of @section go: the roadmap's section with the same
 * number; rows that came without a section row, the last section; 0: a
 * new section. */
static gint64
target_section (KartaStore         *self,
                gint64              roadmap_id,
                const KartaSection *section)
{
  if (section->number != NULL)
    return section_numbered (self, roadmap_id, section->number);
  if (section->title == NULL)
    return query_with_id (self, "SELECT id FROM sections WHERE roadmap_id = ?1 AND parent_id IS NULL"
                                " ORDER BY position DESC LIMIT 1",
                          roadmap_id);
  return 0;
}

static gboolean
append_section (KartaStore   *self,
                gint64        roadmap_id,
                KartaSection *section,
                GError      **error)
{
  g_autoptr (GPtrArray) one = g_ptr_array_new ();
  int position = query_with_id (self, "SELECT coalesce (max (position) + 1, 0) FROM sections"
                                      " WHERE roadmap_id = ?1 AND parent_id IS NULL",
                                roadmap_id);

  g_ptr_array_add (one, section);
  return karta_store_write_sections (self, roadmap_id, 0, position, one, TRUE, NULL, error);
}

static gboolean
append_into_section (KartaStore   *self,
                     gint64        roadmap_id,
                     gint64        target,
                     KartaSection *section,
                     GError      **error)
{
  int position = query_with_id (self, "SELECT coalesce (max (position) + 1, 0) FROM activities"
                                      " WHERE section_id = ?1",
                                target);
  int child_position = query_with_id (self, "SELECT coalesce (max (position) + 1, 0) FROM sections"
                                            " WHERE parent_id = ?1",
                                      target);

  for (guint j = 0; j < section->activities->len; j++)
    if (karta_store_insert_activity (self, roadmap_id, target, position + j,
                                     g_ptr_array_index (section->activities, j), error) == 0)
      return FALSE;
  return karta_store_write_sections (self, roadmap_id, target, child_position, section->sections, TRUE, NULL, error);
}

static gboolean
append_rows (KartaStore *self,
             gpointer    data,
             GError    **error)
{
  const KartaRoadmap *rows = data;
  g_autofree char    *district = karta_store_roadmap_district (self, rows->id);

  /* the schools the rows name, as the roadmap's district has them */
  if (!karta_store_resolve_section_schools (self, rows->sections, district, error))
    return FALSE;
  for (guint i = 0; i < rows->sections->len; i++)
    {
      KartaSection *section = g_ptr_array_index (rows->sections, i);
      gint64        target = target_section (self, rows->id, section);

      if (!(target == 0 ? append_section (self, rows->id, section, error)
                        : append_into_section (self, rows->id, target, section, error)))
        return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_append_to_roadmap:
 * @roadmap_id: the roadmap the rows go into
 * @rows: (transfer none): rows pasted or imported, recognised as a roadmap;
 *   ids in it are overwritten
 *
 * Adds the activities of @rows to a roadmap as one undoable action: into
 * its section with the same number, or the last section for rows without a
 * section; sections it does not have are added at the end.
 */
gboolean
karta_store_append_to_roadmap (KartaStore         *self,
                               gint64              roadmap_id,
                               const KartaRoadmap *rows,
                               GError            **error)
{
  KartaRoadmap    *scratch = (KartaRoadmap *) rows;
  guint            n = karta_roadmap_count_activities (rows);
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Paste %u activity", "Paste %u activities", n), n);

  scratch->id = roadmap_id;
  return karta_store_run (self, label, append_rows, scratch, error);
}
