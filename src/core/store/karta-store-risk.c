/* karta-store-risk.c — schools' risk profiles: a level for each factor of
 * one list (karta-store-factors.c), per school and year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-school-name.h"
#include "karta-store-private.h"

#define PROFILE_COLUMNS \
  "p.id, p.organisation_id, coalesce (nullif (o.short_name, ''), o.name), p.year, p.list_id"

static KartaRiskProfile *
read_profile (sqlite3_stmt *stmt)
{
  KartaRiskProfile *profile = karta_risk_profile_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 3));

  profile->id = sqlite3_column_int64 (stmt, 0);
  profile->school_name = karta_column_text (stmt, 2);
  profile->list_id = sqlite3_column_int64 (stmt, 4);
  return profile;
}

/* Fills the profiles (by id) with their levels, in their lists' order. */
static gboolean
load_entries (KartaStore *self,
              GHashTable *by_id,
              gint64      only_id,
              GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT l.profile_id, f.id, f.name, l.level FROM risk_levels l JOIN risk_factors f ON f.id = l.factor_id"
                                            " WHERE ?1 = 0 OR l.profile_id = ?1 ORDER BY l.profile_id, f.list_id, f.position",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, only_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64            profile_id = sqlite3_column_int64 (stmt, 0);
      KartaRiskProfile *profile = g_hash_table_lookup (by_id, &profile_id);
      KartaRiskLevel    level = KARTA_RISK_LOW;

      if (profile == NULL)
        continue;
      karta_risk_level_from_string ((const char *) sqlite3_column_text (stmt, 3), &level);
      karta_risk_profile_add (profile, sqlite3_column_int64 (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2), level);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * karta_store_load_risk_profile:
 *
 * Returns: (transfer full) (nullable): the school's profile for @year,
 *   with the levels of its factors in its list's order (a factor without a
 *   level is absent); %NULL and %KARTA_ERROR_NOT_FOUND when there is none
 */
KartaRiskProfile *
karta_store_load_risk_profile (KartaStore *self,
                               gint64      organisation_id,
                               int         year,
                               GError    **error)
{
  g_autoptr (KartaRiskProfile) profile = NULL;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT " PROFILE_COLUMNS " FROM risk_profiles p JOIN organisations o ON o.id = p.organisation_id"
                                            " WHERE p.organisation_id = ?1 AND p.year = ?2",
                                            error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, organisation_id);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    profile = read_profile (stmt);
  sqlite3_reset (stmt);
  if (profile == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("There is no risk profile of %d for this school"), year);
      return NULL;
    }
  g_hash_table_insert (by_id, &profile->id, profile);
  return load_entries (self, by_id, profile->id, error) ? g_steal_pointer (&profile) : NULL;
}

static const char *
profile_school_name (gconstpointer item)
{
  return ((const KartaRiskProfile *) item)->school_name;
}

/**
 * karta_store_list_risk_profiles:
 * @year: the year, or 0 for each school's newest profile
 *
 * Returns: (transfer container) (element-type KartaRiskProfile): the
 *   profiles with their levels, by school name, numbers in number order
 */
GPtrArray *
karta_store_list_risk_profiles (KartaStore *self,
                                int         year,
                                GError    **error)
{
  g_autoptr (GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT " PROFILE_COLUMNS " FROM risk_profiles p JOIN organisations o ON o.id = p.organisation_id"
                                            " WHERE p.year = CASE WHEN ?1 = 0"
                                            "   THEN (SELECT max (year) FROM risk_profiles q WHERE q.organisation_id = p.organisation_id) ELSE ?1 END"
                                            " ORDER BY p.organisation_id",
                                            error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaRiskProfile *profile = read_profile (stmt);
      g_ptr_array_add (profiles, profile);
      g_hash_table_insert (by_id, &profile->id, profile);
    }
  sqlite3_reset (stmt);
  if (profiles->len > 0 && !load_entries (self, by_id, 0, error))
    return NULL;
  karta_school_names_sort (profiles, profile_school_name, NULL);
  return g_steal_pointer (&profiles);
}

/**
 * karta_store_list_profile_years:
 *
 * Returns: (transfer full) (element-type int): the years the school has a
 *   profile for, ascending
 */
