/* karta-pdf-disk-cache.c — rendered pages of stored documents, on disk
 *
 * A page is a small header and its pixels: one byte a pixel when the page
 * is all grey, as scans and most text pages are (a quarter of the size,
 * and expanded faster than read from a disk), else ARGB32; compressed with
 * zlib at its fastest level only when that halves them (text pages are
 * mostly white; scans are noise, where inflating would cost more than it
 * saves). bench-preview-core measures it: an A4 scan at 1256 px, 8.9 MB
 * of ARGB32, is a 2.2 MB file read back in a few ms. Files are written
 * under a temporary name and renamed; reading one marks it as used, and
 * the least recently used go first when the cache grows past its bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-pdf"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <glib/gstdio.h>

#include "karta-pdf-disk-cache.h"
#include "karta-pdf-pixels.h"
#include "karta-pdf-protocol.h"

#define PAGE_MAGIC  "KARTAPG2"
#define INFO_NAME   "info"
#define PAGE_SUFFIX ".page"

enum
{
  PAGE_GREY = 1 << 0, /* one byte a pixel, not ARGB32 */
  PAGE_ZLIB = 1 << 1,
};

typedef struct
{
  char    magic[8];
  guint32 width;
  guint32 height;
  guint32 flags;
  guint32 reserved;
  guint64 length; /* of what follows */
} PageHeader;

typedef struct
{
  char  *path;
  gint64 used;
  gsize  size;
} CachedFile;

static char *
pages_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "karta", "pages", NULL);
}

/* Whether @sha256 is a hash that names a folder safely. */
gboolean
karta_pdf_disk_cache_is_key (const char *sha256)
{
  if (sha256 == NULL || strlen (sha256) != 64)
    return FALSE;
  for (const char *c = sha256; *c; c++)
    if (!g_ascii_isxdigit (*c))
      return FALSE;
  return TRUE;
}

static char *
document_file (const char *sha256,
               const char *name)
{
  g_autofree char *dir = pages_dir ();

  return g_build_filename (dir, sha256, name, NULL);
}

static char *
page_file (const char         *sha256,
           const KartaPageKey *key)
{
  g_autofree char *name = g_strdup_printf ("%d-%dx%d-%d" PAGE_SUFFIX, key->page, key->width,
                                           key->height, key->rotation);

  return document_file (sha256, name);
}

static gboolean
write_atomically (const char   *path,
                  gconstpointer data,
                  gsize         length,
                  GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", dir,
                   g_strerror (saved_errno));
      return FALSE;
    }
  /* a cache needs no fsync: a page lost in a power cut is drawn again */
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, 0600, error);
}

/**
 * karta_pdf_disk_cache_read_info:
 *
 * Returns: (nullable): the INFO body kept for the document, if any
 */
GVariant *
karta_pdf_disk_cache_read_info (const char *sha256)
{
  g_autofree char *path = document_file (sha256, INFO_NAME);
  g_autoptr (GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr (GBytes) bytes = NULL;

  if (mapped == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (mapped);
  return g_variant_ref_sink (g_variant_new_from_bytes (karta_pdf_message_type (KARTA_PDF_MESSAGE_INFO),
                                                       bytes, FALSE));
}

gboolean
karta_pdf_disk_cache_write_info (const char *sha256,
                                 GVariant   *info,
                                 GError    **error)
{
  g_autofree char *path = document_file (sha256, INFO_NAME);

  return write_atomically (path, g_variant_get_data (info), g_variant_get_size (info), error);
}

static gboolean
read_exactly (int      fd,
              gpointer data,
              gsize    length)
{
  char *next = data;

  while (length > 0)
    {
      gssize n_read = read (fd, next, length);
      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read <= 0)
        return FALSE;
      next += n_read;
      length -= n_read;
    }
  return TRUE;
}

/* Reads @plane_length bytes of pixels, inflating them if need be. */
static gboolean
read_plane (int               fd,
            const PageHeader *header,
            guchar           *plane,
            uLongf            plane_length)
{
  uLongf             inflated = plane_length;
  g_autofree guchar *packed = NULL;

  if (!(header->flags & PAGE_ZLIB))
    return header->length == plane_length && read_exactly (fd, plane, plane_length);
  if (header->length > plane_length)
    return FALSE;
  packed = g_malloc (header->length);
  return read_exactly (fd, packed, header->length) &&
         uncompress (plane, &inflated, packed, header->length) == Z_OK && inflated == plane_length;
}

static void
expand_grey (const guchar    *grey,
             cairo_surface_t *surface)
{
  int     width = cairo_image_surface_get_width (surface);
  int     height = cairo_image_surface_get_height (surface);
  int     stride = cairo_image_surface_get_stride (surface);
  guchar *data = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    {
      guint32      *row = (guint32 *) (data + (gsize) y * stride);
      const guchar *values = grey + (gsize) y * width;

      for (int x = 0; x < width; x++)
        row[x] = 0xff000000u | values[x] * 0x010101u;
    }
}

static gboolean
read_pixels (int               fd,
             const PageHeader *header,
             cairo_surface_t  *surface)
{
  gsize              width = cairo_image_surface_get_width (surface);
  gsize              height = cairo_image_surface_get_height (surface);
  g_autofree guchar *grey = NULL;

  if (!(header->flags & PAGE_GREY))
    return read_plane (fd, header, cairo_image_surface_get_data (surface),
                       cairo_image_surface_get_stride (surface) * height);
  grey = g_malloc (width * height);
  if (!read_plane (fd, header, grey, width * height))
    return FALSE;
  expand_grey (grey, surface);
  return TRUE;
}

static cairo_surface_t *
read_page_fd (int                 fd,
              const KartaPageKey *key)
{
  cairo_surface_t *surface;
  gboolean         turned = key->rotation == 90 || key->rotation == 270;
  int              width = turned ? key->height : key->width;
  int              height = turned ? key->width : key->height;
  PageHeader       header;

  if (!read_exactly (fd, &header, sizeof header) || memcmp (header.magic, PAGE_MAGIC, 8) != 0 ||
      header.width != (guint32) width || header.height != (guint32) height ||
      (header.flags & ~(PAGE_GREY | PAGE_ZLIB)) != 0)
    return NULL;
  if ((surface = karta_pdf_pixels_surface_new (width, height)) == NULL)
    return NULL;
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS || !read_pixels (fd, &header, surface))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/**
 * karta_pdf_disk_cache_read_page:
 *
 * Returns: (transfer full) (nullable): the page, if it was kept
 */
cairo_surface_t *
karta_pdf_disk_cache_read_page (const char         *sha256,
                                const KartaPageKey *key)
{
  g_autofree char *path = page_file (sha256, key);
  cairo_surface_t *surface;
  int              fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return NULL;
  surface = read_page_fd (fd, key);
  if (surface != NULL)
    futimens (fd, NULL); /* recently used: the last to go */
  close (fd);
  return surface;
}

/* The page as one byte a pixel, if it is all grey and opaque. */
static guchar *
grey_plane (cairo_surface_t *surface)
{
  int                width = cairo_image_surface_get_width (surface);
  int                height = cairo_image_surface_get_height (surface);
  int                stride = cairo_image_surface_get_stride (surface);
  const guchar      *data = cairo_image_surface_get_data (surface);
  g_autofree guchar *grey = g_malloc ((gsize) width * height);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);
      guchar        *values = grey + (gsize) y * width;

      for (int x = 0; x < width; x++)
        {
          values[x] = row[x] & 0xff;
          if (row[x] != (0xff000000u | values[x] * 0x010101u))
            return NULL;
        }
    }
  return g_steal_pointer (&grey);
}

