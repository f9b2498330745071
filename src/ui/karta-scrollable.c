/* karta-scrollable.c — the GtkScrollable plumbing of the views that draw
 * their own scrolling content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-scrollable-private.h"

/**
 * karta_scrollable_override_properties:
 * @first_prop_id: the id of "hadjustment"; "vadjustment", "hscroll-policy"
 *   and "vscroll-policy" follow it
 */
void
karta_scrollable_override_properties (GObjectClass *object_class,
                                      guint         first_prop_id)
{
  g_object_class_override_property (object_class, first_prop_id, "hadjustment");
  g_object_class_override_property (object_class, first_prop_id + 1, "vadjustment");
  g_object_class_override_property (object_class, first_prop_id + 2, "hscroll-policy");
  g_object_class_override_property (object_class, first_prop_id + 3, "vscroll-policy");
}

/**
 * karta_scrollable_set_adjustment:
 * @slot: where the view keeps the adjustment
 * @adjustment: (nullable): the scrolled window's, or %NULL for one of the
 *   view's own
 * @on_value_changed: called, swapped, with @data when the value changes
 *
 * Returns: whether @slot holds another adjustment now
 */
gboolean
karta_scrollable_set_adjustment (GtkAdjustment **slot,
                                 GtkAdjustment  *adjustment,
                                 GCallback       on_value_changed,
                                 gpointer        data)
{
  if (adjustment != NULL && *slot == adjustment)
    return FALSE;
  karta_scrollable_clear_adjustment (slot, on_value_changed, data);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", on_value_changed, data);
  return TRUE;
}

void
karta_scrollable_clear_adjustment (GtkAdjustment **slot,
                                   GCallback       on_value_changed,
                                   gpointer        data)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_value_changed, data);
  g_clear_object (slot);
}
