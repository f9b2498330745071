/* karta-risk-editor.c — the modal editor of a school's risk profile for a year
 *
 * A row per factor of the year's list, each with three linked toggles.
 * The levels chosen are kept by factor across changes of the year, so
 * that moving a profile to another year keeps what was entered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-risk-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-dialog-size.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-risk-editor.h"
#include "karta-risk.h"

struct _KartaRiskEditor
{
  AdwWindow parent_instance;

  KartaStore      *store;
  gint64           organisation_id;
  char            *school_name;
  KartaFactorList *list;   /* the year's factors */
  GHashTable      *levels; /* factor id (gint64*) → KartaRiskLevel */
  gboolean         loading;
  gboolean         dirty;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkSpinButton   *year_spin;
  GtkListBox      *factors_list;
};

G_DEFINE_FINAL_TYPE (KartaRiskEditor, karta_risk_editor, ADW_TYPE_WINDOW)

/* The toggles, in the order shown */
static const KartaRiskLevel shown_levels[] = { KARTA_RISK_HIGH, KARTA_RISK_MEDIUM, KARTA_RISK_LOW };

static KartaRiskLevel
get_level (KartaRiskEditor *self,
           gint64           factor_id)
{
  gpointer level;

  if (g_hash_table_lookup_extended (self->levels, &factor_id, NULL, &level))
    return GPOINTER_TO_INT (level);
  return KARTA_RISK_LOW;
}

static void
set_level (KartaRiskEditor *self,
           gint64           factor_id,
           KartaRiskLevel   level)
{
  g_hash_table_insert (self->levels, g_memdup2 (&factor_id, sizeof factor_id), GINT_TO_POINTER (level));
}

/* What a level toggle chooses: the data of its "toggled" handler */
typedef struct
{
  KartaRiskEditor *editor; /* which the toggle is in */
  gint64           factor_id;
  KartaRiskLevel   level;
} LevelChoice;

static void
level_choice_free (gpointer  data,
                   GClosure *closure)
{
  g_free (data);
}

static void
on_level_toggled (GtkToggleButton *button,
                  LevelChoice     *choice)
{
  KartaRiskEditor *self = choice->editor;

  if (!gtk_toggle_button_get_active (button) || self->loading)
    return;
  set_level (self, choice->factor_id, choice->level);
  self->dirty = TRUE;
}

static GtkWidget *
level_button_new (KartaRiskEditor *self,
                  const KartaRef  *factor,
                  KartaRiskLevel   level,
                  GtkWidget       *group)
{
  GtkWidget       *button = gtk_toggle_button_new_with_label (karta_risk_level_describe (level));
  LevelChoice     *choice = g_new0 (LevelChoice, 1);
  g_autofree char *name = g_strdup_printf ("risk-%" G_GINT64_FORMAT "-%s", factor->id,
                                           karta_risk_level_to_string (level));

  gtk_widget_set_name (button, name);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), get_level (self, factor->id) == level);
  choice->editor = self;
  choice->factor_id = factor->id;
  choice->level = level;
  /* the toggle is in the editor, which outlives it */
  g_signal_connect_data (button, "toggled", G_CALLBACK (on_level_toggled), choice, level_choice_free, 0);
  return button;
}

static GtkWidget *
factor_row_new (KartaRiskEditor *self,
                const KartaRef  *factor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *first = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), factor->name != NULL ? factor->name : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  factor->name != NULL ? factor->name : "", -1);
  for (guint i = 0; i < G_N_ELEMENTS (shown_levels); i++)
    {
      GtkWidget *button = level_button_new (self, factor, shown_levels[i], first);
      if (first == NULL)
        first = button;
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

/* Shows the factors of the year's list, with the year's stored levels
 * where the school has a profile, else the levels chosen so far */
static void
load_year (KartaRiskEditor *self,
           int              year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRiskProfile) profile = karta_store_load_risk_profile (self->store, self->organisation_id,
                                                                        year, NULL);

  self->loading = TRUE;
  karta_list_box_clear (self->factors_list);
  g_clear_pointer (&self->list, karta_factor_list_free);
  self->list = karta_store_load_factor_list_for_year (self->store, year, &error);
  if (self->list == NULL)
    {
      karta_editor_show_toast (self->toast_overlay, error != NULL ? error->message
                                                                  : _ ("There is no list of risk factors for this year"));
      self->loading = FALSE;
      return;
    }
  for (guint i = 0; profile != NULL && i < profile->entries->len; i++)
    {
      KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      set_level (self, entry->factor_id, entry->level);
    }
  for (guint i = 0; i < self->list->factors->len; i++)
    gtk_list_box_append (self->factors_list, factor_row_new (self, g_ptr_array_index (self->list->factors, i)));
  self->loading = FALSE;
}

