/* karta-editor-private.h — small helpers shared by the editor windows
 *
 * Header-only (static inline) so that the editors share them without a
 * separate translation unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "karta-date.h"

G_BEGIN_DECLS

/* Marks a date entry as wrong while its text is not a date; returns validity. */
static inline gboolean
karta_editor_check_day_entry (GtkEditable *editable,
                              KartaDay    *day)
{
  KartaDay parsed;
  gboolean valid = karta_day_parse (gtk_editable_get_text (editable), &parsed);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  if (day != NULL)
    *day = parsed;
  return valid;
}

/* As karta_editor_check_day_entry(), with an error saying what is wrong */
static inline gboolean
karta_editor_collect_day (GtkEditable *editable,
                          KartaDay    *day,
                          GError     **error)
{
  if (karta_editor_check_day_entry (editable, day))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _ ("“%s” is not a date (DD.MM.YYYY)"),
               gtk_editable_get_text (editable));
  return FALSE;
}

/* A NULL for an empty or blank text, so that the store keeps NULLs. */
static inline char *
karta_editor_dup_text (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

/* The text of @editable, NULL if blank */
static inline char *
karta_editor_get_text (GtkEditable *editable)
{
  return karta_editor_dup_text (gtk_editable_get_text (editable));
}

/* Shows a field of the record; NULL as empty */
static inline void
karta_editor_set_text (GtkEditable *editable,
                       const char  *text)
{
  gtk_editable_set_text (editable, text != NULL ? text : "");
}

/* Replaces the field *@field with the text of @editable, NULL if blank */
static inline void
karta_editor_take_text (char       **field,
                        GtkEditable *editable)
{
  g_free (*field);
  *field = karta_editor_get_text (editable);
}

static inline char *
karta_editor_buffer_get_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The non-blank lines of a text, as a new GPtrArray of char* */
static inline GPtrArray *
karta_editor_split_lines (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = karta_editor_dup_text (lines[i]);
      if (line != NULL)
        g_ptr_array_add (result, line);
    }
  return result;
}

static inline char *
karta_editor_join_lines (GPtrArray *lines)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (lines, i));
    }
  return g_string_free (text, FALSE);
}

static inline void
karta_editor_suggestion_clicked (GtkButton *button,
                                 gpointer   user_data)
{
  GtkEditable *editable = GTK_EDITABLE (user_data);
  GtkWidget   *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  gtk_editable_set_text (editable, gtk_button_get_label (button));
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A menu button offering @values (NULL-terminated) for an editable text:
 * the text stays free, the list only saves typing. Returns the button to
 * add as a suffix of the row. */
static inline GtkWidget *
karta_editor_suggestions_button (GtkEditable       *editable,
                                 const char *const *values)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "pan-down-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _ ("Suggestions"));
  for (guint i = 0; values[i] != NULL; i++)
    {
      GtkWidget *item = gtk_button_new_with_label (values[i]);
      gtk_widget_add_css_class (item, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (item))), 0.0);
      g_signal_connect_object (item, "clicked", G_CALLBACK (karta_editor_suggestion_clicked), editable, 0);
      gtk_box_append (GTK_BOX (box), item);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static inline void
karta_editor_show_toast (AdwToastOverlay *overlay,
                         const char      *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0); /* an error stays until dismissed */
  adw_toast_overlay_add_toast (overlay, toast);
}

/* A message with a Close button, e.g. why an action failed; @parent nullable */
static inline void
karta_editor_show_message (GtkWindow  *parent,
                           const char *heading,
                           const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static inline gboolean
karta_editor_destroy_idle (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

/* Asks "Discard changes?"; on "discard", destroys @window — once the dialog,
 * which goes with it, has finished answering (destroying it from inside its
 * own "response" left the dialog working on a freed object). */
static inline void
karta_editor_discard_response (AdwMessageDialog *dialog,
                               const char       *response,
                               gpointer          user_data)
{
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, karta_editor_destroy_idle, g_object_ref (user_data), g_object_unref);
}

static inline void
karta_editor_confirm_discard (GtkWindow *window)
{
  GtkWidget *dialog = adw_message_dialog_new (window, _ ("Discard changes?"),
                                              _ ("The changes made in this window will be lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _ ("_Keep Editing"),
                                    "discard", _ ("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (karta_editor_discard_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* close-request of an editor: with unsaved changes, asks first */
static inline gboolean
karta_editor_close_request (GtkWindow *window,
                            gboolean   dirty)
{
  if (!dirty)
    return FALSE;
  karta_editor_confirm_discard (window);
  return TRUE;
}

/* The end of the "editor.save" action: closes the editor once @saved, or
 * shows why not (@error, else @fallback) and keeps the edits open */
static inline void
karta_editor_finish_save (GtkWindow       *window,
                          AdwToastOverlay *toast_overlay,
                          gboolean        *dirty,
                          gboolean         saved,
                          const GError    *error,
                          const char      *fallback)
{
  if (!saved)
    {
      karta_editor_show_toast (toast_overlay, error != NULL ? error->message : fallback);
      return;
    }
  *dirty = FALSE;
  gtk_window_destroy (window);
}

/* What every editor class has: its template, the "editor.save" action and
 * close_request; Ctrl+S and Ctrl+Enter save, Escape closes (through
 * close-request, which asks about unsaved changes). Call before binding
 * the template's children. */
static inline void
karta_editor_class_setup (GtkWidgetClass             *widget_class,
                          const char                 *template_resource,
                          GtkWidgetActionActivateFunc save_activated,
                          gboolean (*close_request) (GtkWindow *window))
{
  GTK_WINDOW_CLASS (widget_class)->close_request = close_request;
  gtk_widget_class_set_template_from_resource (widget_class, template_resource);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

G_END_DECLS
