/* karta-terms-rules.c — terms that name no dates: "постоянно", "ежемесячно",
 * "по необходимости", and the recurring days that can be counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-terms"

#include "config.h"

#include <string.h>

#include "karta-terms-private.h"

/* "1 и 3 понедельника каждого месяца" over a long custom period is bounded here,
 * so that a stray period cannot make a term cost megabytes. */
#define MAX_OCCURRENCES 5000

static const char *
word_of (GArray *tokens,
         guint   i)
{
  TermsToken *t;

  if (i >= tokens->len)
    return NULL;
  t = &g_array_index (tokens, TermsToken, i);
  return t->kind == TERMS_TOK_WORD ? t->word : NULL;
}

static gboolean
is_one_of (const char        *word,
           const char *const *words)
{
  return word != NULL && g_strv_contains (words, word);
}

/* "1 и 3 понедельника", "последняя пятница": weekdays counted within a month. */
static gboolean
counts_weekday (GArray *tokens,
                guint   i)
{
  TermsToken *t = &g_array_index (tokens, TermsToken, i);

  return t->kind == TERMS_TOK_NUMBER || (t->kind == TERMS_TOK_WORD && karta_terms_word_ordinal (t->word));
}

static TermsMarks
marks_of_word (GArray *tokens,
               guint   i)
{
  static const char *const recurring[] = { "ежемесяч", "еженедел", "ежекварт", "ежечетверт", "ежегод", "ежеднев",
                                           "ежедекад", "ежесемест", "кажд", "периодичн", "дважды",
                                           "трижды", NULL };
  static const char *const times[] = { "раз", "раза", NULL };
  static const char *const at_least[] = { "реже", "менее", NULL };
  static const char *const continuous[] = { "постоянн", "круглогодич", "систематическ", "регулярн",
                                            "непрерывн", NULL };
  static const char *const during[] = { "течение", "течении", "протяжении", NULL };
  static const char *const month_word[] = { "месяца", "каждого", NULL };
  static const char *const each_unit[] = { "четвертям", "месяцам", "кварталам", "полугодиям", "неделям", NULL };
  static const char *const whole[] = { "весь", "всего", NULL };
  static const char *const on_demand[] = { "необходим", "запрос", "график", "заявк", "требовани",
                                           "согласовани", "отдельн", "поступлени", "установленн",
                                           "определенн", NULL };
  static const char *const whole_of[] = { "период", "учеб", "уч", "год", NULL };
  static const char *const after_event[] = { "итогам", "результатам", "окончании", "завершении", NULL };
  const char              *word = word_of (tokens, i), *next = word_of (tokens, i + 1);

  if (word == NULL)
    return 0;
  if (karta_terms_word_weekday (word) && i > 0 && counts_weekday (tokens, i - 1))
    return TERMS_MARK_RECURRING;
  if (karta_terms_word_has_stem (word, recurring) || (is_one_of (word, times) && g_strcmp0 (next, "в") == 0) || (g_str_equal (word, "не") && is_one_of (next, at_least)) || (g_str_equal (word, "по") && next && karta_terms_word_weekday (next)) || (g_str_equal (word, "числа") && is_one_of (next, month_word)) || (g_str_equal (word, "по") && is_one_of (next, each_unit)))
    return TERMS_MARK_RECURRING;
  if (karta_terms_word_has_stem (word, continuous) || (is_one_of (word, during) && !(next != NULL && karta_terms_word_month (next))) || (is_one_of (word, whole) && karta_terms_word_has_stem (next, whole_of)))
    return TERMS_MARK_CONTINUOUS;
  /* "в течение месяца после получения результатов", "по итогам ВПР":
   * the date hangs on an event, not on the calendar */
  if (karta_terms_word_has_stem (word, on_demand) || (g_str_equal (word, "мере") && g_strcmp0 (next, "поступления") == 0) || g_str_equal (word, "после") || (g_str_equal (word, "по") && g_str_has_prefix (next ? next : "", "план")) || (g_str_equal (word, "по") && is_one_of (next, after_event)))
    return TERMS_MARK_ON_DEMAND;
  return 0;
}

/**
 * karta_terms_find_marks:
 * @tokens: the term's tokens, parentheses not opened
 *
 * What is said outside parentheses comes first: "В течение года (по плану)" is
 * continuous; a rhythm in them makes it recurring, "В течение всего периода
 * (ежемесячно)". A term said only in parentheses, "(по необходимости)", is read
 * inside them.
 *
 * Returns: the phrases found that give a term its kind when it names no dates.
 */
TermsMarks
karta_terms_find_marks (GArray *tokens)
{
  TermsMarks outside = 0, inside = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      TermsToken *t = &g_array_index (tokens, TermsToken, i);

      outside |= marks_of_word (tokens, i);
      if (t->kind == TERMS_TOK_PAREN && t->word != NULL)
        {
          GArray *inner = karta_terms_tokenize (t->word, 0, strlen (t->word));
          inside |= karta_terms_find_marks (inner);
          g_array_unref (inner);
        }
    }
  return outside != 0 ? outside | (inside & TERMS_MARK_RECURRING) : inside;
}

static void
add_day (GArray            *days,
         const KartaPeriod *period,
         KartaDay           day)
{
  if (day != KARTA_DAY_NONE && karta_period_contains (period, day) && days->len < MAX_OCCURRENCES)
    g_array_append_val (days, day);
}

