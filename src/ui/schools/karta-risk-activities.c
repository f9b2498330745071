/* karta-risk-activities.c — the activities that address a school's high and
 * medium risk factors, as rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-school-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "karta-list-private.h"
#include "karta-risk-activities.h"

static GtkWidget *
status_label_new (KartaStatus status)
{
  g_autofree char *css_class = g_strconcat ("status-", karta_status_to_string (status), NULL);
  GtkWidget       *label = gtk_label_new (karta_status_describe (status));

  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
activity_row_new (const KartaFactorActivity *activity)
{
  g_autofree char *title = g_strdup_printf ("%s%s%s", activity->number != NULL ? activity->number : "",
                                            activity->number != NULL ? " " : "",
                                            activity->title != NULL ? activity->title : "");
  GtkWidget       *row = karta_list_info_row_new (title, activity->roadmap_title, NULL);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_label_new (activity->status));
  return row;
}

static GtkWidget *
factor_header_new (const KartaRiskEntry *entry)
{
  g_autofree char *text = g_strdup_printf ("%s — %s", entry->factor_name,
                                           karta_risk_level_describe (entry->level));
  GtkWidget       *label = gtk_label_new (text);
  GtkWidget       *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  g_object_set (label, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 6, NULL);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
unaddressed_row_new (const KartaRiskEntry *entry)
{
  g_autofree char *title = g_strdup_printf (_ ("No activities for the factor “%s”"), entry->factor_name);
  GtkWidget       *row = karta_list_info_row_new (title, _ ("The factor is high: add an activity that addresses it"),
                                                  "dialog-warning-symbolic");

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (row, "risk-unaddressed");
  return row;
}

static guint
add_factor (GtkListBox           *list_box,
            const KartaRiskEntry *entry,
            GPtrArray            *activities)
{
  guint n = 0;

  gtk_list_box_append (list_box, factor_header_new (entry));
  for (guint i = 0; activities != NULL && i < activities->len; i++)
    {
      KartaFactorActivity *activity = g_ptr_array_index (activities, i);
      if (activity->factor_id != entry->factor_id)
        continue;
      gtk_list_box_append (list_box, activity_row_new (activity));
      n++;
    }
  if (n > 0)
    return 0;
  if (entry->level == KARTA_RISK_HIGH)
    {
      gtk_list_box_append (list_box, unaddressed_row_new (entry));
      return 1;
    }
  gtk_list_box_append (list_box, karta_list_info_row_new (_ ("No activities yet"), NULL, NULL));
  return 0;
}

/**
 * karta_risk_activities_fill:
 *
 * Returns: how many high factors no activity addresses
 */
guint
karta_risk_activities_fill (GtkListBox             *list_box,
                            const KartaRiskProfile *profile,
                            GPtrArray              *activities)
{
  static const KartaRiskLevel levels[] = { KARTA_RISK_HIGH, KARTA_RISK_MEDIUM };
  guint                       unaddressed = 0;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list_box), 0);

  karta_list_box_clear (list_box);
  for (guint l = 0; profile != NULL && l < G_N_ELEMENTS (levels); l++)
    for (guint i = 0; i < profile->entries->len; i++)
      {
        KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
        if (entry->level == levels[l])
          unaddressed += add_factor (list_box, entry, activities);
      }
  return unaddressed;
}
