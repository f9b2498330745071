/* karta-schools-page.c — the list of schools and other organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-schools-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-organisation-row.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-school-editor.h"
#include "karta-school-page.h"
#include "karta-schools-page.h"

struct _KartaSchoolsPage
{
  AdwBin parent_instance;

  KartaStore *store;
  GPtrArray  *organisations; /* of KartaOrganisation*, shown in list_box */
  char       *needle;        /* casefolded search text */

  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkListBox     *list_box;
  GtkWidget      *school_page; /* created when a school is first opened */
};

G_DEFINE_FINAL_TYPE (KartaSchoolsPage, karta_schools_page, ADW_TYPE_BIN)

static char *
format_categories (const KartaOrganisation *organisation)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < organisation->categories->len; i++)
    {
      KartaCategory *category = g_ptr_array_index (organisation->categories, i);
      if (i > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %d", category->name, category->year);
    }
  return g_string_free (text, FALSE);
}

/* What a "Delete School?" dialog is about */
typedef struct
{
  KartaSchoolsPage *page; /* a reference */
  gint64            id;
} DeleteRequest;

static void
delete_request_free (gpointer  data,
                     GClosure *closure)
{
  DeleteRequest *request = data;

  g_object_unref (request->page);
  g_free (request);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DeleteRequest    *request)
{
  KartaSchoolsPage *self = request->page;
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->store == NULL)
    return;
  if (!karta_store_delete_organisation (self->store, request->id, &error))
    karta_editor_show_message (karta_list_page_get_window (GTK_WIDGET (self)), _ ("Could Not Delete the School"),
                               error->message);
}

static void
on_delete_clicked (GtkButton        *button,
                   KartaSchoolsPage *self)
{
  KartaOrganisationRow *row = karta_organisation_row_find (GTK_WIDGET (button));
  GtkWidget            *dialog = adw_message_dialog_new (karta_list_page_get_window (GTK_WIDGET (self)), _ ("Delete School?"), NULL);
  DeleteRequest        *request = g_new0 (DeleteRequest, 1);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("“%s” will be removed from the library and unlinked from all activities. You can undo this."),
                                  karta_organisation_row_get_display_name (row));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "delete", _ ("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  request->page = g_object_ref (self);
  request->id = karta_organisation_row_get_id (row);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response), request, delete_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
details_new (const KartaOrganisation *organisation)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *categories = format_categories (organisation);
  GtkWidget       *label;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  if (*categories != '\0')
    {
      label = gtk_label_new (categories);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_box_append (GTK_BOX (box), label);
    }
  if (organisation->pupils >= 0)
    {
      g_autofree char *pupils = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d pupil", "%d pupils",
                                                              organisation->pupils),
                                                 organisation->pupils);
      label = gtk_label_new (pupils);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

static GtkWidget *
row_new (KartaSchoolsPage        *self,
         const KartaOrganisation *organisation)
{
  g_autofree char *key = karta_list_organisation_key (organisation);
  GtkWidget       *row = karta_organisation_row_new (organisation, key);
  GtkWidget       *remove = karta_list_row_button_new ("user-trash-symbolic", _ ("Delete School"),
                                                       G_CALLBACK (on_delete_clicked), self);
  const char      *display_name = karta_organisation_get_display_name (organisation);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), display_name ? display_name : "");
  if (organisation->name != NULL && g_strcmp0 (organisation->name, display_name) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), organisation->name);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), details_new (organisation));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
reload (KartaSchoolsPage *self)
{
  karta_list_box_clear (self->list_box);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  self->organisations = karta_list_page_load (self->store, karta_store_list_organisations, "schools");
  for (guint i = 0; i < self->organisations->len; i++)
    gtk_list_box_append (self->list_box, row_new (self, g_ptr_array_index (self->organisations, i)));
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "school") != 0)
    gtk_stack_set_visible_child_name (self->stack, self->organisations->len > 0 ? "list" : "empty");
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  KartaSchoolsPage *self = user_data;
  const char       *key;

  if (!KARTA_IS_ORGANISATION_ROW (row))
    return TRUE;
  key = karta_organisation_row_get_search_key (KARTA_ORGANISATION_ROW (row));
  return karta_list_search_matches (key, self->needle);
}

static void
on_search_changed (KartaSchoolsPage *self)
{
  karta_list_search_update (&self->needle, self->search_entry);
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
on_row_activated (KartaSchoolsPage *self,
                  GtkListBoxRow    *row)
{
  if (KARTA_IS_ORGANISATION_ROW (row))
    karta_schools_page_show_school (self, karta_organisation_row_get_id (KARTA_ORGANISATION_ROW (row)));
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KartaSchoolsPage *self = KARTA_SCHOOLS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, self->organisations->len > 0 ? "list" : "empty");
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KartaSchoolsPage *self = KARTA_SCHOOLS_PAGE (widget);

  if (self->store != NULL)
    karta_school_editor_new (karta_list_page_get_window (GTK_WIDGET (self)), self->store, NULL);
}

static void
karta_schools_page_dispose (GObject *object)
{
  KartaSchoolsPage *self = KARTA_SCHOOLS_PAGE (object);

  /* AdwBin unparents its child itself: gtk_widget_dispose_template() would
   * leave it a dangling pointer */
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_schools_page_parent_class)->dispose (object);
}

static void
karta_schools_page_finalize (GObject *object)
{
  KartaSchoolsPage *self = KARTA_SCHOOLS_PAGE (object);

  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_free (self->needle);
  G_OBJECT_CLASS (karta_schools_page_parent_class)->finalize (object);
}

static void
karta_schools_page_class_init (KartaSchoolsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_schools_page_dispose;
  object_class->finalize = karta_schools_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/schools/karta-schools-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaSchoolsPage, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "schools.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "schools.back", NULL, back_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "schools.back", NULL);
}

static void
karta_schools_page_init (KartaSchoolsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  karta_list_page_setup (GTK_WIDGET (self), self->list_box, self->search_entry,
                         _ ("No schools match the search"), filter_row);
}

GtkWidget *
karta_schools_page_new (void)
{
  return g_object_new (KARTA_TYPE_SCHOOLS_PAGE, NULL);
}

/**
 * karta_schools_page_set_store:
 *
 * Shows the organisations of @store, following its changes.
 */
void
karta_schools_page_set_store (KartaSchoolsPage *self,
                              KartaStore       *store)
{
  g_return_if_fail (KARTA_IS_SCHOOLS_PAGE (self));
  g_return_if_fail (store == NULL || KARTA_IS_STORE (store));

  if (karta_list_page_follow_store (self, &self->store, store, G_CALLBACK (reload)))
    reload (self);
}

/**
 * karta_schools_page_show_school:
 *
 * Shows the page of one school, with its risk profiles; "schools.back"
 * returns to the list.
 *
 * Returns: (transfer none): the school's page
 */
GtkWidget *
karta_schools_page_show_school (KartaSchoolsPage *self,
                                gint64            organisation_id)
{
  g_return_val_if_fail (KARTA_IS_SCHOOLS_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  if (self->school_page == NULL)
    {
      self->school_page = karta_school_page_new (self->store);
      gtk_stack_add_named (self->stack, self->school_page, "school");
    }
  karta_school_page_set_organisation (KARTA_SCHOOL_PAGE (self->school_page), organisation_id);
  gtk_stack_set_visible_child_name (self->stack, "school");
  return self->school_page;
}
