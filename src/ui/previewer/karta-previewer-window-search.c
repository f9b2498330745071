/* karta-previewer-window-search.c — finding text in the document
 *
 * Pages are searched one after the other in the renderer, each request
 * after the previous one's answer, so that the pages being drawn are not
 * kept waiting behind a long document; the matches appear as they are
 * found. A scan without a text layer says so instead of finding nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-previewer-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-previewer-window-private.h"

void
karta_previewer_window_stop_search (KartaPreviewerWindow *self)
{
  if (self->search_cancellable != NULL)
    g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_pointer (&self->matches, g_array_unref);
  self->current_match = 0;
}

static void
show_count (KartaPreviewerWindow *self,
            gboolean              finished)
{
  g_autofree char *text = NULL;
  guint            n = self->matches->len;

  if (n == 0)
    text = g_strdup (finished ? _ ("Not found") : _ ("Searching…"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  gtk_label_set_text (self->search_status, text);
}

static void search_next_page (KartaPreviewerWindow *self);

static void
on_found (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (KartaPreviewerWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) rects = karta_pdf_renderer_find_finish (KARTA_PDF_RENDERER (source), result, &error);
  gboolean first = self->matches != NULL && self->matches->len == 0;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->matches == NULL)
    return;
  if (rects == NULL)
    g_message ("Could not search page %u: %s", self->search_page + 1, error->message);
  for (guint i = 0; rects != NULL && i < rects->len; i++)
    {
      KartaPdfMatch match = { self->search_page, g_array_index (rects, KartaPdfRect, i) };
      g_array_append_val (self->matches, match);
    }
  if (rects != NULL && rects->len > 0)
    {
      karta_pdf_view_set_matches (self->view, self->matches);
      karta_pdf_view_show_match (self->view, first ? 0 : self->current_match);
    }
  self->search_page++;
  search_next_page (self);
}

static void
search_next_page (KartaPreviewerWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean    finished = self->search_page >= (guint) karta_pdf_renderer_get_n_pages (self->renderer);

  show_count (self, finished);
  if (!finished)
    karta_pdf_renderer_find_async (self->renderer, self->search_page, text, self->search_cancellable,
                                   on_found, g_object_ref (self));
}

static void
on_search_changed (KartaPreviewerWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  karta_previewer_window_stop_search (self);
  karta_pdf_view_set_matches (self->view, NULL);
  gtk_label_set_text (self->search_status, "");
  if (self->renderer == NULL || karta_text_is_blank (text))
    return;
  if (!karta_pdf_renderer_get_has_text (self->renderer))
    {
      gtk_label_set_text (self->search_status, _ ("This scan has no text layer: it cannot be searched."));
      return;
    }
  self->search_cancellable = g_cancellable_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (KartaPdfMatch));
  self->search_page = 0;
  search_next_page (self);
}

static void
step_match (KartaPreviewerWindow *self,
            int                   step)
{
  guint n = self->matches != NULL ? self->matches->len : 0;

  if (n == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self->search_entry));
      return;
    }
  self->current_match = (self->current_match + n + step) % n;
  karta_pdf_view_show_match (self->view, self->current_match);
}

static void
on_search_activate (KartaPreviewerWindow *self)
{
  step_match (self, 1);
}

static void
on_search_previous (KartaPreviewerWindow *self)
{
  step_match (self, -1);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KartaPreviewerWindow *self = KARTA_PREVIEWER_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  step_match (KARTA_PREVIEWER_WINDOW (widget), 1);
}

static void
find_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  step_match (KARTA_PREVIEWER_WINDOW (widget), -1);
}

void
karta_previewer_window_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_previous);
  gtk_widget_class_install_action (widget_class, "document.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "document.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "document.find-previous", NULL, find_previous_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "document.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "document.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "document.find-previous", NULL);
}
