/* karta-demo-pdf.c — small valid PDFs for demo libraries and benchmarks
 *
 * One A4 page with a line of text in Helvetica (so it has a text layer),
 * written object by object with the offsets its cross-reference table
 * needs. Padding goes into a stream no page uses: the file grows to the
 * size of a scan without poppler having more to read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-demo"

#include "config.h"

#include <string.h>

#include "karta-demo-pdf.h"

static void
begin_object (GString *pdf,
              gsize   *offsets,
              guint    number)
{
  offsets[number] = pdf->len;
  g_string_append_printf (pdf, "%u 0 obj\n", number);
}

/* PDF strings escape backslashes and parentheses; other bytes stay. */
static char *
escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '\\' || *c == '(' || *c == ')')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *c);
    }
  return g_string_free (escaped, FALSE);
}

static void
append_padding (GString *pdf,
                gsize    padding,
                guint32  seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);

  g_string_append_printf (pdf, "<< /Length %" G_GSIZE_FORMAT " >>\nstream\n", padding);
  for (gsize i = 0; i < padding; i += 4)
    {
      guint32 value = g_rand_int (rand);
      g_string_append_len (pdf, (const char *) &value, MIN (4, padding - i));
    }
  g_string_append (pdf, "\nendstream\nendobj\n");
}

/**
 * karta_demo_pdf_new:
 * @text: the line on the page, in ASCII
 * @padding: bytes of noise to add, 0 for none
 * @seed: of the noise: the same arguments give the same file
 *
 * Returns: (transfer full): a valid one-page PDF
 */
GBytes *
karta_demo_pdf_new (const char *text,
                    gsize       padding,
                    guint32     seed)
{
  GString         *pdf = g_string_sized_new (1024 + padding);
  g_autofree char *escaped = escape_text (text);
  g_autofree char *content = g_strdup_printf ("BT /F1 14 Tf 72 770 Td (%s) Tj ET", escaped);
  guint            n_objects = padding > 0 ? 6 : 5;
  gsize            offsets[7] = { 0 };
  gsize            xref;

  g_string_append (pdf, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  begin_object (pdf, offsets, 1);
  g_string_append (pdf, "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  begin_object (pdf, offsets, 2);
  g_string_append (pdf, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
  begin_object (pdf, offsets, 3);
  g_string_append (pdf, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        " /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n");
  begin_object (pdf, offsets, 4);
  g_string_append_printf (pdf, "<< /Length %" G_GSIZE_FORMAT " >>\nstream\n%s\nendstream\nendobj\n",
                          strlen (content), content);
  begin_object (pdf, offsets, 5);
  g_string_append (pdf, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
  if (padding > 0)
    {
      begin_object (pdf, offsets, 6);
      append_padding (pdf, padding, seed);
    }
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", n_objects + 1);
  for (guint i = 1; i <= n_objects; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          n_objects + 1, xref);
  return g_string_free_to_bytes (pdf);
}
