/* karta-school-page.c — one school: its risk profiles by year as charts and
 * the activities that address its factors
 *
 * The years offered are those with a profile and the current one, newest
 * first; a year without a profile shows the empty state, from which the
 * profile is filled in or copied from the year before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-school-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-date.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-risk-activities.h"
#include "karta-risk-chart-view.h"
#include "karta-risk-editor.h"
#include "karta-risk-export.h"
#include "karta-school-editor.h"
#include "karta-school-page.h"

struct _KartaSchoolPage
{
  AdwBin parent_instance;

  KartaStore        *store;
  gint64             organisation_id;
  KartaOrganisation *organisation;
  GArray            *years;    /* of int: shown in the dropdown, newest first */
  GPtrArray         *profiles; /* of KartaRiskProfile*: every year's, oldest first */
  int                year;     /* the one shown */
  gboolean           updating; /* the dropdown changed by code */

  GtkLabel           *name_label;
  GtkDropDown        *year_dropdown;
  GtkStack           *stack;
  AdwStatusPage      *status_page;
  KartaRiskChartView *profile_chart;
  KartaRiskChartView *counts_chart;
  KartaRiskChartView *dynamics_chart;
  GtkWidget          *dynamics_label;
  GtkListBox         *activities_list;
};

G_DEFINE_FINAL_TYPE (KartaSchoolPage, karta_school_page, ADW_TYPE_BIN)

static int
current_year (void)
{
  int year;

  karta_day_to_ymd (karta_day_today (), &year, NULL, NULL);
  return year;
}

static KartaRiskProfile *
find_profile (KartaSchoolPage *self,
              int              year)
{
  for (guint i = 0; self->profiles != NULL && i < self->profiles->len; i++)
    {
      KartaRiskProfile *profile = g_ptr_array_index (self->profiles, i);
      if (profile->year == year)
        return profile;
    }
  return NULL;
}

/* The newest year with a profile before @year, or 0 */
static int
previous_year (KartaSchoolPage *self,
               int              year)
{
  int found = 0;

  for (guint i = 0; self->profiles != NULL && i < self->profiles->len; i++)
    {
      KartaRiskProfile *profile = g_ptr_array_index (self->profiles, i);
      if (profile->year < year)
        found = MAX (found, profile->year);
    }
  return found;
}

static void
update_actions (KartaSchoolPage *self)
{
  gboolean has_profile = find_profile (self, self->year) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.copy-profile",
                                 !has_profile && previous_year (self, self->year) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.export", has_profile);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.print", has_profile);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.edit", self->organisation != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "school.edit-profile", self->organisation != NULL);
}

static void
show_year (KartaSchoolPage *self)
{
  KartaRiskProfile *profile = find_profile (self, self->year);
  g_autoptr (GPtrArray) one = g_ptr_array_new ();
  g_autoptr (GPtrArray) activities = NULL;
  g_autoptr (GError) error = NULL;
  gboolean dynamics = self->profiles != NULL && self->profiles->len > 1;

  update_actions (self);
  if (profile == NULL)
    {
      g_autofree char *description = g_strdup_printf (_ ("The school has no risk profile for %d."), self->year);
      adw_status_page_set_description (self->status_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  g_ptr_array_add (one, profile);
  karta_risk_chart_view_set_profiles (self->profile_chart, one);
  karta_risk_chart_view_set_profiles (self->counts_chart, one);
  karta_risk_chart_view_set_profiles (self->dynamics_chart, dynamics ? self->profiles : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->dynamics_chart), dynamics);
  gtk_widget_set_visible (self->dynamics_label, dynamics);
  activities = karta_store_list_factor_activities (self->store, self->organisation_id, &error);
  if (activities == NULL)
    g_warning ("Could not list the activities of the school: %s", error->message);
  karta_risk_activities_fill (self->activities_list, profile, activities);
  gtk_stack_set_visible_child_name (self->stack, "profile");
}

static void
add_year (GArray *years,
          int     year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return;
  g_array_append_val (years, year);
}

/* @stored: the years with a profile, ascending */
static void
load_profiles (KartaSchoolPage *self,
               GArray          *stored)
{
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  self->profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_risk_profile_free);
  for (guint i = 0; stored != NULL && i < stored->len; i++)
    {
      g_autoptr (GError) error = NULL;
      int               year = g_array_index (stored, int, i);
      KartaRiskProfile *profile = karta_store_load_risk_profile (self->store, self->organisation_id, year, &error);

      if (profile != NULL)
        g_ptr_array_add (self->profiles, profile);
      else
        g_warning ("Could not load the risk profile of %d: %s", year, error->message);
    }
}

/* Fills the dropdown; keeps the year shown if there is one, else the
 * newest with a profile */
static void
load_years (KartaSchoolPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) stored = karta_store_list_profile_years (self->store, self->organisation_id, &error);

  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; stored != NULL && i < stored->len; i++)
    add_year (self->years, g_array_index (stored, int, i));
  if (stored == NULL)
    g_warning ("Could not list the years of the school's profiles: %s", error->message);
  g_array_sort (self->years, karta_list_compare_years);
  if (self->year == 0)
    self->year = self->years->len > 0 ? g_array_index (self->years, int, 0) : current_year ();
  add_year (self->years, current_year ());
  add_year (self->years, self->year);
  g_array_sort (self->years, karta_list_compare_years);
  load_profiles (self, stored);
  karta_list_year_dropdown_fill (self->year_dropdown, self->years, self->year, &self->updating);
}