GArray *
karta_store_list_profile_years (KartaStore *self,
                                gint64      organisation_id,
                                GError    **error)
{
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT year FROM risk_profiles WHERE organisation_id = ?1 ORDER BY year", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, organisation_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&years);
}

/* The stored profile's id and list for (school, year), 0 if none. */
static gint64
find_profile (KartaStore *self,
              gint64      organisation_id,
              int         year,
              gint64     *list_id)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, list_id FROM risk_profiles WHERE organisation_id = ?1 AND year = ?2", NULL);
  gint64        id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, organisation_id);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      *list_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return id;
}

/* The factor of the list, by its id (checked) or else by its name. */
static gint64
entry_factor (KartaStore           *self,
              gint64                list_id,
              const KartaRiskEntry *entry,
              GError              **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id FROM risk_factors WHERE list_id = ?1 AND (id = ?2 OR (?2 = 0 AND name = ?3))", error);
  gint64        id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, list_id);
  sqlite3_bind_int64 (stmt, 2, entry->factor_id);
  karta_bind_text (stmt, 3, entry->factor_name);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                 _ ("The risk factor “%s” is not in the profile’s list of factors"),
                 entry->factor_name ? entry->factor_name : "?");
  return id;
}

static gboolean
write_levels (KartaStore             *self,
              const KartaRiskProfile *profile,
              gint64                  profile_id,
              gint64                  list_id,
              GError                **error)
{
  if (!karta_store_exec_with_id (self, "DELETE FROM risk_levels WHERE profile_id = ?1", profile_id, error))
    return FALSE;
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      gint64                factor_id = entry_factor (self, list_id, entry, error);
      sqlite3_stmt         *stmt;

      if (factor_id == 0)
        return FALSE;
      stmt = karta_store_prepare (self,
                                  "INSERT OR REPLACE INTO risk_levels (profile_id, factor_id, level) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, profile_id);
      sqlite3_bind_int64 (stmt, 2, factor_id);
      karta_bind_text (stmt, 3, karta_risk_level_to_string (entry->level));
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts or replaces the school's profile for the year. A stored profile
 * keeps its list unless @profile names another; a new one takes the given
 * list or else the one in force that year. */
static gboolean
write_profile (KartaStore             *self,
               const KartaRiskProfile *profile,
               GError                **error)
{
  gint64        list_id = 0;
  gint64        id = find_profile (self, profile->organisation_id, profile->year, &list_id);
  sqlite3_stmt *stmt;

  if (profile->list_id != 0)
    list_id = profile->list_id;
  else if (id == 0 && (list_id = karta_store_factor_list_for_year (self, profile->year, error)) == 0)
    return FALSE;
  stmt = karta_store_prepare (self, id == 0 ? "INSERT INTO risk_profiles (organisation_id, year, list_id) VALUES (?1, ?2, ?3)" : "UPDATE risk_profiles SET list_id = ?3 WHERE organisation_id = ?1 AND year = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, profile->organisation_id);
  sqlite3_bind_int (stmt, 2, profile->year);
  sqlite3_bind_int64 (stmt, 3, list_id);
  if (id == 0)
    id = karta_store_insert (self, stmt, error);
  else if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  return id != 0 && write_levels (self, profile, id, list_id, error);
}

/* A profile known only by its school's name gets the school's id, the
 * school being created when the library does not have it yet. */
static gboolean
resolve_school (KartaStore       *self,
                KartaRiskProfile *profile,
                GError          **error)
{
  g_autoptr (GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);

  if (profile->organisation_id != 0)
    return TRUE;
  g_ptr_array_add (refs, karta_ref_new (0, profile->school_name));
  if (!karta_store_resolve_schools (self, refs, NULL, error))
    return FALSE;
  profile->organisation_id = ((KartaRef *) g_ptr_array_index (refs, 0))->id;
  return TRUE;
}

static gboolean
write_profiles (KartaStore *self,
                gpointer    data,
                GError    **error)
{
  GPtrArray *profiles = data;

  for (guint i = 0; i < profiles->len; i++)
    if (!resolve_school (self, g_ptr_array_index (profiles, i), error) ||
        !write_profile (self, g_ptr_array_index (profiles, i), error))
      return FALSE;
  return TRUE;
}

/**
 * karta_store_write_stated_risk:
 * @stated: a profile an imported document states, its factors by name
 *
 * Inside the current transaction, stores @stated with its factors matched to
 * the list in force that year (karta_factor_list_find()); factors the list
 * lacks are left out. The school is the one the user chose, else matched,
 * or created, by name.
 */
gboolean
karta_store_write_stated_risk (KartaStore             *self,
                               const KartaRiskProfile *stated,
                               GError                **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (KartaFactorList) list = karta_store_load_factor_list_for_year (self, stated->year, &local_error);
  g_autoptr (KartaRiskProfile) profile = NULL;

  if (list == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  profile = karta_risk_profile_new (stated->organisation_id, stated->year);
  profile->school_name = g_strdup (stated->school_name);
  profile->list_id = list->id;
  for (guint i = 0; i < stated->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (stated->entries, i);
      const KartaRef       *factor = karta_factor_list_find (list, entry->factor_name);
      if (factor != NULL)
        karta_risk_profile_add (profile, factor->id, factor->name, entry->level);
    }
  return profile->entries->len == 0 || (resolve_school (self, profile, error) && write_profile (self, profile, error));
}

static gboolean
check_profile (const KartaRiskProfile *profile,
               GError                **error)
{
  if ((profile->organisation_id > 0 || !karta_text_is_blank (profile->school_name)) && profile->year > 0)
    return TRUE;
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("A risk profile needs a school and a year"));
  return FALSE;
}

/**
 * karta_store_save_risk_profile:
 *
 * Stores the school's profile for its year, replacing the levels of one
 * stored before, as one undoable action.
 */
gboolean
karta_store_save_risk_profile (KartaStore             *self,
                               const KartaRiskProfile *profile,
                               GError                **error)
{
  g_autoptr (GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);
  g_autofree char *label = NULL;

  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);

  if (!check_profile (profile, error))
    return FALSE;
  g_ptr_array_add (one, karta_risk_profile_copy (profile));
  label = profile->school_name
            ? g_strdup_printf (_ ("Edit risk profile of “%s”, %d"), profile->school_name, profile->year)
            : g_strdup_printf (_ ("Edit risk profile of %d"), profile->year);
  return karta_store_run (self, label, write_profiles, one, error);
}

/**
 * karta_store_save_risk_profiles:
 * @profiles: (element-type KartaRiskProfile): profiles of any schools and
 *   years; one with organisation_id 0 is for the school named school_name,
 *   created if the library does not have it
 * @label: the action, as undo names it
 *
 * Stores all the profiles as one undoable action (an import); the ids of
 * the schools are written back into @profiles.
 */
gboolean
karta_store_save_risk_profiles (KartaStore *self,
                                GPtrArray  *profiles,
                                const char *label,
                                GError    **error)
{
  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);

  for (guint i = 0; i < profiles->len; i++)
    if (!check_profile (g_ptr_array_index (profiles, i), error))
      return FALSE;
  return karta_store_run (self, label ? label : _ ("Import risk profiles"), write_profiles, profiles, error);
}

/**
 * karta_store_copy_risk_profile:
 *
 * Makes the school's profile of @to_year a copy of the one of @from_year,
 * with the same list of factors, as one undoable action.
 */
gboolean
karta_store_copy_risk_profile (KartaStore *self,
                               gint64      organisation_id,
                               int         from_year,
                               int         to_year,
                               GError    **error)
{
  g_autoptr (KartaRiskProfile) profile = NULL;
  g_autoptr (GPtrArray) one = g_ptr_array_new ();
  g_autofree char *label = NULL;

  profile = karta_store_load_risk_profile (self, organisation_id, from_year, error);
  if (profile == NULL)
    return FALSE;
  profile->id = 0;
  profile->year = to_year;
  if (!check_profile (profile, error))
    return FALSE;
  g_ptr_array_add (one, profile);
  label = g_strdup_printf (_ ("Copy risk profile of %d to %d"), from_year, to_year);
  return karta_store_run (self, label, write_profiles, one, error);
}
