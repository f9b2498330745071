/* karta-roadmap-page.c — the table of a roadmap's sections and activities
 *
 * The page owns the loaded KartaRoadmap and a flat list of KartaActivityRow
 * pointing into it, built in one pass and spliced into the model at once.
 * Filters (search, status, school) and collapsed sections are applied by
 * marking the rows in one pass and a GtkCustomFilter reading the marks:
 * a section shows while it holds a matching activity.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-activity-editor.h"
#include "karta-activity-row.h"
#include "karta-gantt-legend-bar.h"
#include "karta-lazy-tooltip.h"
#include "karta-roadmap-columns.h"
#include "karta-roadmap-page.h"
#include "karta-roadmap-page-private.h"
#include "karta-slice-growth.h"

G_DEFINE_FINAL_TYPE (KartaRoadmapPage, karta_roadmap_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
karta_roadmap_page_dispose (GObject *object)
{
  KartaRoadmapPage *self = (KartaRoadmapPage *) object;

  karta_roadmap_page_cancel_finish (self);
  g_clear_handle_id (&self->fit_columns_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KARTA_TYPE_ROADMAP_PAGE);
  /* The model goes before the roadmap its rows point into */
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->row_array, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (karta_roadmap_page_parent_class)->dispose (object);
}

static void
karta_roadmap_page_finalize (GObject *object)
{
  KartaRoadmapPage *self = (KartaRoadmapPage *) object;

  g_clear_pointer (&self->roadmap, karta_roadmap_unref);
  g_clear_pointer (&self->school_ids, g_array_unref);
  g_clear_pointer (&self->activity_filter, karta_activity_filter_unref);
  g_clear_pointer (&self->responsibles, g_ptr_array_unref);
  g_clear_pointer (&self->section_ids, g_array_unref);

  G_OBJECT_CLASS (karta_roadmap_page_parent_class)->finalize (object);
}

static void
on_search_changed (KartaRoadmapPage *self)
{
  karta_activity_filter_set_search (self->activity_filter,
                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  karta_roadmap_page_apply_filters (self);
  karta_roadmap_page_gantt_show_first_match (self);
}

static void
on_stop_search (KartaRoadmapPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_selected (KartaRoadmapPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint school = gtk_drop_down_get_selected (self->school_filter);

  if (self->updating_filters)
    return;

  karta_activity_filter_set_status (self->activity_filter,
                                    status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1);
  if (school == 0 || school == GTK_INVALID_LIST_POSITION || school > self->school_ids->len)
    karta_activity_filter_set_school (self->activity_filter, 0);
  else
    karta_activity_filter_set_school (self->activity_filter, g_array_index (self->school_ids, gint64, school - 1));
  karta_roadmap_page_apply_filters (self);
}

static void
on_row_activated (KartaRoadmapPage *self,
                  guint             position)
{
  g_autoptr (KartaActivityRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row == NULL)
    return;
  if (karta_activity_row_is_section (row))
    karta_activity_row_set_collapsed (row, !karta_activity_row_get_collapsed (row));
  else
    karta_roadmap_page_edit_activity (self, karta_activity_row_get_id (row));
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  KartaActivityRow *row = item;

  return karta_activity_row_get_matches (row) && !karta_activity_row_get_hidden_by_parent (row);
}

static void
karta_roadmap_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KartaRoadmapPage *self = KARTA_ROADMAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, self->gantt ? "gantt" : "table");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_roadmap_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KartaRoadmapPage *self = KARTA_ROADMAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      karta_roadmap_page_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_roadmap_page_class_init (KartaRoadmapPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_roadmap_page_dispose;
  object_class->finalize = karta_roadmap_page_finalize;
  object_class->get_property = karta_roadmap_page_get_property;
  object_class->set_property = karta_roadmap_page_set_property;

  /**
   * KartaRoadmapPage:view:
   *
   * What shows the activities: "table" or "gantt".
   */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "table",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KARTA_TYPE_GANTT_VIEW);
  g_type_ensure (KARTA_TYPE_GANTT_LEGEND_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/roadmap/karta-roadmap-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, order_label);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, school_filter);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KartaRoadmapPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, karta_roadmap_page_clear_filters);
  karta_roadmap_page_class_init_more_filters (widget_class);
  karta_roadmap_page_class_init_gantt (widget_class);
}

