/* karta-pdf-protocol.h — the frames between Karta and its page renderer
 *
 * A frame is a small header, a serialized GVariant of a type fixed by the
 * frame's kind and, for rendered pixels only, raw data. The reader trusts
 * nothing: lengths are bounded, and the variant is read as untrusted data.
 * Pixels go through the socket itself: 8.9 MB (an A4 page at 1256 px)
 * take about 3 ms here, too little to be worth a shared memfd.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KARTA_PDF_MESSAGE_OPEN = 1, /* (ss) uri, password ("": none) → INFO */
  KARTA_PDF_MESSAGE_RENDER,   /* (iiii) page, width, height, rotation → PIXELS */
  KARTA_PDF_MESSAGE_FIND,     /* (is) page, text → RECTS */
  KARTA_PDF_MESSAGE_GET_TEXT, /* (ib(dddd)) page, whether an area, area → TEXT */
  KARTA_PDF_MESSAGE_INFO,     /* (sbbba(dd)) title, has text, can print, can copy, page sizes */
  KARTA_PDF_MESSAGE_PIXELS,   /* (iii) width, height, stride; the pixels follow */
  KARTA_PDF_MESSAGE_RECTS,    /* (a(dddd)) */
  KARTA_PDF_MESSAGE_TEXT,     /* (s) */
  KARTA_PDF_MESSAGE_ERROR,    /* (sis) error domain, code, message */
  KARTA_PDF_N_MESSAGES
} KartaPdfMessage;

typedef struct
{
  KartaPdfMessage kind;
  GVariant       *body;
  guint64         data_length; /* the bytes of data that follow the frame */
} KartaPdfFrame;

const GVariantType *karta_pdf_message_type (KartaPdfMessage kind);

gboolean karta_pdf_frame_write (int             fd,
                                KartaPdfMessage kind,
                                GVariant       *body,
                                gconstpointer   data,
                                gsize           data_length,
                                GError        **error);
gboolean karta_pdf_frame_read (int            fd,
                               gint64         deadline,
                               int            cancel_fd,
                               KartaPdfFrame *frame,
                               GError       **error);
gboolean karta_pdf_read_data (int      fd,
                              gint64   deadline,
                              int      cancel_fd,
                              gpointer data,
                              gsize    length,
                              GError **error);
void     karta_pdf_frame_clear (KartaPdfFrame *frame);

gboolean karta_pdf_frame_write_error (int           fd,
                                      const GError *reported,
                                      GError      **error);
GError  *karta_pdf_frame_to_error (const KartaPdfFrame *frame);

G_END_DECLS
