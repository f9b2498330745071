/* karta-store-changes.c — the "changed" signal: what an action changed,
 * told after the action has returned
 *
 * The subjects and the one changed row come from the action's SQLite
 * changeset, the same that undo keeps, so that they cannot disagree with
 * what was written. Emission waits for the store's main context: a view
 * that reloads on "changed" never frees what the caller of the mutating
 * function still holds.
 *
 * Other programs' commits (karta-cli, a second connection) are seen by
 * polling SQLite's data_version, which changes only when another
 * connection has committed: a cheap read of the file's header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include "karta-store-private.h"

typedef struct
{
  KartaStoreChange  kind;
  char             *label;
  KartaStoreSubject subjects;
  gint64            id;
} PendingChange;

static const struct
{
  const char       *table;
  KartaStoreSubject subject;
  gboolean          entity;
} tables[] = {
  { "roadmaps", KARTA_STORE_SUBJECT_ROADMAPS, TRUE },
  { "orders", KARTA_STORE_SUBJECT_ROADMAPS, FALSE },
  { "sections", KARTA_STORE_SUBJECT_ROADMAPS, FALSE },
  { "section_items", KARTA_STORE_SUBJECT_ROADMAPS, FALSE },
  { "roadmap_tasks", KARTA_STORE_SUBJECT_ROADMAPS, FALSE },
  { "roadmap_indicators", KARTA_STORE_SUBJECT_ROADMAPS, FALSE },
  { "school_quarters", KARTA_STORE_SUBJECT_ROADMAPS, FALSE }, /* how their terms read */
  { "activities", KARTA_STORE_SUBJECT_ACTIVITIES, TRUE },
  { "activity_factors", KARTA_STORE_SUBJECT_ACTIVITIES, FALSE },
  { "activity_schools", KARTA_STORE_SUBJECT_ACTIVITIES, FALSE },
  { "schedule_spans", KARTA_STORE_SUBJECT_ACTIVITIES, FALSE },
  { "executions", KARTA_STORE_SUBJECT_ACTIVITIES, FALSE },
  { "documents", KARTA_STORE_SUBJECT_DOCUMENTS, TRUE },
  { "document_links", KARTA_STORE_SUBJECT_DOCUMENTS, FALSE },
  { "organisations", KARTA_STORE_SUBJECT_SCHOOLS, TRUE },
  { "organisation_categories", KARTA_STORE_SUBJECT_SCHOOLS, FALSE },
  { "risk_profiles", KARTA_STORE_SUBJECT_RISK, TRUE },
  { "risk_levels", KARTA_STORE_SUBJECT_RISK, FALSE },
  { "risk_factor_lists", KARTA_STORE_SUBJECT_RISK, FALSE },
  { "risk_factors", KARTA_STORE_SUBJECT_RISK, FALSE },
};

static void
pending_change_free (PendingChange *change)
{
  g_free (change->label);
  g_free (change);
}

/* The primary key (column 0) of the changed row */
static gint64
changed_row_id (sqlite3_changeset_iter *iter,
                int                     op)
{
  sqlite3_value *value = NULL;

  if (op == SQLITE_INSERT)
    sqlite3changeset_new (iter, 0, &value);
  else
    sqlite3changeset_old (iter, 0, &value);
  return value != NULL ? sqlite3_value_int64 (value) : 0;
}

/* What @changeset touches; @id the row when it changed one entity (one
 * roadmap, activity, document, school or profile) and nothing of another */
static KartaStoreSubject
describe_changeset (const void *changeset,
                    int         size,
                    gint64     *id)
{
  KartaStoreSubject       subjects = 0;
  sqlite3_changeset_iter *iter = NULL;
  guint                   entity_rows = 0;

  *id = 0;
  if (sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    return KARTA_STORE_SUBJECT_ALL;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char       *table;
      int               n_columns, op, indirect;
      KartaStoreSubject subject = KARTA_STORE_SUBJECT_OTHER;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        if (g_str_equal (table, tables[i].table))
          {
            subject = tables[i].subject;
            if (tables[i].entity && entity_rows++ == 0)
              *id = changed_row_id (iter, op);
            break;
          }
      subjects |= subject;
    }
  sqlite3changeset_finalize (iter);
  /* one row of one subject, its own details included */
  if (entity_rows != 1 || (subjects & (subjects - 1)) != 0)
    *id = 0;
  return subjects;
}