/* Set lazily, without the round trips of the tooltip-text property */
static const KartaLazyTooltip page_tooltips[] = {
  { "table_view_button", N_ ("Show the activities as a table") },
  { "gantt_view_button", N_ ("Show the activities on a timeline") },
  { "status_filter", N_ ("Show activities with this status") },
  { "school_filter", N_ ("Show activities of this school") },
  { "more_filters_button", N_ ("Filter by responsible, section and dates") },
  { "add_activity_button", N_ ("Add an activity to the selected section (Ctrl+Shift+N)") },
  { "roadmap_menu_button", N_ ("Roadmap Menu") },
  { "gantt_today_button", N_ ("Scroll to today") },
  { "gantt_fit_button", N_ ("Fit the roadmap’s period in the window (Ctrl+0)") },
  { "gantt_zoom_out_button", N_ ("Zoom Out (Ctrl+−)") },
  { "gantt_zoom_in_button", N_ ("Zoom In (Ctrl++)") },
  { "gantt_wrap_button", N_ ("Show whole titles, on up to three lines") },
  { "gantt_print_button", N_ ("Print the Gantt Chart (Ctrl+P)") },
  { "gantt_export_button", N_ ("Export the Gantt Chart to PDF, PNG or SVG (Ctrl+E)") },
  { "meeting_mode_button", N_ ("Meeting Mode: full screen, large text (F11)") },
};

static gboolean
fit_columns (gpointer data)
{
  KartaRoadmapPage *self = data;
  GtkAdjustment    *adjustment = gtk_scrolled_window_get_hadjustment (self->scrolled_window);

  self->fit_columns_source = 0;
  karta_roadmap_columns_fit (self->column_view, (int) gtk_adjustment_get_page_size (adjustment));
  return G_SOURCE_REMOVE;
}

/* The table's width is its horizontal adjustment's page, set while the
 * table is allocated: the columns change after that */
static void
on_table_width_changed (KartaRoadmapPage *self)
{
  if (self->fit_columns_source == 0)
    self->fit_columns_source = g_idle_add (fit_columns, self);
}

static void
karta_roadmap_page_init (KartaRoadmapPage *self)
{
  GtkCustomFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));
  karta_lazy_tooltip_set_template (GTK_WIDGET (self), page_tooltips, G_N_ELEMENTS (page_tooltips));

  self->activity_filter = karta_activity_filter_new ();
  self->school_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->responsibles = g_ptr_array_new_with_free_func (g_free);
  self->section_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->row_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_list_store_new (KARTA_TYPE_ACTIVITY_ROW);
  filter = gtk_custom_filter_new (filter_row, NULL, NULL);
  self->filter = filter;
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                              GTK_FILTER (filter));
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  karta_roadmap_columns_add (self->column_view);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scrolled_window), "notify::page-size",
                           G_CALLBACK (on_table_width_changed), self, G_CONNECT_SWAPPED);
  karta_roadmap_page_init_filters (self);
  karta_roadmap_page_init_gantt (self);
}

GtkWidget *
karta_roadmap_page_new (void)
{
  return g_object_new (KARTA_TYPE_ROADMAP_PAGE, NULL);
}

void
karta_roadmap_page_set_store (KartaRoadmapPage *self,
                              KartaStore       *store)
{
  g_return_if_fail (KARTA_IS_ROADMAP_PAGE (self));
  g_return_if_fail (!store || KARTA_IS_STORE (store));

  if (g_set_object (&self->store, store))
    karta_roadmap_page_clear (self);
}

