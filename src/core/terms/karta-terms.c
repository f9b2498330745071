/* karta-terms.c — reading terms ("Сроки") as the plans write them
 *
 * The grammar (karta-terms-grammar.c) finds dates with what years were written;
 * this file settles the rest the way a reader would: a year written once serves
 * its neighbours ("май, октябрь 2022"), a bare day takes the month after it
 * ("12-15 сентября"), and what is still missing comes from the roadmap's period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-terms"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "karta-school-calendar.h"
#include "karta-terms.h"
#include "karta-terms-private.h"

typedef struct
{
  TermsParser          parser;
  KartaSchoolCalendar *calendar; /* nullable: the usual quarters */
  TermsMarks           marks;    /* read before parentheses are opened */
  KartaPeriod          period;
  gboolean             academic;
  gboolean             impossible; /* a date that does not exist: the term is unparsed */
} Reader;

static TermsPoint *
point_at (Reader *r,
          guint   i)
{
  return &g_array_index (r->parser.points, TermsPoint, i);
}

static TermsItem *
item_at (Reader *r,
         guint   i)
{
  return &g_array_index (r->parser.items, TermsItem, i);
}

static TermsToken *
token_at (Reader *r,
          guint   i)
{
  return &g_array_index (r->parser.tokens, TermsToken, i);
}

/* First and last month of a point, in its own year (the school half-year
 * September–December is the only one that never crosses into another year). */
static void
point_months (const TermsPoint *pt,
              int              *first,
              int              *last)
{
  int n = pt->n;

  switch (pt->unit)
    {
    case TERMS_UNIT_QUARTER:
      *first = 3 * n - 2, *last = 3 * n;
      break;
    case TERMS_UNIT_SCHOOL_QUARTER:
      {
        static const int firsts[] = { 9, 11, 1, 4 }, lasts[] = { 10, 12, 3, 5 };
        *first = firsts[CLAMP (n, 1, 4) - 1], *last = lasts[CLAMP (n, 1, 4) - 1];
      }
      break;
    case TERMS_UNIT_HALF:
      if (pt->school)
        *first = n == 1 ? 9 : 1, *last = n == 1 ? 12 : 6;
      else
        *first = 6 * n - 5, *last = 6 * n;
      break;
    case TERMS_UNIT_YEAR:
      *first = 1, *last = 12;
      break;
    case TERMS_UNIT_ACADEMIC:
      *first = 9, *last = 8;
      break;
    default:
      *first = *last = pt->month;
    }
}

static gboolean
unit_number_valid (const TermsPoint *pt)
{
  switch (pt->unit)
    {
    case TERMS_UNIT_DECADE: return pt->n >= 1 && pt->n <= 3;
    case TERMS_UNIT_HALF_MONTH:
    case TERMS_UNIT_HALF: return pt->n >= 1 && pt->n <= 2;
    case TERMS_UNIT_QUARTER:
    case TERMS_UNIT_SCHOOL_QUARTER: return pt->n >= 1 && pt->n <= 4;
    case TERMS_UNIT_WEEK: return pt->n >= 1 && pt->n <= 5;
    case TERMS_UNIT_BARE: return FALSE;
    default: return TRUE;
    }
}

static void
point_days (const TermsPoint *pt,
            int              *first,
            int              *last)
{
  switch (pt->unit)
    {
    case TERMS_UNIT_DAY: *first = *last = pt->n; break;
    case TERMS_UNIT_DECADE: *first = 10 * pt->n - 9, *last = pt->n == 3 ? 31 : 10 * pt->n; break;
    case TERMS_UNIT_HALF_MONTH: *first = pt->n == 1 ? 1 : 16, *last = pt->n == 1 ? 15 : 31; break;
    case TERMS_UNIT_WEEK: *first = 7 * pt->n - 6, *last = 7 * pt->n; break;
    default: *first = 1, *last = 31;
    }
}

