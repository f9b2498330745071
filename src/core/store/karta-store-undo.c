/* karta-store-undo.c — undo and redo of user actions
 *
 * Each user action is one transaction recorded by SQLite's session
 * extension as a changeset: undo applies its inverse, redo the changeset
 * again. This covers every table without a hand-written inverse for each
 * kind of edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-undo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"

#define MAX_UNDO_STEPS 200

typedef struct
{
  char *label;
  void *changeset;
  int   size;
} UndoStep;

struct _KartaUndoStack
{
  GPtrArray *undo; /* of UndoStep*, newest last */
  GPtrArray *redo; /* of UndoStep*, newest last */
};

static void
undo_step_free (UndoStep *step)
{
  g_free (step->label);
  sqlite3_free (step->changeset);
  g_free (step);
}

KartaUndoStack *
karta_undo_stack_new (void)
{
  KartaUndoStack *stack = g_new0 (KartaUndoStack, 1);

  stack->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_step_free);
  stack->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_step_free);
  return stack;
}

void
karta_undo_stack_free (KartaUndoStack *stack)
{
  g_ptr_array_unref (stack->undo);
  g_ptr_array_unref (stack->redo);
  g_free (stack);
}

/**
 * karta_undo_stack_push:
 * @changeset: (transfer full): allocated by SQLite
 *
 * Records a new user action; what could be redone is forgotten.
 */
void
karta_undo_stack_push (KartaUndoStack *stack,
                       const char     *label,
                       void           *changeset,
                       int             size)
{
  UndoStep *step = g_new0 (UndoStep, 1);

  step->label = g_strdup (label);
  step->changeset = changeset;
  step->size = size;
  g_ptr_array_add (stack->undo, step);
  g_ptr_array_set_size (stack->redo, 0);
  if (stack->undo->len > MAX_UNDO_STEPS)
    g_ptr_array_remove_index (stack->undo, 0);
}

static UndoStep *
peek (GPtrArray *steps)
{
  return steps->len > 0 ? g_ptr_array_index (steps, steps->len - 1) : NULL;
}

gboolean
karta_store_can_undo (KartaStore *self)
{
  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);
  return self->undo->undo->len > 0;
}

gboolean
karta_store_can_redo (KartaStore *self)
{
  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);
  return self->undo->redo->len > 0;
}

/**
 * karta_store_get_undo_label:
 *
 * Returns: (nullable): the action that undo would undo
 */
const char *
karta_store_get_undo_label (KartaStore *self)
{
  UndoStep *step = peek (self->undo->undo);

  return step ? step->label : NULL;
}

const char *
karta_store_get_redo_label (KartaStore *self)
{
  UndoStep *step = peek (self->undo->redo);

  return step ? step->label : NULL;
}

static int
on_conflict (void                   *user_data,
             int                     conflict,
             sqlite3_changeset_iter *iter)
{
  const char *table;
  int         n_columns, op, indirect;

  /* A row already gone with its parent's ON DELETE CASCADE is fine;
   * anything else means the data changed since (in another program). */
  sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;
  return SQLITE_CHANGESET_ABORT;
}

/* Whether no row refers to one that is not there */
static gboolean
foreign_keys_hold (KartaStore *self)
{
  sqlite3_stmt *stmt = karta_store_prepare (self, "PRAGMA foreign_key_check", NULL);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
apply (KartaStore *self,
       void       *changeset,
       int         size,
       const char *history,
       GError    **error)
{
  g_autofree char *action = NULL;
  sqlite3_stmt    *stmt;

  if (!karta_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (sqlite3changeset_apply (self->db, size, changeset, NULL, on_conflict, NULL) != SQLITE_OK ||
      !foreign_keys_hold (self))
    {
      karta_store_rollback (self);
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_CONFLICT,
                   _ ("The library was changed elsewhere since; this step can no longer be applied"));
      return FALSE;
    }
  stmt = karta_store_prepare (self, "INSERT INTO history (action) VALUES (?1)", error);
  if (stmt == NULL)
    {
      karta_store_rollback (self);
      return FALSE;
    }
  karta_bind_text (stmt, 1, history);
  if (!karta_store_step_done (self, stmt, error) || !karta_store_exec (self, "COMMIT", error))
    {
      karta_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/* The changeset holds every row the step changed, those its ON DELETE
 * CASCADE removed too: applied with the foreign keys' actions off, so that
 * a cascade does not remove rows the changeset itself still changes, and
 * checked before commit */
static gboolean
apply_changeset (KartaStore *self,
                 void       *changeset,
                 int         size,
                 const char *history,
                 GError    **error)
{
  gboolean applied;

  if (!karta_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  applied = apply (self, changeset, size, history, error);
  if (!karta_store_exec (self, "PRAGMA foreign_keys = ON", applied ? error : NULL))
    return FALSE;
  return applied;
}

/**
 * karta_store_undo:
 *
 * Undoes the latest user action in one transaction.
 */
gboolean
karta_store_undo (KartaStore *self,
                  GError    **error)
{
  UndoStep        *step = peek (self->undo->undo);
  g_autofree char *history = NULL;
  void            *inverse = NULL;
  int              size = 0;
  gboolean         ok;

  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);
  if (step == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("Nothing to undo"));
      return FALSE;
    }
  if (sqlite3changeset_invert (step->size, step->changeset, &size, &inverse) != SQLITE_OK)
    return karta_store_set_error (self, error, _ ("Could not undo"));

  /* Translators: an entry of the edit history, e.g. "Undo: Edit activity 1.2" */
  history = g_strdup_printf (_ ("Undo: %s"), step->label);
  ok = apply_changeset (self, inverse, size, history, error);
  sqlite3_free (inverse);
  if (!ok)
    return FALSE;

  g_ptr_array_add (self->undo->redo, g_ptr_array_steal_index (self->undo->undo, self->undo->undo->len - 1));
  karta_store_use_school_calendar (self, NULL);
  karta_store_emit_changed (self, KARTA_STORE_CHANGE_UNDO, step->label, step->changeset, step->size);
  return TRUE;
}

/**
 * karta_store_redo:
 *
 * Does again the latest undone action in one transaction.
 */
gboolean
karta_store_redo (KartaStore *self,
                  GError    **error)
{
  UndoStep        *step = peek (self->undo->redo);
  g_autofree char *history = NULL;

  g_return_val_if_fail (KARTA_IS_STORE (self), FALSE);
  if (step == NULL)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("Nothing to redo"));
      return FALSE;
    }
  /* Translators: an entry of the edit history, e.g. "Redo: Edit activity 1.2" */
  history = g_strdup_printf (_ ("Redo: %s"), step->label);
  if (!apply_changeset (self, step->changeset, step->size, history, error))
    return FALSE;

  g_ptr_array_add (self->undo->undo, g_ptr_array_steal_index (self->undo->redo, self->undo->redo->len - 1));
  karta_store_use_school_calendar (self, NULL);
  karta_store_emit_changed (self, KARTA_STORE_CHANGE_REDO, step->label, step->changeset, step->size);
  return TRUE;
}
