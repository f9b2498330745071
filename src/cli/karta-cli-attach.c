/* karta-cli-attach.c — karta-cli attach: evidence documents for an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "karta-cli.h"
#include "karta-document-store.h"
#include "karta-library.h"

static KartaActivity *
find_in_sections (GPtrArray  *sections,
                  const char *number)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KartaSection *section = g_ptr_array_index (sections, i);
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

/* Inspects and stores one file; prints why when it is refused. */
static KartaDocument *
store_file (const char *documents_dir,
            const char *path,
            const char *password,
            const char *kind)
{
  g_autoptr(KartaDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if ((document = karta_document_inspect (path, password, &error)) == NULL ||
      !karta_document_store_put (documents_dir, path, &document->sha256, &document->size, &error))
    {
      karta_cli_fail_error (error);
      return NULL;
    }
  document->kind = g_strdup (kind);
  return g_steal_pointer (&document);
}

static int
attach_files (KartaStore          *store,
              const KartaActivity *activity,
              gint64               school_id,
              char               **files,
              const char          *password,
              const char          *kind)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *documents_dir = karta_library_documents_dir (store);
  gboolean refused = FALSE;

  for (guint i = 0; files[i] != NULL; i++)
    {
      KartaDocument *document = store_file (documents_dir, files[i], password, kind);
      if (document == NULL)
        refused = TRUE;
      else
        g_ptr_array_add (documents, document);
    }
  if (documents->len == 0)
    return 1;
  if ((ids = karta_store_attach_documents (store, documents, activity->id, school_id, &error)) == NULL)
    return karta_cli_fail_error (error);
  for (guint i = 0; i < ids->len; i++)
    printf ("%" G_GINT64_FORMAT "\n", g_array_index (ids, gint64, i));
  return refused ? 1 : 0;
}

int
karta_cli_cmd_attach (KartaCli  *cli,
                      int        argc,
                      char     **argv)
{
  g_autoptr(KartaRoadmap) roadmap = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *school = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *password = NULL;
  KartaActivity *activity;
  KartaStore *store;
  gint64 roadmap_id, school_id = 0;
  GOptionEntry entries[] = {
    { "school", 0, 0, G_OPTION_ARG_STRING, &school, N_("The school the documents are of"), N_("SCHOOL-ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("The kind of document (default: the evidence the activity asks for)"), N_("KIND") },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_("The password of encrypted PDFs"), N_("PASSWORD") },
    { NULL }
  };

  if (!karta_cli_parse_options (entries, _("ROADMAP-ID ACTIVITY-NUMBER FILE…"), &argc, &argv))
    return 2;
  if (argc < 4 || !karta_cli_parse_id (argv[1], &roadmap_id))
    return karta_cli_fail (_("attach needs a roadmap id, an activity number and at least one file"));
  if (school != NULL && !karta_cli_parse_id (school, &school_id))
    return karta_cli_fail (_("attach: “%s” is not a school id (see “karta-cli schools”)"), school);
  if ((store = karta_cli_get_store (cli)) == NULL)
    return 1;
  if ((roadmap = karta_store_load_roadmap (store, roadmap_id, &error)) == NULL)
    return karta_cli_fail_error (error);
  if ((activity = find_in_sections (roadmap->sections, argv[2])) == NULL)
    return karta_cli_fail (_("the roadmap %s has no activity “%s”"), argv[1], argv[2]);
  if (school_id != 0)
    {
      g_autoptr(KartaOrganisation) organisation = karta_store_load_organisation (store, school_id, &error);
      if (organisation == NULL)
        return karta_cli_fail_error (error);
    }
  return attach_files (store, activity, school_id, argv + 3, password,
                       kind != NULL ? kind : activity->evidence);
}
