/* karta-store-calendar.c — the school quarters the user set, per school year
 *
 * The library's calendar is what every reading of terms uses
 * (karta_school_calendar_set_default()): it is set when the library opens,
 * after a change to it, and after undo and redo. Changing a year's quarters
 * reads again the terms that name quarters, so that their dates follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "karta-error.h"

#include "karta-store-activities.h"
#include "karta-store-private.h"
#include "karta-terms.h"

/**
 * karta_store_load_school_calendar:
 *
 * Returns: (transfer full) (nullable): the quarters set in the library
 */
KartaSchoolCalendar *
karta_store_load_school_calendar (KartaStore *self,
                                  GError    **error)
{
  g_autoptr (KartaSchoolCalendar) calendar = karta_school_calendar_new ();
  sqlite3_stmt *stmt = karta_store_prepare (self, "SELECT school_year, quarter, start, end FROM school_quarters", error);
  int           rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KartaDay start = karta_column_day (stmt, 2), end = karta_column_day (stmt, 3);
      if (start != KARTA_DAY_NONE && end >= start)
        karta_school_calendar_set_quarter (calendar, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1), start, end);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      karta_store_set_error (self, error, _ ("Could not read the school calendar"));
      return NULL;
    }
  return g_steal_pointer (&calendar);
}

/* Makes the library's calendar the one terms are read with. */
gboolean
karta_store_use_school_calendar (KartaStore *self,
                                 GError    **error)
{
  g_autoptr (KartaSchoolCalendar) calendar = karta_store_load_school_calendar (self, error);

  if (calendar == NULL)
    return FALSE;
  karta_school_calendar_set_default (calendar);
  return TRUE;
}

static gboolean
names_quarter (const char *term)
{
  g_autofree char *folded = g_utf8_casefold (term, -1);

  return strstr (folded, "четверт") != NULL;
}

/* Terms that name quarters are read again; dates set by hand stay. */
static gboolean
reread_quarter_terms (KartaStore *self,
                      GError    **error)
{
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT a.id, a.term, r.period_start, r.period_end FROM activities a"
                                            " JOIN roadmaps r ON r.id = a.roadmap_id"
                                            " WHERE a.term_edited = 0 AND a.term IS NOT NULL",
                                            error);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) schedules = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_schedule_free);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *term = (const char *) sqlite3_column_text (stmt, 1);
      KartaPeriod period = { karta_column_day (stmt, 2), karta_column_day (stmt, 3) };
      gint64      id = sqlite3_column_int64 (stmt, 0);

      if (term == NULL || !names_quarter (term))
        continue;
      g_array_append_val (ids, id);
      g_ptr_array_add (schedules, karta_terms_parse (term, &period));
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64               id = g_array_index (ids, gint64, i);
      const KartaSchedule *schedule = g_ptr_array_index (schedules, i);

      stmt = karta_store_prepare (self, "UPDATE activities SET schedule_kind = ?2, schedule_rule = ?3 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      karta_bind_text (stmt, 2, karta_schedule_kind_to_string (schedule->kind));
      karta_bind_text (stmt, 3, schedule->rule);
      if (!karta_store_step_done (self, stmt, error) ||
          !karta_store_exec_with_id (self, "DELETE FROM schedule_spans WHERE activity_id = ?1", id, error) ||
          !karta_store_write_spans (self, id, schedule, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  int             school_year;
  const KartaDay *quarters; /* nullable */
} SchoolYear;

static gboolean
write_school_year (KartaStore *self,
                   gpointer    data,
                   GError    **error)
{
  const SchoolYear *year = data;
  sqlite3_stmt     *stmt = karta_store_prepare (self, "DELETE FROM school_quarters WHERE school_year = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year->school_year);
  if (!karta_store_step_done (self, stmt, error))
    return FALSE;
  for (int q = 0; year->quarters != NULL && q < 4; q++)
    {
      stmt = karta_store_prepare (self, "INSERT INTO school_quarters (school_year, quarter, start, end) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, year->school_year);
      sqlite3_bind_int (stmt, 2, q + 1);
      karta_bind_day (stmt, 3, year->quarters[2 * q]);
      karta_bind_day (stmt, 4, year->quarters[2 * q + 1]);
      if (!karta_store_step_done (self, stmt, error))
        return FALSE;
    }
  return karta_store_use_school_calendar (self, error) && reread_quarter_terms (self, error);
}

/**
 * karta_store_save_school_year:
 * @school_year: the year the school year starts in
 * @quarters: (array fixed-size=8) (nullable): start and end of each quarter,
 *   in order, or %NULL for the usual quarters
 *
 * Sets a school year's quarters as one undoable action; the terms naming
 * quarters are read again with them.
 */
gboolean
karta_store_save_school_year (KartaStore     *self,
                              int             school_year,
                              const KartaDay *quarters,
                              GError        **error)
{
  SchoolYear       year = { school_year, quarters };
  g_autofree char *label = g_strdup_printf (_ ("Edit school calendar %d-%d"), school_year, school_year + 1);
  gboolean         ok;

  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);
  for (int q = 0; quarters != NULL && q < 4; q++)
    if (quarters[2 * q] == KARTA_DAY_NONE || quarters[2 * q + 1] < quarters[2 * q] ||
        (q > 0 && quarters[2 * q] <= quarters[2 * q - 1]))
      {
        g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                     _ ("Each quarter must end after it starts and start after the one before"));
        return FALSE;
      }
  ok = karta_store_run (self, label, write_school_year, &year, error);
  if (!ok)
    karta_store_use_school_calendar (self, NULL);
  return ok;
}
