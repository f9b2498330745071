/* karta-gantt-view-keys.c — the Gantt chart from the keyboard, and its
 * tooltips
 *
 * Up and Down go from activity to activity, Page Up and Page Down from
 * section to section, Home and End to the first and last activity; Enter
 * opens the one selected; Left and Right scroll by a week.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-gantt-view"

#include "config.h"

#include "karta-editor-private.h"
#include "karta-gantt-view-private.h"

#define DAYS_PER_ARROW 7

static gboolean
is_activity_row (KartaGanttLayout *layout,
                 int               row)
{
  return karta_gantt_layout_get_row (layout, row)->kind == KARTA_GANTT_ROW_ACTIVITY;
}

/* The first activity row from @row on, going by @step; -1 if none */
static int
activity_from (KartaGanttLayout *layout,
               int               row,
               int               step)
{
  int n = karta_gantt_layout_get_n_rows (layout);

  for (; row >= 0 && row < n; row += step)
    if (is_activity_row (layout, row))
      return row;
  return -1;
}

/* The first activity of the section after (@step 1) or before (-1) the
 * one @row is in, or of its own section going back from within it */
static int
activity_of_next_section (KartaGanttLayout *layout,
                          int               row,
                          int               step)
{
  int n = karta_gantt_layout_get_n_rows (layout);
  int headers = 0;

  if (step < 0)
    row--;
  for (; row >= 0 && row < n; row += step)
    if (!is_activity_row (layout, row) && ++headers == (step > 0 ? 1 : 2))
      break;
  if (row < 0)
    return activity_from (layout, 0, 1);
  return activity_from (layout, row, 1);
}

static void
select_row (KartaGanttView *self,
            int             row)
{
  if (row >= 0)
    karta_gantt_view_select (self, karta_gantt_layout_get_row (self->layout, row)->activity->id);
}

static int
selected_row (KartaGanttView *self)
{
  return karta_gantt_layout_find_activity (self->layout, karta_gantt_layout_get_selected (self->layout));
}

static gboolean
move_selection (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (widget);
  int             n = karta_gantt_layout_get_n_rows (self->layout);
  int             current = selected_row (self);
  int             step;
  gboolean        by_section;

  g_variant_get (args, "(ib)", &step, &by_section);
  if (n == 0)
    return TRUE;
  if (current < 0)
    select_row (self, activity_from (self->layout, step > 0 ? 0 : n - 1, step > 0 ? 1 : -1));
  else if (by_section)
    select_row (self, activity_of_next_section (self->layout, current, step));
  else
    {
      int next = activity_from (self->layout, current + step, step);
      select_row (self, next >= 0 ? next : current);
    }
  return TRUE;
}

static gboolean
select_end (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (widget);
  gboolean        last = g_variant_get_boolean (args);
  int             n = karta_gantt_layout_get_n_rows (self->layout);

  select_row (self, activity_from (self->layout, last ? n - 1 : 0, last ? -1 : 1));
  /* the section headers above the first activity too */
  if (!last && self->scroll.vadjustment != NULL)
    gtk_adjustment_set_value (self->scroll.vadjustment, 0.0);
  return TRUE;
}

static gboolean
activate_selected (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (widget);
  gint64          id = karta_gantt_layout_get_selected (self->layout);

  if (id != 0)
    karta_gantt_view_emit_activate (self, id);
  return id != 0;
}

static gboolean
scroll_time (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  KartaGanttView *self = KARTA_GANTT_VIEW (widget);

  if (self->scroll.hadjustment != NULL)
    gtk_adjustment_set_value (self->scroll.hadjustment, gtk_adjustment_get_value (self->scroll.hadjustment) + g_variant_get_int32 (args) * DAYS_PER_ARROW * karta_gantt_layout_get_pixels_per_day (self->layout));
  return TRUE;
}

