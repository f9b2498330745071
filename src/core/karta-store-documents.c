/* karta-store-documents.c — confirming documents and the database's health
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"

static KartaDocument *
read_document (sqlite3_stmt *stmt)
{
  KartaDocument *document = g_new0 (KartaDocument, 1);

  document->id = sqlite3_column_int64 (stmt, 0);
  document->sha256 = karta_column_text (stmt, 1);
  document->file_name = karta_column_text (stmt, 2);
  document->size = sqlite3_column_int64 (stmt, 3);
  document->kind = karta_column_text (stmt, 4);
  document->number = karta_column_text (stmt, 5);
  document->date = karta_column_day (stmt, 6);
  document->title = karta_column_text (stmt, 7);
  document->pages = sqlite3_column_int (stmt, 8);
  document->has_text = sqlite3_column_int (stmt, 9);
  document->added_by = karta_column_text (stmt, 10);
  document->added_at = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 11), NULL);
  return document;
}

/* One line per link: "Roadmap title — activity 1.2 — School". */
static char *
describe_link (sqlite3_stmt *stmt)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *roadmap = (const char *) sqlite3_column_text (stmt, 1);
  const char *activity = (const char *) sqlite3_column_text (stmt, 2);
  const char *order = (const char *) sqlite3_column_text (stmt, 3);
  const char *school = (const char *) sqlite3_column_text (stmt, 4);

  if (roadmap != NULL)
    g_string_append (text, roadmap);
  if (activity != NULL)
    {
      /* Translators: a link of a document to an activity, by its number */
      g_autofree char *name = g_strdup_printf (_("activity %s"), activity);
      g_string_append_printf (text, text->len ? " — %s" : "%s", name);
    }
  if (order != NULL)
    /* Translators: a link of a document to a roadmap's approving or amending order */
    g_string_append_printf (text, text->len ? _(" — order № %s") : _("order № %s"), order);
  if (school != NULL)
    g_string_append_printf (text, text->len ? " — %s" : "%s", school);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
load_links (KartaStore  *self,
            GHashTable  *by_id,
            GError     **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
    "SELECT l.document_id, coalesce (r.title, ra.title, ro.title),"
    "       CASE WHEN a.id IS NOT NULL THEN coalesce (a.number, a.title) END,"
    "       CASE WHEN o.id IS NOT NULL THEN coalesce (o.number, '') END, coalesce (s.short_name, s.name)"
    "  FROM document_links l"
    "  LEFT JOIN roadmaps r ON r.id = l.roadmap_id"
    "  LEFT JOIN activities a ON a.id = l.activity_id LEFT JOIN roadmaps ra ON ra.id = a.roadmap_id"
    "  LEFT JOIN orders o ON o.id = l.order_id LEFT JOIN roadmaps ro ON ro.id = o.roadmap_id"
    "  LEFT JOIN organisations s ON s.id = l.organisation_id"
    " ORDER BY l.document_id, l.id", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      KartaDocument *document = g_hash_table_lookup (by_id, &id);
      g_autofree char *line = describe_link (stmt);
      char *joined;

      if (document == NULL)
        continue;
      joined = document->links ? g_strconcat (document->links, "\n", line, NULL) : g_steal_pointer (&line);
      g_free (document->links);
      document->links = joined;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * karta_store_list_documents:
 *
 * Returns: (transfer container) (element-type KartaDocument): every
 *   document, newest first, with where it is linked
 */
GPtrArray *
karta_store_list_documents (KartaStore  *self,
                            GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = karta_store_prepare (self,
    "SELECT id, sha256, file_name, size, kind, number, date, title, pages, has_text, added_by, added_at"
    "  FROM documents ORDER BY added_at DESC, id DESC", error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaDocument *document = read_document (stmt);
      g_ptr_array_add (list, document);
      g_hash_table_insert (by_id, &document->id, document);
    }
  sqlite3_reset (stmt);
  if (!load_links (self, by_id, error))
    return NULL;
  return g_steal_pointer (&list);
}

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
  guint before = problems->len;
  sqlite3_stmt *stmt = karta_store_prepare (self, "PRAGMA integrity_check", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("Database: %s"), line));
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  stmt = karta_store_prepare (self, "PRAGMA foreign_key_check", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Database: a row of “%s” refers to a missing row of “%s”"),
                                      sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 2)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return problems->len == before;
}

