/* karta-store-organisations.c — schools and other organisations, people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-district.h"
#include "karta-error.h"
#include "karta-school-name.h"
#include "karta-store-private.h"

#define ORGANISATION_COLUMNS \
  "o.id, o.name, o.short_name, o.number, o.kind, o.district, o.pupils, o.is_school, o.curator_id, p.full_name"

static KartaOrganisation *
read_organisation (sqlite3_stmt *stmt)
{
  KartaOrganisation *organisation = karta_organisation_new ();

  organisation->id = sqlite3_column_int64 (stmt, 0);
  organisation->name = karta_column_text (stmt, 1);
  organisation->short_name = karta_column_text (stmt, 2);
  organisation->number = karta_column_text (stmt, 3);
  organisation->kind = karta_column_text (stmt, 4);
  organisation->district = karta_column_text (stmt, 5);
  organisation->pupils = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 6);
  organisation->is_school = sqlite3_column_int (stmt, 7);
  organisation->curator_id = sqlite3_column_int64 (stmt, 8);
  organisation->curator_name = karta_column_text (stmt, 9);
  return organisation;
}

static gboolean
load_categories (KartaStore *self,
                 GHashTable *by_id,
                 gint64      only_id,
                 GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT organisation_id, year, name FROM organisation_categories"
                                            " WHERE ?1 = 0 OR organisation_id = ?1 ORDER BY organisation_id, year, name",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, only_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64             id = sqlite3_column_int64 (stmt, 0);
      KartaOrganisation *organisation = g_hash_table_lookup (by_id, &id);
      if (organisation != NULL)
        karta_organisation_add_category (organisation, sqlite3_column_int (stmt, 1),
                                         (const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* The name lists show, and what comes first: schools */
static const char *
organisation_shown_name (gconstpointer item)
{
  const KartaOrganisation *organisation = item;

  return organisation->short_name && *organisation->short_name ? organisation->short_name : organisation->name;
}

static int
organisation_group (gconstpointer item)
{
  return ((const KartaOrganisation *) item)->is_school ? 0 : 1;
}

/**
 * karta_store_list_organisations:
 *
 * Returns: (transfer container) (element-type KartaOrganisation): schools
 *   first, by name, numbers in number order (karta_school_names_sort())
 */
GPtrArray *
karta_store_list_organisations (KartaStore *self,
                                GError    **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_organisation_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT " ORGANISATION_COLUMNS " FROM organisations o LEFT JOIN people p ON p.id = o.curator_id"
                                            " ORDER BY o.id",
                                            error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaOrganisation *organisation = read_organisation (stmt);
      g_ptr_array_add (list, organisation);
      g_hash_table_insert (by_id, &organisation->id, organisation);
    }
  sqlite3_reset (stmt);
  if (!load_categories (self, by_id, 0, error))
    return NULL;
  karta_school_names_sort (list, organisation_shown_name, organisation_group);
  return g_steal_pointer (&list);
}

/**
 * karta_store_load_organisation:
 *
 * Returns: (transfer full) (nullable): the organisation
 */
KartaOrganisation *
karta_store_load_organisation (KartaStore *self,
                               gint64      organisation_id,
                               GError    **error)
{
  g_autoptr (KartaOrganisation) organisation = NULL;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT " ORGANISATION_COLUMNS " FROM organisations o LEFT JOIN people p ON p.id = o.curator_id"
                                            " WHERE o.id = ?1",
                                            error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, organisation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    organisation = read_organisation (stmt);
  sqlite3_reset (stmt);
  if (organisation == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, organisation_id);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("There is no organisation %s in the library"), id);
      return NULL;
    }
  g_hash_table_insert (by_id, &organisation->id, organisation);
  if (!load_categories (self, by_id, organisation_id, error))
    return NULL;
  return g_steal_pointer (&organisation);
}

static KartaSchoolMatch
compare_names (const char *name,
               const char *full_name,
               const char *short_name)
{
  KartaSchoolMatch full = full_name ? karta_school_name_compare (name, full_name) : KARTA_SCHOOL_DIFFERENT;
  KartaSchoolMatch brief = short_name ? karta_school_name_compare (name, short_name) : KARTA_SCHOOL_DIFFERENT;

  return MAX (full, brief);
}

/* Whether a school of @district may be the one a document of the district
 * keyed @key names: yes when either is not known */
static gboolean
in_district (const char *district,
             const char *key)
{
  g_autofree char *own = karta_district_key (district);

  return key == NULL || own == NULL || g_str_equal (own, key);
}

