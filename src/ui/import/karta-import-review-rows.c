/* karta-import-review-rows.c — the rows of the import review: sections,
 * activities with their terms and dates, and the schools they name
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
#include "karta-list-private.h"
#include "karta-risk.h"
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

static GtkWidget *
cell_label (const char *text,
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

static GtkWidget *
row_box (int depth)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12 + 12 * depth);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
append_row (GtkListBox *list,
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
      GtkWidget *label = cell_label (activity->term, 0, NULL);

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
  GtkWidget      *box = row_box (depth);
  GtkWidget      *title = cell_label (activity->title, 0, NULL);

  row->review = self;
  row->activity = activity;
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (title, activity->title);
  row->term = term_widget (row);
  row->dates = GTK_LABEL (cell_label (NULL, 0, "numeric"));
  gtk_label_set_wrap (row->dates, TRUE);
  gtk_label_set_wrap_mode (row->dates, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), cell_label (activity->number, 5, "numeric"));
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), clamped (row->term, TERM_WIDTH));
  gtk_box_append (GTK_BOX (box), clamped (GTK_WIDGET (row->dates), DATES_WIDTH));
  karta_import_review_update_row (row);
  g_ptr_array_add (self->rows, row);
  append_row (self->activity_list, box);
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
      GtkWidget *box = row_box (depth);
      GtkWidget *label = cell_label (text, 0, "heading");

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      append_row (self->activity_list, box);
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

/* Schools */

static void
collect_schools (GPtrArray  *sections,
                 GPtrArray  *names,
                 GHashTable *seen)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KartaSection *section = g_ptr_array_index (sections, i);

      for (guint j = 0; j < section->activities->len; j++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, j);

          for (guint k = 0; k < activity->schools->len; k++)
            {
              KartaRef *ref = g_ptr_array_index (activity->schools, k);

              if (ref->name != NULL && g_hash_table_add (seen, ref->name))
                g_ptr_array_add (names, ref->name);
            }
        }
      collect_schools (section->sections, names, seen);
    }
}

static GtkWidget *
school_row (KartaImportReview *self,
            const char        *name,
            GtkWidget         *check,
            const char        *category)
{
  gboolean   known = karta_store_find_organisation (self->store, name) != 0;
  GtkWidget *box = row_box (0);
  GtkWidget *label = cell_label (name, 0, NULL);
  /* Translators: a school the library already has, or one the import creates */
  GtkWidget *tag = cell_label (known ? _ ("in the library") : _ ("new"), 0, known ? "dim-label" : "accent");

  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (check != NULL)
    gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  if (category != NULL)
    gtk_box_append (GTK_BOX (box), cell_label (category, 0, "numeric"));
  gtk_box_append (GTK_BOX (box), tag);
  /* beside a check button, the texts are centred on it */
  for (GtkWidget *child = gtk_widget_get_first_child (box); check != NULL && child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      gtk_label_set_yalign (GTK_LABEL (child), 0.5f);
  return box;
}

static void
on_listed_toggled (GtkCheckButton    *check,
                   KartaListedSchool *listed)
{
  listed->included = gtk_check_button_get_active (check);
}

/* A school of the order's appendix, with the category it gets: ticked to keep */
static GtkWidget *
listed_school_row (KartaImportReview *self,
                   KartaListedSchool *listed)
{
  GtkWidget *check = gtk_check_button_new ();
  /* Translators: a school's category for a year, "ШФЗСОР, 2024" */
  g_autofree char *category = g_strdup_printf (_ ("%s, %d"), listed->category, listed->year);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), listed->included);
  gtk_widget_set_tooltip_text (check, _ ("Give the school this category for the year"));
  g_signal_connect (check, "toggled", G_CALLBACK (on_listed_toggled), listed);
  return school_row (self, listed->school->name, check, category);
}

static void
on_risk_enabled (AdwExpanderRow  *row,
                 GParamSpec      *pspec,
                 KartaStatedRisk *stated)
{
  stated->accepted = adw_expander_row_get_enable_expansion (row);
}

/* A profile the text states: off until the user switches it on */
static GtkWidget *
stated_risk_row (KartaImportReview *self,
                 KartaStatedRisk   *stated)
{
  const KartaRiskProfile *profile = stated->profile;
  g_autoptr (KartaFactorList) list = karta_store_load_factor_list_for_year (self->store, profile->year, NULL);
  KartaRiskCounts  counts = karta_risk_profile_count (profile);
  GtkWidget       *row = adw_expander_row_new ();
  g_autofree char *school = g_markup_escape_text (profile->school_name, -1);
  /* Translators: a stated risk profile: "2023: high 1, medium 3, low 0" */
  g_autofree char *summary = g_strdup_printf (_ ("%d: high %u, medium %u, low %u"), profile->year, counts.high, counts.medium, counts.low);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), school);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), TRUE);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), stated->accepted);
  for (guint i = 0; i < profile->entries->len; i++)
    {
      const KartaRiskEntry *entry = g_ptr_array_index (profile->entries, i);
      GtkWidget            *factor = adw_action_row_new ();
      g_autofree char      *name = g_markup_escape_text (entry->factor_name, -1);
      g_autofree char      *level = NULL;

      if (karta_factor_list_find (list, entry->factor_name) != NULL)
        level = g_strdup (karta_risk_level_describe (entry->level));
      else
        /* Translators: a factor the document names that the year's list lacks */
        level = g_strdup_printf (_ ("%s · not in the list of factors: left out"), karta_risk_level_describe (entry->level));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (factor), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (factor), level);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), factor);
    }
  g_signal_connect (row, "notify::enable-expansion", G_CALLBACK (on_risk_enabled), stated);
  return row;
}

static void
fill_risks (KartaImportReview *self)
{
  karta_list_box_clear (self->risk_list);
  for (guint i = 0; i < self->roadmap->stated_risks->len; i++)
    gtk_list_box_append (self->risk_list, stated_risk_row (self, g_ptr_array_index (self->roadmap->stated_risks, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->risks_group), self->roadmap->stated_risks->len > 0);
}

/* The schools the roadmap names or lists, and the profiles it states */
void
karta_import_review_fill_schools (KartaImportReview *self)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  karta_list_box_clear (self->school_list);
  fill_risks (self);

  for (guint i = 0; i < self->roadmap->listed_schools->len; i++)
    {
      KartaListedSchool *listed = g_ptr_array_index (self->roadmap->listed_schools, i);

      g_hash_table_add (seen, listed->school->name);
      append_row (self->school_list, listed_school_row (self, listed));
    }
  collect_schools (self->roadmap->sections, names, seen);
  for (guint i = 0; i < names->len; i++)
    append_row (self->school_list, school_row (self, g_ptr_array_index (names, i), NULL, NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->schools_group), names->len + self->roadmap->listed_schools->len > 0);
  if (self->roadmap->listed_schools->len > 0)
    adw_preferences_group_set_description (self->schools_group,
                                           _ ("The ticked schools of the order's list get their category for the year. "
                                              "Schools that are not in the library yet are added to it with the roadmap."));
}
