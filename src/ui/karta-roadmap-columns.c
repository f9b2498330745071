/* karta-roadmap-columns.c — the columns of the roadmap table
 *
 * Each column is a GtkSignalListItemFactory whose items are
 * KartaActivityRow: a section shows its number (with a button that
 * collapses it) and its title in bold; an activity shows its fields.
 * Cells only set text and CSS classes on bind: the table stays fast
 * however long the roadmap is, as only the visible rows have widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-activity-row.h"
#include "karta-roadmap-columns.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_TERM,
  COLUMN_RESPONSIBLE,
  COLUMN_EXECUTORS,
  COLUMN_STATUS,
  COLUMN_DOCUMENTS,
  N_COLUMNS
} Column;

typedef struct
{
  const char *title;
  int         width;            /* -1: expands */
  int         lines;
} ColumnInfo;

static const ColumnInfo columns[N_COLUMNS] = {
  [COLUMN_NUMBER]      = { N_("No."),         80, 1 },
  [COLUMN_TITLE]       = { N_("Activity"),    -1, 3 },
  [COLUMN_TERM]        = { N_("Term"),       130, 3 },
  [COLUMN_RESPONSIBLE] = { N_("Responsible"), 150, 3 },
  [COLUMN_EXECUTORS]   = { N_("Executors"),  150, 3 },
  [COLUMN_STATUS]      = { N_("Status"),     130, 1 },
  [COLUMN_DOCUMENTS]   = { N_("Documents"),   96, 1 },
};

#define INDENT_PER_LEVEL 14

static const char *no_classes[] = { NULL };

static GtkLabel *
cell_label (GtkWidget *cell)
{
  return GTK_LABEL (g_object_get_data (G_OBJECT (cell), "karta-label"));
}

static GtkWidget *
cell_icon (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "karta-icon");
}

static GtkWidget *
make_label (int lines)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  if (lines > 1)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), lines);
      /* Keeps the natural width small so the column's width decides */
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 6);
    }
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
on_collapse_clicked (GtkButton   *button,
                     GtkListItem *list_item)
{
  KartaActivityRow *row = gtk_list_item_get_item (list_item);

  if (row != NULL)
    karta_activity_row_set_collapsed (row, !karta_activity_row_get_collapsed (row));
}

static GtkWidget *
make_number_cell (GtkListItem *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = make_label (1);

  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "karta-collapse-button");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_focus_on_click (button, FALSE);
  g_signal_connect (button, "clicked", G_CALLBACK (on_collapse_clicked), list_item);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (box), "karta-label", label);
  g_object_set_data (G_OBJECT (box), "karta-icon", button);
  return box;
}

static GtkWidget *
make_icon_cell (int lines)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = make_label (lines);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (box), "karta-label", label);
  g_object_set_data (G_OBJECT (box), "karta-icon", icon);
  return box;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell;

  if (column == COLUMN_NUMBER)
    cell = make_number_cell (list_item);
  else if (column == COLUMN_TERM || column == COLUMN_DOCUMENTS)
    cell = make_icon_cell (columns[column].lines);
  else
    {
      GtkWidget *label = make_label (columns[column].lines);

      cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_box_append (GTK_BOX (cell), label);
      g_object_set_data (G_OBJECT (cell), "karta-label", label);
    }
  gtk_list_item_set_child (list_item, cell);
}

static void
set_text (GtkWidget  *cell,
          const char *text,
          gboolean    tooltip)
{
  GtkLabel *label = cell_label (cell);

  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip && text && *text ? text : NULL);
}

static void
bind_number (GtkWidget        *cell,
             KartaActivityRow *row)
{
  GtkWidget *button = cell_icon (cell);
  gboolean is_section = karta_activity_row_is_section (row);
  const char *number;

  if (is_section)
    number = karta_activity_row_get_section (row)->number;
  else
    number = karta_activity_row_get_activity (row)->number;
  set_text (cell, number, FALSE);

  gtk_widget_set_margin_start (cell, INDENT_PER_LEVEL * karta_activity_row_get_depth (row));
  /* Activities keep the button's room, invisibly, so numbers line up */
  gtk_widget_set_opacity (button, is_section ? 1.0 : 0.0);
  gtk_widget_set_can_target (button, is_section);
  gtk_widget_set_can_focus (button, is_section);
  gtk_button_set_icon_name (GTK_BUTTON (button),
                            karta_activity_row_get_collapsed (row)
                            ? "pan-end-symbolic" : "pan-down-symbolic");
  gtk_widget_set_tooltip_text (button, is_section ? _("Collapse or expand the section") : NULL);
}

static void
bind_term (GtkWidget           *cell,
           const KartaActivity *activity)
{
  GtkWidget *icon = cell_icon (cell);
  gboolean unparsed = activity->schedule != NULL
                      && activity->schedule->kind == KARTA_SCHEDULE_UNPARSED;

  set_text (cell, activity->term, TRUE);
  gtk_widget_set_visible (icon, unparsed);
  if (unparsed)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-warning-symbolic");
      gtk_widget_set_tooltip_text (icon, _("Karta could not understand this term: open the activity to fix it"));
      gtk_widget_add_css_class (cell, "unparsed-term");
    }
  else
    gtk_widget_remove_css_class (cell, "unparsed-term");
}

