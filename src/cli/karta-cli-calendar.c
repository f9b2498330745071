/* karta-cli-calendar.c — `karta-cli calendar`: a school year's quarters (docs/cli.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "karta-cli.h"

/* "01.09.2024-25.10.2024,05.11.2024-28.12.2024,…": four quarters in order */
static gboolean
parse_quarters (const char *text,
                KartaDay   *quarters)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);

  if (g_strv_length (parts) != 4)
    return FALSE;
  for (int q = 0; q < 4; q++)
    {
      g_auto (GStrv) ends = g_strsplit (g_strstrip (parts[q]), "-", 2);
      if (ends[0] == NULL || ends[1] == NULL || !karta_day_parse (g_strstrip (ends[0]), &quarters[2 * q]) ||
          !karta_day_parse (g_strstrip (ends[1]), &quarters[2 * q + 1]))
        return FALSE;
    }
  return TRUE;
}

static void
print_year (KartaStore *store,
            int         school_year)
{
  g_autoptr (KartaSchoolCalendar) calendar = karta_store_load_school_calendar (store, NULL);
  gboolean set = calendar != NULL && karta_school_calendar_has_year (calendar, school_year);

  printf ("{\"school_year\": %d, \"set\": %s, \"quarters\": [", school_year, set ? "true" : "false");
  for (int q = 1; q <= 4; q++)
    {
      KartaDay         start, end;
      g_autofree char *from = NULL, *to = NULL;

      karta_school_calendar_get_quarter (calendar, school_year, q, &start, &end);
      from = karta_day_to_iso (start);
      to = karta_day_to_iso (end);
      printf ("%s{\"quarter\": %d, \"start\": \"%s\", \"end\": \"%s\"}", q > 1 ? ", " : "", q, from, to);
    }
  printf ("]}\n");
}

/**
 * karta_cli_cmd_calendar:
 *
 * `calendar SCHOOL-YEAR [--quarters D-D,D-D,D-D,D-D | --reset]`
 */
int
karta_cli_cmd_calendar (KartaCli *cli,
                        int       argc,
                        char    **argv)
{
  g_autofree char *quarters_text = NULL;
  gboolean         reset = FALSE;
  g_autoptr (GError) error = NULL;
  KartaDay     quarters[8];
  KartaStore  *store;
  char        *end = NULL;
  long         school_year;
  GOptionEntry entries[] = {
    { "quarters", 0, 0, G_OPTION_ARG_STRING, &quarters_text,
      N_ ("The four quarters, DD.MM.YYYY-DD.MM.YYYY each, separated by commas"), N_ ("QUARTERS") },
    { "reset", 0, 0, G_OPTION_ARG_NONE, &reset, N_ ("Go back to the usual quarters"), NULL },
    { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("SCHOOL-YEAR"), &argc, &argv))
    return 2;
  if (argc != 2 || (school_year = strtol (argv[1], &end, 10)) < 1900 || school_year > 2100 || *end != '\0')
    return karta_cli_fail (_ ("calendar: give the year the school year starts in, such as 2024"));
  if (quarters_text != NULL && reset)
    return karta_cli_fail (_ ("calendar: --quarters and --reset do not go together"));
  if (quarters_text != NULL && !parse_quarters (quarters_text, quarters))
    return karta_cli_fail (_ ("calendar: --quarters needs four DD.MM.YYYY-DD.MM.YYYY spans separated by commas"));
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  if ((quarters_text != NULL || reset) &&
      !karta_store_save_school_year (store, school_year, quarters_text != NULL ? quarters : NULL, &error))
    return karta_cli_fail ("calendar: %s", error->message);
  print_year (store, school_year);
  return 0;
}
