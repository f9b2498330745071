/* test-school-name.c — schools' names cut to what tells them apart, for
 * dropdowns and pickers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "karta-district.h"
#include "karta-risk.h"
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

static const char *
name_itself (gconstpointer item)
{
  return item;
}

static int
school_first (gconstpointer item)
{
  return g_str_has_prefix (item, "Комитет") ? 1 : 0;
}

/* Numbers in number order, case aside; the groups first */
static void
test_names_sort (void)
{
  const char *names[] = { "Комитет по образованию", "ГБОУ СОШ № 12", "ГБОУ СОШ № 8", "гБОУ СОШ № 9",
                          "ГБОУ № 305", "ГБОУ СОШ № 8", "ГБОУ СОШ № 100" };
  const char *expected[] = { "ГБОУ № 305", "ГБОУ СОШ № 8", "ГБОУ СОШ № 8", "гБОУ СОШ № 9",
                             "ГБОУ СОШ № 12", "ГБОУ СОШ № 100", "Комитет по образованию" };
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (items, (gpointer) names[i]);
  karta_school_names_sort (items, name_itself, school_first);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (items, i), ==, expected[i]);
  /* equal names keep their order: the first «№ 8» stays first */
  g_assert_true (g_ptr_array_index (items, 1) == names[2]);
}

/* The district a text names, as written on its own, and its key */
static void
test_district_find (void)
{
  static const struct
  {
    const char *text;
    const char *district; /* NULL: none */
  } cases[] = {
    { "Комитет образования администрации Кировского муниципального района Ленинградской области",
      "Кировский муниципальный район" },
    { "План-график («дорожная карта») реализации во Фрунзенском районе Санкт-Петербурга проекта", "Фрунзенский район" },
    { "Отдел образования администрации Сковородинского муниципального округа", "Сковородинский муниципальный округ" },
    { "Управление образования Сосновоборского городского округа", "Сосновоборский городской округ" },
    { "Отдел образования администрации Усть-Ишимского района", "Усть-Ишимский район" },
    { "в Невском районе", "Невский район" },
    { "ПЛАН по повышению вовлеченности школ Ленинградской области в проект", NULL },
    { "Приказ комитета по образованию", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *district = karta_district_find (cases[i].text);
      g_assert_cmpstr (district, ==, cases[i].district);
    }
  g_assert_null (karta_district_find (NULL));
}

static void
test_district_key (void)
{
  g_autofree char *a = karta_district_key ("Кировский район");
  g_autofree char *b = karta_district_key ("администрации Кировского муниципального района");
  g_autofree char *c = karta_district_key ("Кировский район Санкт-Петербурга");
  g_autofree char *d = karta_district_key ("Гатчинский муниципальный район");

  g_assert_cmpstr (a, ==, "кировск");
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, ==, c);
  g_assert_cmpstr (d, ==, "гатчинск");
  g_assert_null (karta_district_key ("Ленинградская область"));
}

static KartaActivity *
activity_naming (const char *first,
                 const char *second)
{
  KartaActivity *activity = karta_activity_new ();

  g_ptr_array_add (activity->schools, karta_ref_new (0, first));
  if (second != NULL)
    g_ptr_array_add (activity->schools, karta_ref_new (0, second));
  return activity;
}

static const char *
school_at (const KartaRoadmap *roadmap,
           guint               activity,
           guint               school)
{
  const KartaSection  *section = g_ptr_array_index (roadmap->sections, 0);
  const KartaActivity *found = g_ptr_array_index (section->activities, activity);

  return school < found->schools->len ? ((KartaRef *) g_ptr_array_index (found->schools, school))->name : NULL;
}

/* Two ways of writing one school become one; a name left out is gone
 * from the activities, the order's list and the stated profiles */
static void
test_roadmap_schools (void)
{
  g_autoptr (KartaRoadmap) roadmap = karta_roadmap_new ();
  KartaSection    *section = karta_section_new ("1", "Мероприятия");
  KartaStatedRisk *stated = karta_stated_risk_new ("МКОУ «ОСШ № 2»", 2024);

  g_ptr_array_add (section->activities, activity_naming ("МКОУ «ОСШ № 2»", "МКОУ «Отраденская СОШ № 2»"));
  g_ptr_array_add (section->activities, activity_naming ("МКОУ «ОСШ № 2»", "МОУ «Сабская ООШ»"));
  g_ptr_array_add (roadmap->sections, section);
  g_ptr_array_add (roadmap->listed_schools, karta_listed_school_new ("МОУ «Сабская ООШ»", "ШЛ", 2024));
  stated->accepted = TRUE;
  g_ptr_array_add (roadmap->stated_risks, stated);

  karta_roadmap_choose_school (roadmap, "МКОУ «Отраденская СОШ № 2»", 42);
  karta_roadmap_merge_school (roadmap, "МКОУ «ОСШ № 2»", "МКОУ «Отраденская СОШ № 2»");
  /* named once where both were named, and the chosen school goes along */
  g_assert_cmpstr (school_at (roadmap, 0, 0), ==, "МКОУ «Отраденская СОШ № 2»");
  g_assert_null (school_at (roadmap, 0, 1));
  g_assert_cmpstr (school_at (roadmap, 1, 0), ==, "МКОУ «Отраденская СОШ № 2»");
  g_assert_cmpint (((KartaRef *) g_ptr_array_index (((KartaActivity *) g_ptr_array_index (section->activities, 1))->schools, 0))->id,
                   ==, 42);
  g_assert_cmpstr (stated->profile->school_name, ==, "МКОУ «Отраденская СОШ № 2»");
  g_assert_cmpint (stated->profile->organisation_id, ==, 42);

  karta_roadmap_leave_out_school (roadmap, "МОУ «Сабская ООШ»");
  g_assert_null (school_at (roadmap, 1, 1));
  g_assert_false (((KartaListedSchool *) g_ptr_array_index (roadmap->listed_schools, 0))->included);
  karta_roadmap_leave_out_school (roadmap, "МКОУ «Отраденская СОШ № 2»");
  g_assert_null (school_at (roadmap, 0, 0));
  g_assert_false (stated->accepted);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/school-name/short", test_short_name);
  g_test_add_func ("/school-name/short-names-apart", test_short_names_apart);
  g_test_add_func ("/school-name/sort", test_names_sort);
  g_test_add_func ("/school-name/district-find", test_district_find);
  g_test_add_func ("/school-name/district-key", test_district_key);
  g_test_add_func ("/school-name/roadmap-schools", test_roadmap_schools);
  return g_test_run ();
}
