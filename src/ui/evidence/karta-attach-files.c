/* karta-attach-files.c — attaching documents from the window: the file
 * chooser, dropped files, progress with Cancel, the result
 *
 * The files are copied by a KartaAttachBatch in a worker thread while a
 * small window shows the progress (the other windows stay usable); what
 * was copied is linked as one undoable step. Then a toast says how many
 * were attached, with Undo — the main window has its own toast for every
 * change, so there it is not repeated — and a dialog lists the files
 * refused, each with its reason; the passwords of encrypted files are
 * asked for after (karta-attach-password.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-attach"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-attach-files.h"
#include "karta-attach-private.h"
#include "karta-document-passwords.h"
#include "karta-editor-private.h"
#include "karta-list-private.h"
#include "karta-window.h"
#include "karta-settings.h"

typedef struct
{
  GtkWidget          *from; /* weak: the widget may go while copying */
  KartaStore         *store;
  KartaDocumentTarget target;
  GPtrArray          *locked; /* of KartaAttachRefusal*: to ask passwords for after */
  KartaAttachBatch   *batch;
  GCancellable       *cancellable;
  GtkWindow          *window; /* weak: the progress, gone with its parent */
  GtkLabel           *file_label;
  GtkProgressBar     *bar;
  guint               present_source;
  char               *password_to_keep; /* in the keyring, for the documents attached with it */
} AttachJob;

/* A batch done sooner than this shows no progress window: no flash for a file or two */
#define PROGRESS_DELAY_MS 200

static void
attach_job_free (AttachJob *job)
{
  g_clear_weak_pointer (&job->from);
  g_clear_object (&job->store);
  g_clear_pointer (&job->locked, g_ptr_array_unref);
  g_clear_object (&job->batch);
  g_clear_object (&job->cancellable);
  g_clear_handle_id (&job->present_source, g_source_remove);
  g_free (job->password_to_keep);
  if (job->window != NULL)
    gtk_window_destroy (job->window);
  g_clear_weak_pointer (&job->window);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttachJob, attach_job_free)

/* Progress */

static gboolean
on_progress_close_request (GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
  return TRUE; /* it closes when the copying stops */
}

static GtkWidget *
progress_content_new (AttachJob *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_ ("Attaching Documents"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));

  g_object_set (box, "margin-top", 24, "margin-bottom", 24, "margin-start", 24, "margin-end", 24, NULL);
  gtk_widget_add_css_class (title, "title-4");
  job->file_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (job->file_label, PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (GTK_WIDGET (job->file_label), "dim-label");
  job->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (job->bar, TRUE);
  gtk_widget_set_halign (cancel, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (cancel, "pill");
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (g_cancellable_cancel), job->cancellable,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->file_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->bar));
  gtk_box_append (GTK_BOX (box), cancel);
  return box;
}

static gboolean
present_progress (gpointer user_data)
{
  AttachJob *job = user_data;

  job->present_source = 0;
  if (job->window != NULL)
    gtk_window_present (job->window);
  return G_SOURCE_REMOVE;
}

static void
prepare_progress (AttachJob *job)
{
  g_set_weak_pointer (&job->window, GTK_WINDOW (adw_window_new ()));
  gtk_window_set_title (job->window, _ ("Attaching Documents"));
  gtk_window_set_transient_for (job->window, karta_list_page_get_window (job->from));
  gtk_window_set_destroy_with_parent (job->window, TRUE);
  gtk_window_set_default_size (job->window, 420, -1);
  gtk_window_set_resizable (job->window, FALSE);
  adw_window_set_content (ADW_WINDOW (job->window), progress_content_new (job));
  g_signal_connect_object (job->window, "close-request", G_CALLBACK (on_progress_close_request),
                           job->cancellable, G_CONNECT_SWAPPED);
  /* gone with the window it was opened from: nobody waits for the rest */
  g_signal_connect_object (job->window, "destroy", G_CALLBACK (g_cancellable_cancel), job->cancellable,
                           G_CONNECT_SWAPPED);
  job->present_source = g_timeout_add (PROGRESS_DELAY_MS, present_progress, job);
}

static void
on_progress (KartaAttachBatch          *batch,
             const KartaAttachProgress *progress,
             gpointer                   user_data)
{
  AttachJob *job = user_data;
  /* Translators: progress of attaching: files done of all */
  g_autofree char *text = g_strdup_printf (_ ("%u of %u"), progress->files_done, progress->n_files);

  (void) batch;
  if (job->window == NULL)
    return;
  gtk_label_set_text (job->file_label, progress->file_name ? progress->file_name : "");
  gtk_progress_bar_set_text (job->bar, text);
  gtk_progress_bar_set_fraction (job->bar, progress->n_bytes > 0
                                             ? (double) progress->bytes_done / progress->n_bytes
                                             : 0.0);
}

