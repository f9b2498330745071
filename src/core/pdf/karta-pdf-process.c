/* karta-pdf-process.c — one karta-page-renderer process and its socket
 *
 * The process is started when a request needs it, with its limits set
 * between fork and exec, and it is given the document first. A request
 * that fails to come back in time, or a reply that makes no sense, gets
 * the process killed; the next request starts a new one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gio/gio.h>

#include "karta-pdf-pixels.h"
#include "karta-pdf-process.h"
#include "karta-pdf-common.h"

#define CHILD_SOCKET_FD 3
/* Poppler's worst cases (a giant image, a huge page, nested forms) are what
 * these bound; a 300-dpi A4 scan needs a few tens of MB. */
#define MEMORY_LIMIT ((rlim_t) 1536 * 1024 * 1024)
/* CPU seconds over the process's life: a backstop for a process that was
 * left alone spinning; each request has its own, shorter deadline. */
#define CPU_LIMIT       ((rlim_t) 600)
#define MAX_DATA_LENGTH ((guint64) KARTA_PDF_PIXEL_BUDGET * 4 + 65536)

#if defined(__SANITIZE_ADDRESS__)
#define WITH_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WITH_ADDRESS_SANITIZER 1
#endif
#endif

struct _KartaPdfProcess
{
  char        *path;
  char        *password;
  GSubprocess *subprocess;
  int          fd;
};

KartaPdfProcess *
karta_pdf_process_new (const char *path,
                       const char *password)
{
  KartaPdfProcess *self = g_new0 (KartaPdfProcess, 1);

  self->path = g_strdup (path);
  self->password = g_strdup (password ? password : "");
  self->fd = -1;
  return self;
}

static void
stop (KartaPdfProcess *self)
{
  if (self->subprocess != NULL)
    {
      g_subprocess_force_exit (self->subprocess);
      g_subprocess_wait (self->subprocess, NULL, NULL);
      g_clear_object (&self->subprocess);
    }
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
}

void
karta_pdf_process_free (KartaPdfProcess *self)
{
  stop (self);
  g_free (self->path);
  g_free (self->password);
  g_free (self);
}

/* Between fork and exec: only async-signal-safe calls. */
static void
limit_child (gpointer data)
{
  struct rlimit cpu = { CPU_LIMIT, CPU_LIMIT + 10 };
  struct rlimit core = { 0, 0 };

#ifndef WITH_ADDRESS_SANITIZER
  /* AddressSanitizer reserves terabytes of address space for its shadow */
  struct rlimit memory = { MEMORY_LIMIT, MEMORY_LIMIT };
  setrlimit (RLIMIT_AS, &memory);
#endif
  setrlimit (RLIMIT_CPU, &cpu);
  setrlimit (RLIMIT_CORE, &core);
  /* the thread that starts it lives as long as its KartaPdfRenderer */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static const char *
renderer_path (void)
{
  const char *path = g_getenv ("KARTA_PAGE_RENDERER");

  return path != NULL && *path != '\0' ? path : KARTA_LIBEXECDIR "/karta-page-renderer";
}

static gboolean
start (KartaPdfProcess *self,
       GError         **error)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr (GError) spawn_error = NULL;
  int sockets[2];

  if (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
    {
      int saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return FALSE;
    }
  g_subprocess_launcher_take_fd (launcher, sockets[1], CHILD_SOCKET_FD);
  g_subprocess_launcher_set_child_setup (launcher, limit_child, NULL, NULL);
  self->subprocess = g_subprocess_launcher_spawn (launcher, &spawn_error, renderer_path (), NULL);
  if (self->subprocess == NULL)
    {
      close (sockets[0]);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, spawn_error->message);
      return FALSE;
    }
  self->fd = sockets[0];
  return TRUE;
}

/* The reply to each request, unless it is an ERROR. */
static KartaPdfMessage
expected_reply (KartaPdfMessage request)
{
  switch (request)
    {
    case KARTA_PDF_MESSAGE_OPEN:
      return KARTA_PDF_MESSAGE_INFO;
    case KARTA_PDF_MESSAGE_RENDER:
      return KARTA_PDF_MESSAGE_PIXELS;
    case KARTA_PDF_MESSAGE_FIND:
      return KARTA_PDF_MESSAGE_RECTS;
    case KARTA_PDF_MESSAGE_GET_TEXT:
      return KARTA_PDF_MESSAGE_TEXT;
    default:
      g_return_val_if_reached (KARTA_PDF_MESSAGE_ERROR);
    }
}

