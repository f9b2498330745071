/* karta-roadmap-page-open.c — a window's first roadmap, first screen first
 *
 * Opened with a window, a big roadmap would keep the window from showing
 * until all of it is read. The page shows first the activities that fill a
 * screen (karta_store_load_roadmap_start()), then, once that screen is
 * drawn, loads the whole roadmap the way it reloads after an edit: the
 * filters, the selection and the scroll position stay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-roadmap-page"

#include "config.h"

#include <glib/gi18n.h>

#include "karta-roadmap-page-private.h"

static gboolean
finish_loading (gpointer user_data)
{
  KartaRoadmapPage *self = user_data;
  g_autoptr (GError) error = NULL;

  self->finish_source = 0;
  if (self->partial && !karta_roadmap_page_reload (self, &error))
    karta_roadmap_page_show_error (self, _ ("Could not open the roadmap"), error);
  return G_SOURCE_REMOVE;
}

/* The first frame's update phase: the rest loads once the frame is drawn */
static gboolean
on_first_frame (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  KartaRoadmapPage *self = KARTA_ROADMAP_PAGE (widget);

  self->finish_tick = 0;
  self->finish_source = g_idle_add (finish_loading, self);
  return G_SOURCE_REMOVE;
}

void
karta_roadmap_page_cancel_finish (KartaRoadmapPage *self)
{
  if (self->finish_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->finish_tick);
  self->finish_tick = 0;
  g_clear_handle_id (&self->finish_source, g_source_remove);
}

/**
 * karta_roadmap_page_open:
 * @roadmap_id: the roadmap to show
 *
 * Shows a roadmap as karta_roadmap_page_load() does, in two steps for the
 * first frame of a window: the activities that fill the first screen at
 * once, the whole roadmap after that screen is drawn.
 *
 * Returns: %FALSE with @error set if the roadmap could not be loaded
 */
gboolean
karta_roadmap_page_open (KartaRoadmapPage *self,
                         gint64            roadmap_id,
                         GError          **error)
{
  KartaRoadmap *roadmap;
  gboolean      complete;

  g_return_val_if_fail (KARTA_IS_ROADMAP_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  roadmap = karta_store_load_roadmap_start (self->store, roadmap_id, FIRST_SCREEN_ACTIVITIES, &complete, error);
  if (roadmap == NULL)
    return FALSE;
  karta_roadmap_page_cancel_finish (self);
  self->partial = !complete;
  karta_roadmap_page_reset_filters (self);
  karta_roadmap_page_show (self, roadmap);
  if (self->partial)
    self->finish_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_first_frame, NULL, NULL);
  return TRUE;
}
