/* karta-store-activities-load.c — reading activities with their schedules,
 * schools, factors, executions and documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include "karta-store-activities.h"

static KartaActivity *
read_activity (sqlite3_stmt *stmt)
{
  KartaActivity    *activity = karta_activity_new ();
  KartaScheduleKind kind = KARTA_SCHEDULE_UNPARSED;

  activity->id = sqlite3_column_int64 (stmt, 0);
  activity->section_id = sqlite3_column_int64 (stmt, 1);
  activity->number = karta_column_text (stmt, 2);
  activity->title = karta_column_text (stmt, 3);
  activity->term = karta_column_text (stmt, 4);
  karta_schedule_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &kind);
  activity->schedule->kind = kind;
  activity->schedule->rule = karta_column_text (stmt, 6);
  activity->term_edited = sqlite3_column_int (stmt, 7);
  activity->responsible = karta_column_text (stmt, 8);
  activity->executors = karta_column_text (stmt, 9);
  activity->participants = karta_column_text (stmt, 10);
  activity->direction = karta_column_text (stmt, 11);
  activity->result = karta_column_text (stmt, 12);
  activity->evidence = karta_column_text (stmt, 13);
  karta_status_from_string ((const char *) sqlite3_column_text (stmt, 14), &activity->status);
  activity->done_on = karta_column_day (stmt, 15);
  activity->notes = karta_column_text (stmt, 16);
  activity->number_generated = sqlite3_column_int (stmt, 17);
  return activity;
}

typedef void (*RowReader) (KartaActivity *activity,
                           sqlite3_stmt  *stmt);

/* Which activities a load reads (see ACTIVITY_QUERIES below) */
typedef struct
{
  const char *const *queries;
  gint64             roadmap_id;
  gint64             section_id;
  gint64             last_position;
} Scope;

static void
bind_scope (sqlite3_stmt *stmt,
            const Scope  *scope)
{
  sqlite3_bind_int64 (stmt, 1, scope->roadmap_id);
  if (scope->section_id != 0)
    {
      sqlite3_bind_int64 (stmt, 2, scope->section_id);
      sqlite3_bind_int64 (stmt, 3, scope->last_position);
    }
}

/* Runs a query over the rows of a scope whose first column is an activity id. */
static gboolean
load_children (KartaStore  *self,
               const char  *sql,
               const Scope *scope,
               GHashTable  *activities_by_id,
               RowReader    read,
               GError     **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_scope (stmt, scope);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64         activity_id = sqlite3_column_int64 (stmt, 0);
      KartaActivity *activity = g_hash_table_lookup (activities_by_id, &activity_id);
      if (activity != NULL)
        read (activity, stmt);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static void
read_span (KartaActivity *activity,
           sqlite3_stmt  *stmt)
{
  karta_schedule_add_span (activity->schedule, karta_column_day (stmt, 1), karta_column_day (stmt, 2),
                           (const char *) sqlite3_column_text (stmt, 3));
}

static void
read_school (KartaActivity *activity,
             sqlite3_stmt  *stmt)
{
  g_ptr_array_add (activity->schools,
                   karta_ref_new (sqlite3_column_int64 (stmt, 1), (const char *) sqlite3_column_text (stmt, 2)));
}

static void
read_factor (KartaActivity *activity,
             sqlite3_stmt  *stmt)
{
  g_ptr_array_add (activity->factors,
                   karta_ref_new (sqlite3_column_int64 (stmt, 1), (const char *) sqlite3_column_text (stmt, 2)));
}

static void
read_execution (KartaActivity *activity,
                sqlite3_stmt  *stmt)
{
  KartaStatus     status = KARTA_STATUS_PLANNED;
  KartaExecution *execution;

  karta_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &status);
  execution = karta_execution_new (sqlite3_column_int64 (stmt, 1), status);
  execution->done_on = karta_column_day (stmt, 3);
  execution->note = karta_column_text (stmt, 4);
  g_ptr_array_add (activity->executions, execution);
}

static void
read_document (KartaActivity *activity,
               sqlite3_stmt  *stmt)
{
  KartaDocument *document = g_new0 (KartaDocument, 1);

  document->id = sqlite3_column_int64 (stmt, 1);
  document->sha256 = karta_column_text (stmt, 2);
  document->file_name = karta_column_text (stmt, 3);
  document->kind = karta_column_text (stmt, 4);
  document->number = karta_column_text (stmt, 5);
  document->date = karta_column_day (stmt, 6);
  document->pages = sqlite3_column_int (stmt, 7);
  document->title = karta_column_text (stmt, 8);
  g_ptr_array_add (activity->documents, document);
}

/* The queries that load activities with their spans, schools, factors,
 * executions and documents, for a scope of activities "a": a whole roadmap
 * (?1), or a section's first ones (?2, up to the position ?3). Each reads
 * a table once. */
