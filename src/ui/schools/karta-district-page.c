/* karta-district-page.c — the risk profiles of all the schools for a year
 *
 * A matrix of schools × factors and stacked bars of levels per school;
 * tables of profiles come in by pasting (Ctrl+V), as one undoable step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-district-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-editor-private.h"
#include "karta-factor-list-editor.h"
#include "karta-list-private.h"
#include "karta-risk-chart-view.h"
#include "karta-risk-export.h"
#include "karta-risk-import.h"
#include "karta-district-page.h"

struct _KartaDistrictPage
{
  AdwBin parent_instance;

  KartaStore *store;
  GArray     *years;    /* of int: with a profile, newest first */
  int         year;     /* shown; 0 for the newest */
  gboolean    updating; /* the dropdown changed by code */

  GtkDropDown        *year_dropdown;
  GtkDropDown        *sort_dropdown;
  GtkStack           *stack;
  KartaRiskChartView *matrix_chart;
  KartaRiskChartView *bars_chart;
};

G_DEFINE_FINAL_TYPE (KartaDistrictPage, karta_district_page, ADW_TYPE_BIN)

/* The years any school has a profile for, newest first */
static GArray *
list_years (KartaStore *store)
{
  g_autoptr (GPtrArray) organisations = karta_list_page_load (store, karta_store_list_organisations, "schools");
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < organisations->len; i++)
    {
      KartaOrganisation *organisation = g_ptr_array_index (organisations, i);
      g_autoptr (GArray) school_years = karta_store_list_profile_years (store, organisation->id, NULL);

      for (guint j = 0; school_years != NULL && j < school_years->len; j++)
        {
          int year = g_array_index (school_years, int, j);
          if (g_hash_table_add (seen, GINT_TO_POINTER (year)))
            g_array_append_val (years, year);
        }
    }
  g_array_sort (years, karta_list_compare_years);
  return years;
}

static void
show_year (KartaDistrictPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) profiles = NULL;
  gboolean any;

  if (self->year != 0)
    profiles = karta_store_list_risk_profiles (self->store, self->year, &error);
  if (error != NULL)
    g_warning ("Could not list the risk profiles of %d: %s", self->year, error->message);
  any = profiles != NULL && profiles->len > 0;
  karta_risk_chart_view_set_profiles (self->matrix_chart, any ? profiles : NULL);
  karta_risk_chart_view_set_profiles (self->bars_chart, any ? profiles : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "district.export", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "district.print", any);
  gtk_stack_set_visible_child_name (self->stack, any ? "charts" : "empty");
}

static void
reload (KartaDistrictPage *self)
{
  g_clear_pointer (&self->years, g_array_unref);
  self->years = self->store != NULL ? list_years (self->store) : g_array_new (FALSE, FALSE, sizeof (int));
  if (!karta_list_year_dropdown_fill (self->year_dropdown, self->years, self->year, &self->updating))
    self->year = self->years->len > 0 ? g_array_index (self->years, int, 0) : 0;
  /* nothing to choose among before the first profile: the empty page says so */
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), self->years->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->sort_dropdown), self->years->len > 0);
  show_year (self);
}

static void
on_year_selected (KartaDistrictPage *self)
{
  if (karta_list_year_dropdown_get (self->year_dropdown, self->years, self->updating, &self->year))
    show_year (self);
}

static void
on_sort_selected (KartaDistrictPage *self)
{
  KartaDistrictSort sort = gtk_drop_down_get_selected (self->sort_dropdown) == 1
                             ? KARTA_DISTRICT_SORT_BY_HIGH
                             : KARTA_DISTRICT_SORT_BY_SCHOOL;

  karta_risk_chart_view_set_sort (self->matrix_chart, sort);
  karta_risk_chart_view_set_sort (self->bars_chart, sort);
}

/* Pasting */