/* The result */

static void
show_refused (GtkWindow *parent,
              GPtrArray *refused,
              guint      n_attached)
{
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file was not attached",
                                                           "%u files were not attached", refused->len),
                                              refused->len);
  GtkWidget       *dialog = adw_message_dialog_new (parent, heading,
                                              n_attached > 0 ? _ ("The other files were attached.") : NULL);
  GtkWidget       *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < refused->len; i++)
    {
      const KartaAttachRefusal *refusal = g_ptr_array_index (refused, i);
      gtk_list_box_append (GTK_LIST_BOX (list),
                           karta_list_info_row_new (refusal->file_name, refusal->reason, "dialog-warning-symbolic"));
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_widget_set_name (dialog, "refused-files");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_clicked (KartaStore *store)
{
  g_autoptr (GError) error = NULL;

  if (!karta_store_undo (store, &error))
    g_warning ("Could not undo: %s", error->message);
}

/**
 * karta_attach_undo_toast_new:
 *
 * Returns: (transfer floating): a toast whose Undo button undoes the last
 *   step of @store
 */
AdwToast *
karta_attach_undo_toast_new (KartaStore *store,
                             const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), store, G_CONNECT_SWAPPED);
  return toast;
}

static void
show_attached (AttachJob *job,
               guint      n_attached)
{
  GtkWidget       *overlay = job->from ? gtk_widget_get_ancestor (job->from, ADW_TYPE_TOAST_OVERLAY) : NULL;
  g_autofree char *title = NULL;

  /* the main window shows a toast with Undo for every change itself */
  if (overlay == NULL || KARTA_IS_WINDOW (gtk_widget_get_root (overlay)))
    return;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attached %u document", "Attached %u documents",
                                        n_attached),
                           n_attached);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), karta_attach_undo_toast_new (job->store, title));
}

static void
on_password_kept (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GtkWidget) from = user_data;
  g_autoptr (GError) error = NULL;

  if (!karta_document_password_remember_finish (result, &error) && gtk_widget_get_root (from) != NULL)
    karta_editor_show_message (karta_list_page_get_window (from), _ ("The password was not kept in the keyring"),
                               error->message);
}

/* The password the user wanted kept, for the documents it opened */
static void
keep_password (AttachJob *job)
{
  GPtrArray *linked = karta_attach_batch_get_linked (job->batch);

  for (guint i = 0; job->from != NULL && i < linked->len; i++)
    {
      const KartaDocument *document = g_ptr_array_index (linked, i);
      karta_document_password_remember_async (document->sha256, document->file_name, job->password_to_keep, NULL,
                                              on_password_kept, g_object_ref (job->from));
    }
}

/* The files refused for good go to @shown, those that need a password
 * (and those still waiting for one) to @locked */
static void
sort_refused (AttachJob *job,
              GPtrArray *shown,
              GPtrArray *locked)
{
  GPtrArray *refused = karta_attach_batch_get_refused (job->batch);

  for (guint i = 0; i < refused->len; i++)
    {
      KartaAttachRefusal *refusal = g_ptr_array_index (refused, i);
      if (refusal->locked)
        g_ptr_array_add (locked, karta_attach_refusal_copy (refusal));
      else
        g_ptr_array_add (shown, refusal);
    }
  for (guint i = 0; job->locked != NULL && i < job->locked->len; i++)
    g_ptr_array_add (locked, karta_attach_refusal_copy (g_ptr_array_index (job->locked, i)));
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (AttachJob) job = user_data;
  g_autoptr (GArray) ids = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  g_autoptr (GPtrArray) locked = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_attach_refusal_free);
  GtkWindow *parent = job->from ? karta_list_page_get_window (job->from) : NULL;

  ids = karta_attach_batch_run_finish (KARTA_ATTACH_BATCH (source), result, &error);
  if (ids == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    karta_editor_show_message (parent, _ ("Could not attach the documents"), error->message);
  if (ids != NULL && ids->len > 0)
    show_attached (job, ids->len);
  if (ids != NULL && job->password_to_keep != NULL)
    keep_password (job);
  sort_refused (job, shown, locked);
  if (shown->len > 0)
    show_refused (parent, shown, ids != NULL ? ids->len : 0);
  if (locked->len > 0 && job->from != NULL && !karta_attach_batch_was_cancelled (job->batch))
    karta_attach_ask_password (job->from, job->store, &job->target, locked);
}

/* karta_attach_files() with a @password (nullable) for encrypted files, and
 * @locked (nullable): files to ask passwords for after */
