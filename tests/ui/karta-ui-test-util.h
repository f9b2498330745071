/* karta-ui-test-util.h — what the UI tests share: start-up, a temporary
 * library, waiting for frames and screenshots
 *
 * Header-only (static inline): each UI test is a single-file executable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "karta-application.h"
#include "karta-i18n.h"
#include "karta-library.h"
#include "karta-samples.h"
#include "karta-terms.h"

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds without blocking on it */
static inline void
karta_ui_test_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs what is pending on the main context: the store's "changed" signals
 * reach the views this way, after the call that changed the library */
static inline void
karta_ui_test_run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline void
karta_ui_test_wait_until_drawn (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline && (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0))
    g_main_context_iteration (NULL, TRUE);
  /* a few more frames for the layout to settle */
  karta_ui_test_wait_ms (300);
}

static inline void
karta_ui_test_on_after_paint (GdkFrameClock *clock,
                              gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits (at most a second) for @widget's window to draw a frame: laid
 * out, its allocation is current until something changes again */
static inline void
karta_ui_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64         deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  gboolean       painted = FALSE;
  gulong         handler;

  if (clock == NULL)
    return;
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (karta_ui_test_on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (clock, handler);
}

/* What @widget draws in @area of its next frame; NULL if it draws nothing
 * within three seconds (a widget not mapped yet draws nothing) */
static inline GdkTexture *
karta_ui_test_render (GtkWidget             *widget,
                      const graphene_rect_t *area)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  do
    {
      g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr (GskRenderNode) node = NULL;

      karta_ui_test_wait_for_frame (widget);
      gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL && gtk_widget_get_native (widget) != NULL)
        return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, area);
      karta_ui_test_wait_ms (50);
    }
  while (g_get_monotonic_time () < deadline);
  return NULL;
}

/* Saves @widget as screenshot-@name.png in the build directory, for people
 * to look at; FALSE when it drew nothing. KARTA_TEST_ROOT_SHOTS=1 saves the
 * whole (Xvfb) screen too, as people see it. */
static inline gboolean
karta_ui_test_save_screenshot (GtkWidget  *widget,
                               const char *name)
{
  g_autoptr (GdkTexture) texture = NULL;
  const char      *root = g_getenv ("MESON_BUILD_ROOT");
  g_autofree char *file = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *path = g_build_filename (root ? root : ".", file, NULL);

  karta_ui_test_wait_until_drawn (widget);
  texture = karta_ui_test_render (widget, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)));
  if (texture == NULL)
    return FALSE;
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
  if (g_getenv ("KARTA_TEST_ROOT_SHOTS") != NULL)
    {
      g_autofree char *command = g_strdup_printf ("import -window root screen-%s.png", name);
      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
    }
  return TRUE;
}

/* Sets up translations, GLib tests, GTK and libadwaita; FALSE without a
 * display, when the caller should exit with 77 (skipped). */
static inline gboolean
karta_ui_test_init (int    *argc,
                    char ***argv)
{
  karta_i18n_init ();
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the UI tests\n");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

/* Opens a new library in a new temporary directory, whose path goes to
 * @dir; @name_template as for g_dir_make_tmp() */
static inline KartaStore *
karta_ui_test_library_new (const char *name_template,
                           char      **dir)
{
  g_autoptr (GError) error = NULL;
  KartaStore *store;

  *dir = g_dir_make_tmp (name_template, &error);
  g_assert_no_error (error);
  store = karta_library_open (*dir, &error);
  g_assert_no_error (error);
  return store;
}

/* Like karta_ui_test_library_new(), filled with the sample roadmaps */
static inline KartaStore *
karta_ui_test_samples_library_new (const char *name_template,
                                   char      **dir)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *samples = karta_samples_dir ();
  KartaStore      *store = karta_ui_test_library_new (name_template, dir);

  g_assert_true (karta_samples_load (store, samples, NULL, &error));
  g_assert_no_error (error);
  return store;
}

/* A new activity @number, @title whose schedule is @term read within @period */
static inline KartaActivity *
karta_ui_test_activity_new (const char        *number,
                            const char        *title,
                            const char        *term,
                            const KartaPeriod *period)
{
  KartaActivity *activity = karta_activity_new ();

  activity->number = g_strdup (number);
  activity->title = g_strdup (title);
  activity->term = g_strdup (term);
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_terms_parse (term, period);
  return activity;
}

/* The id of the sample roadmap with the most activities */
static inline gint64
karta_ui_test_largest_roadmap (KartaStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) roadmaps = karta_store_list_roadmaps (store, &error);
  const KartaRoadmapSummary *largest = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (roadmaps->len, >=, 3);
  for (guint i = 0; i < roadmaps->len; i++)
    {
      const KartaRoadmapSummary *summary = g_ptr_array_index (roadmaps, i);

      if (largest == NULL || summary->activity_count > largest->activity_count)
        largest = summary;
    }
  return largest->id;
}

/* How many documents the activity has in @store */
static inline guint
karta_ui_test_count_documents (KartaStore *store,
                               gint64      activity_id)
{
  KartaDocumentFilter filter = { .activity_id = activity_id };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = karta_store_find_documents (store, &filter, &error);

  g_assert_no_error (error);
  return found->len;
}

