/* test-attach-ui.c — attaching documents from the window: files dropped on
 * the activity editor, progress and Cancel, the refused files with their
 * reasons, the evidence status, the Documents page's filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "karta-activity-editor.h"
#include "karta-attach-files.h"
#include "karta-demo-pdf.h"
#include "karta-previewer-window.h"
#include "karta-documents-page.h"
#include "karta-test-hanging-pdf.h"
#include "karta-ui-test-keyring.h"
#include "karta-ui-test-util.h"
#include "karta-window.h"

extern GResource *karta_get_resource (void);

#define N_BIG_FILES 60

static KartaStore *store;
static char       *library_dir;
static char       *big_dir; /* N_BIG_FILES distinct 2 MB PDFs */
static gint64      roadmap_id;
static gboolean    keyring; /* a keyring of the test's own is up */

static KartaActivity *
activity_new (const char        *number,
              const char        *title,
              const KartaPeriod *period)
{
  KartaActivity *activity = karta_ui_test_activity_new (number, title, "Февраль-март", period);

  activity->evidence = g_strdup ("Протокол");
  activity->status = KARTA_STATUS_DONE;
  return activity;
}

static gint64
add_roadmap (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autoptr (GError) error = NULL;
  KartaSection *section = karta_section_new ("1", "Организационные мероприятия");
  gint64        id;

  roadmap->title = g_strdup ("Дорожная карта «500+» на 2022 год");
  karta_period_parse ("2022", &roadmap->period, NULL);
  roadmap->order->kind = g_strdup ("Распоряжение");
  roadmap->order->number = g_strdup ("32-р");
  g_ptr_array_add (section->activities, activity_new ("1.1", "Совещание с руководителями ШНОР", &roadmap->period));
  g_ptr_array_add (section->activities, activity_new ("1.2", "Анализ результатов ВПР", &roadmap->period));
  g_ptr_array_add (roadmap->sections, section);
  id = karta_store_add_roadmap (store, roadmap, &error);
  g_assert_no_error (error);
  return id;
}

static KartaRoadmap *
load_roadmap (void)
{
  g_autoptr (GError) error = NULL;
  KartaRoadmap *roadmap = karta_store_load_roadmap (store, roadmap_id, &error);

  g_assert_no_error (error);
  return roadmap;
}

static KartaActivity *
activity_at (KartaRoadmap *roadmap,
             guint         index)
{
  return g_ptr_array_index (((KartaSection *) g_ptr_array_index (roadmap->sections, 0))->activities, index);
}

static GFile *
test_pdf (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("KARTA_TEST_DATA"), "pdf", name, NULL);

  return g_file_new_for_path (path);
}

/* The toplevel window whose title is @title, or NULL */
static GtkWindow *
find_window (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (g_strcmp0 (gtk_window_get_title (window), title) == 0 ||
          g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), title) == 0)
        return window;
    }
  return NULL;
}

