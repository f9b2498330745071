/* karta-store-factors.c — the lists of risk factors, by the year they came
 * into force, and the activities that address each factor
 *
 * Profiles (karta-store-risk.c) rate the factors of one list; that is why a
 * factor a profile rates cannot leave its list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"

static gboolean
load_factors (KartaStore      *self,
              KartaFactorList *list,
              GError         **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, name FROM risk_factors WHERE list_id = ?1 ORDER BY position", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list->factors, karta_ref_new (sqlite3_column_int64 (stmt, 0),
                                                   (const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  return TRUE;
}

static KartaFactorList *
read_factor_list (sqlite3_stmt *stmt)
{
  KartaFactorList *list = karta_factor_list_new ();

  list->id = sqlite3_column_int64 (stmt, 0);
  list->year = sqlite3_column_int (stmt, 1);
  list->title = karta_column_text (stmt, 2);
  return list;
}

/**
 * karta_store_list_factor_lists:
 *
 * Returns: (transfer container) (element-type KartaFactorList): every
 *   factor list with its factors, oldest first
 */
GPtrArray *
karta_store_list_factor_lists (KartaStore *self,
                               GError    **error)
{
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_factor_list_free);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, year, title FROM risk_factor_lists ORDER BY year, id", error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (lists, read_factor_list (stmt));
  sqlite3_reset (stmt);
  for (guint i = 0; i < lists->len; i++)
    if (!load_factors (self, g_ptr_array_index (lists, i), error))
      return NULL;
  return g_steal_pointer (&lists);
}

/* The list in force in @year: the newest one introduced by then, or else
 * the oldest; a new profile of that year takes it. */
gint64
karta_store_factor_list_for_year (KartaStore *self,
                                  int         year,
                                  GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id FROM risk_factor_lists"
                                            " ORDER BY year <= ?1 DESC, CASE WHEN year <= ?1 THEN -year ELSE year END, id DESC LIMIT 1",
                                            error);
  gint64        id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The library has no list of risk factors"));
  return id;
}

static KartaFactorList *
load_factor_list (KartaStore *self,
                  gint64      list_id,
                  GError    **error)
{
  g_autoptr (KartaFactorList) list = NULL;
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, year, title FROM risk_factor_lists WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, list_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    list = read_factor_list (stmt);
  sqlite3_reset (stmt);
  if (list == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("There is no such list of risk factors"));
      return NULL;
    }
  return load_factors (self, list, error) ? g_steal_pointer (&list) : NULL;
}

/**
 * karta_store_load_factor_list_for_year:
 *
 * Returns: (transfer full) (nullable): the factor list in force in @year
 *   (the newest introduced in or before it, else the oldest)
 */
KartaFactorList *
karta_store_load_factor_list_for_year (KartaStore *self,
                                       int         year,
                                       GError    **error)
{
  gint64 id = karta_store_factor_list_for_year (self, year, error);

  return id != 0 ? load_factor_list (self, id, error) : NULL;
}

static gboolean
write_factor (KartaStore *self,
              gint64      list_id,
              KartaRef   *factor,
              int         position,
              GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, factor->id == 0 ? "INSERT INTO risk_factors (list_id, position, name) VALUES (?1, ?2, ?3)" : "UPDATE risk_factors SET position = ?2, name = ?3 WHERE list_id = ?1 AND id = ?4", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  sqlite3_bind_int (stmt, 2, position);
  karta_bind_text (stmt, 3, factor->name);
  if (factor->id == 0)
    return (factor->id = karta_store_insert (self, stmt, error)) != 0;
  sqlite3_bind_int64 (stmt, 4, factor->id);
  return karta_store_step_done (self, stmt, error);
}

/* Factors left out of an edited list (still at their old positions, at or
 * below @base) go, unless a profile rates them. */
static gboolean
delete_removed_factors (KartaStore *self,
                        gint64      list_id,
                        int         base,
                        GError    **error)
{
  sqlite3_stmt    *stmt = karta_store_prepare (self,
                                               "SELECT f.name FROM risk_factors f JOIN risk_levels l ON l.factor_id = f.id"
                                                  " WHERE f.list_id = ?1 AND f.position <= ?2 LIMIT 1",
                                               error);
  g_autofree char *used = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  sqlite3_bind_int (stmt, 2, base);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    used = karta_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (used != NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("The risk factor “%s” is rated in profiles and cannot be removed from its list"), used);
      return FALSE;
    }
  stmt = karta_store_prepare (self, "DELETE FROM risk_factors WHERE list_id = ?1 AND position <= ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  sqlite3_bind_int (stmt, 2, base);
  return karta_store_step_done (self, stmt, error);
}