/* Escape cancels a drag; else it goes on to the window (meeting mode) */
static gboolean
cancel (GtkWidget *widget,
        GVariant  *args,
        gpointer   user_data)
{
  return karta_gantt_view_cancel_drag (KARTA_GANTT_VIEW (widget));
}

void
karta_gantt_view_class_init_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_selection, "(ib)", -1, FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_selection, "(ib)", 1, FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, move_selection, "(ib)", -1, TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, move_selection, "(ib)", 1, TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, select_end, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, select_end, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, scroll_time, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, scroll_time, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_selected, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_selected, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, cancel, NULL);
}

/* Tooltips */

static void
append_spans (GString             *markup,
              const KartaSchedule *schedule)
{
  if (schedule->spans->len == 0)
    g_string_append_printf (markup, "\n%s", _ ("No dates"));
  for (guint i = 0; i < schedule->spans->len; i++)
    {
      const KartaSpan *span = &g_array_index (schedule->spans, KartaSpan, i);
      g_autofree char *start = karta_day_format (span->start);
      g_autofree char *end = span->end != span->start ? karta_day_format (span->end) : NULL;
      g_autofree char *line = g_markup_printf_escaped ("\n%s%s%s%s%s%s", start, end ? " – " : "", end ? end : "",
                                                       span->label ? " (" : "", span->label ? span->label : "",
                                                       span->label ? ")" : "");

      g_string_append (markup, line);
    }
}

/* "Label: value" on a line of its own, when there is a value */
static void
append_field (GString    *markup,
              const char *label,
              const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL || *value == '\0')
    return;
  line = g_markup_printf_escaped ("\n<b>%s</b> %s", label, value);
  g_string_append (markup, line);
}

/**
 * karta_gantt_view_tooltip_markup:
 *
 * Returns: the tooltip of @activity: its full title, the term as written,
 *   the dates, responsible, executors and status, as Pango markup
 */
char *
karta_gantt_view_tooltip_markup (KartaGanttView      *self,
                                 const KartaActivity *activity)
{
  KartaStatus      status = karta_gantt_layout_effective_status (self->layout, activity);
  GString         *markup = g_string_new (NULL);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s %s</b>", activity->number ? activity->number : "",
                                                    activity->title ? activity->title : "");

  g_string_append (markup, title);
  append_field (markup, _ ("Term:"), activity->term);
  append_spans (markup, activity->schedule);
  append_field (markup, _ ("Responsible:"), activity->responsible);
  append_field (markup, _ ("Executors:"), activity->executors);
  append_field (markup, _ ("Status:"), karta_status_describe (status));
  return g_string_free (markup, FALSE);
}

/* Asked by GTK only when the pointer rests: no work while it moves */
gboolean
karta_gantt_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  KartaGanttView      *self = KARTA_GANTT_VIEW (widget);
  const KartaActivity *activity = NULL;
  g_autofree char     *markup = NULL;
  GtkWidget           *label;
  KartaGanttHit        hit;

  if (keyboard_mode)
    {
      int row = karta_gantt_layout_find_activity (self->layout, karta_gantt_layout_get_selected (self->layout));
      activity = row >= 0 ? karta_gantt_layout_get_row (self->layout, row)->activity : NULL;
    }
  else if (self->drag.activity_id == 0 && karta_gantt_view_hit (self, x, y, &hit))
    activity = hit.activity;
  if (activity == NULL)
    return FALSE;
  markup = karta_gantt_view_tooltip_markup (self, activity);
  /* titles run to hundreds of characters: wrapped, not as wide as the screen */
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_tooltip_set_custom (tooltip, label);
  return TRUE;
}

/* Screen readers get the selected activity as the chart's description */
void
karta_gantt_view_describe_selected (KartaGanttView *self)
{
  int              row = karta_gantt_layout_find_activity (self->layout, karta_gantt_layout_get_selected (self->layout));
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;

  if (row >= 0)
    markup = karta_gantt_view_tooltip_markup (self, karta_gantt_layout_get_row (self->layout, row)->activity);
  if (markup == NULL || !pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}
