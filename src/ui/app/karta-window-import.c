/* karta-window-import.c — the ways a roadmap comes into the window: the
 * Import… dialog, files dropped on the window or given on the command
 * line, and table rows pasted from the clipboard
 *
 * Reading and recognising a big document takes a while, so it runs in a
 * worker thread (the core has no GTK); the review opens when it is done.
 * A document that cannot be read says why in a dialog, and nothing is
 * stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-error.h"
#include "karta-import.h"
#include "karta-import-review.h"
#include "karta-window-private.h"
#include "karta-settings.h"

/* What to read: a file, or data from the clipboard */
typedef struct
{
  char       *path;
  char       *name; /* for people: the file's name, "Pasted rows" */
  GBytes     *data;
  gboolean    html;
  gboolean    pasted;
  KartaPeriod period;     /* of the roadmap pasted into; none for files */
  gint64      roadmap_id; /* the roadmap pasted into, 0 for none */
  GVariant   *remembered; /* a{ss}: the columns users chose, by header */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->path);
  g_free (job->name);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_clear_pointer (&job->remembered, g_variant_unref);
  g_free (job);
}

/* What a document was read as: the thread's result */
typedef struct
{
  KartaImportDocument *document;
  KartaImportLayout   *layout;
  KartaRoadmap        *roadmap;
} ImportResult;

static void
import_result_free (ImportResult *result)
{
  g_clear_pointer (&result->document, karta_import_document_free);
  g_clear_pointer (&result->layout, karta_import_layout_free);
  g_clear_pointer (&result->roadmap, karta_roadmap_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportResult, import_result_free)

/* Reads a document with a header the user has seen before as they said */
static void
apply_remembered (const ImportJob   *job,
                  KartaImportLayout *layout)
{
  g_autofree char *key = karta_import_layout_get_key (layout);
  const char      *fields = NULL;

  if (job->remembered != NULL && g_variant_lookup (job->remembered, key, "&s", &fields) &&
      karta_import_layout_set_fields_from_string (layout, fields))
    layout->recognised = TRUE;
}

static KartaImportDocument *
import_job_read (ImportJob *job,
                 GError   **error)
{
  gsize       length = 0;
  const char *data;

  if (job->path != NULL)
    return karta_import_read_file (job->path, error);
  data = g_bytes_get_data (job->data, &length);
  if (job->html)
    return karta_import_read_html (job->name, data, length, error);
  return karta_import_read_tsv (job->name, data, length, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr (ImportResult) result = g_new0 (ImportResult, 1);
  GError *error = NULL;

  if ((result->document = import_job_read (job, &error)) != NULL &&
      (result->layout = karta_import_find_layout (result->document, &error)) != NULL)
    {
      apply_remembered (job, result->layout);
      result->roadmap = karta_import_recognise_with (result->document, job->pasted ? &job->period : NULL,
                                                     result->layout, &error);
    }
  if (result->roadmap != NULL)
    g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) import_result_free);
  else
    g_task_return_error (task, error);
}

static void
on_columns_chosen (KartaImportReview *review,
                   const char        *key,
                   const char        *fields,
                   KartaWindow       *self)
{
  g_autoptr (GVariant) old = NULL;
  g_auto (GVariantDict) dict;

  if (self->settings == NULL)
    return;
  old = g_settings_get_value (self->settings, "import-columns");
  g_variant_dict_init (&dict, old);
  g_variant_dict_insert (&dict, key, "s", fields);
  g_settings_set_value (self->settings, "import-columns", g_variant_dict_end (&dict));
}

