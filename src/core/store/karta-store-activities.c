/* karta-store-activities.c — writing activities with their schedules,
 * schools and executions (reading them: karta-store-activities-load.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-activities.h"

/* Inside the current transaction: the spans of an activity's schedule, its
 * old spans deleted before. */
gboolean
karta_store_write_spans (KartaStore          *self,
                         gint64               activity_id,
                         const KartaSchedule *schedule,
                         GError             **error)
{
  GArray *spans = schedule->spans;

  for (guint i = 0; i < spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (spans, KartaSpan, i);
      sqlite3_stmt    *stmt = karta_store_prepare (self,
                                                   "INSERT INTO schedule_spans (activity_id, position, start, end, label) VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, activity_id);
      sqlite3_bind_int (stmt, 2, i);
      karta_bind_day (stmt, 3, span->start);
      karta_bind_day (stmt, 4, span->end);
      karta_bind_text (stmt, 5, span->label);
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_links (KartaStore          *self,
             const char          *sql,
             const KartaActivity *activity,
             GPtrArray           *refs,
             GError             **error)
{
  for (guint i = 0; i < refs->len; i++)
    {
      KartaRef     *ref = g_ptr_array_index (refs, i);
      sqlite3_stmt *stmt = karta_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, activity->id);
      sqlite3_bind_int64 (stmt, 2, ref->id);
      sqlite3_bind_int (stmt, 3, i);
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_executions (KartaStore          *self,
                  const KartaActivity *activity,
                  GError             **error)
{
  for (guint i = 0; i < activity->executions->len; i++)
    {
      KartaExecution *execution = g_ptr_array_index (activity->executions, i);
      gint64          organisation_id = execution->organisation_id;
      sqlite3_stmt   *stmt;

      if (organisation_id < 0)
        organisation_id = ((KartaRef *) g_ptr_array_index (activity->schools, -1 - organisation_id))->id;
      stmt = karta_store_prepare (self,
                                  "INSERT INTO executions (activity_id, organisation_id, status, done_on, note) VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, activity->id);
      sqlite3_bind_int64 (stmt, 2, organisation_id);
      karta_bind_text (stmt, 3, karta_status_to_string (execution->status));
      karta_bind_day (stmt, 4, execution->done_on);
      karta_bind_text (stmt, 5, execution->note);
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Documents come with a new activity only from an import: their metadata is
 * kept (the same file, by hash, once) and linked. */
static gboolean
write_documents (KartaStore          *self,
                 const KartaActivity *activity,
                 GError             **error)
{
  for (guint i = 0; i < activity->documents->len; i++)
    {
      gint64 id = karta_store_insert_document (self, g_ptr_array_index (activity->documents, i), error);
      if (id == 0 || !karta_store_link_document (self, id, activity->id, 0, error))
        return FALSE;
    }
  return TRUE;
}

/* The rows that hang off an activity, written anew. Linked schools and
 * factors known only by name are resolved first (KartaRef). */
static gboolean
write_activity_parts (KartaStore          *self,
                      const KartaActivity *activity,
                      GError             **error)
{
  return karta_store_resolve_schools (self, activity->schools, NULL, error) &&
         karta_store_resolve_factors (self, activity->factors, error) &&
         karta_store_write_spans (self, activity->id, activity->schedule, error) &&
         write_links (self, "INSERT INTO activity_schools (activity_id, organisation_id, position) VALUES (?1, ?2, ?3)",
                      activity, activity->schools, error) &&
         write_links (self, "INSERT OR IGNORE INTO activity_factors (activity_id, factor_id, position) VALUES (?1, ?2, ?3)",
                      activity, activity->factors, error) &&
         write_executions (self, activity, error);
}

/* Binds the activity's own columns, in table order, from parameter @first on. */
static void
bind_activity_fields (sqlite3_stmt        *stmt,
                      int                  first,
                      const KartaActivity *activity)
{
  karta_bind_text (stmt, first, activity->number);
  karta_bind_text (stmt, first + 1, activity->title ? activity->title : "");
  karta_bind_text (stmt, first + 2, activity->term);
  karta_bind_text (stmt, first + 3, karta_schedule_kind_to_string (activity->schedule->kind));
  karta_bind_text (stmt, first + 4, activity->schedule->rule);
  sqlite3_bind_int (stmt, first + 5, activity->term_edited);
  karta_bind_text (stmt, first + 6, activity->responsible);
  karta_bind_text (stmt, first + 7, activity->executors);
  karta_bind_text (stmt, first + 8, activity->participants);
  karta_bind_text (stmt, first + 9, activity->direction);
  karta_bind_text (stmt, first + 10, activity->result);
  karta_bind_text (stmt, first + 11, activity->evidence);
  karta_bind_text (stmt, first + 12, karta_status_to_string (activity->status));
  karta_bind_day (stmt, first + 13, activity->done_on);
  karta_bind_text (stmt, first + 14, activity->notes);
  sqlite3_bind_int (stmt, first + 15, activity->number_generated);
}

/**
 * karta_store_insert_activity:
 *
 * Inserts an activity inside the current transaction; its id is written
 * back into @activity.
 *
 * Returns: the new id, 0 on error
 */
gint64
karta_store_insert_activity (KartaStore          *self,
                             gint64               roadmap_id,
                             gint64               section_id,
                             int                  position,
                             const KartaActivity *activity,
                             GError             **error)
{
  KartaActivity *scratch = (KartaActivity *) activity;
  sqlite3_stmt  *stmt = karta_store_prepare (self,
                                             "INSERT INTO activities (roadmap_id, section_id, position, number, title, term, schedule_kind,"
                                              "  schedule_rule, term_edited, responsible, executors, participants, direction, result,"
                                              "  evidence, status, done_on, notes, number_generated)"
                                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                                             error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, roadmap_id);
  sqlite3_bind_int64 (stmt, 2, section_id);
  sqlite3_bind_int (stmt, 3, position);
  bind_activity_fields (stmt, 4, activity);
  if ((scratch->id = karta_store_insert (self, stmt, error)) == 0)
    return 0;
  scratch->section_id = section_id;
  if (!write_activity_parts (self, activity, error) || !write_documents (self, activity, error))
    return 0;
  return activity->id;
}

static char *
activity_label (const char          *format,
                const KartaActivity *activity)
{
  const char *name = activity->number && *activity->number ? activity->number : activity->title;

  return g_strdup_printf (format, name ? name : "");
}

typedef struct
{
  gint64               section_id;
  const KartaActivity *activity;
  gint64               id; /* out */
} NewActivity;

static gboolean
add_activity_rows (KartaStore *self,
                   gpointer    data,
                   GError    **error)
{
  NewActivity *new = data;
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT s.roadmap_id, (SELECT coalesce (max (position) + 1, 0) FROM activities WHERE section_id = s.id)"
                                            "  FROM sections s WHERE s.id = ?1",
                                            error);
  gint64        roadmap_id = 0;
  int           position = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, new->section_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      roadmap_id = sqlite3_column_int64 (stmt, 0);
      position = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (roadmap_id == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The section no longer exists"));
      return FALSE;
    }
  new->id = karta_store_insert_activity (self, roadmap_id, new->section_id, position, new->activity, error);
  return new->id != 0;
}

/**
 * karta_store_add_activity:
 *
 * Adds an activity at the end of a section, as one undoable action.
 *
 * Returns: the new id, 0 on error
 */
gint64
karta_store_add_activity (KartaStore          *self,
                          gint64               section_id,
                          const KartaActivity *activity,
                          GError             **error)
{
  /* Translators: %s is an activity's number, or its title without one */
  g_autofree char *label = activity_label (_ ("Add activity %s"), activity);
  NewActivity new = { section_id, activity, 0 };

  return karta_store_run (self, label, add_activity_rows, &new, error) ? new.id : 0;
}

static gboolean
update_activity_rows (KartaStore *self,
                      gpointer    data,
                      GError    **error)
{
  const KartaActivity *activity = data;
  sqlite3_stmt        *stmt = karta_store_prepare (self,
                                                   "UPDATE activities SET number = ?2, title = ?3, term = ?4, schedule_kind = ?5, schedule_rule = ?6,"
                                                          "  term_edited = ?7, responsible = ?8, executors = ?9, participants = ?10, direction = ?11,"
                                                          "  result = ?12, evidence = ?13, status = ?14, done_on = ?15, notes = ?16,"
                                                          "  number_generated = ?17"
                                                          " WHERE id = ?1",
                                                   error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity->id);
  bind_activity_fields (stmt, 2, activity);
  if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The activity no longer exists"));
      return FALSE;
    }
  return karta_store_exec_with_id (self, "DELETE FROM schedule_spans WHERE activity_id = ?1", activity->id, error) &&
         karta_store_exec_with_id (self, "DELETE FROM activity_schools WHERE activity_id = ?1", activity->id, error) &&
         karta_store_exec_with_id (self, "DELETE FROM activity_factors WHERE activity_id = ?1", activity->id, error) &&
         karta_store_exec_with_id (self, "DELETE FROM executions WHERE activity_id = ?1", activity->id, error) &&
         write_activity_parts (self, activity, error);
}

/**
 * karta_store_update_activity:
 *
 * Writes every field of an activity (not its documents, which are attached
 * and detached on their own) as one undoable action.
 */
gboolean
karta_store_update_activity (KartaStore          *self,
                             const KartaActivity *activity,
                             GError             **error)
{
  g_autofree char *label = activity_label (_ ("Edit activity %s"), activity);

  return karta_store_run (self, label, update_activity_rows, (gpointer) activity, error);
}

static gboolean
delete_activity_row (KartaStore *self,
                     gpointer    data,
                     GError    **error)
{
  return karta_store_exec_with_id (self, "DELETE FROM activities WHERE id = ?1", *(gint64 *) data, error);
}

/**
 * karta_store_delete_activity:
 *
 * Deletes an activity as one undoable action.
 */
gboolean
karta_store_delete_activity (KartaStore *self,
                             gint64      activity_id,
                             GError    **error)
{
  return karta_store_run (self, _ ("Delete activity"), delete_activity_row, &activity_id, error);
}
