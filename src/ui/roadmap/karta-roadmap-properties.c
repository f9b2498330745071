/* karta-roadmap-properties.c — the modal editor of a roadmap's own fields
 *
 * Edits a copy of the roadmap (title, goal, period, orders, tasks, sections,
 * glossary) and saves it with one karta_store_update_roadmap() call: one
 * undoable step. Activities are not edited here. The forms of the orders,
 * sections and glossary are in karta-roadmap-properties-lists.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-properties"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-roadmap-properties.h"
#include "karta-roadmap-properties-private.h"

G_DEFINE_FINAL_TYPE (KartaRoadmapProperties, karta_roadmap_properties, ADW_TYPE_WINDOW)

/* Marks the roadmap edited, unless the editor is filling in its fields */
void
karta_roadmap_properties_changed (KartaRoadmapProperties *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

/* Shows @text (nullable) in @buffer and follows its edits */
void
karta_roadmap_properties_watch_buffer (KartaRoadmapProperties *self,
                                       GtkTextBuffer          *buffer,
                                       const char             *text)
{
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (karta_roadmap_properties_changed), self,
                           G_CONNECT_SWAPPED);
}

static char *
take_buffer (GtkTextBuffer *buffer)
{
  g_autofree char *text = karta_editor_buffer_get_text (buffer);

  return karta_editor_dup_text (text);
}

/* The "changed" handler of a date entry: marks it while it is not a date */
void
karta_roadmap_properties_day_changed (GtkEditable            *editable,
                                      KartaRoadmapProperties *self)
{
  karta_editor_check_day_entry (editable, NULL);
  karta_roadmap_properties_changed (self);
}

/* Period */

static void
show_period (KartaRoadmapProperties *self)
{
  g_autofree char *start = karta_day_format (self->roadmap->period.start);
  g_autofree char *end = karta_day_format (self->roadmap->period.end);

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
}

static void
on_period_apply (KartaRoadmapProperties *self)
{
  g_autofree char *text = karta_editor_get_text (GTK_EDITABLE (self->period_row));
  g_autoptr (GError) error = NULL;
  KartaPeriod period;

  if (text == NULL)
    return;
  if (!karta_period_parse (text, &period, &error) || period.start == KARTA_DAY_NONE)
    {
      karta_editor_show_toast (self->toast_overlay,
                               error ? error->message : _ ("Write a year (“2022”) or an academic year (“2023-2024”)"));
      return;
    }
  self->roadmap->period = period;
  show_period (self);
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), "");
}

/* Copying, loading and saving */

static KartaSection *
section_copy (const KartaSection *section)
{
  KartaSection *copy = karta_section_new (section->number, section->title);

  copy->id = section->id;
  copy->factor_id = section->factor_id;
  for (guint i = 0; i < section->tasks->len; i++)
    g_ptr_array_add (copy->tasks, g_strdup (g_ptr_array_index (section->tasks, i)));
  for (guint i = 0; i < section->indicators->len; i++)
    g_ptr_array_add (copy->indicators, g_strdup (g_ptr_array_index (section->indicators, i)));
  for (guint i = 0; i < section->activities->len; i++)
    g_ptr_array_add (copy->activities, karta_activity_copy (g_ptr_array_index (section->activities, i)));
  for (guint i = 0; i < section->sections->len; i++)
    g_ptr_array_add (copy->sections, section_copy (g_ptr_array_index (section->sections, i)));
  return copy;
}

static KartaRoadmap *
roadmap_copy (const KartaRoadmap *roadmap)
{
  KartaRoadmap *copy = karta_roadmap_new ();

  copy->id = roadmap->id;
  copy->title = g_strdup (roadmap->title);
  copy->goal = g_strdup (roadmap->goal);
  copy->period = roadmap->period;
  karta_order_free (copy->order);
  copy->order = karta_order_copy (roadmap->order);
  for (guint i = 0; i < roadmap->editions->len; i++)
    g_ptr_array_add (copy->editions, karta_order_copy (g_ptr_array_index (roadmap->editions, i)));
  for (guint i = 0; i < roadmap->tasks->len; i++)
    g_ptr_array_add (copy->tasks, g_strdup (g_ptr_array_index (roadmap->tasks, i)));
  for (guint i = 0; i < roadmap->sections->len; i++)
    g_ptr_array_add (copy->sections, section_copy (g_ptr_array_index (roadmap->sections, i)));
  for (guint i = 0; i < roadmap->glossary->len; i++)
    {
      KartaGlossaryEntry *entry = g_ptr_array_index (roadmap->glossary, i);
      g_ptr_array_add (copy->glossary, karta_glossary_entry_new (entry->abbr, entry->meaning));
    }
  return copy;
}