static gboolean
emit_pending (gpointer data)
{
  KartaStore    *self = data;
  PendingChange *change;

  g_clear_pointer (&self->changes_source, g_source_unref);
  g_object_ref (self);
  while ((change = g_queue_pop_head (&self->pending_changes)) != NULL)
    {
      karta_store_signal_changed (self, change->kind, change->label, change->subjects, change->id);
      pending_change_free (change);
    }
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/**
 * karta_store_emit_changed:
 * @changeset: what the action wrote (or undid), as SQLite's session made it
 *
 * Queues #KartaStore::changed for when the store's main context next runs.
 */
void
karta_store_emit_changed (KartaStore      *self,
                          KartaStoreChange kind,
                          const char      *label,
                          const void      *changeset,
                          int              size)
{
  PendingChange *change = g_new0 (PendingChange, 1);

  change->kind = kind;
  change->label = g_strdup (label);
  change->subjects = describe_changeset (changeset, size, &change->id);
  g_queue_push_tail (&self->pending_changes, change);
  if (self->changes_source == NULL)
    {
      self->changes_source = g_idle_source_new ();
      g_source_set_priority (self->changes_source, G_PRIORITY_DEFAULT);
      g_source_set_callback (self->changes_source, emit_pending, self, NULL);
      g_source_set_static_name (self->changes_source, "[karta] store changed");
      g_source_attach (self->changes_source, self->context);
    }
}

/**
 * karta_store_flush_changes:
 *
 * Emits at once the #KartaStore::changed signals still waiting, for a
 * caller that has no main loop to wait for (karta-cli, tests).
 */
void
karta_store_flush_changes (KartaStore *self)
{
  g_return_if_fail (KARTA_IS_STORE (self));

  if (self->changes_source != NULL)
    {
      g_source_destroy (self->changes_source);
      emit_pending (self);
    }
}

/* On finalize: what was not delivered is dropped, with nobody to hear it */
void
karta_store_drop_changes (KartaStore *self)
{
  if (self->changes_source != NULL)
    {
      g_source_destroy (self->changes_source);
      g_clear_pointer (&self->changes_source, g_source_unref);
    }
  if (self->watch_source != NULL)
    {
      g_source_destroy (self->watch_source);
      g_clear_pointer (&self->watch_source, g_source_unref);
    }
  g_queue_clear_full (&self->pending_changes, (GDestroyNotify) pending_change_free);
}

static gint64
data_version (KartaStore *self)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "PRAGMA data_version", NULL);
  gint64        version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return version;
}

static gboolean
poll_data_version (gpointer data)
{
  KartaStore *self = data;
  gint64      version = data_version (self);

  if (version != self->data_version && version >= 0)
    {
      self->data_version = version;
      karta_store_signal_changed (self, KARTA_STORE_CHANGE_EXTERNAL, NULL, KARTA_STORE_SUBJECT_ALL, 0);
    }
  return G_SOURCE_CONTINUE;
}

/**
 * karta_store_watch_external_changes:
 * @interval_ms: how often to look
 *
 * Emits #KartaStore::changed with %KARTA_STORE_CHANGE_EXTERNAL when
 * another program has committed to the library, for the views to reload:
 * a window open beside karta-cli shows what it imported and attached.
 */
void
karta_store_watch_external_changes (KartaStore *self,
                                    guint       interval_ms)
{
  g_return_if_fail (KARTA_IS_STORE (self));
  g_return_if_fail (self->watch_source == NULL);

  self->data_version = data_version (self);
  self->watch_source = g_timeout_source_new (interval_ms);
  g_source_set_callback (self->watch_source, poll_data_version, self, NULL);
  g_source_set_name (self->watch_source, "[karta] other programs' changes");
  g_source_attach (self->watch_source, self->context);
}
