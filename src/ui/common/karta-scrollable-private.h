/* karta-scrollable-private.h — the GtkScrollable plumbing of the views that
 * draw their own scrolling content (KartaGanttView, KartaPdfView)
 *
 * Each view keeps a KartaScrollable and numbers the four GtkScrollable
 * properties after its own ones, from "hadjustment"; these helpers install
 * the properties, read and write them, and keep the adjustments connected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;
} KartaScrollable;

/* The four properties, counted from the view's "hadjustment" */
typedef enum
{
  KARTA_SCROLLABLE_HADJUSTMENT,
  KARTA_SCROLLABLE_VADJUSTMENT,
  KARTA_SCROLLABLE_HSCROLL_POLICY,
  KARTA_SCROLLABLE_VSCROLL_POLICY,
} KartaScrollableProperty;

void     karta_scrollable_override_properties (GObjectClass *object_class,
                                               guint         first_prop_id);
void     karta_scrollable_get_property (KartaScrollable        *scroll,
                                        KartaScrollableProperty property,
                                        GValue                 *value);
gboolean karta_scrollable_set_property (KartaScrollable        *scroll,
                                        KartaScrollableProperty property,
                                        const GValue           *value,
                                        GCallback               on_value_changed,
                                        gpointer                data);
gboolean karta_scrollable_set_adjustment (GtkAdjustment **slot,
                                          GtkAdjustment  *adjustment,
                                          GCallback       on_value_changed,
                                          gpointer        data);
void     karta_scrollable_clear (KartaScrollable *scroll,
                                 GCallback        on_value_changed,
                                 gpointer         data);

G_END_DECLS
