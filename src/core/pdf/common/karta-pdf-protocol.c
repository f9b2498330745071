/* karta-pdf-protocol.c — the frames between Karta and its page renderer
 *
 * Both ends are sockets of one socketpair on one machine: the header is in
 * host byte order. send() is used with MSG_NOSIGNAL, so that a renderer
 * that died is an error to handle, not a SIGPIPE that ends the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gio/gio.h>

#include "karta-error.h"
#include "karta-pdf-protocol.h"
#include "karta-pdf-common.h"

#define FRAME_MAGIC     0x4b504446u /* "KPDF" */
#define MAX_BODY_LENGTH (16 * 1024 * 1024)

typedef struct
{
  guint32 magic;
  guint32 kind;
  guint32 body_length;
  guint32 reserved;
  guint64 data_length;
} FrameHeader;

static const char *message_types[KARTA_PDF_N_MESSAGES] = {
  [KARTA_PDF_MESSAGE_OPEN] = "(ss)",
  [KARTA_PDF_MESSAGE_RENDER] = "(iiii)",
  [KARTA_PDF_MESSAGE_FIND] = "(is)",
  [KARTA_PDF_MESSAGE_GET_TEXT] = "(ib(dddd))",
  [KARTA_PDF_MESSAGE_INFO] = "(sbbba(dd))",
  [KARTA_PDF_MESSAGE_PIXELS] = "(iii)",
  [KARTA_PDF_MESSAGE_RECTS] = "(a(dddd))",
  [KARTA_PDF_MESSAGE_TEXT] = "(s)",
  [KARTA_PDF_MESSAGE_ERROR] = "(sis)",
};

/* The errors a renderer may report; anything else becomes NOT_DRAWN. */
static GQuark
known_domain (const char *name)
{
  GQuark domains[] = { KARTA_ERROR, KARTA_PDF_ERROR, G_FILE_ERROR };

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    if (g_str_equal (name, g_quark_to_string (domains[i])))
      return domains[i];
  return 0;
}

const GVariantType *
karta_pdf_message_type (KartaPdfMessage kind)
{
  g_return_val_if_fail (kind > 0 && kind < KARTA_PDF_N_MESSAGES, NULL);
  return G_VARIANT_TYPE (message_types[kind]);
}

static gboolean
send_all (int           fd,
          gconstpointer data,
          gsize         length,
          GError      **error)
{
  const char *next = data;

  while (length > 0)
    {
      gssize sent = send (fd, next, length, MSG_NOSIGNAL);
      if (sent < 0 && errno == EINTR)
        continue;
      if (sent < 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s", g_strerror (saved_errno));
          return FALSE;
        }
      next += sent;
      length -= sent;
    }
  return TRUE;
}

gboolean
karta_pdf_frame_write (int             fd,
                       KartaPdfMessage kind,
                       GVariant       *body,
                       gconstpointer   data,
                       gsize           data_length,
                       GError        **error)
{
  g_autoptr (GVariant) sunk = g_variant_ref_sink (body);
  FrameHeader header = {
    .magic = FRAME_MAGIC,
    .kind = kind,
    .body_length = g_variant_get_size (sunk),
    .data_length = data_length,
  };

  g_return_val_if_fail (g_variant_is_of_type (sunk, karta_pdf_message_type (kind)), FALSE);

  return send_all (fd, &header, sizeof header, error) &&
         send_all (fd, g_variant_get_data (sunk), header.body_length, error) &&
         send_all (fd, data, data_length, error);
}

/* Waits for @fd to be readable until @deadline (monotonic µs; -1: ever),
 * or until @cancel_fd (-1: none) becomes readable. */
