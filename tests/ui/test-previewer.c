/* test-previewer.c — the PDF previewer, driven for real
 *
 * Opens the corpus of tests/data/pdf in the previewer with the real
 * renderer process, and looks at what is drawn. Needs a display (Xvfb will
 * do); skipped without one. Saves screenshots (screenshot-document-*.png)
 * into the build directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "karta-file-store.h"
#include "karta-previewer-window-private.h"
#include "karta-pdf-view-private.h"
#include "karta-ui-test-keyring.h"
#include "karta-ui-test-util.h"
#include "karta-test-util.h"

#define TIMEOUT_S 20

static char    *cache_dir;
static gboolean keyring; /* a keyring of the test's own is up */

static GFile *
data_file (const char *name)
{
  const char      *dir = g_getenv ("KARTA_TEST_DATA");
  g_autofree char *path = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "pdf", name, NULL);
  return g_file_new_for_path (path);
}

/* Iterates the main loop until @done says so, failing after TIMEOUT_S */
static void
wait_for (gboolean (*done) (gpointer data),
          gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_S * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_settled (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return window->renderer != NULL || g_str_equal (gtk_stack_get_visible_child_name (window->stack), "error");
}

static gboolean
page_is_drawn (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return karta_pdf_view_page_is_drawn (window->view, karta_pdf_view_get_page (window->view));
}

static KartaPreviewerWindow *
open_window (GFile *file,
             int    width,
             int    height)
{
  KartaPreviewerWindow *window = karta_previewer_window_new (NULL, file);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  karta_ui_test_wait_until_drawn (GTK_WIDGET (window));
  return window;
}

/* Opens @name and waits for its first page */
static KartaPreviewerWindow *
open_document (const char *name)
{
  g_autoptr (GFile) file = data_file (name);
  KartaPreviewerWindow *window = open_window (file, 1280, 800);

  wait_for (is_settled, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "document");
  wait_for (page_is_drawn, window);
  return window;
}

/* The share of pixels that are not white in the middle of the view */
static double
inked_share (GtkWidget *widget)
{
  g_autoptr (GdkTexture) texture = NULL;
  int                width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  guint              inked = 0, total = 0;

  karta_ui_test_wait_ms (100);
  texture = karta_ui_test_render (widget, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);
  gdk_texture_download (texture, pixels, width * 4);
  for (int y = height / 4; y < height * 3 / 4; y++)
    for (int x = width / 4; x < width * 3 / 4; x++, total++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;
        if (p[0] < 200 || p[1] < 200 || p[2] < 200)
          inked++;
      }
  return (double) inked / total;
}

static double first_page_width (KartaPreviewerWindow *window);

static void
test_text_drawn (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");
  int                   scale = gtk_widget_get_scale_factor (GTK_WIDGET (window->view));

  g_assert_cmpfloat (inked_share (GTK_WIDGET (window->view)), >, 0.01);
  /* sharp: a device pixel per texture pixel (GDK_SCALE=2 for HiDPI) */
  g_assert_cmpfloat_with_epsilon (gdk_texture_get_width (window->view->pages[0].texture),
                                  first_page_width (window) * scale, 1.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->page_entry)), ==, "1");
  gtk_widget_activate_action (GTK_WIDGET (window), "document.toggle-pages", NULL);
  karta_ui_test_wait_ms (500);
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "previewer-window"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_entry (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");

  /* the thumbnails (F9) follow the page */
  gtk_widget_activate_action (GTK_WIDGET (window), "document.toggle-pages", NULL);
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  gtk_editable_set_text (GTK_EDITABLE (window->page_entry), "5");
  g_signal_emit_by_name (window->page_entry, "activate");
  g_assert_cmpuint (karta_pdf_view_get_page (window->view), ==, 4);
  wait_for (page_is_drawn, window);
  karta_ui_test_wait_ms (200);
  g_assert_cmpuint (karta_pdf_thumbnails_get_page (window->thumbnails), ==, 4);
  g_assert_cmpfloat (inked_share (GTK_WIDGET (window->view)), >, 0.01);
  /* out of range: the entry goes back to the page shown */
  gtk_editable_set_text (GTK_EDITABLE (window->page_entry), "99");
  g_signal_emit_by_name (window->page_entry, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->page_entry)), ==, "5");
  /* zooming keeps the page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "document.zoom-in", NULL));
  g_assert_cmpuint (karta_pdf_view_get_page (window->view), ==, 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

static double
first_page_width (KartaPreviewerWindow *window)
{
  double width, height;

  karta_pdf_layout_page_size (&window->view->layout, 0, &width, &height);
  return width;
}

static gboolean
shows_real_size (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return g_strcmp0 (gtk_menu_button_get_label (window->zoom_button), "100 %") == 0;
}

static void
test_zoom (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");
  double                automatic = first_page_width (window), zoomed, fitted;

  gtk_widget_activate_action (GTK_WIDGET (window), "document.zoom-in", NULL);
  karta_ui_test_wait_ms (100);
  zoomed = first_page_width (window);
  g_assert_cmpfloat_with_epsilon (zoomed / automatic, 1.2, 0.01);
  wait_for (page_is_drawn, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.fit-page", NULL);
  karta_ui_test_wait_ms (200);
  fitted = first_page_width (window);
  g_assert_cmpfloat (fitted, <, automatic);
  /* the whole page in the view's height */
  g_assert_cmpfloat (fitted * 842 / 595, <=, gtk_widget_get_height (GTK_WIDGET (window->view)));
  gtk_widget_activate_action (GTK_WIDGET (window), "document.zoom", "d", 1.0);
  /* the zoom button says so once the view has laid the pages out again */
  wait_for (shows_real_size, window);
  g_assert_cmpfloat_with_epsilon (first_page_width (window), 595.3 * KARTA_PDF_VIEW_REAL_SIZE, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* @document (its file name) stored in a new library as an attached
 * document, shown in the previewer */
static KartaPreviewerWindow *
show_stored (KartaStore    *store,
             KartaDocument *document)
{
  g_autofree char *documents = karta_file_store_dir (store);
  g_autoptr (GFile) file = data_file (document->file_name);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&document->sha256, g_free);
  g_assert_true (karta_file_store_put (documents, path, NULL, NULL, NULL, &document->sha256, &document->size,
                                       &error));
  g_assert_no_error (error);
  return karta_previewer_window_show (NULL, store, document);
}

