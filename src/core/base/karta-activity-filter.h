/* karta-activity-filter.h — which activities a view shows: one filter for
 * the roadmap's table and its Gantt chart
 *
 * The criteria are those of the roadmap page: words to search, a status
 * (the one shown, as of the filter's today), a school, a responsible, a
 * section with those within it, a month, overdue only. The table hides
 * what does not match; the chart hides what does not pass the criteria
 * and highlights what the search finds. Shared by reference: the page sets
 * it, the Gantt layout reads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-model.h"

G_BEGIN_DECLS

typedef struct _KartaActivityFilter KartaActivityFilter;

KartaActivityFilter *karta_activity_filter_new (void);
KartaActivityFilter *karta_activity_filter_ref (KartaActivityFilter *self);
void                 karta_activity_filter_unref (KartaActivityFilter *self);

KartaDay    karta_activity_filter_get_today (const KartaActivityFilter *self);
void        karta_activity_filter_set_today (KartaActivityFilter *self,
                                             KartaDay             today);
void        karta_activity_filter_clear (KartaActivityFilter *self);
void        karta_activity_filter_set_search (KartaActivityFilter *self,
                                              const char          *text);
void        karta_activity_filter_set_status (KartaActivityFilter *self,
                                              int                  status);
void        karta_activity_filter_set_school (KartaActivityFilter *self,
                                              gint64               school_id);
gint64      karta_activity_filter_get_school (const KartaActivityFilter *self);
void        karta_activity_filter_set_responsible (KartaActivityFilter *self,
                                                   const char          *responsible);
const char *karta_activity_filter_get_responsible (const KartaActivityFilter *self);
void        karta_activity_filter_set_section (KartaActivityFilter *self,
                                               const KartaSection  *section);
gboolean    karta_activity_filter_has_section (const KartaActivityFilter *self);
void        karta_activity_filter_set_month (KartaActivityFilter *self,
                                             const KartaPeriod   *month);
void        karta_activity_filter_set_overdue (KartaActivityFilter *self,
                                               gboolean             overdue);
void        karta_activity_filter_set_missing_evidence (KartaActivityFilter *self,
                                                        gboolean             missing);

gboolean karta_activity_filter_has_search (const KartaActivityFilter *self);
gboolean karta_activity_filter_has_criteria (const KartaActivityFilter *self);
gboolean karta_activity_filter_has_more_criteria (const KartaActivityFilter *self);
gboolean karta_activity_filter_passes (const KartaActivityFilter *self,
                                       const KartaActivity       *activity);
gboolean karta_activity_filter_finds (const KartaActivityFilter *self,
                                      const char                *haystack);
char    *karta_activity_filter_haystack (const KartaSection  *section,
                                         const KartaActivity *activity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaActivityFilter, karta_activity_filter_unref)

G_END_DECLS
