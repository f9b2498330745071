/* bench-preview.c — the previewer against Evince (issue targets:
 * scan-002-order-10p.pdf's first page on screen from launch no later than
 * Evince shows it in a window of the same size, and again after a restart
 * under 100 ms; big-300p.pdf's first page under 0.5 s, and under 300 MB
 * for the app and its renderer while scrolling it end to end).
 *
 * The parent starts the viewers in turn on the same display and takes
 * screenshots of the whole screen until it has not changed for a while:
 * the time of the last change is when the viewer showed its page. Evince
 * and Karta alternate, each with fresh settings and caches (Karta's disk
 * cache of rendered pages empty), in a window of Evince's size. Then Karta
 * starts again and again on a kept cache, and opens big-300p.pdf and
 * scrolls it to the end. The children report, in their own words:
 *   bench-preview --child FILE WIDTH HEIGHT [scroll]
 *     Karta showing FILE (as `karta FILE` does) in a window of that size;
 *     prints "page MS" once the first page is drawn (MS since the window
 *     was made), and with "scroll" goes to the last page a screen at a
 *     time, then prints "memory KB", the peak resident memory of itself
 *     and its renderer processes.
 * Needs a display and evince (skipped without them):
 *   xvfb-run -a -s '-screen 0 1600x1000x24' meson test -C build --benchmark --suite bench -v
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "../karta-test-util.h"
#include "karta-application.h"
#include "karta-i18n.h"
#include "karta-previewer-window-private.h"
#include "karta-pdf-view-private.h"

#define RUNS        7
#define SETTLE_MS   1500 /* unchanged this long: the viewer is done */
#define LIMIT_MS    20000
#define WINDOW_SIZE 610 /* Evince's first window here */

/* The child: Karta on the command line */

typedef struct
{
  GApplication         *app;
  KartaPreviewerWindow *window;
  gint64                created;
  int                   width;
  int                   height;
  gboolean              scroll;
  gboolean              shown;
} Child;

static gsize
peak_memory_kb (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

/* This process and its children (the renderer) */
static gsize
family_peak_memory_kb (void)
{
  g_autoptr (GDir) proc = g_dir_open ("/proc", 0, NULL);
  gsize       total = peak_memory_kb (getpid ());
  const char *name;

  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *path = g_strdup_printf ("/proc/%s/stat", name);
      g_autofree char *stat = NULL;
      const char      *end;
      int              ppid = 0;

      if (!g_ascii_isdigit (*name) || !g_file_get_contents (path, &stat, NULL, NULL) || (end = strrchr (stat, ')')) == NULL || sscanf (end + 2, "%*c %d", &ppid) != 1)
        continue;
      if (ppid == getpid ())
        total += peak_memory_kb (atoi (name));
    }
  return total;
}

static gboolean
shows_its_page (Child *child)
{
  KartaPdfView *view = child->window->view;

  return karta_pdf_view_page_is_drawn (view, karta_pdf_view_get_page (view));
}

/* One screen further down once the screen shown is drawn; the peak memory
 * at the end */
static gboolean
scroll_on (gpointer user_data)
{
  Child         *child = user_data;
  GtkAdjustment *adjustment = child->window->view->scroll.vadjustment;
  double         value = gtk_adjustment_get_value (adjustment);

  if (!shows_its_page (child))
    return G_SOURCE_CONTINUE;
  if (value + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment))
    {
      printf ("memory %" G_GSIZE_FORMAT "\n", family_peak_memory_kb ());
      fflush (stdout);
      g_application_quit (child->app);
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (adjustment, value + gtk_adjustment_get_page_size (adjustment));
  return G_SOURCE_CONTINUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                Child         *child)
{
  if (child->shown || !shows_its_page (child))
    return;
  child->shown = TRUE;
  printf ("page %.1f\n", (g_get_monotonic_time () - child->created) / 1000.0);
  fflush (stdout);
  if (child->scroll)
    g_timeout_add (1, scroll_on, child);
}

