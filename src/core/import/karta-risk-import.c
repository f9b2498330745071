/* karta-risk-import.c — risk profiles from a tab-separated table
 *
 * One row per school, year and factor, as ФИОКО's tables and the district's
 * own spreadsheets hold them. The columns are found by their header
 * wherever it stands; rows are numbered as the table's non-empty rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-import.h"
#include "karta-risk-import.h"
#include "karta-school-name.h"
#include "karta-table.h"

enum
{
  COLUMN_SCHOOL,
  COLUMN_YEAR,
  COLUMN_FACTOR,
  COLUMN_LEVEL,
  N_COLUMNS
};

/* Words (or their beginnings) a header cell may use, level before factor
 * so that "уровень фактора" is the level. */
static const char *const column_words[N_COLUMNS][6] = {
  [COLUMN_SCHOOL] = { "школ", "school", "оо", "организац", "organisation", NULL },
  [COLUMN_YEAR] = { "год", "year", NULL },
  [COLUMN_FACTOR] = { "фактор", "factor", NULL },
  [COLUMN_LEVEL] = { "уровен", "level", NULL },
};
static const int column_order[N_COLUMNS] = { COLUMN_LEVEL, COLUMN_SCHOOL, COLUMN_YEAR, COLUMN_FACTOR };

typedef struct
{
  KartaStore *store;
  gboolean    create_schools;
  GPtrArray  *report;
  GHashTable *lists;    /* year → KartaFactorList* */
  GHashTable *profiles; /* "school key\tyear" → KartaRiskProfile* */
  GPtrArray  *order;    /* of KartaRiskProfile*, as first met; owns them */
  GHashTable *reported; /* names already reported */
} Import;

/* Casefolded, whitespace folded, ё as е. */
static char *
fold_name (const char *text)
{
  g_autofree char *spaced = karta_text_fold_whitespace (text);
  g_autofree char *folded = g_utf8_casefold (spaced, -1);
  g_auto (GStrv) parts = g_strsplit (folded, "ё", -1);

  return g_strjoinv ("е", parts);
}

static char *
cell_text (const KartaTable *table,
           guint             row,
           int               column)
{
  const KartaCell *cell = column >= 0 ? karta_table_get_cell_at (table, row, column) : NULL;
  g_autofree char *text = cell ? karta_cell_get_text (cell) : NULL;

  return karta_text_fold_whitespace (text ? text : "");
}

static int
header_kind (const char *header)
{
  g_autofree char *folded = fold_name (header);
  g_auto (GStrv) words = g_regex_split_simple ("[^[:alnum:]]+", folded, 0, 0);

  for (guint k = 0; k < N_COLUMNS; k++)
    {
      int kind = column_order[k];
      for (guint w = 0; words[w] != NULL; w++)
        for (guint i = 0; column_words[kind][i] != NULL; i++)
          if (g_str_has_prefix (words[w], column_words[kind][i]) &&
              (kind != COLUMN_SCHOOL || i != 2 || g_str_equal (words[w], "оо")))
            return kind;
    }
  return -1;
}

/* The header row: the first with all four columns. */
static gboolean
find_header (const KartaTable *table,
             guint            *header_row,
             int               columns[N_COLUMNS])
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      KartaTableRow *row = g_ptr_array_index (table->rows, r);
      guint          found = 0;

      for (guint k = 0; k < N_COLUMNS; k++)
        columns[k] = -1;
      for (guint c = 0; c < row->cells->len; c++)
        {
          KartaCell       *cell = g_ptr_array_index (row->cells, c);
          g_autofree char *text = karta_cell_get_text (cell);
          int              kind = header_kind (text);
          if (kind >= 0 && columns[kind] < 0)
            {
              columns[kind] = cell->column;
              found++;
            }
        }
      if (found == N_COLUMNS)
        {
          *header_row = r;
          return TRUE;
        }
    }
  return FALSE;
}

static void
report_row (Import     *import,
            guint       row,
            const char *message,
            const char *text)
{
  g_ptr_array_add (import->report, g_strdup_printf (message, row + 1, text));
}

