/* karta-model.c — the roadmap domain as plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "karta-model.h"
#include "karta-risk.h"

static const char *status_names[KARTA_N_STATUSES] = {
  "planned",
  "in_progress",
  "done",
  "overdue",
  "cancelled",
};

static const char *risk_names[] = { "low", "medium", "high" };
static const char *risk_names_ru[] = { "низкий", "средний", "высокий" };

/**
 * karta_text_is_blank:
 *
 * Returns: %TRUE for %NULL, "" or only white space
 */
gboolean
karta_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

const char *
karta_status_to_string (KartaStatus status)
{
  g_return_val_if_fail (status < KARTA_N_STATUSES, "planned");
  return status_names[status];
}

gboolean
karta_status_from_string (const char  *name,
                          KartaStatus *status)
{
  for (guint i = 0; i < KARTA_N_STATUSES; i++)
    if (g_strcmp0 (name, status_names[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * karta_status_describe:
 *
 * Returns: the status for people, translated.
 */
const char *
karta_status_describe (KartaStatus status)
{
  switch (status)
    {
    case KARTA_STATUS_PLANNED: return _ ("Planned");
    case KARTA_STATUS_IN_PROGRESS: return _ ("In progress");
    case KARTA_STATUS_DONE: return _ ("Done");
    case KARTA_STATUS_OVERDUE: return _ ("Overdue");
    case KARTA_STATUS_CANCELLED: return _ ("Cancelled");
    case KARTA_N_STATUSES:
    default: g_return_val_if_reached (NULL);
    }
}

const char *
karta_risk_level_to_string (KartaRiskLevel level)
{
  g_return_val_if_fail (level <= KARTA_RISK_HIGH, "low");
  return risk_names[level];
}

/**
 * karta_risk_level_from_string:
 * @name: "high", "medium", "low" or the Russian "высокий", "средний", "низкий"
 *   in any case
 */
gboolean
karta_risk_level_from_string (const char     *name,
                              KartaRiskLevel *level)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (name == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (name));
  folded = g_utf8_strdown (stripped, -1);
  for (guint i = 0; i < G_N_ELEMENTS (risk_names); i++)
    if (g_str_equal (folded, risk_names[i]) || g_str_equal (folded, risk_names_ru[i]))
      {
        *level = i;
        return TRUE;
      }
  return FALSE;
}

KartaRef *
karta_ref_new (gint64      id,
               const char *name)
{
  KartaRef *ref = g_new0 (KartaRef, 1);

  ref->id = id;
  ref->name = g_strdup (name);
  return ref;
}

void
karta_ref_free (KartaRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->name);
  g_free (ref);
}

static KartaRef *
ref_copy (const KartaRef *ref,
          gpointer        user_data)
{
  return karta_ref_new (ref->id, ref->name);
}

KartaExecution *
karta_execution_new (gint64      organisation_id,
                     KartaStatus status)
{
  KartaExecution *execution = g_new0 (KartaExecution, 1);

  execution->organisation_id = organisation_id;
  execution->status = status;
  return execution;
}

void
karta_execution_free (KartaExecution *execution)
{
  if (execution == NULL)
    return;
  g_free (execution->note);
  g_free (execution);
}

static KartaExecution *
execution_copy (const KartaExecution *execution,
                gpointer              user_data)
{
  KartaExecution *copy = karta_execution_new (execution->organisation_id, execution->status);

  copy->done_on = execution->done_on;
  copy->note = g_strdup (execution->note);
  return copy;
}

KartaOrder *
karta_order_new (void)
{
  return g_new0 (KartaOrder, 1);
}

KartaOrder *
karta_order_copy (const KartaOrder *order)
{
  KartaOrder *copy = karta_order_new ();

  copy->id = order->id;
  copy->kind = g_strdup (order->kind);
  copy->number = g_strdup (order->number);
  copy->date = order->date;
  copy->authority = g_strdup (order->authority);
  copy->signatory = g_strdup (order->signatory);
  copy->controller = g_strdup (order->controller);
  copy->note = g_strdup (order->note);
  return copy;
}

/**
 * karta_order_format:
 * @order: (nullable): an order
 *
 * Returns: (transfer full): the order as it is cited, from what it has:
 *   "Распоряжение № 32-р от 08.02.2022", "Приказ № 12", "" for none.
 */
char *
karta_order_format (const KartaOrder *order)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (order == NULL)
    return g_strdup ("");
  if (!karta_text_is_blank (order->kind))
    {
      const char      *rest = g_utf8_next_char (order->kind);
      g_autofree char *first = g_utf8_strup (order->kind, rest - order->kind);
      g_ptr_array_add (parts, g_strconcat (first, rest, NULL));
    }
  if (!karta_text_is_blank (order->number))
    /* Translators: the number of an order, as in "Распоряжение № 32-р" */
    g_ptr_array_add (parts, g_strdup_printf (_ ("No. %s"), order->number));
  if (order->date != KARTA_DAY_NONE)
    {
      g_autofree char *date = karta_day_format (order->date);
      /* Translators: the date of an order, as in "№ 32-р от 08.02.2022" */
      g_ptr_array_add (parts, g_strdup_printf (_ ("of %s"), date));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" ", (char **) parts->pdata);
}

void
karta_order_free (KartaOrder *order)
{
  if (order == NULL)
    return;
  g_free (order->kind);
  g_free (order->number);
  g_free (order->authority);
  g_free (order->signatory);
  g_free (order->controller);
  g_free (order->note);
  g_free (order);
}

KartaActivity *
karta_activity_new (void)
{
  KartaActivity *activity = g_new0 (KartaActivity, 1);

  activity->schedule = karta_schedule_new (KARTA_SCHEDULE_NONE);
  activity->schools = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  activity->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_ref_free);
  activity->executions = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_execution_free);
  activity->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_document_free);
  return activity;
}

