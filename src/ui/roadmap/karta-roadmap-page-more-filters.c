/* karta-roadmap-page-more-filters.c — the roadmap page's filters beyond
 * status and school: by responsible, by section, due this month, overdue,
 * done without proof
 *
 * They filter the table and the Gantt chart alike, as the others do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-responsible.h"
#include "karta-roadmap-page-private.h"

/* "ИМЦ, Иванова И.И.; КО" names three: each a choice of the filter */
static void
collect_responsibles (const KartaSection *section,
                      GHashTable         *names)
{
  for (guint i = 0; i < section->activities->len; i++)
    {
      const KartaActivity *activity = g_ptr_array_index (section->activities, i);
      g_autoptr (GPtrArray) parts = karta_responsible_split (activity->responsible);

      for (guint j = 0; j < parts->len; j++)
        g_hash_table_add (names, g_strdup (g_ptr_array_index (parts, j)));
    }
  for (guint i = 0; i < section->sections->len; i++)
    collect_responsibles (g_ptr_array_index (section->sections, i), names);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char *const *) a, *(const char *const *) b);
}

static void
update_responsible_choices (KartaRoadmapPage   *self,
                            const KartaRoadmap *roadmap)
{
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree gpointer *sorted = NULL;
  guint                n, selected = 0;

  for (guint i = 0; i < roadmap->sections->len; i++)
    collect_responsibles (g_ptr_array_index (roadmap->sections, i), names);
  sorted = g_hash_table_get_keys_as_array (names, &n);
  qsort (sorted, n, sizeof (gpointer), compare_names);

  g_ptr_array_set_size (self->responsibles, 0);
  gtk_string_list_append (list, _ ("Anyone"));
  for (guint i = 0; i < n; i++)
    {
      char *folded = g_utf8_casefold (sorted[i], -1);

      if (g_strcmp0 (folded, karta_activity_filter_get_responsible (self->activity_filter)) == 0)
        selected = i + 1;
      g_ptr_array_add (self->responsibles, folded);
      gtk_string_list_append (list, sorted[i]);
    }
  if (selected == 0)
    karta_activity_filter_set_responsible (self->activity_filter, NULL);
  gtk_drop_down_set_model (self->responsible_filter, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->responsible_filter, selected);
}

static void
add_section_choices (KartaRoadmapPage   *self,
                     const KartaSection *section,
                     GtkStringList      *list,
                     gint64              chosen,
                     guint              *selected)
{
  g_autofree char *name = g_strjoin (" ", section->number ? section->number : "",
                                     section->title ? section->title : "", NULL);

  g_array_append_val (self->section_ids, section->id);
  if (section->id == chosen)
    *selected = self->section_ids->len;
  gtk_string_list_append (list, g_strstrip (name));
  for (guint i = 0; i < section->sections->len; i++)
    add_section_choices (self, g_ptr_array_index (section->sections, i), list, chosen, selected);
}

static gint64
chosen_section (KartaRoadmapPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->section_filter);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->section_ids->len)
    return 0;
  return g_array_index (self->section_ids, gint64, selected - 1);
}

static void
update_section_choices (KartaRoadmapPage   *self,
                        const KartaRoadmap *roadmap)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  gint64 chosen = karta_activity_filter_has_section (self->activity_filter) ? chosen_section (self) : 0;
  guint  selected = 0;

  g_array_set_size (self->section_ids, 0);
  gtk_string_list_append (list, _ ("All sections"));
  for (guint i = 0; i < roadmap->sections->len; i++)
    add_section_choices (self, g_ptr_array_index (roadmap->sections, i), list, chosen, &selected);
  gtk_drop_down_set_model (self->section_filter, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->section_filter, selected);
}

static const KartaSection *
find_section (GPtrArray *sections,
              gint64     id)
{
  for (guint i = 0; i < sections->len; i++)
    {
      const KartaSection *section = g_ptr_array_index (sections, i);
      const KartaSection *found = section->id == id ? section : find_section (section->sections, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The chosen section and those within it */
static void
read_section_choice (KartaRoadmapPage *self)
{
  gint64              id = chosen_section (self);
  const KartaSection *section = id != 0 && self->roadmap ? find_section (self->roadmap->sections, id) : NULL;

  karta_activity_filter_set_section (self->activity_filter, section);
}

static KartaPeriod
this_month (void)
{
  int year, month;

  karta_day_to_ymd (karta_day_today (), &year, &month, NULL);
  return (KartaPeriod){ karta_day_from_ymd (year, month, 1),
                        karta_day_from_ymd (year, month, karta_days_in_month (year, month)) };
}

static void
on_more_filters_changed (KartaRoadmapPage *self)
{
  guint       responsible = gtk_drop_down_get_selected (self->responsible_filter);
  KartaPeriod month = this_month ();

  if (self->updating_filters)
    return;
  if (responsible != 0 && responsible != GTK_INVALID_LIST_POSITION && responsible <= self->responsibles->len)
    karta_activity_filter_set_responsible (self->activity_filter,
                                           g_ptr_array_index (self->responsibles, responsible - 1));
  else
    karta_activity_filter_set_responsible (self->activity_filter, NULL);
  read_section_choice (self);
  karta_activity_filter_set_month (self->activity_filter,
                                   gtk_check_button_get_active (self->month_filter) ? &month : NULL);
  karta_activity_filter_set_overdue (self->activity_filter, gtk_check_button_get_active (self->overdue_filter));
  karta_activity_filter_set_missing_evidence (self->activity_filter,
                                              gtk_check_button_get_active (self->missing_evidence_filter));
  if (karta_activity_filter_has_more_criteria (self->activity_filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->more_filters_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->more_filters_button), "accent");
  karta_roadmap_page_apply_filters (self);
}

void
karta_roadmap_page_class_init_more_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, more_filters_button);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, responsible_filter);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, section_filter);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, month_filter);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, overdue_filter);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, missing_evidence_filter);
  gtk_widget_class_bind_template_callback (widget_class, on_more_filters_changed);
}

/* The choices of a roadmap (loaded again), keeping those still there */
void
karta_roadmap_page_update_more_filters (KartaRoadmapPage   *self,
                                        const KartaRoadmap *roadmap)
{
  self->updating_filters = TRUE;
  update_responsible_choices (self, roadmap);
  update_section_choices (self, roadmap);
  self->updating_filters = FALSE;
}

/* Clears them without refiltering: a roadmap is about to load */
void
karta_roadmap_page_reset_more_filters (KartaRoadmapPage *self)
{
  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->responsible_filter, 0);
  gtk_drop_down_set_selected (self->section_filter, 0);
  gtk_check_button_set_active (self->month_filter, FALSE);
  gtk_check_button_set_active (self->overdue_filter, FALSE);
  gtk_check_button_set_active (self->missing_evidence_filter, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->more_filters_button), "accent");
  karta_activity_filter_set_responsible (self->activity_filter, NULL);
  karta_activity_filter_set_section (self->activity_filter, NULL);
  karta_activity_filter_set_month (self->activity_filter, NULL);
  karta_activity_filter_set_overdue (self->activity_filter, FALSE);
  karta_activity_filter_set_missing_evidence (self->activity_filter, FALSE);
  self->updating_filters = FALSE;
}
