/* karta-terms-grammar.c — finds the dates written in a term
 *
 * The grammar, over the tokens of karta-terms-lexer.c:
 *
 *   item   := prefix? point ((DASH | "по" | "до") point)* PAREN?
 *   prefix := "с" | "начиная с" | "до" | "к" | "по" | "не позднее" | "в срок до"
 *           | ("до" | "к") "конца" | "в" | "в течение" | "на"
 *   point  := DATE year? | NUMBER month year? | ordinal-or-number unit month? year?
 *           | month year? | ("начало" | "середина" | "конец") month year?
 *           | YEAR ("-" YEAR "учебный год")? | NUMBER (a bare day, before a link)
 *   year   := YYYY ("г" "." | "года" | "гг" …)?
 *
 * Anything else is prose and skipped: plans wrap dates in sentences ("Январь-февраль.
 * В сроки, определенные планом…"). A parenthesis that does not label an item is
 * opened and read like the rest ("2 раза в год (май, октябрь)").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-terms"

#include "config.h"

#include <string.h>

#include "karta-terms-private.h"

static TermsToken *
tok_at (TermsParser *p,
        guint        i)
{
  return &g_array_index (p->tokens, TermsToken, MIN (i, p->tokens->len - 1));
}

static TermsToken *
tok (TermsParser *p)
{
  return tok_at (p, p->pos);
}

static const char *
word_at (TermsParser *p,
         guint        i)
{
  TermsToken *t = tok_at (p, i);

  return t->kind == TERMS_TOK_WORD ? t->word : NULL;
}

static gboolean
word_is (TermsParser       *p,
         guint              i,
         const char *const *words)
{
  const char *word = word_at (p, i);

  return word != NULL && g_strv_contains (words, word);
}

static gboolean
is_year_number (const TermsToken *t)
{
  return t->kind == TERMS_TOK_NUMBER && t->ndigits == 4 && t->value >= 1900 && t->value <= 2100;
}

/* "г.", "года", "гг." after a year; the dot of "г." is no sentence end. */
static void
skip_year_words (TermsParser *p)
{
  while (word_at (p, p->pos) && karta_terms_word_is_year (word_at (p, p->pos)))
    {
      p->pos++;
      if (tok (p)->kind == TERMS_TOK_DOT)
        p->pos++;
    }
}

/* "2023-2024 учебного года", "2023/24 уч. г.": returns the first year, or 0. */
static int
parse_school_year (TermsParser *p)
{
  static const char *const school[] = { "учеб", "уч", NULL };
  TermsToken              *first = tok (p), *second = tok_at (p, p->pos + 2);
  gboolean                 consecutive;

  if (!is_year_number (first) || tok_at (p, p->pos + 1)->kind != TERMS_TOK_DASH || second->kind != TERMS_TOK_NUMBER)
    return 0;
  consecutive = (second->ndigits == 4 && second->value == first->value + 1) || (second->ndigits == 2 && second->value == (first->value + 1) % 100);
  if (!consecutive || !karta_terms_word_has_stem (word_at (p, p->pos + 3), school))
    return 0;
  p->pos += 4;
  if (tok (p)->kind == TERMS_TOK_DOT)
    p->pos++;
  skip_year_words (p);
  return first->value;
}

/* "ноябрь, 2023": a year after a comma that ends the phrase. */
static gboolean
is_year_after_comma (TermsParser *p)
{
  static const char *const short_years[] = { "г", "года", "гг", NULL };
  TermsTokKind             after = tok_at (p, p->pos + 2)->kind;

  return tok (p)->kind == TERMS_TOK_COMMA && is_year_number (tok_at (p, p->pos + 1)) && (after == TERMS_TOK_END || after == TERMS_TOK_SEMI || after == TERMS_TOK_DOT || word_is (p, p->pos + 2, short_years));
}