static gboolean
wait_readable (int      fd,
               gint64   deadline,
               int      cancel_fd,
               GError **error)
{
  struct pollfd poll_fds[] = { { .fd = fd, .events = POLLIN }, { .fd = cancel_fd, .events = POLLIN } };

  for (;;)
    {
      int timeout = -1;
      int result;

      if (deadline >= 0)
        timeout = (int) CLAMP ((deadline - g_get_monotonic_time () + 999) / 1000, 0, G_MAXINT);
      result = poll (poll_fds, cancel_fd >= 0 ? 2 : 1, timeout);
      if (result < 0 && errno == EINTR)
        continue;
      if (result > 0 && poll_fds[1].revents != 0)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
      else if (result > 0)
        return TRUE;
      else if (result == 0)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "timed out");
      else
        g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
      return FALSE;
    }
}

/**
 * karta_pdf_read_data:
 * @deadline: monotonic time in µs when to give up, or -1
 * @cancel_fd: a file descriptor that becomes readable when the caller gives
 *   up (g_cancellable_get_fd()), or -1
 *
 * Reads exactly @length bytes: a closed socket, the deadline or the
 * cancellation is an error.
 */
gboolean
karta_pdf_read_data (int      fd,
                     gint64   deadline,
                     int      cancel_fd,
                     gpointer data,
                     gsize    length,
                     GError **error)
{
  char *next = data;

  while (length > 0)
    {
      gssize n_read;

      if (!wait_readable (fd, deadline, cancel_fd, error))
        return FALSE;
      n_read = read (fd, next, length);
      if (n_read < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n_read <= 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED,
                               n_read == 0 ? "closed" : g_strerror (errno));
          return FALSE;
        }
      next += n_read;
      length -= n_read;
    }
  return TRUE;
}

/**
 * karta_pdf_frame_read:
 *
 * Reads a frame's header and body; the caller reads its data, if any, with
 * karta_pdf_read_data() and clears @frame.
 */
gboolean
karta_pdf_frame_read (int            fd,
                      gint64         deadline,
                      int            cancel_fd,
                      KartaPdfFrame *frame,
                      GError       **error)
{
  FrameHeader      header;
  g_autofree char *body = NULL;
  GBytes          *bytes;

  if (!karta_pdf_read_data (fd, deadline, cancel_fd, &header, sizeof header, error))
    return FALSE;
  if (header.magic != FRAME_MAGIC || header.kind == 0 || header.kind >= KARTA_PDF_N_MESSAGES ||
      header.body_length > MAX_BODY_LENGTH ||
      (header.data_length > 0 && header.kind != KARTA_PDF_MESSAGE_PIXELS))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a frame");
      return FALSE;
    }
  body = g_malloc (header.body_length);
  if (!karta_pdf_read_data (fd, deadline, cancel_fd, body, header.body_length, error))
    return FALSE;
  bytes = g_bytes_new_take (g_steal_pointer (&body), header.body_length);
  frame->kind = header.kind;
  frame->body = g_variant_ref_sink (g_variant_new_from_bytes (karta_pdf_message_type (header.kind),
                                                              bytes, FALSE));
  frame->data_length = header.data_length;
  g_bytes_unref (bytes);
  return TRUE;
}

void
karta_pdf_frame_clear (KartaPdfFrame *frame)
{
  g_clear_pointer (&frame->body, g_variant_unref);
}

gboolean
karta_pdf_frame_write_error (int           fd,
                             const GError *reported,
                             GError      **error)
{
  GVariant *body = g_variant_new ("(sis)", g_quark_to_string (reported->domain),
                                  reported->code, reported->message);

  return karta_pdf_frame_write (fd, KARTA_PDF_MESSAGE_ERROR, body, NULL, 0, error);
}

/* The error an ERROR frame reports. */
GError *
karta_pdf_frame_to_error (const KartaPdfFrame *frame)
{
  const char *domain, *message;
  GQuark      quark;
  int         code;

  g_variant_get (frame->body, "(&si&s)", &domain, &code, &message);
  quark = known_domain (domain);
  if (quark == 0)
    return g_error_new_literal (KARTA_PDF_ERROR, KARTA_PDF_ERROR_NOT_DRAWN, message);
  return g_error_new_literal (quark, code, message);
}
