/* karta-school-editor.c — the modal editor of one organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-school-editor"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "karta-attach-files.h"
#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-school-editor.h"

struct _KartaSchoolEditor
{
  AdwWindow parent_instance;

  KartaStore        *store;
  KartaOrganisation *organisation; /* the copy being edited */
  GPtrArray         *people;       /* of KartaPerson*: curator choices */
  GPtrArray         *categories;   /* of CategoryForm*, in the list's order */
  gboolean           loading;
  gboolean           dirty;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwEntryRow     *short_name_row;
  AdwEntryRow     *number_row;
  AdwEntryRow     *kind_row;
  AdwEntryRow     *district_row;
  GtkSpinButton   *pupils_spin;
  GtkSwitch       *is_school_switch;
  AdwComboRow     *curator_row;
  GtkListBox      *categories_list;
};

G_DEFINE_FINAL_TYPE (KartaSchoolEditor, karta_school_editor, ADW_TYPE_WINDOW)

/* The widgets of one category row, read back on saving */
typedef struct
{
  KartaSchoolEditor *editor; /* which the row is in */
  GtkWidget         *row;
  GtkSpinButton     *year;
  GtkEditable       *name;
} CategoryForm;

static const char *const category_names[] = {
  "ШНОР", "ШНСУ", "ШФСОР", "ШПУН", "ШЛ", "500+", "РПП", NULL
};

static const char *const school_kinds[] = {
  "ГБОУ СОШ", "ГБОУ гимназия", "ГБОУ лицей", "ГБОУ ООШ", "МБОУ СОШ", "МОУ СОШ", "МКОУ СОШ", NULL
};

static void
on_changed (KartaSchoolEditor *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

/* -1 is "unknown" and shows as an empty field */
static int
on_pupils_input (GtkSpinButton *spin,
                 double        *new_value,
                 gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char       *end = NULL;
  long        value;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    {
      *new_value = -1;
      return TRUE;
    }
  value = strtol (text, &end, 10);
  if (end == text || value < 0)
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

static gboolean
on_pupils_output (GtkSpinButton *spin,
                  gpointer       user_data)
{
  int              value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value < 0 ? g_strdup ("") : g_strdup_printf ("%d", value);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* Categories: one row per (year, name) */

static void
on_remove_category (GtkButton    *button,
                    CategoryForm *form)
{
  KartaSchoolEditor *self = form->editor;

  gtk_list_box_remove (self->categories_list, form->row);
  g_ptr_array_remove (self->categories, form);
  self->dirty = TRUE;
}

/* The row of @form, filling in its widgets */
static GtkWidget *
category_row_new (CategoryForm *form,
                  int           year,
                  const char   *name)
{
  KartaSchoolEditor *self = form->editor;
  GtkWidget         *row = gtk_list_box_row_new ();
  GtkWidget         *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget         *spin = gtk_spin_button_new_with_range (2000, 2100, 1);
  GtkWidget         *entry = gtk_entry_new ();
  GtkWidget         *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set (box, "margin-start", 12, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), year);
  gtk_widget_set_tooltip_text (spin, _ ("Year"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Year"), -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("Category"));
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove Category"));
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  /* the form is freed after its row is removed, or with the editor */
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_category), form);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), karta_editor_suggestions_button (GTK_EDITABLE (entry), category_names));
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  form->year = GTK_SPIN_BUTTON (spin);
  form->name = GTK_EDITABLE (entry);
  return row;
}

static void
add_category_row (KartaSchoolEditor *self,
                  int                year,
                  const char        *name)
{
  CategoryForm *form = g_new0 (CategoryForm, 1);

  form->editor = self;
  form->row = category_row_new (form, year, name);
  gtk_list_box_append (self->categories_list, form->row);
  g_ptr_array_add (self->categories, form);
}

static void
add_category_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KartaSchoolEditor *self = KARTA_SCHOOL_EDITOR (widget);
  int                year;

  karta_day_to_ymd (karta_day_today (), &year, NULL, NULL);
  add_category_row (self, year, NULL);
  self->dirty = TRUE;
}

static void
collect_categories (KartaSchoolEditor *self)
{
  g_ptr_array_set_size (self->organisation->categories, 0);
  for (guint i = 0; i < self->categories->len; i++)
    {
      CategoryForm    *form = g_ptr_array_index (self->categories, i);
      g_autofree char *name = karta_editor_dup_text (gtk_editable_get_text (form->name));

      if (name != NULL)
        karta_organisation_add_category (self->organisation, gtk_spin_button_get_value_as_int (form->year), name);
    }
}

/* Curator: "None" and then the people of the library */

static void
load_people (KartaSchoolEditor *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  guint selected = 0;

  self->people = karta_store_list_people (self->store, &error);
  if (self->people == NULL)
    {
      g_warning ("Could not list people: %s", error->message);
      self->people = g_ptr_array_new ();
    }
  gtk_string_list_append (model, C_ ("curator", "None"));
  for (guint i = 0; i < self->people->len; i++)
    {
      KartaPerson *person = g_ptr_array_index (self->people, i);
      gtk_string_list_append (model, person->full_name ? person->full_name : "");
      if (person->id == self->organisation->curator_id)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->curator_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->curator_row, selected);
}

static gint64
selected_curator (KartaSchoolEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->curator_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->people->len)
    return 0;
  return ((KartaPerson *) g_ptr_array_index (self->people, selected - 1))->id;
}

/* Loading and saving */

