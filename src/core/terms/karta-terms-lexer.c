/* karta-terms-lexer.c — splits a term ("Сроки") into tokens and names its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-terms"

#include "config.h"

#include <string.h>

#include "karta-terms-private.h"

/* Numbers longer than this are no dates; capping them keeps int arithmetic safe. */
#define MAX_DIGITS 6

typedef struct
{
  const char *text;
  gsize       pos;
  gsize       end;
  GArray     *tokens;
} Lexer;

static gunichar
peek (const Lexer *lx,
      gsize        pos)
{
  if (pos >= lx->end)
    return 0;
  return g_utf8_get_char (lx->text + pos);
}

static gsize
next (const Lexer *lx,
      gsize        pos)
{
  return g_utf8_next_char (lx->text + pos) - lx->text;
}

static void
emit (Lexer       *lx,
      TermsTokKind kind,
      gsize        start,
      gsize        end)
{
  TermsToken token = { 0 };

  token.kind = kind;
  token.start = start;
  token.end = end;
  g_array_append_val (lx->tokens, token);
}

static TermsToken *
last_token (Lexer *lx)
{
  return &g_array_index (lx->tokens, TermsToken, lx->tokens->len - 1);
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == '/' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static gsize
read_digits (const Lexer *lx,
             gsize        pos,
             int         *value,
             int         *ndigits)
{
  *value = 0;
  *ndigits = 0;
  while (pos < lx->end && g_ascii_isdigit (lx->text[pos]))
    {
      if (*ndigits < MAX_DIGITS)
        *value = *value * 10 + (lx->text[pos] - '0');
      (*ndigits)++;
      pos++;
    }
  return pos;
}

/* "1-я", "15-го": the ending says the number is an ordinal, not a range. */
static gsize
skip_ordinal_suffix (const Lexer *lx,
                     gsize        pos)
{
  static const char *const endings[] = { "й", "я", "е", "го", "ое", "ая", "ый", "ой", "ий", "ья", "х", "ых", NULL };
  gsize                    p, letters = 0;

  if (pos >= lx->end || lx->text[pos] != '-')
    return pos;
  for (p = pos + 1; p < lx->end && g_unichar_isalpha (peek (lx, p)); p = next (lx, p))
    letters++;
  if (letters == 0 || letters > 2)
    return pos;
  for (guint i = 0; endings[i]; i++)
    if (p - pos - 1 == strlen (endings[i]) && strncmp (lx->text + pos + 1, endings[i], p - pos - 1) == 0)
      return p;
  return pos;
}

/* d.m[.y]: the year has two or four digits. A d.m pair only counts when it could be a
 * date, so that "п. 3.15" stays prose; with a year it always counts, so that
 * "31.13.2022" is caught as impossible instead of ignored. */
static gboolean
lex_date (Lexer *lx,
          gsize  start,
          int    day,
          int    nday,
          gsize  pos)
{
  int   month, nmonth, year = 0, nyear = 0;
  gsize p;

  if (nday > 2 || pos + 1 >= lx->end || lx->text[pos] != '.' || !g_ascii_isdigit (lx->text[pos + 1]))
    return FALSE;
  p = read_digits (lx, pos + 1, &month, &nmonth);
  if (nmonth > 2)
    return FALSE;
  if (p + 1 < lx->end && lx->text[p] == '.' && g_ascii_isdigit (lx->text[p + 1]))
    {
      gsize q = read_digits (lx, p + 1, &year, &nyear);
      if (nyear == 2 || nyear == 4)
        p = q;
      else
        nyear = 0;
    }
  if (nyear == 0 && (month < 1 || month > 12 || day < 1 || day > 31))
    return FALSE;
  emit (lx, TERMS_TOK_DATE, start, p);
  last_token (lx)->day = day;
  last_token (lx)->month = month;
  last_token (lx)->year = nyear == 2 ? 2000 + year : (nyear == 4 ? year : 0);
  lx->pos = p;
  return TRUE;
}

static void
lex_number (Lexer *lx)
{
  gsize start = lx->pos;
  int   value, ndigits;
  gsize pos = read_digits (lx, start, &value, &ndigits);

  if (lex_date (lx, start, value, ndigits, pos))
    return;
  pos = skip_ordinal_suffix (lx, pos);
  emit (lx, TERMS_TOK_NUMBER, start, pos);
  last_token (lx)->value = value;
  last_token (lx)->ndigits = ndigits;
  lx->pos = pos;
}

static int
roman_value (const char *word)
{
  static const char *const numerals[] = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", NULL };

  for (int i = 0; numerals[i]; i++)
    if (g_str_equal (word, numerals[i]))
      return i + 1;
  return 0;
}

static char *
normalise_word (const char *text,
                gsize       len)
{
  g_autofree char *lower = g_utf8_strdown (text, len);
  GString         *out = g_string_sized_new (len);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, c == 0x0451 ? 0x0435 : c); /* ё → е */
    }
  return g_string_free (out, FALSE);
}

