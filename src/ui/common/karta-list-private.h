/* karta-list-private.h — what the list boxes of the pages and editors share
 *
 * The schools and documents pages are a GtkListBox of rows with a search
 * key each, filtered by a search entry and rebuilt when the store changes;
 * the editors have smaller lists of rows with a remove button. Header-only (static inline), as karta-editor-private.h, so that warnings
 * carry the log domain of the page that gives them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <adwaita.h>

#include "karta-lazy-tooltip.h"
#include "karta-school-name.h"
#include "karta-store.h"

G_BEGIN_DECLS

typedef GPtrArray *(*KartaListFunc) (KartaStore *store,
                                     GError    **error);

static inline void
karta_list_box_clear (GtkListBox *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list_box, 0)) != NULL)
    gtk_list_box_remove (list_box, GTK_WIDGET (row));
}

/* The dim label a list shows when it has no rows (or none match) */
static inline GtkWidget *
karta_list_placeholder_new (const char *text,
                            int         margin)
{
  GtkWidget *placeholder = gtk_label_new (text);

  g_object_set (placeholder, "margin-top", margin, "margin-bottom", margin, NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  return placeholder;
}

/* A row that only shows something; @subtitle and @icon_name nullable */
static inline GtkWidget *
karta_list_info_row_new (const char *title,
                         const char *subtitle,
                         const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  return row;
}

/* A flat icon button at the end of a row, not yet connected */
static inline GtkWidget *
karta_list_icon_button_new (const char *icon_name,
                            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

/* A flat icon button at the end of a row, e.g. to remove it */
static inline GtkWidget *
karta_list_row_button_new (const char *icon_name,
                           const char *tooltip,
                           GCallback   clicked,
                           gpointer    user_data)
{
  GtkWidget *button = karta_list_icon_button_new (icon_name, tooltip);

  g_signal_connect_object (button, "clicked", clicked, user_data, 0);
  return button;
}

/* Typing anywhere on @page searches; @filter hides the rows that do not match */
static inline void
karta_list_page_setup (GtkWidget           *page,
                       GtkListBox          *list_box,
                       GtkSearchEntry      *search_entry,
                       const char          *placeholder,
                       GtkListBoxFilterFunc filter)
{
  gtk_list_box_set_placeholder (list_box, karta_list_placeholder_new (placeholder, 18));
  gtk_list_box_set_filter_func (list_box, filter, page, NULL);
  gtk_search_entry_set_key_capture_widget (search_entry, page);
}

/* Makes @store the one in @slot, calling @reload (page) on its changes from
 * now on; returns whether the store is another, when @page should reload. */
static inline gboolean
karta_list_page_follow_store (gpointer     page,
                              KartaStore **slot,
                              KartaStore  *store,
                              GCallback    reload)
{
  if (*slot == store)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, reload, page);
  g_set_object (slot, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", reload, page, G_CONNECT_SWAPPED);
  return TRUE;
}

/* The items @list gives for @store; an empty array (after a warning about
 * @what) rather than NULL, so that the page shows "empty" on errors. */
static inline GPtrArray *
karta_list_page_load (KartaStore   *store,
                      KartaListFunc list,
                      const char   *what)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *items = NULL;

  if (store != NULL)
    items = list (store, &error);
  if (error != NULL)
    g_warning ("Could not list the %s: %s", what, error->message);
  return items != NULL ? items : g_ptr_array_new ();
}

/* @fields joined by spaces (NULL as empty) and casefolded, for
 * karta_list_search_matches() */
static inline char *
karta_list_search_key (const char *const *fields,
                       guint              n_fields)
{
  g_autoptr (GString) joined = g_string_new (NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, fields[i] != NULL ? fields[i] : "");
    }
  return g_utf8_casefold (joined->str, -1);
}

static inline char *
karta_list_organisation_key (const KartaOrganisation *organisation)
{
  const char *fields[] = { organisation->name, organisation->short_name, organisation->number };

  return karta_list_search_key (fields, G_N_ELEMENTS (fields));
}

/* @needle is casefolded; an empty or NULL one matches everything */
static inline gboolean
karta_list_search_matches (const char *key,
                           const char *needle)
{
  return needle == NULL || *needle == '\0' || (key != NULL && strstr (key, needle) != NULL);
}

