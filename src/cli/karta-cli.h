/* karta-cli.h — karta-cli: the core without a display (docs/cli.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *library_dir; /* from --library or KARTA_LIBRARY, nullable */
  KartaStore *store;       /* opened on first use */
} KartaCli;

/* Each command gets its own argv (argv[0] is the command name) and returns
 * the process exit status; errors are printed by karta_cli_fail(). */
typedef int (*KartaCliCommand) (KartaCli *cli,
                                int       argc,
                                char    **argv);

KartaStore *karta_cli_get_store (KartaCli *cli);
int         karta_cli_fail (const char *format,
                            ...) G_GNUC_PRINTF (1, 2);
int         karta_cli_fail_error (const GError *error);
gboolean    karta_cli_parse_id (const char *text,
                                gint64     *id);
gboolean    karta_cli_parse_options (GOptionEntry *entries,
                                     const char   *parameter_string,
                                     int          *argc,
                                     char       ***argv);

int karta_cli_cmd_terms (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_calendar (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_list (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_export (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_import (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_gen_demo (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_check (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_restore (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_schools (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_risk_import (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_risk (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_render_risk (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_render_gantt (KartaCli *cli, int argc, char **argv);
int karta_cli_cmd_attach (KartaCli *cli, int argc, char **argv);

G_END_DECLS
