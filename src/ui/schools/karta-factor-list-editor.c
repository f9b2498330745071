/* karta-factor-list-editor.c — the modal editor of the lists of risk factors
 *
 * Factor lists differ by year: the window shows one list at a time, its
 * factors as editable rows that move and go. Save stores the shown list
 * as one undoable step, so while it has unsaved changes the other lists
 * stay out of reach. A new list for a year starts as a copy of the newest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-factor-list-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-factor-list-editor.h"
#include "karta-list-private.h"
#include "karta-risk.h"

struct _KartaFactorListEditor
{
  AdwWindow parent_instance;

  KartaStore *store;
  GPtrArray  *lists; /* of KartaFactorList*, by year; the shown one edited in place */
  guint       shown; /* index in lists */
  gboolean    loading;
  gboolean    dirty;

  AdwToastOverlay *toast_overlay;
  GtkDropDown     *list_dropdown;
  GtkMenuButton   *new_list_button;
  GtkPopover      *new_list_popover;
  GtkSpinButton   *year_spin;
  AdwEntryRow     *title_row;
  GtkListBox      *factors_list;
};

G_DEFINE_FINAL_TYPE (KartaFactorListEditor, karta_factor_list_editor, ADW_TYPE_WINDOW)

static KartaFactorList *
shown_list (KartaFactorListEditor *self)
{
  return self->shown < self->lists->len ? g_ptr_array_index (self->lists, self->shown) : NULL;
}

/* The other lists are out of reach until the shown one is saved */
static void
set_dirty (KartaFactorListEditor *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->list_dropdown), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_list_button), FALSE);
}

static char *
describe_list (const KartaFactorList *list)
{
  if (list->title != NULL && *list->title != '\0')
    return g_strdup_printf ("%d — %s", list->year, list->title);
  return g_strdup_printf ("%d", list->year);
}

static void
refresh_dropdown (KartaFactorListEditor *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->lists->len; i++)
    {
      g_autofree char *text = describe_list (g_ptr_array_index (self->lists, i));
      gtk_string_list_append (model, text);
    }
  self->loading = TRUE;
  gtk_drop_down_set_model (self->list_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->list_dropdown, self->shown);
  self->loading = FALSE;
}

/* Factor rows */

static guint
row_index (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static void
on_name_changed (GtkEditable           *editable,
                 KartaFactorListEditor *self)
{
  KartaRef *factor;

  if (self->loading)
    return;
  factor = g_ptr_array_index (shown_list (self)->factors, row_index (GTK_WIDGET (editable)));
  g_free (factor->name);
  factor->name = g_strdup (gtk_editable_get_text (editable));
  set_dirty (self);
}

static void refresh_factors (KartaFactorListEditor *self);

static void
move_factor (KartaFactorListEditor *self,
             guint                  from,
             guint                  to)
{
  GPtrArray *factors = shown_list (self)->factors;
  KartaRef  *factor = g_ptr_array_steal_index (factors, from);

  g_ptr_array_insert (factors, to, factor);
  set_dirty (self);
  refresh_factors (self);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->factors_list, to)));
}

static void
on_up_clicked (GtkButton             *button,
               KartaFactorListEditor *self)
{
  guint index = row_index (GTK_WIDGET (button));

  if (index > 0)
    move_factor (self, index, index - 1);
}

static void
on_down_clicked (GtkButton             *button,
                 KartaFactorListEditor *self)
{
  guint index = row_index (GTK_WIDGET (button));

  if (index + 1 < shown_list (self)->factors->len)
    move_factor (self, index, index + 1);
}

static void
on_remove_clicked (GtkButton             *button,
                   KartaFactorListEditor *self)
{
  g_ptr_array_remove_index (shown_list (self)->factors, row_index (GTK_WIDGET (button)));
  set_dirty (self);
  refresh_factors (self);
}

static GtkWidget *
row_button_new (KartaFactorListEditor *self,
                const char            *icon_name,
                const char            *tooltip,
                GCallback              callback,
                gboolean               sensitive)
{
  GtkWidget *button = karta_list_row_button_new (icon_name, tooltip, callback, self);

  gtk_widget_set_sensitive (button, sensitive);
  return button;
}

static GtkWidget *
factor_row_new (KartaFactorListEditor *self,
                const KartaRef        *factor,
                guint                  index,
                guint                  n_factors)
{
  GtkWidget       *row = adw_entry_row_new ();
  g_autofree char *title = g_strdup_printf (_ ("Factor %u"), index + 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), factor->name != NULL ? factor->name : "");
  g_signal_connect_object (row, "changed", G_CALLBACK (on_name_changed), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            row_button_new (self, "go-up-symbolic", _ ("Move Up"),
                                            G_CALLBACK (on_up_clicked), index > 0));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            row_button_new (self, "go-down-symbolic", _ ("Move Down"),
                                            G_CALLBACK (on_down_clicked), index + 1 < n_factors));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            row_button_new (self, "user-trash-symbolic", _ ("Remove Factor"),
                                            G_CALLBACK (on_remove_clicked), TRUE));
  return row;
}

static void
refresh_factors (KartaFactorListEditor *self)
{
  KartaFactorList *list = shown_list (self);

  self->loading = TRUE;
  karta_list_box_clear (self->factors_list);
  karta_editor_set_text (GTK_EDITABLE (self->title_row), list != NULL ? list->title : NULL);
  for (guint i = 0; list != NULL && i < list->factors->len; i++)
    gtk_list_box_append (self->factors_list,
                         factor_row_new (self, g_ptr_array_index (list->factors, i), i, list->factors->len));
  self->loading = FALSE;
}

