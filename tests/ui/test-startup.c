/* test-startup.c — the window opens as it was left, a big roadmap first
 * screen first
 *
 * Needs a display (Xvfb will do); skipped without one. The window opens
 * on the view (table or Gantt chart) chosen last; a roadmap opened with a
 * window shows the activities of its first screen, then all of them once
 * that screen is drawn; the store reads those first activities in the
 * order of the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include <string.h>

#include "karta-restore-backup.h"
#include "karta-roadmap-page-private.h"
#include "karta-window.h"
#include "karta-ui-test-util.h"

#define N_ACTIVITIES 1000

static KartaStore *store;
static char       *library_dir;
static gint64      roadmap_id;

#define WAIT_FOR(condition)                                          \
  G_STMT_START                                                       \
  {                                                                  \
    gint64 deadline_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(condition) && g_get_monotonic_time () < deadline_)      \
      g_main_context_iteration (NULL, FALSE);                        \
  }                                                                  \
  G_STMT_END

static void
collect_activities (GPtrArray *sections,
                    GPtrArray *activities)
{
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      KartaSection *section = g_ptr_array_index (sections, i);

      for (guint j = 0; j < section->activities->len; j++)
        g_ptr_array_add (activities, g_ptr_array_index (section->activities, j));
      collect_activities (section->sections, activities);
    }
}

/* The activities in the order of the tree, as the table shows them */
static GPtrArray *
activities_of (const KartaRoadmap *roadmap)
{
  GPtrArray *activities = g_ptr_array_new ();

  collect_activities (roadmap->sections, activities);
  return activities;
}

static void
assert_same_activity (const KartaActivity *a,
                      const KartaActivity *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpuint (a->schedule->spans->len, ==, b->schedule->spans->len);
  for (guint i = 0; i < a->schedule->spans->len; i++)
    {
      g_assert_cmpuint (g_array_index (a->schedule->spans, KartaSpan, i).start, ==,
                        g_array_index (b->schedule->spans, KartaSpan, i).start);
      g_assert_cmpuint (g_array_index (a->schedule->spans, KartaSpan, i).end, ==,
                        g_array_index (b->schedule->spans, KartaSpan, i).end);
    }
  g_assert_cmpuint (a->schools->len, ==, b->schools->len);
  g_assert_cmpuint (a->executions->len, ==, b->executions->len);
}

/* The first activities, across a section's end, are those of the whole
 * roadmap; asked for more than there are, the roadmap is complete */
static void
test_load_start (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) whole = karta_store_load_roadmap (store, roadmap_id, &error);
  g_autoptr (GPtrArray) all = activities_of (whole);
  const guint wanted[] = { 1, 30, ((KartaSection *) g_ptr_array_index (whole->sections, 0))->activities->len + 7 };

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, N_ACTIVITIES);
  for (guint n = 0; n < G_N_ELEMENTS (wanted); n++)
    {
      gboolean complete = TRUE;
      g_autoptr (KartaRoadmap) start = karta_store_load_roadmap_start (store, roadmap_id, wanted[n], &complete, &error);
      g_autoptr (GPtrArray) first = activities_of (start);

      g_assert_no_error (error);
      g_assert_false (complete);
      g_assert_cmpstr (start->title, ==, whole->title);
      g_assert_cmpuint (start->sections->len, ==, whole->sections->len);
      g_assert_cmpuint (first->len, ==, wanted[n]);
      for (guint i = 0; i < first->len; i++)
        assert_same_activity (g_ptr_array_index (first, i), g_ptr_array_index (all, i));
    }
  {
    gboolean complete = FALSE;
    g_autoptr (KartaRoadmap) start = karta_store_load_roadmap_start (store, roadmap_id, N_ACTIVITIES + 1, &complete, &error);

    g_assert_no_error (error);
    g_assert_true (complete);
    g_assert_cmpuint (karta_roadmap_count_activities (start), ==, N_ACTIVITIES);
  }
}

static GSettings *
settings_left_on (const char *view)
{
  GSettings *settings = g_settings_new ("ru.karta.Karta");

  g_settings_set_int64 (settings, "last-roadmap", roadmap_id);
  g_settings_set_string (settings, "roadmap-view", view);
  return settings;
}

