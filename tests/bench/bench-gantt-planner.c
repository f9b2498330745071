/* bench-gantt-planner.c — GNOME Planner and Karta shown the same tasks
 *
 * The gen-demo roadmaps of 2,000 and 20,000 activities are written as
 * Planner projects (.planner XML, a task per activity at its first dates)
 * and opened in Planner; Karta opens the same roadmaps on their Gantt
 * charts. Both are timed the same way from outside: from spawn until
 * xdotool finds the window mapped, and until the screen settles
 * (screenshots every 100 ms; the time of the first of those that stay the
 * same for a second). Skipped (77) without planner, xdotool or import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "../karta-test-util.h"
#include "bench-gantt.h"

#define SETTLE_US  (1 * G_USEC_PER_SEC)
#define GIVE_UP_US (300 * G_USEC_PER_SEC)

static char *
planner_time (KartaDay day)
{
  int y, m, d;

  karta_day_to_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%04d%02d%02dT000000Z", y, m, d);
}

static void
write_task (GString             *xml,
            guint                id,
            const KartaActivity *activity,
            const KartaPeriod   *period)
{
  KartaDay         first = karta_schedule_first_day (activity->schedule);
  KartaDay         last = karta_schedule_last_day (activity->schedule);
  g_autofree char *start = NULL;
  g_autofree char *name = g_markup_escape_text (activity->title ? activity->title : "", -1);

  if (first == KARTA_DAY_NONE)
    first = period->start, last = period->end;
  start = planner_time (first);
  /* eight hours of work a day, from the first day on */
  g_string_append_printf (xml, "    <task id=\"%u\" name=\"%s\" note=\"\" work=\"%u\" start=\"%s\" end=\"%s\" "
                               "percent-complete=\"0\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n"
                               "      <constraint type=\"start-no-earlier-than\" time=\"%s\"/>\n    </task>\n",
                          id, name, (MAX (last, first) - first + 1) * 8 * 3600, start, start, start);
}

static void
write_section_tasks (GString            *xml,
                     const KartaSection *section,
                     const KartaPeriod  *period,
                     guint              *id)
{
  for (guint i = 0; i < section->activities->len; i++)
    write_task (xml, ++*id, g_ptr_array_index (section->activities, i), period);
  for (guint i = 0; i < section->sections->len; i++)
    write_section_tasks (xml, g_ptr_array_index (section->sections, i), period, id);
}

static void
write_planner_project (const KartaRoadmap *roadmap,
                       const char         *path)
{
  g_autoptr (GString) xml = g_string_new (NULL);
  g_autofree char *start = planner_time (roadmap->period.start);
  guint            id = 0;

  g_string_append_printf (xml, "<?xml version=\"1.0\"?>\n<project name=\"Karta bench\" company=\"\" manager=\"\" "
                               "phase=\"\" project-start=\"%s\" mrproject-version=\"2\" calendar=\"1\">\n"
                               "  <properties/>\n  <phases/>\n  <calendars>\n    <day-types>\n"
                               "      <day-type id=\"0\" name=\"Working\" description=\"\"/>\n"
                               "      <day-type id=\"1\" name=\"Nonworking\" description=\"\"/>\n"
                               "      <day-type id=\"2\" name=\"Use base\" description=\"\"/>\n    </day-types>\n"
                               "    <calendar id=\"1\" name=\"Default\">\n"
                               "      <default-week mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" sat=\"1\" sun=\"1\"/>\n"
                               "      <overridden-day-types>\n        <overridden-day-type id=\"0\">\n"
                               "          <interval start=\"0800\" end=\"1200\"/>\n"
                               "          <interval start=\"1300\" end=\"1700\"/>\n"
                               "        </overridden-day-type>\n      </overridden-day-types>\n      <days/>\n"
                               "    </calendar>\n  </calendars>\n  <tasks>\n",
                          start);
  for (guint i = 0; i < roadmap->sections->len; i++)
    write_section_tasks (xml, g_ptr_array_index (roadmap->sections, i), &roadmap->period, &id);
  g_string_append (xml, "  </tasks>\n  <resource-groups/>\n  <resources/>\n  <allocations/>\n</project>\n");
  g_assert_true (g_file_set_contents (path, xml->str, xml->len, NULL));
}

static char *
screen_hash (void)
{
  char *hash = NULL;

  g_assert_true (g_spawn_command_line_sync ("sh -c 'import -window root -depth 8 rgb:- | md5sum'",
                                            &hash, NULL, NULL, NULL));
  return hash;
}

typedef struct
{
  double mapped; /* ms */
  double settled;
} Shown;

/* Times @argv from spawn until xdotool finds its window (by @class, or
 * else by its process), and until the screen settles; then ends it */
static Shown
time_shown (const char **argv,
            const char *class)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *find = NULL;
  gint64           start, last_change, now;
  Shown            shown;
  GPid             pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
  start = g_get_monotonic_time ();
  find = class != NULL ? g_strdup_printf ("timeout 300 xdotool search --sync --onlyvisible --class %s", class)
                       : g_strdup_printf ("timeout 300 xdotool search --sync --onlyvisible --pid %d", (int) pid);
  g_assert_true (g_spawn_command_line_sync (find, NULL, NULL, NULL, NULL));
  shown.mapped = (g_get_monotonic_time () - start) / 1000.0;
  last_change = g_get_monotonic_time ();
  for (now = last_change; now - last_change < SETTLE_US && now - start < GIVE_UP_US; now = g_get_monotonic_time ())
    {
      g_autofree char *hash = screen_hash ();

      if (g_strcmp0 (hash, previous) != 0)
        last_change = g_get_monotonic_time ();
      g_free (previous);
      previous = g_steal_pointer (&hash);
      g_usleep (100 * 1000);
    }
  shown.settled = (last_change - start) / 1000.0;
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  return shown;
}

static gboolean
have_tools (void)
{
  const char *tools[] = { "planner", "xdotool", "import" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);

      if (path == NULL)
        {
          printf ("bench-gantt-view --planner: %s is not installed; skipped\n", tools[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static void
compare (const char *self,
         guint       n_activities)
{
  g_autofree char *dir = karta_test_make_dir ();
  gint64           id = bench_gantt_prepare_library (dir, n_activities);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *project = g_build_filename (dir, "bench.planner", NULL);
  const char      *planner_argv[] = { "planner", project, NULL };
  const char      *karta_argv[] = { self, "--child", "gantt-stay", dir, id_text, NULL };
  Shown            planner, karta;

  {
    g_autoptr (KartaStore) store = karta_test_open_library (dir);
    g_autoptr (KartaRoadmap) roadmap = karta_store_load_roadmap (store, id, NULL);
    write_planner_project (roadmap, project);
  }
  planner = time_shown (planner_argv, "planner");
  karta = time_shown (karta_argv, NULL);
  printf ("%u tasks: GNOME Planner window mapped %.0f ms, settled %.0f ms; "
          "Karta's Gantt chart mapped %.0f ms, settled %.0f ms\n",
          n_activities, planner.mapped, planner.settled, karta.mapped, karta.settled);
  karta_test_remove_tree (dir);
}

/**
 * bench_gantt_planner:
 * @self: this program, run again as Karta's window
 *
 * Returns: 0, or 77 when a tool is missing
 */
int
bench_gantt_planner (const char *self)
{
  if (!have_tools ())
    return 77;
  compare (self, 2000);
  compare (self, 20000);
  return 0;
}
