/* karta-lazy-tooltip.h — tooltips for widgets in lists that are rebound often,
 * and for the buttons of templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;   /* of a widget in a template */
  const char *text; /* untranslated, marked for xgettext */
} KartaLazyTooltip;

void        karta_lazy_tooltip_set (GtkWidget  *widget,
                                    const char *text);
const char *karta_lazy_tooltip_get (GtkWidget *widget);
void        karta_lazy_tooltip_set_template (GtkWidget              *root,
                                             const KartaLazyTooltip *tooltips,
                                             guint                   n_tooltips);

G_END_DECLS
