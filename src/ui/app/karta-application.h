/* karta-application.h — the application: opens the library, owns the windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KARTA_TYPE_APPLICATION (karta_application_get_type ())
G_DECLARE_FINAL_TYPE (KartaApplication, karta_application, KARTA, APPLICATION, AdwApplication)

KartaApplication *karta_application_new (void);

G_END_DECLS
