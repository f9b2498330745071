/* karta-store-demo.c — deterministic synthetic libraries for scale tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "karta-demo-pdf.h"
#include "karta-file-store.h"
#include "karta-error.h"
#include "karta-library.h"
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
  "Проведение совещания",
  "Анализ результатов",
  "Организация консультаций",
  "Разработка рекомендаций",
  "Мониторинг реализации",
  "Участие в семинаре",
  "Подготовка аналитической справки",
  "Проведение педагогического совета",
  "Организация взаимопосещения уроков",
  "Корректировка антирисковой программы",
};

static const char *subjects[] = {
  "по итогам ВПР",
  "для руководителей ШНОР",
  "с кураторами проекта «500+»",
  "по повышению учебной мотивации",
  "по работе с родителями",
  "по результатам ГИА",
  "с педагогами-наставниками",
  "по профилактике учебной неуспешности",
};

static const char *terms[] = {
  "Февраль-март",
  "В течение года",
  "До 01 августа",
  "Май, октябрь",
  "ежемесячно",
  "По необходимости",
  "Сентябрь",
  "1 квартал",
  "Ноябрь-декабрь",
  "С 07.02",
  "второе полугодие",
  "Апрель",
};

static const char *responsible[] = {
  "ИМЦ",
  "Отдел образования",
  "Муниципальный координатор",
  "ЦОКО",
  "Кураторы ШНОР",
};

static const char *evidence_kinds[] = {
  "Распоряжение",
  "Протокол",
  "Аналитическая справка",
  "Отчёт",
  "Информационная справка",
};

typedef struct
{
  GRand *rand;
  guint  n_roadmaps;
  guint  n_activities;
  guint  n_schools;
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
  guint          n_schools = demo->n_schools ? g_rand_int_range (demo->rand, 0, 4) : 0;

  activity->number = g_strdup_printf ("%s.%u", section_number, index + 1);
  activity->title = g_strdup_printf ("%s %s", PICK (demo, actions), PICK (demo, subjects));
  activity->term = g_strdup (PICK (demo, terms));
  karta_schedule_free (activity->schedule);
  activity->schedule = karta_terms_parse (activity->term, period);
  activity->responsible = g_strdup (PICK (demo, responsible));
  activity->evidence = g_strdup (PICK (demo, evidence_kinds));
  activity->status = g_rand_int_range (demo->rand, 0, KARTA_N_STATUSES);
  for (guint i = 0; i < n_schools; i++)
    {
      g_autofree char *name = school_name (g_rand_int_range (demo->rand, 0, demo->n_schools));
      gboolean         seen = FALSE;
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
demo_roadmap (Demo *demo,
              guint index)
{
  KartaRoadmap *roadmap = karta_roadmap_new ();
  int           year = 2022 + index % 4;
  guint         n_sections = G_N_ELEMENTS (section_titles);

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
      KartaSection    *section = karta_section_new (number, section_titles[s]);
      guint            count = demo->n_activities / n_sections + (s < demo->n_activities % n_sections ? 1 : 0);

      for (guint a = 0; a < count; a++)
        g_ptr_array_add (section->activities, demo_activity (demo, &roadmap->period, number, a));
      g_ptr_array_add (roadmap->sections, section);
    }
  return roadmap;
}

static gboolean
insert_schools (KartaStore *self,
                guint       n_schools,
                GError    **error)
{
  g_autoptr (GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);

  for (guint i = 0; i < n_schools; i++)
    g_ptr_array_add (refs, karta_ref_new (0, NULL));
  for (guint i = 0; i < n_schools; i++)
    ((KartaRef *) g_ptr_array_index (refs, i))->name = school_name (i);
  return karta_store_resolve_schools (self, refs, NULL, error);
}

static gboolean
insert_demo (KartaStore *self,
             gpointer    data,
             GError    **error)
{
  Demo *demo = data;

  if (!insert_schools (self, demo->n_schools, error))
    return FALSE;
  for (guint i = 0; i < demo->n_roadmaps; i++)
    {
      g_autoptr (KartaRoadmap) roadmap = demo_roadmap (demo, i);
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
karta_store_generate_demo (KartaStore *self,
                           guint       n_roadmaps,
                           guint       n_activities,
                           guint       n_schools,
                           GError    **error)
{
  Demo             demo = { g_rand_new_with_seed (20220208), n_roadmaps, n_activities, n_schools };
  g_autofree char *label = NULL;
  gboolean         ok;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Generate %u demo roadmap", "Generate %u demo roadmaps",
                                        n_roadmaps),
                           n_roadmaps);
  ok = karta_store_run (self, label, insert_demo, &demo, error);
  g_rand_free (demo.rand);
  return ok;
}

/* Demo documents: small PDFs attached to activities picked at random */

typedef struct
{
  GPtrArray *documents;    /* of KartaDocument* */
  GArray    *activity_ids; /* of gint64, one per document */
} DemoDocuments;

