/* test-file-name.c — names for the files Karta writes: short, and taken by
 * every file system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-date.h"
#include "karta-file-name.h"

static void
test_long_title (void)
{
  const char      *title = "План-график («дорожная карта») реализации во Фрунзенском районе Санкт-Петербурга проекта "
                           "по оказанию адресной помощи общеобразовательным организациям Фрунзенского района "
                           "Санкт-Петербурга, имеющим низкие образовательные результаты обучающихся, в 2022 году";
  g_autofree char *name = karta_file_name_from_text (title);

  g_assert_cmpint (g_utf8_strlen (name, -1), <=, KARTA_FILE_NAME_MAX_CHARS);
  g_assert_cmpint (strlen (name) + strlen (".pdf"), <, 255);
  g_assert_true (g_str_has_prefix (title, name));
  /* cut at a word */
  g_assert_cmpint (title[strlen (name)], ==, ' ');
}

static void
test_refused_characters (void)
{
  static const struct
  {
    const char *text, *name;
  } cases[] = {
    { "Приказ № 12/3 от 01.09.2023", "Приказ № 12 3 от 01.09.2023" },
    { "«Итоги»: что? где?  когда*", "«Итоги» что где когда" },
    { "Отчёт.\t\n", "Отчёт" },
    { "..скрытый", "скрытый" },
    { "", "Karta" },
    { "///", "Karta" },
    { "a\\b<c>d|e\"f", "a b c d e f" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = karta_file_name_from_text (cases[i].text);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_roadmap_short_name (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  g_autofree char *untitled = NULL;
  g_autofree char *titled = NULL;
  g_autofree char *ordered = NULL;

  untitled = karta_roadmap_short_name (roadmap);
  g_assert_cmpstr (untitled, ==, "Roadmap");
  roadmap->title = g_strdup ("Дорожная карта");
  titled = karta_roadmap_short_name (roadmap);
  g_assert_cmpstr (titled, ==, "Дорожная карта");
  roadmap->order->kind = g_strdup ("Поручение");
  roadmap->order->number = g_strdup ("32-2");
  roadmap->order->date = karta_day_from_ymd (2022, 2, 8);
  ordered = karta_roadmap_short_name (roadmap);
  g_assert_cmpstr (ordered, ==, "Поручение № 32-2 from 08.02.2022");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/file-name/long-title", test_long_title);
  g_test_add_func ("/file-name/refused-characters", test_refused_characters);
  g_test_add_func ("/file-name/roadmap-short-name", test_roadmap_short_name);
  return g_test_run ();
}
