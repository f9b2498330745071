/* karta-error.h — the error domain of the Karta core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KARTA_ERROR (karta_error_quark ())

typedef enum
{
  KARTA_ERROR_FAILED,
  KARTA_ERROR_INVALID, /* input that is not what it claims to be */
  KARTA_ERROR_NOT_FOUND,
  KARTA_ERROR_NOT_A_LIBRARY, /* a file that is not a Karta database */
  KARTA_ERROR_TOO_NEW,       /* a database from a newer Karta */
  KARTA_ERROR_CORRUPT,
  KARTA_ERROR_READ_ONLY,
  KARTA_ERROR_CONFLICT,       /* undo/redo no longer applies */
  KARTA_ERROR_NEEDS_PASSWORD, /* an encrypted PDF opened without a password */
  KARTA_ERROR_WRONG_PASSWORD, /* an encrypted PDF opened with a wrong one */
  KARTA_ERROR_BUSY,           /* another program holds the library: try again */
  KARTA_ERROR_NO_SPACE,       /* the disk is full: nothing was lost */
  KARTA_ERROR_IO,             /* the disk could not be read or written */
} KartaError;

GQuark karta_error_quark (void);

G_END_DECLS
