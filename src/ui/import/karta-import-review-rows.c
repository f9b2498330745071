/* karta-import-review-rows.c — the rows of the import review: sections,
 * activities with their terms and dates
 *
 * A GtkListBox of plain boxes: a roadmap has tens of rows, not thousands,
 * and the terms to fix are edited in place. Rows are kept light (a few
 * labels each) so that a 60-row roadmap opens at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-editor-private.h"
#include "karta-import-review-private.h"
#include "karta-terms.h"

/* The columns of terms and dates, in pixels: the labels wrap inside */
#define TERM_WIDTH  170
#define DATES_WIDTH 200

/* Periods */

/**
 * karta_import_review_format_period:
 *
 * Returns: the period as the period entry takes it back: "2022",
 *   "2023-2024" or "01.02.2022 – 31.05.2022"; "" for none
 */
char *
karta_import_review_format_period (const KartaPeriod *period)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int              y1, m1, d1, y2, m2, d2;

  if (period->start == KARTA_DAY_NONE || period->end == KARTA_DAY_NONE)
    return g_strdup ("");
  karta_day_to_ymd (period->start, &y1, &m1, &d1);
  karta_day_to_ymd (period->end, &y2, &m2, &d2);
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
    return g_strdup_printf ("%d", y1);
  if (karta_period_is_academic (period))
    return g_strdup_printf ("%d-%d", y1, y2);
  start = karta_day_format (period->start);
  end = karta_day_format (period->end);
  return g_strdup_printf ("%s – %s", start, end);
}

/* Dashes of every kind, as people type and paste them, become '-' */
static char *
normalise_dashes (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (g_steal_pointer (&out), FALSE));
}

/* "DD.MM.YYYY - DD.MM.YYYY", the dashes made plain */
static gboolean
parse_day_range (const char  *text,
                 KartaPeriod *period)
{
  const char      *dash = strchr (text, '-');
  g_autofree char *start = dash != NULL ? g_strndup (text, dash - text) : NULL;

  return dash != NULL && karta_day_parse (start, &period->start) && period->start != KARTA_DAY_NONE && karta_day_parse (dash + 1, &period->end) && period->end != KARTA_DAY_NONE && period->start <= period->end;
}

/**
 * karta_import_review_parse_period:
 * @text: "2022", "2023-2024" (also "2023–2024 уч. г."),
 *   "DD.MM.YYYY – DD.MM.YYYY" or what karta_period_parse() takes
 */
gboolean
karta_import_review_parse_period (const char  *text,
                                  KartaPeriod *period)
{
  g_autofree char *normal = normalise_dashes (text);
  gsize            n = 0;

  if (parse_day_range (normal, period))
    return TRUE;
  if (karta_period_parse (normal, period, NULL))
    return TRUE;
  /* "2023-2024 уч. год", "2022 год": the years, without the words */
  while (g_ascii_isdigit (normal[n]) || normal[n] == '-' || normal[n] == ' ')
    n++;
  if (n == 0 || n == strlen (normal))
    return FALSE;
  normal[n] = '\0';
  g_strstrip (normal);
  {
    g_autofree char *compact = g_strdelimit (g_strdup (normal), " ", '\0');
    return karta_period_parse (compact, period, NULL);
  }
}

/* The order, in one line */

