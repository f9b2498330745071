/* karta-store-document-view.c — how each document is shown: its rotation
 *
 * Written straight, in a transaction of its own and not through
 * karta_store_run(): no undo step, no "changed" signal (nothing else
 * shows it). The table has no foreign key, so that no user action's
 * cascade records a change of it for undo to replay or conflict with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include "karta-store-document-view.h"
#include "karta-store-private.h"

/**
 * karta_store_get_document_rotation:
 * @sha256: the document's hash
 * @rotation: (out): clockwise degrees, 0 when never set
 */
gboolean
karta_store_get_document_rotation (KartaStore *self,
                                   const char *sha256,
                                   int        *rotation,
                                   GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "SELECT rotation FROM document_views WHERE sha256 = ?1", error);

  if (stmt == NULL)
    return FALSE;
  karta_bind_text (stmt, 1, sha256);
  *rotation = 0;
  /* one row at most: after it, the statement is done */
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *rotation = sqlite3_column_int (stmt, 0);
  return karta_store_step_done (self, stmt, error);
}

/**
 * karta_store_set_document_rotation:
 * @rotation: clockwise degrees: 0, 90, 180 or 270
 *
 * Remembers how the document was turned; not an undoable change. Call it
 * between user actions, not inside one.
 */
gboolean
karta_store_set_document_rotation (KartaStore *self,
                                   const char *sha256,
                                   int         rotation,
                                   GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->session == NULL, FALSE);
  g_return_val_if_fail (rotation % 90 == 0 && rotation >= 0 && rotation < 360, FALSE);

  stmt = karta_store_prepare (self,
                              "INSERT INTO document_views (sha256, rotation) VALUES (?1, ?2)"
                              " ON CONFLICT (sha256) DO UPDATE SET rotation = excluded.rotation",
                              error);
  if (stmt == NULL)
    return FALSE;
  karta_bind_text (stmt, 1, sha256);
  sqlite3_bind_int (stmt, 2, rotation);
  return karta_store_step_done (self, stmt, error);
}
