/* karta-cli-risk.c — karta-cli commands on risk profiles: risk-import, risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "karta-cli.h"
#include "karta-risk-import.h"

int
karta_cli_cmd_risk_import (KartaCli *cli,
                           int       argc,
                           char    **argv)
{
  g_autoptr (GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gboolean         create_schools = FALSE;
  KartaStore      *store;
  gsize            length;
  int              n;
  GOptionEntry     entries[] = {
        { "create-schools", 0, 0, G_OPTION_ARG_NONE, &create_schools,
          N_ ("Create the schools the library does not have yet"), NULL },
        { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("FILE"), &argc, &argv))
    return 2;
  if (argc != 2)
    return karta_cli_fail (_ ("risk-import needs one tab-separated file"));
  if (!g_file_get_contents (argv[1], &data, &length, &error))
    return karta_cli_fail_error (error);
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  n = karta_risk_import_tsv (store, argv[1], data, length, create_schools, report, &error);
  for (guint i = 0; i < report->len; i++)
    fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (report, i));
  if (n < 0)
    return karta_cli_fail_error (error);
  printf ("%d\n", n);
  return n > 0 ? 0 : 1;
}

static JsonNode *
profile_to_json (const KartaRiskProfile *profile)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  KartaRiskCounts counts = karta_risk_profile_count (profile);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "school");
  json_builder_add_string_value (builder, profile->school_name);
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, profile->year);
  json_builder_set_member_name (builder, "factors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, entry->factor_name);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, karta_risk_level_to_string (entry->level));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "high");
  json_builder_add_int_value (builder, counts.high);
  json_builder_set_member_name (builder, "medium");
  json_builder_add_int_value (builder, counts.medium);
  json_builder_set_member_name (builder, "low");
  json_builder_add_int_value (builder, counts.low);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The year asked for, else the school's newest; 0 when it has none. */
static int
profile_year (KartaStore *store,
              gint64      school_id,
              int         year,
              GError    **error)
{
  g_autoptr (GArray) years = NULL;

  if (year != 0)
    return year;
  years = karta_store_list_profile_years (store, school_id, error);
  if (years == NULL)
    return -1;
  return years->len > 0 ? g_array_index (years, int, years->len - 1) : 0;
}

int
karta_cli_cmd_risk (KartaCli *cli,
                    int       argc,
                    char    **argv)
{
  g_autoptr (KartaOrganisation) school = NULL;
  g_autoptr (KartaRiskProfile) profile = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  KartaStore      *store;
  gint64           id;
  int              year = 0;
  GOptionEntry     entries[] = {
        { "year", 0, 0, G_OPTION_ARG_INT, &year, N_ ("The profile of YEAR (default: the newest)"), N_ ("YEAR") },
        { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("SCHOOL-ID"), &argc, &argv))
    return 2;
  if (argc != 2 || !karta_cli_parse_id (argv[1], &id))
    return karta_cli_fail (_ ("risk needs one school id (see “karta-cli schools”)"));
  if (year < 0)
    return karta_cli_fail (_ ("risk: “%d” is not a year"), year);
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  if ((school = karta_store_load_organisation (store, id, &error)) == NULL)
    return karta_cli_fail_error (error);
  if ((year = profile_year (store, id, year, &error)) < 0)
    return karta_cli_fail_error (error);
  if (year == 0)
    return karta_cli_fail (_ ("%s has no risk profile"), karta_organisation_get_display_name (school));
  if ((profile = karta_store_load_risk_profile (store, id, year, &error)) == NULL)
    return karta_cli_fail (_ ("%s has no risk profile of %d"), karta_organisation_get_display_name (school), year);
  node = profile_to_json (profile);
  json = json_to_string (node, FALSE);
  printf ("%s\n", json);
  return 0;
}