static void
bind_status (GtkWidget           *cell,
             const KartaActivity *activity)
{
  g_autofree char *css_class = NULL;
  const char *classes[2] = { NULL, NULL };

  css_class = g_strconcat ("status-", karta_status_to_string (activity->status), NULL);
  classes[0] = css_class;
  gtk_widget_set_css_classes (GTK_WIDGET (cell_label (cell)), classes);
  set_text (cell, karta_status_describe (activity->status), FALSE);
}

static void
bind_documents (GtkWidget           *cell,
                const KartaActivity *activity)
{
  GtkWidget *icon = cell_icon (cell);
  guint n = activity->documents ? activity->documents->len : 0;
  gboolean missing = n == 0 && activity->status == KARTA_STATUS_DONE;
  g_autofree char *count = n > 0 ? g_strdup_printf ("%u", n) : NULL;

  set_text (cell, count, FALSE);
  gtk_widget_set_visible (icon, n > 0 || missing);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                missing ? "dialog-warning-symbolic" : "mail-attachment-symbolic");
  if (missing)
    gtk_widget_add_css_class (cell, "missing-evidence");
  else
    gtk_widget_remove_css_class (cell, "missing-evidence");
  gtk_widget_set_tooltip_text (cell, missing
                               ? _("Done, but no confirming document is attached")
                               : NULL);
}

static void
bind_activity (GtkWidget           *cell,
               Column               column,
               const KartaActivity *activity)
{
  switch (column)
    {
    case COLUMN_TITLE: set_text (cell, activity->title, TRUE); break;
    case COLUMN_TERM: bind_term (cell, activity); break;
    case COLUMN_RESPONSIBLE: set_text (cell, activity->responsible, TRUE); break;
    case COLUMN_EXECUTORS: set_text (cell, activity->executors, TRUE); break;
    case COLUMN_STATUS: bind_status (cell, activity); break;
    case COLUMN_DOCUMENTS: bind_documents (cell, activity); break;
    case COLUMN_NUMBER:
    case N_COLUMNS:
    default: g_assert_not_reached ();
    }
}

static void
clear_cell (GtkWidget *cell,
            Column     column)
{
  set_text (cell, NULL, FALSE);
  if (cell_icon (cell) != NULL)
    gtk_widget_set_visible (cell_icon (cell), FALSE);
  gtk_widget_set_css_classes (GTK_WIDGET (cell_label (cell)), no_classes);
  gtk_widget_remove_css_class (cell, "unparsed-term");
  gtk_widget_remove_css_class (cell, "missing-evidence");
  gtk_widget_set_tooltip_text (cell, NULL);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  KartaActivityRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (column == COLUMN_NUMBER)
    {
      bind_number (cell, row);
      if (karta_activity_row_is_section (row))
        gtk_widget_add_css_class (GTK_WIDGET (cell_label (cell)), "heading");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (cell_label (cell)), "heading");
      return;
    }

  clear_cell (cell, column);
  if (!karta_activity_row_is_section (row))
    bind_activity (cell, column, karta_activity_row_get_activity (row));
  else if (column == COLUMN_TITLE)
    {
      set_text (cell, karta_activity_row_get_section (row)->title, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (cell_label (cell)), "heading");
      gtk_widget_add_css_class (GTK_WIDGET (cell_label (cell)), "karta-section-title");
    }
}

static void
on_collapsed_notify (KartaActivityRow *row,
                     GParamSpec       *pspec,
                     GtkWidget        *button)
{
  gtk_button_set_icon_name (GTK_BUTTON (button),
                            karta_activity_row_get_collapsed (row)
                            ? "pan-end-symbolic" : "pan-down-symbolic");
}

static void
bind_number_notify (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *button = cell_icon (gtk_list_item_get_child (list_item));

  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify::collapsed",
                           G_CALLBACK (on_collapsed_notify), button, 0);
}

static void
unbind_number_notify (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GtkWidget *button = cell_icon (gtk_list_item_get_child (list_item));
  GObject *row = gtk_list_item_get_item (list_item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_collapsed_notify, button);
}

static GtkColumnViewColumn *
make_column (Column column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  if (column == COLUMN_NUMBER)
    {
      g_signal_connect (factory, "bind", G_CALLBACK (bind_number_notify), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_number_notify), NULL);
    }

  view_column = gtk_column_view_column_new (_(columns[column].title), factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (columns[column].width < 0)
    gtk_column_view_column_set_expand (view_column, TRUE);
  else
    gtk_column_view_column_set_fixed_width (view_column, columns[column].width);
  return view_column;
}

/**
 * karta_roadmap_columns_add:
 * @column_view: a column view whose model holds KartaActivityRow items
 *
 * Adds the columns of the roadmap table: №, activity, term, responsible,
 * executors, status and the number of confirming documents.
 */
void
karta_roadmap_columns_add (GtkColumnView *column_view)
{
  for (Column column = 0; column < N_COLUMNS; column++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = make_column (column);

      gtk_column_view_append_column (column_view, view_column);
    }
}