char *
karta_import_review_describe_order (const KartaOrder *order)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (!karta_text_is_blank (order->kind))
    g_string_append (text, order->kind);
  else
    g_string_append (text, _ ("Order"));
  if (!karta_text_is_blank (order->number))
    g_string_append_printf (text, _ (" No. %s"), order->number);
  if (order->date != KARTA_DAY_NONE)
    {
      g_autofree char *date = karta_day_format (order->date);
      g_string_append_printf (text, _ (" of %s"), date);
    }
  if (!karta_text_is_blank (order->authority))
    g_string_append_printf (text, " — %s", order->authority);
  if (karta_text_is_blank (order->kind) && karta_text_is_blank (order->number) && order->date == KARTA_DAY_NONE)
    return g_strdup (_ ("No approving order was recognised: it can be filled in later in the roadmap’s properties"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

guint
karta_import_review_count_sections (GPtrArray *sections)
{
  guint n = sections ? sections->len : 0;

  for (guint i = 0; sections && i < sections->len; i++)
    n += karta_import_review_count_sections (((KartaSection *) g_ptr_array_index (sections, i))->sections);
  return n;
}

/* Dates */

static void
append_span (GString         *text,
             const KartaSpan *span)
{
  g_autofree char *start = karta_day_format (span->start);
  g_autofree char *end = karta_day_format (span->end);

  if (text->len > 0)
    g_string_append_c (text, '\n');
  if (span->start == span->end)
    g_string_append (text, start);
  else
    g_string_append_printf (text, "%s – %s", start, end);
  if (!karta_text_is_blank (span->label))
    g_string_append_printf (text, " (%s)", span->label);
}

static char *
format_schedule (const KartaSchedule *schedule)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (schedule == NULL || schedule->kind == KARTA_SCHEDULE_NONE)
    return g_strdup ("—");
  if (schedule->kind == KARTA_SCHEDULE_UNPARSED)
    return g_strdup (karta_schedule_kind_describe (schedule->kind));
  for (guint i = 0; i < schedule->spans->len; i++)
    append_span (text, &g_array_index (schedule->spans, KartaSpan, i));
  if (schedule->kind == KARTA_SCHEDULE_ON_DEMAND)
    g_string_append_printf (text, " · %s", karta_schedule_kind_describe (schedule->kind));
  /* what the parser doubts: "«Январь 2023» is outside the roadmap's period" */
  for (guint i = 0; i < schedule->warnings->len; i++)
    g_string_append_printf (text, "\n⚠ %s", (char *) g_ptr_array_index (schedule->warnings, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* Shows the activity's dates again, after its term or the period changed */
void
karta_import_review_update_row (KartaReviewRow *row)
{
  g_autofree char *dates = format_schedule (row->activity->schedule);
  gboolean         unparsed = row->activity->schedule != NULL && row->activity->schedule->kind == KARTA_SCHEDULE_UNPARSED;

  gtk_label_set_text (row->dates, dates);
  set_class (row->term, "unparsed-term", unparsed);
  set_class (GTK_WIDGET (row->dates), "unparsed-term", unparsed);
  set_class (GTK_WIDGET (row->dates), "warning", !unparsed && row->activity->schedule != NULL && row->activity->schedule->warnings->len > 0);
}

/* Activities */

GtkWidget *
karta_import_review_cell_label (const char *text,
                                int         width_chars,
                                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  if (width_chars > 0)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), width_chars);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
karta_import_review_row_box (int depth)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12 + 12 * depth);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

void
karta_import_review_append_row (GtkListBox *list,
                                GtkWidget  *child)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static void
on_term_changed (GtkEditable    *editable,
                 KartaReviewRow *row)
{
  g_free (row->activity->term);
  row->activity->term = karta_editor_get_text (editable);
  karta_import_review_term_changed (row);
}

/* A term as written; an entry where the term was not understood */
static GtkWidget *
term_widget (KartaReviewRow *row)
{
  const KartaActivity *activity = row->activity;
  GtkWidget           *entry;

  if (activity->schedule == NULL || activity->schedule->kind != KARTA_SCHEDULE_UNPARSED)
    {
      GtkWidget *label = karta_import_review_cell_label (activity->term, 0, NULL);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      return label;
    }
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), activity->term ? activity->term : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
  gtk_widget_set_valign (entry, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (entry, _ ("Correct the term: Karta reads dates, months, quarters and “в течение года”"));
  g_signal_connect (entry, "changed", G_CALLBACK (on_term_changed), row);
  return entry;
}

/* A wrapping label asks for its whole text as natural width: a long term or
 * warning would take the title's room, and the columns would not line up */
static GtkWidget *
clamped (GtkWidget *child,
         int        width)
{
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_set_size_request (child, width, -1);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), width);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  return clamp;
}

static void
add_activity (KartaImportReview *self,
              KartaActivity     *activity,
              int                depth)
{
  KartaReviewRow *row = g_new0 (KartaReviewRow, 1);
  GtkWidget      *box = karta_import_review_row_box (depth);
  GtkWidget      *title = karta_import_review_cell_label (activity->title, 0, NULL);

  row->review = self;
  row->activity = activity;
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (title, activity->title);
  row->term = term_widget (row);
  row->dates = GTK_LABEL (karta_import_review_cell_label (NULL, 0, "numeric"));
  gtk_label_set_wrap (row->dates, TRUE);
  gtk_label_set_wrap_mode (row->dates, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), karta_import_review_cell_label (activity->number, 5, "numeric"));
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), clamped (row->term, TERM_WIDTH));
  gtk_box_append (GTK_BOX (box), clamped (GTK_WIDGET (row->dates), DATES_WIDTH));
  karta_import_review_update_row (row);
  g_ptr_array_add (self->rows, row);
  karta_import_review_append_row (self->activity_list, box);
}

static void
add_section (KartaImportReview *self,
             KartaSection      *section,
             int                depth)
{
  g_autofree char *text = g_strjoin (" ", section->number ? section->number : "",
                                     section->title ? section->title : "", NULL);

  /* a plan without sections has one, untitled: no empty heading for it */
  if (*g_strstrip (text) != '\0')
    {
      GtkWidget *box = karta_import_review_row_box (depth);
      GtkWidget *label = karta_import_review_cell_label (text, 0, "heading");

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      karta_import_review_append_row (self->activity_list, box);
    }
  for (guint i = 0; i < section->activities->len; i++)
    add_activity (self, g_ptr_array_index (section->activities, i), depth);
  for (guint i = 0; i < section->sections->len; i++)
    add_section (self, g_ptr_array_index (section->sections, i), depth + 1);
}

void
karta_import_review_fill_activities (KartaImportReview *self)
{
  for (guint i = 0; i < self->roadmap->sections->len; i++)
    add_section (self, g_ptr_array_index (self->roadmap->sections, i), 0);
}
