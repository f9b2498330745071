/* karta-roadmap-page-more-filters.c — the roadmap page's filters beyond
 * status and school: by responsible, by section, due this month, overdue
 *
 * They filter the table and the Gantt chart alike, as the others do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-roadmap-page-private.h"

/* "ИМЦ, Иванова И.И.; КО" names three: each a choice of the filter */
static void
collect_responsibles (const KartaSection *section,
                      GHashTable         *names)
{
  for (guint i = 0; i < section->activities->len; i++)
    {
      const KartaActivity *activity = g_ptr_array_index (section->activities, i);
      g_auto(GStrv) parts = NULL;

      if (karta_text_is_blank (activity->responsible))
        continue;
      parts = g_strsplit_set (activity->responsible, ",;\n", -1);
      for (char **part = parts; *part != NULL; part++)
        if (*g_strstrip (*part) != '\0')
          g_hash_table_add (names, g_strdup (*part));
    }
  for (guint i = 0; i < section->sections->len; i++)
    collect_responsibles (g_ptr_array_index (section->sections, i), names);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
update_responsible_choices (KartaRoadmapPage   *self,
                            const KartaRoadmap *roadmap)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree gpointer *sorted = NULL;
  guint n, selected = 0;

  for (guint i = 0; i < roadmap->sections->len; i++)
    collect_responsibles (g_ptr_array_index (roadmap->sections, i), names);
  sorted = g_hash_table_get_keys_as_array (names, &n);
  qsort (sorted, n, sizeof (gpointer), compare_names);

  g_ptr_array_set_size (self->responsibles, 0);
  gtk_string_list_append (list, _("Anyone"));
  for (guint i = 0; i < n; i++)
    {
      char *folded = g_utf8_casefold (sorted[i], -1);

      if (g_strcmp0 (folded, self->responsible) == 0)
        selected = i + 1;
      g_ptr_array_add (self->responsibles, folded);
      gtk_string_list_append (list, sorted[i]);
    }
  if (selected == 0)
    g_clear_pointer (&self->responsible, g_free);
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
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  gint64 chosen = self->sections != NULL ? chosen_section (self) : 0;
  guint selected = 0;

  g_array_set_size (self->section_ids, 0);
  gtk_string_list_append (list, _("All sections"));
  for (guint i = 0; i < roadmap->sections->len; i++)
    add_section_choices (self, g_ptr_array_index (roadmap->sections, i), list, chosen, &selected);
  gtk_drop_down_set_model (self->section_filter, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->section_filter, selected);
}

static void
add_section_ids (const KartaSection *section,
                 GHashTable         *ids)
{
  g_hash_table_add (ids, g_memdup2 (&section->id, sizeof section->id));
  for (guint i = 0; i < section->sections->len; i++)
    add_section_ids (g_ptr_array_index (section->sections, i), ids);
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
  gint64 id = chosen_section (self);
  const KartaSection *section = id != 0 && self->roadmap ? find_section (self->roadmap->sections, id) : NULL;

  g_clear_pointer (&self->sections, g_hash_table_unref);
  if (section == NULL)
    return;
  self->sections = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  add_section_ids (section, self->sections);
}

static KartaPeriod
this_month (void)
{
  int year, month;

  karta_day_to_ymd (karta_day_today (), &year, &month, NULL);
  return (KartaPeriod) { karta_day_from_ymd (year, month, 1),
                         karta_day_from_ymd (year, month, karta_days_in_month (year, month)) };
}

static void
on_more_filters_changed (KartaRoadmapPage *self)
{
  guint responsible = gtk_drop_down_get_selected (self->responsible_filter);

  if (self->updating_filters)
    return;
  g_clear_pointer (&self->responsible, g_free);
  if (responsible != 0 && responsible != GTK_INVALID_LIST_POSITION && responsible <= self->responsibles->len)
    self->responsible = g_strdup (g_ptr_array_index (self->responsibles, responsible - 1));
  read_section_choice (self);
  self->month = gtk_check_button_get_active (self->month_filter) ? this_month () : (KartaPeriod) { 0, 0 };
  self->overdue = gtk_check_button_get_active (self->overdue_filter);
  if (karta_roadmap_page_more_filters_active (self))
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
  gtk_widget_remove_css_class (GTK_WIDGET (self->more_filters_button), "accent");
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->sections, g_hash_table_unref);
  self->month = (KartaPeriod) { 0, 0 };
  self->overdue = FALSE;
  self->updating_filters = FALSE;
}

gboolean
karta_roadmap_page_more_filters_active (KartaRoadmapPage *self)
{
  return self->responsible != NULL || self->sections != NULL || self->month.start != KARTA_DAY_NONE
         || self->overdue;
}

static gboolean
overlaps_month (KartaRoadmapPage    *self,
                const KartaActivity *activity)
{
  const GArray *spans = activity->schedule->spans;

  for (guint i = 0; i < spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (spans, KartaSpan, i);

      if (span->start <= self->month.end && span->end >= self->month.start)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_responsible (KartaRoadmapPage    *self,
                 const KartaActivity *activity)
{
  g_autofree char *folded = NULL;

  if (activity->responsible == NULL)
    return FALSE;
  folded = g_utf8_casefold (activity->responsible, -1);
  return strstr (folded, self->responsible) != NULL;
}

gboolean
karta_roadmap_page_more_filters_match (KartaRoadmapPage    *self,
                                       const KartaActivity *activity)
{
  KartaGanttLayout *layout = karta_gantt_view_get_layout (self->gantt_view);

  if (self->sections != NULL && !g_hash_table_contains (self->sections, &activity->section_id))
    return FALSE;
  if (self->overdue && karta_gantt_layout_effective_status (layout, activity) != KARTA_STATUS_OVERDUE)
    return FALSE;
  if (self->month.start != KARTA_DAY_NONE && !overlaps_month (self, activity))
    return FALSE;
  return self->responsible == NULL || has_responsible (self, activity);
}
