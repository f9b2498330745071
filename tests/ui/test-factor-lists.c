/* test-factor-lists.c — the lists of risk factors, edited for real
 *
 * Needs a display (Xvfb will do); skipped without one. The factor-list
 * editor renames a factor of the default list as one undoable step and
 * makes a list for a new year; the activity editor suggests the factor
 * that its section's title names, first and unchecked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "karta-activity-editor.h"
#include "karta-factor-list-editor.h"
#include "karta-factor-picker.h"
#include "karta-risk.h"
#include "karta-terms.h"
#include "karta-ui-test-util.h"

/* from the compiled resources; referencing it also keeps them linked in */
extern GResource *karta_get_resource (void);

static KartaStore *store;
static char       *library_dir;

/* Scrolls the editor's page so that @widget is at the top */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget      *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment  *adjustment;
  graphene_rect_t bounds;

  g_assert_nonnull (scrolled);
  karta_ui_test_wait_until_drawn (widget);
  g_assert_true (gtk_widget_compute_bounds (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                            &bounds));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, bounds.origin.y - 48);
}

static GtkWidget *
factor_row (GtkWindow *editor,
            int        index)
{
  GtkListBox    *list = GTK_LIST_BOX (karta_ui_test_template_child (editor, KARTA_TYPE_FACTOR_LIST_EDITOR, "factors_list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static const char *
default_factor_name (guint index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = karta_store_list_factor_lists (store, &error);
  static char *name;

  g_assert_no_error (error);
  g_assert_cmpuint (lists->len, >, 0);
  g_free (name);
  name = g_strdup (((KartaRef *) g_ptr_array_index (((KartaFactorList *) g_ptr_array_index (lists, 0))->factors,
                                                    index))
                     ->name);
  return name;
}

static void
test_rename (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *old_name = g_strdup (default_factor_name (1));
  GtkWindow       *editor = karta_factor_list_editor_new (NULL, store);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_set_default_size (editor, 720, 900);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "factor-list-editor");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (factor_row (editor, 1))), ==, old_name);
  gtk_editable_set_text (GTK_EDITABLE (factor_row (editor, 1)), "Дефицит педагогических кадров и специалистов");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (editor);

  g_assert_cmpstr (default_factor_name (1), ==, "Дефицит педагогических кадров и специалистов");
  g_assert_true (karta_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (default_factor_name (1), ==, old_name);
}

static guint
factors_for_year (int year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaFactorList) list = karta_store_load_factor_list_for_year (store, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list->factors->len;
}

static void
test_new_list (void)
{
  GtkWindow     *editor = karta_factor_list_editor_new (NULL, store);
  GtkSpinButton *year = GTK_SPIN_BUTTON (karta_ui_test_template_child (editor, KARTA_TYPE_FACTOR_LIST_EDITOR, "year_spin"));

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_set_default_size (editor, 720, 1000);
  gtk_spin_button_set_value (year, 2024);
  gtk_widget_activate_action (GTK_WIDGET (editor), "factors.new-list", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "factors.add", NULL);
  /* a factor without a name: the store refuses, the window stays */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_nonnull (editor);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "factor-list-editor-error");
  gtk_editable_set_text (GTK_EDITABLE (factor_row (editor, 10)), "Низкая эффективность управления");
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "factor-list-editor-new");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (editor);

  g_assert_cmpuint (factors_for_year (2024), ==, 11);
  g_assert_cmpuint (factors_for_year (2023), ==, 10);
}

static KartaRoadmap *
build_roadmap (void)
{
  KartaRoadmap  *roadmap = karta_roadmap_new ();
  KartaSection  *section = karta_section_new ("1.", "Материально-техническое обеспечение");
  KartaSection  *subsection = karta_section_new ("1.1.", "Преодоление дефицита базовой инфраструктуры");
  KartaActivity *activity = karta_activity_new ();

  roadmap->title = g_strdup ("Дорожная карта 2022");
  karta_period_parse ("2022", &roadmap->period, NULL);
  activity->number = g_strdup ("1.1.1");
  activity->title = g_strdup ("Закупка компьютеров для кабинета информатики");
  activity->term = g_strdup ("Март");
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_terms_parse (activity->term, &roadmap->period);
  g_ptr_array_add (subsection->activities, activity);
  g_ptr_array_add (section->sections, subsection);
  g_ptr_array_add (roadmap->sections, section);
  return roadmap;
}

static void
test_suggestions (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) built = build_roadmap ();
  gint64 roadmap_id = karta_store_add_roadmap (store, built, &error);
  g_autoptr (KartaRoadmap) roadmap = NULL;
  KartaSection *subsection;
  GtkWindow    *editor;
  GtkListBox   *list;
  GtkWidget    *first, *second;
  const char   *subtitle;

  g_assert_no_error (error);
  roadmap = karta_store_load_roadmap (store, roadmap_id, &error);
  g_assert_no_error (error);
  subsection = g_ptr_array_index (((KartaSection *) g_ptr_array_index (roadmap->sections, 0))->sections, 0);
  editor = karta_activity_editor_new (NULL, store, roadmap, g_ptr_array_index (subsection->activities, 0));
  list = GTK_LIST_BOX (adw_bin_get_child (ADW_BIN (karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR,
                                                                                 "factor_picker"))));
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  second = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, default_factor_name (0));
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), !=, "");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (second));
  g_assert_true (subtitle == NULL || *subtitle == '\0');
  g_assert_nonnull (karta_ui_test_find_check_button (first));
  g_assert_false (gtk_check_button_get_active (karta_ui_test_find_check_button (first)));
  gtk_window_set_default_size (editor, 640, 900);
  scroll_to (GTK_WIDGET (list));
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "factor-suggested");
  gtk_window_destroy (editor);
}

int
main (int   argc,
      char *argv[])
{
  if (!karta_ui_test_init (&argc, &argv))
    return 77;
  g_assert_nonnull (karta_get_resource ());

  store = karta_ui_test_library_new ("karta-test-factor-lists-XXXXXX", &library_dir);
  g_test_add_func ("/ui/factor-lists/rename-undo", test_rename);
  g_test_add_func ("/ui/factor-lists/new-year", test_new_list);
  g_test_add_func ("/ui/factor-lists/suggested", test_suggestions);
  return karta_ui_test_run (&store, &library_dir);
}