/* "2022", "2022 г.", "2022 год", "2023-2024": the (first) year, 0 if none. */
static int
parse_year (const char *text)
{
  g_autoptr (GRegex) regex = g_regex_new ("^(\\d{4})(\\s*[-–—/]\\s*\\d{2,4})?\\s*(г\\.?|гг\\.?|год|года)?$",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *digits = NULL;
  int              year;

  if (!g_regex_match (regex, text, 0, &match))
    return 0;
  digits = g_match_info_fetch (match, 1);
  year = atoi (digits);
  return year >= 1990 && year <= 2100 ? year : 0;
}

/* The official words, and the feminine forms tables also use
 * ("высокая"). */
static gboolean
parse_level (const char     *text,
             KartaRiskLevel *level)
{
  g_autofree char         *folded = fold_name (text);
  static const char *const stems[] = { "низк", "средн", "высок" };

  if (karta_risk_level_from_string (text, level))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (stems); i++)
    if (g_str_has_prefix (folded, stems[i]))
      {
        *level = i;
        return TRUE;
      }
  return FALSE;
}

static KartaFactorList *
list_for_year (Import  *import,
               int      year,
               GError **error)
{
  KartaFactorList *list = g_hash_table_lookup (import->lists, GINT_TO_POINTER (year));

  if (list == NULL)
    {
      list = karta_store_load_factor_list_for_year (import->store, year, error);
      if (list != NULL)
        g_hash_table_insert (import->lists, GINT_TO_POINTER (year), list);
    }
  return list;
}

/* The factor by its name, however spaced and cased, or by its number in
 * the list. */
static const KartaRef *
find_factor (const KartaFactorList *list,
             const char            *text)
{
  g_autofree char *folded = fold_name (text);
  char            *end = NULL;
  guint64          number = g_ascii_strtoull (folded, &end, 10);

  if (end != folded && (*end == '\0' || g_str_equal (end, ".")) && number >= 1 && number <= list->factors->len)
    return g_ptr_array_index (list->factors, number - 1);
  for (guint i = 0; i < list->factors->len; i++)
    {
      const KartaRef  *factor = g_ptr_array_index (list->factors, i);
      g_autofree char *name = fold_name (factor->name);
      if (g_str_equal (name, folded))
        return factor;
    }
  return NULL;
}

/* Reports @what «@text» once, at the first row it appears in. */
static void
report_once (Import     *import,
             guint       row,
             const char *message,
             const char *key,
             const char *text)
{
  if (g_hash_table_add (import->reported, g_strdup (key)))
    report_row (import, row, message, text);
}

/* The school's id (0 for one to create), FALSE for an unknown school. */
static gboolean
find_school (Import     *import,
             guint       row,
             const char *name,
             gint64     *id)
{
  g_autofree char *key = NULL;
  g_autofree char *maybe = NULL;
  g_autoptr (GPtrArray) candidates = NULL;

  *id = karta_store_find_organisation (import->store, name, NULL);
  if (*id == 0)
    *id = karta_store_match_organisation (import->store, name, NULL, &candidates);
  if (*id != 0)
    return TRUE;
  key = g_strconcat ("school\t", name, NULL);
  /* A kind and a number alone are no proof: the profile is not put on
   * a school it may not be */
  if (candidates != NULL)
    maybe = g_strdup (((KartaRef *) g_ptr_array_index (candidates, 0))->name);
  if (!import->create_schools)
    {
      g_autofree char *what = NULL;

      if (maybe == NULL)
        report_once (import, row, _ ("row %u: unknown school «%s»"), key, name);
      else if (g_hash_table_add (import->reported, g_strdup (key)))
        {
          what = g_strdup_printf (_ ("row %u: «%s» may be the library’s «%s», or another school: write its name as the library does"),
                                  row + 1, name, maybe);
          g_ptr_array_add (import->report, g_steal_pointer (&what));
        }
      return FALSE;
    }
  if (g_hash_table_add (import->reported, g_strdup (key)))
    g_ptr_array_add (import->report,
                     maybe == NULL ? g_strdup_printf (_ ("school «%s» created"), name)
                                   : g_strdup_printf (_ ("school «%s» created, as another school than the library’s «%s»"), name, maybe));
  return TRUE;
}

static KartaRiskProfile *
profile_for (Import                *import,
             gint64                 school_id,
             const char            *school,
             int                    year,
             const KartaFactorList *list)
{
  g_autofree char  *name_key = school_id ? g_strdup_printf ("#%" G_GINT64_FORMAT, school_id)
                                         : karta_school_name_key (school);
  g_autofree char  *key = g_strdup_printf ("%s\t%d", name_key, year);
  KartaRiskProfile *profile = g_hash_table_lookup (import->profiles, key);

  if (profile == NULL)
    {
      profile = karta_risk_profile_new (school_id, year);
      profile->school_name = g_strdup (school);
      profile->list_id = list->id;
      g_ptr_array_add (import->order, profile);
      g_hash_table_insert (import->profiles, g_steal_pointer (&key), profile);
    }
  return profile;
}