/* A row of @list whose title is @title, or NULL */
static AdwActionRow *
find_row (GtkWidget  *list,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found;
      if (ADW_IS_ACTION_ROW (child) && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return ADW_ACTION_ROW (child);
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls the editor to its end, where the documents are */
static void
show_documents (GtkWidget *documents)
{
  GtkWidget     *scrolled = gtk_widget_get_ancestor (documents, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
test_drop_on_editor (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  KartaActivity *activity = activity_at (roadmap, 0);
  GtkWindow     *editor = karta_activity_editor_new (NULL, store, roadmap, activity);
  GtkWidget     *documents = karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "documents_list");
  g_autoptr (GSList) files = NULL;
  GtkWindow    *refused;
  AdwActionRow *row;

  gtk_window_set_default_size (editor, 640, 900);
  karta_ui_test_wait_until_drawn (GTK_WIDGET (editor));
  show_documents (documents);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "attach-editor-missing");
  g_assert_nonnull (find_row (documents, "Выполнено, но подтверждающий документ не прикреплён"));
  files = g_slist_append (files, test_pdf ("text-004-plan.pdf"));
  files = g_slist_append (files, test_pdf ("truncated.pdf"));
  files = g_slist_append (files, test_pdf ("scan-000-order.pdf"));
  g_assert_true (karta_ui_test_drop_files (GTK_WIDGET (editor), files, 10, 10));
  g_slist_free_full (g_steal_pointer (&files), g_object_unref);
  g_assert_nonnull (find_window ("Прикрепление документов"));
  karta_ui_test_wait_for_documents (store, activity->id, 2);

  karta_ui_test_wait_ms (200);
  refused = find_window ("refused-files");
  g_assert_nonnull (refused);
  row = find_row (GTK_WIDGET (refused), "truncated.pdf");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "PDF повреждён или записан не полностью");
  karta_ui_test_save_screenshot (GTK_WIDGET (refused), "attach-refused");
  gtk_window_destroy (refused);

  /* the kind is the one the activity asks for: the evidence is there now */
  row = find_row (documents, "Требуется: Протокол — прикреплено: 2");
  g_assert_nonnull (row);
  g_assert_null (find_row (documents, "Выполнено, но"));
  show_documents (documents);
  karta_ui_test_save_screenshot (GTK_WIDGET (editor), "attach-editor");

  /* one undo detaches both, and the editor follows */
  g_assert_true (karta_store_undo (store, NULL));
  g_assert_cmpuint (karta_ui_test_count_documents (store, activity->id), ==, 0);
  karta_ui_test_run_pending ();
  g_assert_nonnull (find_row (documents, "Требуется: Протокол — прикреплено: 0"));
  g_assert_true (karta_store_redo (store, NULL));
  gtk_window_destroy (editor);
}

static GPtrArray *
big_files (void)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_BIG_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("scan-%02u.pdf", i);
      g_autofree char *path = g_build_filename (big_dir, name, NULL);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  return files;
}

static void
make_big_files (void)
{
  g_autoptr (GError) error = NULL;

  big_dir = g_dir_make_tmp ("karta-test-big-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_BIG_FILES; i++)
    {
      g_autofree char *text = g_strdup_printf ("Scan %u", i);
      g_autofree char *name = g_strdup_printf ("scan-%02u.pdf", i);
      g_autofree char *path = g_build_filename (big_dir, name, NULL);
      g_autoptr (GBytes) pdf = karta_demo_pdf_new (text, 2 * 1024 * 1024, i);
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
    }
}

static GtkButton *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return GTK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Progress while copying, and Cancel: what was copied before is linked,
 * the rest is not, and nothing is half-stored */
static void
test_progress_and_cancel (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  KartaActivity *activity = activity_at (roadmap, 1);
  GtkWindow     *editor = karta_activity_editor_new (NULL, store, roadmap, activity);
  GtkWidget     *documents = karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "documents_list");
  g_autoptr (GPtrArray) files = big_files ();
  GtkWindow *progress;
  gint64     deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint      attached;

  karta_ui_test_wait_until_drawn (GTK_WIDGET (editor));
  karta_attach_files_to_activity (documents, store, activity->id, files);
  progress = find_window ("Прикрепление документов");
  g_assert_nonnull (progress);
  g_object_add_weak_pointer (G_OBJECT (progress), (gpointer *) &progress);
  karta_ui_test_wait_ms (300); /* shown after 200 ms */
  g_assert_nonnull (progress);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (progress)));
  karta_ui_test_save_screenshot (GTK_WIDGET (progress), "attach-progress");
  g_assert_nonnull (progress);
  gtk_widget_activate (GTK_WIDGET (find_button (GTK_WIDGET (progress))));
  while (progress != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (progress);
  attached = karta_ui_test_count_documents (store, activity->id);
  g_test_message ("attached before Cancel: %u of %u", attached, N_BIG_FILES);
  g_assert_cmpuint (attached, <, N_BIG_FILES);
  gtk_window_destroy (editor);
}

/* A PDF built to hang poppler, and Cancel: the progress window closes at
 * once, not at the helper's deadline, and nothing is attached */