static void
show_report (KartaDistrictPage *self,
             int                stored,
             GPtrArray         *report,
             const GError      *error)
{
  g_autoptr (GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;

  if (stored < 0)
    heading = g_strdup (_ ("Could Not Import the Table"));
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d Profile Imported", "%d Profiles Imported", stored),
                               stored);
  if (error != NULL)
    g_string_append (body, error->message);
  for (guint i = 0; report != NULL && i < report->len; i++)
    {
      if (body->len > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, g_ptr_array_index (report, i));
    }
  karta_editor_show_message (karta_list_page_get_window (GTK_WIDGET (self)), heading, body->str);
}

/**
 * karta_district_page_paste_text:
 *
 * Returns: the number of profiles stored, -1 on error
 */
int
karta_district_page_paste_text (KartaDistrictPage *self,
                                const char        *text)
{
  g_autoptr (GPtrArray) report = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  int stored;

  g_return_val_if_fail (KARTA_IS_DISTRICT_PAGE (self), -1);
  g_return_val_if_fail (self->store != NULL, -1);

  stored = karta_risk_import_tsv (self->store, NULL, text, strlen (text), FALSE, report, &error);
  show_report (self, stored, report, error);
  return stored;
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (KartaDistrictPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("The clipboard has no text"));
      show_report (self, -1, NULL, error);
      return;
    }
  if (self->store != NULL)
    karta_district_page_paste_text (self, text);
}

static void
paste_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text,
                                 g_object_ref (widget));
}

/* Export and print */

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KartaDistrictPage *self = KARTA_DISTRICT_PAGE (widget);
  g_autoptr (GPtrArray) views = karta_risk_export_views_new (self->matrix_chart, self->bars_chart, NULL);
  g_autofree char *title = g_strdup_printf (_ ("Risk profiles %d"), self->year);

  karta_risk_export_activate (widget, action_name, views, title);
}

static void
factors_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KartaDistrictPage *self = KARTA_DISTRICT_PAGE (widget);

  if (self->store != NULL)
    karta_factor_list_editor_new (karta_list_page_get_window (widget), self->store);
}

static void
karta_district_page_dispose (GObject *object)
{
  KartaDistrictPage *self = KARTA_DISTRICT_PAGE (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_district_page_parent_class)->dispose (object);
}

static void
karta_district_page_finalize (GObject *object)
{
  KartaDistrictPage *self = KARTA_DISTRICT_PAGE (object);

  g_clear_pointer (&self->years, g_array_unref);
  G_OBJECT_CLASS (karta_district_page_parent_class)->finalize (object);
}

static void
karta_district_page_class_init (KartaDistrictPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_district_page_dispose;
  object_class->finalize = karta_district_page_finalize;

  g_type_ensure (KARTA_TYPE_RISK_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/schools/karta-district-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaDistrictPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDistrictPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDistrictPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaDistrictPage, matrix_chart);
  gtk_widget_class_bind_template_child (widget_class, KartaDistrictPage, bars_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_selected);

  gtk_widget_class_install_action (widget_class, "district.factors", NULL, factors_activated);
  gtk_widget_class_install_action (widget_class, "district.paste", NULL, paste_activated);
  gtk_widget_class_install_action (widget_class, "district.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "district.print", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "district.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "district.print", NULL);
}

static void
karta_district_page_init (KartaDistrictPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  karta_risk_chart_view_set_kind (self->matrix_chart, KARTA_RISK_CHART_DISTRICT_MATRIX);
  karta_risk_chart_view_set_kind (self->bars_chart, KARTA_RISK_CHART_DISTRICT_BARS);
}

GtkWidget *
karta_district_page_new (void)
{
  return g_object_new (KARTA_TYPE_DISTRICT_PAGE, NULL);
}

/**
 * karta_district_page_set_store:
 *
 * Shows the profiles of @store, following its changes.
 */
void
karta_district_page_set_store (KartaDistrictPage *self,
                               KartaStore        *store)
{
  g_return_if_fail (KARTA_IS_DISTRICT_PAGE (self));
  g_return_if_fail (store == NULL || KARTA_IS_STORE (store));

  if (karta_list_page_follow_store (self, &self->store, store, G_CALLBACK (reload)))
    reload (self);
}

int
karta_district_page_get_year (KartaDistrictPage *self)
{
  g_return_val_if_fail (KARTA_IS_DISTRICT_PAGE (self), 0);
  return self->year;
}
