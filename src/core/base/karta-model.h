/* karta-model.h — the roadmap domain as plain data (domain.md)
 *
 * These are value types: the store loads them, the UI and the exporters read
 * them, and a change goes back through the store as one undoable transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-date.h"
#include "karta-schedule.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_STATUS_PLANNED,
  KARTA_STATUS_IN_PROGRESS,
  KARTA_STATUS_DONE,
  KARTA_STATUS_OVERDUE,
  KARTA_STATUS_CANCELLED,
  KARTA_N_STATUSES
} KartaStatus;

typedef enum
{
  KARTA_RISK_LOW,
  KARTA_RISK_MEDIUM,
  KARTA_RISK_HIGH,
} KartaRiskLevel;

/* An order (поручение, распоряжение, приказ) approving or amending a roadmap. */
typedef struct
{
  gint64   id;
  char    *kind;
  char    *number;
  KartaDay date;
  char    *authority;
  char    *signatory;
  char    *controller;
  char    *note; /* for editions: "новая редакция" … */
} KartaOrder;

/* A link to a row of another table: loaded with both fields; on saving, a
 * reference with id 0 is matched by name, or created, in the same transaction. */
typedef struct
{
  gint64 id;
  char  *name;
} KartaRef;

/* How one of the activity's schools carried it out. */
typedef struct
{
  gint64      organisation_id; /* < 0 until the school is resolved: -1 - its
                                 * index in the activity's schools (import) */
  KartaStatus status;
  KartaDay    done_on;
  char       *note;
} KartaExecution;

typedef struct
{
  gint64         id;
  gint64         section_id;
  char          *number;
  gboolean       number_generated; /* given by its position on import, not written */
  char          *title;
  char          *term;        /* as written */
  KartaSchedule *schedule;    /* derived from term, or set by hand */
  gboolean       term_edited; /* dates changed by hand, not from the term */
  char          *responsible;
  char          *executors;
  char          *participants;
  char          *direction;
  char          *result;
  char          *evidence; /* required kind of confirming document */
  KartaStatus    status;
  KartaDay       done_on;
  char          *notes;
  GPtrArray     *schools;    /* of KartaRef*: linked organisations */
  GPtrArray     *factors;    /* of KartaRef*: risk factors addressed */
  GPtrArray     *executions; /* of KartaExecution* */
  GPtrArray     *documents;  /* of KartaDocument*: attached evidence, read-only */
} KartaActivity;

typedef struct _KartaSection KartaSection;
struct _KartaSection
{
  gint64     id;
  char      *number;     /* nullable */
  char      *title;      /* nullable */
  gint64     factor_id;  /* 0: answers no particular risk factor */
  GPtrArray *tasks;      /* of char* */
  GPtrArray *indicators; /* of char* */
  GPtrArray *activities; /* of KartaActivity* */
  GPtrArray *sections;   /* of KartaSection*, nested */
};

typedef struct
{
  char *abbr;
  char *meaning;
} KartaGlossaryEntry;

/* A school the order lists in an appendix with its category for the year
 * («Кластеризация: ШФЗСОР»). Importing the roadmap gives the school that
 * category; the user can leave it out in the review. */
typedef struct
{
  KartaRef *school;
  char     *category;
  int       year;
  gboolean  included;
} KartaListedSchool;

typedef struct
{
  gint64      id;
  char       *title;
  char       *goal;
  char       *context; /* what the plan answers: «Актуализация», the risk analysis */
  KartaPeriod period;
  KartaOrder *order;          /* the approving order, never NULL */
  GPtrArray  *editions;       /* of KartaOrder*: amending orders, oldest first */
  GPtrArray  *tasks;          /* of char*: the roadmap's own tasks */
  GPtrArray  *indicators;     /* of char*: the roadmap's own indicators */
  GPtrArray  *sections;       /* of KartaSection* */
  GPtrArray  *glossary;       /* of KartaGlossaryEntry* */
  GPtrArray  *listed_schools; /* of KartaListedSchool*: from an import, not stored as such */
  GPtrArray  *stated_risks;   /* of KartaStatedRisk* (karta-risk.h): from an import, stored if accepted */
} KartaRoadmap;

/* One line of the roadmap list. */
typedef struct
{
  gint64      id;
  char       *title;
  KartaPeriod period;
  guint       activity_count;
  guint       done_count;
} KartaRoadmapSummary;

typedef struct
{
  int   year;
  char *name; /* ШНОР, 500+, ШЛ … */
} KartaCategory;

