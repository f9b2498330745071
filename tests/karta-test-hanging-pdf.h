/* karta-test-hanging-pdf.h — a PDF built to hang its reader, for the tests of the
 * deadline and of Cancel
 *
 * Its one page draws form XObject 1, which draws form 2 twice, which draws
 * form 3 twice, and so on: 2^40 draws of a tiny square. Any reader that
 * interprets the page (poppler drawing it or taking its text) never ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

#define KARTA_TEST_HANGING_DEPTH 40

static inline void
karta_test_pdf_object (GString    *pdf,
                       GArray     *offsets,
                       const char *dictionary,
                       const char *stream)
{
  guint64 offset = pdf->len;

  g_array_append_val (offsets, offset);
  g_string_append_printf (pdf, "%u 0 obj\n", offsets->len);
  if (stream == NULL)
    g_string_append_printf (pdf, "%s\nendobj\n", dictionary);
  else
    g_string_append_printf (pdf, "<< %s /Length %zu >>\nstream\n%s\nendstream\nendobj\n",
                            dictionary, strlen (stream), stream);
}

/* Writes the hanging PDF as @dir/@name; returns its path. */
static inline char *
karta_test_write_hanging_pdf (const char *dir,
                              const char *name)
{
  g_autoptr (GString) pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize xref;

  karta_test_pdf_object (pdf, offsets, "<< /Type /Catalog /Pages 2 0 R >>", NULL);
  karta_test_pdf_object (pdf, offsets, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", NULL);
  karta_test_pdf_object (pdf, offsets,
                         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                         " /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>",
                         NULL);
  karta_test_pdf_object (pdf, offsets, "", "/X Do");
  for (guint level = 0; level < KARTA_TEST_HANGING_DEPTH; level++)
    {
      guint            next = offsets->len + 2; /* the object after this one */
      g_autofree char *form = NULL;

      if (level + 1 < KARTA_TEST_HANGING_DEPTH)
        form = g_strdup_printf ("/Type /XObject /Subtype /Form /BBox [0 0 595 842]"
                                " /Resources << /XObject << /X %u 0 R >> >>",
                                next);
      else
        form = g_strdup ("/Type /XObject /Subtype /Form /BBox [0 0 595 842]");
      karta_test_pdf_object (pdf, offsets, form,
                             level + 1 < KARTA_TEST_HANGING_DEPTH ? "/X Do /X Do" : "0 0 1 1 re f");
    }
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", offsets->len + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010" G_GUINT64_FORMAT " 00000 n \n", g_array_index (offsets, guint64, i));
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n",
                          offsets->len + 1, xref);
  g_file_set_contents (path, pdf->str, pdf->len, &error);
  g_assert_no_error (error);
  return path;
}
