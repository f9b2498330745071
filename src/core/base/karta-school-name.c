/* karta-school-name.c — telling that two ways of writing a school's name
 * mean the same school
 *
 * Documents write one school as "ГБОУ № 8", "ГБОУ СОШ №8" or "ГБОУ средняя
 * школа № 8": what identifies it is the kind of body that runs it (the
 * leading abbreviation) and its number. But districts number their
 * schools alike — «МБОУ СОШ № 3 г. Сковородино» is not «МБОУ «ОСШ № 3»» of
 * another region — so karta_school_name_compare() also weighs the locality
 * («г. Сковородино», «с. Джалинда») and the words that name the school
 * («Отраденская», «имени Гагарина»), and says when it cannot tell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "karta-school-name-private.h"

/* The words the kind's abbreviation is made of */
static const char *const kind_words[] = {
  "государственное",
  "муниципальное",
  "бюджетное",
  "автономное",
  "казенное",
  "казённое",
  "частное",
  "общеобразовательное",
  "образовательное",
  "учреждение",
};

/**
 * karta_school_is_kind_word:
 * @word: a word, in any case
 *
 * Returns: whether @word is one of the words of a kind of body:
 *   "Муниципальное", "бюджетное", "учреждение"
 */
gboolean
karta_school_is_kind_word (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    if (g_str_equal (folded, kind_words[i]))
      return TRUE;
  return FALSE;
}

/* "Государственное бюджетное общеобразовательное учреждение" is "ГБОУ" */
static char *
initials_of_kind (const char *name)
{
  g_auto (GStrv) words = g_strsplit (name, " ", -1);
  g_autoptr (GString) initials = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!karta_school_is_kind_word (words[i]))
        break;
      g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[i])));
    }
  return g_utf8_strlen (initials->str, -1) >= 3 ? g_string_free (g_steal_pointer (&initials), FALSE) : g_strdup ("");
}

/* "ГБОУ", "МАОУ": a leading word of capitals, or the words it stands for */
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
        return initials_of_kind (name);
      g_string_append_unichar (word, c);
    }
  return word->len >= 2 ? g_string_free (g_steal_pointer (&word), FALSE) : initials_of_kind (name);
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

/* Compare */

/* Words that say what a school is, not which one */
static const char *const generic_words[] = {
  "муниципальное",
  "муниципальная",
  "муниципальный",
  "государственное",
  "государственная",
  "бюджетное",
  "бюджетная",
  "автономное",
  "автономная",
  "казенное",
  "казенная",
  "частное",
  "общеобразовательное",
  "общеобразовательная",
  "образовательное",
  "образовательная",
  "учреждение",
  "организация",
  "средняя",
  "основная",
  "начальная",
  "общая",
  "школа",
  "школа-интернат",
  "интернат",
  "гимназия",
  "лицей",
  "центр",
  "образования",
  "образовательный",
  "комплекс",
  "район",
  "района",
  "округа",
  "городского",
  "муниципального",
  "поселения",
  "области",
  "края",
  "республики",
  "с",
  "и",
  "углубленным",
  "изучением",
  "отдельных",
  "предметов",
  "кадетская",
  "вечерняя",
  "сменная",
  "филиал",
};

/* Markers of a locality: «г. Сковородино», «с. Джалинда», «пос. Рощино» */
static const char *const locality_markers[] = {
  "г",
  "город",
  "с",
  "село",
  "п",
  "пос",
  "поселок",
  "посёлок",
  "пгт",
  "рп",
  "д",
  "дер",
  "деревня",
  "ст",
  "станица",
  "х",
  "хутор",
  "аул",
  "сл",
  "слобода",
  "м",
  "мкр",
};

/* One-letter words that are words */
static const char *const prepositions[] = { "в", "с", "к", "у", "о", "и", "а" };

static gboolean
in_list (const char        *word,
         const char *const *list,
         gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  char      *number;   /* nullable */
  char      *kind;     /* the leading abbreviation, "" if none */
  char      *locality; /* folded, nullable */
  GPtrArray *names;    /* of char*, folded: the words that name the school */
} SchoolIdentity;

