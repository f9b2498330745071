/* karta-dialog-size.h — dialogs no larger than the window they are for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void karta_dialog_fit_parent (GtkWindow *dialog);

G_END_DECLS
