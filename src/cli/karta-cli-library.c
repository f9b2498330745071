/* karta-cli-library.c — karta-cli commands on the library: list, export,
 * import, gen-demo, check, schools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "karta-cli.h"
#include "karta-error.h"
#include "karta-import.h"
#include "karta-interchange.h"
#include "karta-library.h"

int
karta_cli_cmd_list (KartaCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr (GPtrArray) roadmaps = NULL;
  g_autoptr (GError) error = NULL;
  KartaStore *store;

  if (argc != 1)
    return karta_cli_fail (_ ("list takes no arguments"));
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  roadmaps = karta_store_list_roadmaps (store, &error);
  if (roadmaps == NULL)
    return karta_cli_fail_error (error);
  for (guint i = 0; i < roadmaps->len; i++)
    {
      KartaRoadmapSummary *summary = g_ptr_array_index (roadmaps, i);
      g_autofree char     *start = karta_day_to_iso (summary->period.start);
      g_autofree char     *end = karta_day_to_iso (summary->period.end);
      printf ("%" G_GINT64_FORMAT "\t%s:%s\t%u\t%s\n", summary->id, start, end, summary->activity_count, summary->title);
    }
  return 0;
}

int
karta_cli_cmd_export (KartaCli *cli,
                      int       argc,
                      char    **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *json = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (GError) error = NULL;
  KartaStore  *store;
  gint64       id;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: json"), N_ ("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write to FILE instead of standard output"), N_ ("FILE") },
    { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("ROADMAP-ID"), &argc, &argv))
    return 2;
  if (argc != 2 || !karta_cli_parse_id (argv[1], &id))
    return karta_cli_fail (_ ("export needs one roadmap id (see “karta-cli list”)"));
  if (format != NULL && !g_str_equal (format, "json"))
    return karta_cli_fail (_ ("export: the format “%s” is not supported; use json"), format);
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  roadmap = karta_store_load_roadmap (store, id, &error);
  if (roadmap == NULL)
    return karta_cli_fail_error (error);
  json = karta_interchange_to_string (roadmap);
  if (output == NULL)
    {
      fputs (json, stdout);
      return 0;
    }
  if (!g_file_set_contents (output, json, -1, &error))
    return karta_cli_fail_error (error);
  return 0;
}

/* How the user wants the plan read: --columns and --first-row */
typedef struct
{
  const char *columns;   /* "number,title,term,…", NULL: as recognised */
  int         first_row; /* 1-based, 0: as recognised */
} ImportChoice;

static KartaImportLayout *
choose_layout (const KartaImportDocument *document,
               const char                *path,
               const ImportChoice        *choice,
               GError                   **error)
{
  g_autoptr (KartaImportLayout) layout = karta_import_find_layout (document, error);
  g_autofree char *fields = NULL;

  if (layout == NULL)
    return NULL;
  fields = karta_import_layout_fields_to_string (layout);
  if (choice->first_row > 0 && !karta_import_layout_set_first_row (layout, document, choice->first_row - 1))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID, _ ("%s: the plan’s table has no row %d"), path, choice->first_row);
      return NULL;
    }
  if (choice->columns != NULL && !karta_import_layout_set_fields_from_string (layout, choice->columns))
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_INVALID,
                   ngettext ("%s: --columns needs %u known field, one per column of the plan’s table, such as %s",
                             "%s: --columns needs %u known fields, one per column of the plan’s table, such as %s", layout->n_columns),
                   path, layout->n_columns, fields);
      return NULL;
    }
  if (!layout->recognised && choice->columns == NULL)
    g_printerr (_ ("%s: no header names the plan’s columns; they were guessed from the cells as %s (check them, or give --columns)\n"),
                path, fields);
  return g_steal_pointer (&layout);
}

/* Interchange JSON as it is; any other document is read (the kind found
 * from its content) and its roadmap recognised, with @period (NULL: found
 * in the document). */
