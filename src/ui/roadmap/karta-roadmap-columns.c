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
#include "karta-activity-status.h"
#include "karta-attach-files.h"
#include "karta-evidence.h"
#include "karta-roadmap-columns.h"
#include "karta-lazy-tooltip.h"
#include "karta-window.h"

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
  int         width; /* -1: expands */
  int         lines;
} ColumnInfo;

static const ColumnInfo columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { N_ ("No."), 86, 1 },
  [COLUMN_TITLE] = { N_ ("Activity"), -1, 3 },
  [COLUMN_TERM] = { N_ ("Term"), 130, 3 },
  [COLUMN_RESPONSIBLE] = { N_ ("Responsible"), 150, 3 },
  [COLUMN_EXECUTORS] = { N_ ("Executors"), 150, 3 },
  [COLUMN_STATUS] = { N_ ("Status"), 130, 1 },
  [COLUMN_DOCUMENTS] = { N_ ("Documents"), 96, 1 },
};

#define INDENT_PER_LEVEL 14
#define TITLE_MIN_WIDTH  240

/* In a narrow window these columns go, first to last, so that the title,
 * the status and the documents stay in view */
static const Column optional_columns[] = { COLUMN_EXECUTORS, COLUMN_RESPONSIBLE, COLUMN_TERM };

static const char *no_classes[] = { NULL };

static GtkWidget *
make_label (int lines,
            int chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (lines > 1)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), lines);
      /* Keeps the natural width small so the column's width decides */
      gtk_label_set_width_chars (GTK_LABEL (label), chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), chars);
    }
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
on_number_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkListItem     *list_item)
{
  KartaActivityRow *row = gtk_list_item_get_item (list_item);

  if (row != NULL && karta_activity_row_is_section (row) && n_press == 1)
    karta_activity_row_set_collapsed (row, !karta_activity_row_get_collapsed (row));
}

/* One label per cell, no more: GTK 4.8 keeps up to 200 rows of widgets, so
 * each widget in a cell costs 1,400 widgets on opening a roadmap. */
/* PDF files dropped on any cell of an activity are attached to it. */
static gboolean
on_files_dropped (GtkDropTarget *drop_target,
                  const GValue  *value,
                  double         x,
                  double         y,
                  GtkListItem   *list_item)
{
  KartaActivityRow *row = gtk_list_item_get_item (list_item);
  GtkWidget        *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (drop_target));
  GtkRoot          *root = gtk_widget_get_root (cell);
  g_autoptr (GPtrArray) files = karta_attach_dropped_files (value);

  if (row == NULL || karta_activity_row_is_section (row) || !KARTA_IS_WINDOW (root) || files->len == 0)
    return FALSE;
  karta_attach_files_to_activity (cell, karta_window_get_store (KARTA_WINDOW (root)),
                                  karta_activity_row_get_id (row), files);
  return TRUE;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  Column         column = GPOINTER_TO_INT (user_data);
  GtkWidget     *label = make_label (columns[column].lines, column == COLUMN_TITLE ? 24 : 6);
  GtkDropTarget *drop_target = karta_attach_drop_target_new ();

  g_signal_connect (drop_target, "drop", G_CALLBACK (on_files_dropped), list_item);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (drop_target));
  if (column == COLUMN_NUMBER)
    {
      GtkGesture *click = gtk_gesture_click_new ();

      /* The triangle of a section collapses it, as a tree expander would */
      g_signal_connect (click, "pressed", G_CALLBACK (on_number_pressed), list_item);
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (click));
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (list_item, label);
}

static void
set_text (GtkWidget  *label,
          const char *text,
          gboolean    tooltip)
{
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  karta_lazy_tooltip_set (label, tooltip && text && *text ? text : NULL);
}

static void
set_classes (GtkWidget  *label,
             const char *first,
             const char *second)
{
  const char *classes[] = { first, second, NULL };

  gtk_widget_set_css_classes (label, classes);
}

static void
bind_number (GtkWidget        *label,
             KartaActivityRow *row)
{
  g_autofree char *text = NULL;

  gtk_widget_set_margin_start (label, INDENT_PER_LEVEL * karta_activity_row_get_depth (row));
  if (!karta_activity_row_is_section (row))
    {
      /* The room of a section's triangle, so that numbers line up */
      text = g_strconcat ("   ", karta_activity_row_get_activity (row)->number, NULL);
      set_classes (label, "numeric", NULL);
      set_text (label, text, FALSE);
      return;
    }
  text = g_strconcat (karta_activity_row_get_collapsed (row) ? "▸ " : "▾ ",
                      karta_activity_row_get_section (row)->number, NULL);
  set_classes (label, "numeric", "karta-section-title");
  set_text (label, text, FALSE);
  karta_lazy_tooltip_set (label, _ ("Collapse or expand the section"));
}

static void
bind_term (GtkWidget           *label,
           const KartaActivity *activity)
{
  g_autofree char *text = NULL;

  if (activity->schedule == NULL || activity->schedule->kind != KARTA_SCHEDULE_UNPARSED)
    {
      set_text (label, activity->term, TRUE);
      return;
    }
  text = g_strconcat ("⚠ ", activity->term, NULL);
  set_text (label, text, FALSE);
  set_classes (label, "unparsed-term", NULL);
  karta_lazy_tooltip_set (label, _ ("Karta could not understand this term: open the activity to fix it"));
}

