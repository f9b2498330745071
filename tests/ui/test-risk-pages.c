/* test-risk-pages.c — schools' risk profiles in the window, driven for real
 *
 * Needs a display (Xvfb will do); skipped without one. A temporary library
 * with a school, a roadmap whose activity addresses one of its factors and
 * two years of profiles: the school's page shows the charts and flags the
 * high factor nothing addresses; the risk editor saves a level as one
 * undoable step; the district page draws and takes a pasted table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "karta-district-page.h"
#include "karta-error.h"
#include "karta-risk-chart-view.h"
#include "karta-risk-export.h"
#include "karta-risk-editor.h"
#include "karta-school-page.h"
#include "karta-schools-page.h"
#include "karta-window.h"
#include "karta-ui-test-util.h"

static KartaStore      *store;
static char            *library_dir;
static gint64           school_id;
static KartaFactorList *factors;

static KartaRef *
factor (guint index)
{
  g_assert_cmpuint (index, <, factors->factors->len);
  return g_ptr_array_index (factors->factors, index);
}

static void
save_profile (int                   year,
              const KartaRiskLevel *levels,
              guint                 n_levels)
{
  g_autoptr (KartaRiskProfile) profile = karta_risk_profile_new (school_id, year);
  g_autoptr (GError) error = NULL;

  profile->list_id = factors->id;
  for (guint i = 0; i < factors->factors->len; i++)
    karta_risk_profile_add (profile, factor (i)->id, factor (i)->name,
                            i < n_levels ? levels[i] : KARTA_RISK_LOW);
  g_assert_true (karta_store_save_risk_profile (store, profile, &error));
  g_assert_no_error (error);
}

static KartaRiskLevel
stored_level (int   year,
              guint index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRiskProfile) profile = karta_store_load_risk_profile (store, school_id, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (profile);
  for (guint i = 0; i < profile->entries->len; i++)
    {
      KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      if (entry->factor_id == factor (index)->id)
        return entry->level;
    }
  g_assert_not_reached ();
}

/* The first widget of @type under @widget (itself included) */
static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_name (GtkWidget  *widget,
           const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_name (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static KartaRiskChartView *
find_chart (GtkWidget         *widget,
            KartaRiskChartKind kind)
{
  if (KARTA_IS_RISK_CHART_VIEW (widget) && karta_risk_chart_view_get_kind (KARTA_RISK_CHART_VIEW (widget)) == kind)
    return KARTA_RISK_CHART_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      KartaRiskChartView *found = find_chart (child, kind);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Mapped widgets under @widget with the CSS class */
static guint
count_class (GtkWidget  *widget,
             const char *css_class)
{
  guint n = gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_class (child, css_class);
  return n;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* A folded window shows its sidebar: show the page instead */
static void
show_content (KartaWindow *window)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (find_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));

  karta_ui_test_wait_ms (300);
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  karta_ui_test_wait_ms (300);
}

static KartaSchoolPage *
open_school_page (KartaWindow *window)
{
  GtkWidget *schools;

  karta_window_show_schools (window);
  schools = find_type (GTK_WIDGET (window), KARTA_TYPE_SCHOOLS_PAGE);
  g_assert_nonnull (schools);
  return KARTA_SCHOOL_PAGE (karta_schools_page_show_school (KARTA_SCHOOLS_PAGE (schools), school_id));
}

static void
test_school_page (void)
{
  KartaWindow        *window = karta_window_new (NULL, store);
  KartaSchoolPage    *page;
  KartaRiskChartView *chart;
  GPtrArray          *shown;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  page = open_school_page (window);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (page));
  g_assert_cmpint (karta_school_page_get_year (page), ==, 2024);

  chart = find_chart (GTK_WIDGET (page), KARTA_RISK_CHART_PROFILE);
  g_assert_nonnull (chart);
  shown = karta_risk_chart_view_get_profiles (chart);
  g_assert_nonnull (shown);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpint (((KartaRiskProfile *) g_ptr_array_index (shown, 0))->year, ==, 2024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (find_chart (GTK_WIDGET (page), KARTA_RISK_CHART_DYNAMICS))));
  /* factor 1 is high and nothing addresses it; factor 0 has its activity */
  g_assert_cmpuint (count_class (GTK_WIDGET (page), "risk-unaddressed"), ==, 1);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "risk-school");

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  show_content (window);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "risk-school-narrow");

  karta_school_page_set_year (page, 2100);
  karta_ui_test_wait_ms (200);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "risk-school-empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What karta_risk_export_write() made of @views at @name, in the library */
