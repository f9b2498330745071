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