static KartaDocument *
document_copy (const KartaDocument *document,
               gpointer             user_data)
{
  KartaDocument *copy = g_new0 (KartaDocument, 1);

  *copy = *document;
  copy->sha256 = g_strdup (document->sha256);
  copy->file_name = g_strdup (document->file_name);
  copy->kind = g_strdup (document->kind);
  copy->number = g_strdup (document->number);
  copy->title = g_strdup (document->title);
  copy->added_by = g_strdup (document->added_by);
  copy->added_at = document->added_at ? g_date_time_ref (document->added_at) : NULL;
  copy->links = g_strdup (document->links);
  return copy;
}

/**
 * karta_activity_copy:
 *
 * A deep copy, for editors that change a copy and hand it to the store.
 */
KartaActivity *
karta_activity_copy (const KartaActivity *activity)
{
  KartaActivity *copy = g_new0 (KartaActivity, 1);

  copy->id = activity->id;
  copy->section_id = activity->section_id;
  copy->number = g_strdup (activity->number);
  copy->number_generated = activity->number_generated;
  copy->title = g_strdup (activity->title);
  copy->term = g_strdup (activity->term);
  copy->schedule = karta_schedule_copy (activity->schedule);
  copy->term_edited = activity->term_edited;
  copy->responsible = g_strdup (activity->responsible);
  copy->executors = g_strdup (activity->executors);
  copy->participants = g_strdup (activity->participants);
  copy->direction = g_strdup (activity->direction);
  copy->result = g_strdup (activity->result);
  copy->evidence = g_strdup (activity->evidence);
  copy->status = activity->status;
  copy->done_on = activity->done_on;
  copy->notes = g_strdup (activity->notes);
  copy->schools = g_ptr_array_copy (activity->schools, (GCopyFunc) ref_copy, NULL);
  copy->factors = g_ptr_array_copy (activity->factors, (GCopyFunc) ref_copy, NULL);
  copy->executions = g_ptr_array_copy (activity->executions, (GCopyFunc) execution_copy, NULL);
  copy->documents = g_ptr_array_copy (activity->documents, (GCopyFunc) document_copy, NULL);
  return copy;
}

