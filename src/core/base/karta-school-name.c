/* karta-school-name.c — telling that two ways of writing a school's name
 * mean the same school
 *
 * Documents write one school as "ГБОУ № 8", "ГБОУ СОШ №8" or "ГБОУ средняя
 * школа № 8": what identifies it is the kind of body that runs it (the
 * leading abbreviation) and its number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-school-name.h"

/* "ГБОУ", "МАОУ": a leading word of capitals. */
static char *
leading_abbreviation (const char *name)
{
  g_autoptr (GString) word = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        break;
      if (!g_unichar_isupper (c))
        return g_strdup ("");
      g_string_append_unichar (word, c);
    }
  return word->len >= 2 ? g_string_free (g_steal_pointer (&word), FALSE) : g_strdup ("");
}

/* The digits after the last "№", if any. */
static char *
number_after_sign (const char *name)
{
  const char *sign = g_strrstr (name, "№");
  g_autoptr (GString) digits = g_string_new (NULL);

  if (sign == NULL)
    return NULL;
  for (const char *p = sign + strlen ("№"); *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (digits->len > 0 || !(g_ascii_isspace (*p) || *p == '.'))
        break;
    }
  return digits->len > 0 ? g_string_free (g_steal_pointer (&digits), FALSE) : NULL;
}

/* Without quotes, punctuation and case, spaces folded. */
static char *
plain_words (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autoptr (GString) plain = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalnum (c))
        {
          space = plain->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (plain, ' ');
      space = FALSE;
      g_string_append_unichar (plain, c == 0x0451 ? 0x0435 : c); /* ё is written е */
    }
  return g_string_free (g_steal_pointer (&plain), FALSE);
}

/**
 * karta_school_name_key:
 * @name: a school's name as some document writes it
 *
 * Returns: (transfer full): a key equal for names of the same school:
 *   "ГБОУ № 8" and "ГБОУ СОШ №8" give "ГБОУ№8"; a name without a number
 *   gives its words without case or punctuation
 */
char *
karta_school_name_key (const char *name)
{
  g_autofree char *number = NULL;
  g_autofree char *abbreviation = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  number = number_after_sign (name);
  if (number == NULL)
    return plain_words (name);
  abbreviation = leading_abbreviation (name);
  return g_strconcat (abbreviation, "№", number, NULL);
}
