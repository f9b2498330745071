/* karta-documents-page.c — every attached document, found by filters
 *
 * The filters (kind, number, dates, roadmap, activity, school, and the
 * search over title, number and file name) are applied by the store in
 * SQL on every change; at most MAX_ROWS rows are made, so that a library
 * of thousands of documents stays quick — narrowing the filters shows the
 * rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-documents-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-document-row.h"
#include "karta-attach-document-dialog.h"
#include "karta-previewer-window.h"
#include "karta-documents-page.h"
#include "karta-editor-private.h"
#include "karta-evidence.h"
#include "karta-list-private.h"

#define MAX_ROWS 200

struct _KartaDocumentsPage
{
  AdwBin parent_instance;

  KartaStore *store;
  GPtrArray  *documents; /* of KartaDocument*, found */
  GPtrArray  *kinds;     /* of char*: the kind filter's choices after "All" */
  GPtrArray  *roadmaps;  /* of KartaRoadmapSummary*, after "All" */
  GPtrArray  *schools;   /* of KartaOrganisation*, after "All" */
  gboolean    updating;  /* filling the choices: no refiltering */

  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *sort_dropdown;
  GtkDropDown    *roadmap_dropdown;
  GtkEntry       *activity_entry;
  GtkDropDown    *school_dropdown;
  GtkEntry       *number_entry;
  GtkEntry       *from_entry;
  GtkEntry       *to_entry;
  GtkListBox     *list_box;
  GtkLabel       *more_label;
};

G_DEFINE_FINAL_TYPE (KartaDocumentsPage, karta_documents_page, ADW_TYPE_BIN)

/* Under the file's name: "Приказ № 12 of 01.02.2022 · 3 pages" and the
 * title; "Итоги мониторинга · 3 pages" (the file's title) and the kind;
 * or "Протокол · 1 page" */
static char *
describe_document (const KartaDocument *document)
{
  gboolean         names_kind = FALSE;
  g_autofree char *heading = karta_document_get_heading (document, &names_kind);
  gboolean         titled = !karta_text_is_blank (document->title);
  const char      *kind = !karta_text_is_blank (document->kind) ? document->kind : _ ("Document");
  GString         *text = g_string_new (names_kind || titled ? heading : kind);
  const char      *below = names_kind ? document->title : titled ? document->kind
                                                                 : NULL;

  if (document->pages > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", document->pages),
                              document->pages);
    }
  if (!karta_text_is_blank (below) && g_strcmp0 (below, heading) != 0)
    g_string_append_printf (text, "\n%s", below);
  return g_string_free (text, FALSE);
}

static GtkWidget *
links_label_new (const char *links)
{
  GtkWidget *label = gtk_label_new (links);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_set_tooltip_text (label, links);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
on_edit_clicked (GtkButton          *button,
                 KartaDocumentsPage *self)
{
  karta_attach_document_dialog_show (karta_list_page_get_window (GTK_WIDGET (self)), self->store,
                                     karta_document_row_find (GTK_WIDGET (button)));
}

static GtkWidget *
row_new (KartaDocumentsPage  *self,
         const KartaDocument *document)
{
  GtkWidget       *row = karta_document_row_new (document);
  g_autofree char *subtitle = describe_document (document);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), document->file_name ? document->file_name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-document-symbolic"));
  if (document->links != NULL && *document->links != '\0')
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), links_label_new (document->links));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             karta_list_row_button_new ("document-edit-symbolic", _ ("Edit the kind, number, date and title"),
                                                        G_CALLBACK (on_edit_clicked), self));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* The filter's choices */

static void
fill_dropdown (GtkDropDown *dropdown,
               GPtrArray   *items,
               const char  *all,
               const char *(*name) (gconstpointer item))
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, all);
  for (guint i = 0; i < items->len; i++)
    gtk_string_list_append (model, name (g_ptr_array_index (items, i)));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
}

static const char *
kind_name (gconstpointer item)
{
  return item;
}

static const char *
roadmap_name (gconstpointer item)
{
  return ((const KartaRoadmapSummary *) item)->title;
}

static const char *
school_name (gconstpointer item)
{
  const KartaOrganisation *school = item;

  return school->short_name ? school->short_name : school->name;
}

/* The item chosen in @dropdown, whose choices are "All" then @items */
static gpointer
chosen (GtkDropDown *dropdown,
        GPtrArray   *items)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return items != NULL && selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= items->len
           ? g_ptr_array_index (items, selected - 1)
           : NULL;
}