static void
parse_year_suffix (TermsParser *p,
                   TermsPoint  *pt)
{
  if ((pt->school_year = parse_school_year (p)) != 0)
    {
      pt->year_source = TERMS_YEAR_WRITTEN;
      return;
    }
  if (is_year_after_comma (p))
    p->pos++;
  if (is_year_number (tok (p)))
    {
      pt->year = tok (p)->value;
      pt->year_source = TERMS_YEAR_WRITTEN;
      p->pos++;
    }
  skip_year_words (p);
}

/* Reads a month word at the cursor, with the dot of an abbreviation ("сент."). */
static int
parse_month (TermsParser *p)
{
  const char *word = word_at (p, p->pos);
  int         month = word ? karta_terms_word_month (word) : 0;

  if (month == 0)
    return 0;
  p->pos++;
  if (tok (p)->kind == TERMS_TOK_DOT && g_utf8_strlen (word, -1) <= 4)
    p->pos++;
  return month;
}

/* What may stand between a bare day and the date that completes it. */
static gboolean
is_link (TermsParser *p,
         guint        i)
{
  static const char *const words[] = { "и", "по", "до", "или", NULL };
  TermsTokKind             kind = tok_at (p, i)->kind;

  return kind == TERMS_TOK_DASH || kind == TERMS_TOK_COMMA || word_is (p, i, words);
}

static int
unit_max (TermsUnit unit)
{
  switch (unit)
    {
    case TERMS_UNIT_DECADE: return 3;
    case TERMS_UNIT_QUARTER:
    case TERMS_UNIT_SCHOOL_QUARTER: return 4;
    case TERMS_UNIT_WEEK: return 5;
    default: return 2;
    }
}

/* "декада", "неделя", "квартал", "четверть", "полугодие", "половина" after a number
 * or an ordinal. */
static gboolean
parse_unit_word (TermsParser *p,
                 TermsPoint  *pt,
                 int          n)
{
  static const char *const decade[] = { "декад", NULL };
  static const char *const quarter[] = { "квартал", NULL };
  static const char *const half[] = { "полугод", "семестр", NULL };
  static const char *const half_month[] = { "половин", NULL };
  static const char *const week[] = { "недел", NULL };
  static const char *const school_quarter[] = { "четверт", NULL };
  static const char *const school_words[] = { "учеб", NULL };
  const char              *word = word_at (p, p->pos);
  gboolean                 needs_month = FALSE;

  if (word == NULL)
    return FALSE;
  if (karta_terms_word_has_stem (word, decade))
    pt->unit = TERMS_UNIT_DECADE, needs_month = TRUE;
  else if (karta_terms_word_has_stem (word, half_month))
    pt->unit = TERMS_UNIT_HALF_MONTH, needs_month = TRUE;
  else if (karta_terms_word_has_stem (word, week))
    pt->unit = TERMS_UNIT_WEEK, needs_month = TRUE;
  else if (karta_terms_word_has_stem (word, school_quarter) && karta_terms_word_ordinal (word) == 0)
    pt->unit = TERMS_UNIT_SCHOOL_QUARTER;
  else if (karta_terms_word_has_stem (word, quarter) || g_str_equal (word, "кв"))
    pt->unit = TERMS_UNIT_QUARTER;
  else if (karta_terms_word_has_stem (word, half))
    pt->unit = TERMS_UNIT_HALF, pt->school = TRUE;
  else
    return FALSE;
  p->pos++;
  if (tok (p)->kind == TERMS_TOK_DOT && g_str_equal (word, "кв"))
    p->pos++;
  pt->n = n < 0 ? unit_max (pt->unit) : n;
  /* "первая половина 2024 года", "вторая половина учебного года": a half-year */
  if (pt->unit == TERMS_UNIT_HALF_MONTH && is_year_number (tok (p)))
    pt->unit = TERMS_UNIT_HALF, needs_month = FALSE;
  else if (pt->unit == TERMS_UNIT_HALF_MONTH && karta_terms_word_has_stem (word_at (p, p->pos), school_words) &&
           karta_terms_word_is_year (word_at (p, p->pos + 1)))
    {
      pt->unit = TERMS_UNIT_HALF, pt->school = TRUE;
      p->pos += 2;
      return TRUE;
    }
  if (needs_month && (pt->month = parse_month (p)) == 0)
    return FALSE;
  parse_year_suffix (p, pt);
  return TRUE;
}

