/* karta-lazy-tooltip.c — tooltips for widgets in lists that are rebound often
 *
 * gtk_widget_set_tooltip_text() asks the display where the pointer is, a
 * round trip to the X server for every call: on GTK 4.8 that made binding a
 * table of a few hundred cells take a second. Here the text is only kept
 * with the widget and handed to GTK when a tooltip is actually wanted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-lazy-tooltip.h"

#define TOOLTIP_KEY "karta-lazy-tooltip"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * karta_lazy_tooltip_set:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * Sets the tooltip of @widget without a round trip to the display.
 */
void
karta_lazy_tooltip_set (GtkWidget  *widget,
                        const char *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  if (g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY "-connected") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
      g_object_set_data (G_OBJECT (widget), TOOLTIP_KEY "-connected", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, has_text ? g_strdup (text) : NULL, g_free);
  gtk_widget_set_has_tooltip (widget, has_text);
}
