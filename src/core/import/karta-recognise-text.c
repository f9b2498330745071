/* karta-recognise-text.c — what the paragraphs around the table say: the
 * approving order, the title and goal, the abbreviations, the period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "karta-model.h"
#include "karta-recognise-private.h"

static const char *const order_kinds[][2] = {
  /* nominative, the stem of its other cases */
  { "Поручение", "поручени" },
  { "Распоряжение", "распоряжени" },
  { "Приказ", "приказ" },
  { "Постановление", "постановлени" },
  { "Решение", "решени" },
  { "Указание", "указани" },
};

static const char *
paragraph (GPtrArray *paragraphs,
           guint      i)
{
  return g_ptr_array_index (paragraphs, i);
}

/* The index of the paragraph that is only an order's kind ("ПОРУЧЕНИЕ"), or -1. */
static int
find_kind_line (GPtrArray   *before,
                const char **kind)
{
  for (guint i = 0; i < before->len; i++)
    {
      g_autofree char *folded = karta_recognise_casefold (paragraph (before, i));

      g_strstrip (g_strdelimit (folded, "«»\":", ' '));
      for (gsize k = 0; k < G_N_ELEMENTS (order_kinds); k++)
        if (g_str_has_prefix (folded, order_kinds[k][1]) &&
            g_utf8_strlen (folded, -1) <= g_utf8_strlen (order_kinds[k][0], -1))
          {
            *kind = order_kinds[k][0];
            return i;
          }
    }
  return -1;
}

/* A day written "08.02.2022", "«14» марта 2022 года" or "19 октября 2023 г.". */
static KartaDay
find_date (const char *text)
{
  g_autoptr (GRegex) numeric = g_regex_new ("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)", 0, 0, NULL);
  g_autoptr (GRegex) words = g_regex_new ("(?<!\\d)(\\d{1,2})»?\\s+(\\p{L}+)\\s+(\\d{4})", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;

  if (g_regex_match (numeric, text, 0, &match))
    {
      g_autofree char *d = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *y = g_match_info_fetch (match, 3);
      return karta_day_from_ymd (atoi (y), atoi (m), atoi (d));
    }
  g_clear_pointer (&match, g_match_info_free);
  for (g_regex_match (words, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *d = g_match_info_fetch (match, 1);
      g_autofree char *month = g_match_info_fetch (match, 2);
      g_autofree char *y = g_match_info_fetch (match, 3);
      int              m = karta_recognise_month (month);

      if (m != 0)
        return karta_day_from_ymd (atoi (y), m, atoi (d));
    }
  return KARTA_DAY_NONE;
}

/* "№ 32-2" → "32-2". */
static char *
find_number (const char *text)
{
  const char *p = strstr (text, "№");
  const char *end;

  if (p == NULL)
    return NULL;
  p += strlen ("№");
  while (*p == ' ' || g_str_has_prefix (p, "№"))
    p += *p == ' ' ? 1 : strlen ("№");
  for (end = p; *end != '\0' && *end != ' ' && *end != ','; end++)
    ;
  while (end > p && (end[-1] == '.' || end[-1] == ';'))
    end--;
  return end > p ? g_strndup (p, end - p) : NULL;
}

/* The date and number near the kind line: the line after it, or the two
 * short lines after it, or the lines just before it. */
static void
find_date_and_number (GPtrArray  *before,
                      int         kind_line,
                      KartaOrder *order)
{
  for (int i = kind_line + 1; i < (int) before->len && i <= kind_line + 3; i++)
    {
      const char *text = paragraph (before, i);

      if (g_utf8_strlen (text, -1) > 80)
        break;
      if (order->number == NULL)
        order->number = find_number (text);
      if (order->date == KARTA_DAY_NONE)
        order->date = find_date (text);
    }
}

/* "Приложение к распоряжению … от 14.03.2022 № 1441-р": the kind, date and
 * number when the order itself is not in the document. */
static void
find_from_appendix (GPtrArray  *before,
                    KartaOrder *order)
{
  for (guint i = 0; i < before->len; i++)
    {
      g_autofree char *folded = karta_recognise_casefold (paragraph (before, i));
      g_autoptr (GString) block = NULL;
      g_autoptr (GString) original = NULL;
      const char *after_kind = NULL;

      if (!karta_recognise_has_prefix (folded, "приложение") && !karta_recognise_has_prefix (folded, "утвержден"))
        continue;
      block = g_string_new (folded);
      original = g_string_new (paragraph (before, i));
      for (guint j = i + 1; j < before->len && j <= i + 4 && g_utf8_strlen (paragraph (before, j), -1) < 100; j++)
        {
          g_autofree char *next = karta_recognise_casefold (paragraph (before, j));
          g_string_append_printf (block, " %s", next);
          g_string_append_printf (original, " %s", paragraph (before, j));
        }
      if (block->len != original->len)
        g_string_assign (original, block->str);
      for (gsize k = 0; k < G_N_ELEMENTS (order_kinds) && order->kind == NULL; k++)
        if ((after_kind = strstr (block->str, order_kinds[k][1])) != NULL)
          order->kind = g_strdup (order_kinds[k][0]);
      if (order->kind == NULL)
        continue;
      /* "Приложение № 1 к приказу … от 14.09.2023 № 487": the order's number
       * comes after its kind */
      if (order->number == NULL)
        order->number = find_number (after_kind);
      if (order->date == KARTA_DAY_NONE)
        order->date = find_date (after_kind);
      if (order->authority == NULL)
        order->authority = karta_recognise_issuer (original->str + (after_kind - block->str));
      return;
    }
}

/**
 * karta_recognise_order:
 *
 * Fills @order's kind, number, date and authority from the paragraphs
 * before the table.
 */
void
karta_recognise_order (GPtrArray  *before,
                       KartaOrder *order)
{
  const char *kind = NULL;
  int         kind_line = find_kind_line (before, &kind);

  if (kind_line >= 0)
    {
      order->kind = g_strdup (kind);
      find_date_and_number (before, kind_line, order);
    }
  karta_recognise_authority (before, kind_line, order);
  if (kind_line < 0)
    find_from_appendix (before, order);
}
