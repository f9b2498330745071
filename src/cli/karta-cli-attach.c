/* karta-cli-attach.c — karta-cli attach: evidence documents for an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "karta-attach.h"
#include "karta-cli.h"

static KartaActivity *
find_in_sections (GPtrArray  *sections,
                  const char *number)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KartaSection  *section = g_ptr_array_index (sections, i);
      KartaActivity *found;

      for (guint j = 0; j < section->activities->len; j++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, j);
          if (g_strcmp0 (activity->number, number) == 0)
            return activity;
        }
      if ((found = find_in_sections (section->sections, number)) != NULL)
        return found;
    }
  return NULL;
}

static int
attach_files (KartaStore                *store,
              const KartaDocumentTarget *target,
              char                     **files,
              const char                *password,
              const char                *kind)
{
  g_autoptr (KartaAttachBatch) batch = NULL;
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *refused;

  if ((batch = karta_attach_batch_new (store, target, &error)) == NULL)
    return karta_cli_fail_error (error);
  if (kind != NULL)
    karta_attach_batch_set_kind (batch, kind);
  karta_attach_batch_set_password (batch, password);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (files[i]);
      karta_attach_batch_add_file (batch, file);
    }
  karta_attach_batch_store_files (batch, NULL, NULL, NULL);
  refused = karta_attach_batch_get_refused (batch);
  for (guint i = 0; i < refused->len; i++)
    {
      const KartaAttachRefusal *refusal = g_ptr_array_index (refused, i);
      karta_cli_fail ("%s: %s", refusal->file_name, refusal->reason);
    }
  if ((ids = karta_attach_batch_link (batch, &error)) == NULL)
    return karta_cli_fail_error (error);
  for (guint i = 0; i < ids->len; i++)
    printf ("%" G_GINT64_FORMAT "\n", g_array_index (ids, gint64, i));
  return refused->len > 0 ? 1 : 0;
}

int
karta_cli_cmd_attach (KartaCli *cli,
                      int       argc,
                      char    **argv)
{
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char    *school = NULL;
  g_autofree char    *kind = NULL;
  g_autofree char    *password = NULL;
  KartaDocumentTarget target = { 0 };
  KartaActivity      *activity;
  KartaStore         *store;
  gint64              roadmap_id, school_id = 0;
  GOptionEntry        entries[] = {
           { "school", 0, 0, G_OPTION_ARG_STRING, &school, N_ ("The school the documents are of"), N_ ("SCHOOL-ID") },
           { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
             N_ ("The kind of document (default: the evidence the activity asks for)"), N_ ("KIND") },
           { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_ ("The password of encrypted PDFs"), N_ ("PASSWORD") },
           { NULL }
  };

  if (!karta_cli_parse_options (entries, _ ("ROADMAP-ID ACTIVITY-NUMBER FILE…"), &argc, &argv))
    return 2;
  if (argc < 4 || !karta_cli_parse_id (argv[1], &roadmap_id))
    return karta_cli_fail (_ ("attach needs a roadmap id, an activity number and at least one file"));
  if (school != NULL && !karta_cli_parse_id (school, &school_id))
    return karta_cli_fail (_ ("attach: “%s” is not a school id (see “karta-cli schools”)"), school);
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  if ((roadmap = karta_store_load_roadmap (store, roadmap_id, &error)) == NULL)
    return karta_cli_fail_error (error);
  if ((activity = find_in_sections (roadmap->sections, argv[2])) == NULL)
    return karta_cli_fail (_ ("the roadmap %s has no activity “%s”"), argv[1], argv[2]);
  target.activity_id = activity->id;
  target.organisation_id = school_id;
  return attach_files (store, &target, argv + 3, password, kind);
}