/* Returns FALSE for a date that does not exist: 31 April stays wrong, never May 1. */
static gboolean
point_bounds (const Reader     *r,
              const TermsPoint *pt,
              KartaDay         *start,
              KartaDay         *end)
{
  int m1, m2, d1, d2, y2 = pt->year;

  if (!unit_number_valid (pt))
    return FALSE;
  if (pt->unit == TERMS_UNIT_SCHOOL_QUARTER)
    return karta_school_calendar_get_quarter (r->calendar, pt->n <= 2 ? pt->year : pt->year - 1, pt->n, start, end);
  point_months (pt, &m1, &m2);
  point_days (pt, &d1, &d2);
  /* the fifth week, or "последняя неделя": the last seven days */
  if (pt->unit == TERMS_UNIT_WEEK && pt->n == 5 && m1 >= 1 && m1 <= 12)
    d2 = karta_days_in_month (pt->year, m1), d1 = d2 - 6;
  if (pt->unit == TERMS_UNIT_ACADEMIC)
    y2++;
  if (m2 < 1 || m2 > 12 || y2 < 1 || y2 > 9999)
    return FALSE;
  if (pt->unit != TERMS_UNIT_DAY)
    d2 = MIN (d2, karta_days_in_month (y2, m2));
  *start = karta_day_from_ymd (pt->year, m1, d1);
  *end = karta_day_from_ymd (y2, m2, d2);
  return *start != KARTA_DAY_NONE && *end != KARTA_DAY_NONE;
}

static KartaDay
point_start (const Reader     *r,
             const TermsPoint *pt)
{
  KartaDay start, end;

  return point_bounds (r, pt, &start, &end) ? start : KARTA_DAY_NONE;
}

static int
period_year (KartaDay day)
{
  int year;

  karta_day_to_ymd (day, &year, NULL, NULL);
  return year;
}

/* docs/domain.md: in an academic year September–December belong to the first year,
 * January–June to the second, July–August to the first. Otherwise the first year
 * of the period in which the month falls. */
static int
default_year (Reader *r,
              int     month)
{
  int first = period_year (r->period.start), last = period_year (r->period.end);

  if (r->academic)
    return month >= 7 ? first : first + 1;
  for (int year = first; year <= last && month >= 1 && month <= 12; year++)
    {
      KartaDay start = karta_day_from_ymd (year, month, 1);
      KartaDay end = karta_day_from_ymd (year, month, karta_days_in_month (year, month));
      if (end >= r->period.start && start <= r->period.end)
        return year;
    }
  return first;
}

/* Points follow each other as one phrase when only separators stand between. */
static gboolean
points_linked (Reader *r,
               guint   i)
{
  static const char *const words[] = { "и", "по", "до", "с", "со", "или", NULL };

  for (guint t = point_at (r, i)->tok_end; t < point_at (r, i + 1)->tok_start; t++)
    {
      TermsToken *token = token_at (r, t);
      if (token->kind == TERMS_TOK_WORD ? !g_strv_contains (words, token->word)
                                        : token->kind == TERMS_TOK_NUMBER || token->kind == TERMS_TOK_DATE || token->kind == TERMS_TOK_DOT || token->kind == TERMS_TOK_OTHER)
        return FALSE;
    }
  return TRUE;
}

static gboolean
takes_year (const TermsPoint *pt)
{
  return pt->year_source == TERMS_YEAR_NONE && pt->unit != TERMS_UNIT_BARE && pt->unit != TERMS_UNIT_YEAR && pt->unit != TERMS_UNIT_ACADEMIC;
}

static gboolean
gives_year (const TermsPoint *pt)
{
  return pt->year_source != TERMS_YEAR_NONE && pt->unit != TERMS_UNIT_ACADEMIC;
}

/* "12-15 сентября 2022", "Сентябрь-декабрь 2022", "ноябрь-февраль 2023": the
 * month and year written last serve what comes before, a year back if needed. */