static void
test_cancel_hanging (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  KartaActivity   *activity = activity_at (roadmap, 0);
  GtkWindow       *editor = karta_activity_editor_new (NULL, store, roadmap, activity);
  GtkWidget       *documents = karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "documents_list");
  g_autofree char *path = karta_test_write_hanging_pdf (big_dir, "hanging.pdf");
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  guint      before = karta_ui_test_count_documents (store, activity->id);
  GtkWindow *progress;
  gint64     cancelled, deadline;

  g_ptr_array_add (files, g_file_new_for_path (path));
  karta_ui_test_wait_until_drawn (GTK_WIDGET (editor));
  karta_attach_files_to_activity (documents, store, activity->id, files);
  progress = find_window ("Прикрепление документов");
  g_assert_nonnull (progress);
  g_object_add_weak_pointer (G_OBJECT (progress), (gpointer *) &progress);
  karta_ui_test_wait_ms (500);
  g_assert_nonnull (progress);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (progress)));
  cancelled = g_get_monotonic_time ();
  deadline = cancelled + 5 * G_USEC_PER_SEC;
  gtk_widget_activate (GTK_WIDGET (find_button (GTK_WIDGET (progress))));
  while (progress != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("closed %.2f s after Cancel", (g_get_monotonic_time () - cancelled) / (double) G_USEC_PER_SEC);
  g_assert_null (progress);
  g_assert_cmpint (g_get_monotonic_time () - cancelled, <, G_USEC_PER_SEC);
  g_assert_cmpuint (karta_ui_test_count_documents (store, activity->id), ==, before);
  gtk_window_destroy (editor);
}

/* What the file chooser of the roadmap's properties does with the chosen
 * scan of the order: attached to the order, with a toast and its Undo */
static void
test_order_scan (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) found = NULL;
  KartaDocumentTarget target = { .order_id = roadmap->order->id };
  KartaDocumentFilter filter = { .search = "landscape" };
  GtkWidget          *window = adw_window_new ();
  GtkWidget          *overlay = adw_toast_overlay_new ();
  GtkWidget          *label = gtk_label_new ("Распоряжение № 32-р");
  gint64              deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), label);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 200);
  gtk_window_present (GTK_WINDOW (window));
  g_ptr_array_add (files, test_pdf ("landscape-a3.pdf"));
  karta_attach_files (label, store, &target, files);
  while (find_window ("Прикрепление документов") != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  found = karta_store_find_documents (store, &filter, NULL);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((KartaDocument *) g_ptr_array_index (found, 0))->kind, ==, "Распоряжение");
  g_assert_nonnull (strstr (((KartaDocument *) g_ptr_array_index (found, 0))->links, "32-р"));
  karta_ui_test_save_screenshot (window, "attach-order-toast");
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_found (const char *search)
{
  KartaDocumentFilter filter = { .search = search };
  g_autoptr (GPtrArray) found = karta_store_find_documents (store, &filter, NULL);

  return found->len;
}

/* Drops @files on the cells under @widget, in order, until one takes them */
static gboolean
drop_on_first_taker (GtkWidget *widget,
                     GSList    *files)
{
  if (GTK_IS_LABEL (widget) && karta_ui_test_find_drop_target (widget) != NULL && karta_ui_test_drop_files (widget, files, 10, 10))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (drop_on_first_taker (child, files))
      return TRUE;
  return FALSE;
}

/* A PDF dropped on a row of the roadmap table: sections do not take it,
 * the first activity does */
static void
test_drop_on_table (void)
{
  KartaWindow *window = karta_window_new (NULL, store);
  g_autoptr (GSList) files = g_slist_append (NULL, test_pdf ("rotated-pages.pdf"));
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (karta_window_select_roadmap (window, roadmap_id));
  karta_ui_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (drop_on_first_taker (GTK_WIDGET (karta_window_get_roadmap_page (window)), files));
  g_slist_free_full (g_steal_pointer (&files), g_object_unref);
  while (count_found ("rotated") == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_found ("rotated"), ==, 1);
  karta_ui_test_save_screenshot (GTK_WIDGET (window), "attach-table");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
wait_for_window (const char *name)
{
  gint64     deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GtkWindow *window;

  while ((window = find_window (name)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (window);
  return window;
}

/* Answers the password dialog with @password, to be kept if @remember */
static void
answer_password (const char *password,
                 gboolean    remember,
                 const char *expected_body)
{
  GtkWindow *dialog = wait_for_window ("attach-password");

  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), expected_body));
  karta_ui_test_save_screenshot (GTK_WIDGET (dialog), "attach-password");
  karta_ui_test_answer_password (ADW_MESSAGE_DIALOG (dialog), password, remember);
}

/* An encrypted file: its password is asked for, a wrong one again; kept
 * in the keyring when the user ticks it */