typedef struct
{
  GPtrArray *documents;
  gint64     activity_id;
  gint64     organisation_id;
  GArray    *ids;
} AttachData;

static gboolean
check_activity (KartaStore  *self,
                gint64       activity_id,
                GError     **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "SELECT 1 FROM activities WHERE id = ?1", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _("The activity no longer exists"));
  return found;
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
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (sha256) DO NOTHING", error);
  gint64 id = 0;

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
    karta_store_set_error (self, error, _("Could not save"));
  return id;
}

/* One link per document, activity and school: attaching again is a no-op. */
gboolean
karta_store_link_document (KartaStore  *self,
                           gint64       document_id,
                           gint64       activity_id,
                           gint64       organisation_id,
                           GError     **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
    "INSERT INTO document_links (document_id, activity_id, organisation_id) SELECT ?1, ?2, ?3"
    " WHERE NOT EXISTS (SELECT 1 FROM document_links WHERE document_id = ?1 AND activity_id = ?2"
    "                    AND organisation_id IS ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int64 (stmt, 2, activity_id);
  karta_bind_id (stmt, 3, organisation_id);
  return karta_store_step_done (self, stmt, error);
}

static gboolean
attach_documents (KartaStore  *self,
                  gpointer     data,
                  GError     **error)
{
  AttachData *attach = data;

  if (!check_activity (self, attach->activity_id, error))
    return FALSE;
  for (guint i = 0; i < attach->documents->len; i++)
    {
      const KartaDocument *document = g_ptr_array_index (attach->documents, i);
      gint64 id = karta_store_insert_document (self, document, error);

      if (id == 0 || !karta_store_link_document (self, id, attach->activity_id, attach->organisation_id, error))
        return FALSE;
      g_array_append_val (attach->ids, id);
    }
  return TRUE;
}

/**
 * karta_store_attach_documents:
 * @documents: (element-type KartaDocument): files already in the document
 *   store (karta_document_store_put()), with sha256, file_name, size,
 *   kind, pages, has_text and title
 * @organisation_id: the school the documents are of, or 0
 *
 * Attaches the documents to an activity as one undoable action. A file
 * attached before (the same hash) keeps its row and gets one more link.
 *
 * Returns: (transfer full) (element-type gint64): the document ids, in the
 *   order of @documents, or %NULL on error
 */
GArray *
karta_store_attach_documents (KartaStore  *self,
                              GPtrArray   *documents,
                              gint64       activity_id,
                              gint64       organisation_id,
                              GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AttachData data = { documents, activity_id, organisation_id, ids };
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
detach_document (KartaStore  *self,
                 gpointer     data,
                 GError     **error)
{
  DetachData *detach = data;
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
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _("The document is not attached to this activity"));
      return FALSE;
    }
  /* the file itself stays until karta_document_store_collect() */
  return karta_store_exec_with_id (self,
    "DELETE FROM documents WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM document_links WHERE document_id = ?1)",
    detach->document_id, error);
}

/**
 * karta_store_detach_document:
 *
 * Removes a document from an activity as one undoable action, and its row
 * when nothing else links it. The stored file is not removed: undo may
 * need it (see karta_document_store_collect()).
 */
gboolean
karta_store_detach_document (KartaStore  *self,
                             gint64       document_id,
                             gint64       activity_id,
                             GError     **error)
{
  DetachData data = { document_id, activity_id };

  return karta_store_run (self, _("Detach document"), detach_document, &data, error);
}
