/* karta-factor-picker.c — choose the risk factors an activity addresses
 *
 * A boxed list with a check box per factor of the current list; a factor
 * already chosen from an older list stays shown, so nothing is dropped
 * unseen. Factors suggested by the section's title come first, marked,
 * but are never checked for the user.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-factor-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-factor-picker.h"

struct _KartaFactorPicker
{
  AdwBin parent_instance;

  GtkListBox *list;
  GPtrArray  *offered;   /* of KartaRef*: the list, as set */
  GHashTable *suggested; /* factor ids (gint64*) suggested */
  GPtrArray  *factors;   /* of KartaRef*, one per row */
  GPtrArray  *checks;    /* of GtkCheckButton*, one per row */
};

G_DEFINE_FINAL_TYPE (KartaFactorPicker, karta_factor_picker, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
karta_factor_picker_finalize (GObject *object)
{
  KartaFactorPicker *self = KARTA_FACTOR_PICKER (object);

  g_clear_pointer (&self->offered, g_ptr_array_unref);
  g_clear_pointer (&self->suggested, g_hash_table_unref);
  g_clear_pointer (&self->factors, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (karta_factor_picker_parent_class)->finalize (object);
}

static void
karta_factor_picker_class_init (KartaFactorPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = karta_factor_picker_finalize;

  /**
   * KartaFactorPicker::changed:
   *
   * Emitted when the user checks or unchecks a factor.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
karta_factor_picker_init (KartaFactorPicker *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Risk factors"), -1);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list));
  self->offered = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  self->suggested = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  self->checks = g_ptr_array_new ();
}

GtkWidget *
karta_factor_picker_new (void)
{
  return g_object_new (KARTA_TYPE_FACTOR_PICKER, NULL);
}

static gboolean
contains (GPtrArray *refs,
          gint64     id)
{
  for (guint i = 0; refs != NULL && i < refs->len; i++)
    if (((KartaRef *) g_ptr_array_index (refs, i))->id == id)
      return TRUE;
  return FALSE;
}

static void
on_toggled (KartaFactorPicker *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_row (KartaFactorPicker *self,
         const KartaRef    *factor,
         gboolean           checked)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), checked);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_toggled), self);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), factor->name);
  if (g_hash_table_contains (self->suggested, &factor->id))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Suggested by the section’s title"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (self->list, row);
  g_ptr_array_add (self->factors, karta_ref_new (factor->id, factor->name));
  g_ptr_array_add (self->checks, check);
}

static void
rebuild (KartaFactorPicker *self,
         GPtrArray         *chosen)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->factors, 0);
  g_ptr_array_set_size (self->checks, 0);

  /* suggested first, then the rest, each in the list's order */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->offered->len; i++)
      {
        KartaRef *factor = g_ptr_array_index (self->offered, i);
        if (g_hash_table_contains (self->suggested, &factor->id) == (pass == 0))
          add_row (self, factor, contains (chosen, factor->id));
      }
  for (guint i = 0; i < chosen->len; i++)
    {
      KartaRef *factor = g_ptr_array_index (chosen, i);
      if (!contains (self->offered, factor->id))
        add_row (self, factor, TRUE);
    }
}

/**
 * karta_factor_picker_set:
 * @factors: (element-type KartaRef): the factors to offer
 * @chosen: (element-type KartaRef): those chosen now
 */
void
karta_factor_picker_set (KartaFactorPicker *self,
                         GPtrArray         *factors,
                         GPtrArray         *chosen)
{
  g_return_if_fail (KARTA_IS_FACTOR_PICKER (self));

  g_ptr_array_set_size (self->offered, 0);
  for (guint i = 0; i < factors->len; i++)
    {
      KartaRef *factor = g_ptr_array_index (factors, i);
      g_ptr_array_add (self->offered, karta_ref_new (factor->id, factor->name));
    }
  rebuild (self, chosen);
}

/**
 * karta_factor_picker_set_suggested:
 * @suggested_refs: (nullable) (element-type KartaRef): the factors the
 *   activity's section probably answers
 *
 * Lists @suggested_refs first, with a subtitle saying why; whether they
 * are checked stays as it was.
 */
void
karta_factor_picker_set_suggested (KartaFactorPicker *self,
                                   GPtrArray         *suggested_refs)
{
  g_autoptr (GPtrArray) chosen = NULL;

  g_return_if_fail (KARTA_IS_FACTOR_PICKER (self));

  chosen = karta_factor_picker_get_chosen (self);
  g_hash_table_remove_all (self->suggested);
  for (guint i = 0; suggested_refs != NULL && i < suggested_refs->len; i++)
    {
      KartaRef *factor = g_ptr_array_index (suggested_refs, i);
      g_hash_table_add (self->suggested, g_memdup2 (&factor->id, sizeof factor->id));
    }
  rebuild (self, chosen);
}

/**
 * karta_factor_picker_get_chosen:
 *
 * Returns: (transfer container) (element-type KartaRef): the checked factors
 */
GPtrArray *
karta_factor_picker_get_chosen (KartaFactorPicker *self)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);

  g_return_val_if_fail (KARTA_IS_FACTOR_PICKER (self), chosen);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        KartaRef *factor = g_ptr_array_index (self->factors, i);
        g_ptr_array_add (chosen, karta_ref_new (factor->id, factor->name));
      }
  return chosen;
}