/* "2022 год", "2022-2023 учебный год", "2022/2023 уч. г." */
static gboolean
parse_year_point (TermsParser *p,
                  TermsPoint  *pt)
{
  int year;

  if (!is_year_number (tok (p)))
    return FALSE;
  pt->year_source = TERMS_YEAR_WRITTEN;
  if ((year = parse_school_year (p)) != 0)
    {
      pt->unit = TERMS_UNIT_ACADEMIC;
      pt->year = year;
      return TRUE;
    }
  pt->unit = TERMS_UNIT_YEAR;
  pt->year = tok (p)->value;
  p->pos++;
  skip_year_words (p);
  return TRUE;
}

static gboolean
parse_number_point (TermsParser *p,
                    TermsPoint  *pt)
{
  TermsToken *t = tok (p);
  int         n = t->value;

  if (t->ndigits == 4)
    return parse_year_point (p, pt);
  if (t->ndigits > 2)
    return FALSE;
  p->pos++;
  if (t->ndigits > 0 && (pt->month = parse_month (p)) != 0)
    {
      pt->unit = TERMS_UNIT_DAY;
      pt->n = n;
      parse_year_suffix (p, pt);
      return TRUE;
    }
  if (parse_unit_word (p, pt, n))
    return TRUE;
  pt->unit = TERMS_UNIT_BARE;
  pt->n = n;
  return n > 0 && is_link (p, p->pos);
}

/* "начало", "середина", "конец" of a month: the plans' loose decades. */
static int
part_of_month (const char *word)
{
  static const char *const parts[] = { "начал", "середин", "конц", "конец", NULL };

  for (int i = 0; parts[i]; i++)
    if (g_str_has_prefix (word, parts[i]))
      return MIN (i + 1, 3);
  return 0;
}

static gboolean
parse_word_point (TermsParser *p,
                  TermsPoint  *pt)
{
  const char *word = word_at (p, p->pos);
  int         n;

  if ((pt->month = parse_month (p)) != 0)
    {
      pt->unit = TERMS_UNIT_MONTH;
      parse_year_suffix (p, pt);
      return TRUE;
    }
  if ((n = karta_terms_word_ordinal (word)) != 0)
    {
      p->pos++;
      if (parse_unit_word (p, pt, n))
        return TRUE;
      pt->unit = TERMS_UNIT_BARE;
      pt->n = n;
      return n > 0 && is_link (p, p->pos);
    }
  if ((n = part_of_month (word)) != 0)
    {
      p->pos++;
      pt->unit = TERMS_UNIT_DECADE;
      pt->n = n;
      if ((pt->month = parse_month (p)) == 0)
        return FALSE;
      parse_year_suffix (p, pt);
      return TRUE;
    }
  return FALSE;
}

static gboolean
parse_point (TermsParser *p,
             TermsPoint  *pt)
{
  guint       start = p->pos;
  TermsToken *t = tok (p);
  gboolean    ok = FALSE;

  memset (pt, 0, sizeof *pt);
  if (t->kind == TERMS_TOK_DATE)
    {
      pt->unit = TERMS_UNIT_DAY;
      pt->n = t->day;
      pt->month = t->month;
      pt->year = t->year;
      pt->year_source = t->year ? TERMS_YEAR_WRITTEN : TERMS_YEAR_NONE;
      p->pos++;
      /* "01.09." : the closing dot belongs to the date */
      if (tok (p)->kind == TERMS_TOK_DOT && tok (p)->start == t->end)
        p->pos++;
      parse_year_suffix (p, pt);
      ok = TRUE;
    }
  else if (t->kind == TERMS_TOK_NUMBER)
    ok = parse_number_point (p, pt);
  else if (t->kind == TERMS_TOK_WORD)
    ok = parse_word_point (p, pt);
  if (!ok)
    p->pos = start;
  pt->tok_start = start;
  pt->tok_end = p->pos;
  return ok;
}

