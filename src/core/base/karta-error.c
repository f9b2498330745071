/* karta-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-error.h"

G_DEFINE_QUARK (karta - error - quark, karta_error)