static void
lex_word (Lexer *lx)
{
  gsize start = lx->pos, pos = start;
  char *word;
  int   roman;

  while (pos < lx->end && g_unichar_isalpha (peek (lx, pos)))
    pos = next (lx, pos);
  word = normalise_word (lx->text + start, pos - start);
  roman = roman_value (word);
  if (roman > 0)
    {
      g_free (word);
      emit (lx, TERMS_TOK_NUMBER, start, pos);
      last_token (lx)->value = roman;
    }
  else
    {
      emit (lx, TERMS_TOK_WORD, start, pos);
      last_token (lx)->word = word;
    }
  lx->pos = pos;
}

/* A parenthesised group is one token: school names inside carry commas, semicolons
 * and numbers that must not be read as part of the term. */
static void
lex_paren (Lexer *lx)
{
  gsize start = lx->pos, pos = start + 1, inner_end;
  int   depth = 1;

  while (pos < lx->end && depth > 0)
    {
      if (lx->text[pos] == '(')
        depth++;
      else if (lx->text[pos] == ')')
        depth--;
      pos++;
    }
  inner_end = depth == 0 ? pos - 1 : pos;
  emit (lx, TERMS_TOK_PAREN, start, pos);
  last_token (lx)->word = g_strstrip (g_strndup (lx->text + start + 1, inner_end - start - 1));
  lx->pos = pos;
}

static TermsTokKind
punctuation_kind (gunichar c)
{
  switch (c)
    {
    case ',': return TERMS_TOK_COMMA;
    case ';': return TERMS_TOK_SEMI;
    case '.':
    case 0x2026: return TERMS_TOK_DOT;
    case ':': return TERMS_TOK_COLON;
    default: return is_dash (c) ? TERMS_TOK_DASH : TERMS_TOK_OTHER;
    }
}

static void
token_clear (gpointer data)
{
  g_clear_pointer (&((TermsToken *) data)->word, g_free);
}

/**
 * karta_terms_tokenize:
 * @text: valid UTF-8
 * @start: where to begin, in bytes
 * @end: where to stop, in bytes
 *
 * Returns: (transfer full): the tokens of text[start..end), closed by an END token.
 */
GArray *
karta_terms_tokenize (const char *text,
                      gsize       start,
                      gsize       end)
{
  Lexer lx = { text, start, end, g_array_new (FALSE, TRUE, sizeof (TermsToken)) };

  g_array_set_clear_func (lx.tokens, token_clear);
  while (lx.pos < lx.end)
    {
      gunichar c = peek (&lx, lx.pos);

      if (g_unichar_isspace (c) || c == 0xA0 || c == 0x202F)
        lx.pos = next (&lx, lx.pos);
      else if (c < 0x80 && g_ascii_isdigit (c))
        lex_number (&lx);
      else if (g_unichar_isalpha (c))
        lex_word (&lx);
      else if (c == '(')
        lex_paren (&lx);
      else
        {
          gsize after = next (&lx, lx.pos);
          emit (&lx, punctuation_kind (c), lx.pos, after);
          lx.pos = after;
        }
    }
  emit (&lx, TERMS_TOK_END, end, end);
  return lx.tokens;
}