static gboolean
match (TermsParser *p,
       const char  *first,
       const char  *second)
{
  const char *a = word_at (p, p->pos), *b = word_at (p, p->pos + 1);

  if (g_strcmp0 (a, first) != 0 || (second && g_strcmp0 (b, second) != 0))
    return FALSE;
  p->pos += second ? 2 : 1;
  return TRUE;
}

/* The words before a date that say what it means. */
static TermsRole
parse_prefix (TermsParser *p,
              gboolean    *by_end)
{
  static const char *const end[] = { "конца", "концу", "окончания", NULL };

  *by_end = FALSE;
  if (match (p, "начиная", "с") || match (p, "с", NULL) || match (p, "со", NULL))
    return TERMS_ROLE_FROM;
  if (match (p, "не", "позднее") || match (p, "не", "позже"))
    return *by_end = TRUE, TERMS_ROLE_DEADLINE;
  if (match (p, "в", "срок") || match (p, "до", NULL) || match (p, "к", NULL) || match (p, "по", NULL))
    {
      match (p, "до", NULL);
      if (word_is (p, p->pos, end))
        *by_end = TRUE, p->pos++;
      return TERMS_ROLE_DEADLINE;
    }
  if (!match (p, "в", "течение"))
    if (!match (p, "в", NULL) && !match (p, "во", NULL))
      match (p, "на", NULL);
  return TERMS_ROLE_PLAIN;
}

/* "до конца года", "до конца учебного года": a year known only from the period. */
static gboolean
parse_end_of_year (TermsParser *p,
                   TermsPoint  *pt)
{
  static const char *const adjectives[] = { "текущего", "календарного", "этого", NULL };
  guint                    start = p->pos;

  memset (pt, 0, sizeof *pt);
  pt->unit = TERMS_UNIT_YEAR;
  if (match (p, "учебного", NULL))
    pt->unit = TERMS_UNIT_ACADEMIC;
  else if (word_is (p, p->pos, adjectives))
    p->pos++;
  if (!karta_terms_word_is_year (word_at (p, p->pos)))
    {
      p->pos = start;
      return FALSE;
    }
  p->pos++;
  pt->tok_start = start;
  pt->tok_end = p->pos;
  return TRUE;
}

static guint
add_point (TermsParser      *p,
           const TermsPoint *pt)
{
  g_array_append_val (p->points, *pt);
  return p->points->len - 1;
}

static gboolean
is_date_near (TermsParser *p,
              guint        i,
              int          step)
{
  if (tok_at (p, i)->kind == TERMS_TOK_DOT)
    i += step;
  return i < p->tokens->len && tok_at (p, i)->kind == TERMS_TOK_DATE;
}

/* "01.09. 31.10", "11.10 01.11 2023 года": two dates side by side and no third
 * are a range; "10.10 17.10 24.10" is a list. */
static gboolean
is_date_pair (TermsParser      *p,
              const TermsPoint *first)
{
  return tok_at (p, first->tok_start)->kind == TERMS_TOK_DATE && tok (p)->kind == TERMS_TOK_DATE && (first->tok_start == 0 || !is_date_near (p, first->tok_start - 1, -1)) && !is_date_near (p, p->pos + 1, 1);
}

static gboolean
parse_connector (TermsParser      *p,
                 TermsRole         role,
                 const TermsPoint *first)
{
  if (tok (p)->kind == TERMS_TOK_DASH)
    return p->pos++, TRUE;
  if (role == TERMS_ROLE_PLAIN && first != NULL && is_date_pair (p, first))
    return TRUE;
  if (role == TERMS_ROLE_FROM)
    return match (p, "по", NULL) || match (p, "до", NULL);
  return FALSE;
}