static int
weekday_of (KartaDay day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_weekday (&date);
}

/* The nth weekday of a month; n = -1 is the last one. */
static KartaDay
nth_weekday (int year,
             int month,
             int weekday,
             int n)
{
  int days = karta_days_in_month (year, month), mday;

  if (n > 0)
    {
      KartaDay first = karta_day_from_ymd (year, month, 1);
      mday = 1 + (weekday - weekday_of (first) + 7) % 7 + 7 * (n - 1);
    }
  else
    {
      KartaDay last = karta_day_from_ymd (year, month, days);
      mday = days - (weekday_of (last) - weekday + 7) % 7;
    }
  return mday <= days ? karta_day_from_ymd (year, month, mday) : KARTA_DAY_NONE;
}

/* Calls add for every month that meets the period. */
static void
each_month (const KartaPeriod *period,
            void (*add) (int year, int month, gpointer data),
            gpointer data)
{
  int year, month;

  karta_day_to_ymd (period->start, &year, &month, NULL);
  while (karta_day_from_ymd (year, month, 1) <= period->end)
    {
      add (year, month, data);
      if (++month > 12)
        month = 1, year++;
      if (year > 9999)
        break;
    }
}

typedef struct
{
  GArray            *days;
  const KartaPeriod *period;
  GArray            *nths;    /* of int */
  int                weekday; /* 0 for a day of the month ("10 числа") */
} Monthly;

static void
add_monthly (int      year,
             int      month,
             gpointer data)
{
  Monthly *m = data;

  for (guint i = 0; i < m->nths->len; i++)
    {
      int n = g_array_index (m->nths, int, i);
      if (m->weekday)
        add_day (m->days, m->period, nth_weekday (year, month, m->weekday, n));
      else
        add_day (m->days, m->period, karta_day_from_ymd (year, month, n));
    }
}

/* The ordinals written before a weekday: "1 и 3 понедельника", "последняя пятница". */
static void
collect_nths (GArray *tokens,
              guint   i,
              GArray *nths)
{
  while (i-- > 0)
    {
      TermsToken *t = &g_array_index (tokens, TermsToken, i);
      int         n = t->kind == TERMS_TOK_NUMBER ? t->value
                      : t->kind == TERMS_TOK_WORD ? karta_terms_word_ordinal (t->word)
                                                  : 0;

      if ((n >= 1 && n <= 5) || n == -1)
        g_array_append_val (nths, n);
      else if (!(t->kind == TERMS_TOK_COMMA || t->kind == TERMS_TOK_DASH || (t->kind == TERMS_TOK_WORD && g_str_equal (t->word, "и"))))
        break;
    }
}

static void
add_weekly (GArray            *days,
            const KartaPeriod *period,
            int                weekday)
{
  KartaDay day = period->start + (weekday - weekday_of (period->start) + 7) % 7;

  for (; day <= period->end && days->len < MAX_OCCURRENCES; day += 7)
    add_day (days, period, day);
}

static gint
compare_days (gconstpointer a,
              gconstpointer b)
{
  KartaDay x = *(const KartaDay *) a, y = *(const KartaDay *) b;

  return x < y ? -1 : x > y;
}

static void
add_sorted_unique (KartaSchedule *schedule,
                   GArray        *days)
{
  g_array_sort (days, compare_days);
  for (guint i = 0; i < days->len; i++)
    if (i == 0 || g_array_index (days, KartaDay, i) != g_array_index (days, KartaDay, i - 1))
      g_array_append_val (schedule->occurrences, g_array_index (days, KartaDay, i));
}

/**
 * karta_terms_add_occurrences:
 *
 * Adds the days a recurring term names, where they can be counted: "1 и 3
 * понедельника каждого месяца", "по средам", "10 числа каждого месяца".
 * "Ежемесячно" or "2 раза в год" name no days and add none.
 */
void
karta_terms_add_occurrences (KartaSchedule     *schedule,
                             GArray            *tokens,
                             const KartaPeriod *period)
{
  g_autoptr (GArray) days = g_array_new (FALSE, FALSE, sizeof (KartaDay));
  g_autoptr (GArray) nths = g_array_new (FALSE, FALSE, sizeof (int));
  Monthly monthly = { days, period, nths, 0 };

  if (period->start == KARTA_DAY_NONE || period->end < period->start)
    return;
  for (guint i = 0; i < tokens->len; i++)
    {
      TermsToken *t = &g_array_index (tokens, TermsToken, i);
      const char *next = word_of (tokens, i + 1);

      g_array_set_size (nths, 0);
      if (t->kind == TERMS_TOK_WORD && (monthly.weekday = karta_terms_word_weekday (t->word)))
        {
          collect_nths (tokens, i, nths);
          if (nths->len == 0)
            add_weekly (days, period, monthly.weekday);
          else
            each_month (period, add_monthly, &monthly);
        }
      else if (t->kind == TERMS_TOK_NUMBER && t->ndigits > 0 && t->value >= 1 && t->value <= 31 && g_strcmp0 (next, "числа") == 0)
        {
          monthly.weekday = 0;
          g_array_append_val (nths, t->value);
          each_month (period, add_monthly, &monthly);
        }
    }
  add_sorted_unique (schedule, days);
}
