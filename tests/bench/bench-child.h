/* bench-child.h — timing a spawned child by the lines it reports
 *
 * Header-only (static inline), shared by the benchmarks that time windows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sys/wait.h>

#include <glib.h>

/* Called for each line the child prints, @elapsed_ms after its spawn */
typedef void (*BenchChildLineFunc) (const char *line,
                                    double      elapsed_ms,
                                    gpointer    user_data);

/* Spawns @argv, hands each line of its standard output to @func and
 * waits for it to exit */
static inline void
bench_child_run (const char       **argv,
                 BenchChildLineFunc func,
                 gpointer           user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GIOChannel) channel = NULL;
  gint64 start = g_get_monotonic_time ();
  GPid   pid;
  int    out;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out, NULL, &error));
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  for (;;)
    {
      g_autofree char *line = NULL;

      if (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL)
        break;
      func (line, (g_get_monotonic_time () - start) / 1000.0, user_data);
    }
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
}