/* As the Gantt chart shows it: overdue once its last day has passed */
static void
bind_status (GtkWidget           *label,
             const KartaActivity *activity)
{
  KartaStatus      status = karta_activity_effective_status (activity, karta_day_today ());
  g_autofree char *css_class = g_strconcat ("status-", karta_status_to_string (status), NULL);

  set_classes (label, css_class, NULL);
  set_text (label, karta_status_describe (status), FALSE);
}

/* The count, and a mark when the activity is done but its evidence is missing */
static void
bind_documents (GtkWidget           *label,
                const KartaActivity *activity)
{
  guint            n = activity->documents ? activity->documents->len : 0;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (karta_evidence_is_missing (activity))
    {
      set_classes (label, "missing-evidence", NULL);
      text = n > 0 ? g_strdup_printf ("⚠ %u", n) : g_strdup ("⚠");
      tooltip = activity->evidence != NULL
                  ? g_strdup_printf (_ ("Done, but no “%s” is attached as its confirming document"), activity->evidence)
                  : g_strdup (_ ("Done, but no confirming document is attached"));
    }
  else if (n > 0)
    {
      text = g_strdup_printf ("%u", n);
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document attached", "%u documents attached", n), n);
    }
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  karta_lazy_tooltip_set (label, tooltip);
}

static void
bind_activity (GtkWidget           *label,
               Column               column,
               const KartaActivity *activity)
{
  switch (column)
    {
    case COLUMN_TITLE: set_text (label, activity->title, TRUE); break;
    case COLUMN_TERM: bind_term (label, activity); break;
    case COLUMN_RESPONSIBLE: set_text (label, activity->responsible, TRUE); break;
    case COLUMN_EXECUTORS: set_text (label, activity->executors, TRUE); break;
    case COLUMN_STATUS: bind_status (label, activity); break;
    case COLUMN_DOCUMENTS: bind_documents (label, activity); break;
    case COLUMN_NUMBER:
    case N_COLUMNS:
    default: g_assert_not_reached ();
    }
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  Column            column = GPOINTER_TO_INT (user_data);
  KartaActivityRow *row = gtk_list_item_get_item (list_item);
  GtkWidget        *label = gtk_list_item_get_child (list_item);

  if (column == COLUMN_NUMBER)
    {
      bind_number (label, row);
      return;
    }
  gtk_widget_set_css_classes (label, no_classes);
  if (!karta_activity_row_is_section (row))
    bind_activity (label, column, karta_activity_row_get_activity (row));
  else if (column == COLUMN_TITLE)
    {
      set_text (label, karta_activity_row_get_section (row)->title, TRUE);
      set_classes (label, "karta-section-title", NULL);
    }
  else
    set_text (label, NULL, FALSE);
}

static void
on_collapsed_notify (KartaActivityRow *row,
                     GParamSpec       *pspec,
                     GtkWidget        *label)
{
  bind_number (label, row);
}

static void
bind_number_notify (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify::collapsed",
                           G_CALLBACK (on_collapsed_notify), gtk_list_item_get_child (list_item), 0);
}

static void
unbind_number_notify (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GObject *row = gtk_list_item_get_item (list_item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_collapsed_notify, gtk_list_item_get_child (list_item));
}

static GtkColumnViewColumn *
make_column (Column column)
{
  GtkListItemFactory  *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  if (column == COLUMN_NUMBER)
    {
      g_signal_connect (factory, "bind", G_CALLBACK (bind_number_notify), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_number_notify), NULL);
    }

  view_column = gtk_column_view_column_new (_ (columns[column].title), factory);
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
      g_autoptr (GtkColumnViewColumn) view_column = make_column (column);

      gtk_column_view_append_column (column_view, view_column);
    }
}

/* A column's width as the user left it, or its default while hidden */
static int
column_width (GtkColumnView *column_view,
              Column         column)
{
  g_autoptr (GtkColumnViewColumn) view_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), column);
  int width = gtk_column_view_column_get_fixed_width (view_column);

  return gtk_column_view_column_get_visible (view_column) && width > 0 ? width : columns[column].width;
}

/**
 * karta_roadmap_columns_fit:
 * @width: the width the table has
 *
 * Shows the columns that fit in @width besides the activity's title at a
 * readable width: executors, then the responsible, then the term give way
 * to the status and the documents.
 */
void
karta_roadmap_columns_fit (GtkColumnView *column_view,
                           int            width)
{
  GListModel *view_columns = gtk_column_view_get_columns (column_view);
  int         needed = TITLE_MIN_WIDTH;
  guint       n_shown = 0;

  g_return_if_fail (g_list_model_get_n_items (view_columns) == N_COLUMNS);

  for (Column column = 0; column < N_COLUMNS; column++)
    if (columns[column].width > 0)
      needed += column_width (column_view, column);
  /* the optional columns that must go, from the first */
  for (n_shown = G_N_ELEMENTS (optional_columns); n_shown > 0 && needed > width; n_shown--)
    needed -= column_width (column_view, optional_columns[G_N_ELEMENTS (optional_columns) - n_shown]);
  for (guint i = 0; i < G_N_ELEMENTS (optional_columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) view_column = g_list_model_get_item (view_columns, optional_columns[i]);
      gboolean visible = i >= G_N_ELEMENTS (optional_columns) - n_shown;

      if (gtk_column_view_column_get_visible (view_column) == visible)
        continue;
      /* GTK 4.8 counts a hidden column's width against the expanding
       * title's: hidden, it has none, and its default width back when shown */
      gtk_column_view_column_set_fixed_width (view_column, visible ? columns[optional_columns[i]].width : 0);
      gtk_column_view_column_set_visible (view_column, visible);
    }
}
