/* karta-previewer-window-private.h — shared by the files of KartaPreviewerWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-previewer-window.h"
#include "karta-pdf-renderer.h"
#include "karta-pdf-thumbnails.h"
#include "karta-pdf-view.h"

G_BEGIN_DECLS

struct _KartaPreviewerWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkWidget          *page_box;
  GtkEntry           *page_entry;
  GtkLabel           *page_count_label;
  GtkWidget          *zoom_box;
  GtkMenuButton      *zoom_button;
  GtkWidget          *search_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *search_status;
  GtkStack           *stack;
  AdwStatusPage      *error_page;
  AdwFlap            *flap;
  KartaPdfThumbnails *thumbnails;
  KartaPdfView       *view;

  GFile            *file;
  char             *display_name;
  char             *sha256; /* turns on the disk cache; NULL until known */
  KartaStore       *store;  /* NULL for a file that is not attached */
  gint64            document_id;
  KartaPdfRenderer *renderer;    /* NULL until the document is open */
  GCancellable     *cancellable; /* opening and everything else, till the window closes */
  guint             zoom_idle;   /* showing the zoom in the header bar */

  /* passwords (karta-previewer-window-password.c) */
  gboolean keyring_asked;    /* for the password kept of an attached document */
  gboolean trying_kept;      /* the password being tried is the keyring's */
  char    *password_to_keep; /* typed, to keep in the keyring once it opens the document */

  /* search */
  GCancellable *search_cancellable;
  GArray       *matches;     /* of KartaPdfMatch */
  guint         search_page; /* the next page to search */
  guint         current_match;
};

/* karta-previewer-window.c */
void karta_previewer_window_toast (KartaPreviewerWindow *self,
                                   const char           *message);
void karta_previewer_window_show_error (KartaPreviewerWindow *self,
                                        const char           *reason);
void karta_previewer_window_open (KartaPreviewerWindow *self,
                                  const char           *password);

/* karta-previewer-window-password.c */
void karta_previewer_window_need_password (KartaPreviewerWindow *self,
                                           gboolean              wrong);
void karta_previewer_window_password_accepted (KartaPreviewerWindow *self);

/* karta-previewer-window-actions.c */
void karta_previewer_window_class_init_actions (GtkWidgetClass *widget_class);
void karta_previewer_window_init_actions (KartaPreviewerWindow *self);
void karta_previewer_window_update_actions (KartaPreviewerWindow *self);
void karta_previewer_window_recall_rotation (KartaPreviewerWindow *self);

/* karta-previewer-window-print.c */
GtkPrintOperation *karta_previewer_window_print_operation_new (KartaPreviewerWindow *self);
void               karta_previewer_window_print (KartaPreviewerWindow *self);

/* karta-previewer-window-search.c */
void karta_previewer_window_class_init_search (GtkWidgetClass *widget_class);
void karta_previewer_window_stop_search (KartaPreviewerWindow *self);

G_END_DECLS
