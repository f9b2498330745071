/* karta-activity-filter.c — which activities the roadmap's views show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "karta-activity-filter.h"
#include "karta-activity-status.h"
#include "karta-date.h"
#include "karta-evidence.h"
#include "karta-responsible.h"

struct _KartaActivityFilter
{
  KartaDay    today;
  char      **search_words; /* casefolded; NULL: no search */
  int         status;       /* KartaStatus, -1: any */
  gint64      school_id;    /* 0: any */
  char       *responsible;  /* casefolded; NULL: any */
  GHashTable *sections;     /* gint64* ids of the section and those within; NULL: any */
  KartaPeriod month;        /* start KARTA_DAY_NONE: any */
  gboolean    overdue;
  gboolean    missing_evidence;
};

/**
 * karta_activity_filter_new:
 *
 * Returns: (transfer full): a filter that shows everything, as of today
 */
KartaActivityFilter *
karta_activity_filter_new (void)
{
  KartaActivityFilter *self = g_rc_box_new0 (KartaActivityFilter);

  self->today = karta_day_today ();
  self->status = -1;
  return self;
}

KartaActivityFilter *
karta_activity_filter_ref (KartaActivityFilter *self)
{
  return g_rc_box_acquire (self);
}

static void
filter_clear_criteria (KartaActivityFilter *self)
{
  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->sections, g_hash_table_unref);
  self->status = -1;
  self->school_id = 0;
  self->month = (KartaPeriod){ KARTA_DAY_NONE, KARTA_DAY_NONE };
  self->overdue = FALSE;
  self->missing_evidence = FALSE;
}

static void
filter_free (gpointer data)
{
  filter_clear_criteria (data);
}

void
karta_activity_filter_unref (KartaActivityFilter *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, filter_free);
}

/* The day statuses are judged on (the chart's "today" line is the same) */
KartaDay
karta_activity_filter_get_today (const KartaActivityFilter *self)
{
  return self->today;
}

void
karta_activity_filter_set_today (KartaActivityFilter *self,
                                 KartaDay             today)
{
  self->today = today;
}

/* Everything shows again; today stays */
void
karta_activity_filter_clear (KartaActivityFilter *self)
{
  filter_clear_criteria (self);
}

/**
 * karta_activity_filter_set_search:
 * @text: (nullable): words, each to be found (case does not matter)
 */
void
karta_activity_filter_set_search (KartaActivityFilter *self,
                                  const char          *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  g_clear_pointer (&self->search_words, g_strfreev);
  g_strstrip (folded);
  if (*folded != '\0')
    self->search_words = g_regex_split_simple ("\\s+", folded, 0, 0);
}

/* @status: a #KartaStatus as shown (overdue included), -1 for any */
void
karta_activity_filter_set_status (KartaActivityFilter *self,
                                  int                  status)
{
  self->status = status;
}

/* @school_id: an activity's school, 0 for any */
void
karta_activity_filter_set_school (KartaActivityFilter *self,
                                  gint64               school_id)
{
  self->school_id = school_id;
}

gint64
karta_activity_filter_get_school (const KartaActivityFilter *self)
{
  return self->school_id;
}

/* @responsible: (nullable): a name in the activity's "responsible" */
void
karta_activity_filter_set_responsible (KartaActivityFilter *self,
                                       const char          *responsible)
{
  g_free (self->responsible);
  self->responsible = responsible != NULL ? g_utf8_casefold (responsible, -1) : NULL;
}

/* Returns: (nullable): the responsible asked for, casefolded */
const char *
karta_activity_filter_get_responsible (const KartaActivityFilter *self)
{
  return self->responsible;
}

static void
add_section_ids (GHashTable         *ids,
                 const KartaSection *section)
{
  g_hash_table_add (ids, g_memdup2 (&section->id, sizeof section->id));
  for (guint i = 0; section->sections != NULL && i < section->sections->len; i++)
    add_section_ids (ids, g_ptr_array_index (section->sections, i));
}

/* @section: (nullable): the activities of it and of the sections within */
void
karta_activity_filter_set_section (KartaActivityFilter *self,
                                   const KartaSection  *section)
{
  g_clear_pointer (&self->sections, g_hash_table_unref);
  if (section == NULL)
    return;
  self->sections = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  add_section_ids (self->sections, section);
}

gboolean
karta_activity_filter_has_section (const KartaActivityFilter *self)
{
  return self->sections != NULL;
}

/* @month: (nullable): the activities scheduled on some day of it */
void
karta_activity_filter_set_month (KartaActivityFilter *self,
                                 const KartaPeriod   *month)
{
  self->month = month != NULL ? *month : (KartaPeriod){ KARTA_DAY_NONE, KARTA_DAY_NONE };
}

void
karta_activity_filter_set_overdue (KartaActivityFilter *self,
                                   gboolean             overdue)
{
  self->overdue = overdue;
}

/* Only activities done without the confirming document they ask for */
void
karta_activity_filter_set_missing_evidence (KartaActivityFilter *self,
                                            gboolean             missing)
{
  self->missing_evidence = missing;
}

gboolean
karta_activity_filter_has_search (const KartaActivityFilter *self)
{
  return self->search_words != NULL;
}