/* A new window opens on the view chosen last */
static void
test_view_remembered (void)
{
  g_autoptr (GSettings) settings = settings_left_on ("table");
  const char *views[] = { "gantt", "table" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      KartaWindow      *window = karta_window_new (NULL, store);
      KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
      g_autofree char  *saved = NULL;

      gtk_widget_activate_action (GTK_WIDGET (page), "roadmap.view", "s", views[i]);
      saved = g_settings_get_string (settings, "roadmap-view");
      g_assert_cmpstr (saved, ==, views[i]);
      gtk_window_destroy (GTK_WINDOW (window));

      window = karta_window_new (NULL, store);
      page = karta_window_get_roadmap_page (window);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, views[i]);
      g_assert_true (page->gantt == g_str_equal (views[i], "gantt"));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Opened with the window, the roadmap shows its first screen, without a
 * count of its activities it does not know yet; all of it after the
 * first frame */
static void
test_first_screen_first (void)
{
  g_autoptr (GSettings) settings = settings_left_on ("gantt");
  KartaWindow      *window = karta_window_new (NULL, store);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  KartaGanttLayout *layout = karta_gantt_view_get_layout (page->gantt_view);
  guint             first_rows = karta_gantt_layout_get_n_rows (layout);

  g_assert_cmpint (karta_roadmap_page_get_roadmap_id (page), ==, roadmap_id);
  g_assert_cmpuint (karta_roadmap_count_activities (karta_roadmap_page_get_roadmap (page)), ==,
                    FIRST_SCREEN_ACTIVITIES);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "gantt");
  g_assert_cmpuint (first_rows, >, 40);
  g_assert_cmpstr (gtk_label_get_text (page->order_label), ==, "");

  /* not shown, it stays so */
  karta_ui_test_wait_ms (200);
  g_assert_cmpuint (karta_roadmap_count_activities (karta_roadmap_page_get_roadmap (page)), ==,
                    FIRST_SCREEN_ACTIVITIES);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (karta_roadmap_count_activities (karta_roadmap_page_get_roadmap (page)) == N_ACTIVITIES);
  g_assert_cmpuint (karta_roadmap_count_activities (karta_roadmap_page_get_roadmap (page)), ==, N_ACTIVITIES);
  g_assert_cmpuint (karta_gantt_layout_get_n_rows (layout), >, first_rows);
  g_assert_nonnull (strstr (gtk_label_get_text (page->order_label), "1000"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_restored (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static GtkWindow *
find_dialog (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && g_str_equal (gtk_widget_get_name (GTK_WIDGET (window)), name))
        return window;
    }
  return NULL;
}

/* A damaged library's window offers its backup: what it holds, then the
 * backup in place and the damaged file kept */
static void
test_restore_backup (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *parent = gtk_window_new ();
  GtkWindow *dialog;
  gboolean   restored = FALSE;
  gsize      length;

  /* a library of one roadmap, backed up when it is opened again, then damaged */
  {
    g_autoptr (KartaStore) library = karta_ui_test_library_new ("karta-test-restore-XXXXXX", &dir);
    g_assert_true (karta_store_generate_demo (library, 1, 20, 3, NULL));
  }
  {
    g_autofree char *backups = g_build_filename (dir, "backups", NULL);
    g_autoptr (GFile) folder = g_file_new_for_path (backups);
    g_autoptr (KartaStore) again = NULL;

    karta_ui_test_remove_tree (folder);
    /* closed again, its WAL is in the file */
    again = karta_library_open (dir, &error);
    g_assert_no_error (error);
  }
  path = g_build_filename (dir, "karta.db", NULL);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  memset (data + 4096, 0x5a, length - 4096);
  g_assert_true (g_file_set_contents (path, data, length, NULL));

  gtk_window_present (GTK_WINDOW (parent));
  karta_restore_backup_ask (GTK_WINDOW (parent), dir, on_restored, &restored);
  dialog = find_dialog ("restore-backup");
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ": 1 дорожная карта"));
  karta_ui_test_save_screenshot (GTK_WIDGET (dialog), "restore-backup");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  WAIT_FOR (restored);
  g_assert_true (restored);
  {
    g_autoptr (KartaStore) library = karta_library_open (dir, &error);
    g_autoptr (GPtrArray) roadmaps = NULL;

    g_assert_no_error (error);
    roadmaps = karta_store_list_roadmaps (library, NULL);
    g_assert_cmpuint (roadmaps->len, ==, 1);
  }
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
  {
    g_autoptr (GFile) folder = g_file_new_for_path (dir);
    karta_ui_test_remove_tree (folder);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GPtrArray) roadmaps = NULL;

  if (!karta_ui_test_init (&argc, &argv))
    return 77;

  store = karta_ui_test_library_new ("karta-test-startup-XXXXXX", &library_dir);
  g_assert_true (karta_store_generate_demo (store, 1, N_ACTIVITIES, 10, NULL));
  roadmaps = karta_store_list_roadmaps (store, NULL);
  roadmap_id = ((KartaRoadmapSummary *) g_ptr_array_index (roadmaps, 0))->id;

  g_test_add_func ("/ui/startup/load-start", test_load_start);
  g_test_add_func ("/ui/startup/view-remembered", test_view_remembered);
  g_test_add_func ("/ui/startup/first-screen-first", test_first_screen_first);
  g_test_add_func ("/ui/startup/restore-backup", test_restore_backup);
  return karta_ui_test_run (&store, &library_dir);
}
