/* main.c — starts Karta
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta"

#include "config.h"

#include "karta-application.h"
#include "karta-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KartaApplication) app = NULL;

  karta_i18n_init ();
  app = karta_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