/* The criteria behind the "More filters" button: responsible, section,
 * month, overdue, without proof */
gboolean
karta_activity_filter_has_more_criteria (const KartaActivityFilter *self)
{
  return self->responsible != NULL || self->sections != NULL || self->month.start != KARTA_DAY_NONE || self->overdue ||
         self->missing_evidence;
}

/* Whether anything but the search narrows what shows */
gboolean
karta_activity_filter_has_criteria (const KartaActivityFilter *self)
{
  return self->status >= 0 || self->school_id != 0 || karta_activity_filter_has_more_criteria (self);
}

static gboolean
has_school (const KartaActivity *activity,
            gint64               school_id)
{
  for (guint i = 0; activity->schools != NULL && i < activity->schools->len; i++)
    if (((const KartaRef *) g_ptr_array_index (activity->schools, i))->id == school_id)
      return TRUE;
  return FALSE;
}

/* «Руководители ОО», «все образовательные организации», «школы района» */
static gboolean
names_all_schools (const char *text)
{
  static gsize     once;
  static GRegex   *all;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  if (g_once_init_enter (&once))
    {
      all = g_regex_new ("(?<!\\w)(оо|оу|шнор|школ\\w*|образовательн\\w*\\s+(организац|учрежден)\\w*)(?!\\w)",
                         G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  folded = g_utf8_casefold (text, -1);
  return g_regex_match (all, folded, 0, NULL);
}

/* An activity that names no school but is addressed to all of them
 * concerns every school */
static gboolean
concerns_school (const KartaActivity *activity,
                 gint64               school_id)
{
  if (activity->schools != NULL && activity->schools->len > 0)
    return has_school (activity, school_id);
  return names_all_schools (activity->executors) || names_all_schools (activity->participants) ||
         names_all_schools (activity->responsible);
}

static gboolean
overlaps (const KartaSchedule *schedule,
          const KartaPeriod   *period)
{
  for (guint i = 0; schedule != NULL && i < schedule->spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (schedule->spans, KartaSpan, i);

      if (span->start <= period->end && span->end >= period->start)
        return TRUE;
    }
  return FALSE;
}

/* One of the people and bodies the activity's cell names, or a part of
 * one («Иванова» of «Иванова А. П.»), in any case */
static gboolean
has_responsible (const KartaActivity *activity,
                 const char          *folded_name)
{
  g_autoptr (GPtrArray) names = karta_responsible_split (activity->responsible);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_ptr_array_index (names, i), -1);
      if (strstr (folded, folded_name) != NULL)
        return TRUE;
    }
  return FALSE;
}

/**
 * karta_activity_filter_passes:
 *
 * Returns: whether @activity meets every criterion but the search
 */
gboolean
karta_activity_filter_passes (const KartaActivityFilter *self,
                              const KartaActivity       *activity)
{
  KartaStatus shown = 0;

  if (self->status >= 0 || self->overdue)
    shown = karta_activity_effective_status (activity, self->today);
  if (self->status >= 0 && shown != (KartaStatus) self->status)
    return FALSE;
  if (self->overdue && shown != KARTA_STATUS_OVERDUE)
    return FALSE;
  if (self->school_id != 0 && !concerns_school (activity, self->school_id))
    return FALSE;
  if (self->missing_evidence && !karta_evidence_is_missing (activity))
    return FALSE;
  if (self->sections != NULL && !g_hash_table_contains (self->sections, &activity->section_id))
    return FALSE;
  if (self->month.start != KARTA_DAY_NONE && !overlaps (activity->schedule, &self->month))
    return FALSE;
  return self->responsible == NULL || has_responsible (activity, self->responsible);
}

/**
 * karta_activity_filter_finds:
 * @haystack: from karta_activity_filter_haystack()
 *
 * Returns: whether every word searched is in @haystack (%TRUE without a search)
 */
gboolean
karta_activity_filter_finds (const KartaActivityFilter *self,
                             const char                *haystack)
{
  for (char **word = self->search_words; word != NULL && *word != NULL; word++)
    if (**word != '\0' && strstr (haystack, *word) == NULL)
      return FALSE;
  return TRUE;
}

static void
append_field (GString    *str,
              const char *field)
{
  if (field == NULL || *field == '\0')
    return;
  g_string_append (str, field);
  g_string_append_c (str, '\n');
}

/**
 * karta_activity_filter_haystack:
 * @section: (nullable): a section, or
 * @activity: (nullable): an activity
 *
 * Returns: (transfer full): the casefolded text a search looks in: a
 *   section's number and title; an activity's number, title, term,
 *   responsible and executors
 */
char *
karta_activity_filter_haystack (const KartaSection  *section,
                                const KartaActivity *activity)
{
  g_autoptr (GString) str = g_string_new (NULL);

  if (section != NULL)
    {
      append_field (str, section->number);
      append_field (str, section->title);
    }
  else if (activity != NULL)
    {
      append_field (str, activity->number);
      append_field (str, activity->title);
      append_field (str, activity->term);
      append_field (str, activity->responsible);
      append_field (str, activity->executors);
    }
  return g_utf8_casefold (str->str, str->len);
}
