/* karta-cli-terms.c — `karta-cli terms`: parse terms ("Сроки") as JSON lines (docs/cli.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "karta-cli.h"
#include "karta-interchange.h"
#include "karta-terms.h"

/* One line of output: {"text", "kind", "spans", "warnings"}. */
static void
print_term (const char        *text,
            const KartaPeriod *period)
{
  g_autoptr (KartaSchedule) schedule = karta_terms_parse (text, period);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *valid = g_utf8_make_valid (text, -1); /* JSON must be UTF-8 */
  g_autofree char *line = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, valid);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, karta_schedule_kind_to_string (schedule->kind));
  karta_interchange_add_spans (builder, schedule);
  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < schedule->warnings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (schedule->warnings, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  printf ("%s\n", line);
}

/* One term per line; an empty line is an empty term. Read as bytes: the parser
 * copes with text that is not UTF-8, and a term is not refused for it. */
static int
print_stdin_terms (const KartaPeriod *period)
{
  GIOChannel *input = g_io_channel_unix_new (0);
  g_autoptr (GError) error = NULL;
  GIOStatus status;
  char     *line;
  gsize     length, terminator;

  g_io_channel_set_encoding (input, NULL, NULL);
  while ((status = g_io_channel_read_line (input, &line, &length, &terminator, &error)) == G_IO_STATUS_NORMAL)
    {
      line[terminator] = '\0';
      if (terminator > 0 && line[terminator - 1] == '\r')
        line[terminator - 1] = '\0';
      print_term (line, period);
      g_free (line);
    }
  g_io_channel_unref (input);
  if (status == G_IO_STATUS_ERROR)
    return karta_cli_fail (_ ("cannot read terms from standard input: %s"), error->message);
  return 0;
}

/**
 * karta_cli_cmd_terms:
 *
 * `terms --period PERIOD [TERM…]`. Needs no library, so it never opens one.
 */
int
karta_cli_cmd_terms (KartaCli *cli,
                     int       argc,
                     char    **argv)
{
  g_autofree char *period_text = NULL;
  g_autoptr (GError) error = NULL;
  KartaPeriod  period;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_ ("The roadmap's period: YYYY, YYYY-YYYY or YYYY-MM-DD:YYYY-MM-DD"), N_ ("PERIOD") },
    { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("[TERM…]"), &argc, &argv))
    return 2;
  if (period_text == NULL)
    return karta_cli_fail (_ ("terms: --period is required"));
  if (!karta_period_parse (period_text, &period, &error))
    return karta_cli_fail ("terms: %s", error->message);

  if (argc <= 1)
    return print_stdin_terms (&period);
  for (int i = 1; i < argc; i++)
    print_term (argv[i], &period);
  return 0;
}
