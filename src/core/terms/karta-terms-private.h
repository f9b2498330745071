/* karta-terms-private.h — the pieces of the terms parser shared between its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "karta-schedule.h"

G_BEGIN_DECLS

typedef enum
{
  TERMS_TOK_END,
  TERMS_TOK_NUMBER, /* digits, or a Roman numeral (ndigits == 0) */
  TERMS_TOK_DATE,   /* d.m or d.m.y written with dots */
  TERMS_TOK_WORD,   /* letters, lower case, "ё" as "е" */
  TERMS_TOK_DASH,   /* any dash, hyphen or slash */
  TERMS_TOK_COMMA,
  TERMS_TOK_SEMI,
  TERMS_TOK_DOT,
  TERMS_TOK_COLON,
  TERMS_TOK_PAREN, /* a whole (…) group; word holds its inside */
  TERMS_TOK_OTHER,
} TermsTokKind;

typedef struct
{
  TermsTokKind kind;
  int          value;            /* NUMBER */
  int          ndigits;          /* NUMBER: 0 for Roman numerals */
  int          day, month, year; /* DATE: year 0 when not written */
  char        *word;             /* WORD, PAREN */
  gsize        start, end;       /* byte offsets into the text */
} TermsToken;

GArray *karta_terms_tokenize (const char *text,
                              gsize       start,
                              gsize       end);

int      karta_terms_word_month (const char *word);
int      karta_terms_word_ordinal (const char *word);
int      karta_terms_word_weekday (const char *word);
gboolean karta_terms_word_has_stem (const char        *word,
                                    const char *const *stems);
gboolean karta_terms_word_is_year (const char *word);

/* What the grammar (karta-terms-grammar.c) finds, before years are resolved
 * (karta-terms.c). A point is one written date of some unit; an item is one
 * point or a range of them, with what surrounds it. */
typedef enum
{
  TERMS_UNIT_BARE, /* a lone number waiting for "… сентября" to say what it is */
  TERMS_UNIT_DAY,
  TERMS_UNIT_DECADE,     /* n = 1–3: days 1–10, 11–20, 21–end */
  TERMS_UNIT_HALF_MONTH, /* n = 1–2: days 1–15, 16–end */
  TERMS_UNIT_WEEK,       /* n = 1–5: days 1–7, 8–14, …; 5 (and "последняя") the last seven */
  TERMS_UNIT_MONTH,
  TERMS_UNIT_QUARTER,
  TERMS_UNIT_SCHOOL_QUARTER, /* «четверть», n = 1–4 (karta-school-calendar.c) */
  TERMS_UNIT_HALF,
  TERMS_UNIT_YEAR,
  TERMS_UNIT_ACADEMIC, /* 1 September of year … 31 August of the next */
} TermsUnit;

typedef enum
{
  TERMS_YEAR_NONE,
  TERMS_YEAR_WRITTEN,
  TERMS_YEAR_INHERITED, /* from a neighbour: "май, октябрь 2022" */
} TermsYearSource;

typedef struct
{
  TermsUnit       unit;
  int             n; /* day, decade, half-month, quarter or half-year */
  int             month;
  int             year;
  TermsYearSource year_source;
  gboolean        school;      /* a half-year of the school year: I = Sept–Dec */
  int             school_year; /* written after it: «II полугодие 2023-2024 учебного года» */
  guint           tok_start, tok_end;
} TermsPoint;

typedef enum
{
  TERMS_ROLE_PLAIN,
  TERMS_ROLE_DEADLINE, /* "до …", "не позднее …" */
  TERMS_ROLE_FROM,     /* "с …" with no end */
} TermsRole;

typedef struct
{
  guint       first, last; /* indices into points */
  TermsRole   role;
  gboolean    by_end; /* the deadline includes the whole point */
  const char *label;  /* borrowed from a PAREN token or parser->labels */
  guint       tok_start, tok_end;
  KartaDay    start, end;
  gboolean    dropped;
} TermsItem;

typedef struct
{
  const char *text;
  GArray     *tokens; /* of TermsToken */
  guint       pos;
  GArray     *points; /* of TermsPoint */
  GArray     *items;  /* of TermsItem */
  GPtrArray  *labels; /* owns the labels of "для педагогов: …" groups */
  const char *group_label;
} TermsParser;

void karta_terms_parse_items (TermsParser *parser);

/* Phrases that give a kind without dates (karta-terms-rules.c). */
typedef enum
{
  TERMS_MARK_RECURRING = 1 << 0,
  TERMS_MARK_CONTINUOUS = 1 << 1,
  TERMS_MARK_ON_DEMAND = 1 << 2,
} TermsMarks;

TermsMarks karta_terms_find_marks (GArray *tokens);
void       karta_terms_add_occurrences (KartaSchedule     *schedule,
                                        GArray            *tokens,
                                        const KartaPeriod *period);

G_END_DECLS