static void
inherit_backward (Reader *r)
{
  for (int i = (int) r->parser.points->len - 2; i >= 0; i--)
    {
      TermsPoint *pt = point_at (r, i), *next = point_at (r, i + 1);

      if (!points_linked (r, i))
        continue;
      if (pt->unit == TERMS_UNIT_BARE && next->unit != TERMS_UNIT_MONTH && next->unit <= TERMS_UNIT_HALF && next->unit != TERMS_UNIT_BARE)
        {
          pt->unit = next->unit;
          pt->month = next->month;
        }
      if (takes_year (pt) && gives_year (next))
        {
          pt->year = next->year;
          pt->year_source = TERMS_YEAR_INHERITED;
          if (point_start (r, pt) > point_start (r, next))
            pt->year--;
        }
    }
}

/* "декабрь 2022 – январь": a year written first serves what follows. */
static void
inherit_forward (Reader *r)
{
  for (guint i = 1; i < r->parser.points->len; i++)
    {
      TermsPoint *pt = point_at (r, i), *prev = point_at (r, i - 1);

      if (!points_linked (r, i - 1) || !takes_year (pt) || !gives_year (prev) || prev->unit == TERMS_UNIT_YEAR)
        continue;
      pt->year = prev->year;
      pt->year_source = TERMS_YEAR_INHERITED;
      if (point_start (r, pt) < point_start (r, prev))
        pt->year++;
    }
}

static void
default_years (Reader *r)
{
  for (guint i = 0; i < r->parser.points->len; i++)
    {
      TermsPoint *pt = point_at (r, i);
      int         first, last;

      if (pt->year_source != TERMS_YEAR_NONE || pt->unit == TERMS_UNIT_BARE)
        continue;
      pt->school = pt->school && r->academic;
      point_months (pt, &first, &last);
      if (pt->unit == TERMS_UNIT_ACADEMIC)
        pt->year = period_year (r->period.start) - (r->academic ? 0 : 1);
      else
        pt->year = default_year (r, pt->unit == TERMS_UNIT_YEAR ? 12 : first);
    }
  for (guint i = 0; i < r->parser.points->len; i++)
    if (point_at (r, i)->unit == TERMS_UNIT_HALF && point_at (r, i)->year_source != TERMS_YEAR_NONE && point_at (r, i)->school_year == 0)
      point_at (r, i)->school = FALSE;
}

/* «II полугодие 2023-2024 учебного года», «май 2023-2024 учебного года»: the
 * school year gives each point the calendar year its months fall in. */
static void
settle_school_years (Reader *r)
{
  for (guint i = 0; i < r->parser.points->len; i++)
    {
      TermsPoint *pt = point_at (r, i);
      int         first, last;

      if (pt->school_year == 0)
        continue;
      pt->school = TRUE;
      point_months (pt, &first, &last);
      pt->year = first >= 7 ? pt->school_year : pt->school_year + 1;
    }
}

/* A range written backwards with a year left out ("ноябрь-февраль") runs into
 * the next year; written backwards with both years it is a mistake. */
static gboolean
item_range (Reader    *r,
            TermsItem *item)
{
  TermsPoint *a = point_at (r, item->first), *b = point_at (r, item->last);
  KartaDay    s, x, y, e;

  for (;;)
    {
      if (!point_bounds (r, a, &s, &x) || !point_bounds (r, b, &y, &e))
        return FALSE;
      if (e >= s)
        break;
      if (b->year_source != TERMS_YEAR_WRITTEN && b->year < period_year (s) + 1)
        b->year++;
      else if (a->year_source != TERMS_YEAR_WRITTEN && a->year > period_year (e) - 1)
        a->year--;
      else
        return FALSE;
    }
  item->start = s;
  item->end = e;
  return TRUE;
}

static void
apply_role (Reader    *r,
            TermsItem *item)
{
  TermsPoint *last = point_at (r, item->last);

  if (item->role == TERMS_ROLE_DEADLINE)
    {
      /* "до сентября" ends before September; "до 1 сентября", "до конца сентября"
       * and "не позднее сентября" include it. */
      if (!item->by_end && last->unit != TERMS_UNIT_DAY && last->unit != TERMS_UNIT_DECADE && last->unit != TERMS_UNIT_HALF_MONTH && last->unit != TERMS_UNIT_WEEK)
        item->end = item->start - 1;
      item->start = MIN (r->period.start, item->end);
    }
  else if (item->role == TERMS_ROLE_FROM && item->start <= r->period.end)
    item->end = MAX (r->period.end, item->end);
}