void
karta_activity_free (KartaActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->number);
  g_free (activity->title);
  g_free (activity->term);
  karta_schedule_free (activity->schedule);
  g_free (activity->responsible);
  g_free (activity->executors);
  g_free (activity->participants);
  g_free (activity->direction);
  g_free (activity->result);
  g_free (activity->evidence);
  g_free (activity->notes);
  g_ptr_array_unref (activity->schools);
  g_ptr_array_unref (activity->factors);
  g_ptr_array_unref (activity->executions);
  g_ptr_array_unref (activity->documents);
  g_free (activity);
}

KartaSection *
karta_section_new (const char *number,
                   const char *title)
{
  KartaSection *section = g_new0 (KartaSection, 1);

  section->number = g_strdup (number);
  section->title = g_strdup (title);
  section->tasks = g_ptr_array_new_with_free_func (g_free);
  section->indicators = g_ptr_array_new_with_free_func (g_free);
  section->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_activity_free);
  section->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_section_free);
  return section;
}

void
karta_section_free (KartaSection *section)
{
  if (section == NULL)
    return;
  g_free (section->number);
  g_free (section->title);
  g_ptr_array_unref (section->tasks);
  g_ptr_array_unref (section->indicators);
  g_ptr_array_unref (section->activities);
  g_ptr_array_unref (section->sections);
  g_free (section);
}

/**
 * karta_section_count_activities:
 *
 * Returns: the activities of @section and of its nested sections.
 */
guint
karta_section_count_activities (const KartaSection *section)
{
  guint count = section->activities->len;

  for (guint i = 0; i < section->sections->len; i++)
    count += karta_section_count_activities (g_ptr_array_index (section->sections, i));
  return count;
}

KartaGlossaryEntry *
karta_glossary_entry_new (const char *abbr,
                          const char *meaning)
{
  KartaGlossaryEntry *entry = g_new0 (KartaGlossaryEntry, 1);

  entry->abbr = g_strdup (abbr);
  entry->meaning = g_strdup (meaning);
  return entry;
}

void
karta_glossary_entry_free (KartaGlossaryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->abbr);
  g_free (entry->meaning);
  g_free (entry);
}

KartaListedSchool *
karta_listed_school_new (const char *school,
                         const char *category,
                         int         year)
{
  KartaListedSchool *listed = g_new0 (KartaListedSchool, 1);

  listed->school = karta_ref_new (0, school);
  listed->category = g_strdup (category);
  listed->year = year;
  listed->included = TRUE;
  return listed;
}

void
karta_listed_school_free (KartaListedSchool *listed)
{
  if (listed == NULL)
    return;
  karta_ref_free (listed->school);
  g_free (listed->category);
  g_free (listed);
}

KartaRoadmap *
karta_roadmap_new (void)
{
  KartaRoadmap *roadmap = g_atomic_rc_box_new0 (KartaRoadmap);

  roadmap->order = karta_order_new ();
  roadmap->editions = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_order_free);
  roadmap->tasks = g_ptr_array_new_with_free_func (g_free);
  roadmap->indicators = g_ptr_array_new_with_free_func (g_free);
  roadmap->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_section_free);
  roadmap->glossary = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_glossary_entry_free);
  roadmap->listed_schools = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_listed_school_free);
  roadmap->stated_risks = g_ptr_array_new_with_free_func ((GDestroyNotify) karta_stated_risk_free);
  return roadmap;
}

/**
 * karta_roadmap_ref:
 *
 * A roadmap is shared, not copied, by what shows it (the table's rows, the
 * Gantt layout, an open editor): each holds a reference, and its sections
 * and activities live as long as the last one.
 *
 * Returns: (transfer full): @roadmap
 */
