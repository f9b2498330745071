/* karta-theme-font.c — the desktop's font, as the Cairo painters take it
 *
 * The painters of src/render know nothing of GTK: the views on screen
 * give them the family and the size of the font of @widget's settings, so
 * that a chart follows the desktop's font and its scaling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-theme-font.h"

#define FALLBACK_FONT   "Cantarell 11"
#define FALLBACK_FAMILY "Cantarell"
#define MIN_SIZE        8.0

/**
 * karta_theme_font_get:
 * @size: (out): the font's size in pixels at 96 dpi, at least 8
 *
 * Returns: (transfer full): the family of the font of @widget's settings
 */
char *
karta_theme_font_get (GtkWidget *widget,
                      double    *size)
{
  g_autofree char      *font_name = NULL;
  PangoFontDescription *font;
  char                 *family;

  g_object_get (gtk_widget_get_settings (widget), "gtk-font-name", &font_name, NULL);
  font = pango_font_description_from_string (font_name != NULL ? font_name : FALLBACK_FONT);
  family = g_strdup (pango_font_description_get_family (font) ? pango_font_description_get_family (font)
                                                              : FALLBACK_FAMILY);
  /* points to pixels */
  *size = MAX (MIN_SIZE, pango_font_description_get_size (font) / (double) PANGO_SCALE * 96.0 / 72.0);
  pango_font_description_free (font);
  return family;
}
