/* karta-roadmap-properties-lists.c — the repeated parts of a roadmap's
 * properties: the approving order and its editions, the sections, the
 * glossary
 *
 * Each part keeps a form (or a list box row) per item, pointing into the
 * edited copy of the roadmap; the forms are read back only on Save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-properties"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-attach-files.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-roadmap-properties-private.h"

static const char *const order_kinds[] = { "Поручение", "Распоряжение", "Приказ", NULL };

/* Any edit of @editable marks the roadmap edited */
static void
watch_editable (KartaRoadmapProperties *self,
                GtkWidget              *editable)
{
  g_signal_connect_object (editable, "changed", G_CALLBACK (karta_roadmap_properties_changed), self,
                           G_CONNECT_SWAPPED);
}

static GtkWidget *
entry_row_new (KartaRoadmapProperties *self,
               const char             *title,
               const char             *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  watch_editable (self, row);
  return row;
}

/* Orders */

static void
order_form_build (KartaRoadmapProperties *self,
                  OrderForm              *form,
                  KartaOrder             *order)
{
  const char *titles[G_N_ELEMENTS (form->rows)] = {
    _ ("Kind"),
    _ ("Number"),
    _ ("Date (DD.MM.YYYY)"),
    _ ("Issued by"),
    _ ("Signed by"),
    _ ("Controlled by"),
    _ ("Note"),
  };
  g_autofree char *date = karta_day_format (order->date);
  const char      *texts[G_N_ELEMENTS (form->rows)] = {
         order->kind,
         order->number,
         date,
         order->authority,
         order->signatory,
         order->controller,
         order->note,
  };

  form->order = order;
  for (guint i = 0; i < G_N_ELEMENTS (form->rows); i++)
    form->rows[i] = entry_row_new (self, titles[i], texts[i]);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (form->rows[0]),
                            karta_editor_suggestions_button (GTK_EDITABLE (form->rows[0]), order_kinds));
  g_signal_connect_object (form->rows[2], "changed",
                           G_CALLBACK (karta_roadmap_properties_day_changed), self, 0);
}

static gboolean
order_form_collect (OrderForm *form,
                    GError   **error)
{
  KartaOrder *order = form->order;
  char      **fields[G_N_ELEMENTS (form->rows)] = {
         &order->kind,
         &order->number,
         NULL,
         &order->authority,
         &order->signatory,
         &order->controller,
         &order->note,
  };

  if (!karta_editor_collect_day (GTK_EDITABLE (form->rows[2]), &order->date, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL)
      karta_editor_take_text (fields[i], GTK_EDITABLE (form->rows[i]));
  return TRUE;
}

/* The form of the edition whose row @button is in */
static OrderForm *
find_edition_form (KartaRoadmapProperties *self,
                   GtkButton              *button)
{
  GtkWidget *expander = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; i < self->editions->len; i++)
    {
      OrderForm *form = g_ptr_array_index (self->editions, i);
      if (form->expander == expander)
        return form;
    }
  g_return_val_if_reached (NULL);
}

static void
on_remove_edition (GtkButton              *button,
                   KartaRoadmapProperties *self)
{
  OrderForm *form = find_edition_form (self, button);

  gtk_list_box_remove (self->editions_list, form->expander);
  g_ptr_array_remove (self->roadmap->editions, form->order);
  g_ptr_array_remove (self->editions, form);
  self->dirty = TRUE;
}

/* The signed order, scanned: attached to the order as saved (an edition
 * added in this window has no id yet, and no button) */
static void
attach_to_order (KartaRoadmapProperties *self,
                 GtkWidget              *from,
                 const KartaOrder       *order)
{
  KartaDocumentTarget target = { .order_id = order->id };

  karta_attach_choose_files (from, self->store, &target);
}

static void
on_attach_edition (GtkButton              *button,
                   KartaRoadmapProperties *self)
{
  OrderForm *form = find_edition_form (self, button);

  attach_to_order (self, GTK_WIDGET (button), form->order);
}

static void
attach_order_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (widget);

  attach_to_order (self, GTK_WIDGET (self->order_group), self->roadmap->order);
}

