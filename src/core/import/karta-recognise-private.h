/* karta-recognise-private.h — the parts of the recogniser, shared by its
 * files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-import.h"

G_BEGIN_DECLS

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
gboolean   karta_recognise_header_fits (const KartaField *fields,
                                        guint             n_columns);
guint      karta_recognise_find_header (const KartaTable *table,
                                        guint            *header_row,
                                        guint            *first_row,
                                        KartaField       *fields);
char      *karta_recognise_header_text (const KartaTable *table,
                                        guint             header_row,
                                        guint             first_row,
                                        guint             column);
void       karta_recognise_columns (const KartaTable *table,
                                    const KartaField *fields,
                                    guint             header_row,
                                    guint             first_row,
                                    KartaColumns     *columns);
void       karta_columns_clear (KartaColumns *columns);

/* karta-recognise-content.c */
void     karta_recognise_guess_fields (const KartaTable *table,
                                       guint             first_row,
                                       const gboolean   *open,
                                       KartaField       *fields);
guint    karta_recognise_guess_first_row (const KartaTable *table);
gboolean karta_recognise_is_header_repeat (const KartaTable   *table,
                                           guint               row,
                                           const KartaColumns *columns);

/* karta-recognise-context.c */
typedef enum
{
  KARTA_CONTEXT_NONE,
  KARTA_CONTEXT_GOAL,
  KARTA_CONTEXT_TASKS,
  KARTA_CONTEXT_INDICATORS,
  KARTA_CONTEXT_TEXT, /* «Актуализация», the risk analysis */
} KartaContext;

KartaContext karta_recognise_context_label (const char  *text,
                                            char       **label,
                                            const char **rest);
void         karta_recognise_add_context (KartaRoadmap *roadmap,
                                          KartaSection *section,
                                          KartaContext  kind,
                                          const char   *label,
                                          GPtrArray    *paragraphs);
gboolean     karta_recognise_context_row (const KartaTableRow *row,
                                          gboolean             before_plan,
                                          KartaRoadmap        *roadmap,
                                          KartaSection        *section);

/* karta-recognise-numbers.c */
void karta_recognise_number_activities (KartaRoadmap *roadmap);

/* karta-recognise-schools.c */
GPtrArray *karta_recognise_schools (const char *text,
                                    const char *default_kind);

/* karta-recognise-text.c: what the paragraphs around the table say */
void  karta_recognise_order (GPtrArray  *before,
                             KartaOrder *order);
void  karta_recognise_authority (GPtrArray  *before,
                                 int         kind_line,
                                 KartaOrder *order);
char *karta_recognise_issuer (const char *phrase);
void  karta_recognise_heading (const KartaImportDocument *document,
                               GPtrArray                 *above,
                               KartaRoadmap              *roadmap);
void  karta_recognise_glossary (const KartaImportDocument *document,
                                GPtrArray                 *glossary);

/* karta-recognise-appendix.c */
gboolean karta_recognise_school_list (const KartaTable *table,
                                      guint            *name_column,
                                      guint            *category_column);
void     karta_recognise_listed_schools (const KartaImportDocument *document,
                                         const KartaImportLayout   *layout,
                                         KartaRoadmap              *roadmap);

/* karta-recognise-risk.c */
void karta_recognise_stated_risks (const KartaImportDocument *document,
                                   GPtrArray                 *above,
                                   const KartaImportLayout   *layout,
                                   KartaRoadmap              *roadmap);

/* karta-recognise-period.c */
gboolean karta_recognise_period (GPtrArray    *above,
                                 KartaRoadmap *roadmap);
void     karta_recognise_settle_period (KartaRoadmap *roadmap);

/* karta-recognise-util.c */
char    *karta_recognise_casefold (const char *text);
int      karta_recognise_month (const char *word);
gboolean karta_recognise_has_prefix (const char *folded,
                                     const char *prefix);
char    *karta_recognise_strip_bullet (const char *text);
char    *karta_recognise_split_number (const char  *text,
                                       const char **rest);
char    *karta_recognise_capitalise (const char *text);
char    *karta_recognise_cell_line (const KartaTable *table,
                                    guint             row,
                                    guint             column);
gboolean karta_recognise_has_field (const KartaField *fields,
                                    guint             n_columns,
                                    KartaField        field);

G_END_DECLS
