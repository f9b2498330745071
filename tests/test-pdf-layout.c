/* test-pdf-layout.c — where the previewer puts the pages, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-pdf-layout.h"

#define A4_WIDTH  595.0
#define A4_HEIGHT 842.0

/* An A4 page, an A3 landscape one, and another A4 */
static void
layout_init (KartaPdfLayout *layout)
{
  const graphene_size_t sizes[] = { { A4_WIDTH, A4_HEIGHT }, { 1190.0, 842.0 }, { A4_WIDTH, A4_HEIGHT } };

  karta_pdf_layout_init (layout, sizes, G_N_ELEMENTS (sizes));
}

static void
test_stacked (void)
{
  KartaPdfLayout  layout;
  graphene_rect_t rect;

  layout_init (&layout);
  karta_pdf_layout_update (&layout, 0.5, 0);
  g_assert_cmpuint (karta_pdf_layout_get_n_pages (&layout), ==, 3);
  g_assert_cmpfloat (layout.tops[0], ==, KARTA_PDF_LAYOUT_GAP);
  g_assert_cmpfloat (layout.tops[1], ==, 2 * KARTA_PDF_LAYOUT_GAP + A4_HEIGHT / 2);
  g_assert_cmpfloat (layout.width, ==, 1190.0 / 2 + 2 * KARTA_PDF_LAYOUT_GAP);
  g_assert_cmpfloat (layout.height, ==, 4 * KARTA_PDF_LAYOUT_GAP + 3 * A4_HEIGHT / 2);
  /* centred in a wider view */
  karta_pdf_layout_page_rect (&layout, 0, 1000, &rect);
  g_assert_cmpfloat (rect.origin.x, ==, (1000 - A4_WIDTH / 2) / 2);
  /* the page at a height, the gap above a page belonging to the one before */
  g_assert_cmpuint (karta_pdf_layout_page_at (&layout, 0), ==, 0);
  g_assert_cmpuint (karta_pdf_layout_page_at (&layout, layout.tops[1] - 1), ==, 0);
  g_assert_cmpuint (karta_pdf_layout_page_at (&layout, layout.tops[1]), ==, 1);
  g_assert_cmpuint (karta_pdf_layout_page_at (&layout, layout.height + 100), ==, 2);
  karta_pdf_layout_clear (&layout);
}

static void
test_fitting (void)
{
  KartaPdfLayout layout;
  double         width, height;

  layout_init (&layout);
  /* the widest page fills the width */
  karta_pdf_layout_update (&layout, karta_pdf_layout_fit_width (&layout, 1214), 0);
  karta_pdf_layout_page_size (&layout, 1, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 1214 - 2 * KARTA_PDF_LAYOUT_GAP, 1e-9);
  /* a whole A4 page in a landscape view: its height decides */
  karta_pdf_layout_update (&layout, karta_pdf_layout_fit_page (&layout, 0, 1000, 600), 0);
  karta_pdf_layout_page_size (&layout, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (height, 600 - 2 * KARTA_PDF_LAYOUT_GAP, 1e-9);
  /* turned, the A4 page is landscape */
  karta_pdf_layout_update (&layout, 1.0, 90);
  karta_pdf_layout_page_size (&layout, 0, &width, &height);
  g_assert_cmpfloat (width, ==, A4_HEIGHT);
  g_assert_cmpfloat (height, ==, A4_WIDTH);
  karta_pdf_layout_clear (&layout);
}

/* A point of a page lands where the page turned puts it, and back */
static void
test_turning (void)
{
  const int      rotations[] = { 0, 90, 180, 270 };
  KartaPdfLayout layout;

  layout_init (&layout);
  for (guint i = 0; i < G_N_ELEMENTS (rotations); i++)
    {
      graphene_rect_t page_rect, area;
      double          x, y;

      karta_pdf_layout_update (&layout, 2.0, rotations[i]);
      karta_pdf_layout_page_rect (&layout, 0, 0, &page_rect);
      /* the top left corner of the text: at the top right once turned right */
      karta_pdf_layout_from_page (&layout, 0, &page_rect, &GRAPHENE_RECT_INIT (0, 0, 10, 20), &area);
      if (rotations[i] == 90)
        {
          g_assert_cmpfloat (area.origin.x, ==, page_rect.origin.x + page_rect.size.width - 40);
          g_assert_cmpfloat (area.origin.y, ==, page_rect.origin.y);
          g_assert_cmpfloat (area.size.width, ==, 40);
          g_assert_cmpfloat (area.size.height, ==, 20);
        }
      karta_pdf_layout_to_page (&layout, 0, &page_rect, area.origin.x + area.size.width / 2,
                                area.origin.y + area.size.height / 2, &x, &y);
      g_assert_cmpfloat_with_epsilon (x, 5, 1e-9);
      g_assert_cmpfloat_with_epsilon (y, 10, 1e-9);
    }
  karta_pdf_layout_clear (&layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf-layout/stacked", test_stacked);
  g_test_add_func ("/pdf-layout/fitting", test_fitting);
  g_test_add_func ("/pdf-layout/turning", test_turning);
  return g_test_run ();
}