KartaRoadmap *
karta_roadmap_ref (KartaRoadmap *roadmap)
{
  return g_atomic_rc_box_acquire (roadmap);
}

static void
roadmap_clear (gpointer data)
{
  KartaRoadmap *roadmap = data;

  g_free (roadmap->title);
  g_free (roadmap->goal);
  g_free (roadmap->context);
  karta_order_free (roadmap->order);
  g_ptr_array_unref (roadmap->editions);
  g_ptr_array_unref (roadmap->tasks);
  g_ptr_array_unref (roadmap->indicators);
  g_ptr_array_unref (roadmap->sections);
  g_ptr_array_unref (roadmap->glossary);
  g_ptr_array_unref (roadmap->listed_schools);
  g_ptr_array_unref (roadmap->stated_risks);
}

void
karta_roadmap_unref (KartaRoadmap *roadmap)
{
  if (roadmap != NULL)
    g_atomic_rc_box_release_full (roadmap, roadmap_clear);
}

guint
karta_roadmap_count_activities (const KartaRoadmap *roadmap)
{
  guint count = 0;

  for (guint i = 0; i < roadmap->sections->len; i++)
    count += karta_section_count_activities (g_ptr_array_index (roadmap->sections, i));
  return count;
}

/* Unset and empty texts are alike: an editor gives back "" for NULL */
static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

