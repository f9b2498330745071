/* test-window.c — the main window on the sample roadmaps, driven for real
 *
 * Needs a display (Xvfb will do); skipped without one. Opens a temporary
 * library filled with the samples, shows the largest roadmap, edits an
 * activity the way the editor does, undoes it through the window, filters
 * and collapses the table, and saves screenshots into the build directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>

#include "karta-activity-row.h"
#include "karta-activity-status.h"
#include "karta-lazy-tooltip.h"
#include "karta-roadmap-page-private.h"
#include "karta-settings.h"
#include "karta-sidebar-row.h"
#include "karta-window-private.h"
#include "karta-window.h"
#include "karta-slice-growth.h"
#include "karta-ui-test-util.h"

static KartaStore *store;
static char       *library_dir;

/* The main window always draws something */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_assert_true (karta_ui_test_save_screenshot (widget, name));
}

/* The table shows its first rows at once and the rest after a few frames */
static void
wait_all_rows (KartaRoadmapPage *page)
{
  while (!karta_slice_growth_is_done (page->slice))
    g_main_context_iteration (NULL, TRUE);
  karta_ui_test_wait_ms (100);
}

/* Whether a label under @widget shows @text: what people see, not the model */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static void
count_rows (GListModel *model,
            guint      *n_sections,
            guint      *n_activities)
{
  *n_sections = *n_activities = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KartaActivityRow) row = g_list_model_get_item (model, i);

      if (karta_activity_row_is_section (row))
        (*n_sections)++;
      else
        (*n_activities)++;
    }
}

static KartaWindow *
open_window (int width,
             int height)
{
  KartaWindow *window = karta_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  karta_ui_test_wait_ms (300);
  return window;
}