/* Replaces *@needle with the casefolded text of @search_entry */
static inline void
karta_list_search_update (char          **needle,
                          GtkSearchEntry *search_entry)
{
  g_free (*needle);
  *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (search_entry)), -1);
}

/* The window @widget is in, for dialogs; NULL before it is in one */
static inline GtkWindow *
karta_list_page_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* For g_array_sort() of years (int), newest first */
static inline int
karta_list_compare_years (gconstpointer a,
                          gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

/* Offers @years (of int) in @dropdown, selecting @year (else the first);
 * *@updating is TRUE meanwhile, for the page to ignore the selection it
 * sets. Returns whether @year is one of @years. */
static inline gboolean
karta_list_year_dropdown_fill (GtkDropDown *dropdown,
                               GArray      *years,
                               int          year,
                               gboolean    *updating)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  guint    selected = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < years->len; i++)
    {
      int              each = g_array_index (years, int, i);
      g_autofree char *text = g_strdup_printf ("%d", each);
      gtk_string_list_append (model, text);
      if (each == year && !found)
        {
          selected = i;
          found = TRUE;
        }
    }
  *updating = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
  *updating = FALSE;
  return found;
}

/* The year chosen in @dropdown into *@year; FALSE (leaving it) while
 * @updating or with nothing chosen */
static inline gboolean
karta_list_year_dropdown_get (GtkDropDown *dropdown,
                              GArray      *years,
                              gboolean     updating,
                              int         *year)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (updating || years == NULL || selected >= years->len)
    return FALSE;
  *year = g_array_index (years, int, selected);
  return TRUE;
}

static inline void
karta_list_choice_setup (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  gtk_list_item_set_child (list_item, label);
}

/* In the popover: two lines, where the end of a long name shows */
static inline void
karta_list_choice_setup_wrapped (GtkSignalListItemFactory *factory,
                                 GtkListItem              *list_item,
                                 gpointer                  max_chars)
{
  GtkWidget *label;

  karta_list_choice_setup (factory, list_item, max_chars);
  label = gtk_list_item_get_child (list_item);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (GPOINTER_TO_INT (max_chars), 24));
}

static inline void
karta_list_choice_bind (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (list_item));
  GtkWidget  *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), text);
  karta_lazy_tooltip_set (label, text);
}

/* A school on the dropdown's button: what tells it apart («Кировская СОШ
 * № 1», not «МБОУ «Кир…»), the whole name in the tooltip */
static inline void
karta_list_school_choice_bind (GtkSignalListItemFactory *factory,
                               GtkListItem              *list_item,
                               gpointer                  user_data)
{
  const char      *text = gtk_string_object_get_string (gtk_list_item_get_item (list_item));
  g_autofree char *short_name = karta_school_short_name (text);
  GtkWidget       *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), short_name);
  karta_lazy_tooltip_set (label, text);
}

static inline void
karta_list_dropdown_set_factories (GtkDropDown *dropdown,
                                   int          button_chars,
                                   GCallback    button_bind)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (karta_list_choice_setup), GINT_TO_POINTER (button_chars));
  g_signal_connect (factory, "bind", button_bind, NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (karta_list_choice_setup_wrapped), GINT_TO_POINTER (50));
  g_signal_connect (list_factory, "bind", G_CALLBACK (karta_list_choice_bind), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
}

/* A dropdown of long strings (roadmap titles, kinds): the button shows at
 * most @button_chars of the chosen one, the popover two lines of each */
static inline void
karta_list_dropdown_ellipsize (GtkDropDown *dropdown,
                               int          button_chars)
{
  karta_list_dropdown_set_factories (dropdown, button_chars, G_CALLBACK (karta_list_choice_bind));
}

/* A dropdown of schools' names: the button shows the chosen school's short
 * name, the popover the whole names */
static inline void
karta_list_dropdown_show_schools (GtkDropDown *dropdown,
                                  int          button_chars)
{
  karta_list_dropdown_set_factories (dropdown, button_chars, G_CALLBACK (karta_list_school_choice_bind));
}

G_END_DECLS