static void
on_realize (GtkWidget *window,
            Child     *child)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), child);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 Child          *child)
{
  child->created = g_get_monotonic_time ();
  child->window = KARTA_PREVIEWER_WINDOW (window);
  gtk_window_set_default_size (window, child->width, child->height);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), child);
}

static int
run_child (int    argc,
           char **argv)
{
  Child child = { .width = atoi (argv[3]), .height = atoi (argv[4]), .scroll = argc > 5 };
  g_autoptr (GApplication) app = NULL;
  char *app_argv[] = { argv[0], argv[2], NULL };

  karta_i18n_init ();
  app = G_APPLICATION (karta_application_new ());
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  child.app = app;
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &child);
  return g_application_run (app, 2, app_argv);
}

/* The parent: screenshots until the screen settles */

/* A hash of the top left corner of the screen, where the window goes (no
 * window manager places it elsewhere) */
static guint64
screen_hash (Display *display)
{
  XImage *image = XGetImage (display, DefaultRootWindow (display), 0, 0, WINDOW_SIZE + 30, WINDOW_SIZE + 30,
                             AllPlanes, ZPixmap);
  guint64 hash = 14695981039346656037ull;

  for (gsize i = 0; i < (gsize) image->bytes_per_line * image->height / 8; i++)
    hash = (hash ^ ((guint64 *) image->data)[i]) * 1099511628211ull;
  XDestroyImage (image);
  return hash;
}

/* Milliseconds from @start to the screen's last change, once it has
 * changed from @blank and then not changed for SETTLE_MS */
static double
time_until_settled (Display *display,
                    gint64   start,
                    guint64  blank)
{
  guint64 last = blank;
  gint64  changed = 0, now;

  while ((now = g_get_monotonic_time ()) - MAX (changed, start) < SETTLE_MS * 1000 || changed == 0)
    {
      guint64 hash = screen_hash (display);

      if (now - start > LIMIT_MS * 1000)
        break;
      if (hash != last)
        {
          last = hash;
          changed = g_get_monotonic_time ();
        }
      g_usleep (5000);
    }
  return changed == 0 ? LIMIT_MS : (changed - start) / 1000.0;
}

/* A viewer started with @argv and @envp: ms until its screen settled, and
 * what it printed ("page MS", "memory KB") in @page_ms and @memory_kb */
static double
time_viewer (Display     *display,
             const char **argv,
             char       **envp,
             double      *page_ms,
             gsize       *memory_kb)
{
  guint64 blank = screen_hash (display);
  g_autoptr (GError) error = NULL;
  g_autoptr (GIOChannel) channel = NULL;
  gint64 start = g_get_monotonic_time ();
  double settled;
  char  *line;
  GPid   pid;
  int    out;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, NULL, &out, NULL, &error));
  settled = time_until_settled (display, start, blank);
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  if (memory_kb != NULL)
    {
      /* scrolling to the end takes a while: wait for its report */
      while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
        {
          if (g_str_has_prefix (line, "memory "))
            *memory_kb = g_ascii_strtoull (line + 7, NULL, 10);
          else if (g_str_has_prefix (line, "page ") && page_ms != NULL)
            *page_ms = g_ascii_strtod (line + 5, NULL);
          g_free (line);
        }
    }
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  if (memory_kb == NULL && page_ms != NULL)
    while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
      {
        if (g_str_has_prefix (line, "page "))
          *page_ms = g_ascii_strtod (line + 5, NULL);
        g_free (line);
      }
  /* the window gone, the screen blank again */
  g_usleep (SETTLE_MS * 1000);
  return settled;
}

/* The environment with fresh user folders under @dir */
static char **
fresh_environment (const char *dir)
{
  char      **envp = g_get_environ ();
  const char *kinds[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_build_filename (dir, kinds[i], NULL);
      g_mkdir_with_parents (path, 0700);
      envp = g_environ_setenv (envp, kinds[i], path, TRUE);
    }
  return g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
}