/* Selecting a roadmap shows all its activities, in one table build */
static void
test_window_open (void)
{
  KartaWindow        *window = open_window (1280, 800);
  KartaRoadmapPage   *page = karta_window_get_roadmap_page (window);
  gint64              id = karta_ui_test_largest_roadmap (store);
  gint64              start = g_get_monotonic_time ();
  guint               n_sections, n_activities;
  const KartaRoadmap *roadmap;

  g_assert_true (karta_window_select_roadmap (window, id));
  /* The aim is 100 ms; a loaded test machine (and AT-SPI over D-Bus, which
   * GTK 4.8 talks to for every widget made) can take longer: this bound
   * only catches a table that makes all its rows at once */
  g_test_message ("largest sample roadmap: table shown in %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 1000);
  wait_all_rows (page);
  roadmap = karta_roadmap_page_get_roadmap (page);
  g_assert_cmpint (roadmap->id, ==, id);
  count_rows (karta_roadmap_page_get_model (page), &n_sections, &n_activities);
  g_assert_cmpuint (n_activities, ==, karta_roadmap_count_activities (roadmap));
  g_assert_cmpuint (n_sections, >=, roadmap->sections->len);
  save_screenshot (GTK_WIDGET (window), "window");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_by_id (GtkWidget  *widget,
            const char *id)
{
  GtkWidget *found = NULL;

  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child && !found; child = gtk_widget_get_next_sibling (child))
    found = find_by_id (child, id);
  return found;
}

/* The buttons of the window and of the roadmap page have their tooltips,
 * translated, though set without the tooltip-text property */
static void
test_window_tooltips (void)
{
  KartaWindow *window = open_window (1280, 800);
  GtkWidget   *undo = find_by_id (GTK_WIDGET (window), "undo_button");
  GtkWidget   *zoom_in = find_by_id (GTK_WIDGET (window), "gantt_zoom_in_button");

  g_assert_nonnull (undo);
  g_assert_nonnull (zoom_in);
  g_assert_true (gtk_widget_get_has_tooltip (undo));
  g_assert_cmpstr (karta_lazy_tooltip_get (undo), ==, "Отменить (Ctrl+Z)");
  g_assert_cmpstr (karta_lazy_tooltip_get (zoom_in), ==, "Увеличить (Ctrl++)");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
set_first_title (const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, karta_ui_test_largest_roadmap (store), &error);
  const KartaSection *section = g_ptr_array_index (roadmap->sections, 0);
  g_autoptr (KartaActivity) copy = karta_activity_copy (g_ptr_array_index (section->activities, 0));

  g_free (copy->title);
  copy->title = g_strdup (title);
  g_assert_true (karta_store_update_activity (store, copy, &error));
  g_assert_no_error (error);
}

/* An edit shows in the table at once, and the window's undo takes it back */
static void
test_window_edit_undo (void)
{
  KartaWindow        *window = open_window (1280, 800);
  KartaRoadmapPage   *page = karta_window_get_roadmap_page (window);
  g_autofree char    *old_title = NULL;
  const KartaSection *section;

  karta_window_select_roadmap (window, karta_ui_test_largest_roadmap (store));
  wait_all_rows (page);
  section = g_ptr_array_index (karta_roadmap_page_get_roadmap (page)->sections, 0);
  old_title = g_strdup (((KartaActivity *) g_ptr_array_index (section->activities, 0))->title);
  karta_ui_test_wait_ms (200);
  g_assert_true (shows_text (GTK_WIDGET (page), old_title));

  set_first_title ("Проверка: новое название мероприятия");
  karta_ui_test_wait_ms (200);
  g_assert_true (shows_text (GTK_WIDGET (page), "Проверка: новое название мероприятия"));
  g_assert_false (shows_text (GTK_WIDGET (page), old_title));
  save_screenshot (GTK_WIDGET (window), "window-edited");

  g_assert_true (karta_store_can_undo (store));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  karta_ui_test_wait_ms (200);
  g_assert_true (shows_text (GTK_WIDGET (page), old_title));
  g_assert_false (shows_text (GTK_WIDGET (page), "Проверка: новое название мероприятия"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
mark_first_done_without_proof (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, karta_ui_test_largest_roadmap (store), &error);
  const KartaSection *section = g_ptr_array_index (roadmap->sections, 0);
  g_autoptr (KartaActivity) copy = karta_activity_copy (g_ptr_array_index (section->activities, 0));

  copy->status = KARTA_STATUS_DONE;
  g_free (copy->evidence);
  copy->evidence = g_strdup ("Протокол совещания");
  g_assert_true (karta_store_update_activity (store, copy, &error));
  g_assert_no_error (error);
}

/* Search and collapsed sections hide rows; sections without a match go */
static void
test_window_filter (void)
{
  KartaWindow      *window = open_window (1280, 800);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  GListModel       *model = karta_roadmap_page_get_model (page);
  guint             all = 0, n_sections, n_activities;
  g_autoptr (KartaActivityRow) first = NULL;

  karta_window_select_roadmap (window, karta_ui_test_largest_roadmap (store));
  wait_all_rows (page);
  all = g_list_model_get_n_items (model);

  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "мониторинг");
  karta_ui_test_wait_ms (400); /* the search entry waits a little before searching */
  wait_all_rows (page);
  count_rows (model, &n_sections, &n_activities);
  g_assert_cmpuint (n_activities, >, 0);
  g_assert_cmpuint (n_sections + n_activities, <, all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KartaActivityRow) row = g_list_model_get_item (model, i);

      if (!karta_activity_row_is_section (row))
        g_assert_nonnull (strstr (karta_activity_row_get_haystack (row), "мониторинг"));
      else
        g_assert_cmpuint (karta_activity_row_get_n_matching (row), >, 0);
    }
  save_screenshot (GTK_WIDGET (window), "window-search");

  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "такого-слова-нет-нигде");
  karta_ui_test_wait_ms (400);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->stack), ==, "no-results");
  karta_roadmap_page_clear_filters (page);
  wait_all_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  /* the status shown and filtered is the one the chart draws: the 2022
   * samples' dated work, not done, is overdue by now */
  gtk_drop_down_set_selected (page->status_filter, KARTA_STATUS_OVERDUE + 1);
  wait_all_rows (page);
  count_rows (model, &n_sections, &n_activities);
  g_assert_cmpuint (n_activities, >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KartaActivityRow) row = g_list_model_get_item (model, i);

      if (!karta_activity_row_is_section (row))
        g_assert_cmpint (karta_activity_effective_status (karta_activity_row_get_activity (row), karta_day_today ()),
                         ==, KARTA_STATUS_OVERDUE);
    }
  karta_roadmap_page_clear_filters (page);
  wait_all_rows (page);

  /* done without the document it asks for: one such activity */
  mark_first_done_without_proof ();
  wait_all_rows (page);
  gtk_check_button_set_active (page->missing_evidence_filter, TRUE);
  wait_all_rows (page);
  count_rows (model, &n_sections, &n_activities);
  g_assert_cmpuint (n_activities, ==, 1);
  karta_roadmap_page_clear_filters (page);
  g_assert_false (gtk_check_button_get_active (page->missing_evidence_filter));
  g_assert_true (karta_store_undo (store, NULL));
  wait_all_rows (page);

  first = g_list_model_get_item (model, 0);
  g_assert_true (karta_activity_row_is_section (first));
  karta_activity_row_set_collapsed (first, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  karta_activity_row_set_collapsed (first, FALSE);
  wait_all_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  gtk_window_destroy (GTK_WINDOW (window));
}

