/* karta-previewer-window-actions.c — zoom, rotation, copying, printing and
 * opening elsewhere, and their shortcuts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-previewer-window"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-previewer-window-private.h"
#include "karta-store-document-view.h"

#define ZOOM_STEP 1.2

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  karta_pdf_view_zoom_by (KARTA_PREVIEWER_WINDOW (widget)->view, ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  karta_pdf_view_zoom_by (KARTA_PREVIEWER_WINDOW (widget)->view, 1 / ZOOM_STEP);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  /* in parts of the real size */
  karta_pdf_view_set_zoom (KARTA_PREVIEWER_WINDOW (widget)->view, g_variant_get_double (param) * KARTA_PDF_VIEW_REAL_SIZE);
}

static void
fit_width_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  karta_pdf_view_set_sizing (KARTA_PREVIEWER_WINDOW (widget)->view, KARTA_PDF_SIZING_FIT_WIDTH);
}

static void
fit_page_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  karta_pdf_view_set_sizing (KARTA_PREVIEWER_WINDOW (widget)->view, KARTA_PDF_SIZING_FIT_PAGE);
}

/* An attached document is shown turned as it was last time: scans come
 * sideways */
void
karta_previewer_window_recall_rotation (KartaPreviewerWindow *self)
{
  g_autoptr (GError) error = NULL;
  int rotation = 0;

  if (self->store != NULL && !karta_store_get_document_rotation (self->store, self->sha256, &rotation, &error))
    g_warning ("Could not read how %s was turned: %s", self->display_name, error->message);
  karta_pdf_view_set_rotation (self->view, rotation);
  karta_pdf_thumbnails_set_rotation (self->thumbnails, karta_pdf_view_get_rotation (self->view));
}

static void
remember_rotation (KartaPreviewerWindow *self,
                   int                   rotation)
{
  g_autoptr (GError) error = NULL;

  if (self->store != NULL && !karta_store_set_document_rotation (self->store, self->sha256, rotation, &error))
    g_warning ("Could not remember how %s is turned: %s", self->display_name, error->message);
}

static void
rotate (KartaPreviewerWindow *self,
        int                   degrees)
{
  int rotation = karta_pdf_view_get_rotation (self->view) + degrees;

  karta_pdf_view_set_rotation (self->view, rotation);
  rotation = karta_pdf_view_get_rotation (self->view);
  karta_pdf_thumbnails_set_rotation (self->thumbnails, rotation);
  remember_rotation (self, rotation);
}

static void
rotate_left_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  rotate (KARTA_PREVIEWER_WINDOW (widget), -90);
}

static void
rotate_right_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  rotate (KARTA_PREVIEWER_WINDOW (widget), 90);
}

