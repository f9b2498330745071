/* test-editors.c — the editor windows and list pages, driven for real
 *
 * Needs a display (Xvfb will do); skipped without one. Saves screenshots of
 * the windows into the current (build) directory for people to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "karta-activity-editor.h"
#include "karta-documents-page.h"
#include "karta-roadmap-properties.h"
#include "karta-school-calendar-editor.h"
#include "karta-school-editor.h"
#include "karta-schools-page.h"
#include "karta-terms.h"
#include "karta-ui-test-util.h"

/* from the compiled resources; referencing it also keeps them linked in */
extern GResource *karta_get_resource (void);

static KartaStore *store;
static char       *library_dir;
static gint64      roadmap_id;

static KartaRoadmap *
build_roadmap (void)
{
  KartaRoadmap  *roadmap = karta_roadmap_new ();
  KartaSection  *section = karta_section_new ("1", "Организационные мероприятия");
  KartaActivity *activity = karta_activity_new ();

  roadmap->title = g_strdup ("План-график («дорожная карта») реализации проекта «500+» в 2022 году");
  roadmap->goal = g_strdup ("консолидация ресурсов районной системы образования");
  karta_period_parse ("2022", &roadmap->period, NULL);
  roadmap->order->kind = g_strdup ("Поручение");
  roadmap->order->number = g_strdup ("32-2");
  roadmap->order->date = karta_day_from_ymd (2022, 2, 8);
  g_ptr_array_add (roadmap->tasks, g_strdup ("Координация деятельности ОО"));
  g_ptr_array_add (section->tasks, g_strdup ("Организационное обеспечение"));
  g_ptr_array_add (section->indicators, g_strdup ("100% выполнение мероприятий"));
  activity->number = g_strdup ("1.1");
  activity->title = g_strdup ("Совещание с руководителями ШНОР");
  activity->term = g_strdup ("Февраль-март");
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_terms_parse (activity->term, &roadmap->period);
  activity->responsible = g_strdup ("Отдел образования");
  activity->evidence = g_strdup ("Протокол");
  g_ptr_array_add (activity->schools, karta_ref_new (0, "ГБОУ СОШ № 8"));
  g_ptr_array_add (section->activities, activity);
  g_ptr_array_add (roadmap->sections, section);
  g_ptr_array_add (roadmap->sections, karta_section_new ("2", "Методическое сопровождение"));
  g_ptr_array_add (roadmap->glossary, karta_glossary_entry_new ("ШНОР", "школы с низкими образовательными результатами"));
  return roadmap;
}

static KartaRoadmap *
load_roadmap (void)
{
  g_autoptr (GError) error = NULL;
  KartaRoadmap *roadmap = karta_store_load_roadmap (store, roadmap_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (roadmap);
  return roadmap;
}

static KartaActivity *
first_activity (KartaRoadmap *roadmap)
{
  KartaSection *section = g_ptr_array_index (roadmap->sections, 0);

  g_assert_cmpuint (section->activities->len, >, 0);
  return g_ptr_array_index (section->activities, 0);
}

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled_window (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
scroll_to_end (GtkWidget *widget)
{
  GtkScrolledWindow *scrolled = find_scrolled_window (widget);
  GtkAdjustment     *adjustment;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
test_activity_editor (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  g_autoptr (KartaRoadmap) saved = NULL;
  g_autoptr (KartaRoadmap) undone = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow   *editor = karta_activity_editor_new (NULL, store, roadmap, first_activity (roadmap));
  GtkTextView *title = GTK_TEXT_VIEW (karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "title_view"));
  GtkEditable *term = GTK_EDITABLE (karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "term_row"));
  GtkWidget   *picker;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_set_default_size (editor, 640, 720);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "activity-editor");
  gtk_window_set_default_size (editor, 640, 1700);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "activity-editor-full");
  gtk_window_set_default_size (editor, 560, 520);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "activity-editor-small");
  gtk_window_set_default_size (editor, 640, 720);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_first_child (
                                   karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "schools_list"))),
                                 TRUE);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (editor));
  scroll_to_end (GTK_WIDGET (editor));
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "activity-editor-end");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (title), "Новое название мероприятия", -1);
  gtk_editable_set_text (term, "До 01.08.2022");
  /* The first risk factor of the list: "Низкий уровень оснащения школы" */
  picker = karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "factor_picker");
  gtk_check_button_set_active (karta_ui_test_find_check_button (picker), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (editor);

  saved = load_roadmap ();
  g_assert_cmpstr (first_activity (saved)->title, ==, "Новое название мероприятия");
  g_assert_cmpstr (first_activity (saved)->term, ==, "До 01.08.2022");
  g_assert_cmpuint (first_activity (saved)->factors->len, ==, 1);
  g_assert_cmpstr (((KartaRef *) g_ptr_array_index (first_activity (saved)->factors, 0))->name, ==,
                   "Низкий уровень оснащения школы");
  g_assert_true (karta_store_undo (store, &error));
  g_assert_no_error (error);
  undone = load_roadmap ();
  g_assert_cmpstr (first_activity (undone)->title, ==, "Совещание с руководителями ШНОР");
}