static void
test_password (void)
{
  g_autoptr (KartaRoadmap) roadmap = load_roadmap ();
  GtkWindow *editor = karta_activity_editor_new (NULL, store, roadmap, activity_at (roadmap, 0));
  GtkWidget *documents = karta_ui_test_template_child (editor, KARTA_TYPE_ACTIVITY_EDITOR, "documents_list");
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_ptr_array_add (files, test_pdf ("encrypted-user-pw.pdf"));
  karta_attach_files (documents, store, &(KartaDocumentTarget){ .activity_id = activity_at (roadmap, 0)->id },
                      files);
  answer_password ("wrong", FALSE, "«encrypted-user-pw.pdf»: нужен пароль");
  /* kept in the keyring, when the test has one */
  answer_password ("secret", keyring, "неверный");
  while (count_found ("encrypted") == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_found ("encrypted"), ==, 1);
  if (keyring)
    {
      KartaDocumentFilter filter = { .search = "encrypted" };
      g_autoptr (GPtrArray) found = karta_store_find_documents (store, &filter, NULL);
      const KartaDocument *document = g_ptr_array_index (found, 0);

      g_assert_true (karta_ui_test_keyring_has (document->sha256, "secret"));
    }
  gtk_window_destroy (editor);
}

static GtkWindow *
find_previewer (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (KARTA_IS_PREVIEWER_WINDOW (window))
        return window;
    }
  return NULL;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    n += ADW_IS_ACTION_ROW (child);
  return n;
}

static void
test_documents_page (void)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *page = karta_documents_page_new ();
  GtkWidget *list = karta_ui_test_template_child (page, KARTA_TYPE_DOCUMENTS_PAGE, "list_box");
  GtkWidget *search = karta_ui_test_template_child (page, KARTA_TYPE_DOCUMENTS_PAGE, "search_entry");
  GtkWidget *activity = karta_ui_test_template_child (page, KARTA_TYPE_DOCUMENTS_PAGE, "activity_entry");
  GtkWindow *previewer;
  guint      all;

  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  karta_documents_page_set_store (KARTA_DOCUMENTS_PAGE (page), store);
  karta_ui_test_save_screenshot (window, "attach-documents-page");
  all = count_rows (list);
  g_assert_nonnull (find_row (list, "text-004-plan.pdf"));
  gtk_editable_set_text (GTK_EDITABLE (activity), "1.1");
  g_assert_nonnull (find_row (list, "text-004-plan.pdf"));
  g_assert_null (find_row (list, "scan-00.pdf"));
  gtk_editable_set_text (GTK_EDITABLE (activity), "");
  gtk_editable_set_text (GTK_EDITABLE (search), "plan");
  karta_ui_test_wait_ms (400); /* the search entry waits a little */
  g_assert_nonnull (find_row (list, "text-004-plan.pdf"));
  g_assert_null (find_row (list, "scan-000-order.pdf"));
  karta_ui_test_save_screenshot (window, "attach-documents-page-search");
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 600);
  karta_ui_test_save_screenshot (window, "attach-documents-page-narrow");
  g_assert_cmpuint (all, >, 2);

  /* a row opens the previewer */
  g_signal_emit_by_name (list, "row-activated", find_row (list, "text-004-plan.pdf"));
  previewer = find_previewer ();
  g_assert_nonnull (previewer);
  gtk_window_destroy (previewer);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GFile) big = NULL;
  int result;

  keyring = karta_ui_test_keyring_start ();
  if (!karta_ui_test_init (&argc, &argv))
    return 77;
  g_assert_nonnull (karta_get_resource ());
  store = karta_ui_test_library_new ("karta-test-attach-ui-XXXXXX", &library_dir);
  roadmap_id = add_roadmap ();
  make_big_files ();

  g_test_add_func ("/ui/attach/drop-on-editor", test_drop_on_editor);
  g_test_add_func ("/ui/attach/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/ui/attach/cancel-hanging", test_cancel_hanging);
  g_test_add_func ("/ui/attach/order-scan", test_order_scan);
  g_test_add_func ("/ui/attach/drop-on-table", test_drop_on_table);
  g_test_add_func ("/ui/attach/password", test_password);
  g_test_add_func ("/ui/attach/documents-page", test_documents_page);
  result = karta_ui_test_run (&store, &library_dir);
  big = g_file_new_for_path (big_dir);
  karta_ui_test_remove_tree (big);
  g_free (big_dir);
  karta_ui_test_keyring_stop ();
  return result;
}