/**
 * karta_roadmap_page_clear:
 *
 * Forgets the roadmap shown.
 */
void
karta_roadmap_page_clear (KartaRoadmapPage *self)
{
  g_return_if_fail (KARTA_IS_ROADMAP_PAGE (self));

  karta_roadmap_page_cancel_finish (self);
  self->partial = FALSE;
  g_list_store_remove_all (self->rows);
  g_ptr_array_set_size (self->row_array, 0);
  karta_gantt_view_set_roadmap (self->gantt_view, NULL);
  g_clear_pointer (&self->roadmap, karta_roadmap_unref);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->order_label, "");
}

/**
 * karta_roadmap_page_show:
 * @roadmap: (transfer full): the roadmap loaded
 *
 * Shows @roadmap; the same roadmap again keeps the state of the page.
 */
void
karta_roadmap_page_show (KartaRoadmapPage *self,
                         KartaRoadmap     *roadmap)
{
  g_autoptr (GHashTable) collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gboolean       same = self->roadmap && roadmap->id == self->roadmap->id;
  double         scroll = gtk_adjustment_get_value (vadj);
  gint64         selected_id = 0;
  gboolean       selected_section = FALSE;
  guint          n_old = self->row_array->len;
  g_autoptr (GPtrArray) old_rows = NULL;

  if (same)
    karta_roadmap_page_remember_state (self, collapsed, &selected_id, &selected_section);

  /* The old rows are kept until the splice: a reused row's widgets stay */
  old_rows = g_steal_pointer (&self->row_array);
  self->row_array = g_ptr_array_new_full (n_old, g_object_unref);
  karta_roadmap_page_build_rows (self, roadmap, same ? old_rows : NULL, collapsed);
  if (!same)
    {
      /* to the top while the old rows are there to scroll over: the list
       * cannot place a scroll position among rows not laid out yet */
      gtk_adjustment_set_value (vadj, 0.0);
      karta_slice_growth_start (self->slice, FIRST_ROWS, MORE_ROWS);
    }

  karta_roadmap_page_update_header (self, roadmap);
  /* Its count of activities waits for the whole roadmap */
  if (self->partial)
    gtk_label_set_text (self->order_label, "");
  karta_roadmap_page_update_school_filter (self, roadmap);
  karta_roadmap_page_update_more_filters (self, roadmap);
  karta_gantt_view_set_roadmap (self->gantt_view, roadmap);
  karta_roadmap_page_mark_rows (self);
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       self->row_array->pdata, self->row_array->len);
  g_clear_pointer (&old_rows, g_ptr_array_unref);
  g_clear_pointer (&self->roadmap, karta_roadmap_unref);
  self->roadmap = roadmap;
  karta_roadmap_page_update_gantt (self, FALSE);

  karta_roadmap_page_update_stack (self);
  if (same)
    {
      karta_slice_growth_finish (self->slice);
      karta_roadmap_page_restore_selection (self, selected_id, selected_section);
      gtk_adjustment_set_value (vadj, scroll);
    }
}

/**
 * karta_roadmap_page_load:
 * @roadmap_id: the roadmap to show
 *
 * Loads the roadmap from the store and shows it. Loading the roadmap shown
 * already keeps the filters, the selection, the collapsed sections and the
 * scroll position, so the page can reload after every change.
 *
 * Returns: %FALSE with @error set if the roadmap could not be loaded; the
 *   page then shows what it showed before
 */
gboolean
karta_roadmap_page_load (KartaRoadmapPage *self,
                         gint64            roadmap_id,
                         GError          **error)
{
  KartaRoadmap *roadmap;

  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  roadmap = karta_store_load_roadmap (self->store, roadmap_id, error);
  if (roadmap == NULL)
    return FALSE;
  karta_roadmap_page_cancel_finish (self);
  self->partial = FALSE;
  if (self->roadmap == NULL || self->roadmap->id != roadmap_id)
    karta_roadmap_page_reset_filters (self);
  karta_roadmap_page_show (self, roadmap);
  return TRUE;
}