#define LONG_SCHOOL "ГБОУ СОШ № 123 с углублённым изучением английского языка Приморского района"

/* A roadmap whose one activity names a school with a long name */
static gint64
add_roadmap_with_school (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  KartaSection  *section = karta_section_new ("1", "Раздел");
  KartaActivity *activity = karta_activity_new ();
  g_autoptr (GError) error = NULL;
  gint64 id;

  roadmap->title = g_strdup ("Дорожная карта одной школы");
  karta_period_parse ("2022", &roadmap->period, NULL);
  activity->number = g_strdup ("1.1");
  activity->title = g_strdup ("Мероприятие школы");
  g_ptr_array_add (activity->schools, karta_ref_new (0, LONG_SCHOOL));
  g_ptr_array_add (section->activities, activity);
  g_ptr_array_add (roadmap->sections, section);
  id = karta_store_add_roadmap (store, roadmap, &error);
  g_assert_no_error (error);
  return id;
}

/* The text of the first label showing under @widget, or NULL */
static const char *
shown_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = shown_text (child);
      if (text != NULL)
        return text;
    }
  return NULL;
}

/* A long school name chosen does not widen the filter: its button shows
 * the name short, from what tells the school apart (not «ГБОУ СОШ № 1…») */
static void
test_window_school_filter (void)
{
  KartaWindow      *window = open_window (1280, 800);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  GtkWidget        *name = g_object_ref_sink (gtk_label_new (LONG_SCHOOL));
  int               filter_width, name_width;

  g_assert_true (karta_window_select_roadmap (window, add_roadmap_with_school ()));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->school_filter)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (page->school_filter)), ==, 2);
  gtk_drop_down_set_selected (page->school_filter, 1);
  gtk_widget_measure (name, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &name_width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (page->school_filter), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &filter_width,
                      NULL, NULL);
  g_test_message ("school filter %d px wide, the name %d px", filter_width, name_width);
  g_assert_cmpint (filter_width, <, name_width / 2);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (page->school_filter));
  g_assert_true (g_str_has_prefix (shown_text (GTK_WIDGET (page->school_filter)), "СОШ № 123 с углублённым"));
  save_screenshot (GTK_WIDGET (window), "window-school-filter");
  karta_roadmap_page_clear_filters (page);
  g_object_unref (name);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Add activity": the new one is selected in the table and opened in the
 * editor at once, though the page reloads only on the store's "changed" */