static char *
export_to (GPtrArray  *views,
           const char *name)
{
  g_autofree char *path = g_build_filename (library_dir, name, NULL);
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_assert_true (karta_risk_export_write (views, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The school's charts to PDF, SVG and PNG; a name without those endings,
 * or a folder that is not there, is an error */
static void
test_export (void)
{
  KartaWindow     *window = karta_window_new (NULL, store);
  KartaSchoolPage *page;
  g_autoptr (GPtrArray) views = NULL;
  g_autofree char *pdf = NULL, *svg = NULL, *png = NULL;
  g_autoptr (GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  page = open_school_page (window);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (page));
  views = karta_risk_export_views_new (find_chart (GTK_WIDGET (page), KARTA_RISK_CHART_PROFILE),
                                       find_chart (GTK_WIDGET (page), KARTA_RISK_CHART_DYNAMICS), NULL);
  g_assert_cmpuint (views->len, ==, 2);
  pdf = export_to (views, "charts.pdf");
  svg = export_to (views, "charts.svg");
  png = export_to (views, "charts.png");
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_true (g_str_has_prefix (png, "\x89PNG"));
  g_assert_false (karta_risk_export_write (views, "/tmp/charts.doc", &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (karta_risk_export_write (views, "/nonexistent-karta-dir/charts.pdf", &error));
  g_assert_error (error, KARTA_ERROR, KARTA_ERROR_FAILED);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_risk_editor (void)
{
  KartaWindow     *window = karta_window_new (NULL, store);
  KartaSchoolPage *page;
  GtkWindow       *editor;
  GtkWidget       *button;
  g_autofree char *name = g_strdup_printf ("risk-%" G_GINT64_FORMAT "-high", factor (3)->id);
  g_autoptr (GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  page = open_school_page (window);
  g_assert_cmpint (stored_level (2024, 3), ==, KARTA_RISK_LOW);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "school.edit-profile", NULL));
  editor = find_toplevel (KARTA_TYPE_RISK_EDITOR);
  g_assert_nonnull (editor);
  button = find_name (GTK_WIDGET (editor), name);
  g_assert_nonnull (button);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "risk-editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  karta_ui_test_wait_ms (100);
  g_assert_null (find_toplevel (KARTA_TYPE_RISK_EDITOR));
  g_assert_cmpint (stored_level (2024, 3), ==, KARTA_RISK_HIGH);
  /* the page follows the store: two high factors unaddressed now */
  karta_ui_test_wait_ms (100);
  g_assert_cmpuint (count_class (GTK_WIDGET (page), "risk-unaddressed"), ==, 2);

  g_assert_true (karta_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_level (2024, 3), ==, KARTA_RISK_LOW);
  karta_ui_test_wait_ms (100);
  g_assert_cmpuint (count_class (GTK_WIDGET (page), "risk-unaddressed"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_district_page (void)
{
  KartaWindow *window = karta_window_new (NULL, store);
  g_autoptr (GError) error = NULL;
  g_autofree char    *table = g_strdup_printf ("ОО\tГод\tФактор риска\tУровень риска\n"
                                                  "ГБОУ СОШ № 8\t2022\t%s\tвысокий\n"
                                                  "Школа, которой нет\t2022\t%s\tнизкий\n",
                                               factor (0)->name, factor (0)->name);
  GtkWidget          *district;
  KartaRiskChartView *matrix, *bars;
  GtkWindow          *dialog;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  karta_window_show_district (window);
  district = find_type (GTK_WIDGET (window), KARTA_TYPE_DISTRICT_PAGE);
  g_assert_nonnull (district);
  karta_ui_test_wait_until_drawn (district);
  g_assert_cmpint (karta_district_page_get_year (KARTA_DISTRICT_PAGE (district)), ==, 2024);
  matrix = find_chart (district, KARTA_RISK_CHART_DISTRICT_MATRIX);
  bars = find_chart (district, KARTA_RISK_CHART_DISTRICT_BARS);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (matrix)), >, 0);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (bars)), >, 0);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "risk-district");

  g_assert_cmpint (karta_district_page_paste_text (KARTA_DISTRICT_PAGE (district), table), ==, 1);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  karta_ui_test_save_screenshot (GTK_WIDGET (dialog), "risk-paste-report");
  gtk_window_destroy (dialog);
  g_assert_cmpint (stored_level (2022, 0), ==, KARTA_RISK_HIGH);
  /* the undo toast names what was done, not «from “clipboard”» */
  g_assert_cmpstr (karta_store_get_undo_label (store), ==, "Вставка рисковых профилей");
  g_assert_true (karta_store_undo (store, &error));
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  show_content (window);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "risk-district-narrow");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* No profile yet: the empty page, and no year or order to choose among */
static void
test_district_empty (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (KartaStore) empty = karta_ui_test_library_new ("karta-test-risk-empty-XXXXXX", &dir);
  KartaWindow *window = karta_window_new (NULL, empty);
  GtkWidget   *district;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  karta_window_show_district (window);
  district = find_type (GTK_WIDGET (window), KARTA_TYPE_DISTRICT_PAGE);
  karta_ui_test_wait_until_drawn (district);
  g_assert_false (gtk_widget_get_visible (karta_ui_test_find_widget (district, GTK_TYPE_DROP_DOWN, "year_dropdown")));
  g_assert_false (gtk_widget_get_visible (karta_ui_test_find_widget (district, GTK_TYPE_DROP_DOWN, "sort_dropdown")));
  g_assert_true (gtk_widget_get_mapped (karta_ui_test_find_widget (district, ADW_TYPE_STATUS_PAGE, NULL)));
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "risk-district-empty");
  gtk_window_destroy (GTK_WINDOW (window));
  karta_ui_test_library_remove (&empty, &dir);
}

static void
add_roadmap (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  KartaSection  *section = karta_section_new ("1", "Преодоление дефицита базовой инфраструктуры");
  KartaActivity *activity = karta_activity_new ();
  g_autoptr (GError) error = NULL;

  roadmap->title = g_strdup ("Антирисковая программа ГБОУ СОШ № 8 на 2024 год");
  karta_period_parse ("2024", &roadmap->period, NULL);
  activity->number = g_strdup ("1.1");
  activity->title = g_strdup ("Закупка оборудования для кабинетов физики и химии");
  g_ptr_array_add (activity->schools, karta_ref_new (school_id, "ГБОУ СОШ № 8"));
  g_ptr_array_add (activity->factors, karta_ref_new (factor (0)->id, factor (0)->name));
  g_ptr_array_add (section->activities, activity);
  g_ptr_array_add (roadmap->sections, section);
  g_assert_cmpint (karta_store_add_roadmap (store, roadmap, &error), >, 0);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  static const KartaRiskLevel levels_2023[] = { KARTA_RISK_HIGH, KARTA_RISK_MEDIUM, KARTA_RISK_HIGH };
  static const KartaRiskLevel levels_2024[] = { KARTA_RISK_HIGH, KARTA_RISK_HIGH, KARTA_RISK_MEDIUM };
  g_autoptr (KartaOrganisation) school = karta_organisation_new ();
  g_autoptr (GError) error = NULL;
  int result;

  if (!karta_ui_test_init (&argc, &argv))
    return 77;

  store = karta_ui_test_library_new ("karta-test-risk-pages-XXXXXX", &library_dir);
  school->name = g_strdup ("ГБОУ средняя общеобразовательная школа № 8");
  school->short_name = g_strdup ("ГБОУ СОШ № 8");
  school->number = g_strdup ("8");
  school_id = karta_store_save_organisation (store, school, &error);
  g_assert_no_error (error);
  factors = karta_store_load_factor_list_for_year (store, 2024, &error);
  g_assert_no_error (error);
  g_assert_nonnull (factors);
  g_assert_cmpuint (factors->factors->len, >=, 4);
  save_profile (2023, levels_2023, G_N_ELEMENTS (levels_2023));
  save_profile (2024, levels_2024, G_N_ELEMENTS (levels_2024));
  add_roadmap ();

  g_test_add_func ("/ui/risk/school-page", test_school_page);
  g_test_add_func ("/ui/risk/export", test_export);
  g_test_add_func ("/ui/risk/editor", test_risk_editor);
  g_test_add_func ("/ui/risk/district-page", test_district_page);
  g_test_add_func ("/ui/risk/district-empty", test_district_empty);
  result = g_test_run ();

  g_clear_pointer (&factors, karta_factor_list_free);
  karta_ui_test_library_remove (&store, &library_dir);
  return result;
}
