/* karta-store-private.h — what the store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "karta-store.h"

G_BEGIN_DECLS

/* How long a connection waits for another program's write to end */
#define KARTA_STORE_BUSY_TIMEOUT_MS 5000

typedef struct _KartaUndoStack KartaUndoStack;

struct _KartaStore
{
  GObject parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;      /* SQL text → sqlite3_stmt*, prepared once */
  gboolean    fold_registered; /* karta_fold () for SQL: karta-store-document-list.c */

  /* the user action under way */
  sqlite3_session *session;
  char            *action_label;

  KartaUndoStack *undo;

  /* "changed" waits for the main context (karta-store-changes.c) */
  GMainContext *context;
  GQueue        pending_changes;
  GSource      *changes_source;
  GSource      *watch_source; /* other programs' commits, if watched */
  gint64        data_version; /* as last seen */
};

/* Transactions: every user action is one karta_store_run(). */
void karta_store_rollback (KartaStore *self);
typedef gboolean (*KartaStoreAction) (KartaStore *self,
                                      gpointer    data,
                                      GError    **error);
gboolean karta_store_run (KartaStore      *self,
                          const char      *label,
                          KartaStoreAction action,
                          gpointer         data,
                          GError         **error);
void     karta_store_emit_changed (KartaStore      *self,
                                   KartaStoreChange kind,
                                   const char      *label,
                                   const void      *changeset,
                                   int              size);
void     karta_store_signal_changed (KartaStore       *self,
                                     KartaStoreChange  kind,
                                     const char       *label,
                                     KartaStoreSubject subjects,
                                     gint64            id);
void     karta_store_drop_changes (KartaStore *self);

/* Statements */
gboolean      karta_store_exec (KartaStore *self,
                                const char *sql,
                                GError    **error);
sqlite3_stmt *karta_store_prepare (KartaStore *self,
                                   const char *sql,
                                   GError    **error);
gboolean      karta_store_exec_with_id (KartaStore *self,
                                        const char *sql,
                                        gint64      id,
                                        GError    **error);
gboolean      karta_store_step_done (KartaStore   *self,
                                     sqlite3_stmt *stmt,
                                     GError      **error);
gboolean      karta_sqlite_set_error (sqlite3    *db,
                                      int         code,
                                      const char *what,
                                      GError    **error);
gboolean      karta_store_set_error (KartaStore *self,
                                     GError    **error,
                                     const char *what);
gint64        karta_store_insert (KartaStore   *self,
                                  sqlite3_stmt *stmt,
                                  GError      **error);

void     karta_bind_text (sqlite3_stmt *stmt,
                          int           index,
                          const char   *text);
void     karta_bind_day (sqlite3_stmt *stmt,
                         int           index,
                         KartaDay      day);
void     karta_bind_id (sqlite3_stmt *stmt,
                        int           index,
                        gint64        id);
char    *karta_column_text (sqlite3_stmt *stmt,
                            int           column);
KartaDay karta_column_day (sqlite3_stmt *stmt,
                           int           column);

/* Schema (karta-store-schema.c) */
gboolean karta_schema_check_file (const char *path,
                                  GError    **error);
gboolean karta_schema_migrate (sqlite3    *db,
                               const char *path,
                               int         target_version,
                               GError    **error);

/* Backups and checks (karta-store-backup.c) */
gboolean karta_backup_copy (sqlite3    *db,
                            const char *target,
                            GError    **error);
gboolean karta_store_verify (sqlite3    *db,
                             const char *path,
                             GError    **error);
/* Besides the daily backups, the newest of so many weeks and months stay */
#define KARTA_BACKUP_WEEKS  5
#define KARTA_BACKUP_MONTHS 6

GHashTable *karta_backup_select_kept (GPtrArray *names,
                                      guint      daily);
gboolean    karta_backup_daily (sqlite3    *db,
                                const char *path,
                                const char *backups_dir,
                                guint       keep,
                                GError    **error);

/* Undo (karta-store-undo.c) */
KartaUndoStack *karta_undo_stack_new (void);
void            karta_undo_stack_free (KartaUndoStack *stack);
void            karta_undo_stack_push (KartaUndoStack *stack,
                                       const char     *label,
                                       void           *changeset,
                                       int             size);

/* Organisations (karta-store-organisations.c) */
gboolean karta_store_use_school_calendar (KartaStore *self,
                                          GError    **error);
gboolean karta_store_write_stated_risk (KartaStore             *self,
                                        const KartaRiskProfile *stated,
                                        GError                **error);
gboolean karta_store_add_category (KartaStore *self,
                                   gint64      organisation_id,
                                   int         year,
                                   const char *name,
                                   GError    **error);
gboolean karta_store_resolve_schools (KartaStore *self,
                                      GPtrArray  *refs,
                                      const char *district,
                                      GError    **error);
gboolean karta_store_resolve_section_schools (KartaStore *self,
                                              GPtrArray  *sections,
                                              const char *district,
                                              GError    **error);
gboolean karta_store_resolve_factors (KartaStore *self,
                                      GPtrArray  *refs,
                                      GError    **error);

/* Risk factor lists (karta-store-factors.c) */
gint64 karta_store_factor_list_for_year (KartaStore *self,
                                         int         year,
                                         GError    **error);

/* Documents (karta-store-documents.c) */
gint64   karta_store_insert_document (KartaStore          *self,
                                      const KartaDocument *document,
                                      GError             **error);
gboolean karta_store_link_document (KartaStore *self,
                                    gint64      document_id,
                                    gint64      activity_id,
                                    gint64      organisation_id,
                                    GError    **error);

/* Roadmaps (karta-store-roadmaps.c) */
gint64 karta_store_insert_roadmap (KartaStore         *self,
                                   const KartaRoadmap *roadmap,
                                   GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_changeset_iter, sqlite3changeset_finalize)

G_END_DECLS
