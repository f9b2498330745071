/* karta-page-renderer.c — the process that runs poppler for Karta
 *
 * Started by KartaPdfRenderer with its socket as file descriptor 3 and
 * limits on its memory and CPU time; it answers one request at a time and
 * ends when the socket closes. Killing it is how a render that takes too
 * long is stopped.
 *
 * Before it reads anything it seals itself (karta-sandbox.c).
 *
 * For the tests, KARTA_PAGE_RENDERER_HANG=N makes it hang,
 * KARTA_PAGE_RENDERER_CRASH=N makes it abort, and
 * KARTA_PAGE_RENDERER_HOG=N makes it take memory until its limit stops it,
 * when asked to draw page N (counted from 1); KARTA_PAGE_RENDERER_PROBE=1
 * makes it try, once sealed, what the seal forbids, say what happened on
 * standard output and exit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-page-renderer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "karta-error.h"
#include "karta-i18n.h"
#include "karta-pdf-protocol.h"
#include "karta-poppler-document.h"
#include "karta-sandbox.h"

#define SOCKET_FD 3

typedef struct
{
  int                   fd;
  KartaPopplerDocument *document;
} Renderer;

static gboolean
reply_error (Renderer     *self,
             const GError *reported)
{
  return karta_pdf_frame_write_error (self->fd, reported, NULL);
}

static gboolean
handle_open (Renderer *self,
             GVariant *body)
{
  g_autoptr (GError) error = NULL;
  const char *path, *password;

  g_variant_get (body, "(&s&s)", &path, &password);
  g_clear_pointer (&self->document, karta_poppler_document_free);
  self->document = karta_poppler_document_open (path, *password ? password : NULL, &error);
  if (self->document == NULL)
    return reply_error (self, error);
  return karta_pdf_frame_write (self->fd, KARTA_PDF_MESSAGE_INFO,
                                karta_poppler_document_describe (self->document), NULL, 0, NULL);
}

static gboolean
is_test_page (const char *variable,
              int         page)
{
  const char *value = g_getenv (variable);

  return value != NULL && atoi (value) == page + 1;
}

/* What a page with a giant image would do, without its limit. */
static void
take_all_memory (void)
{
  for (;;)
    memset (g_malloc (64 * 1024 * 1024), 1, 64 * 1024 * 1024);
}

/* The tests' ways for a page to go wrong (see the top of this file). */
static void
misbehave_if_told (int page)
{
  if (is_test_page ("KARTA_PAGE_RENDERER_HANG", page))
    for (;;)
      pause ();
  if (is_test_page ("KARTA_PAGE_RENDERER_CRASH", page))
    abort ();
  if (is_test_page ("KARTA_PAGE_RENDERER_HOG", page))
    take_all_memory ();
}

static gboolean
handle_render (Renderer *self,
               GVariant *body)
{
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;
  int              page, width, height, rotation;
  gboolean         sent;

  g_variant_get (body, "(iiii)", &page, &width, &height, &rotation);
  if (width <= 0 || height <= 0 || (gint64) width * height > KARTA_PDF_PIXEL_BUDGET)
    {
      g_set_error_literal (&error, KARTA_ERROR, KARTA_ERROR_INVALID, "bad size");
      return reply_error (self, error);
    }
  misbehave_if_told (page);
  surface = karta_poppler_document_page (self->document, page, width, height, rotation, &error);
  if (surface == NULL)
    return reply_error (self, error);
  body = g_variant_new ("(iii)", cairo_image_surface_get_width (surface),
                        cairo_image_surface_get_height (surface),
                        cairo_image_surface_get_stride (surface));
  sent = karta_pdf_frame_write (self->fd, KARTA_PDF_MESSAGE_PIXELS, body,
                                cairo_image_surface_get_data (surface),
                                (gsize) cairo_image_surface_get_stride (surface) *
                                  cairo_image_surface_get_height (surface),
                                NULL);
  cairo_surface_destroy (surface);
  return sent;
}