/**
 * karta_roadmap_page_reload:
 *
 * Loads the roadmap shown again, after a change in the store.
 */
gboolean
karta_roadmap_page_reload (KartaRoadmapPage *self,
                           GError          **error)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), FALSE);

  if (self->roadmap == NULL)
    return TRUE;
  return karta_roadmap_page_load (self, self->roadmap->id, error);
}

gint64
karta_roadmap_page_get_roadmap_id (KartaRoadmapPage *self)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), 0);
  return self->roadmap ? self->roadmap->id : 0;
}

/**
 * karta_roadmap_page_get_roadmap:
 *
 * Returns: (nullable): the roadmap shown; valid until the next load.
 *   Opened with karta_roadmap_page_open(), it holds the first screen's
 *   activities alone until that screen is drawn.
 */
const KartaRoadmap *
karta_roadmap_page_get_roadmap (KartaRoadmapPage *self)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), NULL);
  return self->roadmap;
}

const KartaActivity *
karta_roadmap_page_get_selected_activity (KartaRoadmapPage *self)
{
  KartaActivityRow *row;

  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), NULL);

  row = gtk_single_selection_get_selected_item (self->selection);
  return row ? karta_activity_row_get_activity (row) : NULL;
}

/**
 * karta_roadmap_page_get_target_section:
 *
 * Returns: (nullable): where a new activity goes: the selected section, the
 *   section of the selected activity, or else the last top-level section
 */
const KartaSection *
karta_roadmap_page_get_target_section (KartaRoadmapPage *self)
{
  KartaActivityRow *row;

  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), NULL);

  if (self->roadmap == NULL || self->roadmap->sections == NULL || self->roadmap->sections->len == 0)
    return NULL;
  row = gtk_single_selection_get_selected_item (self->selection);
  if (row != NULL && !karta_activity_row_is_section (row))
    row = karta_activity_row_get_parent (row);
  if (row != NULL)
    return karta_activity_row_get_section (row);
  return g_ptr_array_index (self->roadmap->sections, self->roadmap->sections->len - 1);
}

void
karta_roadmap_page_show_error (KartaRoadmapPage *self,
                               const char       *what,
                               const GError     *error)
{
  GtkWidget       *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);

  g_warning ("%s", message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/**
 * karta_roadmap_page_edit_activity:
 *
 * Opens the activity editor on the activity as the store has it now (the
 * page's roadmap may wait for a "changed" still on its way); the editor
 * keeps a copy of the activity, not the roadmap.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWindow *
karta_roadmap_page_edit_activity (KartaRoadmapPage *self,
                                  gint64            activity_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaRoadmap) roadmap = NULL;
  KartaActivity *activity;
  GtkWindow     *editor;

  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), NULL);
  g_return_val_if_fail (self->roadmap != NULL, NULL);

  roadmap = karta_store_load_roadmap (self->store, self->roadmap->id, &error);
  if (roadmap == NULL)
    {
      karta_roadmap_page_show_error (self, _ ("Could not open the activity"), error);
      return NULL;
    }
  activity = karta_roadmap_find_activity (roadmap, activity_id);
  if (activity == NULL)
    return NULL;
  /* the editor copies the activity: it may stay open across reloads */
  editor = karta_activity_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      self->store, roadmap, activity);
  gtk_window_present (editor);
  return editor;
}

/**
 * karta_roadmap_page_get_model:
 *
 * Returns: (transfer none): the rows shown (KartaActivityRow), after the
 *   filters and collapsed sections
 */
GListModel *
karta_roadmap_page_get_model (KartaRoadmapPage *self)
{
  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
karta_roadmap_page_focus_search (KartaRoadmapPage *self)
{
  g_return_if_fail (KARTA_IS_ROADMAP_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