/* The pixels as they are stored; @flags tells how. */
static GBytes *
encode_pixels (cairo_surface_t *surface,
               guint32         *flags)
{
  g_autofree guchar *grey = grey_plane (surface);
  const guchar      *plane = grey != NULL ? grey : cairo_image_surface_get_data (surface);
  uLong              length = (uLong) cairo_image_surface_get_height (surface) *
                 (grey != NULL ? cairo_image_surface_get_width (surface) : cairo_image_surface_get_stride (surface));
  uLongf             packed_length = compressBound (length);
  g_autofree guchar *packed = g_malloc (packed_length);

  *flags = grey != NULL ? PAGE_GREY : 0;
  if (compress2 (packed, &packed_length, plane, length, Z_BEST_SPEED) != Z_OK || packed_length > length / 2)
    return g_bytes_new (plane, length);
  *flags |= PAGE_ZLIB;
  return g_bytes_new_take (g_realloc (g_steal_pointer (&packed), packed_length), packed_length);
}

gboolean
karta_pdf_disk_cache_write_page (const char         *sha256,
                                 const KartaPageKey *key,
                                 cairo_surface_t    *surface,
                                 GError            **error)
{
  g_autofree char *path = page_file (sha256, key);
  g_autoptr (GBytes) pixels = NULL;
  g_autoptr (GByteArray) file = g_byte_array_new ();
  PageHeader header = { PAGE_MAGIC };

  cairo_surface_flush (surface);
  pixels = encode_pixels (surface, &header.flags);
  header.width = cairo_image_surface_get_width (surface);
  header.height = cairo_image_surface_get_height (surface);
  header.length = g_bytes_get_size (pixels);
  g_byte_array_append (file, (const guint8 *) &header, sizeof header);
  g_byte_array_append (file, g_bytes_get_data (pixels, NULL), header.length);
  return write_atomically (path, file->data, file->len, error);
}

static void
cached_file_clear (CachedFile *file)
{
  g_free (file->path);
}

static void
list_pages (const char *dir,
            GArray     *files,
            gsize      *total)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      CachedFile file = { g_build_filename (dir, name, NULL) };
      GStatBuf   info;

      if (!g_str_has_suffix (name, PAGE_SUFFIX) || g_stat (file.path, &info) != 0)
        {
          g_free (file.path);
          continue;
        }
      file.used = info.st_mtime;
      file.size = info.st_size;
      *total += file.size;
      g_array_append_val (files, file);
    }
}

static int
compare_used (gconstpointer a,
              gconstpointer b)
{
  const CachedFile *first = a, *second = b;

  return (first->used > second->used) - (first->used < second->used);
}

/* Removes the least recently used pages until the cache is within @limit. */
void
karta_pdf_disk_cache_trim (gsize limit)
{
  g_autofree char *root = pages_dir ();
  g_autoptr (GDir) documents = g_dir_open (root, 0, NULL);
  g_autoptr (GArray) files = g_array_new (FALSE, FALSE, sizeof (CachedFile));
  const char *name;
  gsize       total = 0;

  g_array_set_clear_func (files, (GDestroyNotify) cached_file_clear);
  while (documents != NULL && (name = g_dir_read_name (documents)) != NULL)
    {
      g_autofree char *dir = g_build_filename (root, name, NULL);
      if (karta_pdf_disk_cache_is_key (name))
        list_pages (dir, files, &total);
    }
  g_array_sort (files, compare_used);
  for (guint i = 0; i < files->len && total > limit; i++)
    {
      CachedFile *file = &g_array_index (files, CachedFile, i);
      if (g_unlink (file->path) == 0)
        total -= file->size;
    }
}