static void
test_activity_editor_bad_date (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  GtkWindow   *editor = karta_activity_editor_new (NULL, store, roadmap, first_activity (roadmap));
  GtkEditable *done_on = GTK_EDITABLE (karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "done_on_row"));

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (done_on, "31.04.2022");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_nonnull (editor); /* kept open, with the error shown */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (done_on), "error"));
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "activity-editor-error");
  /* closing with changes asks first; «Discard» closes the editor cleanly */
  gtk_window_close (editor);
  g_assert_nonnull (editor);
  {
    GListModel       *toplevels = gtk_window_get_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (guint i = 0; dialog == NULL && i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);
        if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (GTK_WINDOW (window)) == editor)
          dialog = ADW_MESSAGE_DIALOG (window);
      }
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "discard");
  }
  karta_ui_test_wait_ms (100);
  g_assert_null (editor);
}

/* A change undone in the form is no change: closing does not ask */
static void
test_activity_editor_unchanged (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  GtkWindow       *editor = karta_activity_editor_new (NULL, store, roadmap, first_activity (roadmap));
  GtkTextView     *title = GTK_TEXT_VIEW (karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "title_view"));
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (title);
  g_autofree char *before = g_strdup (first_activity (roadmap)->title);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (editor));
  gtk_text_buffer_set_text (buffer, "Другое название", -1);
  gtk_text_buffer_set_text (buffer, before, -1);
  gtk_window_close (editor);
  karta_ui_test_wait_ms (100);
  g_assert_null (editor);
}

/* Opened over a window of 800×600, the editors fit in it: what does not
 * fit scrolls, the Save button stays on the screen */
static void
test_editors_fit_small_window (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWindow *editors[2];

  gtk_window_set_default_size (parent, 800, 600);
  gtk_window_present (parent);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (parent));
  editors[0] = karta_activity_editor_new (parent, store, roadmap, first_activity (roadmap));
  editors[1] = karta_roadmap_properties_new (parent, store, roadmap);
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      int width, height;

      gtk_window_get_default_size (editors[i], &width, &height);
      g_assert_cmpint (width, <=, 800);
      g_assert_cmpint (height, <=, 600);
      gtk_window_present (editors[i]);
      karta_ui_test_wait_until_drawn (GTK_WIDGET (editors[i]));
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (editors[i])), <=, 600);
    }
  karta_ui_test_save_screenshot (GTK_WIDGET (editors[0]), "activity-editor-800x600");
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    gtk_window_destroy (editors[i]);
  gtk_window_destroy (parent);
}