/* Runs the main loop until the activity has @n documents (20 s at most) */
static inline void
karta_ui_test_wait_for_documents (KartaStore *store,
                                  gint64      activity_id,
                                  guint       n)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (karta_ui_test_count_documents (store, activity_id) != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (karta_ui_test_count_documents (store, activity_id), ==, n);
}

static inline void
karta_ui_test_remove_tree (GFile *file)
{
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                    G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;
  GFile     *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    karta_ui_test_remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

/* Closes the library and deletes its directory, freeing @dir */
static inline void
karta_ui_test_library_remove (KartaStore **store,
                              char       **dir)
{
  g_autoptr (GFile) file = g_file_new_for_path (*dir);

  g_clear_object (store);
  karta_ui_test_remove_tree (file);
  g_clear_pointer (dir, g_free);
}

/* The template child @name of @widget, a @type; asserts it is there */
static inline GtkWidget *
karta_ui_test_template_child (gpointer    widget,
                              GType       type,
                              const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* Real events, through the X server */

static inline gboolean
karta_ui_test_can_drive_x (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

  return path != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

/* For the tests that only make sense with real events */
static inline gboolean
karta_ui_test_have_xdotool (void)
{
  if (!karta_ui_test_can_drive_x ())
    {
      g_test_skip ("needs xdotool on X11");
      return FALSE;
    }
  return TRUE;
}

/* Runs xdotool with @args, where "@W" stands for @widget's X window and
 * "@X @Y" for @widget's point (x, y) in the window's coordinates */
static inline void
karta_ui_test_xdotool (GtkWidget  *widget,
                       double      x,
                       double      y,
                       const char *args)
{
  GtkNative       *native = gtk_widget_get_native (widget);
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  g_autoptr (GString) command = g_string_new ("xdotool ");
  g_autofree char *window_x = NULL;
  g_autofree char *window_y = NULL;
  graphene_point_t point;
  double           dx, dy;
  int              status;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  window_x = g_strdup_printf ("%d", (int) (point.x + dx));
  window_y = g_strdup_printf ("%d", (int) (point.y + dy));
  g_string_append (command, args);
  g_string_replace (command, "@W", xid, 0);
  g_string_replace (command, "@X", window_x, 0);
  g_string_replace (command, "@Y", window_y, 0);
  g_assert_true (g_spawn_command_line_sync (command->str, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* A round trip: the server has sent every event xdotool made */
  gdk_display_sync (gdk_display_get_default ());
  karta_ui_test_wait_ms (150);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The first widget of @type under @widget (itself included), or NULL;
 * with @id, the one the template or builder file calls so */
static inline GtkWidget *
karta_ui_test_find_widget (GtkWidget  *widget,
                           GType       type,
                           const char *id)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (id == NULL || g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = karta_ui_test_find_widget (child, type, id);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline GtkCheckButton *
karta_ui_test_find_check_button (GtkWidget *widget)
{
  return GTK_CHECK_BUTTON (karta_ui_test_find_widget (widget, GTK_TYPE_CHECK_BUTTON, NULL));
}

/* Answers @dialog with @response and closes it, as a click would: a
 * response given from code does not close the dialog */
static inline void
karta_ui_test_respond (AdwMessageDialog *dialog,
                       const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

/* Answers a password dialog (karta-password-dialog.c) as a user would:
 * types @password and ticks "Remember" when asked to, or cancels with
 * @password %NULL, and closes the dialog. */
static inline void
karta_ui_test_answer_password (AdwMessageDialog *dialog,
                               const char       *password,
                               gboolean          remember)
{
  GtkWidget      *extra = adw_message_dialog_get_extra_child (dialog);
  GtkCheckButton *keep = karta_ui_test_find_check_button (extra);

  g_assert_nonnull (keep);
  if (password != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (karta_ui_test_find_widget (extra, GTK_TYPE_ENTRY, NULL)), password);
      if (remember)
        {
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (keep)));
          gtk_check_button_set_active (keep, TRUE);
        }
    }
  karta_ui_test_respond (dialog, password != NULL ? "accept" : "cancel");
}

/* The first drop target of @widget, or NULL */
static inline GtkDropTarget *
karta_ui_test_find_drop_target (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* What a file manager's drop of @files at (@x, @y) gives @widget's drop
 * target; returns whether it took them */
static inline gboolean
karta_ui_test_drop_files (GtkWidget *widget,
                          GSList    *files,
                          double     x,
                          double     y)
{
  GtkDropTarget *drop_target = karta_ui_test_find_drop_target (widget);
  GValue         value = G_VALUE_INIT;
  gboolean       handled = FALSE;

  g_assert_nonnull (drop_target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (drop_target, "drop", &value, x, y, &handled);
  g_value_unset (&value);
  return handled;
}

/* Runs the tests, then closes the library @store and deletes its @dir;
 * returns what main() should */
static inline int
karta_ui_test_run (KartaStore **store,
                   char       **dir)
{
  int result = g_test_run ();

  karta_ui_test_library_remove (store, dir);
  return result;
}

G_END_DECLS