static gboolean
exchange (KartaPdfProcess *self,
          KartaPdfMessage  kind,
          GVariant        *body,
          gint64           deadline,
          int              cancel_fd,
          KartaPdfFrame   *reply,
          gpointer        *data,
          GError         **error)
{
  gpointer received;

  if (!karta_pdf_frame_write (self->fd, kind, body, NULL, 0, error) ||
      !karta_pdf_frame_read (self->fd, deadline, cancel_fd, reply, error))
    return FALSE;
  if ((reply->kind != expected_reply (kind) && reply->kind != KARTA_PDF_MESSAGE_ERROR) ||
      reply->data_length > MAX_DATA_LENGTH || (reply->data_length > 0 && data == NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not the reply asked for");
      return FALSE;
    }
  if (reply->data_length == 0)
    return TRUE;
  if ((received = karta_pdf_pixels_new (reply->data_length)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, g_strerror (ENOMEM));
      return FALSE;
    }
  if (!karta_pdf_read_data (self->fd, deadline, cancel_fd, received, reply->data_length, error))
    {
      karta_pdf_pixels_free (received);
      return FALSE;
    }
  *data = received;
  return TRUE;
}

/* Sends @body and reads the reply: an ERROR reply becomes @error, and a
 * process that fails to reply in time, or is given up on, is stopped. */
static gboolean
send_request (KartaPdfProcess *self,
              KartaPdfMessage  kind,
              GVariant        *body,
              gint64           deadline,
              int              cancel_fd,
              KartaPdfFrame   *reply,
              gpointer        *data,
              GError         **error)
{
  if (!exchange (self, kind, body, deadline, cancel_fd, reply, data, error))
    {
      karta_pdf_frame_clear (reply);
      stop (self);
      return FALSE;
    }
  if (reply->kind == KARTA_PDF_MESSAGE_ERROR)
    {
      g_propagate_error (error, karta_pdf_frame_to_error (reply));
      karta_pdf_frame_clear (reply);
      return FALSE;
    }
  return TRUE;
}

/* Starts the process if it is not running and gives it the document;
 * @info gets the body of its INFO reply. */
static gboolean
ensure_open (KartaPdfProcess *self,
             gint64           deadline,
             GVariant       **info,
             GError         **error)
{
  KartaPdfFrame reply = { 0 };

  if (self->subprocess != NULL)
    return TRUE;
  if (!start (self, error) ||
      !send_request (self, KARTA_PDF_MESSAGE_OPEN, g_variant_new ("(ss)", self->path, self->password),
                     deadline, -1, &reply, NULL, error))
    {
      stop (self);
      return FALSE;
    }
  if (info != NULL)
    *info = g_steal_pointer (&reply.body);
  karta_pdf_frame_clear (&reply);
  return TRUE;
}

/**
 * karta_pdf_process_open:
 *
 * Starts the renderer (again) on the document and returns the body of its
 * INFO reply, or the reason why it cannot open the document.
 */
GVariant *
karta_pdf_process_open (KartaPdfProcess *self,
                        guint            timeout_ms,
                        GError         **error)
{
  GVariant *info = NULL;

  stop (self);
  ensure_open (self, g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND, &info, error);
  return info;
}

/**
 * karta_pdf_process_request:
 * @data: (out) (optional): where a PIXELS reply's data goes, for
 *   karta_pdf_pixels_wrap() or karta_pdf_pixels_free()
 *
 * Sends a request (starting the renderer first if needed) and reads its
 * reply, of the kind that answers the request, within @timeout_ms overall.
 * Errors in the G_IO_ERROR domain mean the renderer was stopped.
 */
gboolean
karta_pdf_process_request (KartaPdfProcess *self,
                           KartaPdfMessage  kind,
                           GVariant        *body,
                           guint            timeout_ms,
                           KartaPdfFrame   *reply,
                           gpointer        *data,
                           GError         **error)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;
  g_autoptr (GVariant) sunk = g_variant_ref_sink (body);

  if (!ensure_open (self, deadline, NULL, error))
    return FALSE;
  return send_request (self, kind, sunk, deadline, -1, reply, data, error);
}

/**
 * karta_pdf_process_open_file:
 * @cancellable: (nullable): stops the renderer at once
 *
 * Gives the renderer another document, in the process already running if
 * there is one (a document it refuses leaves it running), and returns the
 * body of its INFO reply, or why it cannot open the document. The
 * requests that follow are about this document.
 */
GVariant *
karta_pdf_process_open_file (KartaPdfProcess *self,
                             const char      *path,
                             const char      *password,
                             guint            timeout_ms,
                             GCancellable    *cancellable,
                             GError         **error)
{
  gint64        deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;
  int           cancel_fd = g_cancellable_get_fd (cancellable);
  KartaPdfFrame reply = { 0 };
  GVariant     *info = NULL;

  g_free (self->path);
  g_free (self->password);
  self->path = g_strdup (path);
  self->password = g_strdup (password ? password : "");
  if ((self->subprocess != NULL || start (self, error)) &&
      send_request (self, KARTA_PDF_MESSAGE_OPEN, g_variant_new ("(ss)", self->path, self->password),
                    deadline, cancel_fd, &reply, NULL, error))
    info = g_steal_pointer (&reply.body);
  karta_pdf_frame_clear (&reply);
  g_cancellable_release_fd (cancellable);
  return info;
}
