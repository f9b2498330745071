/* karta-import-review-schools.c — the schools an imported roadmap names
 * or lists, and the risk profiles it states
 *
 * A school the library may have under another name («МБОУ «ОСШ № 3»» for
 * «МБОУ СОШ № 3 г. Сковородино») is not matched silently: its row asks which
 * school it is, a new one by default (karta_store_match_organisation());
 * so is one of that name in another district than the roadmap's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-district.h"
#include "karta-import-review-private.h"
#include "karta-list-private.h"
#include "karta-risk.h"
#include "karta-school-name.h"

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

/* Which school a name the library may have under another one is */
typedef struct
{
  KartaRoadmap *roadmap; /* the review's, alive as long as the review */
  char         *name;
  GArray       *ids; /* of gint64, by position in the dropdown: 0 for a new school */
} SchoolChoice;

static void
school_choice_free (gpointer  data,
                    GClosure *closure)
{
  SchoolChoice *choice = data;

  g_free (choice->name);
  g_array_unref (choice->ids);
  g_free (choice);
}

static void
on_school_chosen (GtkDropDown  *dropdown,
                  GParamSpec   *pspec,
                  SchoolChoice *choice)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position < choice->ids->len)
    karta_roadmap_choose_school (choice->roadmap, choice->name, g_array_index (choice->ids, gint64, position));
}