#define ACTIVITY_QUERIES(scope)                                                                                    \
  {                                                                                                                \
    "SELECT a.id, a.section_id, a.number, a.title, a.term, a.schedule_kind, a.schedule_rule, a.term_edited,"       \
    "       a.responsible, a.executors, a.participants, a.direction, a.result, a.evidence, a.status, a.done_on,"   \
    "       a.notes, a.number_generated"                                                                           \
    "  FROM activities a WHERE " scope " ORDER BY a.section_id, a.position",                                       \
      "SELECT s.activity_id, s.start, s.end, s.label FROM schedule_spans s"                                        \
      "  JOIN activities a ON a.id = s.activity_id WHERE " scope " ORDER BY s.activity_id, s.position",            \
      "SELECT l.activity_id, o.id, coalesce (o.short_name, o.name) FROM activity_schools l"                        \
      "  JOIN activities a ON a.id = l.activity_id JOIN organisations o ON o.id = l.organisation_id"               \
      " WHERE " scope " ORDER BY l.activity_id, l.position",                                                       \
      "SELECT l.activity_id, f.id, f.name FROM activity_factors l"                                                 \
      "  JOIN activities a ON a.id = l.activity_id JOIN risk_factors f ON f.id = l.factor_id"                      \
      " WHERE " scope " ORDER BY l.activity_id, l.position",                                                       \
      "SELECT e.activity_id, e.organisation_id, e.status, e.done_on, e.note FROM executions e"                     \
      "  JOIN activities a ON a.id = e.activity_id WHERE " scope " ORDER BY e.activity_id, e.rowid",               \
      "SELECT l.activity_id, d.id, d.sha256, d.file_name, d.kind, d.number, d.date, d.pages, d.title"              \
      "  FROM document_links l JOIN activities a ON a.id = l.activity_id JOIN documents d ON d.id = l.document_id" \
      " WHERE " scope " ORDER BY l.activity_id, l.id"                                                              \
  }

static const char *const roadmap_queries[] = ACTIVITY_QUERIES ("a.roadmap_id = ?1");
static const char *const section_queries[] =
  ACTIVITY_QUERIES ("a.roadmap_id = ?1 AND a.section_id = ?2 AND a.position <= ?3");

/* What the queries after the first read, in their order */
static const RowReader child_readers[] = { read_span, read_school, read_factor, read_execution, read_document };

G_STATIC_ASSERT (G_N_ELEMENTS (roadmap_queries) == G_N_ELEMENTS (child_readers) + 1);

static gboolean
load_scope (KartaStore  *self,
            const Scope *scope,
            GHashTable  *sections_by_id,
            GError     **error)
{
  g_autoptr (GHashTable) activities_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self, scope->queries[0], error);

  if (stmt == NULL)
    return FALSE;
  bind_scope (stmt, scope);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaActivity *activity = read_activity (stmt);
      KartaSection  *section = g_hash_table_lookup (sections_by_id, &activity->section_id);

      g_ptr_array_add (section->activities, activity);
      g_hash_table_insert (activities_by_id, &activity->id, activity);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < G_N_ELEMENTS (child_readers); i++)
    if (!load_children (self, scope->queries[i + 1], scope, activities_by_id, child_readers[i], error))
      return FALSE;
  return TRUE;
}

/**
 * karta_store_load_activities:
 * @sections_by_id: the roadmap's sections, by id
 *
 * Loads the roadmap's activities into their sections, in a fixed number of
 * queries.
 */
gboolean
karta_store_load_activities (KartaStore *self,
                             gint64      roadmap_id,
                             GHashTable *sections_by_id,
                             GError    **error)
{
  Scope scope = { roadmap_queries, roadmap_id, 0, 0 };

  return load_scope (self, &scope, sections_by_id, error);
}

/* The position of the section's @n_activities-th activity; G_MAXINT64 when
 * it has fewer */
static gboolean
last_position (KartaStore  *self,
               const Scope *scope,
               guint        n_activities,
               gint64      *position,
               GError     **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT position FROM activities WHERE roadmap_id = ?1 AND section_id = ?2"
                                            " ORDER BY position LIMIT 1 OFFSET ?3 - 1",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scope->roadmap_id);
  sqlite3_bind_int64 (stmt, 2, scope->section_id);
  sqlite3_bind_int64 (stmt, 3, n_activities);
  *position = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : G_MAXINT64;
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * karta_store_load_section_activities:
 * @n_activities: how many, at most
 * @sections_by_id: the roadmap's sections, by id
 *
 * Loads the first @n_activities of @section alone (not of the sections
 * within it), in a fixed number of queries.
 */
gboolean
karta_store_load_section_activities (KartaStore   *self,
                                     gint64        roadmap_id,
                                     KartaSection *section,
                                     guint         n_activities,
                                     GHashTable   *sections_by_id,
                                     GError      **error)
{
  Scope scope = { section_queries, roadmap_id, section->id, 0 };

  return last_position (self, &scope, n_activities, &scope.last_position, error) &&
         load_scope (self, &scope, sections_by_id, error);
}
