/* test-gantt-drop.c — PDF files dropped on the Gantt chart: the activity
 * row under the pointer is highlighted and takes them, undone in one step;
 * section rows and meeting mode do not take them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "karta-gantt-test-util.h"
#include "karta-roadmap-page-private.h"
#include "karta-ui-test-util.h"
#include "karta-window.h"

static KartaStore *store;
static char       *library_dir;

static KartaActivity *
activity_new (const char        *number,
              const char        *term,
              const KartaPeriod *period)
{
  g_autofree char *title = g_strdup_printf ("Мероприятие %s", number);

  return karta_ui_test_activity_new (number, title, term, period);
}

/* Rows: §1, 1.1, 1.2 */
static gint64
add_roadmap (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (GError) error = NULL;
  KartaSection *section = karta_section_new ("1", "Организационные мероприятия");
  gint64        id;

  roadmap->title = g_strdup ("Дорожная карта для переноса файлов");
  karta_period_parse ("2022", &roadmap->period, NULL);
  g_ptr_array_add (section->activities, activity_new ("1.1", "Февраль-март", &roadmap->period));
  g_ptr_array_add (section->activities, activity_new ("1.2", "Сентябрь", &roadmap->period));
  g_ptr_array_add (roadmap->sections, section);
  id = karta_store_add_roadmap (store, roadmap, &error);
  g_assert_no_error (error);
  return id;
}

/* The colour of @view's pixel at (@x, @y) in its next frame, as 0xAARRGGBB */
static guint32
view_pixel (KartaGanttView *view,
            double          x,
            double          y)
{
  g_autoptr (GdkTexture) texture = NULL;
  guint32 pixel;

  karta_ui_test_wait_ms (100);
  texture = karta_ui_test_render (GTK_WIDGET (view), &GRAPHENE_RECT_INIT ((int) x, (int) y, 1, 1));
  g_assert_nonnull (texture);
  gdk_texture_download (texture, (guchar *) &pixel, 4);
  return pixel;
}

static GdkDragAction
drag_over (KartaGanttView *view,
           double          x,
           double          y)
{
  GdkDragAction action = 0;

  g_signal_emit_by_name (karta_ui_test_find_drop_target (GTK_WIDGET (view)), "motion", x, y, &action);
  return action;
}

static void
test_gantt_drop (void)
{
  KartaWindow      *window = karta_window_new (NULL, store);
  KartaRoadmapPage *page = karta_window_get_roadmap_page (window);
  g_autoptr (GSList) files = g_slist_append (NULL, NULL);
  g_autofree char *pdf = g_build_filename (g_getenv ("KARTA_TEST_DATA"), "pdf", "rotated-pages.pdf", NULL);
  KartaGanttView  *view;
  double           x, y;
  gint64           id;
  guint32          before;

  files->data = g_file_new_for_path (pdf);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (karta_window_select_roadmap (window, add_roadmap ()));
  gtk_widget_activate_action (GTK_WIDGET (page), "roadmap.view", "s", "gantt");
  view = page->gantt_view;
  karta_ui_test_wait_until_drawn (GTK_WIDGET (view));
  id = karta_gantt_layout_get_row (view->layout, 2)->activity->id;
  x = karta_gantt_layout_get_label_width (view->layout) + 40;
  y = karta_gantt_test_row_middle (view, 2);

  /* the row under the pointer is highlighted; a section's takes nothing */
  before = view_pixel (view, x, y);
  g_assert_cmpint (drag_over (view, x, y), ==, GDK_ACTION_COPY);
  g_assert_cmpint (view->drop_row, ==, 2);
  g_assert_cmphex (view_pixel (view, x, y), !=, before);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "gantt-drop");
  g_assert_cmpint (drag_over (view, x, karta_gantt_test_row_middle (view, 0)), ==, 0);
  g_assert_cmpint (view->drop_row, ==, -1);
  g_assert_cmphex (view_pixel (view, x, y), ==, before);
  g_assert_false (karta_ui_test_drop_files (GTK_WIDGET (view), files, x, karta_gantt_test_row_middle (view, 0)));

  /* not in meeting mode */
  karta_gantt_view_set_meeting_mode (view, TRUE);
  g_assert_false (karta_ui_test_drop_files (GTK_WIDGET (view), files, x, karta_gantt_test_row_middle (view, 2)));
  karta_gantt_view_set_meeting_mode (view, FALSE);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (view));

  g_assert_true (karta_ui_test_drop_files (GTK_WIDGET (view), files, x, karta_gantt_test_row_middle (view, 2)));
  g_assert_cmpint (view->drop_row, ==, -1);
  karta_ui_test_wait_for_documents (store, id, 1);
  /* Ctrl+Z */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  karta_ui_test_wait_for_documents (store, id, 0);
  g_slist_free_full (g_steal_pointer (&files), g_object_unref);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!karta_ui_test_init (&argc, &argv))
    return 77;

  store = karta_ui_test_library_new ("karta-test-gantt-drop-XXXXXX", &library_dir);
  g_test_add_func ("/ui/gantt/drop", test_gantt_drop);
  return karta_ui_test_run (&store, &library_dir);
}
