/* karta-store-documents.c — attaching, editing and detaching documents,
 * and the database's health
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"

/**
 * karta_store_check_integrity:
 * @problems: (element-type utf8): where to add a line per problem found
 *
 * Checks the database itself: SQLite's integrity check and foreign keys.
 *
 * Returns: %TRUE when nothing was found
 */
gboolean
karta_store_check_integrity (KartaStore *self,
                             GPtrArray  *problems)
{
  guint         before = problems->len;
  sqlite3_stmt *stmt = karta_store_prepare (self, "PRAGMA integrity_check", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_ ("Database: %s"), line));
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  stmt = karta_store_prepare (self, "PRAGMA foreign_key_check", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_ ("Database: a row of “%s” refers to a missing row of “%s”"),
                                      sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 2)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return problems->len == before;
}

typedef struct
{
  GPtrArray                 *documents;
  const KartaDocumentTarget *target;
  GArray                    *ids;
} AttachData;

static gboolean
find_text (KartaStore *self,
           const char *sql,
           gint64      id,
           char      **text)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, sql, NULL);
  gboolean      found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found && text != NULL)
    *text = karta_column_text (stmt, 0);
  sqlite3_reset (stmt);
  return found;
}

static gboolean
target_is_valid (const KartaDocumentTarget *target)
{
  if (target->activity_id != 0)
    return target->order_id == 0;
  if (target->order_id != 0)
    return target->organisation_id == 0; /* an order is the roadmap's own */
  return target->organisation_id != 0;
}

/**
 * karta_store_check_document_target:
 * @default_kind: (out) (optional) (transfer full) (nullable): the kind of
 *   document the target asks for: the activity's required evidence, the
 *   order's kind
 *
 * Checks that what documents are about to be attached to still exists.
 */
gboolean
karta_store_check_document_target (KartaStore                *self,
                                   const KartaDocumentTarget *target,
                                   char                     **default_kind,
                                   GError                   **error)
{
  g_autofree char *kind = NULL;
  gboolean         found = target_is_valid (target);

  if (found && target->activity_id != 0)
    found = find_text (self, "SELECT evidence FROM activities WHERE id = ?1", target->activity_id, &kind);
  if (found && target->order_id != 0)
    found = find_text (self, "SELECT kind FROM orders WHERE id = ?1", target->order_id, &kind);
  if (found && target->organisation_id != 0)
    found = find_text (self, "SELECT 1 FROM organisations WHERE id = ?1", target->organisation_id, NULL);
  if (!found)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND,
                   target->activity_id != 0 ? _ ("The activity no longer exists")
                   : target->order_id != 0  ? _ ("The order no longer exists")
                                            : _ ("The school no longer exists"));
      return FALSE;
    }
  if (default_kind != NULL)
    *default_kind = g_steal_pointer (&kind);
  return TRUE;
}

/* The row of this file: a file attached before keeps its row (and its
 * metadata); returns 0 on error. */
gint64
karta_store_insert_document (KartaStore          *self,
                             const KartaDocument *document,
                             GError             **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "INSERT INTO documents (sha256, file_name, size, kind, number, date, title, pages, has_text, added_by)"
                                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (sha256) DO NOTHING",
                                            error);
  gint64        id = 0;

  if (stmt == NULL)
    return 0;
  karta_bind_text (stmt, 1, document->sha256);
  karta_bind_text (stmt, 2, document->file_name);
  sqlite3_bind_int64 (stmt, 3, document->size);
  karta_bind_text (stmt, 4, document->kind);
  karta_bind_text (stmt, 5, document->number);
  karta_bind_day (stmt, 6, document->date);
  karta_bind_text (stmt, 7, document->title);
  sqlite3_bind_int (stmt, 8, document->pages);
  sqlite3_bind_int (stmt, 9, document->has_text);
  karta_bind_text (stmt, 10, document->added_by);
  if (!karta_store_step_done (self, stmt, error))
    return 0;
  if ((stmt = karta_store_prepare (self, "SELECT id FROM documents WHERE sha256 = ?1", error)) == NULL)
    return 0;
  karta_bind_text (stmt, 1, document->sha256);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    karta_store_set_error (self, error, _ ("Could not save"));
  return id;
}