static OrderForm *
add_edition_form (KartaRoadmapProperties *self,
                  KartaOrder             *order)
{
  OrderForm       *form = g_new0 (OrderForm, 1);
  GtkWidget       *remove = karta_list_row_button_new ("user-trash-symbolic", _ ("Remove Edition"),
                                                       G_CALLBACK (on_remove_edition), self);
  g_autofree char *date = karta_day_format (order->date);
  g_autofree char *title = g_strdup_printf ("%s № %s", order->kind ? order->kind : _ ("Order"),
                                            order->number ? order->number : "—");

  order_form_build (self, form, order);
  form->expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (form->expander), date);
  for (guint i = 0; i < G_N_ELEMENTS (form->rows); i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (form->expander), form->rows[i]);
  if (order->id != 0)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (form->expander),
                                 karta_list_row_button_new ("mail-attachment-symbolic", _ ("Attach the Scanned Order…"),
                                                            G_CALLBACK (on_attach_edition), self));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (form->expander), remove);
  gtk_list_box_append (self->editions_list, form->expander);
  g_ptr_array_add (self->editions, form);
  return form;
}

static void
add_edition_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (widget);
  KartaOrder             *order = karta_order_new ();
  OrderForm              *form;

  order->note = g_strdup ("новая редакция");
  g_ptr_array_add (self->roadmap->editions, order);
  form = add_edition_form (self, order);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (form->expander), TRUE);
  self->dirty = TRUE;
}

/* Sections: one group per section, the tree flattened in document order */

static GPtrArray *
find_parent_array (GPtrArray    *sections,
                   KartaSection *section)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KartaSection *child = g_ptr_array_index (sections, i);
      GPtrArray    *found;
      if (child == section)
        return sections;
      if ((found = find_parent_array (child->sections, section)) != NULL)
        return found;
    }
  return NULL;
}

/* The form of the section whose group @button is in */
static SectionForm *
find_section_form (KartaRoadmapProperties *self,
                   GtkButton              *button)
{
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < self->sections->len; i++)
    {
      SectionForm *form = g_ptr_array_index (self->sections, i);
      if (form->group == group)
        return form;
    }
  g_return_val_if_reached (NULL);
}

static void
on_remove_section (GtkButton              *button,
                   KartaRoadmapProperties *self)
{
  SectionForm *form = find_section_form (self, button);
  GPtrArray   *parent = find_parent_array (self->roadmap->sections, form->section);

  adw_preferences_page_remove (self->sections_page, ADW_PREFERENCES_GROUP (form->group));
  if (parent != NULL)
    g_ptr_array_remove (parent, form->section);
  g_ptr_array_remove (self->sections, form);
  self->dirty = TRUE;
}

static GtkWidget *
lines_view_new (KartaRoadmapProperties *self,
                GtkWidget              *box,
                const char             *heading,
                GPtrArray              *lines,
                GtkTextBuffer         **buffer)
{
  GtkWidget       *label = gtk_label_new (heading);
  GtkWidget       *view = gtk_text_view_new ();
  g_autofree char *text = karta_editor_join_lines (lines);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  g_object_set (view, "wrap-mode", GTK_WRAP_WORD_CHAR, "accepts-tab", FALSE, "top-margin", 8,
                "bottom-margin", 8, "left-margin", 12, "right-margin", 12, "height-request", 48, NULL);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  karta_roadmap_properties_watch_buffer (self, *buffer, text);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  return view;
}

