/* karta-cli.c — command dispatch and shared helpers of karta-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "karta-cli.h"
#include "karta-i18n.h"
#include "karta-library.h"

static const struct
{
  const char     *name;
  KartaCliCommand run;
} commands[] = {
  { "terms", karta_cli_cmd_terms },
  { "calendar", karta_cli_cmd_calendar },
  { "list", karta_cli_cmd_list },
  { "export", karta_cli_cmd_export },
  { "import", karta_cli_cmd_import },
  { "gen-demo", karta_cli_cmd_gen_demo },
  { "check", karta_cli_cmd_check },
  { "restore", karta_cli_cmd_restore },
  { "schools", karta_cli_cmd_schools },
  { "risk-import", karta_cli_cmd_risk_import },
  { "risk", karta_cli_cmd_risk },
  { "render-risk", karta_cli_cmd_render_risk },
  { "render-gantt", karta_cli_cmd_render_gantt },
  { "attach", karta_cli_cmd_attach },
};

/**
 * karta_cli_fail:
 *
 * Prints one line on stderr.
 *
 * Returns: the exit status of a failed command.
 */
int
karta_cli_fail (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "karta-cli: %s\n", message);
  return 1;
}

int
karta_cli_fail_error (const GError *error)
{
  return karta_cli_fail ("%s", error->message);
}

/**
 * karta_cli_get_store:
 *
 * Opens the library on first use.
 *
 * Returns: (transfer none) (nullable): the store, or %NULL after printing why
 *   it could not be opened.
 */
KartaStore *
karta_cli_get_store (KartaCli *cli)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;

  if (cli->store != NULL)
    return cli->store;

  dir = karta_library_resolve_dir (cli->library_dir);
  cli->store = karta_library_open (dir, &error);
  if (cli->store == NULL)
    karta_cli_fail_error (error);
  else if (karta_library_is_remote (dir))
    fprintf (stderr, _ ("karta-cli: warning: the library “%s” is on a network file system; "
                        "if two computers change it at once, data can be lost\n"),
             dir);
  return cli->store;
}

/**
 * karta_cli_parse_id:
 * @text: a row id as `list` and `schools` print it
 */
gboolean
karta_cli_parse_id (const char *text,
                    gint64     *id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

/**
 * karta_cli_parse_options:
 *
 * Parses a command's own options, leaving its positional arguments in argv.
 */
gboolean
karta_cli_parse_options (GOptionEntry *entries,
                         const char   *parameter_string,
                         int          *argc,
                         char       ***argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      karta_cli_fail ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static int
usage (void)
{
  fprintf (stderr, "%s\n", _ ("Usage: karta-cli [--library DIR] COMMAND [ARGS…]"));
  fprintf (stderr, "%s", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stderr, " %s", commands[i].name);
  fprintf (stderr, "\n");
  return 2;
}

int
main (int    argc,
      char **argv)
{
  KartaCli cli = { NULL, NULL };
  int      first = 1;
  int      status;

  karta_i18n_init ();

  cli.library_dir = g_strdup (g_getenv ("KARTA_LIBRARY"));
  while (first < argc && g_str_has_prefix (argv[first], "--library"))
    {
      const char *value = strchr (argv[first], '=');
      g_free (cli.library_dir);
      if (value != NULL)
        cli.library_dir = g_strdup (value + 1);
      else if (first + 1 < argc)
        cli.library_dir = g_strdup (argv[++first]);
      else
        return usage ();
      first++;
    }
  if (first >= argc)
    return usage ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[first], commands[i].name))
      {
        status = commands[i].run (&cli, argc - first, argv + first);
        g_clear_object (&cli.store);
        g_free (cli.library_dir);
        return status;
      }

  karta_cli_fail (_ ("unknown command “%s”"), argv[first]);
  g_free (cli.library_dir);
  return usage ();
}
