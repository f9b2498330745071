/* karta-risk.h — schools' risk profiles (ФИОКО) by year
 *
 * Risk factors are data: lists of factors, each list for the year it was
 * introduced; a profile keeps the list it was made with. The default list
 * (2021, the ten factors of domain.md) is created with the library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-model.h"

G_BEGIN_DECLS

typedef struct
{
  gint64     id;
  int        year; /* the year the list applies from */
  char      *title;
  GPtrArray *factors; /* of KartaRef*, in the list's order */
} KartaFactorList;

typedef struct
{
  gint64         factor_id;
  char          *factor_name;
  KartaRiskLevel level;
} KartaRiskEntry;

typedef struct
{
  gint64     id; /* 0 until stored */
  gint64     organisation_id;
  char      *school_name; /* display name, read-only */
  int        year;
  gint64     list_id; /* the factor list it was made with */
  GPtrArray *entries; /* of KartaRiskEntry*, in the list's order */
} KartaRiskProfile;

/* An activity that addresses a risk factor, for a school's page: those
 * linked to the school, or to no school in particular. */
typedef struct
{
  gint64      factor_id;
  gint64      roadmap_id;
  char       *roadmap_title;
  gint64      activity_id;
  char       *number;
  char       *title;
  KartaStatus status;
} KartaFactorActivity;

typedef struct
{
  guint high;
  guint medium;
  guint low;
} KartaRiskCounts;

/* A school's profile as a document states it («высокий фактор риска по
 * показателю «…»»): offered in the import review, stored only if accepted. */
typedef struct
{
  KartaRiskProfile *profile; /* school_name, year; entries by factor_name */
  gboolean          accepted;
} KartaStatedRisk;

KartaFactorList *karta_factor_list_new (void);
void             karta_factor_list_free (KartaFactorList *list);

KartaRiskProfile *karta_risk_profile_new (gint64 organisation_id,
                                          int    year);
KartaRiskProfile *karta_risk_profile_copy (const KartaRiskProfile *profile);
void              karta_risk_profile_free (KartaRiskProfile *profile);
void              karta_risk_profile_add (KartaRiskProfile *profile,
                                          gint64            factor_id,
                                          const char       *factor_name,
                                          KartaRiskLevel    level);
KartaRiskCounts   karta_risk_profile_count (const KartaRiskProfile *profile);

KartaStatedRisk *karta_stated_risk_new (const char *school_name,
                                        int         year);
void             karta_stated_risk_free (KartaStatedRisk *stated);

const char *karta_risk_level_describe (KartaRiskLevel level);
void        karta_factor_activity_free (KartaFactorActivity *activity);

/* Factors a section or activity title probably answers ("Преодоление
 * дефицита базовой инфраструктуры" → "Низкий уровень оснащения школы"):
 * (element-type KartaRef) (transfer container) */
GPtrArray      *karta_risk_suggest_factors (const char            *text,
                                            const KartaFactorList *list);
const KartaRef *karta_factor_list_find (const KartaFactorList *list,
                                        const char            *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaFactorList, karta_factor_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaRiskProfile, karta_risk_profile_free)

G_END_DECLS