static void
reload (KartaSchoolPage *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->organisation, karta_organisation_free);
  if (self->store == NULL || self->organisation_id == 0)
    return;
  self->organisation = karta_store_load_organisation (self->store, self->organisation_id, &error);
  if (self->organisation == NULL)
    {
      /* deleted (or an undone creation): nothing to show */
      gtk_label_set_text (self->name_label, "");
      update_actions (self);
      return;
    }
  gtk_label_set_text (self->name_label, karta_organisation_get_display_name (self->organisation));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), self->organisation->name);
  load_years (self);
  show_year (self);
}

static void
on_year_selected (KartaSchoolPage *self)
{
  if (karta_list_year_dropdown_get (self->year_dropdown, self->years, self->updating, &self->year))
    show_year (self);
}

/* Actions */

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaSchoolPage *self = KARTA_SCHOOL_PAGE (widget);

  if (self->organisation != NULL)
    karta_school_editor_new (karta_list_page_get_window (widget), self->store, self->organisation);
}

static void
edit_profile_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KartaSchoolPage *self = KARTA_SCHOOL_PAGE (widget);

  if (self->organisation != NULL)
    karta_risk_editor_new (karta_list_page_get_window (widget), self->store, self->organisation_id,
                           karta_organisation_get_display_name (self->organisation), self->year);
}

static void
copy_profile_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KartaSchoolPage *self = KARTA_SCHOOL_PAGE (widget);
  int              from = previous_year (self, self->year);
  g_autoptr (GError) error = NULL;

  if (from == 0)
    return;
  if (!karta_store_copy_risk_profile (self->store, self->organisation_id, from, self->year, &error))
    karta_editor_show_message (karta_list_page_get_window (widget), _ ("Could Not Copy the Profile"),
                               error->message);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KartaSchoolPage *self = KARTA_SCHOOL_PAGE (widget);
  g_autoptr (GPtrArray) views = karta_risk_export_views_new (self->profile_chart, self->counts_chart,
                                                             self->dynamics_chart, NULL);
  g_autofree char *title = g_strdup_printf (_ ("Risk profile of %s, %d"),
                                            gtk_label_get_text (self->name_label), self->year);

  karta_risk_export_activate (widget, action_name, views, title);
}

static void
karta_school_page_dispose (GObject *object)
{
  KartaSchoolPage *self = KARTA_SCHOOL_PAGE (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_school_page_parent_class)->dispose (object);
}

static void
karta_school_page_finalize (GObject *object)
{
  KartaSchoolPage *self = KARTA_SCHOOL_PAGE (object);

  g_clear_pointer (&self->organisation, karta_organisation_free);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  G_OBJECT_CLASS (karta_school_page_parent_class)->finalize (object);
}

static void
karta_school_page_class_init (KartaSchoolPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_school_page_dispose;
  object_class->finalize = karta_school_page_finalize;

  g_type_ensure (KARTA_TYPE_RISK_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/schools/karta-school-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, profile_chart);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, counts_chart);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, dynamics_chart);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, dynamics_label);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolPage, activities_list);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);

  gtk_widget_class_install_action (widget_class, "school.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "school.edit-profile", NULL, edit_profile_activated);
  gtk_widget_class_install_action (widget_class, "school.copy-profile", NULL, copy_profile_activated);
  gtk_widget_class_install_action (widget_class, "school.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "school.print", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "school.print", NULL);
}

static void
karta_school_page_init (KartaSchoolPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  karta_risk_chart_view_set_kind (self->counts_chart, KARTA_RISK_CHART_COUNTS);
  karta_risk_chart_view_set_kind (self->dynamics_chart, KARTA_RISK_CHART_DYNAMICS);
  gtk_list_box_set_placeholder (self->activities_list,
                                gtk_label_new (_ ("No high or medium factors")));
}

/**
 * karta_school_page_new:
 *
 * Returns: a page that follows the changes of @store
 */
GtkWidget *
karta_school_page_new (KartaStore *store)
{
  KartaSchoolPage *self = g_object_new (KARTA_TYPE_SCHOOL_PAGE, NULL);

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/**
 * karta_school_page_set_organisation:
 *
 * Shows the school, at its newest profile.
 */
void
karta_school_page_set_organisation (KartaSchoolPage *self,
                                    gint64           organisation_id)
{
  g_return_if_fail (KARTA_IS_SCHOOL_PAGE (self));

  self->organisation_id = organisation_id;
  self->year = 0;
  reload (self);
}

gint64
karta_school_page_get_organisation (KartaSchoolPage *self)
{
  g_return_val_if_fail (KARTA_IS_SCHOOL_PAGE (self), 0);
  return self->organisation_id;
}

int
karta_school_page_get_year (KartaSchoolPage *self)
{
  g_return_val_if_fail (KARTA_IS_SCHOOL_PAGE (self), 0);
  return self->year;
}

/**
 * karta_school_page_set_year:
 *
 * Shows the school's profile of @year, or the empty state.
 */
void
karta_school_page_set_year (KartaSchoolPage *self,
                            int              year)
{
  g_return_if_fail (KARTA_IS_SCHOOL_PAGE (self));

  self->year = year;
  reload (self);
}
