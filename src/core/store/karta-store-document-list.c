/* karta-store-document-list.c — finding documents: filters in SQL, and
 * where each document is linked
 *
 * The «Документы» page asks again on every change of a filter, so the
 * filtering is one prepared statement whatever the filter, and the links
 * are read for the documents found only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-store-private.h"

#define DOCUMENT_COLUMNS                                                                         \
  "d.id, d.sha256, d.file_name, d.size, d.kind, d.number, d.date, d.title, d.pages, d.has_text," \
  " d.added_by, d.added_at"

/* SQLite's lower() and LIKE fold ASCII only: Russian needs this. */
static void
fold_function (sqlite3_context *context,
               int              argc,
               sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  (void) argc;
  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, g_utf8_casefold (text, -1), -1, g_free);
}

/* Registered once per connection, when first needed */
static gboolean
ensure_fold_function (KartaStore *self,
                      GError    **error)
{
  if (self->fold_registered)
    return TRUE;
  if (sqlite3_create_function (self->db, "karta_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                               fold_function, NULL, NULL) != SQLITE_OK)
    return karta_store_set_error (self, error, _ ("Internal database error"));
  self->fold_registered = TRUE;
  return TRUE;
}

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
  g_autoptr (GString) text = g_string_new (NULL);
  const char *roadmap = (const char *) sqlite3_column_text (stmt, 1);
  const char *activity = (const char *) sqlite3_column_text (stmt, 2);
  const char *order = (const char *) sqlite3_column_text (stmt, 3);
  const char *school = (const char *) sqlite3_column_text (stmt, 4);

  if (roadmap != NULL)
    g_string_append (text, roadmap);
  if (activity != NULL)
    {
      /* Translators: a link of a document to an activity, by its number */
      g_autofree char *name = g_strdup_printf (_ ("activity %s"), activity);
      g_string_append_printf (text, text->len ? " — %s" : "%s", name);
    }
  if (order != NULL)
    /* Translators: a link of a document to a roadmap's approving or amending order */
    g_string_append_printf (text, text->len ? _ (" — order № %s") : _ ("order № %s"), order);
  if (school != NULL)
    g_string_append_printf (text, text->len ? " — %s" : "%s", school);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_link (KartaDocument *document,
          sqlite3_stmt  *stmt)
{
  g_autofree char *line = describe_link (stmt);
  char            *joined = document->links ? g_strconcat (document->links, "\n", line, NULL) : g_steal_pointer (&line);

  g_free (document->links);
  document->links = joined;
}

static gboolean
load_links (KartaStore *self,
            GHashTable *by_id,
            GError    **error)
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
                                            " ORDER BY l.document_id, l.id",
                                            error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64         id = sqlite3_column_int64 (stmt, 0);
      KartaDocument *document = g_hash_table_lookup (by_id, &id);

      if (document != NULL)
        add_link (document, stmt);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static char *
fold_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_utf8_casefold (text, -1) : NULL;
}

static void
bind_filter (sqlite3_stmt              *stmt,
             const KartaDocumentFilter *filter)
{
  g_autofree char *kind = fold_or_null (filter->kind);
  g_autofree char *number = fold_or_null (filter->number);
  g_autofree char *search = fold_or_null (filter->search);

  karta_bind_text (stmt, 1, kind);
  karta_bind_text (stmt, 2, number);
  karta_bind_day (stmt, 3, filter->from);
  karta_bind_day (stmt, 4, filter->to);
  karta_bind_id (stmt, 5, filter->roadmap_id);
  karta_bind_id (stmt, 6, filter->activity_id);
  karta_bind_id (stmt, 7, filter->organisation_id);
  karta_bind_text (stmt, 8, search);
  sqlite3_bind_int (stmt, 9, filter->sort);
  karta_bind_text (stmt, 10, filter->activity_number != NULL && *filter->activity_number ? filter->activity_number : NULL);
}

/**
 * karta_store_find_documents:
 * @filter: (nullable): which documents, in which order; %NULL for all,
 *   newest attached first
 *
 * Returns: (transfer container) (element-type KartaDocument): the
 *   documents the filter keeps, with where each is linked
 */
GPtrArray *
karta_store_find_documents (KartaStore                *self,
                            const KartaDocumentFilter *filter,
                            GError                   **error)
{
  static const KartaDocumentFilter all = { 0 };
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;

  if (!ensure_fold_function (self, error))
    return NULL;
  stmt = karta_store_prepare (self,
                              "SELECT " DOCUMENT_COLUMNS " FROM documents d"
                              " WHERE (?1 IS NULL OR karta_fold (d.kind) = ?1)"
                              "   AND (?2 IS NULL OR instr (karta_fold (d.number), ?2) > 0)"
                              "   AND (?3 IS NULL OR d.date >= ?3) AND (?4 IS NULL OR d.date <= ?4)"
                              "   AND (?5 IS NULL AND ?6 IS NULL AND ?7 IS NULL AND ?10 IS NULL OR EXISTS ("
                              "        SELECT 1 FROM document_links l"
                              "          LEFT JOIN activities a ON a.id = l.activity_id LEFT JOIN orders o ON o.id = l.order_id"
                              "         WHERE l.document_id = d.id"
                              "           AND (?5 IS NULL OR coalesce (l.roadmap_id, a.roadmap_id, o.roadmap_id) = ?5)"
                              "           AND (?6 IS NULL OR l.activity_id = ?6) AND (?7 IS NULL OR l.organisation_id = ?7)"
                              "           AND (?10 IS NULL OR a.number = ?10)))"
                              "   AND (?8 IS NULL OR instr (karta_fold (coalesce (d.title, '') || ' ' || coalesce (d.number, '')"
                              "                                          || ' ' || d.file_name), ?8) > 0)"
                              " ORDER BY CASE WHEN ?9 = 1 THEN d.date END DESC NULLS LAST, d.added_at DESC, d.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, filter != NULL ? filter : &all);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KartaDocument *document = read_document (stmt);
      g_ptr_array_add (list, document);
      g_hash_table_insert (by_id, &document->id, document);
    }
  sqlite3_reset (stmt);
  if (list->len > 0 && !load_links (self, by_id, error))
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * karta_store_list_documents:
 *
 * Returns: (transfer container) (element-type KartaDocument): every
 *   document, newest first, with where it is linked
 */
GPtrArray *
karta_store_list_documents (KartaStore *self,
                            GError    **error)
{
  return karta_store_find_documents (self, NULL, error);
}

/**
 * karta_store_list_document_kinds:
 *
 * Returns: (transfer container) (element-type utf8): the kinds the
 *   documents have, alphabetically, for a filter
 */
GPtrArray *
karta_store_list_document_kinds (KartaStore *self,
                                 GError    **error)
{
  g_autoptr (GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT DISTINCT kind FROM documents WHERE kind IS NOT NULL AND kind != '' ORDER BY kind", error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (kinds, karta_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_steal_pointer (&kinds);
}
