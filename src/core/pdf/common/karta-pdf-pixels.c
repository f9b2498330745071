/* karta-pdf-pixels.c — memory for rendered pages, mapped from the system
 *
 * Pages are megabytes each and come and go while scrolling. glibc's malloc
 * raises its mmap threshold to the largest block freed, after which such
 * blocks stay in its heaps and the process grows with their fragments.
 * Mapped and unmapped here, a page's memory goes back to the system as
 * soon as the page leaves the cache: the peak while bench-preview-core
 * draws all of big-300p.pdf, 141 to 194 MB before, is 123 to 140 MB (the
 * 96 MB cache and the pages on their way).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <sys/mman.h>

#include "karta-pdf-pixels.h"

/* before the pixels: the length of the mapping; keeps them 64-byte aligned */
#define HEADER_SIZE 64

/**
 * karta_pdf_pixels_new:
 *
 * Returns: (nullable): @length bytes, zeroed, for karta_pdf_pixels_free()
 */
gpointer
karta_pdf_pixels_new (gsize length)
{
  gsize   mapped = length + HEADER_SIZE;
  guchar *base = mmap (NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

  if (base == MAP_FAILED)
    return NULL;
  *(gsize *) base = mapped;
  return base + HEADER_SIZE;
}

void
karta_pdf_pixels_free (gpointer pixels)
{
  guchar *base;

  if (pixels == NULL)
    return;
  base = (guchar *) pixels - HEADER_SIZE;
  munmap (base, *(gsize *) base);
}

/**
 * karta_pdf_pixels_wrap:
 * @pixels: (transfer full): from karta_pdf_pixels_new(), ARGB32 rows of
 *   cairo's stride for @width
 *
 * Returns: (transfer full): an image surface that frees @pixels with it
 */
cairo_surface_t *
karta_pdf_pixels_wrap (gpointer pixels,
                       int      width,
                       int      height)
{
  static const cairo_user_data_key_t pixels_key;
  int                                stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  cairo_surface_t                   *surface = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32, width, height, stride);

  if (cairo_surface_set_user_data (surface, &pixels_key, pixels, karta_pdf_pixels_free) != CAIRO_STATUS_SUCCESS)
    karta_pdf_pixels_free (pixels);
  return surface;
}

/**
 * karta_pdf_pixels_surface_new:
 *
 * Returns: (transfer full) (nullable): a transparent ARGB32 image surface
 *   on mapped memory
 */
cairo_surface_t *
karta_pdf_pixels_surface_new (int width,
                              int height)
{
  int      stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  gpointer pixels = stride > 0 && height > 0 ? karta_pdf_pixels_new ((gsize) stride * height) : NULL;

  return pixels != NULL ? karta_pdf_pixels_wrap (pixels, width, height) : NULL;
}