/**
 * karta_store_match_organisation:
 * @name: a school's name as a document writes it
 * @district: (nullable): the district the document is of
 *   (karta_roadmap_find_district()), when known
 * @candidates: (out) (optional) (element-type KartaRef): the schools it
 *   may be, when the names do not tell (karta_school_name_compare())
 *
 * A school of another district is never the same, only one it may be.
 *
 * Returns: the one organisation whose name means the same school, or 0
 *   if there is none, several, or only some it may be
 */
gint64
karta_store_match_organisation (KartaStore *self,
                                const char *name,
                                const char *district,
                                GPtrArray **candidates)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "SELECT id, name, short_name, district FROM organisations ORDER BY name", NULL);
  g_autoptr (GPtrArray) maybe = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  g_autofree char *key = karta_district_key (district);
  gint64           found = 0;
  guint            n_found = 0;

  if (candidates != NULL)
    *candidates = NULL;
  if (stmt == NULL || name == NULL)
    return 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char      *full_name = (const char *) sqlite3_column_text (stmt, 1);
      KartaSchoolMatch match = compare_names (name, full_name, (const char *) sqlite3_column_text (stmt, 2));

      if (match == KARTA_SCHOOL_SAME && !in_district ((const char *) sqlite3_column_text (stmt, 3), key))
        match = KARTA_SCHOOL_MAYBE;
      if (match == KARTA_SCHOOL_SAME)
        {
          found = sqlite3_column_int64 (stmt, 0);
          n_found++;
        }
      if (match != KARTA_SCHOOL_DIFFERENT)
        g_ptr_array_add (maybe, karta_ref_new (sqlite3_column_int64 (stmt, 0), full_name));
    }
  sqlite3_reset (stmt);
  if (n_found == 1)
    return found;
  if (candidates != NULL && maybe->len > 0)
    *candidates = g_steal_pointer (&maybe);
  return 0;
}

/**
 * karta_store_find_organisation:
 * @name: a full or short name, as written
 * @district: (nullable): the district the name comes from, when known
 *
 * Finds the organisation by its name as written, or else the one school
 * whose name means the same ("ГБОУ № 8" for "ГБОУ СОШ №8"; not
 * «МБОУ «ОСШ № 3»» for «МБОУ СОШ № 3 г. Сковородино», see
 * karta_store_match_organisation()); in @district, when both know theirs.
 *
 * Returns: the id of the organisation so named, 0 if there is none or the
 *   name could mean several
 */
gint64
karta_store_find_organisation (KartaStore *self,
                               const char *name,
                               const char *district)
{
  sqlite3_stmt    *stmt = karta_store_prepare (self,
                                               "SELECT id, district FROM organisations WHERE name = ?1 OR short_name = ?1 ORDER BY id", NULL);
  g_autofree char *key = karta_district_key (district);
  gint64           id = 0;

  if (stmt == NULL || name == NULL)
    return 0;
  karta_bind_text (stmt, 1, name);
  while (id == 0 && sqlite3_step (stmt) == SQLITE_ROW)
    if (in_district ((const char *) sqlite3_column_text (stmt, 1), key))
      id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id != 0 ? id : karta_store_match_organisation (self, name, district, NULL);
}

/**
 * karta_store_add_category:
 *
 * Inside the current transaction, gives the organisation a category for
 * @year; one it already has is kept.
 */
gboolean
karta_store_add_category (KartaStore *self,
                          gint64      organisation_id,
                          int         year,
                          const char *name,
                          GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "INSERT OR IGNORE INTO organisation_categories (organisation_id, year, name) VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, organisation_id);
  sqlite3_bind_int (stmt, 2, year);
  karta_bind_text (stmt, 3, name);
  return karta_store_step_done (self, stmt, error);
}