static KartaRoadmap *
read_roadmap_file (const char         *path,
                   const KartaPeriod  *period,
                   const ImportChoice *choice,
                   GError            **error)
{
  g_autoptr (KartaImportDocument) document = NULL;
  g_autoptr (KartaImportLayout) layout = NULL;
  KartaRoadmap *roadmap;

  if (g_str_has_suffix (path, ".json") || g_str_has_suffix (path, ".JSON"))
    {
      roadmap = karta_interchange_load_file (path, error);
      if (roadmap != NULL && period != NULL)
        roadmap->period = *period;
      return roadmap;
    }
  document = karta_import_read_file (path, error);
  if (document == NULL || (layout = choose_layout (document, path, choice, error)) == NULL)
    return NULL;
  return karta_import_recognise_with (document, period, layout, error);
}

int
karta_cli_cmd_import (KartaCli *cli,
                      int       argc,
                      char    **argv)
{
  gboolean         dry_run = FALSE;
  g_autofree char *period_text = NULL;
  g_autofree char *columns = NULL;
  ImportChoice     choice = { 0 };
  KartaPeriod      period = { 0 };
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (GError) error = NULL;
  KartaStore  *store = NULL;
  gint64       id;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_ ("Store nothing; print the interchange JSON"), NULL },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_ ("The roadmap’s period: YYYY, YYYY-YYYY or YYYY-MM-DD:YYYY-MM-DD"), N_ ("PERIOD") },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &columns, N_ ("What each column of the plan holds, in order: number, title, term, start, end, responsible, executors, participants, result, evidence, direction, status or ignore"), N_ ("FIELD,…") },
    { "first-row", 0, 0, G_OPTION_ARG_INT, &choice.first_row, N_ ("The plan’s first row in its table, counting from 1"), N_ ("N") },
    { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("FILE"), &argc, &argv))
    return 2;
  if (argc != 2)
    return karta_cli_fail (_ ("import needs one file"));
  if (period_text != NULL && !karta_period_parse (period_text, &period, &error))
    return karta_cli_fail_error (error);
  choice.columns = columns;
  /* the library's school calendar reads the quarters in the terms */
  if (!dry_run && (store = karta_cli_get_store (cli)) == NULL)
    return 1;
  roadmap = read_roadmap_file (argv[1], period_text != NULL ? &period : NULL, &choice, &error);
  if (roadmap == NULL)
    return karta_cli_fail_error (error);
  if (dry_run)
    {
      g_autofree char *json = karta_interchange_to_string (roadmap);
      fputs (json, stdout);
      return 0;
    }
  id = karta_store_add_roadmap (store, roadmap, &error);
  if (id == 0)
    return karta_cli_fail ("%s: %s", argv[1], error->message);
  printf ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

int
karta_cli_cmd_gen_demo (KartaCli *cli,
                        int       argc,
                        char    **argv)
{
  int n_roadmaps = 3, n_activities = 60, n_schools = 40, n_documents = 0;
  g_autoptr (GError) error = NULL;
  KartaStore  *store;
  GOptionEntry entries[] = {
    { "roadmaps", 0, 0, G_OPTION_ARG_INT, &n_roadmaps, N_ ("Number of roadmaps"), N_ ("N") },
    { "activities", 0, 0, G_OPTION_ARG_INT, &n_activities, N_ ("Activities per roadmap"), N_ ("M") },
    { "schools", 0, 0, G_OPTION_ARG_INT, &n_schools, N_ ("Number of schools"), N_ ("K") },
    { "documents", 0, 0, G_OPTION_ARG_INT, &n_documents, N_ ("Number of small PDFs attached to activities"), N_ ("D") },
    { NULL }
  };

  if (!karta_cli_parse_options (entries, NULL, &argc, &argv))
    return 2;
  if (argc != 1 || n_roadmaps < 0 || n_activities < 0 || n_schools < 0 || n_documents < 0)
    return karta_cli_fail (_ ("gen-demo takes only --roadmaps N --activities M [--schools K] [--documents D], none negative"));
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  if (!karta_store_generate_demo (store, n_roadmaps, n_activities, n_schools, &error) ||
      (n_documents > 0 && !karta_store_generate_demo_documents (store, n_documents, &error)))
    return karta_cli_fail_error (error);
  return 0;
}