/* A school or another organisation (a committee, a methodological centre). */
typedef struct
{
  gint64     id;
  char      *name;
  char      *short_name;
  char      *number;
  char      *kind; /* ГБОУ СОШ, МОУ … */
  char      *district;
  int        pupils; /* -1: unknown */
  gboolean   is_school;
  gint64     curator_id;   /* a KartaPerson, 0 for none */
  char      *curator_name; /* loaded with the organisation, read-only */
  GPtrArray *categories;   /* of KartaCategory* */
} KartaOrganisation;

typedef struct
{
  gint64 id;
  char  *full_name;
  char  *position;
  gint64 organisation_id;
  char  *phone;
  char  *email;
} KartaPerson;

/* A confirming document or a scanned order, stored by content hash. */
typedef struct
{
  gint64     id;
  char      *sha256;
  char      *file_name;
  gint64     size;
  char      *kind;
  char      *number;
  KartaDay   date;
  char      *title;
  int        pages;
  gboolean   has_text;
  char      *added_by;
  GDateTime *added_at;
  char      *links; /* where it is linked, for people, read-only */
} KartaDocument;

typedef struct
{
  gint64     id;
  GDateTime *at;
  char      *action;
} KartaHistoryEntry;

gboolean karta_text_is_blank (const char *text);

const char *karta_status_to_string (KartaStatus status);
gboolean    karta_status_from_string (const char  *name,
                                      KartaStatus *status);
const char *karta_status_describe (KartaStatus status);
const char *karta_risk_level_to_string (KartaRiskLevel level);
gboolean    karta_risk_level_from_string (const char     *name,
                                          KartaRiskLevel *level);

KartaRef *karta_ref_new (gint64      id,
                         const char *name);
void      karta_ref_free (KartaRef *ref);

KartaExecution *karta_execution_new (gint64      organisation_id,
                                     KartaStatus status);
void            karta_execution_free (KartaExecution *execution);

KartaOrder *karta_order_new (void);
KartaOrder *karta_order_copy (const KartaOrder *order);
void        karta_order_free (KartaOrder *order);
char       *karta_order_format (const KartaOrder *order);

KartaActivity *karta_activity_new (void);
KartaActivity *karta_activity_copy (const KartaActivity *activity);
gboolean       karta_activity_equal (const KartaActivity *a,
                                     const KartaActivity *b);
void           karta_activity_free (KartaActivity *activity);

KartaSection *karta_section_new (const char *number,
                                 const char *title);
void          karta_section_free (KartaSection *section);
guint         karta_section_count_activities (const KartaSection *section);

KartaGlossaryEntry *karta_glossary_entry_new (const char *abbr,
                                              const char *meaning);
void                karta_glossary_entry_free (KartaGlossaryEntry *entry);

KartaListedSchool *karta_listed_school_new (const char *school,
                                            const char *category,
                                            int         year);
void               karta_listed_school_free (KartaListedSchool *listed);

KartaRoadmap  *karta_roadmap_new (void);
KartaRoadmap  *karta_roadmap_ref (KartaRoadmap *roadmap);
void           karta_roadmap_unref (KartaRoadmap *roadmap);
guint          karta_roadmap_count_activities (const KartaRoadmap *roadmap);
KartaActivity *karta_roadmap_find_activity (const KartaRoadmap *roadmap,
                                            gint64              activity_id);

/* karta-roadmap-schools.c */
void karta_roadmap_choose_school (KartaRoadmap *roadmap,
                                  const char   *name,
                                  gint64        organisation_id);
void karta_roadmap_merge_school (KartaRoadmap *roadmap,
                                 const char   *name,
                                 const char   *into);
void karta_roadmap_leave_out_school (KartaRoadmap *roadmap,
                                     const char   *name);

void karta_roadmap_summary_free (KartaRoadmapSummary *summary);

KartaOrganisation *karta_organisation_new (void);
KartaOrganisation *karta_organisation_copy (const KartaOrganisation *organisation);
void               karta_organisation_free (KartaOrganisation *organisation);
const char        *karta_organisation_get_display_name (const KartaOrganisation *organisation);
void               karta_organisation_add_category (KartaOrganisation *organisation,
                                                    int                year,
                                                    const char        *name);

void           karta_person_free (KartaPerson *person);
KartaDocument *karta_document_copy (const KartaDocument *document);
void           karta_document_free (KartaDocument *document);
void           karta_history_entry_free (KartaHistoryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaRef, karta_ref_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaExecution, karta_execution_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaOrder, karta_order_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaActivity, karta_activity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaSection, karta_section_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaRoadmap, karta_roadmap_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaRoadmapSummary, karta_roadmap_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaOrganisation, karta_organisation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaPerson, karta_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaDocument, karta_document_free)

G_END_DECLS
