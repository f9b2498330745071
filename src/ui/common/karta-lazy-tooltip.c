/* karta-lazy-tooltip.c — tooltips for widgets in lists that are rebound often,
 * and for the buttons of templates
 *
 * gtk_widget_set_tooltip_text() asks the display where the pointer is, a
 * round trip to the X server for every call: on GTK 4.8 that made binding a
 * table of a few hundred cells take a second, and the tooltip-text
 * properties of the window's templates cost its first frame some 20 ms.
 * Here the text is only kept with the widget and handed to GTK when a
 * tooltip is actually wanted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "karta-lazy-tooltip.h"

/* on the widgets it serves, which it does not own */
static G_DEFINE_QUARK (karta - lazy - tooltip, tooltip_text) static G_DEFINE_QUARK (karta - lazy - tooltip - connected, tooltip_connected)

  static gboolean
  on_query_tooltip (GtkWidget  *widget,
                    int         x,
                    int         y,
                    gboolean    keyboard_mode,
                    GtkTooltip *tooltip)
{
  const char *text = karta_lazy_tooltip_get (widget);

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

  if (g_object_get_qdata (G_OBJECT (widget), tooltip_connected_quark ()) == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
      g_object_set_qdata (G_OBJECT (widget), tooltip_connected_quark (), GINT_TO_POINTER (TRUE));
    }
  g_object_set_qdata_full (G_OBJECT (widget), tooltip_text_quark (), has_text ? g_strdup (text) : NULL, g_free);
  gtk_widget_set_has_tooltip (widget, has_text);
}

/**
 * karta_lazy_tooltip_get:
 *
 * Returns: (nullable): the tooltip set on @widget
 */
const char *
karta_lazy_tooltip_get (GtkWidget *widget)
{
  return g_object_get_qdata (G_OBJECT (widget), tooltip_text_quark ());
}

/**
 * karta_lazy_tooltip_set_template:
 * @root: a widget just built from its template
 * @tooltips: (array length=n_tooltips): the tooltips of the widgets under
 *   @root, by their ids in the template
 *
 * Sets the tooltips, translated, of the widgets under @root.
 */
void
karta_lazy_tooltip_set_template (GtkWidget              *root,
                                 const KartaLazyTooltip *tooltips,
                                 guint                   n_tooltips)
{
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (root));

  for (guint i = 0; id != NULL && i < n_tooltips; i++)
    if (g_str_equal (id, tooltips[i].id))
      karta_lazy_tooltip_set (root, _ (tooltips[i].text));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    karta_lazy_tooltip_set_template (child, tooltips, n_tooltips);
}
