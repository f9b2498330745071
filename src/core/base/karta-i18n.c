/* karta-i18n.c — translations for every Karta program: the window, the
 * command line and the page renderer speak the user's language alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "karta-i18n.h"

/**
 * karta_i18n_init:
 *
 * Sets up gettext for the user's locale. $KARTA_LOCALEDIR points at
 * translations that are not installed, such as the build tree's po/ folder.
 */
void
karta_i18n_init (void)
{
  const char *dir = g_getenv ("KARTA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
