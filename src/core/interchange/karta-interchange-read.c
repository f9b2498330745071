/* karta-interchange-read.c — a roadmap from interchange JSON (docs/interchange.md)
 *
 * Lenient where the format allows absent values, strict where a wrong value
 * would store nonsense: every problem names the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-interchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-interchange.h"
#include "karta-risk.h"
#include "karta-terms.h"

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static char *
dup_string (JsonObject *object,
            const char *member)
{
  return g_strdup (get_string (object, member));
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* A date that is absent is fine; one that is there must be a real date. */
static gboolean
get_day (JsonObject *object,
         const char *member,
         KartaDay   *day,
         GError    **error)
{
  const char *iso = get_string (object, member);

  *day = karta_day_from_iso (iso);
  if (iso != NULL && *day == KARTA_DAY_NONE)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("“%s” is not a date (YYYY-MM-DD) in “%s”"), iso, member);
      return FALSE;
    }
  return TRUE;
}

static void
read_strings (JsonObject *object,
              const char *member,
              GPtrArray  *strings)
{
  JsonArray *array = get_array (object, member);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (strings, g_strdup (json_node_get_string (node)));
    }
}

static void
read_refs (JsonObject *object,
           const char *member,
           GPtrArray  *refs)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  read_strings (object, member, names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (refs, karta_ref_new (0, g_ptr_array_index (names, i)));
}

static gboolean
read_order (JsonObject *object,
            KartaOrder *order,
            GError    **error)
{
  if (object == NULL)
    return TRUE;
  order->kind = dup_string (object, "kind");
  order->number = dup_string (object, "number");
  order->authority = dup_string (object, "authority");
  order->signatory = dup_string (object, "signatory");
  order->controller = dup_string (object, "controller");
  return get_day (object, "date", &order->date, error);
}

static KartaSchedule *
read_schedule (JsonObject        *object,
               const char        *term,
               const KartaPeriod *period,
               GError           **error)
{
  g_autoptr (KartaSchedule) schedule = NULL;
  KartaScheduleKind kind;
  JsonArray        *spans;

  /* Documents made by hand or by other tools may carry only the term. */
  if (object == NULL)
    return karta_terms_parse (term, period);

  if (!karta_schedule_kind_from_string (get_string (object, "kind"), &kind))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("Unknown schedule kind “%s” for the term “%s”"),
                   get_string (object, "kind"), term ? term : "");
      return NULL;
    }
  schedule = karta_schedule_new (kind);
  schedule->rule = dup_string (object, "rule");
  spans = get_array (object, "spans");
  for (guint i = 0; spans != NULL && i < json_array_get_length (spans); i++)
    {
      JsonObject *span = json_array_get_object_element (spans, i);
      KartaDay    start, end;
      if (span == NULL || !get_day (span, "start", &start, error) || !get_day (span, "end", &end, error))
        return NULL;
      if (start == KARTA_DAY_NONE || end < start)
        {
          g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                       _ ("A span of the term “%s” has no valid start and end"), term ? term : "");
          return NULL;
        }
      karta_schedule_add_span (schedule, start, end, get_string (span, "label"));
    }
  return g_steal_pointer (&schedule);
}

static gboolean
read_status (JsonObject  *object,
             KartaStatus *status,
             GError     **error)
{
  const char *name = get_string (object, "status");

  *status = KARTA_STATUS_PLANNED;
  if (name == NULL || karta_status_from_string (name, status))
    return TRUE;
  g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("Unknown status “%s”"), name);
  return FALSE;
}

static gint64
school_index (const KartaActivity *activity,
              const char          *name)
{
  for (guint i = 0; name != NULL && i < activity->schools->len; i++)
    if (g_strcmp0 (((KartaRef *) g_ptr_array_index (activity->schools, i))->name, name) == 0)
      return i;
  return -1;
}

/* Executions name their school, which must be one of the activity's; its
 * id is resolved by the store, so the index is kept until then. */
static gboolean
read_executions (JsonObject    *object,
                 KartaActivity *activity,
                 GError       **error)
{
  JsonArray *array = get_array (object, "executions");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      const char *school = item ? get_string (item, "school") : NULL;
      g_autoptr (KartaExecution) execution = karta_execution_new (0, KARTA_STATUS_PLANNED);

      if (item == NULL || school_index (activity, school) < 0)
        {
          g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                       _ ("The activity “%s” records execution by “%s”, which is not among its schools"),
                       activity->number ? activity->number : activity->title, school ? school : "?");
          return FALSE;
        }
      if (!read_status (item, &execution->status, error) || !get_day (item, "done_on", &execution->done_on, error))
        return FALSE;
      execution->note = dup_string (item, "note");
      execution->organisation_id = -1 - school_index (activity, school);
      g_ptr_array_add (activity->executions, g_steal_pointer (&execution));
    }
  return TRUE;
}

