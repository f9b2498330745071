/* karta-gantt-layout.c — the rows of a roadmap's Gantt chart, its time
 * scale and geometry, and hit testing
 *
 * Rows all have one height, so a row is found from y by a division and a
 * viewport's rows are a range of the row array: drawing and hit testing
 * cost the same for 200 activities as for 20,000.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include "karta-gantt-private.h"

#define DEFAULT_PIXELS_PER_DAY 3.0

static GHashTable *
id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static GHashTable *
id_set_copy (GHashTable *set)
{
  GHashTable    *copy = id_set_new ();
  GHashTableIter iter;
  gpointer       key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy, g_memdup2 (key, sizeof (gint64)));
  return copy;
}

static gboolean
activity_shown (const KartaGanttLayout *layout,
                const KartaActivity    *activity)
{
  return layout->filter == NULL || karta_activity_filter_passes (layout->filter, activity);
}

static gboolean
section_has_header (const KartaSection *section)
{
  return !karta_text_is_blank (section->number) || !karta_text_is_blank (section->title);
}

static gboolean
section_shows_any (const KartaGanttLayout *layout,
                   const KartaSection     *section)
{
  for (guint i = 0; i < section->activities->len; i++)
    if (activity_shown (layout, g_ptr_array_index (section->activities, i)))
      return TRUE;
  for (guint i = 0; i < section->sections->len; i++)
    if (section_shows_any (layout, g_ptr_array_index (section->sections, i)))
      return TRUE;
  return FALSE;
}

static void
append_activities (KartaGanttLayout   *layout,
                   const KartaSection *section,
                   guint               depth)
{
  for (guint i = 0; i < section->activities->len; i++)
    {
      KartaActivity *activity = g_ptr_array_index (section->activities, i);
      KartaGanttRow  row = { KARTA_GANTT_ROW_ACTIVITY, depth, section, activity };

      if (!activity_shown (layout, activity))
        continue;
      g_array_append_val (layout->rows, row);
      if (activity->number != NULL)
        layout->number_chars = MAX (layout->number_chars, g_utf8_strlen (activity->number, -1));
    }
}

/* A section's header, then (unless collapsed) its activities and its
 * subsections; nothing at all when a filter leaves it empty. Each
 * activity is asked the filter once, but for collapsed sections. */
static void
append_section (KartaGanttLayout   *layout,
                const KartaSection *section,
                guint               depth)
{
  gboolean header = section_has_header (section);
  guint    start = layout->rows->len, inner = header ? depth + 1 : depth;

  if (header)
    {
      KartaGanttRow row = { KARTA_GANTT_ROW_SECTION, depth, section, NULL };

      g_array_append_val (layout->rows, row);
      if (karta_gantt_layout_get_section_collapsed (layout, section->id))
        {
          if (layout->filter != NULL && !section_shows_any (layout, section))
            g_array_set_size (layout->rows, start);
          return;
        }
    }
  append_activities (layout, section, inner);
  for (guint i = 0; i < section->sections->len; i++)
    append_section (layout, g_ptr_array_index (section->sections, i), inner);
  if (layout->filter != NULL && layout->rows->len == start + (header ? 1 : 0))
    g_array_set_size (layout->rows, start);
}

/**
 * karta_gantt_layout_refilter:
 *
 * Builds the rows again: after the filter's answers or the roadmap's
 * activities changed.
 */
void
karta_gantt_layout_refilter (KartaGanttLayout *layout)
{
  g_array_set_size (layout->rows, 0);
  layout->number_chars = 0;
  for (guint i = 0; layout->roadmap != NULL && i < layout->roadmap->sections->len; i++)
    append_section (layout, g_ptr_array_index (layout->roadmap->sections, i), 0);
  /* digits and dots are about 0.6 of the font size wide */
  layout->number_width = MAX (2.0, 0.62 * layout->number_chars);
}

static void
extend (KartaPeriod *extent,
        KartaDay     first,
        KartaDay     last)
{
  if (first == KARTA_DAY_NONE || last < first)
    return;
  if (extent->start == KARTA_DAY_NONE || first < extent->start)
    extent->start = first;
  extent->end = MAX (extent->end, last);
}

static void
section_extent (const KartaSection *section,
                KartaPeriod        *extent)
{
  for (guint i = 0; i < section->activities->len; i++)
    {
      const KartaActivity *activity = g_ptr_array_index (section->activities, i);

      if (activity->schedule != NULL)
        extend (extent, karta_schedule_first_day (activity->schedule), karta_schedule_last_day (activity->schedule));
    }
  for (guint i = 0; i < section->sections->len; i++)
    section_extent (g_ptr_array_index (section->sections, i), extent);
}