static void
school_identity_clear (SchoolIdentity *identity)
{
  g_free (identity->number);
  g_free (identity->kind);
  g_free (identity->locality);
  g_clear_pointer (&identity->names, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SchoolIdentity, school_identity_clear)

static gboolean
is_capitalised (const char *word)
{
  gunichar first = g_utf8_get_char (word);
  gboolean lower_after = FALSE;

  for (const char *p = g_utf8_next_char (word); *p != '\0'; p = g_utf8_next_char (p))
    lower_after |= g_unichar_islower (g_utf8_get_char (p));
  return g_unichar_isupper (first) && lower_after;
}

/* The words of @name, and after each whether a dot follows it. A lone
 * lowercase letter is the end of a word the source broke («Шлиссельбургска я»). */
static void
split_words (const char *name,
             GPtrArray  *words,
             GArray     *dotted)
{
  g_autoptr (GString) word = g_string_new (NULL);
  const char *p = name;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean dot = FALSE;

      if (c != 0 && (g_unichar_isalnum (c) || c == '-'))
        {
          g_string_append_unichar (word, c == 0x0451 ? 0x0435 : c == 0x0401 ? 0x0415
                                                                            : c);
          continue;
        }
      if (word->len > 0)
        {
          gboolean broken = g_utf8_strlen (word->str, -1) == 1 && g_unichar_islower (g_utf8_get_char (word->str)) &&
                            c != '.' && words->len > 0 && !in_list (word->str, prepositions, G_N_ELEMENTS (prepositions));

          dot = c == '.';
          if (broken)
            {
              char *previous = g_ptr_array_index (words, words->len - 1);
              words->pdata[words->len - 1] = g_strconcat (previous, word->str, NULL);
              g_free (previous);
            }
          else
            {
              g_ptr_array_add (words, g_strdup (word->str));
              g_array_append_val (dotted, dot);
            }
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
}

static void
read_identity (const char     *name,
               SchoolIdentity *identity)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) dotted = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean after_name_of = FALSE;

  identity->number = number_after_sign (name);
  identity->kind = leading_abbreviation (name);
  identity->locality = NULL;
  identity->names = g_ptr_array_new_with_free_func (g_free);
  split_words (name, words, dotted);
  for (guint i = 0; i < words->len; i++)
    {
      const char      *word = g_ptr_array_index (words, i);
      g_autofree char *folded = g_utf8_casefold (word, -1);
      gboolean         marker = in_list (folded, locality_markers, G_N_ELEMENTS (locality_markers)) &&
                        (g_array_index (dotted, gboolean, i) || g_utf8_strlen (folded, -1) > 2);

      if (marker && i + 1 < words->len && is_capitalised (g_ptr_array_index (words, i + 1)) && identity->locality == NULL)
        {
          identity->locality = g_utf8_casefold (g_ptr_array_index (words, ++i), -1);
          continue;
        }
      if (g_str_equal (folded, "имени") || g_str_equal (folded, "им"))
        {
          after_name_of = TRUE;
          continue;
        }
      if (g_ascii_isdigit (*word) || in_list (folded, generic_words, G_N_ELEMENTS (generic_words)))
        continue;
      /* capitals are a kind («СОШ», «МБОУ»), except the name of a person */
      if (after_name_of || is_capitalised (word))
        g_ptr_array_add (identity->names, g_steal_pointer (&folded));
    }
}

/* «Отраденская» and «Отраденской», «Шлиссельбургская» written in two parts */
static gboolean
same_word (const char *a,
           const char *b)
{
  glong length_a = g_utf8_strlen (a, -1), length_b = g_utf8_strlen (b, -1);
  glong shorter = MIN (length_a, length_b);
  glong need = MAX (4, shorter - 2);
  glong common = 0;

  for (const char *p = a, *q = b; *p && *q && g_utf8_get_char (p) == g_utf8_get_char (q);
       p = g_utf8_next_char (p), q = g_utf8_next_char (q))
    common++;
  return common >= need || (shorter == common && shorter >= 4);
}

static gboolean
has_word (GPtrArray  *words,
          const char *word)
{
  for (guint i = 0; i < words->len; i++)
    if (same_word (g_ptr_array_index (words, i), word))
      return TRUE;
  return FALSE;
}

/* @name's words without case, a word the source broke joined again:
 * «МОУ «Шлиссельбургска я СОШ»» is «моу шлиссельбургская сош» */