static gboolean
parse_item (TermsParser *p)
{
  TermsItem  item = { 0 };
  TermsPoint pt;

  item.tok_start = p->pos;
  item.role = parse_prefix (p, &item.by_end);
  if (!(item.by_end && parse_end_of_year (p, &pt)) && !parse_point (p, &pt))
    {
      p->pos = item.tok_start;
      return FALSE;
    }
  item.first = item.last = add_point (p, &pt);
  for (;;)
    {
      guint             save = p->pos;
      const TermsPoint *first = item.first == item.last ? &g_array_index (p->points, TermsPoint, item.first) : NULL;
      if (!parse_connector (p, item.role, first) || !parse_point (p, &pt))
        {
          p->pos = save;
          break;
        }
      item.last = add_point (p, &pt);
      if (item.role == TERMS_ROLE_FROM)
        item.role = TERMS_ROLE_PLAIN;
    }
  item.tok_end = p->pos;
  item.label = p->group_label;
  if (tok (p)->kind == TERMS_TOK_PAREN)
    {
      if (*tok (p)->word)
        item.label = tok (p)->word;
      p->pos++;
    }
  g_array_append_val (p->items, item);
  return TRUE;
}

static gboolean
starts_point (TermsParser *p,
              guint        i)
{
  guint      save = p->pos;
  TermsPoint pt;
  gboolean   found;

  p->pos = i;
  found = parse_point (p, &pt);
  p->pos = save;
  return found;
}

/* "для педагогов: …; для руководителей …": a label over the items that follow it,
 * up to the next ";". Up to eight words, ended by ":", a dash or a date. */
static gboolean
parse_group_label (TermsParser *p)
{
  guint        start = p->pos + 1, end;
  TermsTokKind kind = TERMS_TOK_END;
  char        *label;

  if (g_strcmp0 (word_at (p, p->pos), "для") != 0)
    return FALSE;
  for (end = start; end < start + 8; end++)
    {
      kind = tok_at (p, end)->kind;
      if (kind == TERMS_TOK_COLON || kind == TERMS_TOK_DASH || kind == TERMS_TOK_SEMI || kind == TERMS_TOK_END || kind == TERMS_TOK_PAREN || (end > start && starts_point (p, end)))
        break;
    }
  if (end == start || kind == TERMS_TOK_SEMI || kind == TERMS_TOK_END || kind == TERMS_TOK_PAREN || end == start + 8)
    return FALSE;
  label = g_strndup (p->text + tok_at (p, start)->start, tok_at (p, end - 1)->end - tok_at (p, start)->start);
  g_ptr_array_add (p->labels, label);
  p->group_label = label;
  p->pos = kind == TERMS_TOK_COLON || kind == TERMS_TOK_DASH ? end + 1 : end;
  return TRUE;
}

/* Replaces the PAREN token at the cursor by the tokens inside it. */
static void
open_paren (TermsParser *p)
{
  TermsToken *t = tok (p);
  gsize       inner_end = t->end > t->start + 1 && p->text[t->end - 1] == ')' ? t->end - 1 : t->end;
  GArray     *inner = karta_terms_tokenize (p->text, t->start + 1, inner_end);
  guint       pos = p->pos;

  g_array_remove_index (p->tokens, pos);
  /* The word strings move to p->tokens; the END token has none. */
  g_array_insert_vals (p->tokens, pos, inner->data, inner->len - 1);
  g_array_set_clear_func (inner, NULL);
  g_array_unref (inner);
}

/**
 * karta_terms_parse_items:
 *
 * Fills parser->points and parser->items from parser->tokens, years unresolved.
 */
void
karta_terms_parse_items (TermsParser *p)
{
  p->pos = 0;
  while (tok (p)->kind != TERMS_TOK_END)
    {
      if (tok (p)->kind == TERMS_TOK_SEMI)
        p->group_label = NULL;
      if (parse_group_label (p) || parse_item (p))
        continue;
      if (tok (p)->kind == TERMS_TOK_PAREN)
        open_paren (p);
      else
        p->pos++;
    }
}