static gboolean
read_documents (JsonObject    *object,
                KartaActivity *activity,
                GError       **error)
{
  JsonArray *array = get_array (object, "documents");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject    *item = json_array_get_object_element (array, i);
      KartaDocument *document;

      if (item == NULL || get_string (item, "sha256") == NULL || get_string (item, "file_name") == NULL)
        {
          g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                       _ ("A document of the activity “%s” has no sha256 or file_name"),
                       activity->number ? activity->number : activity->title);
          return FALSE;
        }
      document = g_new0 (KartaDocument, 1);
      g_ptr_array_add (activity->documents, document);
      document->sha256 = dup_string (item, "sha256");
      document->file_name = dup_string (item, "file_name");
      document->kind = dup_string (item, "kind");
      document->number = dup_string (item, "number");
      document->title = dup_string (item, "title");
      document->pages = json_object_get_int_member_with_default (item, "pages", 0);
      if (!get_day (item, "date", &document->date, error))
        return FALSE;
    }
  return TRUE;
}

static KartaActivity *
read_activity (JsonObject        *object,
               const KartaPeriod *period,
               GError           **error)
{
  g_autoptr (KartaActivity) activity = karta_activity_new ();

  activity->number = dup_string (object, "number");
  activity->title = dup_string (object, "title");
  activity->term = dup_string (object, "term");
  if (karta_text_is_blank (activity->title))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("The activity “%s” has no title"),
                   activity->number ? activity->number : "?");
      return NULL;
    }
  karta_schedule_free (activity->schedule);
  activity->schedule = read_schedule (get_object (object, "schedule"), activity->term, period, error);
  if (activity->schedule == NULL)
    return NULL;
  activity->term_edited = json_object_get_boolean_member_with_default (object, "term_edited", FALSE);
  activity->number_generated = json_object_get_boolean_member_with_default (object, "number_generated", FALSE);
  activity->responsible = dup_string (object, "responsible");
  activity->executors = dup_string (object, "executors");
  activity->participants = dup_string (object, "participants");
  activity->result = dup_string (object, "result");
  activity->evidence = dup_string (object, "evidence");
  activity->direction = dup_string (object, "direction");
  activity->notes = dup_string (object, "notes");
  read_refs (object, "schools", activity->schools);
  read_refs (object, "factors", activity->factors);
  if (!read_status (object, &activity->status, error) ||
      !get_day (object, "done_on", &activity->done_on, error) ||
      !read_executions (object, activity, error) ||
      !read_documents (object, activity, error))
    return NULL;
  return g_steal_pointer (&activity);
}

static KartaSection *
read_section (JsonObject        *object,
              const KartaPeriod *period,
              GError           **error)
{
  g_autoptr (KartaSection) section = karta_section_new (get_string (object, "number"), get_string (object, "title"));
  JsonArray *activities = get_array (object, "activities");
  JsonArray *sections = get_array (object, "sections");

  read_strings (object, "tasks", section->tasks);
  read_strings (object, "indicators", section->indicators);
  for (guint i = 0; activities != NULL && i < json_array_get_length (activities); i++)
    {
      JsonObject    *item = json_array_get_object_element (activities, i);
      KartaActivity *activity = item ? read_activity (item, period, error) : NULL;
      if (activity == NULL)
        return NULL;
      g_ptr_array_add (section->activities, activity);
    }
  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    {
      JsonObject   *item = json_array_get_object_element (sections, i);
      KartaSection *child = item ? read_section (item, period, error) : NULL;
      if (child == NULL)
        return NULL;
      g_ptr_array_add (section->sections, child);
    }
  return g_steal_pointer (&section);
}

static gboolean
read_editions (JsonObject   *object,
               KartaRoadmap *roadmap,
               GError      **error)
{
  JsonArray *array = get_array (object, "editions");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      g_autoptr (KartaOrder) edition = karta_order_new ();
      if (item == NULL || !read_order (get_object (item, "document"), edition, error))
        return FALSE;
      edition->note = dup_string (item, "note");
      g_ptr_array_add (roadmap->editions, g_steal_pointer (&edition));
    }
  return TRUE;
}

static void
read_glossary (JsonObject   *object,
               KartaRoadmap *roadmap)
{
  JsonArray *array = get_array (object, "glossary");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      if (item != NULL && get_string (item, "abbr") != NULL)
        g_ptr_array_add (roadmap->glossary,
                         karta_glossary_entry_new (get_string (item, "abbr"), get_string (item, "meaning")));
    }
}