/* A later row for the same factor wins. */
static void
set_level (KartaRiskProfile *profile,
           const KartaRef   *factor,
           KartaRiskLevel    level)
{
  for (guint i = 0; i < profile->entries->len; i++)
    {
      KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      if (entry->factor_id == factor->id)
        {
          entry->level = level;
          return;
        }
    }
  karta_risk_profile_add (profile, factor->id, factor->name, level);
}

static gboolean
import_row (Import           *import,
            const KartaTable *table,
            guint             row,
            const int         columns[N_COLUMNS],
            GError          **error)
{
  g_autofree char       *school = cell_text (table, row, columns[COLUMN_SCHOOL]);
  g_autofree char       *year_text = cell_text (table, row, columns[COLUMN_YEAR]);
  g_autofree char       *factor_text = cell_text (table, row, columns[COLUMN_FACTOR]);
  g_autofree char       *level_text = cell_text (table, row, columns[COLUMN_LEVEL]);
  g_autofree char       *factor_key = NULL;
  const KartaFactorList *list;
  const KartaRef        *factor;
  KartaRiskLevel         level;
  gint64                 school_id;
  int                    year;

  if (*school == '\0' && *year_text == '\0' && *factor_text == '\0' && *level_text == '\0')
    return TRUE;
  if (*school == '\0')
    return report_row (import, row, _ ("row %u: no school given%s"), ""), TRUE;
  if ((year = parse_year (year_text)) == 0)
    return report_row (import, row, _ ("row %u: bad year «%s»"), year_text), TRUE;
  if (!parse_level (level_text, &level))
    return report_row (import, row, _ ("row %u: bad level «%s»: write высокий, средний or низкий"), level_text), TRUE;
  if ((list = list_for_year (import, year, error)) == NULL)
    return FALSE;
  if ((factor = find_factor (list, factor_text)) == NULL)
    {
      factor_key = g_strdup_printf ("factor\t%" G_GINT64_FORMAT "\t%s", list->id, factor_text);
      report_once (import, row, _ ("row %u: unknown factor «%s»"), factor_key, factor_text);
      return TRUE;
    }
  if (!find_school (import, row, school, &school_id))
    return TRUE;
  set_level (profile_for (import, school_id, school, year, list), factor, level);
  return TRUE;
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->lists, g_hash_table_unref);
  g_clear_pointer (&import->profiles, g_hash_table_unref);
  g_clear_pointer (&import->order, g_ptr_array_unref);
  g_clear_pointer (&import->reported, g_hash_table_unref);
}

static gboolean
text_is_empty (const char *data,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/**
 * karta_risk_import_tsv:
 * @file_name: (nullable): for messages and the undo label; %NULL for rows
 *   pasted from the clipboard
 * @report: (element-type utf8): where the lines about skipped rows and
 *   created schools go
 *
 * Rows that cannot be imported (an unknown school or factor, a bad year or
 * level) are reported and skipped; the others are stored in one undoable
 * step, a profile per school and year, replacing the levels stored before.
 *
 * Returns: the number of profiles stored, -1 on error
 */
int
karta_risk_import_tsv (KartaStore *store,
                       const char *file_name,
                       const char *data,
                       gsize       length,
                       gboolean    create_schools,
                       GPtrArray  *report,
                       GError    **error)
{
  g_autoptr (KartaImportDocument) document = NULL;
  g_autofree char  *base = file_name ? g_path_get_basename (file_name) : NULL;
  g_autofree char  *label = NULL;
  Import            import = { store, create_schools, report, NULL, NULL, NULL, NULL };
  const KartaTable *table;
  int               columns[N_COLUMNS];
  guint             header = 0;
  int               n = -1;

  if (file_name == NULL)
    file_name = _ ("Pasted rows");
  if (data == NULL || text_is_empty (data, length))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("%s: the table of risk profiles is empty"), file_name);
      return -1;
    }
  document = karta_import_read_tsv (file_name, data, length, error);
  if (document == NULL)
    return -1;
  table = g_ptr_array_index (document->tables, 0);
  if (!find_header (table, &header, columns))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   _ ("%s: no header row naming the columns school, year, factor and level"), file_name);
      return -1;
    }

  import.lists = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) karta_factor_list_free);
  import.profiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.order = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);
  import.reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = header + 1; r < table->rows->len; r++)
    if (!import_row (&import, table, r, columns, error))
      goto out;

  label = base ? g_strdup_printf (_ ("Import risk profiles from “%s”"), base) : g_strdup (_ ("Paste risk profiles"));
  if (import.order->len == 0 || karta_store_save_risk_profiles (store, import.order, label, error))
    n = import.order->len;
out:
  import_clear (&import);
  return n;
}