/* A stem matches when the word adds at most max_tail letters: "январ" fits "январе"
 * and "январем" but not "январский". */
static gboolean
has_stem (const char *word,
          const char *stem,
          glong       max_tail)
{
  return g_str_has_prefix (word, stem) && g_utf8_strlen (word + strlen (stem), -1) <= max_tail;
}

/**
 * karta_terms_word_month:
 *
 * Returns: 1–12 for a month name in any case or a usual abbreviation, else 0.
 */
int
karta_terms_word_month (const char *word)
{
  static const char *const stems[] = { "январ", "феврал", "март", "апрел", "", "июн", "июл",
                                       "август", "сентябр", "октябр", "ноябр", "декабр" };
  static const char *const may[] = { "май", "мая", "мае", "маю", "маем", NULL };
  static const struct
  {
    const char *word;
    int         month;
  } abbreviations[] = {
    { "янв", 1 },
    { "фев", 2 },
    { "февр", 2 },
    { "мар", 3 },
    { "апр", 4 },
    { "авг", 8 },
    { "сен", 9 },
    { "сент", 9 },
    { "окт", 10 },
    { "ноя", 11 },
    { "нояб", 11 },
    { "дек", 12 },
  };

  for (int i = 0; i < 12; i++)
    if (*stems[i] && has_stem (word, stems[i], 2))
      return i + 1;
  if (g_strv_contains (may, word))
    return 5;
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (g_str_equal (word, abbreviations[i].word))
      return abbreviations[i].month;
  return 0;
}

/**
 * karta_terms_word_ordinal:
 *
 * Returns: 1–4 for "первый" … "четвертый" in any gender and case, -1 for
 *   "последний", else 0. "четверть" (a school term) is no ordinal.
 */
int
karta_terms_word_ordinal (const char *word)
{
  static const char *const stems[] = { "перв", "втор", "трет", "четверт" };
  static const char *const endings[] = { "ый", "ая", "ое", "ого", "ой", "ую", "ом", "ому", "ые", "ых",
                                         "ий", "ья", "ье", "ьего", "ьей", "ью", "ьим", NULL };

  for (int i = 0; i < 4; i++)
    if (g_str_has_prefix (word, stems[i]) && g_strv_contains (endings, word + strlen (stems[i])))
      return i + 1;
  if (g_str_has_prefix (word, "последн"))
    return -1;
  return 0;
}

/**
 * karta_terms_word_weekday:
 *
 * Returns: a #GDateWeekday (Monday = 1) for a weekday in any case, else 0.
 */
int
karta_terms_word_weekday (const char *word)
{
  static const char *const stems[] = { "понедельник", "вторник", "", "четверг",
                                       "пятниц", "суббот", "воскресень" };
  /* "сред" also starts "средний", "средства", "среди": list the weekday's forms. */
  static const char *const wednesday[] = { "среда", "среды", "среду", "средам", "средой", "средами", NULL };

  if (g_strv_contains (wednesday, word))
    return G_DATE_WEDNESDAY;
  for (int i = 0; i < 7; i++)
    if (*stems[i] && has_stem (word, stems[i], 3))
      return i + 1;
  return 0;
}

gboolean
karta_terms_word_has_stem (const char        *word,
                           const char *const *stems)
{
  for (guint i = 0; word && stems[i]; i++)
    if (g_str_has_prefix (word, stems[i]))
      return TRUE;
  return FALSE;
}

gboolean
karta_terms_word_is_year (const char *word)
{
  static const char *const words[] = { "г", "гг", "год", "года", "году", "годом", "годы", "годов", "годах", NULL };

  return word != NULL && g_strv_contains (words, word);
}