/* The days @section's dated activities cover, nested sections' included,
 * recorded for every section: its header row shows them as a summary.
 * Work throughout the period is left out, or every summary would be the
 * whole period. */
static KartaPeriod
record_summaries (KartaGanttLayout   *layout,
                  const KartaSection *section)
{
  KartaPeriod extent = { KARTA_DAY_NONE, KARTA_DAY_NONE }, inner;

  for (guint i = 0; i < section->activities->len; i++)
    {
      const KartaActivity *activity = g_ptr_array_index (section->activities, i);

      if (activity->schedule != NULL && activity->schedule->kind == KARTA_SCHEDULE_DATES)
        extend (&extent, karta_schedule_first_day (activity->schedule), karta_schedule_last_day (activity->schedule));
    }
  for (guint i = 0; i < section->sections->len; i++)
    {
      inner = record_summaries (layout, g_ptr_array_index (section->sections, i));
      extend (&extent, inner.start, inner.end);
    }
  if (extent.start != KARTA_DAY_NONE)
    g_hash_table_insert (layout->summaries, (gpointer) section, g_memdup2 (&extent, sizeof extent));
  return extent;
}

/**
 * karta_gantt_layout_get_summary:
 *
 * Returns: (nullable): the days @section's dated activities cover, nested
 *   sections' included, or %NULL when it has none
 */
const KartaPeriod *
karta_gantt_layout_get_summary (const KartaGanttLayout *layout,
                                const KartaSection     *section)
{
  return g_hash_table_lookup (layout->summaries, section);
}

/* The roadmap's period; without one, the days its schedules cover; without
 * those, the current year. */
static KartaPeriod
default_range (const KartaRoadmap *roadmap,
               KartaDay            today)
{
  KartaPeriod extent = { KARTA_DAY_NONE, KARTA_DAY_NONE };
  int         year;

  if (roadmap != NULL && roadmap->period.start != KARTA_DAY_NONE && roadmap->period.end >= roadmap->period.start)
    return roadmap->period;
  for (guint i = 0; roadmap != NULL && i < roadmap->sections->len; i++)
    section_extent (g_ptr_array_index (roadmap->sections, i), &extent);
  if (extent.start != KARTA_DAY_NONE && extent.end >= extent.start)
    return extent;
  karta_day_to_ymd (today, &year, NULL, NULL);
  return (KartaPeriod){ karta_day_from_ymd (year, 1, 1), karta_day_from_ymd (year, 12, 31) };
}

/**
 * karta_gantt_layout_new:
 * @roadmap: (nullable): the roadmap, of which the layout keeps a reference
 *
 * A layout with the screen palette, the roadmap's period as its range, all
 * sections expanded and every activity shown.
 */
KartaGanttLayout *
karta_gantt_layout_new (KartaRoadmap *roadmap)
{
  KartaGanttLayout *layout = g_new0 (KartaGanttLayout, 1);

  layout->rows = g_array_new (FALSE, FALSE, sizeof (KartaGanttRow));
  layout->collapsed = id_set_new ();
  layout->highlighted = id_set_new ();
  layout->summaries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  layout->today = karta_day_today ();
  layout->pixels_per_day = DEFAULT_PIXELS_PER_DAY;
  layout->text_scale = 1.0;
  layout->label_width = -1;
  layout->title_lines = 1;
  karta_gantt_palette_init_screen (&layout->palette, FALSE);
  karta_gantt_layout_set_roadmap (layout, roadmap);
  return layout;
}

/**
 * karta_gantt_layout_copy:
 *
 * The same rows, scale and palette, for printing while the window goes on
 * with its own. The copy has no filter: its rows stay those of @layout
 * until they are built again.
 */
KartaGanttLayout *
karta_gantt_layout_copy (const KartaGanttLayout *layout)
{
  KartaGanttLayout *copy = g_memdup2 (layout, sizeof *layout);
  GHashTableIter    iter;
  gpointer          key, value;

  copy->rows = g_array_copy (layout->rows);
  copy->collapsed = id_set_copy (layout->collapsed);
  copy->highlighted = id_set_copy (layout->highlighted);
  copy->summaries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_iter_init (&iter, layout->summaries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->summaries, key, g_memdup2 (value, sizeof (KartaPeriod)));
  if (copy->roadmap != NULL)
    karta_roadmap_ref (copy->roadmap);
  copy->filter = NULL;
  return copy;
}

