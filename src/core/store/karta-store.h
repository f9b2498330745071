/* karta-store.h — the library database: the only place with SQL
 *
 * Every function that changes data is one user action: one transaction and
 * one entry on the undo stack (labelled for the "Undo …" toast).
 *
 * Signals:
 *   "changed" (KartaStoreChange kind, const char *label,
 *              KartaStoreSubject subjects, gint64 id)
 *       after every committed change, undo and redo, with the action's label
 *       ("Edit activity 1.2"), what it touched and, when it changed one
 *       roadmap, activity, document, school or profile, that one's id.
 *       Delivered from the main context after the mutating call has
 *       returned (docs/design.md, "Changes"): views reload what they show
 *       and the window shows an undo toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "karta-model.h"
#include "karta-risk.h"
#include "karta-school-calendar.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_STORE_CHANGE_EDIT,
  KARTA_STORE_CHANGE_UNDO,
  KARTA_STORE_CHANGE_REDO,
  KARTA_STORE_CHANGE_EXTERNAL, /* committed by another program: no label, every subject */
} KartaStoreChange;

/* What a change touched, from the tables it wrote */
typedef enum
{
  KARTA_STORE_SUBJECT_ROADMAPS = 1 << 0,   /* roadmaps, their orders and sections */
  KARTA_STORE_SUBJECT_ACTIVITIES = 1 << 1, /* activities, schedules, schools, factors, execution */
  KARTA_STORE_SUBJECT_DOCUMENTS = 1 << 2,  /* confirming documents and their links */
  KARTA_STORE_SUBJECT_SCHOOLS = 1 << 3,    /* schools and other organisations */
  KARTA_STORE_SUBJECT_RISK = 1 << 4,       /* risk profiles and factor lists */
  KARTA_STORE_SUBJECT_OTHER = 1 << 5,      /* glossary, people */
  KARTA_STORE_SUBJECT_ALL = (1 << 6) - 1,
} KartaStoreSubject;

#define KARTA_TYPE_STORE (karta_store_get_type ())
G_DECLARE_FINAL_TYPE (KartaStore, karta_store, KARTA, STORE, GObject)

/* The schema version this build writes (PRAGMA user_version). */
#define KARTA_SCHEMA_VERSION 5
/* PRAGMA application_id: "KRTA" */
#define KARTA_APPLICATION_ID 0x4b525441

typedef enum
{
  KARTA_STORE_OPEN_DEFAULT = 0,
  /* Skip the integrity check, for karta_library_check_async() runs it
   * off the main thread: it reads the whole file. */
  KARTA_STORE_OPEN_DEFER_CHECK = 1 << 0,
} KartaStoreOpenFlags;

KartaStore *karta_store_open (const char         *path,
                              KartaStoreOpenFlags flags,
                              GError            **error);
const char *karta_store_get_path (KartaStore *self);

/* Roadmaps */
GPtrArray           *karta_store_list_roadmaps (KartaStore *self,
                                                GError    **error);
KartaRoadmap        *karta_store_load_roadmap (KartaStore *self,
                                               gint64      roadmap_id,
                                               GError    **error);
KartaRoadmap        *karta_store_load_roadmap_start (KartaStore *self,
                                                     gint64      roadmap_id,
                                                     guint       n_activities,
                                                     gboolean   *complete,
                                                     GError    **error);
gint64               karta_store_add_roadmap (KartaStore         *self,
                                              const KartaRoadmap *roadmap,
                                              GError            **error);
gboolean             karta_store_add_roadmaps (KartaStore *self,
                                               GPtrArray  *roadmaps,
                                               const char *label,
                                               GError    **error);
gboolean             karta_store_update_roadmap (KartaStore         *self,
                                                 const KartaRoadmap *roadmap,
                                                 GError            **error);
gboolean             karta_store_append_to_roadmap (KartaStore         *self,
                                                    gint64              roadmap_id,
                                                    const KartaRoadmap *rows,
                                                    GError            **error);
gboolean             karta_store_delete_roadmap (KartaStore *self,
                                                 gint64      roadmap_id,
                                                 GError    **error);
KartaRoadmapSummary *karta_store_find_same_roadmap (KartaStore         *self,
                                                    const KartaRoadmap *roadmap,
                                                    GError            **error);
gint64               karta_store_replace_roadmap (KartaStore         *self,
                                                  gint64              old_id,
                                                  const KartaRoadmap *roadmap,
                                                  GError            **error);

/* karta_store_update_roadmap() writes the roadmap's own fields, its orders,
 * tasks and glossary, and its section tree (numbers, titles, tasks,
 * indicators; new sections have id 0; a removed section must be empty) —
 * but not the activities, which change one by one below. */

/* Activities */
gint64   karta_store_add_activity (KartaStore          *self,
                                   gint64               section_id,
                                   const KartaActivity *activity,
                                   GError             **error);
gboolean karta_store_update_activity (KartaStore          *self,
                                      const KartaActivity *activity,
                                      GError             **error);
gboolean karta_store_delete_activity (KartaStore *self,
                                      gint64      activity_id,
                                      GError    **error);

/* Organisations and people */
GPtrArray         *karta_store_list_organisations (KartaStore *self,
                                                   GError    **error);
KartaOrganisation *karta_store_load_organisation (KartaStore *self,
                                                  gint64      organisation_id,
                                                  GError    **error);
gint64             karta_store_find_organisation (KartaStore *self,
                                                  const char *name,
                                                  const char *district);
char              *karta_store_roadmap_district (KartaStore *self,
                                                 gint64      roadmap_id);
gint64             karta_store_match_organisation (KartaStore *self,
                                                   const char *name,
                                                   const char *district,
                                                   GPtrArray **candidates);