/* The same, waiting for its first page */
static KartaPreviewerWindow *
show_attached (KartaStore    *store,
               KartaDocument *document)
{
  KartaPreviewerWindow *window = show_stored (store, document);

  wait_for (is_settled, window);
  wait_for (page_is_drawn, window);
  return window;
}

static void
test_rotate_remembered (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (KartaStore) store = karta_ui_test_library_new ("karta-test-previewer-XXXXXX", &dir);
  KartaDocument         document = { .id = 1, .file_name = (char *) "text-004-plan.pdf" };
  KartaPreviewerWindow *window = show_attached (store, &document);
  double                width, height;

  gtk_widget_activate_action (GTK_WIDGET (window), "document.rotate-right", NULL);
  wait_for (page_is_drawn, window);
  karta_pdf_layout_page_size (&window->view->layout, 0, &width, &height);
  g_assert_cmpfloat (width, >, height);
  g_assert_cmpfloat (inked_share (GTK_WIDGET (window->view)), >, 0.01);
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-rotated"));
  gtk_window_destroy (GTK_WINDOW (window));

  window = show_attached (store, &document);
  g_assert_cmpint (karta_pdf_view_get_rotation (window->view), ==, 90);
  karta_pdf_layout_page_size (&window->view->layout, 0, &width, &height);
  g_assert_cmpfloat (width, >, height);
  gtk_window_destroy (GTK_WINDOW (window));
  g_free (document.sha256);
  karta_ui_test_library_remove (&store, &dir);
}

