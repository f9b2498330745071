/* test-school-name.c — schools' names cut to what tells them apart, for
 * dropdowns and pickers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "karta-school-name.h"

static void
test_short_name (void)
{
  static const struct
  {
    const char *name;
    const char *short_name;
  } cases[] = {
    { "МБОУ «Кировская СОШ № 1»", "Кировская СОШ № 1" },
    { "МКОУ \"Отраденская СОШ № 2\"", "Отраденская СОШ № 2" },
    { "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3 г. Сковородино»",
      "СОШ № 3 г. Сковородино" },
    { "МБОУ СОШ № 3 г. Сковородино", "СОШ № 3 г. Сковородино" },
    { "ГБОУ средняя школа № 8 Фрунзенского района", "средняя школа № 8 Фрунзенского района" },
    { "МАОУ «Основная общеобразовательная школа с. Джалинда»", "ООШ с. Джалинда" },
    { "ГБОУ «СОШ «Лидер»»", "СОШ «Лидер»" },
    { "Гимназия № 5", "Гимназия № 5" },
    { "ГБОУ СОШ № 123 с углублённым изучением английского языка", "СОШ № 123 с углублённым изучением английского языка" },
    { "  МБОУ\u00a0 Лицей  № 2 ", "Лицей № 2" },
    /* nothing would be left: the name, in short where it can be */
    { "МБОУ", "МБОУ" },
    { "Муниципальное бюджетное общеобразовательное учреждение", "Муниципальное бюджетное общеобразовательное учреждение" },
    { "", "" },
    /* a word of capitals that is not a kind of body stays */
    { "ЦО № 1 «Перспектива»", "ЦО № 1 «Перспектива»" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *short_name = karta_school_short_name (cases[i].name);
      g_assert_cmpstr (short_name, ==, cases[i].short_name);
    }
}

/* Two names that would read the same keep their whole name; the same
 * name twice is cut alike */
static void
test_short_names_apart (void)
{
  const char *names[] = {
    "МБОУ «СОШ № 1»",
    "МКОУ «СОШ № 1»",
    "МБОУ «Кировская СОШ № 2»",
    "МБОУ «Кировская СОШ № 2»",
  };
  g_auto (GStrv) shorts = karta_school_short_names (names, G_N_ELEMENTS (names));

  g_assert_cmpuint (g_strv_length (shorts), ==, 4);
  g_assert_cmpstr (shorts[0], ==, "МБОУ «СОШ № 1»");
  g_assert_cmpstr (shorts[1], ==, "МКОУ «СОШ № 1»");
  g_assert_cmpstr (shorts[2], ==, "Кировская СОШ № 2");
  g_assert_cmpstr (shorts[3], ==, "Кировская СОШ № 2");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/school-name/short", test_short_name);
  g_test_add_func ("/school-name/short-names-apart", test_short_names_apart);
  return g_test_run ();
}
