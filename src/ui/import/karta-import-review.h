/* karta-import-review.h — what was recognised in an imported document,
 * checked and corrected before anything is stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "karta-import.h"
#include "karta-store.h"

G_BEGIN_DECLS

#define KARTA_TYPE_IMPORT_REVIEW (karta_import_review_get_type ())
G_DECLARE_FINAL_TYPE (KartaImportReview, karta_import_review, KARTA, IMPORT_REVIEW, AdwWindow)

GtkWindow               *karta_import_review_new (GtkWindow    *parent,
                                                  KartaStore   *store,
                                                  KartaRoadmap *roadmap,
                                                  const char   *file_name);
const KartaRoadmap      *karta_import_review_get_roadmap (KartaImportReview *self);
void                     karta_import_review_set_target (KartaImportReview  *self,
                                                         const KartaRoadmap *roadmap);
void                     karta_import_review_set_document (KartaImportReview   *self,
                                                           KartaImportDocument *document,
                                                           KartaImportLayout   *layout);
const KartaImportLayout *karta_import_review_get_layout (KartaImportReview *self);

G_END_DECLS