static gboolean
same_refs (const GPtrArray *a,
           const GPtrArray *b)
{
  guint n_a = a ? a->len : 0, n_b = b ? b->len : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    {
      const KartaRef *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      if (x->id != y->id || (x->id == 0 && !same_text (x->name, y->name)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_executions (const GPtrArray *a,
                 const GPtrArray *b)
{
  guint n_a = a ? a->len : 0, n_b = b ? b->len : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    {
      const KartaExecution *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      if (x->organisation_id != y->organisation_id || x->status != y->status || x->done_on != y->done_on ||
          !same_text (x->note, y->note))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_spans (const KartaSchedule *a,
            const KartaSchedule *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->kind != b->kind || a->spans->len != b->spans->len)
    return FALSE;
  for (guint i = 0; i < a->spans->len; i++)
    {
      const KartaSpan *x = &g_array_index (a->spans, KartaSpan, i), *y = &g_array_index (b->spans, KartaSpan, i);
      if (x->start != y->start || x->end != y->end || !same_text (x->label, y->label))
        return FALSE;
    }
  return TRUE;
}

/**
 * karta_activity_equal:
 *
 * Returns: whether @a and @b say the same of the activity: every field a
 *   user edits, the schools and their execution, the factors and dates
 *   (not the documents, which are attached at once)
 */
gboolean
karta_activity_equal (const KartaActivity *a,
                      const KartaActivity *b)
{
  return same_text (a->number, b->number) && same_text (a->title, b->title) && same_text (a->term, b->term) &&
         same_text (a->responsible, b->responsible) && same_text (a->executors, b->executors) &&
         same_text (a->participants, b->participants) && same_text (a->direction, b->direction) &&
         same_text (a->result, b->result) && same_text (a->evidence, b->evidence) && same_text (a->notes, b->notes) &&
         a->status == b->status && a->done_on == b->done_on && a->term_edited == b->term_edited &&
         same_spans (a->schedule, b->schedule) && same_refs (a->schools, b->schools) &&
         same_refs (a->factors, b->factors) && same_executions (a->executions, b->executions);
}

static KartaActivity *
section_find_activity (const KartaSection *section,
                       gint64              activity_id)
{
  for (guint i = 0; i < section->activities->len; i++)
    {
      KartaActivity *activity = g_ptr_array_index (section->activities, i);
      if (activity->id == activity_id)
        return activity;
    }
  for (guint i = 0; i < section->sections->len; i++)
    {
      KartaActivity *found = section_find_activity (g_ptr_array_index (section->sections, i), activity_id);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * karta_roadmap_find_activity:
 *
 * Returns: (transfer none) (nullable): the activity with @activity_id.
 */
KartaActivity *
karta_roadmap_find_activity (const KartaRoadmap *roadmap,
                             gint64              activity_id)
{
  for (guint i = 0; i < roadmap->sections->len; i++)
    {
      KartaActivity *found = section_find_activity (g_ptr_array_index (roadmap->sections, i), activity_id);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
karta_roadmap_summary_free (KartaRoadmapSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->title);
  g_free (summary);
}

static void
category_free (KartaCategory *category)
{
  g_free (category->name);
  g_free (category);
}

KartaOrganisation *
karta_organisation_new (void)
{
  KartaOrganisation *organisation = g_new0 (KartaOrganisation, 1);

  organisation->pupils = -1;
  organisation->is_school = TRUE;
  organisation->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) category_free);
  return organisation;
}

void
karta_organisation_add_category (KartaOrganisation *organisation,
                                 int                year,
                                 const char        *name)
{
  KartaCategory *category = g_new0 (KartaCategory, 1);

  category->year = year;
  category->name = g_strdup (name);
  g_ptr_array_add (organisation->categories, category);
}

KartaOrganisation *
karta_organisation_copy (const KartaOrganisation *organisation)
{
  KartaOrganisation *copy = karta_organisation_new ();

  copy->id = organisation->id;
  copy->name = g_strdup (organisation->name);
  copy->short_name = g_strdup (organisation->short_name);
  copy->number = g_strdup (organisation->number);
  copy->kind = g_strdup (organisation->kind);
  copy->district = g_strdup (organisation->district);
  copy->pupils = organisation->pupils;
  copy->is_school = organisation->is_school;
  copy->curator_id = organisation->curator_id;
  copy->curator_name = g_strdup (organisation->curator_name);
  for (guint i = 0; i < organisation->categories->len; i++)
    {
      KartaCategory *category = g_ptr_array_index (organisation->categories, i);
      karta_organisation_add_category (copy, category->year, category->name);
    }
  return copy;
}

void
karta_organisation_free (KartaOrganisation *organisation)
{
  if (organisation == NULL)
    return;
  g_free (organisation->name);
  g_free (organisation->short_name);
  g_free (organisation->number);
  g_free (organisation->kind);
  g_free (organisation->district);
  g_free (organisation->curator_name);
  g_ptr_array_unref (organisation->categories);
  g_free (organisation);
}

/**
 * karta_organisation_get_display_name:
 *
 * Returns: the short name when there is one, the full name otherwise.
 */
const char *
karta_organisation_get_display_name (const KartaOrganisation *organisation)
{
  if (organisation->short_name != NULL && *organisation->short_name != '\0')
    return organisation->short_name;
  return organisation->name;
}

void
karta_person_free (KartaPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->full_name);
  g_free (person->position);
  g_free (person->phone);
  g_free (person->email);
  g_free (person);
}

KartaDocument *
karta_document_copy (const KartaDocument *document)
{
  KartaDocument *copy = g_memdup2 (document, sizeof *document);

  copy->sha256 = g_strdup (document->sha256);
  copy->file_name = g_strdup (document->file_name);
  copy->kind = g_strdup (document->kind);
  copy->number = g_strdup (document->number);
  copy->title = g_strdup (document->title);
  copy->added_by = g_strdup (document->added_by);
  copy->added_at = document->added_at != NULL ? g_date_time_ref (document->added_at) : NULL;
  copy->links = g_strdup (document->links);
  return copy;
}

void
karta_document_free (KartaDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->sha256);
  g_free (document->file_name);
  g_free (document->kind);
  g_free (document->number);
  g_free (document->title);
  g_free (document->added_by);
  g_clear_pointer (&document->added_at, g_date_time_unref);
  g_free (document->links);
  g_free (document);
}

void
karta_history_entry_free (KartaHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_clear_pointer (&entry->at, g_date_time_unref);
  g_free (entry->action);
  g_free (entry);
}
