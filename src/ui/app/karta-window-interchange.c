/* karta-window-interchange.c — a roadmap's interchange JSON opened in the
 * window
 *
 * The file is added to the library as it is; when the library already
 * holds the same roadmap (the same order, title and period, see
 * karta_store_find_same_roadmap()), the user chooses: replace it, its
 * documents and execution carried over, or keep both. Either is one
 * undoable step, with the window's toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-error.h"
#include "karta-interchange.h"
#include "karta-window-private.h"

/* What the question about a roadmap already in the library is about */
typedef struct
{
  KartaWindow  *window;
  KartaRoadmap *roadmap; /* read from the file */
  gint64        same_id; /* the roadmap in the library */
  char         *what;    /* «Could not open “file.json”» */
} SameRoadmap;

static void
same_roadmap_free (gpointer  data,
                   GClosure *closure)
{
  SameRoadmap *same = data;

  g_clear_weak_pointer (&same->window);
  karta_roadmap_unref (same->roadmap);
  g_free (same->what);
  g_free (same);
}

static void
add_roadmap (KartaWindow        *self,
             const KartaRoadmap *roadmap,
             gint64              replaced_id,
             const char         *what)
{
  g_autoptr (GError) error = NULL;
  gint64 id = replaced_id != 0 ? karta_store_replace_roadmap (self->store, replaced_id, roadmap, &error)
                               : karta_store_add_roadmap (self->store, roadmap, &error);

  if (id != 0)
    karta_window_select_roadmap (self, id);
  else
    karta_window_show_error (self, what, error);
}

static void
on_same_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SameRoadmap      *same)
{
  if (same->window == NULL || g_str_equal (response, "cancel"))
    return;
  add_roadmap (same->window, same->roadmap, g_str_equal (response, "replace") ? same->same_id : 0, same->what);
}

static void
ask_about_same (KartaWindow               *self,
                KartaRoadmap              *roadmap,
                const KartaRoadmapSummary *present,
                const char                *what)
{
  g_autofree char *period = karta_period_format (&present->period);
  /* Translators: «Дорожная карта …», 2023–2024, 45 activities */
  g_autofree char *description = g_strdup_printf (ngettext ("«%s», %s, %u activity", "«%s», %s, %u activities",
                                                            present->activity_count),
                                                  present->title, period, present->activity_count);
  /* Translators: the roadmap already in the library, as described above */
  g_autofree char *body = g_strdup_printf (_ ("%s is already in the library. Replace it with the file’s: the documents "
                                              "attached to it and what was done go to the activities of the same "
                                              "numbers. Undo brings the old roadmap back."),
                                           description);
  GtkWidget       *dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Already in the Library"), body);
  SameRoadmap     *same = g_new0 (SameRoadmap, 1);

  g_set_weak_pointer (&same->window, self);
  same->roadmap = karta_roadmap_ref (roadmap);
  same->same_id = present->id;
  same->what = g_strdup (what);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "keep", _ ("_Keep Both"),
                                    "replace", _ ("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "same-roadmap");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_same_response), same, same_roadmap_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * karta_window_open_interchange:
 * @file: a roadmap's interchange JSON (interchange.md)
 *
 * Adds the roadmap of @file to the library, asking first when the library
 * holds the same roadmap; or says why the file cannot be opened.
 */
void
karta_window_open_interchange (KartaWindow *self,
                               GFile       *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *what = g_strdup_printf (_ ("Could not open “%s”"), name);
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (KartaRoadmapSummary) present = NULL;
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    g_set_error_literal (&error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("only local files can be opened"));
  else if ((roadmap = karta_interchange_load_file (path, &error)) != NULL)
    present = karta_store_find_same_roadmap (self->store, roadmap, &error);
  if (error != NULL)
    karta_window_show_error (self, what, error);
  else if (present != NULL)
    ask_about_same (self, roadmap, present, what);
  else
    add_roadmap (self, roadmap, 0, what);
}