void
karta_gantt_layout_free (KartaGanttLayout *layout)
{
  if (layout == NULL)
    return;
  karta_activity_filter_unref (layout->filter);
  g_array_unref (layout->rows);
  g_hash_table_unref (layout->collapsed);
  g_hash_table_unref (layout->highlighted);
  g_hash_table_unref (layout->summaries);
  karta_roadmap_unref (layout->roadmap);
  g_free (layout);
}

/**
 * karta_gantt_layout_set_roadmap:
 *
 * Shows @roadmap (or a new load of the same one): the rows are built again,
 * the range becomes its period and the calendar its kind of year; collapsed
 * sections, the filter, the zoom and the selection stay.
 */
void
karta_gantt_layout_set_roadmap (KartaGanttLayout *layout,
                                KartaRoadmap     *roadmap)
{
  KartaPeriod range = default_range (roadmap, layout->today);

  if (roadmap != NULL)
    karta_roadmap_ref (roadmap);
  karta_roadmap_unref (layout->roadmap);
  layout->roadmap = roadmap;
  g_hash_table_remove_all (layout->summaries);
  for (guint i = 0; roadmap != NULL && i < roadmap->sections->len; i++)
    record_summaries (layout, g_ptr_array_index (roadmap->sections, i));
  layout->first = range.start;
  layout->last = range.end;
  layout->academic = roadmap != NULL && karta_period_is_academic (&roadmap->period);
  karta_gantt_layout_refilter (layout);
}

KartaRoadmap *
karta_gantt_layout_get_roadmap (const KartaGanttLayout *layout)
{
  return layout->roadmap;
}

void
karta_gantt_layout_set_section_collapsed (KartaGanttLayout *layout,
                                          gint64            section_id,
                                          gboolean          collapsed)
{
  if (collapsed == karta_gantt_layout_get_section_collapsed (layout, section_id))
    return;
  if (collapsed)
    g_hash_table_add (layout->collapsed, g_memdup2 (&section_id, sizeof section_id));
  else
    g_hash_table_remove (layout->collapsed, &section_id);
  karta_gantt_layout_refilter (layout);
}

gboolean
karta_gantt_layout_get_section_collapsed (const KartaGanttLayout *layout,
                                          gint64                  section_id)
{
  return g_hash_table_contains (layout->collapsed, &section_id);
}

/**
 * karta_gantt_layout_set_filter:
 * @filter: (nullable): the activities that pass it show (its search is
 *   not asked: the view highlights what it finds); %NULL shows every one
 *
 * The layout keeps a reference to @filter, which the roadmap's table
 * shares. The rows are built again now; call karta_gantt_layout_refilter()
 * when the filter's criteria change.
 */
void
karta_gantt_layout_set_filter (KartaGanttLayout    *layout,
                               KartaActivityFilter *filter)
{
  if (filter != NULL)
    karta_activity_filter_ref (filter);
  karta_activity_filter_unref (layout->filter);
  layout->filter = filter;
  karta_gantt_layout_refilter (layout);
}

/* Rows matching a search: drawn with a highlight. */
void
karta_gantt_layout_set_highlighted (KartaGanttLayout *layout,
                                    const gint64     *activity_ids,
                                    guint             n_ids)
{
  g_hash_table_remove_all (layout->highlighted);
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_add (layout->highlighted, g_memdup2 (&activity_ids[i], sizeof (gint64)));
}

gboolean
karta_gantt_layout_is_highlighted (const KartaGanttLayout *layout,
                                   gint64                  activity_id)
{
  return g_hash_table_contains (layout->highlighted, &activity_id);
}

/* @activity_id: 0 for none */
void
karta_gantt_layout_set_selected (KartaGanttLayout *layout,
                                 gint64            activity_id)
{
  layout->selected = activity_id;
}

gint64
karta_gantt_layout_get_selected (const KartaGanttLayout *layout)
{
  return layout->selected;
}

guint
karta_gantt_layout_get_n_rows (const KartaGanttLayout *layout)
{
  return layout->rows->len;
}

const KartaGanttRow *
karta_gantt_layout_get_row (const KartaGanttLayout *layout,
                            guint                   index)
{
  g_return_val_if_fail (index < layout->rows->len, NULL);
  return &g_array_index (layout->rows, KartaGanttRow, index);
}

/* Returns: the activity's row, or -1 when it is hidden or not there. */
int
karta_gantt_layout_find_activity (const KartaGanttLayout *layout,
                                  gint64                  activity_id)
{
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const KartaGanttRow *row = &g_array_index (layout->rows, KartaGanttRow, i);
      if (row->activity != NULL && row->activity->id == activity_id)
        return (int) i;
    }
  return -1;
}
