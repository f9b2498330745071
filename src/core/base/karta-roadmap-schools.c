/* karta-roadmap-schools.c — the schools of an imported roadmap, as the
 * user settles them before it is stored
 *
 * A document names its schools by name, and not always alike. In the
 * review the user says which library school a doubtful name is, that two
 * ways of writing («МКОУ «ОСШ № 2»», «МКОУ «Отраденская СОШ № 2»») are one
 * school, or that a name is to be left out. Each applies to every mention
 * of the name: activities' schools, the listed schools, stated profiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-model.h"
#include "karta-risk.h"

typedef void (*SchoolListFunc) (GPtrArray *schools,
                                gpointer   data);

/* Calls @func on the schools of every activity under @sections */
static void
sections_foreach_schools (GPtrArray     *sections,
                          SchoolListFunc func,
                          gpointer       data)
{
  for (guint i = 0; i < sections->len; i++)
    {
      const KartaSection *section = g_ptr_array_index (sections, i);

      for (guint j = 0; j < section->activities->len; j++)
        func (((KartaActivity *) g_ptr_array_index (section->activities, j))->schools, data);
      sections_foreach_schools (section->sections, func, data);
    }
}

typedef struct
{
  const char *name;
  const char *into; /* merging */
  gint64      id;   /* choosing, merging */
} SchoolChange;

static void
choose_in (GPtrArray *schools,
           gpointer   data)
{
  const SchoolChange *change = data;

  for (guint i = 0; i < schools->len; i++)
    {
      KartaRef *ref = g_ptr_array_index (schools, i);
      if (g_strcmp0 (ref->name, change->name) == 0)
        ref->id = change->id;
    }
}

/**
 * karta_roadmap_choose_school:
 * @name: a school's name as the imported document writes it
 * @organisation_id: the library's school it is, 0 for a new school
 *
 * Makes every mention of @name in a roadmap not yet stored — activities'
 * schools, the listed schools, stated risk profiles — the school the user
 * chose, where the name alone does not tell which it is.
 */
void
karta_roadmap_choose_school (KartaRoadmap *roadmap,
                             const char   *name,
                             gint64        organisation_id)
{
  SchoolChange change = { .name = name, .id = organisation_id };

  sections_foreach_schools (roadmap->sections, choose_in, &change);
  for (guint i = 0; i < roadmap->listed_schools->len; i++)
    {
      KartaRef *school = ((KartaListedSchool *) g_ptr_array_index (roadmap->listed_schools, i))->school;
      if (g_strcmp0 (school->name, name) == 0)
        school->id = organisation_id;
    }
  for (guint i = 0; i < roadmap->stated_risks->len; i++)
    {
      KartaRiskProfile *profile = ((KartaStatedRisk *) g_ptr_array_index (roadmap->stated_risks, i))->profile;
      if (g_strcmp0 (profile->school_name, name) == 0)
        profile->organisation_id = organisation_id;
    }
}

static gboolean
has_school (GPtrArray  *schools,
            const char *name)
{
  for (guint i = 0; i < schools->len; i++)
    if (g_strcmp0 (((KartaRef *) g_ptr_array_index (schools, i))->name, name) == 0)
      return TRUE;
  return FALSE;
}

/* Mentions of the name become mentions of the other; an activity that
 * named both names the school once */
static void
merge_in (GPtrArray *schools,
          gpointer   data)
{
  const SchoolChange *change = data;
  gboolean            has_into = has_school (schools, change->into);

  for (guint i = schools->len; i-- > 0;)
    {
      KartaRef *ref = g_ptr_array_index (schools, i);

      if (g_strcmp0 (ref->name, change->name) != 0)
        continue;
      if (has_into)
        g_ptr_array_remove_index (schools, i);
      else
        {
          g_free (ref->name);
          ref->name = g_strdup (change->into);
          if (change->id != 0)
            ref->id = change->id;
          has_into = TRUE;
        }
    }
}

static void
find_id_in (GPtrArray *schools,
            gpointer   data)
{
  SchoolChange *change = data;

  for (guint i = 0; i < schools->len && change->id == 0; i++)
    {
      const KartaRef *ref = g_ptr_array_index (schools, i);
      if (g_strcmp0 (ref->name, change->into) == 0)
        change->id = ref->id;
    }
}

/**
 * karta_roadmap_merge_school:
 * @name: a way the document writes a school
 * @into: another way it writes the same school
 *
 * Makes every mention of @name one of @into, the school the user chose for
 * @into included (else the one chosen for @name), in a roadmap not yet
 * stored.
 */
void
karta_roadmap_merge_school (KartaRoadmap *roadmap,
                            const char   *name,
                            const char   *into)
{
  SchoolChange change = { .name = name, .into = into };

  g_return_if_fail (name != NULL && into != NULL);

  sections_foreach_schools (roadmap->sections, find_id_in, &change);
  sections_foreach_schools (roadmap->sections, merge_in, &change);
  for (guint i = 0; i < roadmap->listed_schools->len; i++)
    {
      KartaRef *school = ((KartaListedSchool *) g_ptr_array_index (roadmap->listed_schools, i))->school;
      if (g_strcmp0 (school->name, name) == 0)
        {
          g_free (school->name);
          school->name = g_strdup (into);
          school->id = change.id;
        }
    }
  for (guint i = 0; i < roadmap->stated_risks->len; i++)
    {
      KartaRiskProfile *profile = ((KartaStatedRisk *) g_ptr_array_index (roadmap->stated_risks, i))->profile;
      if (g_strcmp0 (profile->school_name, name) == 0)
        {
          g_free (profile->school_name);
          profile->school_name = g_strdup (into);
          profile->organisation_id = change.id;
        }
    }
}

static void
leave_out_in (GPtrArray *schools,
              gpointer   data)
{
  const SchoolChange *change = data;

  for (guint i = schools->len; i-- > 0;)
    if (g_strcmp0 (((KartaRef *) g_ptr_array_index (schools, i))->name, change->name) == 0)
      g_ptr_array_remove_index (schools, i);
}

/**
 * karta_roadmap_leave_out_school:
 * @name: a school's name as the document writes it
 *
 * The activities of a roadmap not yet stored no longer name @name; it
 * gets no category from the order's list and no stated profile.
 */
void
karta_roadmap_leave_out_school (KartaRoadmap *roadmap,
                                const char   *name)
{
  SchoolChange change = { .name = name };

  sections_foreach_schools (roadmap->sections, leave_out_in, &change);
  for (guint i = 0; i < roadmap->listed_schools->len; i++)
    {
      KartaListedSchool *listed = g_ptr_array_index (roadmap->listed_schools, i);
      if (g_strcmp0 (listed->school->name, name) == 0)
        listed->included = FALSE;
    }
  for (guint i = 0; i < roadmap->stated_risks->len; i++)
    {
      KartaStatedRisk *stated = g_ptr_array_index (roadmap->stated_risks, i);
      if (g_strcmp0 (stated->profile->school_name, name) == 0)
        stated->accepted = FALSE;
    }
}