/* "Ноябрь 15.11.2022 (…), 17.11.2022 (…)": a month written as a heading before
 * the dates inside it gives way to them. */
static void
drop_headings (Reader *r)
{
  for (guint i = 0; i + 1 < r->parser.items->len; i++)
    {
      TermsItem *item = item_at (r, i), *next = item_at (r, i + 1);
      gboolean   adjacent = TRUE;

      for (guint t = item->tok_end; t < next->tok_start; t++)
        adjacent = adjacent && token_at (r, t)->kind == TERMS_TOK_COLON;
      if (adjacent && !item->dropped && !next->dropped && item->label == NULL && next->start >= item->start && next->start <= item->end && next->end - next->start < item->end - item->start)
        item->dropped = TRUE;
    }
}

static void
resolve_items (Reader *r)
{
  settle_school_years (r);
  inherit_backward (r);
  inherit_forward (r);
  default_years (r);
  for (guint i = 0; i < r->parser.points->len; i++)
    {
      KartaDay s, e;
      if (point_at (r, i)->unit != TERMS_UNIT_BARE && !point_bounds (r, point_at (r, i), &s, &e))
        r->impossible = TRUE;
    }
  for (guint i = 0; i < r->parser.items->len && !r->impossible; i++)
    {
      TermsItem *item = item_at (r, i);
      if (point_at (r, item->first)->unit == TERMS_UNIT_BARE || point_at (r, item->last)->unit == TERMS_UNIT_BARE)
        item->dropped = TRUE;
      else if (!item_range (r, item))
        r->impossible = TRUE;
      else
        apply_role (r, item);
    }
  drop_headings (r);
}

static KartaScheduleKind
kind_of_items (Reader *r,
               guint  *count)
{
  guint roles = 0;

  *count = 0;
  for (guint i = 0; i < r->parser.items->len; i++)
    if (!item_at (r, i)->dropped)
      {
        roles |= 1u << item_at (r, i)->role;
        (*count)++;
      }
  if (roles == 1u << TERMS_ROLE_DEADLINE)
    return KARTA_SCHEDULE_DEADLINE;
  if (roles == 1u << TERMS_ROLE_FROM)
    return KARTA_SCHEDULE_FROM;
  return KARTA_SCHEDULE_DATES;
}

static void
add_item_spans (Reader        *r,
                KartaSchedule *schedule)
{
  for (guint i = 0; i < r->parser.items->len; i++)
    {
      TermsItem       *item = item_at (r, i);
      TermsToken      *first, *last;
      g_autofree char *written = NULL;

      if (item->dropped)
        continue;
      karta_schedule_add_span (schedule, item->start, item->end, item->label);
      if (item->start >= r->period.start && item->end <= r->period.end)
        continue;
      first = token_at (r, item->tok_start);
      last = token_at (r, item->tok_end - 1);
      written = g_strndup (r->parser.text + first->start, last->end - first->start);
      karta_schedule_add_warning (schedule, _ ("“%s” is outside the roadmap's period"), written);
    }
}

static KartaSchedule *
whole_period (Reader           *r,
              KartaScheduleKind kind)
{
  KartaSchedule *schedule = karta_schedule_new (kind);

  karta_schedule_add_span (schedule, r->period.start, r->period.end, NULL);
  return schedule;
}

static gboolean
is_one_school_year (const KartaSchedule *schedule)
{
  const KartaSpan *span;
  int              y1, m1, d1, y2, m2, d2;

  if (schedule->spans->len != 1)
    return FALSE;
  span = &g_array_index (schedule->spans, KartaSpan, 0);
  karta_day_to_ymd (span->start, &y1, &m1, &d1);
  karta_day_to_ymd (span->end, &y2, &m2, &d2);
  return y2 == y1 + 1 && m1 == 9 && d1 == 1 && m2 == 8 && d2 == 31;
}