static void
test_window_add_activity (void)
{
  KartaWindow      *window = open_window (1280, 800);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  g_autoptr (KartaActivityRow) selected = NULL;
  GListModel          *toplevels = gtk_window_get_toplevels ();
  guint                windows_before;
  const KartaActivity *activity;

  g_assert_true (karta_window_select_roadmap (window, karta_ui_test_largest_roadmap (store)));
  windows_before = g_list_model_get_n_items (toplevels);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-activity", NULL);
  selected = gtk_single_selection_get_selected_item (page->selection);
  g_assert_nonnull (selected);
  g_object_ref (selected);
  activity = karta_activity_row_get_activity (selected);
  g_assert_nonnull (activity);
  g_assert_cmpstr (activity->title, ==, "Новое мероприятие");
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, windows_before + 1);
  for (guint i = g_list_model_get_n_items (toplevels); i-- > 0;)
    {
      g_autoptr (GtkWindow) editor = g_list_model_get_item (toplevels, i);
      if (editor != GTK_WINDOW (window))
        gtk_window_destroy (editor);
    }
  g_assert_true (karta_store_undo (store, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_roadmaps (void)
{
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (store, NULL);

  return roadmaps->len;
}

/* Deleting a roadmap shows another; undo brings it back. Delete in the
 * sidebar deletes the roadmap, not an activity of it. The samples load once. */
static void
test_window_delete_roadmap (void)
{
  KartaWindow      *window = open_window (1280, 800);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  gint64            id = karta_ui_test_largest_roadmap (store);
  guint             before = count_roadmaps ();
  guint             activities;

  g_assert_true (karta_window_select_roadmap (window, id));
  activities = karta_roadmap_count_activities (karta_roadmap_page_get_roadmap (page));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-roadmap", NULL);
  karta_ui_test_wait_ms (200);
  g_assert_cmpuint (count_roadmaps (), ==, before - 1);
  g_assert_nonnull (karta_roadmap_page_get_roadmap (page));
  g_assert_cmpint (karta_roadmap_page_get_roadmap_id (page), !=, id);
  save_screenshot (GTK_WIDGET (window), "window-deleted");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  karta_ui_test_wait_ms (200);
  g_assert_cmpuint (count_roadmaps (), ==, before);

  g_assert_true (karta_window_select_roadmap (window, id));
  karta_ui_test_wait_ms (100);
  gtk_widget_grab_focus (find_by_id (GTK_WIDGET (window), "roadmap_list"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  karta_ui_test_wait_ms (200);
  g_assert_cmpuint (count_roadmaps (), ==, before - 1);
  g_assert_true (karta_store_undo (store, NULL));
  karta_ui_test_wait_ms (100);
  {
    g_autoptr (KartaRoadmap) back = karta_store_load_roadmap (store, id, NULL);
    g_assert_cmpuint (karta_roadmap_count_activities (back), ==, activities);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-samples", NULL);
  karta_ui_test_wait_ms (100);
  g_assert_cmpuint (count_roadmaps (), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* File dialogs open where a file was last chosen, else in Documents or
 * home — a folder that is gone is not kept */
static void
test_window_last_folder (void)
{
  g_autoptr (GSettings) settings = karta_settings_new_if_installed ();
  GtkWidget *chooser = NULL;
  g_autoptr (GFile) folder = NULL;
  g_autofree char *path = NULL;
  const char      *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_assert_nonnull (settings);
  g_settings_set_string (settings, "last-folder", library_dir);
  /* the dialogs' own widget: a native dialog tells its folder only when shown */
  chooser = g_object_ref_sink (gtk_file_chooser_widget_new (GTK_FILE_CHOOSER_ACTION_OPEN));
  karta_file_chooser_start_in_last_folder (GTK_FILE_CHOOSER (chooser));
  karta_ui_test_wait_ms (200);
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (folder);
  path = g_file_get_path (folder);
  g_assert_cmpstr (path, ==, library_dir);

  g_settings_set_string (settings, "last-folder", "/nonexistent/folder");
  karta_file_chooser_start_in_last_folder (GTK_FILE_CHOOSER (chooser));
  karta_ui_test_wait_ms (200);
  g_clear_object (&folder);
  g_clear_pointer (&path, g_free);
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (folder);
  g_assert_true (g_strcmp0 (path, documents) == 0 || g_strcmp0 (path, g_get_home_dir ()) == 0);
  g_settings_reset (settings, "last-folder");
  g_object_unref (chooser);
}

/* Whether the folded window shows the list of roadmaps, once the leaflet
 * is done moving (at most five seconds: slow under the sanitizers) */
static gboolean
shows_roadmap_list (KartaWindow *window,
                    gboolean     expected)
{
  gint64   deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gboolean shown;

  do
    {
      g_main_context_iteration (NULL, FALSE);
      shown = gtk_widget_is_ancestor (GTK_WIDGET (window->roadmap_list), adw_leaflet_get_visible_child (window->leaflet));
    }
  while ((shown != expected || adw_leaflet_get_child_transition_running (window->leaflet)) &&
         g_get_monotonic_time () < deadline);
  karta_ui_test_wait_for_frame (GTK_WIDGET (window));
  return shown;
}

/* A narrow window folds: the table alone, with a back button */
static void
test_window_narrow (void)
{
  KartaWindow *window = open_window (700, 560);

  GtkWidget *row = NULL;

  karta_window_select_roadmap (window, karta_ui_test_largest_roadmap (store));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  save_screenshot (GTK_WIDGET (window), "window-narrow");

  /* back to the list, and one click on the roadmap still selected opens it again */
  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  g_assert_true (shows_roadmap_list (window, TRUE));
  if (karta_ui_test_have_xdotool ())
    {
      for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (window->roadmap_list)); item && !row;
           item = gtk_widget_get_next_sibling (item))
        {
          row = karta_ui_test_find_widget (item, KARTA_TYPE_SIDEBAR_ROW, NULL);
          if (row != NULL && karta_sidebar_row_get_roadmap_id (KARTA_SIDEBAR_ROW (row)) != karta_ui_test_largest_roadmap (store))
            row = NULL;
        }
      g_assert_nonnull (row);
      karta_ui_test_xdotool (row, 20, 10, "mousemove --window @W @X @Y click 1");
      g_assert_false (shows_roadmap_list (window, FALSE));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Another roadmap chosen with the table scrolled down opens at its top,
 * and GTK has no scroll position to complain about (a warning is fatal) */
static void
test_window_switch_scrolled (void)
{
  KartaWindow      *window = open_window (1280, 800);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  GtkAdjustment    *vadj = gtk_scrolled_window_get_vadjustment (page->scrolled_window);
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (store, NULL);
  guint switches = 0;

  for (guint i = 0; i < 2 * roadmaps->len; i++)
    {
      const KartaRoadmapSummary *roadmap = g_ptr_array_index (roadmaps, i % roadmaps->len);

      /* a table to scroll: not a roadmap another test made */
      if (roadmap->activity_count < 20)
        continue;
      g_assert_true (karta_window_select_roadmap (window, roadmap->id));
      karta_ui_test_wait_until_drawn (GTK_WIDGET (page->column_view));
      g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0.0);
      wait_all_rows (page);
      gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj));
      karta_ui_test_wait_for_frame (GTK_WIDGET (page->column_view));
      g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0.0);
      switches++;
    }
  g_assert_cmpuint (switches, >=, 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A roadmap karta-cli (here another connection) adds while the window is
 * open shows in its sidebar within a second, and the roadmap shown keeps
 * its selection; the toast offers no undo of another program's change */
static void
test_window_external_change (void)
{
  KartaWindow      *window = open_window (1280, 800);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaStore) other = karta_library_open (library_dir, &error);
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  guint  before = g_list_model_get_n_items (G_LIST_MODEL (window->roadmaps));
  gint64 shown = karta_ui_test_largest_roadmap (store);
  gint64 deadline, added;

  g_assert_no_error (error);
  karta_store_watch_external_changes (store, 100);
  g_assert_true (karta_window_select_roadmap (window, shown));
  roadmap->title = g_strdup ("Дорожная карта, добавленная karta-cli");
  karta_period_parse ("2025", &roadmap->period, NULL);
  g_ptr_array_add (roadmap->sections, karta_section_new ("1", "Мероприятия"));
  added = karta_store_add_roadmap (other, roadmap, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_list_model_get_n_items (G_LIST_MODEL (window->roadmaps)) == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->roadmaps)), ==, before + 1);
  g_assert_cmpint (karta_roadmap_page_get_roadmap_id (page), ==, shown);
  g_assert_nonnull (window->change_toast);
  g_assert_null (adw_toast_get_action_name (window->change_toast));
  save_screenshot (GTK_WIDGET (window), "window-external-change");

  g_assert_true (karta_store_delete_roadmap (other, added, &error));
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_list_model_get_n_items (G_LIST_MODEL (window->roadmaps)) != before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->roadmaps)), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
column_shown (KartaRoadmapPage *page,
              guint             index)
{
  g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (page->column_view), index);

  return gtk_column_view_column_get_visible (column);
}