/* New school, or one of those it may be: new until the user says */
static GtkWidget *
school_choice_new (KartaImportReview *self,
                   const char        *name,
                   GPtrArray         *candidates)
{
  g_autoptr (GtkStringList) strings = gtk_string_list_new (NULL);
  SchoolChoice *choice = g_new0 (SchoolChoice, 1);
  GtkWidget    *dropdown;
  gint64        none = 0;

  choice->roadmap = self->roadmap;
  choice->name = g_strdup (name);
  choice->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (strings, _ ("A new school"));
  g_array_append_val (choice->ids, none);
  for (guint i = 0; i < candidates->len; i++)
    {
      const KartaRef *candidate = g_ptr_array_index (candidates, i);
      /* Translators: the library's school an imported name may be */
      g_autofree char *text = g_strdup_printf (_ ("This one: %s"), candidate->name);

      gtk_string_list_append (strings, text);
      g_array_append_val (choice->ids, candidate->id);
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  karta_list_dropdown_ellipsize (GTK_DROP_DOWN (dropdown), 30);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (dropdown, _ ("The library has a school of this kind and number: say whether it is this one"));
  g_signal_connect_data (dropdown, "notify::selected", G_CALLBACK (on_school_chosen), choice, school_choice_free, 0);
  return dropdown;
}

/* @name's row, matched among the library's schools of @district */
static GtkWidget *
school_row (KartaImportReview *self,
            const char        *name,
            const char        *district,
            GtkWidget         *check,
            const char        *category)
{
  g_autoptr (GPtrArray) candidates = NULL;
  gboolean   known = karta_store_match_organisation (self->store, name, district, &candidates) != 0;
  GtkWidget *box = karta_import_review_row_box (0);
  GtkWidget *label = karta_import_review_cell_label (name, 0, NULL);
  GtkWidget *tag;

  if (candidates != NULL)
    tag = school_choice_new (self, name, candidates);
  else
    /* Translators: a school the library already has, or one the import creates */
    tag = karta_import_review_cell_label (known ? _ ("in the library") : _ ("new"), 0, known ? "dim-label" : "accent");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (check != NULL)
    gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  if (category != NULL)
    gtk_box_append (GTK_BOX (box), karta_import_review_cell_label (category, 0, "numeric"));
  gtk_box_append (GTK_BOX (box), tag);
  /* beside a check button, the texts are centred on it */
  for (GtkWidget *child = gtk_widget_get_first_child (box); check != NULL && child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      gtk_label_set_yalign (GTK_LABEL (child), 0.5f);
  return box;
}

/* A school the activities name, with the way the document wrote it
 * earlier if any: the data of its row's handlers */
typedef struct
{
  KartaImportReview *review;
  char              *name;
  char              *earlier; /* nullable */
} NamedSchool;

static void
named_school_free (gpointer  data,
                   GClosure *closure)
{
  NamedSchool *named = data;

  g_free (named->name);
  g_free (named->earlier);
  g_free (named);
}

static NamedSchool *
named_school_new (KartaImportReview *self,
                  const char        *name,
                  const char        *earlier)
{
  NamedSchool *named = g_new0 (NamedSchool, 1);

  named->review = self;
  named->name = g_strdup (name);
  named->earlier = g_strdup (earlier);
  return named;
}

static void
on_variant_chosen (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   NamedSchool *named)
{
  if (gtk_drop_down_get_selected (dropdown) == 1)
    g_hash_table_insert (named->review->school_merges, g_strdup (named->name), g_strdup (named->earlier));
  else
    g_hash_table_remove (named->review->school_merges, named->name);
}

/* «The same as …» or a school of its own: the same by default when the
 * names say so, else asked */
static GtkWidget *
school_variant_new (KartaImportReview *self,
                    const char        *name,
                    const char        *earlier,
                    KartaSchoolMatch   match)
{
  g_autoptr (GtkStringList) strings = gtk_string_list_new (NULL);
  /* Translators: a school the document also writes another way */
  g_autofree char *same = g_strdup_printf (_ ("The same as: %s"), earlier);
  NamedSchool     *named = named_school_new (self, name, earlier);
  GtkWidget       *dropdown;

  gtk_string_list_append (strings, _ ("A school of its own"));
  gtk_string_list_append (strings, same);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  karta_list_dropdown_ellipsize (GTK_DROP_DOWN (dropdown), 30);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_START);
  gtk_widget_set_name (dropdown, "school-variant");
  gtk_widget_set_tooltip_text (dropdown, _ ("The document writes a school like this one another way: say whether they are one school"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), match == KARTA_SCHOOL_SAME ? 1 : 0);
  on_variant_chosen (GTK_DROP_DOWN (dropdown), NULL, named);
  g_signal_connect_data (dropdown, "notify::selected", G_CALLBACK (on_variant_chosen), named, named_school_free, 0);
  return dropdown;
}

static void
on_named_toggled (GtkCheckButton *check,
                  NamedSchool    *named)
{
  if (gtk_check_button_get_active (check))
    g_hash_table_remove (named->review->schools_left_out, named->name);
  else
    g_hash_table_add (named->review->schools_left_out, g_strdup (named->name));
}

/* A school the activities name: ticked to link them to it; with the way
 * the document wrote it earlier, if any */
static GtkWidget *
named_school_row (KartaImportReview *self,
                  GPtrArray         *names,
                  guint              index,
                  const char        *district)
{
  const char *name = g_ptr_array_index (names, index);
  GtkWidget  *check = gtk_check_button_new ();
  GtkWidget  *row;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_tooltip_text (check, _ ("Link the activities to this school; untick to leave it out"));
  g_signal_connect_data (check, "toggled", G_CALLBACK (on_named_toggled), named_school_new (self, name, NULL),
                         named_school_free, 0);
  row = school_row (self, name, district, check, NULL);
  for (guint i = 0; i < index; i++)
    {
      KartaSchoolMatch match = karta_school_name_compare (name, g_ptr_array_index (names, i));

      if (match != KARTA_SCHOOL_DIFFERENT)
        {
          gtk_box_append (GTK_BOX (row), school_variant_new (self, name, g_ptr_array_index (names, i), match));
          break;
        }
    }
  return row;
}

/* How much a way of writing a name says: its letters and digits */
static guint
count_letters (const char *name)
{
  guint n = 0;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    n += g_unichar_isalnum (g_utf8_get_char (p));
  return n;
}

/* Where the user merged names, the name they end in */
static const char *
merged_name (KartaImportReview *self,
             const char        *name)
{
  const char *into;

  /* a chain is as long as the names at most: no loop */
  for (guint steps = g_hash_table_size (self->school_merges); steps > 0; steps--)
    {
      if ((into = g_hash_table_lookup (self->school_merges, name)) == NULL)
        break;
      name = into;
    }
  return name;
}

/* The names left out; after the merges (@fullest: what each merged name
 * became), the schools too that were merged into a name left out */
static void
leave_out_schools (KartaImportReview *self,
                   GHashTable        *fullest)
{
  GHashTableIter iter;
  gpointer       name;

  g_hash_table_iter_init (&iter, self->schools_left_out);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      const char *became = fullest != NULL ? g_hash_table_lookup (fullest, name) : NULL;

      karta_roadmap_leave_out_school (self->roadmap, became != NULL ? became : name);
    }
}

