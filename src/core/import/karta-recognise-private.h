/* karta-recognise-private.h — the parts of the recogniser, shared by its
 * files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-import.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_FIELD_NONE,
  KARTA_FIELD_NUMBER,
  KARTA_FIELD_TITLE,
  KARTA_FIELD_TERM,
  KARTA_FIELD_RESPONSIBLE,
  KARTA_FIELD_EXECUTORS,
  KARTA_FIELD_PARTICIPANTS,
  KARTA_FIELD_RESULT,
  KARTA_FIELD_EVIDENCE,
  KARTA_FIELD_DIRECTION,
  KARTA_N_FIELDS
} KartaField;

/* What each grid column of a table holds. */
typedef struct
{
  KartaField *fields;       /* n_columns of them */
  char      **school_kinds; /* per column: a school kind its header names
                                 * ("ГБОУ"), for cells that give only numbers */
  guint       n_columns;
  guint       first_body_row; /* the row after the header */
  GPtrArray  *header_texts;   /* of char*: the last header row's cell texts,
                                 * to know the header repeated on a new page */
} KartaColumns;

/* karta-recognise-header.c */
KartaField karta_recognise_match_header (const char *text);
gboolean   karta_recognise_columns (const KartaTable *table,
                                    KartaColumns     *columns);
void       karta_columns_clear (KartaColumns *columns);
gboolean   karta_recognise_is_header_repeat (const KartaTable   *table,
                                             guint               row,
                                             const KartaColumns *columns);

/* karta-recognise-schools.c */
GPtrArray *karta_recognise_schools (const char *text,
                                    const char *default_kind);

/* karta-recognise-text.c: what the paragraphs around the table say */
void karta_recognise_order (GPtrArray  *before,
                            KartaOrder *order);
void karta_recognise_authority (GPtrArray  *before,
                                int         kind_line,
                                KartaOrder *order);
void karta_recognise_heading (const KartaImportDocument *document,
                              KartaRoadmap              *roadmap);
void karta_recognise_glossary (const KartaImportDocument *document,
                               GPtrArray                 *glossary);
void karta_recognise_period (const KartaImportDocument *document,
                             KartaRoadmap              *roadmap);

/* karta-recognise-util.c */
char    *karta_recognise_casefold (const char *text);
gboolean karta_recognise_has_prefix (const char *folded,
                                     const char *prefix);
char    *karta_recognise_strip_bullet (const char *text);
char    *karta_recognise_split_number (const char  *text,
                                       const char **rest);
char    *karta_recognise_capitalise (const char *text);

G_END_DECLS
