/* karta-interchange-write.c — a roadmap as interchange JSON (docs/interchange.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-interchange"

#include "config.h"

#include "karta-interchange.h"
#include "karta-risk.h"

#define KARTA_INTERCHANGE_VERSION 1

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_day (JsonBuilder *builder,
         const char  *member,
         KartaDay     day)
{
  g_autofree char *iso = karta_day_to_iso (day);

  add_string (builder, member, iso);
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             GPtrArray   *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

static void
add_ref_names (JsonBuilder *builder,
               const char  *member,
               GPtrArray   *refs)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < refs->len; i++)
    json_builder_add_string_value (builder, ((KartaRef *) g_ptr_array_index (refs, i))->name);
  json_builder_end_array (builder);
}

static void
add_order (JsonBuilder      *builder,
           const KartaOrder *order)
{
  json_builder_begin_object (builder);
  add_string (builder, "kind", order->kind);
  add_string (builder, "number", order->number);
  add_day (builder, "date", order->date);
  add_string (builder, "authority", order->authority);
  add_string (builder, "signatory", order->signatory);
  add_string (builder, "controller", order->controller);
  json_builder_end_object (builder);
}

/**
 * karta_interchange_add_spans:
 *
 * Adds the member "spans": [{"start", "end", "label"}…] of @schedule to the
 * object being built, as docs/interchange.md and `karta-cli terms` write it.
 */