static void
populate (KartaRoadmapProperties *self)
{
  KartaRoadmap    *roadmap = self->roadmap;
  g_autofree char *tasks = karta_editor_join_lines (roadmap->tasks);

  self->loading = TRUE;
  karta_roadmap_properties_watch_buffer (self, gtk_text_view_get_buffer (self->title_view), roadmap->title);
  karta_roadmap_properties_watch_buffer (self, gtk_text_view_get_buffer (self->goal_view), roadmap->goal);
  karta_roadmap_properties_watch_buffer (self, gtk_text_view_get_buffer (self->tasks_view), tasks);
  show_period (self);
  karta_roadmap_properties_populate_lists (self);
  self->loading = FALSE;
}

static gboolean
collect (KartaRoadmapProperties *self,
         GError                **error)
{
  KartaRoadmap    *roadmap = self->roadmap;
  g_autofree char *tasks = karta_editor_buffer_get_text (gtk_text_view_get_buffer (self->tasks_view));

  if (!karta_editor_collect_day (GTK_EDITABLE (self->start_row), &roadmap->period.start, error) || !karta_editor_collect_day (GTK_EDITABLE (self->end_row), &roadmap->period.end, error) || !karta_roadmap_properties_collect_order (self, error))
    return FALSE;
  if (roadmap->period.start != KARTA_DAY_NONE && roadmap->period.end != KARTA_DAY_NONE && roadmap->period.end < roadmap->period.start)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("The period ends before it starts"));
      return FALSE;
    }
  g_free (roadmap->title);
  roadmap->title = take_buffer (gtk_text_view_get_buffer (self->title_view));
  g_free (roadmap->goal);
  roadmap->goal = take_buffer (gtk_text_view_get_buffer (self->goal_view));
  g_ptr_array_unref (roadmap->tasks);
  roadmap->tasks = karta_editor_split_lines (tasks);
  return karta_roadmap_properties_collect_lists (self, error);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (widget);
  g_autoptr (GError) error = NULL;
  gboolean saved = collect (self, &error) && karta_store_update_roadmap (self->store, self->roadmap, &error);

  karta_editor_finish_save (GTK_WINDOW (self), self->toast_overlay, &self->dirty, saved, error, NULL);
}

static gboolean
karta_roadmap_properties_close_request (GtkWindow *window)
{
  return karta_editor_close_request (window, KARTA_ROADMAP_PROPERTIES (window)->dirty);
}

static void
karta_roadmap_properties_dispose (GObject *object)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_ROADMAP_PROPERTIES);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_roadmap_properties_parent_class)->dispose (object);
}

static void
karta_roadmap_properties_finalize (GObject *object)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (object);

  g_clear_pointer (&self->editions, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->roadmap, karta_roadmap_unref);
  G_OBJECT_CLASS (karta_roadmap_properties_parent_class)->finalize (object);
}

static void
karta_roadmap_properties_class_init (KartaRoadmapPropertiesClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_roadmap_properties_dispose;
  object_class->finalize = karta_roadmap_properties_finalize;

  karta_editor_class_setup (widget_class, "/ru/karta/Karta/roadmap/karta-roadmap-properties.ui",
                            save_activated, karta_roadmap_properties_close_request);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, title_view);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, goal_view);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, tasks_view);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, period_row);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, start_row);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, end_row);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, order_group);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, editions_list);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, sections_page);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapProperties, glossary_list);
  gtk_widget_class_bind_template_callback (widget_class, on_period_apply);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_day_changed",
                                                G_CALLBACK (karta_roadmap_properties_day_changed));
  karta_roadmap_properties_class_init_lists (widget_class);
}

static void
karta_roadmap_properties_init (KartaRoadmapProperties *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editions = g_ptr_array_new_with_free_func (g_free);
  self->sections = g_ptr_array_new_with_free_func (g_free);
  gtk_list_box_set_placeholder (self->glossary_list, karta_list_placeholder_new (_ ("No abbreviations"), 12));
  gtk_list_box_set_placeholder (self->editions_list,
                                karta_list_placeholder_new (_ ("No editions: the roadmap is as first approved"), 12));
}

/**
 * karta_roadmap_properties_new:
 * @parent: (nullable): the window the editor is modal for
 *
 * Returns: (transfer none): the editor, shown; it destroys itself on closing.
 */
GtkWindow *
karta_roadmap_properties_new (GtkWindow          *parent,
                              KartaStore         *store,
                              const KartaRoadmap *roadmap)
{
  KartaRoadmapProperties *self;

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);
  g_return_val_if_fail (roadmap != NULL, NULL);

  self = g_object_new (KARTA_TYPE_ROADMAP_PROPERTIES, "transient-for", parent, NULL);
  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->store = g_object_ref (store);
  self->roadmap = roadmap_copy (roadmap);
  populate (self);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