static void
on_text (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (KartaPreviewerWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = karta_pdf_renderer_get_text_finish (KARTA_PDF_RENDERER (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (text == NULL || karta_text_is_blank (text))
    {
      karta_previewer_window_toast (self, error != NULL ? error->message : _ ("There is no text to copy here."));
      return;
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  karta_previewer_window_toast (self, _ ("Text copied"));
}

/* The text of the selected area, or of the page shown */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KartaPreviewerWindow *self = KARTA_PREVIEWER_WINDOW (widget);
  KartaPdfRect          area;
  guint                 page = karta_pdf_view_get_page (self->view);
  gboolean              selected = karta_pdf_view_get_selection (self->view, &page, &area);

  if (!karta_pdf_renderer_get_has_text (self->renderer))
    karta_previewer_window_toast (self, _ ("This scan has no text layer: there is no text to copy."));
  else if (!karta_pdf_renderer_get_can_copy (self->renderer))
    karta_previewer_window_toast (self, _ ("The author of this document does not allow copying its text."));
  else
    karta_pdf_renderer_get_text_async (self->renderer, page, selected ? &area : NULL, self->cancellable,
                                       on_text, g_object_ref (self));
}

static void
open_with_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KartaPreviewerWindow *self = KARTA_PREVIEWER_WINDOW (widget);
#if GTK_CHECK_VERSION(4, 10, 0)
  g_autoptr (GtkFileLauncher) launcher = gtk_file_launcher_new (self->file);

  gtk_file_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
#else
  g_autofree char *uri = g_file_get_uri (self->file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
#endif
}

static void
toggle_pages_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  AdwFlap *flap = KARTA_PREVIEWER_WINDOW (widget)->flap;

  adw_flap_set_reveal_flap (flap, !adw_flap_get_reveal_flap (flap));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
go_to_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (KARTA_PREVIEWER_WINDOW (widget)->page_entry));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KartaPreviewerWindow *self = KARTA_PREVIEWER_WINDOW (widget);

  if (!karta_pdf_renderer_get_can_print (self->renderer))
    karta_previewer_window_toast (self, _ ("The author of this document does not allow printing it."));
  else
    karta_previewer_window_print (self);
}

/* The actions that need an open document follow it */
void
karta_previewer_window_update_actions (KartaPreviewerWindow *self)
{
  const char *actions[] = { "zoom-in", "zoom-out", "zoom", "fit-width", "fit-page", "rotate-left",
                            "rotate-right", "copy", "print", "open-with", "go-to-page", "find",
                            "find-next", "find-previous" };
  gboolean    open = self->renderer != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *name = g_strconcat ("document.", actions[i], NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, open);
    }
}

/* Ctrl+Left and Ctrl+Right rotate, wherever the focus is but in a text
 * entry (where they move by words): the scrolled view would otherwise take
 * them to scroll sideways */
static gboolean
rotate_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT (focus)))
    return FALSE;
  gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
  return TRUE;
}

void
karta_previewer_window_init_actions (KartaPreviewerWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct
  {
    guint       key;
    const char *action;
  } rotations[] = {
    { GDK_KEY_Left, "document.rotate-left" },
    { GDK_KEY_Right, "document.rotate-right" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (rotations); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (rotations[i].key, GDK_CONTROL_MASK),
                                                gtk_callback_action_new (rotate_shortcut, NULL, NULL));
      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (rotations[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
karta_previewer_window_class_init_actions (GtkWidgetClass *widget_class)
{
  const struct
  {
    guint           key;
    GdkModifierType mods;
    const char     *action;
  } shortcuts[] = {
    { GDK_KEY_plus, GDK_CONTROL_MASK, "document.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "document.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "document.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "document.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "document.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "document.fit-width" },
    { GDK_KEY_c, GDK_CONTROL_MASK, "document.copy" },
    { GDK_KEY_p, GDK_CONTROL_MASK, "document.print" },
    { GDK_KEY_l, GDK_CONTROL_MASK, "document.go-to-page" },
    { GDK_KEY_w, GDK_CONTROL_MASK, "document.close" },
    { GDK_KEY_F9, 0, "document.toggle-pages" },
  };

  gtk_widget_class_install_action (widget_class, "document.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "document.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "document.zoom", "d", zoom_action);
  gtk_widget_class_install_action (widget_class, "document.fit-width", NULL, fit_width_action);
  gtk_widget_class_install_action (widget_class, "document.fit-page", NULL, fit_page_action);
  gtk_widget_class_install_action (widget_class, "document.rotate-left", NULL, rotate_left_action);
  gtk_widget_class_install_action (widget_class, "document.rotate-right", NULL, rotate_right_action);
  gtk_widget_class_install_action (widget_class, "document.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "document.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "document.open-with", NULL, open_with_action);
  gtk_widget_class_install_action (widget_class, "document.go-to-page", NULL, go_to_page_action);
  gtk_widget_class_install_action (widget_class, "document.toggle-pages", NULL, toggle_pages_action);
  gtk_widget_class_install_action (widget_class, "document.close", NULL, close_action);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_widget_class_add_binding_action (widget_class, shortcuts[i].key, shortcuts[i].mods,
                                         shortcuts[i].action, NULL);
}