/* The text this process put on the clipboard, NULL while it has none:
 * read from the local content, as other tests on the same display may
 * own the clipboard meanwhile */
static char *
local_clipboard_text (GdkClipboard *clipboard)
{
  GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (content == NULL || !gdk_content_provider_get_value (content, &value, NULL) ||
      karta_text_is_blank (g_value_get_string (&value)))
    return NULL;
  return g_value_dup_string (&value);
}

/* Copies (Ctrl+C) and reads the clipboard back; copies again if another
 * process took the clipboard before the text was read */
static char *
copy_text (KartaPreviewerWindow *window)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  char         *text = NULL;

  for (int attempt = 0; attempt < 20 && text == NULL; attempt++)
    {
      gdk_clipboard_set_text (clipboard, "");
      gtk_widget_activate_action (GTK_WIDGET (window), "document.copy", NULL);
      for (int i = 0; i < 100 && text == NULL && gdk_clipboard_is_local (clipboard); i++)
        {
          karta_ui_test_wait_ms (50);
          text = local_clipboard_text (clipboard);
        }
    }
  g_assert_nonnull (text);
  return text;
}

/* Ctrl+C copies the page shown, or the area dragged over */
static void
test_copy (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");
  KartaPdfRect          heading = { 0, 0, 595, 120 };
  g_autofree char      *page = copy_text (window);
  g_autofree char      *area = NULL;

  g_assert_nonnull (strstr (page, "РАСПОРЯЖЕНИЕ"));
  g_assert_nonnull (strstr (page, "№ 1441-р"));
  karta_pdf_view_set_selection (window->view, TRUE, 0, &heading);
  area = copy_text (window);
  g_assert_nonnull (strstr (area, "РОССИЙСКАЯ ФЕДЕРАЦИЯ"));
  g_assert_null (strstr (area, "1441"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
search_finished (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return window->matches != NULL && window->search_page >= 8;
}

static void
test_search (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");
  g_autofree char      *expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", 12), 12);

  gtk_widget_activate_action (GTK_WIDGET (window), "document.find", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "ЛОИРО");
  wait_for (search_finished, window);
  g_assert_cmpuint (window->matches->len, ==, 12);
  g_assert_cmpstr (gtk_label_get_text (window->search_status), ==, expected);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.find-next", NULL);
  g_assert_cmpuint (window->current_match, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.find-previous", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.find-previous", NULL);
  g_assert_cmpuint (window->current_match, ==, 11);
  wait_for (page_is_drawn, window);
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-search"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
search_has_status (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return *gtk_label_get_text (window->search_status) != '\0';
}

static void
test_scan_without_text (void)
{
  KartaPreviewerWindow *window = open_document ("scan-000-order.pdf");

  g_assert_cmpfloat (inked_share (GTK_WIDGET (window->view)), >, 0.01);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.find", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "поручение");
  wait_for (search_has_status, window);
  g_assert_cmpstr (gtk_label_get_text (window->search_status), ==,
                   _ ("This scan has no text layer: it cannot be searched."));
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-scan"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The newest password dialog of @window on screen */
static AdwMessageDialog *
find_dialog (KartaPreviewerWindow *window)
{
  GListModel       *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (toplevel)))
        found = ADW_MESSAGE_DIALOG (toplevel);
    }
  return found;
}

static gboolean
asks_password (gpointer data)
{
  return find_dialog (data) != NULL;
}

/* Answers the password dialog with @password, or cancels it */
static void
answer_password (KartaPreviewerWindow *window,
                 const char           *password,
                 gboolean              remember)
{
  wait_for (asks_password, window);
  karta_ui_test_answer_password (find_dialog (window), password, remember);
}

static gboolean
says_wrong_password (gpointer data)
{
  AdwMessageDialog *dialog = find_dialog (data);
  GtkWidget        *extra = dialog ? adw_message_dialog_get_extra_child (dialog) : NULL;

  return extra != NULL && GTK_IS_LABEL (gtk_widget_get_last_child (extra));
}

static void
test_password (void)
{
  g_autoptr (GFile) file = data_file ("encrypted-user-pw.pdf");
  KartaPreviewerWindow *window = open_window (file, 1280, 800);
  GtkWidget            *extra;

  answer_password (window, "wrong", FALSE);
  wait_for (says_wrong_password, window);
  extra = adw_message_dialog_get_extra_child (find_dialog (window));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (extra))), ==,
                   _ ("The password is wrong. Try again."));
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (find_dialog (window)), "document-password"));
  answer_password (window, "secret", FALSE);
  wait_for (is_settled, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "document");
  wait_for (page_is_drawn, window);
  g_assert_cmpint (karta_pdf_renderer_get_n_pages (window->renderer), ==, 8);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (file, 800, 600);
  answer_password (window, NULL, FALSE);
  wait_for (is_settled, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (window->error_page), "encrypted-user-pw.pdf"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An attached document's password, kept in the keyring when the user
 * wants, opens it the next time without a question; a kept password that
 * no longer opens it is forgotten and asked for */
static void
test_password_kept (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (KartaStore) store = NULL;
  KartaDocument         document = { .id = 1, .file_name = (char *) "encrypted-user-pw.pdf" };
  KartaPreviewerWindow *window;

  if (!keyring)
    {
      g_test_skip ("needs gnome-keyring-daemon");
      return;
    }
  store = karta_ui_test_library_new ("karta-test-previewer-XXXXXX", &dir);
  window = show_stored (store, &document);
  answer_password (window, "secret", TRUE);
  wait_for (is_settled, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "document");
  g_assert_true (karta_ui_test_keyring_has (document.sha256, "secret"));
  gtk_window_destroy (GTK_WINDOW (window));

  window = show_stored (store, &document);
  while (!is_settled (window))
    {
      g_assert_false (asks_password (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "document");
  gtk_window_destroy (GTK_WINDOW (window));

  /* the kept one is wrong: forgotten, and the user is asked */
  karta_document_password_remember_async (document.sha256, document.file_name, "outdated", NULL, NULL, NULL);
  g_assert_true (karta_ui_test_keyring_has (document.sha256, "outdated"));
  window = show_stored (store, &document);
  answer_password (window, NULL, FALSE);
  wait_for (is_settled, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "error");
  g_assert_true (karta_ui_test_keyring_has (document.sha256, ""));
  gtk_window_destroy (GTK_WINDOW (window));
  g_free (document.sha256);
  karta_ui_test_library_remove (&store, &dir);
}

static void
test_broken_files (void)
{
  const char *names[] = { "truncated.pdf", "not-a-pdf.pdf", "garbage.pdf", "empty.pdf", "docx-renamed.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (GFile) file = data_file (names[i]);
      KartaPreviewerWindow *window = open_window (file, 800, 600);

      wait_for (is_settled, window);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "error");
      g_test_message ("%s: %s", names[i], adw_status_page_get_description (window->error_page));
      g_assert_nonnull (strstr (adw_status_page_get_description (window->error_page), names[i]));
      if (i == 0)
        g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-error"));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_small_window (void)
{
  g_autoptr (GFile) file = data_file ("landscape-a3.pdf");
  KartaPreviewerWindow *window = open_window (file, 800, 600);
  double                width, height;

  wait_for (is_settled, window);
  wait_for (page_is_drawn, window);
  karta_pdf_layout_page_size (&window->view->layout, 0, &width, &height);
  g_assert_cmpfloat (width, >, height);
  g_assert_cmpfloat (width, <=, gtk_widget_get_width (GTK_WIDGET (window->view)));
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-small"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
page_failed (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return window->view->pages[karta_pdf_view_get_page (window->view)].failed;
}

/* A page the renderer gives up on (here: past a deadline of 1 ms) says
 * so, and the rest of the document goes on */
static gboolean
page_is_drawing (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return karta_pdf_view_page_is_drawing (window->view, 5);
}

static void
test_page_not_drawn (void)
{
  g_autoptr (GFile) file = data_file ("text-004-plan.pdf");
  KartaPreviewerWindow *window = open_window (file, 800, 600);

  wait_for (is_settled, window);
  wait_for (page_is_drawn, window);
  karta_pdf_renderer_set_timeout (window->renderer, 1);
  karta_pdf_view_set_page (window->view, 5);
  wait_for (page_failed, window);
  g_assert_false (karta_pdf_view_page_is_drawn (window->view, 5));
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-not-drawn"));
  karta_pdf_renderer_set_timeout (window->renderer, 10000);
  karta_pdf_view_set_page (window->view, 7);
  wait_for (page_is_drawn, window);
  g_assert_true (window->view->pages[5].failed);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page that takes long says that it is being drawn, not a blank sheet,
 * until its deadline says it could not be */
static void
test_page_drawing (void)
{
  g_autoptr (GFile) file = data_file ("text-004-plan.pdf");
  KartaPreviewerWindow *window;

  /* the renderer started for this window hangs on page 6 */
  g_setenv ("KARTA_PAGE_RENDERER_HANG", "6", TRUE);
  /* a size no other test draws at: the page cache has no drawing of it */
  window = open_window (file, 733, 577);
  g_unsetenv ("KARTA_PAGE_RENDERER_HANG");
  wait_for (is_settled, window);
  wait_for (page_is_drawn, window);
  g_assert_false (karta_pdf_view_page_is_drawing (window->view, 0));
  karta_pdf_renderer_set_timeout (window->renderer, 2000);
  karta_pdf_view_set_page (window->view, 5);
  wait_for (page_is_drawing, window);
  g_assert_true (karta_ui_test_save_screenshot (GTK_WIDGET (window), "document-drawing"));
  /* the words on the white sheet */
  g_assert_cmpfloat (inked_share (GTK_WIDGET (window->view)), >, 0);
  wait_for (page_failed, window);
  g_assert_false (karta_pdf_view_page_is_drawing (window->view, 5));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Page 2 carries /Rotate 90: shown landscape, the others upright */
static void
test_rotated_page (void)
{
  KartaPreviewerWindow *window = open_document ("rotated-pages.pdf");
  double                width, height;

  karta_pdf_layout_page_size (&window->view->layout, 1, &width, &height);
  g_assert_cmpfloat (width, >, height);
  karta_pdf_layout_page_size (&window->view->layout, 2, &width, &height);
  g_assert_cmpfloat (width, <, height);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Printing into a PDF file: every page, each drawn by the renderer */
static void
test_print (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");
  g_autoptr (GtkPrintOperation) operation = karta_previewer_window_print_operation_new (window);
  g_autofree char *path = g_build_filename (cache_dir, "printed.pdf", NULL);
  g_autoptr (KartaDocument) printed = NULL;
  g_autoptr (GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window),
                                            &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  /* eight pages, each with its picture */
  printed = karta_test_inspect_pdf (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (printed->pages, ==, 8);
  g_assert_cmpint (printed->size, >, 8 * 20000);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a dialog (the print dialog) is open over @window */
static gboolean
has_dialog (KartaPreviewerWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (toplevel)))
        return TRUE;
    }
  return FALSE;
}

/* Opens without a password; printing is forbidden by its author, which
 * is said instead of printing */
static void
test_owner_only (void)
{
  KartaPreviewerWindow *window = open_document ("encrypted-owner-only.pdf");

  g_assert_false (karta_pdf_renderer_get_can_print (window->renderer));
  g_assert_cmpfloat (inked_share (GTK_WIDGET (window->view)), >, 0.01);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.print", NULL);
  karta_ui_test_wait_ms (200);
  g_assert_false (has_dialog (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Right and Ctrl+Left rotate though the scrolled view has the focus,
 * and keep moving by words in a text entry */
static void
test_rotate_keys (void)
{
  KartaPreviewerWindow *window;
  GtkWidget            *view;

  if (!karta_ui_test_have_xdotool ())
    return;
  window = open_document ("text-004-plan.pdf");
  view = GTK_WIDGET (window->view);
  karta_ui_test_xdotool (view, 100, 100, "mousemove --window @W @X @Y click 1 key ctrl+Right");
  g_assert_cmpint (karta_pdf_view_get_rotation (window->view), ==, 90);
  karta_ui_test_xdotool (view, 100, 100, "key ctrl+Left ctrl+Left");
  g_assert_cmpint (karta_pdf_view_get_rotation (window->view), ==, 270);
  gtk_widget_activate_action (GTK_WIDGET (window), "document.find", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "слово");
  karta_ui_test_xdotool (view, 100, 100, "key ctrl+Right");
  g_assert_cmpint (karta_pdf_view_get_rotation (window->view), ==, 270);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The actions of Page Down, End and Home move through the document */
static void
test_keys (void)
{
  KartaPreviewerWindow *window = open_document ("text-004-plan.pdf");
  GtkWidget            *view = GTK_WIDGET (window->view);

  /* the window's focus: whether the window itself is active is up to the
   * display server, and Xvfb without a window manager is slow to say */
  g_assert_true (gtk_widget_is_focus (view));
  gtk_widget_activate_action (view, "document.fit-page", NULL);
  karta_ui_test_wait_ms (100);
  gtk_widget_activate_action (view, "view.scroll-to-end", "b", TRUE);
  karta_ui_test_wait_ms (100);
  g_assert_cmpuint (karta_pdf_view_get_page (window->view), ==, 7);
  gtk_widget_activate_action (view, "view.scroll-to-end", "b", FALSE);
  karta_ui_test_wait_ms (100);
  g_assert_cmpuint (karta_pdf_view_get_page (window->view), ==, 0);
  gtk_widget_activate_action (view, "view.scroll", "(ii)", 0, 1);
  karta_ui_test_wait_ms (100);
  g_assert_cmpuint (karta_pdf_view_get_page (window->view), ==, 1);
  gtk_widget_activate_action (view, "view.scroll-sideways", "i", 1);
  g_assert_cmpuint (karta_pdf_view_get_page (window->view), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a GtkShortcutsShortcut under @widget shows @accelerator */
static gboolean
lists_accelerator (GtkWidget  *widget,
                   const char *accelerator)
{
  g_autofree char *shown = NULL;

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    g_object_get (widget, "accelerator", &shown, NULL);
  if (g_strcmp0 (shown, accelerator) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (lists_accelerator (child, accelerator))
      return TRUE;
  return FALSE;
}

/* app.shortcuts over the previewer lists the previewer's own keys */
static void
assert_document_shortcuts (GtkApplication *app,
                           GtkWindow      *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow  *shortcuts = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel) && gtk_window_get_transient_for (toplevel) == window)
        shortcuts = toplevel;
    }
  g_assert_nonnull (shortcuts);
  g_assert_true (lists_accelerator (GTK_WIDGET (shortcuts), "F9"));
  g_assert_true (lists_accelerator (GTK_WIDGET (shortcuts), "<Control>g"));
  g_assert_false (lists_accelerator (GTK_WIDGET (shortcuts), "<Control>n"));
  gtk_window_destroy (shortcuts);
}

static gboolean
quit_when_shown (gpointer data)
{
  GtkApplication *app = data;
  GtkWindow      *window = gtk_application_get_active_window (app);

  if (window == NULL || !is_settled (window) || !page_is_drawn (window))
    return G_SOURCE_CONTINUE;
  assert_document_shortcuts (app, window);
  /* the previewer alone */
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, 1);
  g_assert_true (KARTA_IS_PREVIEWER_WINDOW (window));
  g_object_set_data (G_OBJECT (app), "test-shown", GINT_TO_POINTER (TRUE));
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

/* `karta plan.bin`, a PDF by its content: the previewer alone, without
 * the library's window; its keyboard shortcuts are its own */
static void
test_command_line (void)
{
  g_autoptr (GFile) pdf = data_file ("text-004-plan.pdf");
  g_autofree char *source = g_file_get_path (pdf);
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (cache_dir, "plan.bin", NULL);
  g_autoptr (GApplication) app = G_APPLICATION (karta_application_new ());
  char *argv[] = { (char *) "karta", path, NULL };
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_timeout_add (50, quit_when_shown, app);
  g_assert_cmpint (g_application_run (app, 2, argv), ==, 0);
  g_assert_true (g_object_get_data (G_OBJECT (app), "test-shown"));
  /* quitting closed the windows */
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static gboolean
shows_last_page (gpointer data)
{
  KartaPreviewerWindow *window = data;

  return karta_pdf_view_get_page (window->view) == 299 && page_is_drawn (window);
}

/* Scrolls through the 300 pages a screen at a time, letting each frame
 * draw, and checks that only the pages near the view keep a texture */
static void
test_big_scroll (void)
{
  g_autoptr (GFile) file = data_file ("big-300p.pdf");
  KartaPreviewerWindow *window = open_window (file, 1280, 800);
  GtkAdjustment        *adjustment;
  guint                 textures = 0;

  wait_for (is_settled, window);
  adjustment = window->view->scroll.vadjustment;
  while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) < gtk_adjustment_get_upper (adjustment))
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment));
      karta_ui_test_wait_ms (5);
    }
  wait_for (shows_last_page, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->page_entry)), ==, "300");
  for (guint i = 0; i < 300; i++)
    textures += window->view->pages[i].texture != NULL;
  g_assert_cmpuint (textures, <=, 8);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  /* rendered pages are kept in the user's cache: an empty one, so that
   * the renderer process draws them */
  cache_dir = g_dir_make_tmp ("karta-test-previewer-XXXXXX", NULL);
  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);
  keyring = karta_ui_test_keyring_start ();
  if (!karta_ui_test_init (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/previewer/text-drawn", test_text_drawn);
  g_test_add_func ("/ui/previewer/page-entry", test_page_entry);
  g_test_add_func ("/ui/previewer/zoom", test_zoom);
  g_test_add_func ("/ui/previewer/rotate-remembered", test_rotate_remembered);
  g_test_add_func ("/ui/previewer/copy", test_copy);
  g_test_add_func ("/ui/previewer/search", test_search);
  g_test_add_func ("/ui/previewer/scan-without-text", test_scan_without_text);
  g_test_add_func ("/ui/previewer/password", test_password);
  g_test_add_func ("/ui/previewer/password-kept", test_password_kept);
  g_test_add_func ("/ui/previewer/broken-files", test_broken_files);
  g_test_add_func ("/ui/previewer/small-window", test_small_window);
  g_test_add_func ("/ui/previewer/rotated-page", test_rotated_page);
  g_test_add_func ("/ui/previewer/page-not-drawn", test_page_not_drawn);
  g_test_add_func ("/ui/previewer/page-drawing", test_page_drawing);
  g_test_add_func ("/ui/previewer/print", test_print);
  g_test_add_func ("/ui/previewer/owner-only", test_owner_only);
  g_test_add_func ("/ui/previewer/keys", test_keys);
  g_test_add_func ("/ui/previewer/rotate-keys", test_rotate_keys);
  g_test_add_func ("/ui/previewer/command-line", test_command_line);
  g_test_add_func ("/ui/previewer/big-scroll", test_big_scroll);
  result = g_test_run ();
  {
    g_autoptr (GFile) cache = g_file_new_for_path (cache_dir);
    karta_ui_test_remove_tree (cache);
  }
  karta_ui_test_keyring_stop ();
  g_free (cache_dir);
  return result;
}