/* At 1024×768 the status and documents columns show without scrolling
 * sideways: the executors' column gives way; at 1600 all columns show */
static void
test_window_columns_fit (void)
{
  KartaWindow      *window = open_window (1024, 768);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  GtkAdjustment    *adjustment = gtk_scrolled_window_get_hadjustment (page->scrolled_window);

  g_assert_true (karta_window_select_roadmap (window, karta_ui_test_largest_roadmap (store)));
  karta_ui_test_wait_until_drawn (GTK_WIDGET (page->column_view));
  karta_ui_test_wait_ms (200);
  g_assert_false (column_shown (page, 4)); /* executors */
  g_assert_true (column_shown (page, 1));
  g_assert_true (column_shown (page, 5)); /* status */
  g_assert_true (column_shown (page, 6)); /* documents */
  /* no sideways scrolling, and the title takes the room the others left */
  g_assert_cmpfloat (fabs (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)), <=, 1);
  save_screenshot (GTK_WIDGET (window), "window-1024");

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  karta_ui_test_wait_ms (400);
  for (guint i = 0; i < 7; i++)
    g_assert_true (column_shown (page, i));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!karta_ui_test_init (&argc, &argv))
    return 77;

  store = karta_ui_test_samples_library_new ("karta-test-window-XXXXXX", &library_dir);

  g_test_add_func ("/ui/window/open", test_window_open);
  g_test_add_func ("/ui/window/tooltips", test_window_tooltips);
  g_test_add_func ("/ui/window/edit-undo", test_window_edit_undo);
  g_test_add_func ("/ui/window/filter", test_window_filter);
  g_test_add_func ("/ui/window/school-filter", test_window_school_filter);
  g_test_add_func ("/ui/window/add-activity", test_window_add_activity);
  g_test_add_func ("/ui/window/delete-roadmap", test_window_delete_roadmap);
  g_test_add_func ("/ui/window/last-folder", test_window_last_folder);
  g_test_add_func ("/ui/window/narrow", test_window_narrow);
  g_test_add_func ("/ui/window/columns-fit", test_window_columns_fit);
  g_test_add_func ("/ui/window/switch-scrolled", test_window_switch_scrolled);
  g_test_add_func ("/ui/window/external-change", test_window_external_change);
  return karta_ui_test_run (&store, &library_dir);
}