static gboolean
handle_find (Renderer *self,
             GVariant *body)
{
  g_autoptr (GError) error = NULL;
  const char *text;
  GVariant   *rects;
  int         page;

  g_variant_get (body, "(i&s)", &page, &text);
  if ((rects = karta_poppler_document_find (self->document, page, text, &error)) == NULL)
    return reply_error (self, error);
  return karta_pdf_frame_write (self->fd, KARTA_PDF_MESSAGE_RECTS, rects, NULL, 0, NULL);
}

static gboolean
handle_get_text (Renderer *self,
                 GVariant *body)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  KartaPdfRect     area;
  gboolean         has_area;
  int              page;

  g_variant_get (body, "(ib(dddd))", &page, &has_area, &area.x, &area.y, &area.width, &area.height);
  text = karta_poppler_document_get_text (self->document, page, has_area ? &area : NULL, &error);
  if (text == NULL)
    return reply_error (self, error);
  return karta_pdf_frame_write (self->fd, KARTA_PDF_MESSAGE_TEXT, g_variant_new ("(s)", text), NULL, 0, NULL);
}

static gboolean
handle (Renderer      *self,
        KartaPdfFrame *frame)
{
  if (frame->kind == KARTA_PDF_MESSAGE_OPEN)
    return handle_open (self, frame->body);
  if (self->document == NULL)
    {
      g_autoptr (GError) error = g_error_new_literal (KARTA_ERROR, KARTA_ERROR_FAILED, "no document");
      return reply_error (self, error);
    }
  switch (frame->kind)
    {
    case KARTA_PDF_MESSAGE_RENDER:
      return handle_render (self, frame->body);
    case KARTA_PDF_MESSAGE_FIND:
      return handle_find (self, frame->body);
    case KARTA_PDF_MESSAGE_GET_TEXT:
      return handle_get_text (self, frame->body);
    default:
      return FALSE;
    }
}

static void
say_probe (const char *what,
           int         result)
{
  printf ("%s: %s\n", what, result < 0 && errno == EPERM ? "denied" : "allowed");
}

/* What the seal forbids, tried (KARTA_PAGE_RENDERER_PROBE) */
static int
probe (void)
{
  g_autofree char *status = NULL;
  g_autofree char *written = g_build_filename (g_get_tmp_dir (), "karta-sandbox-probe", NULL);
  char             program[] = "/bin/true";
  char            *no_args[] = { program, NULL };
  pid_t            child;

  say_probe ("socket", socket (AF_INET, SOCK_STREAM, 0));
  say_probe ("open-write", open (written, O_WRONLY | O_CREAT, 0600));
  say_probe ("exec", execv (program, no_args));
  child = fork ();
  if (child == 0)
    _exit (0);
  say_probe ("fork", child);
  /* what the kernel says of the process */
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      g_auto (GStrv) lines = g_strsplit (status, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (g_str_has_prefix (lines[i], "Seccomp:") || g_str_has_prefix (lines[i], "NoNewPrivs:"))
          printf ("%s\n", lines[i]);
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  Renderer self = { .fd = SOCKET_FD };
  gboolean running = TRUE;
  g_autoptr (GError) error = NULL;

  karta_i18n_init ();
  /* limited, then, but not sealed: said, and the documents still shown */
  if (!karta_sandbox_seal (&error))
    g_printerr ("karta-page-renderer: %s\n", error->message);
  if (g_getenv ("KARTA_PAGE_RENDERER_PROBE") != NULL)
    return probe ();
  while (running)
    {
      KartaPdfFrame frame = { 0 };

      /* a closed socket (Karta is gone) or a bad frame ends the process */
      running = karta_pdf_frame_read (self.fd, -1, -1, &frame, NULL) && handle (&self, &frame);
      karta_pdf_frame_clear (&frame);
    }
  g_clear_pointer (&self.document, karta_poppler_document_free);
  return 0;
}
