/* karta-store-demo.c — deterministic synthetic libraries for scale tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-store-private.h"
#include "karta-terms.h"

static const char *section_titles[] = {
  "Организационные мероприятия",
  "Методическое сопровождение",
  "Мониторинг",
  "Информационно-аналитическое обеспечение",
  "Меры и управленческие решения",
};

static const char *actions[] = {
  "Проведение совещания", "Анализ результатов", "Организация консультаций",
  "Разработка рекомендаций", "Мониторинг реализации", "Участие в семинаре",
  "Подготовка аналитической справки", "Проведение педагогического совета",
  "Организация взаимопосещения уроков", "Корректировка антирисковой программы",
};

static const char *subjects[] = {
  "по итогам ВПР", "для руководителей ШНОР", "с кураторами проекта «500+»",
  "по повышению учебной мотивации", "по работе с родителями", "по результатам ГИА",
  "с педагогами-наставниками", "по профилактике учебной неуспешности",
};

static const char *terms[] = {
  "Февраль-март", "В течение года", "До 01 августа", "Май, октябрь", "ежемесячно",
  "По необходимости", "Сентябрь", "1 квартал", "Ноябрь-декабрь", "С 07.02",
  "второе полугодие", "Апрель",
};

static const char *responsible[] = {
  "ИМЦ", "Отдел образования", "Муниципальный координатор", "ЦОКО", "Кураторы ШНОР",
};

static const char *evidence[] = {
  "Распоряжение", "Протокол", "Аналитическая справка", "Отчёт", "Информационная справка",
};

typedef struct
{
  GRand   *rand;
  guint    n_roadmaps;
  guint    n_activities;
  guint    n_schools;
} Demo;

static const char *
pick (Demo        *demo,
      const char **items,
      guint        n_items)
{
  return items[g_rand_int_range (demo->rand, 0, n_items)];
}

#define PICK(demo, items) pick ((demo), (items), G_N_ELEMENTS (items))

static char *
school_name (guint index)
{
  return g_strdup_printf ("ГБОУ СОШ № %u", 100 + index);
}

static KartaActivity *
demo_activity (Demo              *demo,
               const KartaPeriod *period,
               const char        *section_number,
               guint              index)
{
  KartaActivity *activity = karta_activity_new ();
  guint n_schools = demo->n_schools ? g_rand_int_range (demo->rand, 0, 4) : 0;

  activity->number = g_strdup_printf ("%s.%u", section_number, index + 1);
  activity->title = g_strdup_printf ("%s %s", PICK (demo, actions), PICK (demo, subjects));
  activity->term = g_strdup (PICK (demo, terms));
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_terms_parse (activity->term, period);
  activity->responsible = g_strdup (PICK (demo, responsible));
  activity->evidence = g_strdup (PICK (demo, evidence));
  activity->status = g_rand_int_range (demo->rand, 0, KARTA_N_STATUSES);
  for (guint i = 0; i < n_schools; i++)
    {
      g_autofree char *name = school_name (g_rand_int_range (demo->rand, 0, demo->n_schools));
      gboolean seen = FALSE;
      for (guint j = 0; j < activity->schools->len; j++)
        seen |= g_str_equal (((KartaRef *) g_ptr_array_index (activity->schools, j))->name, name);
      if (!seen)
        g_ptr_array_add (activity->schools, karta_ref_new (0, name));
    }
  if (activity->schools->len > 0)
    activity->executors = g_strdup (((KartaRef *) g_ptr_array_index (activity->schools, 0))->name);
  return activity;
}

static KartaRoadmap *
demo_roadmap (Demo  *demo,
              guint  index)
{
  KartaRoadmap *roadmap = karta_roadmap_new ();
  int year = 2022 + index % 4;
  guint n_sections = G_N_ELEMENTS (section_titles);

  roadmap->title = g_strdup_printf ("Дорожная карта № %u: адресная помощь ШНОР в %d году", index + 1, year);
  roadmap->goal = g_strdup ("Повышение качества образования в школах с низкими образовательными результатами.");
  roadmap->period.start = karta_day_from_ymd (year, 1, 1);
  roadmap->period.end = karta_day_from_ymd (year, 12, 31);
  roadmap->order->kind = g_strdup ("Распоряжение");
  roadmap->order->number = g_strdup_printf ("%u-р", 100 + index);
  roadmap->order->date = karta_day_from_ymd (year, 1, 20);
  roadmap->order->authority = g_strdup ("Отдел образования администрации района");

  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u", s + 1);
      KartaSection *section = karta_section_new (number, section_titles[s]);
      guint count = demo->n_activities / n_sections + (s < demo->n_activities % n_sections ? 1 : 0);

      for (guint a = 0; a < count; a++)
        g_ptr_array_add (section->activities, demo_activity (demo, &roadmap->period, number, a));
      g_ptr_array_add (roadmap->sections, section);
    }
  return roadmap;
}

static gboolean
insert_schools (KartaStore  *self,
                guint        n_schools,
                GError     **error)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);

  for (guint i = 0; i < n_schools; i++)
    g_ptr_array_add (refs, karta_ref_new (0, NULL));
  for (guint i = 0; i < n_schools; i++)
    ((KartaRef *) g_ptr_array_index (refs, i))->name = school_name (i);
  return karta_store_resolve_schools (self, refs, error);
}

static gboolean
insert_demo (KartaStore  *self,
             gpointer     data,
             GError     **error)
{
  Demo *demo = data;

  if (!insert_schools (self, demo->n_schools, error))
    return FALSE;
  for (guint i = 0; i < demo->n_roadmaps; i++)
    {
      g_autoptr(KartaRoadmap) roadmap = demo_roadmap (demo, i);
      if (karta_store_insert_roadmap (self, roadmap, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * karta_store_generate_demo:
 * @n_roadmaps: roadmaps to add
 * @n_activities: activities per roadmap, in five sections
 * @n_schools: schools, linked at random to activities
 *
 * Adds a deterministic synthetic library (the same arguments give the same
 * data) as one undoable action.
 */
gboolean
karta_store_generate_demo (KartaStore  *self,
                           guint        n_roadmaps,
                           guint        n_activities,
                           guint        n_schools,
                           GError     **error)
{
  Demo demo = { g_rand_new_with_seed (20220208), n_roadmaps, n_activities, n_schools };
  g_autofree char *label = NULL;
  gboolean ok;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Generate %u demo roadmap", "Generate %u demo roadmaps",
                                        n_roadmaps), n_roadmaps);
  ok = karta_store_run (self, label, insert_demo, &demo, error);
  g_rand_free (demo.rand);
  return ok;
}
