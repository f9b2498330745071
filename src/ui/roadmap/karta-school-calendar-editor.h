/* karta-school-calendar-editor.h — the school quarters of a year, as terms read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_SCHOOL_CALENDAR_EDITOR (karta_school_calendar_editor_get_type ())
G_DECLARE_FINAL_TYPE (KartaSchoolCalendarEditor, karta_school_calendar_editor, KARTA, SCHOOL_CALENDAR_EDITOR, AdwWindow)

GtkWindow *karta_school_calendar_editor_new (GtkWindow  *parent,
                                             KartaStore *store);

G_END_DECLS