static gboolean
write_categories (KartaStore              *self,
                  const KartaOrganisation *organisation,
                  GError                 **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "DELETE FROM organisation_categories WHERE organisation_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, organisation->id);
  if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < organisation->categories->len; i++)
    {
      KartaCategory *category = g_ptr_array_index (organisation->categories, i);
      if (!karta_store_add_category (self, organisation->id, category->year, category->name, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts (id 0) or updates the organisation row; the id is written back. */
static gboolean
write_organisation (KartaStore        *self,
                    KartaOrganisation *organisation,
                    GError           **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, organisation->id == 0 ? "INSERT INTO organisations (name, short_name, number, kind, district, pupils, is_school, curator_id)"
                                                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                                                        : "UPDATE organisations SET name = ?1, short_name = ?2, number = ?3, kind = ?4, district = ?5,"
                                                                          " pupils = ?6, is_school = ?7, curator_id = ?8 WHERE id = ?9",
                                            error);

  if (stmt == NULL)
    return FALSE;
  karta_bind_text (stmt, 1, organisation->name);
  karta_bind_text (stmt, 2, organisation->short_name);
  karta_bind_text (stmt, 3, organisation->number);
  karta_bind_text (stmt, 4, organisation->kind);
  karta_bind_text (stmt, 5, organisation->district);
  if (organisation->pupils >= 0)
    sqlite3_bind_int (stmt, 6, organisation->pupils);
  sqlite3_bind_int (stmt, 7, organisation->is_school);
  karta_bind_id (stmt, 8, organisation->curator_id);
  if (organisation->id == 0)
    return (organisation->id = karta_store_insert (self, stmt, error)) != 0;
  sqlite3_bind_int64 (stmt, 9, organisation->id);
  return karta_store_step_done (self, stmt, error);
}

static gboolean
write_organisation_rows (KartaStore *self,
                         gpointer    data,
                         GError    **error)
{
  return write_organisation (self, data, error) && write_categories (self, data, error);
}

/**
 * karta_store_save_organisation:
 * @organisation: a new (id 0) or existing organisation
 *
 * Adds or updates an organisation with its categories, as one undoable
 * action.
 *
 * Returns: its id, 0 on error
 */
gint64
karta_store_save_organisation (KartaStore              *self,
                               const KartaOrganisation *organisation,
                               GError                 **error)
{
  g_autoptr (KartaOrganisation) scratch = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (KARTA_IS_STORE (self), 0);

  if (karta_text_is_blank (organisation->name))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("An organisation needs a name"));
      return 0;
    }
  scratch = karta_organisation_copy (organisation);
  label = g_strdup_printf (organisation->id ? _ ("Edit “%s”") : _ ("Add “%s”"),
                           karta_organisation_get_display_name (organisation));
  return karta_store_run (self, label, write_organisation_rows, scratch, error) ? scratch->id : 0;
}

static gboolean
delete_organisation_row (KartaStore *self,
                         gpointer    data,
                         GError    **error)
{
  return karta_store_exec_with_id (self, "DELETE FROM organisations WHERE id = ?1", *(gint64 *) data, error);
}

/**
 * karta_store_delete_organisation:
 *
 * Deletes an organisation, with its links to activities, as one undoable
 * action.
 */
gboolean
karta_store_delete_organisation (KartaStore *self,
                                 gint64      organisation_id,
                                 GError    **error)
{
  return karta_store_run (self, _ ("Delete organisation"), delete_organisation_row, &organisation_id, error);
}

/**
 * karta_store_resolve_schools:
 * @refs: (element-type KartaRef): links to organisations
 * @district: (nullable): the district the names come from, when known
 *
 * Inside the current transaction, gives every reference known only by name
 * the id of the organisation so named (karta_store_find_organisation()),
 * creating the school, of @district, if the library does not have it yet.
 */
gboolean
karta_store_resolve_schools (KartaStore *self,
                             GPtrArray  *refs,
                             const char *district,
                             GError    **error)
{
  for (guint i = 0; i < refs->len; i++)
    {
      KartaRef *ref = g_ptr_array_index (refs, i);
      g_autoptr (KartaOrganisation) school = NULL;

      if (ref->id != 0)
        continue;
      ref->id = karta_store_find_organisation (self, ref->name, district);
      if (ref->id != 0)
        continue;
      school = karta_organisation_new ();
      school->name = g_strdup (ref->name);
      school->district = g_strdup (district);
      if (!write_organisation (self, school, error))
        return FALSE;
      ref->id = school->id;
    }
  return TRUE;
}

/**
 * karta_store_resolve_section_schools:
 * @sections: (element-type KartaSection): a roadmap's, not yet stored
 * @district: (nullable): the roadmap's district
 *
 * Inside the current transaction, resolves the schools the activities
 * under @sections name (karta_store_resolve_schools()), before they are
 * written.
 */