static void
reload_choices (KartaDocumentsPage *self)
{
  self->updating = TRUE;
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->roadmaps, g_ptr_array_unref);
  g_clear_pointer (&self->schools, g_ptr_array_unref);
  self->kinds = karta_list_page_load (self->store, karta_store_list_document_kinds, "kinds of documents");
  self->roadmaps = karta_list_page_load (self->store, karta_store_list_roadmaps, "roadmaps");
  self->schools = karta_list_page_load (self->store, karta_store_list_organisations, "schools");
  fill_dropdown (self->kind_dropdown, self->kinds, _ ("All Kinds"), kind_name);
  fill_dropdown (self->roadmap_dropdown, self->roadmaps, _ ("All Roadmaps"), roadmap_name);
  fill_dropdown (self->school_dropdown, self->schools, _ ("All Schools"), school_name);
  self->updating = FALSE;
}

/* The list */

static KartaDay
entry_day (GtkEntry *entry)
{
  KartaDay day = KARTA_DAY_NONE;

  karta_editor_check_day_entry (GTK_EDITABLE (entry), &day);
  return day;
}

static void
read_filter (KartaDocumentsPage  *self,
             KartaDocumentFilter *filter)
{
  const KartaRoadmapSummary *roadmap = chosen (self->roadmap_dropdown, self->roadmaps);
  const KartaOrganisation   *school = chosen (self->school_dropdown, self->schools);

  *filter = (KartaDocumentFilter){
    .kind = chosen (self->kind_dropdown, self->kinds),
    .number = gtk_editable_get_text (GTK_EDITABLE (self->number_entry)),
    .from = entry_day (self->from_entry),
    .to = entry_day (self->to_entry),
    .roadmap_id = roadmap ? roadmap->id : 0,
    .activity_number = gtk_editable_get_text (GTK_EDITABLE (self->activity_entry)),
    .organisation_id = school ? school->id : 0,
    .search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    .sort = gtk_drop_down_get_selected (self->sort_dropdown) == 1 ? KARTA_DOCUMENT_SORT_DATE
                                                                  : KARTA_DOCUMENT_SORT_ADDED,
  };
}

static gboolean
filter_is_empty (const KartaDocumentFilter *filter)
{
  return filter->kind == NULL && *filter->number == '\0' && filter->from == KARTA_DAY_NONE && filter->to == KARTA_DAY_NONE && filter->roadmap_id == 0 && *filter->activity_number == '\0' && filter->organisation_id == 0 && *filter->search == '\0';
}

static void
show_count (KartaDocumentsPage *self)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->more_label), self->documents->len > MAX_ROWS);
  if (self->documents->len <= MAX_ROWS)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The first %u of %u document are shown: narrow the filters to see the others.",
                                       "The first %u of %u documents are shown: narrow the filters to see the others.",
                                       self->documents->len),
                          MAX_ROWS, self->documents->len);
  gtk_label_set_text (self->more_label, text);
}

static void
refilter (KartaDocumentsPage *self)
{
  KartaDocumentFilter filter;
  g_autoptr (GError) error = NULL;
  GPtrArray *found;

  if (self->updating || self->store == NULL)
    return;
  read_filter (self, &filter);
  if ((found = karta_store_find_documents (self->store, &filter, &error)) == NULL)
    {
      g_warning ("Could not find the documents: %s", error->message);
      found = g_ptr_array_new ();
    }
  karta_list_box_clear (self->list_box);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  self->documents = found;
  for (guint i = 0; i < MIN (found->len, MAX_ROWS); i++)
    gtk_list_box_append (self->list_box, row_new (self, g_ptr_array_index (found, i)));
  show_count (self);
  gtk_stack_set_visible_child_name (self->stack, found->len > 0 || !filter_is_empty (&filter) ? "list" : "empty");
}

static void
reload (KartaDocumentsPage *self)
{
  reload_choices (self);
  refilter (self);
}

static void
on_row_activated (KartaDocumentsPage *self,
                  GtkListBoxRow      *row)
{
  const KartaDocument *document = karta_document_row_find (GTK_WIDGET (row));

  if (document != NULL)
    karta_previewer_window_show (karta_list_page_get_window (GTK_WIDGET (self)), self->store, document);
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
  g_clear_pointer (&self->roadmaps, g_ptr_array_unref);
  g_clear_pointer (&self->schools, g_ptr_array_unref);
  G_OBJECT_CLASS (karta_documents_page_parent_class)->finalize (object);
}

static void
karta_documents_page_class_init (KartaDocumentsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = karta_documents_page_dispose;
  object_class->finalize = karta_documents_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/ru/karta/Karta/evidence/karta-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, roadmap_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, activity_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, school_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, number_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, KartaDocumentsPage, more_label);
  gtk_widget_class_bind_template_callback (widget_class, refilter);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
karta_documents_page_init (KartaDocumentsPage *self)
{
  g_autoptr (GtkExpression) school_expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_expression (self->school_dropdown, school_expression);
  karta_list_dropdown_ellipsize (self->roadmap_dropdown, 24);
  karta_list_dropdown_show_schools (self->school_dropdown, 20);
  karta_list_dropdown_ellipsize (self->kind_dropdown, 16);
  gtk_list_box_set_placeholder (self->list_box, karta_list_placeholder_new (_ ("No documents match the filters"), 18));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
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
