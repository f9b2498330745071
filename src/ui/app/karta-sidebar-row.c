/* karta-sidebar-row.c — a roadmap in the sidebar: title, period, progress
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
};

G_DEFINE_FINAL_TYPE (KartaSidebarRow, karta_sidebar_row, GTK_TYPE_BOX)

static void
karta_sidebar_row_class_init (KartaSidebarRowClass *klass)
{
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
  GtkBox *box = GTK_BOX (self);
  GtkBox *footer = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));

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
