/* karta-pdf-renderer-private.h — what the renderer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-page-cache.h"
#include "karta-pdf-process.h"
#include "karta-pdf-renderer.h"

G_BEGIN_DECLS

typedef enum
{
  KARTA_PDF_JOB_OPEN,
  KARTA_PDF_JOB_RENDER,
  KARTA_PDF_JOB_FIND,
  KARTA_PDF_JOB_GET_TEXT,
} KartaPdfJobKind;

typedef struct
{
  KartaPdfJobKind kind;
  GTask          *task;
  int             priority;
  guint           sequence;
  KartaPageKey    key;
  char           *text;
  gboolean        has_area;
  KartaPdfRect    area;
  gboolean        cacheable; /* whether an opened document may be kept on disk */
  /* what the worker found, returned in the task's main context */
  gpointer       result;
  GDestroyNotify free_result;
  GError        *error;
} KartaPdfJob;

typedef struct
{
  char            *sha256;
  KartaPageKey     key;
  cairo_surface_t *surface;
} KartaPdfWriteJob;

struct _KartaPdfRenderer
{
  GObject parent_instance;

  char            *file_name; /* for messages */
  char            *sha256;    /* of a stored document: the disk cache's key */
  KartaPdfProcess *process;   /* only the worker thread uses it */
  GThreadPool     *worker;
  GThreadPool     *writer;
  KartaPageCache  *memory;
  int              timeout_ms; /* set in the main thread, read by the worker */
  guint            sequence;

  /* the document, once open */
  GArray  *sizes; /* of double pairs: each page's width, height */
  char    *title;
  gboolean has_text;
  gboolean can_print;
  gboolean can_copy;
};

void karta_pdf_job_free (KartaPdfJob *job);
void karta_pdf_write_job_free (KartaPdfWriteJob *job);
int  karta_pdf_job_compare (gconstpointer a,
                            gconstpointer b,
                            gpointer      data);
void karta_pdf_job_run (gpointer data,
                        gpointer user_data);
void karta_pdf_write_job_run (gpointer data,
                              gpointer user_data);

G_END_DECLS