/* Lists */

static void
on_list_selected (KartaFactorListEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->list_dropdown);

  if (self->loading || selected == GTK_INVALID_LIST_POSITION || selected == self->shown)
    return;
  self->shown = selected;
  refresh_factors (self);
}

static void
on_title_changed (KartaFactorListEditor *self)
{
  KartaFactorList *list = shown_list (self);

  if (self->loading || list == NULL)
    return;
  karta_editor_take_text (&list->title, GTK_EDITABLE (self->title_row));
  set_dirty (self);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KartaFactorListEditor *self = KARTA_FACTOR_LIST_EDITOR (widget);
  KartaFactorList       *list = shown_list (self);
  GtkListBoxRow         *row;

  if (list == NULL)
    return;
  g_ptr_array_add (list->factors, karta_ref_new (0, ""));
  set_dirty (self);
  refresh_factors (self);
  row = gtk_list_box_get_row_at_index (self->factors_list, list->factors->len - 1);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* A copy of @list for @year, to be stored as new: ids 0 */
static KartaFactorList *
new_list_from (const KartaFactorList *list,
               int                    year)
{
  KartaFactorList *copy = karta_factor_list_new ();

  copy->year = year;
  for (guint i = 0; list != NULL && i < list->factors->len; i++)
    {
      const KartaRef *factor = g_ptr_array_index (list->factors, i);
      g_ptr_array_add (copy->factors, karta_ref_new (0, factor->name));
    }
  return copy;
}

static void
new_list_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KartaFactorListEditor *self = KARTA_FACTOR_LIST_EDITOR (widget);
  const KartaFactorList *newest = self->lists->len > 0 ? g_ptr_array_index (self->lists, self->lists->len - 1) : NULL;
  int                    year;
  guint                  position = 0;

  gtk_spin_button_update (self->year_spin);
  year = gtk_spin_button_get_value_as_int (self->year_spin);
  gtk_popover_popdown (self->new_list_popover);
  for (guint i = 0; i < self->lists->len; i++)
    {
      const KartaFactorList *list = g_ptr_array_index (self->lists, i);
      if (list->year == year)
        {
          g_autofree char *message = g_strdup_printf (_ ("There is a list for %d already"), year);
          karta_editor_show_toast (self->toast_overlay, message);
          self->shown = i;
          refresh_dropdown (self);
          refresh_factors (self);
          return;
        }
      if (list->year < year)
        position = i + 1;
    }
  g_ptr_array_insert (self->lists, position, new_list_from (newest, year));
  self->shown = position;
  refresh_dropdown (self);
  refresh_factors (self);
  set_dirty (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaFactorListEditor *self = KARTA_FACTOR_LIST_EDITOR (widget);
  KartaFactorList       *list = shown_list (self);
  g_autoptr (GError) error = NULL;
  gboolean saved = TRUE;

  if (list != NULL && self->dirty)
    saved = karta_store_save_factor_list (self->store, list, &error) != 0;
  karta_editor_finish_save (GTK_WINDOW (self), self->toast_overlay, &self->dirty, saved, error,
                            _ ("The list of risk factors could not be saved"));
}

static gboolean
karta_factor_list_editor_close_request (GtkWindow *window)
{
  return karta_editor_close_request (window, KARTA_FACTOR_LIST_EDITOR (window)->dirty);
}

static void
karta_factor_list_editor_dispose (GObject *object)
{
  KartaFactorListEditor *self = KARTA_FACTOR_LIST_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_FACTOR_LIST_EDITOR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_factor_list_editor_parent_class)->dispose (object);
}

static void
karta_factor_list_editor_finalize (GObject *object)
{
  KartaFactorListEditor *self = KARTA_FACTOR_LIST_EDITOR (object);

  g_clear_pointer (&self->lists, g_ptr_array_unref);
  G_OBJECT_CLASS (karta_factor_list_editor_parent_class)->finalize (object);
}

static void
karta_factor_list_editor_class_init (KartaFactorListEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_factor_list_editor_dispose;
  object_class->finalize = karta_factor_list_editor_finalize;

  karta_editor_class_setup (widget_class, "/ru/karta/Karta/schools/karta-factor-list-editor.ui",
                            save_activated, karta_factor_list_editor_close_request);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, list_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, new_list_button);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, new_list_popover);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KartaFactorListEditor, factors_list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_install_action (widget_class, "factors.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "factors.new-list", NULL, new_list_activated);
}

static void
karta_factor_list_editor_init (KartaFactorListEditor *self)
{
  self->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_factor_list_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (self->factors_list, karta_list_placeholder_new (_ ("No risk factors"), 12));
}

/**
 * karta_factor_list_editor_new:
 * @parent: (nullable): the window the editor is modal for
 *
 * Shows the newest list of @store's risk factors.
 *
 * Returns: (transfer none): the editor, shown; it destroys itself on closing.
 */
GtkWindow *
karta_factor_list_editor_new (GtkWindow  *parent,
                              KartaStore *store)
{
  KartaFactorListEditor *self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);

  self = g_object_new (KARTA_TYPE_FACTOR_LIST_EDITOR, "transient-for", parent, NULL);
  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->store = g_object_ref (store);
  lists = karta_store_list_factor_lists (store, &error);
  if (lists == NULL)
    karta_editor_show_toast (self->toast_overlay, error->message);
  else
    g_ptr_array_extend_and_steal (self->lists, g_steal_pointer (&lists));
  self->shown = self->lists->len > 0 ? self->lists->len - 1 : 0;
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  refresh_dropdown (self);
  refresh_factors (self);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
