/* karta-import.h — roadmaps from the documents offices already have
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "karta-model.h"
#include "karta-table.h"

G_BEGIN_DECLS

/* Reading a file into the table model (karta-import-docx.c, -odt.c,
 * -html.c, -tsv.c); the kind is found from the content, not the name. */
KartaImportDocument *karta_import_read_file (const char *path,
                                             GError    **error);
KartaImportDocument *karta_import_read_docx (const char *path,
                                             GError    **error);
KartaImportDocument *karta_import_read_odt (const char *path,
                                            GError    **error);
KartaImportDocument *karta_import_read_html (const char *file_name,
                                             const char *data,
                                             gsize       length,
                                             GError    **error);
KartaImportDocument *karta_import_read_tsv (const char *file_name,
                                            const char *data,
                                            gsize       length,
                                            GError    **error);

/* What a column of the plan's table holds */
typedef enum
{
  KARTA_FIELD_NONE, /* ignored */
  KARTA_FIELD_NUMBER,
  KARTA_FIELD_TITLE,
  KARTA_FIELD_TERM,
  KARTA_FIELD_START, /* a term split in two columns: «начало» */
  KARTA_FIELD_END,   /* … and «окончание» */
  KARTA_FIELD_RESPONSIBLE,
  KARTA_FIELD_EXECUTORS,
  KARTA_FIELD_PARTICIPANTS,
  KARTA_FIELD_RESULT,
  KARTA_FIELD_EVIDENCE,
  KARTA_FIELD_DIRECTION,
  KARTA_FIELD_STATUS, /* «Отметка о выполнении», kept as the activity's notes */
  KARTA_N_FIELDS
} KartaField;

const char *karta_field_describe (KartaField field);
const char *karta_field_to_string (KartaField field);
gboolean    karta_field_from_string (const char *text,
                                     KartaField *field);

/* Where the plan is in a document and what each of its columns holds:
 * found by the recogniser (karta-recognise-layout.c), then maybe changed
 * by the user in the review. */
typedef struct
{
  guint       table;      /* the plan's (first) table in the document */
  guint       header_row; /* where its header starts */
  guint       first_row;  /* the first row of the plan, after the header */
  guint       n_columns;
  KartaField *fields;     /* n_columns of them */
  char      **headers;    /* n_columns header texts ("" for none), NULL-terminated */
  gboolean    recognised; /* FALSE: no header was recognised, the fields are
                           * guessed from the cells for the user to check */
} KartaImportLayout;

KartaImportLayout *karta_import_find_layout (const KartaImportDocument *document,
                                             GError                   **error);
KartaImportLayout *karta_import_find_layout_in_table (const KartaImportDocument *document,
                                                      guint                      index,
                                                      GError                   **error);
KartaImportLayout *karta_import_layout_copy (const KartaImportLayout *layout);
void               karta_import_layout_free (KartaImportLayout *layout);
char              *karta_import_layout_get_key (const KartaImportLayout *layout);
char              *karta_import_layout_fields_to_string (const KartaImportLayout *layout);
gboolean           karta_import_layout_set_fields_from_string (KartaImportLayout *layout,
                                                               const char        *text);
gboolean           karta_import_layout_set_first_row (KartaImportLayout         *layout,
                                                      const KartaImportDocument *document,
                                                      guint                      first_row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartaImportLayout, karta_import_layout_free)

/* Recognising a roadmap in it (karta-recognise*.c). @period may be NULL:
 * it is then found in the text ("в 2022 году", "2023-2024 учебный год").
 * karta_import_recognise() finds the layout itself. */
KartaRoadmap *karta_import_recognise (const KartaImportDocument *document,
                                      const KartaPeriod         *period,
                                      GError                   **error);
KartaRoadmap *karta_import_recognise_with (const KartaImportDocument *document,
                                           const KartaPeriod         *period,
                                           const KartaImportLayout   *layout,
                                           GError                   **error);

G_END_DECLS