static void
show_import_error (KartaWindow  *self,
                   const char   *name,
                   const GError *error)
{
  g_autofree char  *heading = g_strdup_printf (_ ("Could Not Import “%s”"), name);
  AdwMessageDialog *dialog;

  g_message ("%s: %s", heading, error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KartaWindow *self = KARTA_WINDOW (source);
  ImportJob   *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autoptr (ImportResult) read = g_task_propagate_pointer (G_TASK (result), &error);
  const KartaRoadmap *target;
  KartaRoadmap       *roadmap;
  GtkWindow          *review;

  /* The window may have been closed meanwhile */
  if (self->store == NULL)
    return;
  if (read == NULL)
    {
      show_import_error (self, job->name, error);
      return;
    }
  roadmap = g_steal_pointer (&read->roadmap);
  if (job->pasted && karta_text_is_blank (roadmap->title))
    {
      g_free (roadmap->title);
      roadmap->title = g_strdup (_ ("Pasted rows"));
    }
  review = karta_import_review_new (GTK_WINDOW (self), self->store, roadmap, job->name);
  karta_import_review_set_document (KARTA_IMPORT_REVIEW (review), g_steal_pointer (&read->document),
                                    g_steal_pointer (&read->layout));
  g_signal_connect_object (review, "columns-chosen", G_CALLBACK (on_columns_chosen), self, 0);
  target = karta_roadmap_page_get_roadmap (self->roadmap_page);
  /* Rows pasted into the roadmap shown go into it, if it is still shown */
  if (job->roadmap_id != 0 && target != NULL && target->id == job->roadmap_id)
    karta_import_review_set_target (KARTA_IMPORT_REVIEW (review), target);
  gtk_window_present (review);
}

static void
import_start (KartaWindow *self,
              ImportJob   *job)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, on_import_done, NULL);

  g_task_set_source_tag (task, import_start);
  if (self->settings != NULL)
    job->remembered = g_settings_get_value (self->settings, "import-columns");
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * karta_window_import_file:
 * @file: a Word, LibreOffice, HTML or text document with a roadmap
 *
 * Reads and recognises the roadmap in the background, then opens the
 * review; or says why the file cannot be imported.
 */
void
karta_window_import_file (KartaWindow *self,
                          GFile       *file)
{
  ImportJob *job;

  g_return_if_fail (KARTA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportJob, 1);
  job->path = g_file_get_path (file);
  job->name = g_file_get_basename (file);
  if (job->path == NULL)
    {
      g_autoptr (GError) error = g_error_new_literal (KARTA_ERROR, KARTA_ERROR_NOT_FOUND,
                                                      _ ("only local files can be opened"));
      show_import_error (self, job->name, error);
      import_job_free (job);
      return;
    }
  import_start (self, job);
}

/**
 * karta_window_open_file:
 *
 * Opens a file given to Karta (command line, file manager, drag and drop):
 * an interchange .json is added (karta-window-interchange.c), any other
 * document goes through the import review.
 */
void
karta_window_open_file (KartaWindow *self,
                        GFile       *file)
{
  g_autofree char *name = g_file_get_basename (file);

  g_return_if_fail (KARTA_IS_WINDOW (self));
  if (name != NULL && g_str_has_suffix (name, ".json"))
    karta_window_open_interchange (self, file);
  else
    karta_window_import_file (self, file);
}

/* Import… */

static GtkFileFilter *
filter_new (const char        *name,
            const char *const *mime_types,
            const char *const *suffixes)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  return filter;
}

#define DOCX_MIME "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#define ODT_MIME  "application/vnd.oasis.opendocument.text"
#define FODT_MIME "application/vnd.oasis.opendocument.text-flat-xml"