void
karta_attach_run (GtkWidget                 *from,
                  KartaStore                *store,
                  const KartaDocumentTarget *target,
                  GPtrArray                 *files,
                  const KartaAttachPassword *password,
                  GPtrArray                 *locked)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KartaAttachBatch) batch = NULL;
  AttachJob *job;

  if ((batch = karta_attach_batch_new (store, target, &error)) == NULL)
    {
      karta_editor_show_message (karta_list_page_get_window (from), _ ("Could not attach the documents"),
                                 error->message);
      return;
    }
  karta_attach_batch_set_password (batch, password != NULL ? password->password : NULL);
  for (guint i = 0; i < files->len; i++)
    karta_attach_batch_add_file (batch, g_ptr_array_index (files, i));
  job = g_new0 (AttachJob, 1);
  g_set_weak_pointer (&job->from, from);
  job->store = g_object_ref (store);
  job->target = *target;
  job->locked = locked != NULL ? g_ptr_array_ref (locked) : NULL;
  job->batch = g_steal_pointer (&batch);
  job->cancellable = g_cancellable_new ();
  if (password != NULL && password->remember)
    job->password_to_keep = g_strdup (password->password);
  prepare_progress (job);
  karta_attach_batch_run_async (job->batch, job->cancellable, on_progress, job, on_done, job);
}

/**
 * karta_attach_files:
 * @from: the widget the files were given to: dialogs are shown over its
 *   window, the toast in its toast overlay
 * @files: (element-type GFile): the files to attach
 *
 * Attaches @files to @target, showing the progress and then the result.
 */
void
karta_attach_files (GtkWidget                 *from,
                    KartaStore                *store,
                    const KartaDocumentTarget *target,
                    GPtrArray                 *files)
{
  g_return_if_fail (GTK_IS_WIDGET (from) && KARTA_IS_STORE (store));

  karta_attach_run (from, store, target, files, NULL, NULL);
}

/**
 * karta_attach_files_to_activity:
 * @files: (element-type GFile): e.g. from karta_attach_dropped_files()
 *
 * karta_attach_files() for an activity itself, as for files dropped on it.
 */
void
karta_attach_files_to_activity (GtkWidget  *from,
                                KartaStore *store,
                                gint64      activity_id,
                                GPtrArray  *files)
{
  KartaDocumentTarget target = { .activity_id = activity_id };

  karta_attach_files (from, store, &target, files);
}

/* The file chooser */

typedef struct
{
  GtkWidget          *from;
  KartaStore         *store;
  KartaDocumentTarget target;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_weak_pointer (&choice->from);
  g_object_unref (choice->store);
  g_free (choice);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  Choice *choice = user_data;
  g_autoptr (GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; response == GTK_RESPONSE_ACCEPT && i < g_list_model_get_n_items (chosen); i++)
    g_ptr_array_add (files, g_list_model_get_item (chosen, i));
  if (files->len > 0)
    karta_file_chooser_remember_folder (GTK_FILE_CHOOSER (chooser));
  if (files->len > 0 && choice->from != NULL)
    karta_attach_files (choice->from, choice->store, &choice->target, files);
  choice_free (choice);
  g_object_unref (chooser);
}

/**
 * karta_attach_choose_files:
 *
 * Asks for PDF files (several at once) and attaches them to @target.
 */
void
karta_attach_choose_files (GtkWidget                 *from,
                           KartaStore                *store,
                           const KartaDocumentTarget *target)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  Choice *choice = g_new0 (Choice, 1);

  g_set_weak_pointer (&choice->from, from);
  choice->store = g_object_ref (store);
  choice->target = *target;
  chooser = gtk_file_chooser_native_new (_ ("Attach Documents"), karta_list_page_get_window (from),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Attach"), _ ("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  karta_file_chooser_start_in_last_folder (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Dropped files */

/* A drop target for files from a file manager; connect to its "drop". */
GtkDropTarget *
karta_attach_drop_target_new (void)
{
  return gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
}

/**
 * karta_attach_dropped_files:
 * @value: the value of a drop target's "drop"
 *
 * Returns: (transfer container) (element-type GFile): the files dropped
 */
GPtrArray *
karta_attach_dropped_files (const GValue *value)
{
  GPtrArray   *files = g_ptr_array_new_with_free_func (g_object_unref);
  GdkFileList *list = G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ? g_value_get_boxed (value) : NULL;
  g_autoptr (GSList) dropped = list ? gdk_file_list_get_files (list) : NULL;

  for (GSList *each = dropped; each != NULL; each = each->next)
    g_ptr_array_add (files, g_object_ref (each->data));
  return files;
}