static void
compare_with_evince (Display    *display,
                     const char *self,
                     const char *scan)
{
  double           evince[RUNS], karta[RUNS], karta_page[RUNS], again[RUNS], again_page[RUNS];
  const char      *evince_argv[] = { "evince", scan, NULL };
  g_autofree char *size = g_strdup_printf ("%d", WINDOW_SIZE);
  const char      *karta_argv[] = { self, "--child", scan, size, size, NULL };
  g_autofree char *kept = karta_test_make_dir ();
  g_auto (GStrv) kept_env = fresh_environment (kept);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autofree char *dir = karta_test_make_dir ();
      g_auto (GStrv) envp = fresh_environment (dir);

      evince[i] = time_viewer (display, evince_argv, envp, NULL, NULL);
      karta[i] = time_viewer (display, karta_argv, envp, &karta_page[i], NULL);
      karta_test_remove_tree (dir);
      printf ("run %u: evince %.0f ms, karta %.0f ms (page %.0f ms after the window was made)\n",
              i + 1, evince[i], karta[i], karta_page[i]);
      fflush (stdout);
    }
  /* a run to fill the disk cache, then restarts */
  time_viewer (display, karta_argv, kept_env, NULL, NULL);
  for (guint i = 0; i < RUNS; i++)
    again[i] = time_viewer (display, karta_argv, kept_env, &again_page[i], NULL);
  karta_test_remove_tree (kept);

  printf ("\nscan-002-order-10p.pdf, %d×%d window, screen settled after launch (median of %d):\n",
          WINDOW_SIZE, WINDOW_SIZE, RUNS);
  printf ("  Evince                      %7.0f ms\n", karta_test_median (evince, RUNS));
  printf ("  Karta, empty cache          %7.0f ms (the page %.0f ms after the window was made)\n",
          karta_test_median (karta, RUNS), karta_test_median (karta_page, RUNS));
  printf ("  Karta, after a restart      %7.0f ms (the page %.0f ms after the window was made)\n",
          karta_test_median (again, RUNS), karta_test_median (again_page, RUNS));
}

/* big-300p.pdf: its first page from launch (median), then scrolled to
 * the end for the peak memory */
static void
show_big (Display    *display,
          const char *self,
          const char *big)
{
  const char *show_argv[] = { self, "--child", big, "1280", "800", NULL };
  const char *scroll_argv[] = { self, "--child", big, "1280", "800", "scroll", NULL };
  double      settled[RUNS], page[RUNS], scroll_page = 0;
  gsize       memory_kb = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autofree char *dir = karta_test_make_dir ();
      g_auto (GStrv) envp = fresh_environment (dir);

      settled[i] = time_viewer (display, show_argv, envp, &page[i], NULL);
      karta_test_remove_tree (dir);
    }
  {
    g_autofree char *dir = karta_test_make_dir ();
    g_auto (GStrv) envp = fresh_environment (dir);

    time_viewer (display, scroll_argv, envp, &scroll_page, &memory_kb);
    karta_test_remove_tree (dir);
  }
  printf ("\nbig-300p.pdf, 1280×800 window, empty cache (median of %d): screen settled %.0f ms after launch, "
          "the page %.0f ms after the window was made;\nscrolled to the end a screen at a time: "
          "peak memory %.0f MB (app + renderer)\n",
          RUNS, karta_test_median (settled, RUNS), karta_test_median (page, RUNS), memory_kb / 1024.0);
}

int
main (int    argc,
      char **argv)
{
  const char      *data = g_getenv ("KARTA_TEST_DATA");
  g_autofree char *scan = g_build_filename (data, "pdf", "scan-002-order-10p.pdf", NULL);
  g_autofree char *big = g_build_filename (data, "pdf", "big-300p.pdf", NULL);
  g_autofree char *evince = g_find_program_in_path ("evince");
  Display         *display;

  if (argc >= 5 && g_str_equal (argv[1], "--child"))
    return run_child (argc, argv);
  if ((display = XOpenDisplay (NULL)) == NULL || evince == NULL || !g_file_test (scan, G_FILE_TEST_EXISTS) || !g_file_test (big, G_FILE_TEST_EXISTS))
    {
      printf ("bench-preview needs a display and evince\n");
      return 77;
    }
  compare_with_evince (display, argv[0], scan);
  show_big (display, argv[0], big);
  XCloseDisplay (display);
  return 0;
}