static void
test_school_editor (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = karta_store_list_organisations (store, &error);
  g_autoptr (GPtrArray) after = NULL;
  GtkWindow   *editor = karta_school_editor_new (NULL, store, NULL);
  GtkEditable *name = GTK_EDITABLE (karta_ui_test_template_child (editor, KARTA_TYPE_SCHOOL_EDITOR, "name_row"));

  g_assert_no_error (error);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (name, "ГБОУ средняя общеобразовательная школа № 305");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-category", NULL);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "school-editor");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (editor);
  after = karta_store_list_organisations (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

static void
collect_entries (GtkWidget *widget,
                 GPtrArray *entries)
{
  if (GTK_IS_ENTRY (widget))
    g_ptr_array_add (entries, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_entries (child, entries);
}

/* A school year's quarters: a date that is none keeps the editor open with a
 * message; saved, the library reads «II четверть» with them; undo goes back */
static void
test_school_calendar_editor (void)
{
  GtkWindow *editor = karta_school_calendar_editor_new (NULL, store);
  g_autoptr (GPtrArray) entries = g_ptr_array_new ();
  g_autoptr (KartaSchoolCalendar) calendar = NULL;
  g_autoptr (GError) error = NULL;
  KartaDay start, end;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (editor);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (karta_ui_test_template_child (editor, KARTA_TYPE_SCHOOL_CALENDAR_EDITOR, "year_spin")), 2023);
  collect_entries (GTK_WIDGET (karta_ui_test_template_child (editor, KARTA_TYPE_SCHOOL_CALENDAR_EDITOR, "quarters_group")), entries);
  g_assert_cmpuint (entries->len, ==, 8);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 2)), ==, "01.11.2023");
  gtk_editable_set_text (g_ptr_array_index (entries, 2), "06.11.2023");
  gtk_editable_set_text (g_ptr_array_index (entries, 3), "29.12");
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (entries, 3), "error"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (karta_ui_test_template_child (editor, KARTA_TYPE_SCHOOL_CALENDAR_EDITOR, "year_spin"))));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_nonnull (editor);
  gtk_editable_set_text (g_ptr_array_index (entries, 3), "29.12.2023");
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "school-calendar-editor");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (editor);

  calendar = karta_store_load_school_calendar (store, &error);
  g_assert_no_error (error);
  g_assert_true (karta_school_calendar_get_quarter (calendar, 2023, 2, &start, &end));
  g_assert_cmpint (start, ==, karta_day_from_ymd (2023, 11, 6));
  g_assert_cmpint (end, ==, karta_day_from_ymd (2023, 12, 29));
  g_assert_true (karta_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
test_roadmap_properties (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  g_autoptr (KartaRoadmap) saved = NULL;
  GtkWindow    *window = karta_roadmap_properties_new (NULL, store, roadmap);
  GtkTextView  *title = GTK_TEXT_VIEW (karta_ui_test_template_child (window, KARTA_TYPE_ROADMAP_PROPERTIES, "title_view"));
  AdwViewStack *stack = ADW_VIEW_STACK (karta_ui_test_template_child (window, KARTA_TYPE_ROADMAP_PROPERTIES, "view_stack"));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "roadmap-properties");
  adw_view_stack_set_visible_child_name (stack, "orders");
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "roadmap-properties-orders");
  adw_view_stack_set_visible_child_name (stack, "sections");
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "roadmap-properties-sections");
  adw_view_stack_set_visible_child_name (stack, "glossary");
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "roadmap-properties-glossary");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (title), "Дорожная карта, новая редакция", -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.save", NULL);
  g_assert_null (window);
  saved = load_roadmap ();
  g_assert_cmpstr (saved->title, ==, "Дорожная карта, новая редакция");
  g_assert_cmpuint (saved->sections->len, ==, 2);
  g_assert_cmpuint (saved->glossary->len, ==, 1);
  g_assert_cmpuint (karta_roadmap_count_activities (saved), ==, 1);
}

static void
test_pages (void)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *schools = karta_schools_page_new ();
  GtkWidget *documents = karta_documents_page_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  adw_window_set_content (ADW_WINDOW (window), schools);
  karta_schools_page_set_store (KARTA_SCHOOLS_PAGE (schools), store);
  gtk_window_present (GTK_WINDOW (window));
  karta_ui_test_save_screenshot (window, "schools-page");
  g_object_ref (schools);
  adw_window_set_content (ADW_WINDOW (window), documents);
  karta_documents_page_set_store (KARTA_DOCUMENTS_PAGE (documents), store);
  karta_ui_test_save_screenshot (window, "documents-page");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (schools);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  g_autoptr (KartaOrganisation) school = karta_organisation_new ();

  if (!karta_ui_test_init (&argc, &argv))
    return 77;
  g_assert_nonnull (karta_get_resource ());

  store = karta_ui_test_library_new ("karta-test-editors-XXXXXX", &library_dir);
  school->name = g_strdup ("ГБОУ средняя общеобразовательная школа № 8");
  school->short_name = g_strdup ("ГБОУ СОШ № 8");
  school->number = g_strdup ("8");
  school->pupils = 812;
  karta_organisation_add_category (school, 2021, "ШНОР");
  karta_organisation_add_category (school, 2022, "500+");
  g_assert_cmpint (karta_store_save_organisation (store, school, &error), >, 0);
  g_assert_no_error (error);
  roadmap = build_roadmap ();
  roadmap_id = karta_store_add_roadmap (store, roadmap, &error);
  g_assert_no_error (error);
  g_assert_cmpint (roadmap_id, >, 0);

  g_test_add_func ("/ui/activity-editor/save-undo", test_activity_editor);
  g_test_add_func ("/ui/activity-editor/bad-date", test_activity_editor_bad_date);
  g_test_add_func ("/ui/activity-editor/unchanged", test_activity_editor_unchanged);
  g_test_add_func ("/ui/activity-editor/fit-small-window", test_editors_fit_small_window);
  g_test_add_func ("/ui/school-editor/new", test_school_editor);
  g_test_add_func ("/ui/roadmap-properties/save", test_roadmap_properties);
  g_test_add_func ("/ui/school-calendar/save-undo", test_school_calendar_editor);
  g_test_add_func ("/ui/pages", test_pages);
  return karta_ui_test_run (&store, &library_dir);
}
