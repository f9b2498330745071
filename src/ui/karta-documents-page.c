/* karta-documents-page.c — the list of attached documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-documents-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-documents-page.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"

struct _KartaDocumentsPage
{
  AdwBin          parent_instance;

  KartaStore     *store;
  GPtrArray      *documents;      /* of KartaDocument*, shown in list_box */
  GPtrArray      *kinds;          /* of char*: the kind filter's choices after "All" */
  char           *needle;         /* casefolded search text */
  const char     *kind;           /* the chosen kind, or NULL for all */

  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkDropDown    *kind_dropdown;
  GtkListBox     *list_box;
};

G_DEFINE_FINAL_TYPE (KartaDocumentsPage, karta_documents_page, ADW_TYPE_BIN)

/* "Приказ № 12 of 01.02.2022 · 3 pages" */
static char *
describe_document (const KartaDocument *document)
{
  GString *text = g_string_new (document->kind ? document->kind : _("Document"));
  g_autofree char *date = karta_editor_format_day (document->date);

  if (document->number != NULL && *document->number != '\0')
    g_string_append_printf (text, " № %s", document->number);
  if (*date != '\0')
    g_string_append_printf (text, _(" of %s"), date);
  if (document->pages > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", document->pages),
                              document->pages);
    }
  if (document->title != NULL && *document->title != '\0')
    g_string_append_printf (text, "\n%s", document->title);
  return g_string_free (text, FALSE);
}

static char *
search_key (const KartaDocument *document)
{
  const char *fields[] = { document->file_name, document->number, document->title, document->links };

  return karta_list_search_key (fields, G_N_ELEMENTS (fields));
}

static GtkWidget *
row_new (const KartaDocument *document)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_document (document);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), document->file_name ? document->file_name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-document-symbolic"));
  if (document->links != NULL && *document->links != '\0')
    {
      GtkWidget *links = gtk_label_new (document->links);
      gtk_label_set_wrap (GTK_LABEL (links), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (links), 28);
      gtk_label_set_lines (GTK_LABEL (links), 3);
      gtk_label_set_ellipsize (GTK_LABEL (links), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (links), 1.0);
      gtk_label_set_justify (GTK_LABEL (links), GTK_JUSTIFY_RIGHT);
      gtk_widget_set_tooltip_text (links, document->links);
      gtk_widget_add_css_class (links, "caption");
      gtk_widget_add_css_class (links, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), links);
    }
  g_object_set_data (G_OBJECT (row), "document", (gpointer) document);
  g_object_set_data_full (G_OBJECT (row), "search-key", search_key (document), g_free);
  return row;
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void on_search_changed (KartaDocumentsPage *self);

static void
reload_kinds (KartaDocumentsPage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *chosen = g_strdup (self->kind);
  guint selected = 0;

  self->kind = NULL;
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  self->kinds = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->documents->len; i++)
    {
      KartaDocument *document = g_ptr_array_index (self->documents, i);
      if (document->kind != NULL && g_hash_table_add (seen, document->kind))
        g_ptr_array_add (self->kinds, g_strdup (document->kind));
    }
  g_ptr_array_sort (self->kinds, compare_kinds);
  gtk_string_list_append (model, _("All Kinds"));
  for (guint i = 0; i < self->kinds->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (self->kinds, i));
      if (g_strcmp0 (chosen, g_ptr_array_index (self->kinds, i)) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->kind_dropdown, selected);
  on_search_changed (self);
}

static void
reload (KartaDocumentsPage *self)
{
  karta_list_box_clear (self->list_box);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  self->documents = karta_list_page_load (self->store, karta_store_list_documents, "documents");
  reload_kinds (self);
  for (guint i = 0; i < self->documents->len; i++)
    gtk_list_box_append (self->list_box, row_new (g_ptr_array_index (self->documents, i)));
  gtk_stack_set_visible_child_name (self->stack, self->documents->len > 0 ? "list" : "empty");
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  KartaDocumentsPage *self = user_data;
  const KartaDocument *document = g_object_get_data (G_OBJECT (row), "document");
  const char *key = g_object_get_data (G_OBJECT (row), "search-key");

  if (document == NULL)
    return TRUE;
  if (self->kind != NULL && g_strcmp0 (document->kind, self->kind) != 0)
    return FALSE;
  return karta_list_search_matches (key, self->needle);
}

static void
on_search_changed (KartaDocumentsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  karta_list_search_update (&self->needle, self->search_entry);
  self->kind = NULL;
  if (self->kinds != NULL && selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->kinds->len)
    self->kind = g_ptr_array_index (self->kinds, selected - 1);
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
karta_documents_page_dispose (GObject *object)
{
  KartaDocumentsPage *self = KARTA_DOCUMENTS_PAGE (object);

  /* AdwBin unparents its child itself: gtk_widget_dispose_template() would
   * leave it a dangling pointer */
  g_clear_object (&self->store);
  G_OBJECT_CLASS (karta_documents_page_parent_class)->dispose (object);
}

static void
karta_documents_page_finalize (GObject *object)
{
  KartaDocumentsPage *self = KARTA_DOCUMENTS_PAGE (object);

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_free (self->needle);
  G_OBJECT_CLASS (karta_documents_page_parent_class)->finalize (object);
}

static void
karta_documents_page_class_init (KartaDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_documents_page_dispose;
  object_class->finalize = karta_documents_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/ui/karta-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
}

static void
karta_documents_page_init (KartaDocumentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  karta_list_page_setup (GTK_WIDGET (self), self->list_box, self->search_entry,
                         _("No documents match the search"), filter_row);
}

GtkWidget *
karta_documents_page_new (void)
{
  return g_object_new (KARTA_TYPE_DOCUMENTS_PAGE, NULL);
}

/**
 * karta_documents_page_set_store:
 *
 * Shows the documents of @store, following its changes.
 */
void
karta_documents_page_set_store (KartaDocumentsPage *self,
                                KartaStore         *store)
{
  g_return_if_fail (KARTA_IS_DOCUMENTS_PAGE (self));
  g_return_if_fail (store == NULL || KARTA_IS_STORE (store));

  if (karta_list_page_follow_store (self, &self->store, store, G_CALLBACK (reload)))
    reload (self);
}
