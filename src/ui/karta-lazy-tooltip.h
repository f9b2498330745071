/* karta-lazy-tooltip.h — tooltips for widgets in lists that are rebound often
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void karta_lazy_tooltip_set (GtkWidget  *widget,
                             const char *text);

G_END_DECLS
