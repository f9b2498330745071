/* karta-sidebar-row.c — a roadmap in the sidebar: title, period, progress,
 * and a context menu of what can be done with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-sidebar-row"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-sidebar-row.h"
#include "karta-lazy-tooltip.h"

struct _KartaSidebarRow
{
  GtkBox parent_instance;

  GtkLabel    *title;
  GtkLabel    *period;
  GtkLevelBar *progress;
  GtkLabel    *progress_label;
  GtkWidget   *menu; /* a popover, owned as a child */
  gint64       roadmap_id;
};

G_DEFINE_FINAL_TYPE (KartaSidebarRow, karta_sidebar_row, GTK_TYPE_BOX)

static void
karta_sidebar_row_dispose (GObject *object)
{
  KartaSidebarRow *self = KARTA_SIDEBAR_ROW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  G_OBJECT_CLASS (karta_sidebar_row_parent_class)->dispose (object);
}

static void
karta_sidebar_row_class_init (KartaSidebarRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = karta_sidebar_row_dispose;
}

/* The menu acts on the roadmap shown: the row's is selected (and shown) first */
static void
popup_menu (KartaSidebarRow *self,
            double           x,
            double           y)
{
  GdkRectangle at = { (int) x, (int) y, 1, 1 };

  gtk_widget_activate_action (GTK_WIDGET (self), "listitem.select", "(bb)", FALSE, FALSE);
  if (self->menu == NULL)
    {
      g_autoptr (GMenu) menu = g_menu_new ();
      g_autoptr (GMenu) deleting = g_menu_new ();

      g_menu_append (menu, _ ("_Properties…"), "win.edit-roadmap");
      g_menu_append (deleting, _ ("_Delete Roadmap"), "win.delete-roadmap");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (deleting));
      self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &at);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    KartaSidebarRow *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, x, y);
}

static void
on_long_press (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               KartaSidebarRow     *self)
{
  popup_menu (self, x, y);
}

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
karta_sidebar_row_init (KartaSidebarRow *self)
{
  GtkBox     *box = GTK_BOX (self);
  GtkBox     *footer = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (box, 3);
  gtk_widget_add_css_class (GTK_WIDGET (self), "karta-sidebar-row");
  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);

  self->title = add_label (box, "heading");
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_wrap_mode (self->title, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->title, 3);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->title, 30);

  self->period = add_label (box, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->period), "dim-label");

  self->progress = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0.0, 1.0));
  /* A low share done is normal early in the year, not a warning */
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_CENTER);
  gtk_box_append (footer, GTK_WIDGET (self->progress));
  self->progress_label = add_label (footer, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "numeric");
  gtk_box_append (box, GTK_WIDGET (footer));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_long_press), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
}

/**
 * karta_sidebar_row_new:
 *
 * A row of the sidebar's list view, bound to a roadmap with
 * karta_sidebar_row_set_summary().
 */
GtkWidget *
karta_sidebar_row_new (void)
{
  return g_object_new (KARTA_TYPE_SIDEBAR_ROW, NULL);
}

/* The roadmap the row shows, or 0 */
gint64
karta_sidebar_row_get_roadmap_id (KartaSidebarRow *self)
{
  g_return_val_if_fail (KARTA_IS_SIDEBAR_ROW (self), 0);
  return self->roadmap_id;
}

void
karta_sidebar_row_set_summary (KartaSidebarRow           *self,
                               const KartaRoadmapSummary *summary)
{
  g_autofree char *period = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *tooltip = NULL;
  const char      *title;

  g_return_if_fail (KARTA_IS_SIDEBAR_ROW (self));
  g_return_if_fail (summary != NULL);

  self->roadmap_id = summary->id;

  title = summary->title && *summary->title ? summary->title : _ ("Untitled roadmap");
  gtk_label_set_text (self->title, title);
  karta_lazy_tooltip_set (GTK_WIDGET (self->title), title);

  period = karta_period_format (&summary->period);
  gtk_label_set_text (self->period, period);

  /* TRANSLATORS: the number of activities done out of all, in the sidebar */
  progress = g_strdup_printf (ngettext ("%u of %u done", "%u of %u done",
                                        summary->activity_count),
                              summary->done_count, summary->activity_count);
  gtk_label_set_text (self->progress_label, progress);
  gtk_level_bar_set_value (self->progress,
                           summary->activity_count > 0
                             ? (double) summary->done_count / summary->activity_count
                             : 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), summary->activity_count > 0);
}