void
karta_interchange_add_spans (JsonBuilder         *builder,
                             const KartaSchedule *schedule)
{
  json_builder_set_member_name (builder, "spans");
  json_builder_begin_array (builder);
  for (guint i = 0; i < schedule->spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (schedule->spans, KartaSpan, i);
      json_builder_begin_object (builder);
      add_day (builder, "start", span->start);
      add_day (builder, "end", span->end);
      add_string (builder, "label", span->label);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_schedule (JsonBuilder         *builder,
              const KartaSchedule *schedule)
{
  json_builder_set_member_name (builder, "schedule");
  json_builder_begin_object (builder);
  add_string (builder, "kind", karta_schedule_kind_to_string (schedule->kind));
  karta_interchange_add_spans (builder, schedule);
  add_string (builder, "rule", schedule->rule);
  json_builder_end_object (builder);
}

static const char *
school_name (const KartaActivity *activity,
             gint64               organisation_id)
{
  for (guint i = 0; i < activity->schools->len; i++)
    {
      KartaRef *ref = g_ptr_array_index (activity->schools, i);
      if (ref->id == organisation_id)
        return ref->name;
    }
  return NULL;
}

static void
add_executions (JsonBuilder         *builder,
                const KartaActivity *activity)
{
  json_builder_set_member_name (builder, "executions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < activity->executions->len; i++)
    {
      KartaExecution *execution = g_ptr_array_index (activity->executions, i);
      json_builder_begin_object (builder);
      add_string (builder, "school", school_name (activity, execution->organisation_id));
      add_string (builder, "status", karta_status_to_string (execution->status));
      add_day (builder, "done_on", execution->done_on);
      add_string (builder, "note", execution->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_documents (JsonBuilder *builder,
               GPtrArray   *documents)
{
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < documents->len; i++)
    {
      KartaDocument *document = g_ptr_array_index (documents, i);
      json_builder_begin_object (builder);
      add_string (builder, "sha256", document->sha256);
      add_string (builder, "file_name", document->file_name);
      add_string (builder, "kind", document->kind);
      add_string (builder, "number", document->number);
      add_day (builder, "date", document->date);
      add_string (builder, "title", document->title);
      json_builder_set_member_name (builder, "pages");
      json_builder_add_int_value (builder, document->pages);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_activity (JsonBuilder         *builder,
              const KartaActivity *activity)
{
  json_builder_begin_object (builder);
  add_string (builder, "number", activity->number);
  json_builder_set_member_name (builder, "number_generated");
  json_builder_add_boolean_value (builder, activity->number_generated);
  add_string (builder, "title", activity->title);
  add_string (builder, "term", activity->term);
  add_schedule (builder, activity->schedule);
  json_builder_set_member_name (builder, "term_edited");
  json_builder_add_boolean_value (builder, activity->term_edited);
  add_string (builder, "responsible", activity->responsible);
  add_string (builder, "executors", activity->executors);
  add_ref_names (builder, "schools", activity->schools);
  add_string (builder, "participants", activity->participants);
  add_string (builder, "result", activity->result);
  add_string (builder, "evidence", activity->evidence);
  add_string (builder, "direction", activity->direction);
  add_ref_names (builder, "factors", activity->factors);
  add_string (builder, "status", karta_status_to_string (activity->status));
  add_day (builder, "done_on", activity->done_on);
  add_string (builder, "notes", activity->notes);
  add_executions (builder, activity);
  add_documents (builder, activity->documents);
  json_builder_end_object (builder);
}

static void
add_section (JsonBuilder        *builder,
             const KartaSection *section)
{
  json_builder_begin_object (builder);
  add_string (builder, "number", section->number);
  add_string (builder, "title", section->title);
  add_strings (builder, "tasks", section->tasks);
  add_strings (builder, "indicators", section->indicators);
  json_builder_set_member_name (builder, "activities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < section->activities->len; i++)
    add_activity (builder, g_ptr_array_index (section->activities, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < section->sections->len; i++)
    add_section (builder, g_ptr_array_index (section->sections, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_glossary (JsonBuilder        *builder,
              const KartaRoadmap *roadmap)
{
  json_builder_set_member_name (builder, "glossary");
  json_builder_begin_array (builder);
  for (guint i = 0; i < roadmap->glossary->len; i++)
    {
      KartaGlossaryEntry *entry = g_ptr_array_index (roadmap->glossary, i);
      json_builder_begin_object (builder);
      add_string (builder, "abbr", entry->abbr);
      add_string (builder, "meaning", entry->meaning);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Written only when an import found them: the order's appendix of schools */
static void
add_listed_schools (JsonBuilder        *builder,
                    const KartaRoadmap *roadmap)
{
  if (roadmap->listed_schools->len == 0)
    return;
  json_builder_set_member_name (builder, "listed_schools");
  json_builder_begin_array (builder);
  for (guint i = 0; i < roadmap->listed_schools->len; i++)
    {
      KartaListedSchool *listed = g_ptr_array_index (roadmap->listed_schools, i);
      if (!listed->included)
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "school", listed->school->name);
      add_string (builder, "category", listed->category);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, listed->year);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Written only when an import found them: profiles the text states */
static void
add_stated_risks (JsonBuilder        *builder,
                  const KartaRoadmap *roadmap)
{
  if (roadmap->stated_risks->len == 0)
    return;
  json_builder_set_member_name (builder, "stated_risks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < roadmap->stated_risks->len; i++)
    {
      const KartaRiskProfile *profile = ((KartaStatedRisk *) g_ptr_array_index (roadmap->stated_risks, i))->profile;
      json_builder_begin_object (builder);
      add_string (builder, "school", profile->school_name);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, profile->year);
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
      for (guint e = 0; e < profile->entries->len; e++)
        {
          const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, e);
          json_builder_begin_object (builder);
          add_string (builder, "factor", entry->factor_name);
          add_string (builder, "level", karta_risk_level_to_string (entry->level));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_editions (JsonBuilder        *builder,
              const KartaRoadmap *roadmap)
{
  json_builder_set_member_name (builder, "editions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < roadmap->editions->len; i++)
    {
      KartaOrder *edition = g_ptr_array_index (roadmap->editions, i);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "document");
      add_order (builder, edition);
      add_string (builder, "note", edition->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * karta_interchange_to_json:
 *
 * Returns: (transfer full): the roadmap in the interchange format
 */
JsonNode *
karta_interchange_to_json (const KartaRoadmap *roadmap)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string (builder, "format", "karta-roadmap");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, KARTA_INTERCHANGE_VERSION);
  json_builder_set_member_name (builder, "document");
  add_order (builder, roadmap->order);
  add_editions (builder, roadmap);
  add_string (builder, "title", roadmap->title);
  add_string (builder, "goal", roadmap->goal);
  add_string (builder, "context", roadmap->context);
  json_builder_set_member_name (builder, "period");
  json_builder_begin_object (builder);
  add_day (builder, "start", roadmap->period.start);
  add_day (builder, "end", roadmap->period.end);
  json_builder_end_object (builder);
  add_strings (builder, "tasks", roadmap->tasks);
  add_strings (builder, "indicators", roadmap->indicators);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < roadmap->sections->len; i++)
    add_section (builder, g_ptr_array_index (roadmap->sections, i));
  json_builder_end_array (builder);
  add_glossary (builder, roadmap);
  add_listed_schools (builder, roadmap);
  add_stated_risks (builder, roadmap);
  json_builder_set_member_name (builder, "activity_count");
  json_builder_add_int_value (builder, karta_roadmap_count_activities (roadmap));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * karta_interchange_to_string:
 *
 * Returns: (transfer full): the interchange JSON, pretty-printed, with a
 *   final newline
 */
char *
karta_interchange_to_string (const KartaRoadmap *roadmap)
{
  g_autoptr (JsonNode) root = karta_interchange_to_json (roadmap);
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}
