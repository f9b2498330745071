/* karta-file-name.c — names for the files Karta writes
 *
 * A roadmap's official title runs to three hundred characters, more than
 * file systems take (255 bytes, and Cyrillic letters are two): a file is
 * named after the order instead, and any name is cut short and rid of the
 * characters Windows, macOS or a USB stick's FAT refuse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-date.h"
#include "karta-file-name.h"

static gboolean
is_refused (gunichar c)
{
  return (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL) || g_unichar_type (c) == G_UNICODE_CONTROL ||
         g_unichar_type (c) == G_UNICODE_FORMAT;
}

/**
 * karta_file_name_from_text:
 * @text: (nullable): a title, as people write it
 *
 * Returns: (transfer full): @text as a file name without an extension: no
 *   characters file systems refuse, spaces folded, at most
 *   %KARTA_FILE_NAME_MAX_CHARS characters cut at a word, no dot or space
 *   at the end; "Karta" for an empty text
 */
char *
karta_file_name_from_text (const char *text)
{
  g_autoptr (GString) name = g_string_new (NULL);
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  glong            n_chars = 0;
  gsize            last_space = 0;
  gboolean         space = FALSE;

  for (const char *p = valid; *p != '\0' && n_chars < KARTA_FILE_NAME_MAX_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || is_refused (c))
        {
          space = name->len > 0;
          continue;
        }
      if (space)
        {
          last_space = name->len;
          g_string_append_c (name, ' ');
          n_chars++;
          space = FALSE;
        }
      g_string_append_unichar (name, c);
      n_chars++;
    }
  /* cut at a word when the text went on */
  if (n_chars >= KARTA_FILE_NAME_MAX_CHARS && last_space > KARTA_FILE_NAME_MAX_CHARS / 2)
    g_string_truncate (name, last_space);
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len == 0)
    g_string_assign (name, "Karta");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * karta_roadmap_short_name:
 *
 * Returns: (transfer full): what tells the roadmap apart in a file name:
 *   its order («Поручение № 32-2 от 08.02.2022»), else its title
 */
char *
karta_roadmap_short_name (const KartaRoadmap *roadmap)
{
  const KartaOrder *order = roadmap->order;
  g_autoptr (GString) name = g_string_new (NULL);

  if (order == NULL || order->number == NULL || *order->number == '\0')
    return g_strdup (roadmap->title && *roadmap->title ? roadmap->title : _ ("Roadmap"));
  if (order->kind != NULL && *order->kind != '\0')
    g_string_append_printf (name, "%s ", order->kind);
  g_string_append_printf (name, "№ %s", order->number);
  if (order->date != KARTA_DAY_NONE)
    {
      g_autofree char *date = karta_day_format (order->date);
      /* Translators: "№ 32-2 from 08.02.2022", in a file's name */
      g_string_append_printf (name, _ (" from %s"), date);
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}
