/* karta-scrollable-private.h — the GtkScrollable plumbing of the views that
 * draw their own scrolling content (KartaGanttView, KartaPdfView)
 *
 * Each view keeps its two adjustments and its two policies in its own
 * struct and numbers the four GtkScrollable properties after its own ones;
 * these helpers install the properties and keep the adjustments connected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     karta_scrollable_override_properties (GObjectClass   *object_class,
                                               guint           first_prop_id);
gboolean karta_scrollable_set_adjustment      (GtkAdjustment **slot,
                                               GtkAdjustment  *adjustment,
                                               GCallback       on_value_changed,
                                               gpointer        data);
void     karta_scrollable_clear_adjustment    (GtkAdjustment **slot,
                                               GCallback       on_value_changed,
                                               gpointer        data);

G_END_DECLS