/* One link per document and target: attaching again is a no-op. */
static gboolean
link_to_target (KartaStore                *self,
                gint64                     document_id,
                const KartaDocumentTarget *target,
                GError                   **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "INSERT INTO document_links (document_id, activity_id, order_id, organisation_id) SELECT ?1, ?2, ?3, ?4"
                                            " WHERE NOT EXISTS (SELECT 1 FROM document_links WHERE document_id = ?1 AND activity_id IS ?2"
                                            "                    AND order_id IS ?3 AND organisation_id IS ?4)",
                                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  karta_bind_id (stmt, 2, target->activity_id);
  karta_bind_id (stmt, 3, target->order_id);
  karta_bind_id (stmt, 4, target->organisation_id);
  return karta_store_step_done (self, stmt, error);
}

gboolean
karta_store_link_document (KartaStore *self,
                           gint64      document_id,
                           gint64      activity_id,
                           gint64      organisation_id,
                           GError    **error)
{
  KartaDocumentTarget target = { .activity_id = activity_id, .organisation_id = organisation_id };

  return link_to_target (self, document_id, &target, error);
}

static gboolean
attach_documents (KartaStore *self,
                  gpointer    data,
                  GError    **error)
{
  AttachData *attach = data;

  if (!karta_store_check_document_target (self, attach->target, NULL, error))
    return FALSE;
  for (guint i = 0; i < attach->documents->len; i++)
    {
      const KartaDocument *document = g_ptr_array_index (attach->documents, i);
      gint64               id = karta_store_insert_document (self, document, error);

      if (id == 0 || !link_to_target (self, id, attach->target, error))
        return FALSE;
      g_array_append_val (attach->ids, id);
    }
  return TRUE;
}

/**
 * karta_store_attach_documents:
 * @documents: (element-type KartaDocument): files already in the document
 *   store (karta_file_store_put()), with sha256, file_name, size,
 *   kind, pages, has_text and title
 * @target: where to attach them
 *
 * Attaches the documents as one undoable action. A file
 * attached before (the same hash) keeps its row and gets one more link.
 *
 * Returns: (transfer full) (element-type gint64): the document ids, in the
 *   order of @documents, or %NULL on error
 */
GArray *
karta_store_attach_documents (KartaStore                *self,
                              GPtrArray                 *documents,
                              const KartaDocumentTarget *target,
                              GError                   **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AttachData       data = { documents, target, ids };
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attach %u document",
                                                         "Attach %u documents", documents->len),
                                            documents->len);

  if (!karta_store_run (self, label, attach_documents, &data, error))
    return NULL;
  return g_steal_pointer (&ids);
}

typedef struct
{
  gint64 document_id;
  gint64 activity_id;
} DetachData;

static gboolean
detach_document (KartaStore *self,
                 gpointer    data,
                 GError    **error)
{
  DetachData   *detach = data;
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "DELETE FROM document_links WHERE document_id = ?1 AND activity_id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, detach->document_id);
  sqlite3_bind_int64 (stmt, 2, detach->activity_id);
  if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The document is not attached to this activity"));
      return FALSE;
    }
  /* the file itself stays until karta_file_store_collect() */
  return karta_store_exec_with_id (self,
                                   "DELETE FROM documents WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM document_links WHERE document_id = ?1)",
                                   detach->document_id, error);
}

/**
 * karta_store_detach_document:
 *
 * Removes a document from an activity as one undoable action, and its row
 * when nothing else links it. The stored file is not removed: undo may
 * need it (see karta_file_store_collect()).
 */
gboolean
karta_store_detach_document (KartaStore *self,
                             gint64      document_id,
                             gint64      activity_id,
                             GError    **error)
{
  DetachData data = { document_id, activity_id };

  return karta_store_run (self, _ ("Detach document"), detach_document, &data, error);
}

static gboolean
update_document (KartaStore *self,
                 gpointer    data,
                 GError    **error)
{
  const KartaDocument *document = data;
  sqlite3_stmt        *stmt = karta_store_prepare (self,
                                                   "UPDATE documents SET kind = ?2, number = ?3, date = ?4, title = ?5 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document->id);
  karta_bind_text (stmt, 2, document->kind);
  karta_bind_text (stmt, 3, document->number);
  karta_bind_day (stmt, 4, document->date);
  karta_bind_text (stmt, 5, document->title);
  if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The document no longer exists"));
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_update_document:
 * @document: the document's id and its kind, number, date and title
 *
 * Changes what people say about a document, as one undoable action.
 */
gboolean
karta_store_update_document (KartaStore          *self,
                             const KartaDocument *document,
                             GError             **error)
{
  return karta_store_run (self, _ ("Edit document"), update_document, (gpointer) document, error);
}