/* The highest position in the list: the saved factors take positions above
 * it, so that no two rows ever swap positions, which the undo changeset
 * could not apply back (positions are unique). */
static gboolean
max_position (KartaStore *self,
              gint64      list_id,
              int        *base,
              GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT coalesce (max (position), 0) FROM risk_factors WHERE list_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, list_id);
  *base = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
write_factor_list (KartaStore *self,
                   gpointer    data,
                   GError    **error)
{
  KartaFactorList *list = data;
  int              base = 0;
  sqlite3_stmt    *stmt = karta_store_prepare (self, list->id == 0 ? "INSERT INTO risk_factor_lists (year, title) VALUES (?1, ?2)" : "UPDATE risk_factor_lists SET year = ?1, title = ?2 WHERE id = ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, list->year);
  karta_bind_text (stmt, 2, list->title);
  if (list->id == 0)
    {
      if ((list->id = karta_store_insert (self, stmt, error)) == 0)
        return FALSE;
    }
  else
    {
      sqlite3_bind_int64 (stmt, 3, list->id);
      if (!karta_store_step_done (self, stmt, error) || !max_position (self, list->id, &base, error))
        return FALSE;
    }
  for (guint i = 0; i < list->factors->len; i++)
    if (!write_factor (self, list->id, g_ptr_array_index (list->factors, i), base + i + 1, error))
      return FALSE;
  return delete_removed_factors (self, list->id, base, error);
}

static KartaFactorList *
copy_factor_list (const KartaFactorList *list)
{
  KartaFactorList *copy = karta_factor_list_new ();

  copy->id = list->id;
  copy->year = list->year;
  copy->title = g_strdup (list->title);
  for (guint i = 0; i < list->factors->len; i++)
    {
      const KartaRef *factor = g_ptr_array_index (list->factors, i);
      g_ptr_array_add (copy->factors, karta_ref_new (factor->id, factor->name));
    }
  return copy;
}

/**
 * karta_store_save_factor_list:
 * @list: a new list (id 0) or an edited one: its factors with id 0 are
 *   added, the others renamed and reordered, those left out removed
 *
 * Saves a list of risk factors as one undoable action.
 *
 * Returns: the list's id, 0 on error
 */
gint64
karta_store_save_factor_list (KartaStore            *self,
                              const KartaFactorList *list,
                              GError               **error)
{
  g_autoptr (KartaFactorList) scratch = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (KARTA_IS_STORE (self), 0);

  if (list->factors->len == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("A list of risk factors needs at least one factor"));
      return 0;
    }
  for (guint i = 0; i < list->factors->len; i++)
    if (karta_text_is_blank (((KartaRef *) g_ptr_array_index (list->factors, i))->name))
      {
        g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("Every risk factor needs a name"));
        return 0;
      }
  scratch = copy_factor_list (list);
  label = g_strdup_printf (list->id ? _ ("Edit risk factors of %d") : _ ("Add risk factors of %d"), list->year);
  return karta_store_run (self, label, write_factor_list, scratch, error) ? scratch->id : 0;
}

/**
 * karta_store_list_factor_activities:
 *
 * Returns: (transfer container) (element-type KartaFactorActivity): the
 *   activities that address a risk factor and concern the school (linked
 *   to it, or to no school in particular), by factor and roadmap
 */
GPtrArray *
karta_store_list_factor_activities (KartaStore *self,
                                    gint64      organisation_id,
                                    GError    **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_factor_activity_free);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT l.factor_id, a.roadmap_id, r.title, a.id, a.number, a.title, a.status"
                                            "  FROM activity_factors l JOIN activities a ON a.id = l.activity_id JOIN roadmaps r ON r.id = a.roadmap_id"
                                            "  JOIN risk_factors f ON f.id = l.factor_id"
                                            " WHERE EXISTS (SELECT 1 FROM activity_schools s WHERE s.activity_id = a.id AND s.organisation_id = ?1)"
                                            "    OR NOT EXISTS (SELECT 1 FROM activity_schools s WHERE s.activity_id = a.id)"
                                            " ORDER BY f.list_id, f.position, r.id, a.position",
                                            error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, organisation_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaFactorActivity *activity = g_new0 (KartaFactorActivity, 1);

      activity->factor_id = sqlite3_column_int64 (stmt, 0);
      activity->roadmap_id = sqlite3_column_int64 (stmt, 1);
      activity->roadmap_title = karta_column_text (stmt, 2);
      activity->activity_id = sqlite3_column_int64 (stmt, 3);
      activity->number = karta_column_text (stmt, 4);
      activity->title = karta_column_text (stmt, 5);
      karta_status_from_string ((const char *) sqlite3_column_text (stmt, 6), &activity->status);
      g_ptr_array_add (list, activity);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}
