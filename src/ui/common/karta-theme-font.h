/* karta-theme-font.h — the desktop's font, as the Cairo painters take it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *karta_theme_font_get (GtkWidget *widget,
                            double    *size);

G_END_DECLS