static void
read_listed_schools (JsonObject   *object,
                     KartaRoadmap *roadmap)
{
  JsonArray *array = get_array (object, "listed_schools");
  int        period_year;

  karta_day_to_ymd (roadmap->period.start, &period_year, NULL, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      if (item != NULL && get_string (item, "school") != NULL && get_string (item, "category") != NULL)
        g_ptr_array_add (roadmap->listed_schools,
                         karta_listed_school_new (get_string (item, "school"), get_string (item, "category"),
                                                  json_object_get_int_member_with_default (item, "year", period_year)));
    }
}

static void
read_stated_risks (JsonObject   *object,
                   KartaRoadmap *roadmap)
{
  JsonArray *array = get_array (object, "stated_risks");
  int        period_year;

  karta_day_to_ymd (roadmap->period.start, &period_year, NULL, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject      *item = json_array_get_object_element (array, i);
      JsonArray       *levels = item != NULL ? get_array (item, "levels") : NULL;
      KartaStatedRisk *stated;

      if (item == NULL || get_string (item, "school") == NULL)
        continue;
      stated = karta_stated_risk_new (get_string (item, "school"), json_object_get_int_member_with_default (item, "year", period_year));
      for (guint l = 0; levels != NULL && l < json_array_get_length (levels); l++)
        {
          JsonObject    *entry = json_array_get_object_element (levels, l);
          KartaRiskLevel level;

          if (entry != NULL && get_string (entry, "factor") != NULL && karta_risk_level_from_string (get_string (entry, "level"), &level))
            karta_risk_profile_add (stated->profile, 0, get_string (entry, "factor"), level);
        }
      g_ptr_array_add (roadmap->stated_risks, stated);
    }
}

static gboolean
read_header (JsonObject   *object,
             KartaRoadmap *roadmap,
             GError      **error)
{
  const char *format = get_string (object, "format");
  JsonObject *period = get_object (object, "period");

  if (format != NULL && g_strcmp0 (format, "karta-roadmap") != 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("This JSON is not a Karta roadmap (format “%s”)"), format);
      return FALSE;
    }
  if (json_object_get_int_member_with_default (object, "version", 1) > 1)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_TOO_NEW,
                   _ ("This roadmap was exported by a newer version of Karta; update Karta to import it"));
      return FALSE;
    }
  roadmap->title = dup_string (object, "title");
  roadmap->goal = dup_string (object, "goal");
  roadmap->context = dup_string (object, "context");
  if (period == NULL || !get_day (period, "start", &roadmap->period.start, error) ||
      !get_day (period, "end", &roadmap->period.end, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("The roadmap has no period"));
      return FALSE;
    }
  if (roadmap->period.start == KARTA_DAY_NONE || roadmap->period.end < roadmap->period.start)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("The roadmap's period has no valid start and end"));
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_interchange_from_json:
 *
 * Reads a roadmap. Schools and factors come as names (#KartaRef with id 0)
 * for the store to match; a schedule that is absent is derived from the
 * term with the roadmap's period.
 *
 * Returns: (transfer full) (nullable): the roadmap
 */
KartaRoadmap *
karta_interchange_from_json (JsonNode *node,
                             GError  **error)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  JsonObject *object = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonArray  *sections;

  if (object == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("The JSON is not an object"));
      return NULL;
    }
  if (!read_header (object, roadmap, error) ||
      !read_order (get_object (object, "document"), roadmap->order, error) ||
      !read_editions (object, roadmap, error))
    return NULL;
  read_strings (object, "tasks", roadmap->tasks);
  read_strings (object, "indicators", roadmap->indicators);
  read_glossary (object, roadmap);
  read_listed_schools (object, roadmap);
  read_stated_risks (object, roadmap);
  sections = get_array (object, "sections");
  for (guint i = 0; sections != NULL && i < json_array_get_length (sections); i++)
    {
      JsonObject   *item = json_array_get_object_element (sections, i);
      KartaSection *section = item ? read_section (item, &roadmap->period, error) : NULL;
      if (section == NULL)
        return NULL;
      g_ptr_array_add (roadmap->sections, section);
    }
  return g_steal_pointer (&roadmap);
}

KartaRoadmap *
karta_interchange_parse (const char *data,
                         gssize      length,
                         GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  return karta_interchange_from_json (json_parser_get_root (parser), error);
}

/**
 * karta_interchange_load_file:
 *
 * Returns: (transfer full) (nullable): the roadmap in @path; errors name
 *   the file
 */
KartaRoadmap *
karta_interchange_load_file (const char *path,
                             GError    **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) local_error = NULL;
  KartaRoadmap *roadmap = NULL;
  gsize         length;

  if (g_file_get_contents (path, &data, &length, &local_error))
    roadmap = karta_interchange_parse (data, length, &local_error);
  if (roadmap == NULL)
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, "%s: %s", path, local_error->message);
  return roadmap;
}