static KartaSchedule *
build_schedule (Reader     *r,
                const char *stripped)
{
  TermsMarks        marks = r->marks;
  KartaSchedule    *schedule;
  KartaScheduleKind kind;
  guint             count;

  if (r->impossible)
    return karta_schedule_new (KARTA_SCHEDULE_UNPARSED);
  kind = kind_of_items (r, &count);
  if (count > 0)
    {
      schedule = karta_schedule_new (marks & TERMS_MARK_RECURRING ? KARTA_SCHEDULE_RECURRING : kind);
      add_item_spans (r, schedule);
      /* «в течение 2023-2024 учебного года»: all the school year, not a dated span */
      if ((marks & TERMS_MARK_CONTINUOUS) && schedule->kind == KARTA_SCHEDULE_DATES && is_one_school_year (schedule))
        schedule->kind = KARTA_SCHEDULE_CONTINUOUS;
    }
  else if (marks & TERMS_MARK_RECURRING)
    schedule = whole_period (r, KARTA_SCHEDULE_RECURRING);
  else if (marks & TERMS_MARK_ON_DEMAND)
    return whole_period (r, KARTA_SCHEDULE_ON_DEMAND);
  else if (marks & TERMS_MARK_CONTINUOUS)
    return whole_period (r, KARTA_SCHEDULE_CONTINUOUS);
  else
    return karta_schedule_new (KARTA_SCHEDULE_UNPARSED);

  if (schedule->kind == KARTA_SCHEDULE_RECURRING)
    {
      KartaPeriod within = { karta_schedule_first_day (schedule), karta_schedule_last_day (schedule) };
      schedule->rule = g_strdup (stripped);
      karta_terms_add_occurrences (schedule, r->parser.tokens, &within);
    }
  return schedule;
}

/* Without a usable period, years come from the current calendar year. */
static void
reader_set_period (Reader            *r,
                   const KartaPeriod *period)
{
  if (period != NULL && period->start != KARTA_DAY_NONE && period->end >= period->start)
    r->period = *period;
  else
    {
      int year = period_year (karta_day_today ());
      r->period.start = karta_day_from_ymd (year, 1, 1);
      r->period.end = karta_day_from_ymd (year, 12, 31);
    }
  r->academic = karta_period_is_academic (&r->period);
}

/**
 * karta_terms_parse:
 * @text: (nullable): a term as written in a roadmap; need not be valid UTF-8
 * @period: (nullable): the roadmap's period, which supplies missing years
 *
 * Reads a term into a schedule (docs/domain.md, "Terms"). Text that is not understood,
 * or names a date that does not exist, gives %KARTA_SCHEDULE_UNPARSED; a span
 * outside the period is kept with a warning.
 *
 * Returns: (transfer full): the schedule, never %NULL.
 */
KartaSchedule *
karta_terms_parse (const char        *text,
                   const KartaPeriod *period)
{
  g_autofree char *valid = NULL;
  g_autofree char *stripped = NULL;
  Reader           r = { { 0 } };
  KartaSchedule   *schedule;

  if (text == NULL)
    text = "";
  valid = g_utf8_validate (text, -1, NULL) ? g_strdup (text) : g_utf8_make_valid (text, -1);
  stripped = g_strstrip (g_strdup (valid));
  if (*stripped == '\0')
    return karta_schedule_new (KARTA_SCHEDULE_NONE);

  reader_set_period (&r, period);
  r.calendar = karta_school_calendar_dup_default ();
  r.parser.text = stripped;
  r.parser.tokens = karta_terms_tokenize (stripped, 0, strlen (stripped));
  r.parser.points = g_array_new (FALSE, TRUE, sizeof (TermsPoint));
  r.parser.items = g_array_new (FALSE, TRUE, sizeof (TermsItem));
  r.parser.labels = g_ptr_array_new_with_free_func (g_free);
  r.marks = karta_terms_find_marks (r.parser.tokens);
  karta_terms_parse_items (&r.parser);
  resolve_items (&r);
  schedule = build_schedule (&r, stripped);

  karta_school_calendar_unref (r.calendar);
  g_ptr_array_unref (r.parser.labels);
  g_array_unref (r.parser.items);
  g_array_unref (r.parser.points);
  g_array_unref (r.parser.tokens);
  return schedule;
}
