/* karta-store-same-roadmap.c — the roadmap an import repeats, and
 * replacing it with the document read again
 *
 * Importing the same order twice, or loading the samples again, would make
 * a copy nobody asked for: callers look for the same roadmap first and let
 * the user replace it. A replacement keeps what the library knows beyond the
 * document: documents attached to the roadmap, its orders and activities,
 * and what was done, carried over to the activities of the same number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"

/* Letters and digits only, case folded: «№ 32-2» and «32/2», «Дорожная
 * карта» and «ДОРОЖНАЯ  КАРТА.» are alike */
static char *
comparison_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  GString         *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c == 0x0451 ? 0x0435 : c); /* ё as е */
    }
  return g_string_free (key, FALSE);
}

static gboolean
order_is_known (const char *number_key,
                KartaDay    date)
{
  return *number_key != '\0' && date != 0;
}

/* The same order approves the same roadmap; without one on either side the
 * same title over an overlapping period is taken for it */
static gboolean
is_same_roadmap (const KartaRoadmap *roadmap,
                 const char         *title_key,
                 const char         *number_key,
                 sqlite3_stmt       *row)
{
  g_autofree char *other_title = comparison_key ((const char *) sqlite3_column_text (row, 1));
  g_autofree char *other_number = comparison_key ((const char *) sqlite3_column_text (row, 4));
  KartaPeriod      period = { karta_column_day (row, 2), karta_column_day (row, 3) };
  KartaDay         other_date = karta_column_day (row, 5);

  if (order_is_known (number_key, roadmap->order->date) && order_is_known (other_number, other_date))
    return g_str_equal (number_key, other_number) && roadmap->order->date == other_date;
  return *title_key != '\0' && g_str_equal (title_key, other_title) && period.start <= roadmap->period.end &&
         roadmap->period.start <= period.end;
}

/**
 * karta_store_find_same_roadmap:
 * @roadmap: a roadmap not yet stored (an import)
 *
 * Looks for a roadmap in the library that @roadmap repeats: approved by the
 * same order (number and date), or, where either has no order, of the same
 * title over an overlapping period.
 *
 * Returns: (transfer full) (nullable): the roadmap found, or %NULL (with
 *   @error set if the library could not be read)
 */
KartaRoadmapSummary *
karta_store_find_same_roadmap (KartaStore         *self,
                               const KartaRoadmap *roadmap,
                               GError            **error)
{
  g_autofree char     *title_key = comparison_key (roadmap->title);
  g_autofree char     *number_key = comparison_key (roadmap->order->number);
  KartaRoadmapSummary *found = NULL;
  sqlite3_stmt        *stmt = karta_store_prepare (self,
                                                   "SELECT r.id, r.title, r.period_start, r.period_end, o.number, o.date,"
                                                          "       (SELECT count (*) FROM activities a WHERE a.roadmap_id = r.id)"
                                                          "  FROM roadmaps r LEFT JOIN orders o ON o.roadmap_id = r.id AND o.position = 0"
                                                          " ORDER BY r.id",
                                                   error);

  if (stmt == NULL)
    return NULL;
  while (found == NULL && sqlite3_step (stmt) == SQLITE_ROW)
    if (is_same_roadmap (roadmap, title_key, number_key, stmt))
      {
        found = g_new0 (KartaRoadmapSummary, 1);
        found->id = sqlite3_column_int64 (stmt, 0);
        found->title = karta_column_text (stmt, 1);
        found->period.start = karta_column_day (stmt, 2);
        found->period.end = karta_column_day (stmt, 3);
        found->activity_count = sqlite3_column_int (stmt, 6);
      }
  sqlite3_reset (stmt);
  return found;
}

/* Old activity → the new one of the same number (the first, if repeated) */
#define SAME_NUMBER                                                                     \
  "(SELECT o.id AS old_id, min (n.id) AS new_id, o.status, o.done_on, o.notes"          \
  "   FROM activities o JOIN activities n ON n.roadmap_id = ?2 AND n.number = o.number" \
  "  WHERE o.roadmap_id = ?1 AND o.number IS NOT NULL AND o.number <> '' GROUP BY o.id) m"

static const char *const carry_over[] = {
  "UPDATE document_links SET roadmap_id = ?2 WHERE roadmap_id = ?1",
  "UPDATE document_links SET order_id = n.id FROM orders o JOIN orders n ON n.roadmap_id = ?2 AND n.position = o.position"
  " WHERE o.roadmap_id = ?1 AND document_links.order_id = o.id",
  "UPDATE document_links SET activity_id = m.new_id FROM " SAME_NUMBER " WHERE document_links.activity_id = m.old_id",
  "UPDATE OR IGNORE executions SET activity_id = m.new_id FROM " SAME_NUMBER " WHERE executions.activity_id = m.old_id",
  /* what was done is not in the document: the new row is only planned */
  "UPDATE activities SET status = m.status, done_on = m.done_on, notes = coalesce (activities.notes, m.notes)"
  "  FROM " SAME_NUMBER " WHERE activities.id = m.new_id AND activities.status = 'planned' AND activities.done_on IS NULL",
  "DELETE FROM roadmaps WHERE id = ?1",
};

typedef struct
{
  gint64              old_id;
  const KartaRoadmap *roadmap;
} Replacement;

static gboolean
replace_roadmap_rows (KartaStore *self,
                      gpointer    data,
                      GError    **error)
{
  Replacement *replacement = data;
  gint64       new_id = karta_store_insert_roadmap (self, replacement->roadmap, error);

  if (new_id == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (carry_over); i++)
    {
      sqlite3_stmt *stmt = karta_store_prepare (self, carry_over[i], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, replacement->old_id);
      sqlite3_bind_int64 (stmt, 2, new_id);
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  /* the last statement deleted the old roadmap */
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("The roadmap no longer exists"));
      return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_replace_roadmap:
 * @old_id: the roadmap @roadmap replaces
 * @roadmap: the whole roadmap, read again
 *
 * Adds @roadmap and deletes the old one as one undoable action. Documents
 * attached to the old roadmap and its orders, and to its activities, go to
 * the new roadmap and to its activities of the same number, which also get
 * what was done (status, date, notes); what has no counterpart goes with
 * the old roadmap.
 *
 * Returns: the new roadmap's id, 0 on error
 */
gint64
karta_store_replace_roadmap (KartaStore         *self,
                             gint64              old_id,
                             const KartaRoadmap *roadmap,
                             GError            **error)
{
  Replacement      replacement = { old_id, roadmap };
  g_autofree char *label = g_strdup_printf (_ ("Replace roadmap “%s”"), roadmap->title ? roadmap->title : "");

  if (!karta_store_run (self, label, replace_roadmap_rows, &replacement, error))
    return 0;
  return roadmap->id;
}