static void
populate (KartaSchoolEditor *self)
{
  KartaOrganisation *organisation = self->organisation;

  self->loading = TRUE;
  adw_window_title_set_title (self->window_title,
                              organisation->id == 0 ? _ ("New School") : _ ("Edit School"));
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
  karta_editor_set_text (GTK_EDITABLE (self->name_row), organisation->name);
  karta_editor_set_text (GTK_EDITABLE (self->short_name_row), organisation->short_name);
  karta_editor_set_text (GTK_EDITABLE (self->number_row), organisation->number);
  karta_editor_set_text (GTK_EDITABLE (self->kind_row), organisation->kind);
  karta_editor_set_text (GTK_EDITABLE (self->district_row), organisation->district);
  gtk_spin_button_set_value (self->pupils_spin, organisation->pupils < 0 ? -1 : organisation->pupils);
  gtk_switch_set_active (self->is_school_switch, organisation->is_school);
  load_people (self);
  for (guint i = 0; i < organisation->categories->len; i++)
    {
      KartaCategory *category = g_ptr_array_index (organisation->categories, i);
      add_category_row (self, category->year, category->name);
    }
  self->loading = FALSE;
}

static gboolean
collect (KartaSchoolEditor *self,
         GError           **error)
{
  KartaOrganisation *organisation = self->organisation;

  karta_editor_take_text (&organisation->name, GTK_EDITABLE (self->name_row));
  if (organisation->name == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("The school needs a name"));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return FALSE;
    }
  karta_editor_take_text (&organisation->short_name, GTK_EDITABLE (self->short_name_row));
  karta_editor_take_text (&organisation->number, GTK_EDITABLE (self->number_row));
  karta_editor_take_text (&organisation->kind, GTK_EDITABLE (self->kind_row));
  karta_editor_take_text (&organisation->district, GTK_EDITABLE (self->district_row));
  gtk_spin_button_update (self->pupils_spin);
  organisation->pupils = gtk_spin_button_get_value_as_int (self->pupils_spin);
  organisation->is_school = gtk_switch_get_active (self->is_school_switch);
  organisation->curator_id = selected_curator (self);
  collect_categories (self);
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaSchoolEditor *self = KARTA_SCHOOL_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  gboolean saved = collect (self, &error) && karta_store_save_organisation (self->store, self->organisation, &error) > 0;

  karta_editor_finish_save (GTK_WINDOW (self), self->toast_overlay, &self->dirty, saved, error,
                            _ ("The school could not be saved"));
}

static gboolean
karta_school_editor_close_request (GtkWindow *window)
{
  return karta_editor_close_request (window, KARTA_SCHOOL_EDITOR (window)->dirty);
}

static void
karta_school_editor_dispose (GObject *object)
{
  KartaSchoolEditor *self = KARTA_SCHOOL_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_SCHOOL_EDITOR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_school_editor_parent_class)->dispose (object);
}

static void
karta_school_editor_finalize (GObject *object)
{
  KartaSchoolEditor *self = KARTA_SCHOOL_EDITOR (object);

  g_clear_pointer (&self->organisation, karta_organisation_free);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  G_OBJECT_CLASS (karta_school_editor_parent_class)->finalize (object);
}

/* Documents go to the school as saved: a new one has no id yet */
static void
attach_documents_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  KartaSchoolEditor  *self = KARTA_SCHOOL_EDITOR (widget);
  KartaDocumentTarget target = { .organisation_id = self->organisation->id };

  karta_attach_choose_files (GTK_WIDGET (self->categories_list), self->store, &target);
}

static void
karta_school_editor_class_init (KartaSchoolEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_school_editor_dispose;
  object_class->finalize = karta_school_editor_finalize;

  karta_editor_class_setup (widget_class, "/ru/karta/Karta/schools/karta-school-editor.ui",
                            save_activated, karta_school_editor_close_request);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, pupils_spin);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, is_school_switch);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, curator_row);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolEditor, categories_list);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pupils_input);
  gtk_widget_class_bind_template_callback (widget_class, on_pupils_output);

  gtk_widget_class_install_action (widget_class, "editor.add-category", NULL, add_category_activated);
  gtk_widget_class_install_action (widget_class, "editor.attach-documents", NULL, attach_documents_activated);
}

static void
karta_school_editor_init (KartaSchoolEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->categories = g_ptr_array_new_with_free_func (g_free);
  adw_entry_row_add_suffix (self->kind_row,
                            karta_editor_suggestions_button (GTK_EDITABLE (self->kind_row), school_kinds));
  gtk_list_box_set_placeholder (self->categories_list, karta_list_placeholder_new (_ ("No categories"), 12));
}

/**
 * karta_school_editor_new:
 * @parent: (nullable): the window the editor is modal for
 * @organisation: (nullable): the organisation to edit, or %NULL to add one
 *
 * Returns: (transfer none): the editor, shown; it destroys itself on closing.
 */
GtkWindow *
karta_school_editor_new (GtkWindow               *parent,
                         KartaStore              *store,
                         const KartaOrganisation *organisation)
{
  KartaSchoolEditor *self;

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);

  self = g_object_new (KARTA_TYPE_SCHOOL_EDITOR, "transient-for", parent, NULL);
  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->store = g_object_ref (store);
  self->organisation = organisation != NULL ? karta_organisation_copy (organisation)
                                            : karta_organisation_new ();
  populate (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.attach-documents", self->organisation->id != 0);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
