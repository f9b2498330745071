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
 *   and "vscroll-policy" follow it, as in KartaScrollableProperty
 */
void
karta_scrollable_override_properties (GObjectClass *object_class,
                                      guint         first_prop_id)
{
  g_object_class_override_property (object_class, first_prop_id + KARTA_SCROLLABLE_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, first_prop_id + KARTA_SCROLLABLE_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, first_prop_id + KARTA_SCROLLABLE_HSCROLL_POLICY,
                                    "hscroll-policy");
  g_object_class_override_property (object_class, first_prop_id + KARTA_SCROLLABLE_VSCROLL_POLICY,
                                    "vscroll-policy");
}

void
karta_scrollable_get_property (KartaScrollable        *scroll,
                               KartaScrollableProperty property,
                               GValue                 *value)
{
  switch (property)
    {
    case KARTA_SCROLLABLE_HADJUSTMENT:
      g_value_set_object (value, scroll->hadjustment);
      break;
    case KARTA_SCROLLABLE_VADJUSTMENT:
      g_value_set_object (value, scroll->vadjustment);
      break;
    case KARTA_SCROLLABLE_HSCROLL_POLICY:
      g_value_set_enum (value, scroll->hscroll_policy);
      break;
    case KARTA_SCROLLABLE_VSCROLL_POLICY:
      g_value_set_enum (value, scroll->vscroll_policy);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * karta_scrollable_set_property:
 * @on_value_changed: called, swapped, with @data when an adjustment's
 *   value changes
 *
 * Returns: whether an adjustment was replaced
 */
gboolean
karta_scrollable_set_property (KartaScrollable        *scroll,
                               KartaScrollableProperty property,
                               const GValue           *value,
                               GCallback               on_value_changed,
                               gpointer                data)
{
  switch (property)
    {
    case KARTA_SCROLLABLE_HADJUSTMENT:
      return karta_scrollable_set_adjustment (&scroll->hadjustment, g_value_get_object (value),
                                              on_value_changed, data);
    case KARTA_SCROLLABLE_VADJUSTMENT:
      return karta_scrollable_set_adjustment (&scroll->vadjustment, g_value_get_object (value),
                                              on_value_changed, data);
    case KARTA_SCROLLABLE_HSCROLL_POLICY:
      scroll->hscroll_policy = g_value_get_enum (value);
      return FALSE;
    case KARTA_SCROLLABLE_VSCROLL_POLICY:
      scroll->vscroll_policy = g_value_get_enum (value);
      return FALSE;
    default:
      g_assert_not_reached ();
    }
}

static void
clear_adjustment (GtkAdjustment **slot,
                  GCallback       on_value_changed,
                  gpointer        data)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_value_changed, data);
  g_clear_object (slot);
}

/**
 * karta_scrollable_set_adjustment:
 * @slot: where the view keeps the adjustment
 * @adjustment: (nullable): the scrolled window's, or %NULL for one of the
 *   view's own
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
  clear_adjustment (slot, on_value_changed, data);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", on_value_changed, data);
  return TRUE;
}

/* Disconnects and drops both adjustments */
void
karta_scrollable_clear (KartaScrollable *scroll,
                        GCallback        on_value_changed,
                        gpointer         data)
{
  clear_adjustment (&scroll->hadjustment, on_value_changed, data);
  clear_adjustment (&scroll->vadjustment, on_value_changed, data);
}