/**
 * karta_import_review_settle_schools:
 *
 * Before the roadmap is stored: the names the user said are one school
 * become one, under the fullest of them, and those left out are taken out
 * — a name's own mentions, and those of the names merged into it.
 */
void
karta_import_review_settle_schools (KartaImportReview *self)
{
  GHashTableIter iter;
  gpointer       name;

  g_autoptr (GHashTable) fullest = g_hash_table_new (g_str_hash, g_str_equal); /* merged name → the longest way it is written */
  gpointer value;

  leave_out_schools (self, NULL);
  g_hash_table_iter_init (&iter, self->school_merges);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      const char *into = merged_name (self, name);
      const char *longest = g_hash_table_lookup (fullest, into);

      if (longest == NULL)
        longest = into;
      /* «Шлиссельбургска я» is no fuller than «Шлиссельбургская» */
      if (count_letters (name) > count_letters (longest))
        longest = name;
      g_hash_table_insert (fullest, (gpointer) into, (gpointer) longest);
    }
  /* the names are the table's keys: they are copied before the roadmap's change */
  g_hash_table_iter_init (&iter, self->school_merges);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    karta_roadmap_merge_school (self->roadmap, name, merged_name (self, name));
  /* the school keeps its fullest name: «Отраденская СОШ № 2», not «ОСШ № 2» */
  g_hash_table_iter_init (&iter, fullest);
  while (g_hash_table_iter_next (&iter, &name, &value))
    if (name != value)
      karta_roadmap_merge_school (self->roadmap, name, value);
  leave_out_schools (self, fullest);
  g_hash_table_remove_all (self->school_merges);
  g_hash_table_remove_all (self->schools_left_out);
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
                   KartaListedSchool *listed,
                   const char        *district)
{
  GtkWidget *check = gtk_check_button_new ();
  /* Translators: a school's category for a year, "ШФЗСОР, 2024" */
  g_autofree char *category = g_strdup_printf (_ ("%s, %d"), listed->category, listed->year);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), listed->included);
  gtk_widget_set_tooltip_text (check, _ ("Give the school this category for the year"));
  g_signal_connect (check, "toggled", G_CALLBACK (on_listed_toggled), listed);
  return school_row (self, listed->school->name, district, check, category);
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
  /* rows pasted into a roadmap are of its district */
  g_autofree char *district = self->target_id != 0 ? karta_store_roadmap_district (self->store, self->target_id)
                                                   : karta_roadmap_find_district (self->roadmap);

  karta_list_box_clear (self->school_list);
  fill_risks (self);

  for (guint i = 0; i < self->roadmap->listed_schools->len; i++)
    {
      KartaListedSchool *listed = g_ptr_array_index (self->roadmap->listed_schools, i);

      g_hash_table_add (seen, listed->school->name);
      karta_import_review_append_row (self->school_list, listed_school_row (self, listed, district));
    }
  g_hash_table_remove_all (self->school_merges);
  g_hash_table_remove_all (self->schools_left_out);
  collect_schools (self->roadmap->sections, names, seen);
  for (guint i = 0; i < names->len; i++)
    karta_import_review_append_row (self->school_list, named_school_row (self, names, i, district));
  gtk_widget_set_visible (GTK_WIDGET (self->schools_group), names->len + self->roadmap->listed_schools->len > 0);
  if (self->roadmap->listed_schools->len > 0)
    adw_preferences_group_set_description (self->schools_group,
                                           _ ("The ticked schools of the order's list get their category for the year. "
                                              "Schools that are not in the library yet are added to it with the roadmap."));
}