static void
add_section_form (KartaRoadmapProperties *self,
                  KartaSection           *section,
                  guint                   depth)
{
  SectionForm     *form = g_new0 (SectionForm, 1);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  guint            n_activities = karta_section_count_activities (section);
  g_autofree char *title = g_strdup_printf (depth > 0 ? _ ("Subsection %s") : _ ("Section %s"),
                                            section->number ? section->number : "");
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities",
                                                               n_activities),
                                                  n_activities);

  form->section = section;
  form->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (form->group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (form->group), description);
  gtk_widget_set_margin_start (form->group, 24 * MIN (depth, 3));
  form->number = entry_row_new (self, _ ("Number"), section->number);
  form->title = entry_row_new (self, _ ("Title"), section->title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form->group), form->number);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form->group), form->title);
  lines_view_new (self, box, _ ("Tasks (one per line)"), section->tasks, &form->tasks);
  lines_view_new (self, box, _ ("Indicators (one per line)"), section->indicators, &form->indicators);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (form->group), box);
  if (n_activities == 0 && section->sections->len == 0)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (form->group),
                                             karta_list_row_button_new ("user-trash-symbolic", _ ("Remove Section"),
                                                                        G_CALLBACK (on_remove_section), self));
  adw_preferences_page_add (self->sections_page, ADW_PREFERENCES_GROUP (form->group));
  g_ptr_array_add (self->sections, form);
  for (guint i = 0; i < section->sections->len; i++)
    add_section_form (self, g_ptr_array_index (section->sections, i), depth + 1);
}

static void
add_section_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (widget);
  g_autofree char        *number = g_strdup_printf ("%u", self->roadmap->sections->len + 1);
  KartaSection           *section = karta_section_new (number, NULL);

  g_ptr_array_add (self->roadmap->sections, section);
  add_section_form (self, section, 0);
  gtk_widget_grab_focus (((SectionForm *) g_ptr_array_index (self->sections, self->sections->len - 1))->title);
  self->dirty = TRUE;
}

static void
section_form_collect (SectionForm *form)
{
  g_autofree char *tasks = karta_editor_buffer_get_text (form->tasks);
  g_autofree char *indicators = karta_editor_buffer_get_text (form->indicators);

  karta_editor_take_text (&form->section->number, GTK_EDITABLE (form->number));
  karta_editor_take_text (&form->section->title, GTK_EDITABLE (form->title));
  g_ptr_array_unref (form->section->tasks);
  form->section->tasks = karta_editor_split_lines (tasks);
  g_ptr_array_unref (form->section->indicators);
  form->section->indicators = karta_editor_split_lines (indicators);
}

/* Glossary: a row of two entries per abbreviation */

#define KARTA_TYPE_GLOSSARY_ROW (karta_glossary_row_get_type ())
G_DECLARE_FINAL_TYPE (KartaGlossaryRow, karta_glossary_row, KARTA, GLOSSARY_ROW, GtkListBoxRow)

/* A row of the glossary, and its entries, read back on saving */
struct _KartaGlossaryRow
{
  GtkListBoxRow parent_instance;

  GtkEditable *abbr;
  GtkEditable *meaning;
};

G_DEFINE_FINAL_TYPE (KartaGlossaryRow, karta_glossary_row, GTK_TYPE_LIST_BOX_ROW)

static void
karta_glossary_row_class_init (KartaGlossaryRowClass *klass)
{
}

static void
karta_glossary_row_init (KartaGlossaryRow *self)
{
}

static void
on_remove_abbreviation (GtkButton              *button,
                        KartaRoadmapProperties *self)
{
  gtk_list_box_remove (self->glossary_list, gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW));
  self->dirty = TRUE;
}

static KartaGlossaryRow *
glossary_row_new (KartaRoadmapProperties *self,
                  const char             *abbr,
                  const char             *meaning)
{
  KartaGlossaryRow *row = g_object_new (KARTA_TYPE_GLOSSARY_ROW, NULL);
  GtkWidget        *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget        *abbr_entry = gtk_entry_new ();
  GtkWidget        *meaning_entry = gtk_entry_new ();
  GtkWidget        *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set (box, "margin-start", 12, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_editable_set_text (GTK_EDITABLE (abbr_entry), abbr ? abbr : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (abbr_entry), 8);
  gtk_entry_set_placeholder_text (GTK_ENTRY (abbr_entry), _ ("Abbreviation"));
  gtk_editable_set_text (GTK_EDITABLE (meaning_entry), meaning ? meaning : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (meaning_entry), _ ("Meaning"));
  gtk_widget_set_hexpand (meaning_entry, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove Abbreviation"));
  watch_editable (self, abbr_entry);
  watch_editable (self, meaning_entry);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_abbreviation), self, 0);
  gtk_box_append (GTK_BOX (box), abbr_entry);
  gtk_box_append (GTK_BOX (box), meaning_entry);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  row->abbr = GTK_EDITABLE (abbr_entry);
  row->meaning = GTK_EDITABLE (meaning_entry);
  return row;
}