gint64             karta_store_save_organisation (KartaStore              *self,
                                                  const KartaOrganisation *organisation,
                                                  GError                 **error);
gboolean           karta_store_delete_organisation (KartaStore *self,
                                                    gint64      organisation_id,
                                                    GError    **error);
GPtrArray         *karta_store_list_people (KartaStore *self,
                                            GError    **error);
gint64             karta_store_save_person (KartaStore        *self,
                                            const KartaPerson *person,
                                            GError           **error);

/* The school quarters (karta-school-calendar.h; karta-store-calendar.c) */
KartaSchoolCalendar *karta_store_load_school_calendar (KartaStore *self,
                                                       GError    **error);
gboolean             karta_store_save_school_year (KartaStore     *self,
                                                   int             school_year,
                                                   const KartaDay *quarters,
                                                   GError        **error);

/* Risk factors and profiles (karta-risk.h; karta-store-risk.c) */
GPtrArray        *karta_store_list_risk_factors (KartaStore *self,
                                                 GError    **error);
GPtrArray        *karta_store_list_factor_lists (KartaStore *self,
                                                 GError    **error);
KartaFactorList  *karta_store_load_factor_list_for_year (KartaStore *self,
                                                         int         year,
                                                         GError    **error);
gint64            karta_store_save_factor_list (KartaStore            *self,
                                                const KartaFactorList *list,
                                                GError               **error);
KartaRiskProfile *karta_store_load_risk_profile (KartaStore *self,
                                                 gint64      organisation_id,
                                                 int         year,
                                                 GError    **error);
GPtrArray        *karta_store_list_risk_profiles (KartaStore *self,
                                                  int         year,
                                                  GError    **error);
GArray           *karta_store_list_profile_years (KartaStore *self,
                                                  gint64      organisation_id,
                                                  GError    **error);
gboolean          karta_store_save_risk_profile (KartaStore             *self,
                                                 const KartaRiskProfile *profile,
                                                 GError                **error);
gboolean          karta_store_save_risk_profiles (KartaStore *self,
                                                  GPtrArray  *profiles,
                                                  const char *label,
                                                  GError    **error);
gboolean          karta_store_copy_risk_profile (KartaStore *self,
                                                 gint64      organisation_id,
                                                 int         from_year,
                                                 int         to_year,
                                                 GError    **error);
GPtrArray        *karta_store_list_factor_activities (KartaStore *self,
                                                      gint64      organisation_id,
                                                      GError    **error);

/* Documents */
/* Where documents are attached: an activity (optionally for one of its
 * schools), a roadmap's approving order or one of its editions, or a school. */
typedef struct
{
  gint64 activity_id;
  gint64 order_id;
  gint64 organisation_id;
} KartaDocumentTarget;

typedef enum
{
  KARTA_DOCUMENT_SORT_ADDED, /* newest attached first */
  KARTA_DOCUMENT_SORT_DATE,  /* the document's own date, newest first */
} KartaDocumentSort;

/* What karta_store_find_documents() keeps; 0, NULL and KARTA_DAY_NONE mean "any". */
typedef struct
{
  const char       *kind;   /* exactly, ignoring case */
  const char       *number; /* a part of the number */
  KartaDay          from;   /* the document's date, inclusive */
  KartaDay          to;
  gint64            roadmap_id;
  gint64            activity_id;
  const char       *activity_number; /* the activity's number, e.g. "1.2" */
  gint64            organisation_id;
  const char       *search; /* a part of the title, number or file name */
  KartaDocumentSort sort;
} KartaDocumentFilter;

GPtrArray *karta_store_list_documents (KartaStore *self,
                                       GError    **error);
GPtrArray *karta_store_find_documents (KartaStore                *self,
                                       const KartaDocumentFilter *filter,
                                       GError                   **error);
GPtrArray *karta_store_list_document_kinds (KartaStore *self,
                                            GError    **error);
gboolean   karta_store_check_document_target (KartaStore                *self,
                                              const KartaDocumentTarget *target,
                                              char                     **default_kind,
                                              GError                   **error);
GArray    *karta_store_attach_documents (KartaStore                *self,
                                         GPtrArray                 *documents,
                                         const KartaDocumentTarget *target,
                                         GError                   **error);
gboolean   karta_store_update_document (KartaStore          *self,
                                        const KartaDocument *document,
                                        GError             **error);
gboolean   karta_store_detach_document (KartaStore *self,
                                        gint64      document_id,
                                        gint64      activity_id,
                                        GError    **error);

/* Demo data (karta-cli gen-demo): one undoable action */
gboolean karta_store_generate_demo (KartaStore *self,
                                    guint       n_roadmaps,
                                    guint       n_activities,
                                    guint       n_schools,
                                    GError    **error);
gboolean karta_store_generate_demo_documents (KartaStore *self,
                                              guint       n_documents,
                                              GError    **error);

/* Backups */
char *karta_store_latest_backup (const char *backups_dir);

/* Integrity */
gboolean karta_store_check_integrity (KartaStore *self,
                                      GPtrArray  *problems);

/* Undo and history */
gboolean    karta_store_can_undo (KartaStore *self);
gboolean    karta_store_can_redo (KartaStore *self);
const char *karta_store_get_undo_label (KartaStore *self);
const char *karta_store_get_redo_label (KartaStore *self);
void        karta_store_flush_changes (KartaStore *self);
void        karta_store_watch_external_changes (KartaStore *self,
                                                guint       interval_ms);
gboolean    karta_store_undo (KartaStore *self,
                              GError    **error);
gboolean    karta_store_redo (KartaStore *self,
                              GError    **error);
GPtrArray  *karta_store_list_history (KartaStore *self,
                                      guint       limit,
                                      GError    **error);

G_END_DECLS