gboolean
karta_store_resolve_section_schools (KartaStore *self,
                                     GPtrArray  *sections,
                                     const char *district,
                                     GError    **error)
{
  for (guint i = 0; i < sections->len; i++)
    {
      const KartaSection *section = g_ptr_array_index (sections, i);

      for (guint j = 0; j < section->activities->len; j++)
        if (!karta_store_resolve_schools (self, ((KartaActivity *) g_ptr_array_index (section->activities, j))->schools,
                                          district, error))
          return FALSE;
      if (!karta_store_resolve_section_schools (self, section->sections, district, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_roadmap_district:
 *
 * Returns: (transfer full) (nullable): the district of the stored roadmap
 *   @roadmap_id, as karta_roadmap_find_district() reads it
 */
char *
karta_store_roadmap_district (KartaStore *self,
                              gint64      roadmap_id)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT o.authority, r.title FROM roadmaps r"
                                            " LEFT JOIN orders o ON o.roadmap_id = r.id AND o.position = 0 WHERE r.id = ?1",
                                            NULL);
  char         *district = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      district = karta_district_find ((const char *) sqlite3_column_text (stmt, 0));
      if (district == NULL)
        district = karta_district_find ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return district;
}

/**
 * karta_store_resolve_factors:
 * @refs: (element-type KartaRef): links to risk factors
 *
 * Gives every reference known only by name the id of the risk factor so
 * named (in the newest list that has it). Factors are never invented.
 */
gboolean
karta_store_resolve_factors (KartaStore *self,
                             GPtrArray  *refs,
                             GError    **error)
{
  for (guint i = 0; i < refs->len; i++)
    {
      KartaRef     *ref = g_ptr_array_index (refs, i);
      sqlite3_stmt *stmt;

      if (ref->id != 0)
        continue;
      stmt = karta_store_prepare (self,
                                  "SELECT f.id FROM risk_factors f JOIN risk_factor_lists l ON l.id = f.list_id"
                                  " WHERE f.name = ?1 ORDER BY l.year DESC LIMIT 1",
                                  error);
      if (stmt == NULL)
        return FALSE;
      karta_bind_text (stmt, 1, ref->name);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        ref->id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (ref->id == 0)
        {
          g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND,
                       _ ("Unknown risk factor “%s”: add it to the factor list first"), ref->name);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * karta_store_list_risk_factors:
 *
 * Returns: (transfer container) (element-type KartaRef): the factors of the
 *   newest factor list, in its order
 */
GPtrArray *
karta_store_list_risk_factors (KartaStore *self,
                               GError    **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, name FROM risk_factors"
                                            " WHERE list_id = (SELECT id FROM risk_factor_lists ORDER BY year DESC, id DESC LIMIT 1)"
                                            " ORDER BY position",
                                            error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, karta_ref_new (sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

/**
 * karta_store_list_people:
 *
 * Returns: (transfer container) (element-type KartaPerson): by name
 */
GPtrArray *
karta_store_list_people (KartaStore *self,
                         GError    **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_person_free);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT id, full_name, position, organisation_id, phone, email FROM people ORDER BY full_name", error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaPerson *person = g_new0 (KartaPerson, 1);
      person->id = sqlite3_column_int64 (stmt, 0);
      person->full_name = karta_column_text (stmt, 1);
      person->position = karta_column_text (stmt, 2);
      person->organisation_id = sqlite3_column_int64 (stmt, 3);
      person->phone = karta_column_text (stmt, 4);
      person->email = karta_column_text (stmt, 5);
      g_ptr_array_add (list, person);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

/* Inserts (id 0) or updates the person row; the id is written back. */
static gboolean
write_person (KartaStore *self,
              gpointer    data,
              GError    **error)
{
  KartaPerson  *person = data;
  sqlite3_stmt *stmt = karta_store_prepare (self, person->id == 0 ? "INSERT INTO people (full_name, position, organisation_id, phone, email) VALUES (?1, ?2, ?3, ?4, ?5)" : "UPDATE people SET full_name = ?1, position = ?2, organisation_id = ?3, phone = ?4, email = ?5 WHERE id = ?6",
                                            error);

  if (stmt == NULL)
    return FALSE;
  karta_bind_text (stmt, 1, person->full_name);
  karta_bind_text (stmt, 2, person->position);
  karta_bind_id (stmt, 3, person->organisation_id);
  karta_bind_text (stmt, 4, person->phone);
  karta_bind_text (stmt, 5, person->email);
  if (person->id == 0)
    return (person->id = karta_store_insert (self, stmt, error)) != 0;
  sqlite3_bind_int64 (stmt, 6, person->id);
  return karta_store_step_done (self, stmt, error);
}

/**
 * karta_store_save_person:
 *
 * Adds (id 0) or updates a person, as one undoable action.
 *
 * Returns: the person's id, 0 on error
 */
gint64
karta_store_save_person (KartaStore        *self,
                         const KartaPerson *person,
                         GError           **error)
{
  g_autofree char *label = NULL;
  KartaPerson      scratch = *person;

  if (karta_text_is_blank (person->full_name))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("A person needs a name"));
      return 0;
    }
  label = g_strdup_printf (person->id ? _ ("Edit “%s”") : _ ("Add “%s”"), person->full_name);
  return karta_store_run (self, label, write_person, &scratch, error) ? scratch.id : 0;
}