static void
on_year_changed (KartaRiskEditor *self)
{
  if (self->store == NULL)
    return;
  load_year (self, gtk_spin_button_get_value_as_int (self->year_spin));
  if (!self->loading)
    self->dirty = TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaRiskEditor *self = KARTA_RISK_EDITOR (widget);
  g_autoptr (KartaRiskProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  gboolean saved = FALSE;

  gtk_spin_button_update (self->year_spin);
  if (self->list != NULL)
    {
      profile = karta_risk_profile_new (self->organisation_id, gtk_spin_button_get_value_as_int (self->year_spin));
      profile->list_id = self->list->id;
      for (guint i = 0; i < self->list->factors->len; i++)
        {
          KartaRef *factor = g_ptr_array_index (self->list->factors, i);
          karta_risk_profile_add (profile, factor->id, factor->name, get_level (self, factor->id));
        }
      saved = karta_store_save_risk_profile (self->store, profile, &error);
    }
  karta_editor_finish_save (GTK_WINDOW (self), self->toast_overlay, &self->dirty, saved, error,
                            _ ("The risk profile could not be saved"));
}

static gboolean
karta_risk_editor_close_request (GtkWindow *window)
{
  return karta_editor_close_request (window, KARTA_RISK_EDITOR (window)->dirty);
}

static void
karta_risk_editor_dispose (GObject *object)
{
  KartaRiskEditor *self = KARTA_RISK_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_RISK_EDITOR);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_risk_editor_parent_class)->dispose (object);
}

static void
karta_risk_editor_finalize (GObject *object)
{
  KartaRiskEditor *self = KARTA_RISK_EDITOR (object);

  g_clear_pointer (&self->list, karta_factor_list_free);
  g_clear_pointer (&self->levels, g_hash_table_unref);
  g_free (self->school_name);
  G_OBJECT_CLASS (karta_risk_editor_parent_class)->finalize (object);
}

static void
karta_risk_editor_class_init (KartaRiskEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_risk_editor_dispose;
  object_class->finalize = karta_risk_editor_finalize;

  karta_editor_class_setup (widget_class, "/ru/karta/Karta/schools/karta-risk-editor.ui",
                            save_activated, karta_risk_editor_close_request);
  gtk_widget_class_bind_template_child (widget_class, KartaRiskEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KartaRiskEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KartaRiskEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KartaRiskEditor, factors_list);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed);
}

static void
karta_risk_editor_init (KartaRiskEditor *self)
{
  self->levels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (self->factors_list, karta_list_placeholder_new (_ ("No risk factors"), 12));
}

/**
 * karta_risk_editor_new:
 * @parent: (nullable): the window the editor is modal for
 * @year: the year of the profile to edit (or to create)
 *
 * Returns: (transfer none): the editor, shown; it destroys itself on closing.
 */
GtkWindow *
karta_risk_editor_new (GtkWindow  *parent,
                       KartaStore *store,
                       gint64      organisation_id,
                       const char *school_name,
                       int         year)
{
  KartaRiskEditor *self;

  g_return_val_if_fail (KARTA_IS_STORE (store), NULL);

  self = g_object_new (KARTA_TYPE_RISK_EDITOR, "transient-for", parent, NULL);
  karta_dialog_fit_parent (GTK_WINDOW (self));
  self->organisation_id = organisation_id;
  self->school_name = g_strdup (school_name);
  adw_window_title_set_subtitle (self->window_title, school_name != NULL ? school_name : "");
  self->loading = TRUE;
  gtk_spin_button_set_value (self->year_spin, year);
  self->loading = FALSE;
  self->store = g_object_ref (store);
  load_year (self, year);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