int
karta_cli_cmd_check (KartaCli *cli,
                     int       argc,
                     char    **argv)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) done = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  gboolean    repair = argc == 2 && g_str_equal (argv[1], "--repair");
  KartaStore *store;

  if (argc != 1 && !repair)
    return karta_cli_fail (_ ("check takes only --repair"));
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  if (repair)
    {
      gboolean repaired = karta_library_repair (store, done, &error);

      for (guint i = 0; i < done->len; i++)
        printf ("%s\n", (const char *) g_ptr_array_index (done, i));
      if (!repaired)
        return karta_cli_fail_error (error);
    }
  karta_library_check (store, problems);
  for (guint i = 0; i < problems->len; i++)
    printf ("%s\n", (const char *) g_ptr_array_index (problems, i));
  return problems->len == 0 ? 0 : 1;
}

/* restore [BACKUP]: the library's database replaced by a backup that
 * passes the integrity check; the damaged one kept beside it */
int
karta_cli_cmd_restore (KartaCli *cli,
                       int       argc,
                       char    **argv)
{
  g_autofree char *dir = karta_library_resolve_dir (cli->library_dir);
  g_autofree char *newest = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *date = NULL;
  g_autoptr (GDateTime) made = NULL;
  g_autoptr (GError) error = NULL;
  const char *backup;
  guint       n_roadmaps;

  if (argc > 2)
    return karta_cli_fail (_ ("restore takes at most one backup"));
  if (cli->store != NULL)
    return karta_cli_fail (_ ("the library is open"));
  backup = argc == 2 ? argv[1] : (newest = karta_library_latest_backup (dir));
  if (backup == NULL)
    return karta_cli_fail (_ ("the library “%s” has no backup to restore"), dir);
  if (!karta_library_describe_backup (backup, &n_roadmaps, &made, &error) ||
      !karta_library_restore (dir, backup, &kept, &error))
    return karta_cli_fail_error (error);
  date = g_date_time_format (made, "%d.%m.%Y %H:%M");
  /* Translators: the backup, when it was made, how many roadmaps it holds, where the damaged file went */
  printf (g_dngettext (GETTEXT_PACKAGE, "restored %s (made %s, %u roadmap); the damaged database is kept as %s\n",
                       "restored %s (made %s, %u roadmaps); the damaged database is kept as %s\n", n_roadmaps),
          backup, date, n_roadmaps, kept != NULL ? kept : "-");
  return 0;
}

static JsonNode *
school_to_json (const KartaOrganisation *school)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, school->id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, school->name);
  json_builder_set_member_name (builder, "short_name");
  if (school->short_name)
    json_builder_add_string_value (builder, school->short_name);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  for (guint i = 0; i < school->categories->len; i++)
    {
      KartaCategory   *category = g_ptr_array_index (school->categories, i);
      g_autofree char *text = g_strdup_printf ("%s %d", category->name, category->year);
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
karta_cli_cmd_schools (KartaCli *cli,
                       int       argc,
                       char    **argv)
{
  g_autoptr (GPtrArray) organisations = NULL;
  g_autoptr (GError) error = NULL;
  KartaStore *store;

  if (argc != 1)
    return karta_cli_fail (_ ("schools takes no arguments"));
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  organisations = karta_store_list_organisations (store, &error);
  if (organisations == NULL)
    return karta_cli_fail_error (error);
  for (guint i = 0; i < organisations->len; i++)
    {
      KartaOrganisation *organisation = g_ptr_array_index (organisations, i);
      g_autoptr (JsonNode) node = NULL;
      g_autofree char *line = NULL;

      if (!organisation->is_school)
        continue;
      node = school_to_json (organisation);
      line = json_to_string (node, FALSE);
      printf ("%s\n", line);
    }
  return 0;
}