static char *
joined_words (const char *name)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) dotted = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr (GString) joined = g_string_new (NULL);

  split_words (name, words, dotted);
  for (guint i = 0; i < words->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_ptr_array_index (words, i), -1);

      if (i > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, folded);
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* How many of @a's names @b has too */
static guint
count_shared (GPtrArray *a,
              GPtrArray *b)
{
  guint n = 0;

  for (guint i = 0; i < a->len; i++)
    n += has_word (b, g_ptr_array_index (a, i));
  return n;
}

/**
 * karta_school_name_compare:
 * @a: a school's name as a document writes it
 * @b: another
 *
 * Tells whether two names are one school. A kind and a number alone are
 * no proof where one name says more: «МБОУ СОШ № 3 г. Сковородино» may or
 * may not be «МБОУ «ОСШ № 3»», and the user is to be asked.
 *
 * Returns: %KARTA_SCHOOL_SAME, %KARTA_SCHOOL_DIFFERENT, or
 *   %KARTA_SCHOOL_MAYBE when the names do not tell
 */
KartaSchoolMatch
karta_school_name_compare (const char *a,
                           const char *b)
{
  g_auto (SchoolIdentity) one = { 0 };
  g_auto (SchoolIdentity) other = { 0 };
  g_autofree char *plain_a = NULL;
  g_autofree char *plain_b = NULL;
  guint            shared;
  gboolean         maybe = FALSE;
  gboolean         confirmed = FALSE; /* by a locality or a name both have */

  g_return_val_if_fail (a != NULL && b != NULL, KARTA_SCHOOL_DIFFERENT);

  /* the cheap test first: a library has thousands of schools to compare */
  {
    g_autofree char *number_a = number_after_sign (a);
    g_autofree char *number_b = number_after_sign (b);

    if (number_a != NULL && number_b != NULL && !g_str_equal (number_a, number_b))
      return KARTA_SCHOOL_DIFFERENT;
  }
  plain_a = plain_words (a);
  plain_b = plain_words (b);
  if (g_str_equal (plain_a, plain_b))
    return KARTA_SCHOOL_SAME;
  read_identity (a, &one);
  read_identity (b, &other);
  /* without numbers, the words decide, as karta_school_name_key() */
  if (one.number == NULL && other.number == NULL)
    {
      g_autofree char *key_a = karta_school_name_key (a);
      g_autofree char *key_b = karta_school_name_key (b);
      g_autofree char *words_a = NULL;
      g_autofree char *words_b = NULL;

      if (g_str_equal (key_a, key_b))
        return KARTA_SCHOOL_SAME;
      words_a = joined_words (a);
      words_b = joined_words (b);
      return g_str_equal (words_a, words_b) ? KARTA_SCHOOL_SAME : KARTA_SCHOOL_DIFFERENT;
    }
  if (g_strcmp0 (one.number, other.number) != 0)
    return KARTA_SCHOOL_DIFFERENT;
  if (one.locality != NULL && other.locality != NULL)
    {
      if (!same_word (one.locality, other.locality))
        return KARTA_SCHOOL_DIFFERENT;
      confirmed = TRUE;
    }
  else if (one.locality != NULL || other.locality != NULL)
    maybe = TRUE;
  if (one.names->len > 0 && other.names->len > 0)
    {
      GPtrArray *fewer = one.names->len <= other.names->len ? one.names : other.names;
      GPtrArray *more = fewer == one.names ? other.names : one.names;

      shared = count_shared (fewer, more);
      if (shared == 0)
        return KARTA_SCHOOL_DIFFERENT;
      maybe |= shared < fewer->len;
      confirmed = TRUE;
    }
  else if (one.names->len > 0 || other.names->len > 0)
    maybe = TRUE;
  /* «ГБОУ № 8» is not «МБОУ № 8»; but a school's kind changes, its name stays */
  if (*one.kind != '\0' && *other.kind != '\0' && !g_str_equal (one.kind, other.kind))
    return confirmed ? KARTA_SCHOOL_MAYBE : KARTA_SCHOOL_DIFFERENT;
  return maybe ? KARTA_SCHOOL_MAYBE : KARTA_SCHOOL_SAME;
}