static void
add_filters (GtkFileChooser *chooser)
{
  const char *all_mime[] = { DOCX_MIME, ODT_MIME, FODT_MIME, "text/html", "text/plain", "text/tab-separated-values", NULL };
  const char *all_suffixes[] = { "docx", "odt", "fodt", "html", "htm", "txt", "tsv", NULL };
  const char *docx[] = { DOCX_MIME, NULL }, *docx_suffix[] = { "docx", NULL };
  const char *odt[] = { ODT_MIME, FODT_MIME, NULL }, *odt_suffix[] = { "odt", "fodt", NULL };
  const char *html[] = { "text/html", NULL }, *html_suffix[] = { "html", "htm", NULL };
  const char *text[] = { "text/plain", "text/tab-separated-values", NULL }, *text_suffix[] = { "txt", "tsv", NULL };
  g_autoptr (GtkFileFilter) all = filter_new (_ ("All supported documents"), all_mime, all_suffixes);
  g_autoptr (GtkFileFilter) word = filter_new (_ ("Word documents (.docx)"), docx, docx_suffix);
  g_autoptr (GtkFileFilter) writer = filter_new (_ ("LibreOffice documents (.odt)"), odt, odt_suffix);
  g_autoptr (GtkFileFilter) web = filter_new (_ ("Web pages (.html)"), html, html_suffix);
  g_autoptr (GtkFileFilter) plain = filter_new (_ ("Text with tab-separated columns (.txt, .tsv)"), text, text_suffix);

  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_add_filter (chooser, word);
  gtk_file_chooser_add_filter (chooser, writer);
  gtk_file_chooser_add_filter (chooser, web);
  gtk_file_chooser_add_filter (chooser, plain);
  gtk_file_chooser_set_filter (chooser, all);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     KartaWindow     *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      karta_file_chooser_remember_folder (GTK_FILE_CHOOSER (chooser));
      karta_window_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KartaWindow          *self = KARTA_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_ ("Import Roadmap"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Open"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filters (GTK_FILE_CHOOSER (chooser));
  karta_file_chooser_start_in_last_folder (GTK_FILE_CHOOSER (chooser));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Drag and drop */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KartaWindow   *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    karta_window_open_file (self, l->data);
  return files != NULL;
}

/* Pasting rows */

/* Browsers may put HTML on the clipboard in UTF-16, with a byte-order mark */
static GBytes *
html_to_utf8 (GBytes *bytes)
{
  gsize         length;
  const guchar *data = g_bytes_get_data (bytes, &length);
  char         *utf8;
  gsize         written = 0;

  if (length < 2 || !((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
    return g_bytes_ref (bytes);
  utf8 = g_convert ((const char *) data, length, "UTF-8", "UTF-16", NULL, &written, NULL);
  return utf8 ? g_bytes_new_take (utf8, written) : g_bytes_ref (bytes);
}

static void
paste_start (KartaWindow *self,
             GBytes      *data,
             gboolean     html)
{
  const KartaRoadmap *current = karta_roadmap_page_get_roadmap (self->roadmap_page);
  ImportJob          *job;

  if (data == NULL || g_bytes_get_size (data) == 0)
    {
      karta_window_add_toast (self, adw_toast_new (_ ("The clipboard holds no table rows to paste")));
      return;
    }
  job = g_new0 (ImportJob, 1);
  job->name = g_strdup (_ ("Pasted rows"));
  job->data = html ? html_to_utf8 (data) : g_bytes_ref (data);
  job->html = html;
  job->pasted = TRUE;
  if (current != NULL)
    {
      job->period = current->period;
      job->roadmap_id = current->id;
    }
  import_start (self, job);
}

static void
on_html_spliced (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (KartaWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      karta_window_show_error (self, _ ("Could not paste"), error);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  paste_start (self, bytes, TRUE);
}

static void
on_html_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (KartaWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  g_autoptr (GOutputStream) memory = NULL;

  if (stream == NULL)
    {
      karta_window_show_error (self, _ ("Could not paste"), error);
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_html_spliced, g_steal_pointer (&self));
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (KartaWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr (GBytes) bytes = NULL;

  if (error != NULL)
    {
      karta_window_show_error (self, _ ("Could not paste"), error);
      return;
    }
  bytes = text ? g_bytes_new_take (text, strlen (text)) : NULL;
  paste_start (self, bytes, FALSE);
}

/* Pasting into a text entry is the entry's own business */
static gboolean
text_has_focus (KartaWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus));
}

static void
paste_rows_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KartaWindow       *self = KARTA_WINDOW (widget);
  GdkClipboard      *clipboard = gtk_widget_get_clipboard (widget);
  static const char *html_types[] = { "text/html", NULL };

  if (!karta_window_is_showing_roadmap (self) || text_has_focus (self))
    return;
  if (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"))
    gdk_clipboard_read_async (clipboard, html_types, G_PRIORITY_DEFAULT, NULL, on_html_read, g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, g_object_ref (self));
}

/* Set-up */

void
karta_window_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.paste-rows", NULL, paste_rows_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  /* In the bubble phase: a focused text entry pastes its own text first */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste-rows", NULL);
}

void
karta_window_init_import (KartaWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (target));
}