static gboolean
link_demo_documents (KartaStore *self,
                     gpointer    data,
                     GError    **error)
{
  DemoDocuments *demo = data;

  for (guint i = 0; i < demo->documents->len; i++)
    {
      gint64 id = karta_store_insert_document (self, g_ptr_array_index (demo->documents, i), error);
      if (id == 0 || !karta_store_link_document (self, id, g_array_index (demo->activity_ids, gint64, i), 0, error))
        return FALSE;
    }
  return TRUE;
}

/* The file of document @index, stored; its metadata says what the activity asks for. */
static KartaDocument *
demo_document (guint       index,
               const char *evidence,
               KartaDay    start,
               GRand      *rand,
               const char *documents_dir,
               const char *scratch,
               GError    **error)
{
  g_autofree char *text = g_strdup_printf ("Karta demo document %u", index + 1);
  g_autoptr (GBytes) pdf = karta_demo_pdf_new (text, 0, index);
  g_autoptr (KartaDocument) document = g_new0 (KartaDocument, 1);

  if (!g_file_set_contents (scratch, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error) ||
      !karta_file_store_put (documents_dir, scratch, NULL, NULL, NULL, &document->sha256, &document->size, error))
    return NULL;
  document->file_name = g_strdup_printf ("demo-%05u.pdf", index + 1);
  document->kind = g_strdup (evidence ? evidence : evidence_kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (evidence_kinds))]);
  document->number = g_strdup_printf ("%u", g_rand_int_range (rand, 1, 500));
  document->date = start + g_rand_int_range (rand, 0, 360);
  document->title = g_strdup_printf ("%s № %s", document->kind, document->number);
  document->pages = 1;
  document->has_text = TRUE;
  document->added_by = g_strdup ("karta-cli gen-demo");
  return g_steal_pointer (&document);
}

typedef struct
{
  gint64   id;
  char    *evidence;
  KartaDay start; /* of its roadmap's period */
} DemoTarget;

static void
demo_target_clear (gpointer data)
{
  g_free (((DemoTarget *) data)->evidence);
}

static GArray *
load_demo_targets (KartaStore *self,
                   GError    **error)
{
  g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (DemoTarget));
  sqlite3_stmt *stmt = karta_store_prepare (self,
                                            "SELECT a.id, a.evidence, r.period_start FROM activities a JOIN roadmaps r ON r.id = a.roadmap_id"
                                            " ORDER BY a.id",
                                            error);

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (targets, demo_target_clear);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      DemoTarget target = { sqlite3_column_int64 (stmt, 0), karta_column_text (stmt, 1),
                            karta_column_day (stmt, 2) };
      g_array_append_val (targets, target);
    }
  sqlite3_reset (stmt);
  if (targets->len == 0)
    {
      g_set_error (error, KARTA_ERROR, KARTA_ERROR_NOT_FOUND, _ ("There are no activities to attach documents to"));
      return NULL;
    }
  return g_steal_pointer (&targets);
}

static gboolean
make_demo_documents (KartaStore    *self,
                     guint          n_documents,
                     const char    *scratch,
                     DemoDocuments *demo,
                     GError       **error)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20230312);
  g_autoptr (GArray) targets = load_demo_targets (self, error);
  g_autofree char *documents_dir = karta_file_store_dir (self);

  if (targets == NULL)
    return FALSE;
  for (guint i = 0; i < n_documents; i++)
    {
      const DemoTarget *target = &g_array_index (targets, DemoTarget, g_rand_int_range (rand, 0, targets->len));
      KartaDocument    *document = demo_document (i, target->evidence, target->start, rand,
                                                  documents_dir, scratch, error);
      if (document == NULL)
        return FALSE;
      g_ptr_array_add (demo->documents, document);
      g_array_append_val (demo->activity_ids, target->id);
    }
  return TRUE;
}

/**
 * karta_store_generate_demo_documents:
 * @n_documents: documents to add
 *
 * Adds small PDFs to the document store (the same arguments on the same
 * library give the same files) and attaches each to an activity picked at
 * random, as one undoable action.
 */
gboolean
karta_store_generate_demo_documents (KartaStore *self,
                                     guint       n_documents,
                                     GError    **error)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  g_autoptr (GArray) activity_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  DemoDocuments    demo = { documents, activity_ids };
  g_autofree char *scratch_dir = g_dir_make_tmp ("karta-demo-XXXXXX", error);
  g_autofree char *scratch = scratch_dir ? g_build_filename (scratch_dir, "demo.pdf", NULL) : NULL;
  g_autofree char *label = NULL;
  gboolean         made;

  if (scratch_dir == NULL)
    return FALSE;
  made = make_demo_documents (self, n_documents, scratch, &demo, error);
  g_unlink (scratch);
  g_rmdir (scratch_dir);
  if (!made)
    return FALSE;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Generate %u demo document", "Generate %u demo documents",
                                        n_documents),
                           n_documents);
  return karta_store_run (self, label, link_demo_documents, &demo, error);
}