static void
add_abbreviation_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  KartaRoadmapProperties *self = KARTA_ROADMAP_PROPERTIES (widget);
  KartaGlossaryRow       *row = glossary_row_new (self, NULL, NULL);

  gtk_list_box_append (self->glossary_list, GTK_WIDGET (row));
  gtk_widget_grab_focus (GTK_WIDGET (row->abbr));
  self->dirty = TRUE;
}

static void
collect_glossary (KartaRoadmapProperties *self)
{
  g_ptr_array_set_size (self->roadmap->glossary, 0);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->glossary_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      KartaGlossaryRow *glossary_row = KARTA_IS_GLOSSARY_ROW (row) ? KARTA_GLOSSARY_ROW (row) : NULL;
      g_autofree char  *abbr = glossary_row ? karta_editor_get_text (glossary_row->abbr) : NULL;
      g_autofree char  *meaning = NULL;

      if (abbr == NULL)
        continue; /* the placeholder, or an empty line */
      meaning = karta_editor_get_text (glossary_row->meaning);
      g_ptr_array_add (self->roadmap->glossary, karta_glossary_entry_new (abbr, meaning));
    }
}

/* Filling in and reading back */

/**
 * karta_roadmap_properties_populate_lists:
 *
 * Shows the order, editions, sections and glossary of the edited roadmap.
 */
void
karta_roadmap_properties_populate_lists (KartaRoadmapProperties *self)
{
  KartaRoadmap *roadmap = self->roadmap;

  order_form_build (self, &self->order_form, roadmap->order);
  for (guint i = 0; i < G_N_ELEMENTS (self->order_form.rows); i++)
    adw_preferences_group_add (self->order_group, self->order_form.rows[i]);
  for (guint i = 0; i < roadmap->editions->len; i++)
    add_edition_form (self, g_ptr_array_index (roadmap->editions, i));
  for (guint i = 0; i < roadmap->sections->len; i++)
    add_section_form (self, g_ptr_array_index (roadmap->sections, i), 0);
  for (guint i = 0; i < roadmap->glossary->len; i++)
    {
      KartaGlossaryEntry *entry = g_ptr_array_index (roadmap->glossary, i);
      gtk_list_box_append (self->glossary_list, GTK_WIDGET (glossary_row_new (self, entry->abbr, entry->meaning)));
    }
}

/**
 * karta_roadmap_properties_collect_order:
 *
 * Reads the order approving the roadmap back into the edited copy.
 */
gboolean
karta_roadmap_properties_collect_order (KartaRoadmapProperties *self,
                                        GError                **error)
{
  return order_form_collect (&self->order_form, error);
}

/**
 * karta_roadmap_properties_collect_lists:
 *
 * Reads the editions, sections and glossary back into the edited copy;
 * FALSE (and nothing more read) at the first edition with a wrong date.
 */
gboolean
karta_roadmap_properties_collect_lists (KartaRoadmapProperties *self,
                                        GError                **error)
{
  for (guint i = 0; i < self->editions->len; i++)
    if (!order_form_collect (g_ptr_array_index (self->editions, i), error))
      return FALSE;
  for (guint i = 0; i < self->sections->len; i++)
    section_form_collect (g_ptr_array_index (self->sections, i));
  collect_glossary (self);
  return TRUE;
}

/**
 * karta_roadmap_properties_class_init_lists:
 *
 * Installs the actions that add editions, sections and abbreviations.
 */
void
karta_roadmap_properties_class_init_lists (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-edition", NULL, add_edition_activated);
  gtk_widget_class_install_action (widget_class, "editor.attach-order", NULL, attach_order_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-section", NULL, add_section_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-abbreviation", NULL, add_abbreviation_activated);
}
