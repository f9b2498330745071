/* karta-recognise-util.c — small text helpers of the recogniser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include <string.h>

#include "karta-recognise-private.h"

/* Lower case, and «ё» read as «е»: documents spell it both ways. */
char *
karta_recognise_casefold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  GString         *result = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (result, c == 0x0451 ? 0x0435 : c);
    }
  return g_string_free (result, FALSE);
}

/* Whether @folded starts with @prefix, ignoring spaces and opening quotes before it. */
gboolean
karta_recognise_has_prefix (const char *folded,
                            const char *prefix)
{
  while (*folded == ' ' || g_str_has_prefix (folded, "«") || *folded == '"')
    folded = *folded == ' ' || *folded == '"' ? folded + 1 : folded + strlen ("«");
  return g_str_has_prefix (folded, prefix);
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2212;
}

/* Length of a list marker at the start of @text ("- ", "• ", "1) ", "2. ",
 * "а) "), with the white space after it; 0 when there is none. */
static gsize
bullet_length (const char *text)
{
  const char *p = text;
  gunichar    c = g_utf8_get_char (p);

  if (is_dash (c) || c == 0x2022 || c == 0x00b7 || c == '*' || c == 0x25aa || c == 0x25cf ||
      c == 0xf0b7 || c == 0x2023 || c == 0x25e6)
    p = g_utf8_next_char (p);
  else if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
      if (*p != '.' && *p != ')')
        return 0;
      p++;
    }
  else if (g_unichar_isalpha (c) && g_unichar_islower (c) &&
           g_utf8_get_char (g_utf8_next_char (p)) == ')')
    p = g_utf8_next_char (g_utf8_next_char (p));
  else
    return 0;
  while (*p == ' ')
    p++;
  return p - text;
}

/**
 * karta_recognise_strip_bullet:
 *
 * Returns: (transfer full): @text without a leading list marker ("-", "•",
 *   "1)", "2.") and the space after it
 */
char *
karta_recognise_strip_bullet (const char *text)
{
  return g_strstrip (g_strdup (text + bullet_length (text)));
}

static gboolean
is_roman (gunichar c)
{
  return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
}

/**
 * karta_recognise_split_number:
 * @text: "2.1. Title", "I. Title", "3"
 * @rest: (out) (optional): where the text after the number starts
 *
 * Returns: (transfer full) (nullable): the number without its final dot
 *   ("2.1", "I", "3"), or %NULL when @text does not start with one
 */
char *
karta_recognise_split_number (const char  *text,
                              const char **rest)
{
  /* «Раздел 2.», «Задача 1.», «Блок III»: a section's number after its label */
  static const char *const labels[] = { "раздел ", "задача ", "блок ", "направление ", "модуль ", "этап ", NULL };
  g_autofree char         *folded = karta_recognise_casefold (text);
  const char              *start = text;
  const char              *p;
  const char              *end;

  for (const char *const *label = labels; *label != NULL; label++)
    if (g_str_has_prefix (folded, *label))
      {
        start += strlen (*label); /* Cyrillic keeps its length when casefolded */
        break;
      }
  p = start;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])))
        p++;
    }
  else
    {
      while (is_roman (*p))
        p++;
      /* A Roman number stands alone or before a dot: "I." but not "ИМЦ" or "CD". */
      if (*p != '.' && *p != ' ' && *p != '\0')
        p = start;
    }
  if (p == start || g_unichar_isalpha (g_utf8_get_char (p)))
    {
      if (rest != NULL)
        *rest = text;
      return NULL;
    }
  end = p;
  while (*p == '.' || *p == ')')
    p++;
  while (*p == ' ')
    p++;
  if (rest != NULL)
    *rest = p;
  return g_strndup (start, end - start);
}

/* @text with its first letter upper case. */
char *
karta_recognise_capitalise (const char *text)
{
  GString *result = g_string_new (NULL);

  if (text == NULL || *text == '\0')
    return g_string_free (result, FALSE);
  g_string_append_unichar (result, g_unichar_toupper (g_utf8_get_char (text)));
  g_string_append (result, g_utf8_next_char (text));
  return g_string_free (result, FALSE);
}

/* Whether one of @n_columns columns holds @field */
gboolean
karta_recognise_has_field (const KartaField *fields,
                           guint             n_columns,
                           KartaField        field)
{
  for (guint c = 0; c < n_columns; c++)
    if (fields[c] == field)
      return TRUE;
  return FALSE;
}

/**
 * karta_recognise_cell_line:
 *
 * Returns: (transfer full) (nullable): the text of the cell that starts at
 *   @row, @column, whitespace folded; %NULL when no cell starts there
 */
char *
karta_recognise_cell_line (const KartaTable *table,
                           guint             row,
                           guint             column)
{
  const KartaCell *cell = karta_table_get_cell_at (table, row, column);
  g_autofree char *text = NULL;

  if (cell == NULL || cell->column != column)
    return NULL;
  text = karta_cell_get_text (cell);
  return karta_text_fold_whitespace (text);
}

static const char *const month_stems[] = {
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
};

/**
 * karta_recognise_month:
 * @word: a month's name in any case form («мая», «сентябре», «Март»)
 *
 * Returns: 1–12, or 0 for a word that names no month («мастер» is none)
 */
int
karta_recognise_month (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (month_stems); i++)
    if (g_str_has_prefix (folded, month_stems[i]) &&
        (i != 4 || g_str_equal (folded, "мая") || g_str_equal (folded, "май") || g_str_equal (folded, "мае")))
      return (int) i + 1;
  return 0;
}
