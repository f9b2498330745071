/* karta-chart-draw.c — what the risk charts share: text laid out with
 * Pango (wrapped, ellipsized), fills hatched by level so that levels differ
 * without colour, the legend, the rows inside the clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-render"

#include <math.h>
#include <string.h>

#include "karta-chart-draw.h"

void
karta_chart_set_rgb (cairo_t        *cr,
                     const KartaRgb *colour)
{
  cairo_set_source_rgb (cr, colour->red, colour->green, colour->blue);
}

/* @colour moved towards @background by @amount (0: unchanged, 1: background). */
KartaRgb
karta_chart_tint (const KartaRgb *colour,
                  const KartaRgb *background,
                  double          amount)
{
  return (KartaRgb){
    colour->red + (background->red - colour->red) * amount,
    colour->green + (background->green - colour->green) * amount,
    colour->blue + (background->blue - colour->blue) * amount,
  };
}

/* Metrics unhinted, so that a layout measures the same on an image, a PDF
 * and an SVG surface, and the natural height holds on all of them. */
void
karta_chart_text_init (KartaChartText          *text,
                       cairo_t                 *cr,
                       const KartaChartPalette *palette)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoContext         *context;

  text->cr = cr;
  text->palette = palette;
  text->layout = pango_cairo_create_layout (cr);
  context = pango_layout_get_context (text->layout);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_layout_context_changed (text->layout);
  cairo_font_options_destroy (options);
  text->scale = 0;
  text->bold = FALSE;
  karta_chart_text_set (text, "Ag", 1.0, FALSE, -1, 1);
  karta_chart_text_size (text, NULL, &text->line);
}

void
karta_chart_text_clear (KartaChartText *text)
{
  g_clear_object (&text->layout);
}

static void
set_font (KartaChartText *text,
          double          scale,
          gboolean        bold)
{
  PangoFontDescription *font;

  if (text->scale == scale && text->bold == bold)
    return;
  font = pango_font_description_new ();
  pango_font_description_set_family (font, text->palette->font_family);
  pango_font_description_set_absolute_size (font, text->palette->font_size * scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (text->layout, font);
  pango_font_description_free (font);
  text->scale = scale;
  text->bold = bold;
}

/* @width < 0: one line, as long as it is; otherwise wrapped at @width into
 * at most @max_lines lines, the last one ellipsized. */
void
karta_chart_text_set (KartaChartText *text,
                      const char     *string,
                      double          scale,
                      gboolean        bold,
                      double          width,
                      int             max_lines)
{
  set_font (text, scale, bold);
  pango_layout_set_width (text->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (text->layout, width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_height (text->layout, -MAX (max_lines, 1));
  pango_layout_set_text (text->layout, string != NULL ? string : "", -1);
}

void
karta_chart_text_size (KartaChartText *text,
                       double         *width,
                       double         *height)
{
  int w, h;

  pango_layout_get_size (text->layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

double
karta_chart_text_measure (KartaChartText *text,
                          const char     *string,
                          double          scale,
                          gboolean        bold,
                          double          width,
                          int             max_lines)
{
  double height;

  karta_chart_text_set (text, string, scale, bold, width, max_lines);
  karta_chart_text_size (text, NULL, &height);
  return height;
}

/* Shows the text last set, its top at @y, aligned inside [@x, @x + @width]. */
void
karta_chart_text_show (KartaChartText *text,
                       double          x,
                       double          y,
                       double          width,
                       KartaChartAlign align,
                       const KartaRgb *colour)
{
  double w;

  karta_chart_text_size (text, &w, NULL);
  if (align == KARTA_CHART_TEXT_CENTER)
    x += (width - w) / 2;
  else if (align == KARTA_CHART_TEXT_END)
    x += width - w;
  karta_chart_set_rgb (text->cr, colour);
  cairo_move_to (text->cr, x, y);
  pango_cairo_show_layout (text->cr, text->layout);
}

static void
select_plain_font (KartaChartText *text)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_select_font_face (text->cr, text->palette->font_family, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (text->cr, text->palette->font_size);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (text->cr, options);
  cairo_font_options_destroy (options);
}

static double
advance_of (cairo_t    *cr,
            const char *string)
{
  cairo_text_extents_t extents;

  cairo_text_extents (cr, string, &extents);
  return extents.x_advance;
}

/* The longest start of @string that fits @width with "…" after it. */
static char *
ellipsize (cairo_t    *cr,
           const char *string,
           double      width)
{
  glong low = 0, high = g_utf8_strlen (string, -1);

  while (low < high)
    {
      glong            middle = (low + high + 1) / 2;
      g_autofree char *start = g_utf8_substring (string, 0, middle);
      g_autofree char *candidate = g_strconcat (start, "…", NULL);
      if (advance_of (cr, candidate) <= width)
        low = middle;
      else
        high = middle - 1;
    }
  {
    g_autofree char *start = g_utf8_substring (string, 0, low);
    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

/**
 * karta_chart_text_show_line:
 *
 * One line of plain text at @y (its top), ellipsized to @width. For the
 * many short names of the district charts: cairo's own text API, without
 * a Pango layout per name, which cost most of their drawing time. Text
 * that needs shaping beyond Cyrillic and Latin goes through
 * karta_chart_text_show().
 */
void
karta_chart_text_show_line (KartaChartText *text,
                            const char     *string,
                            double          x,
                            double          y,
                            double          width,
                            const KartaRgb *colour)
{
  cairo_font_extents_t font;
  g_autofree char     *shown = NULL;

  select_plain_font (text);
  cairo_font_extents (text->cr, &font);
  if (advance_of (text->cr, string) > width)
    shown = ellipsize (text->cr, string, width);
  karta_chart_set_rgb (text->cr, colour);
  cairo_move_to (text->cr, x, y + (text->line - font.height) / 2 + font.ascent);
  cairo_show_text (text->cr, shown != NULL ? shown : string);
}

/* Text on a hatched fill: on a small box of the background, so that the
 * hatching never runs through the letters. */
void
karta_chart_text_boxed (KartaChartText *text,
                        const char     *string,
                        double          x,
                        double          cy,
                        gboolean        bold)
{
  double w, h, pad = text->line * 0.25;

  karta_chart_text_set (text, string, 1.0, bold, -1, 1);
  karta_chart_text_size (text, &w, &h);
  karta_chart_set_rgb (text->cr, &text->palette->background);
  cairo_rectangle (text->cr, x, cy - h / 2 - pad / 3, w + 2 * pad, h + 2 * pad / 3);
  cairo_fill (text->cr);
  karta_chart_text_show (text, x + pad, cy - h / 2, w, KARTA_CHART_TEXT_START, &text->palette->text);
}

/* Hatching is a repeating tile the size of its spacing, anchored at the
 * user-space origin so that neighbouring cells join; made on a surface
 * similar to the target, so PDF and SVG keep it as vectors, and at device
 * resolution, so a scaled image stays sharp. One fill of a path of many
 * cells costs about what a flat fill does. High: dense "/", medium: sparse
 * "\", low: none. */
static double
hatch_spacing (KartaRiskLevel level)
{
  return level == KARTA_RISK_HIGH ? 5.0 : 9.0;
}

/**
 * karta_chart_stripe_pattern:
 * @vector_tile: make the tile on a surface similar to the target (PDF and
 *   SVG keep it as vectors) rather than as an image
 * @spacing: from one stripe to the next, in user units
 * @width: of a stripe, in user units
 *
 * An opaque tile of @fill with diagonal stripes ("/" rising, "\"
 * falling), drawn in device pixels and mapped onto the device grid, so
 * that filling with it is a plain repeat for pixman (no blending, no
 * resampling).
 *
 * Returns: (transfer full): the pattern, anchored at the user-space origin
 */
cairo_pattern_t *
karta_chart_stripe_pattern (cairo_t          *cr,
                            gboolean          vector_tile,
                            const KartaRgb   *fill,
                            const KartaRgb   *stripe,
                            double            spacing,
                            double            width,
                            KartaChartStripes direction)
{
  double           dx = spacing, dy = 0;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_matrix_t   ctm;
  cairo_t         *t;
  int              px;

  cairo_user_to_device_distance (cr, &dx, &dy);
  px = MAX (3, (int) round (hypot (dx, dy)));
  tile = vector_tile ? cairo_surface_create_similar (cairo_get_target (cr), CAIRO_CONTENT_COLOR, px, px)
                     : cairo_image_surface_create (CAIRO_FORMAT_RGB24, px, px);
  t = cairo_create (tile);
  karta_chart_set_rgb (t, fill);
  cairo_paint (t);
  karta_chart_set_rgb (t, stripe);
  cairo_set_line_width (t, width * px / spacing);
  for (int k = -1; k <= 1; k++)
    if (direction == KARTA_CHART_STRIPES_RISING) /* x + y = (k + 1) px */
      {
        cairo_move_to (t, (k + 1) * px + 1, -1);
        cairo_line_to (t, -1 + k * px, px + 1);
      }
    else /* x - y = k px */
      {
        cairo_move_to (t, k * px - 1, -1);
        cairo_line_to (t, k * px + px + 1, px + 1);
      }
  cairo_stroke (t);
  cairo_destroy (t);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_get_matrix (cr, &ctm);
  cairo_pattern_set_matrix (pattern, &ctm);
  return pattern;
}

/* The level's fill and hatching */
static cairo_pattern_t *
hatch_pattern (cairo_t                 *cr,
               const KartaChartPalette *palette,
               KartaRiskLevel           level,
               const KartaRgb          *fill)
{
  KartaRgb dark = karta_chart_tint (&palette->level[level], &palette->text, 0.45);
  gboolean high = level == KARTA_RISK_HIGH;

  return karta_chart_stripe_pattern (cr, TRUE, fill, &dark, hatch_spacing (level), high ? 1.1 : 1.0,
                                     high ? KARTA_CHART_STRIPES_RISING : KARTA_CHART_STRIPES_FALLING);
}

/* Fills the current path (of any number of cells) in the level's colour,
 * lightened a little so the hatching shows, hatched; consumes the path. */
void
karta_chart_fill_hatched (cairo_t                 *cr,
                          const KartaChartPalette *palette,
                          KartaRiskLevel           level)
{
  KartaRgb         fill = karta_chart_tint (&palette->level[level], &palette->background, 0.2);
  cairo_pattern_t *pattern;

  if (level == KARTA_RISK_LOW)
    {
      karta_chart_set_rgb (cr, &fill);
      cairo_fill (cr);
      return;
    }
  pattern = hatch_pattern (cr, palette, level, &fill);
  cairo_set_source (cr, pattern);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
}

/* One bar or swatch: hatched, with a thin outline. */
void
karta_chart_fill_level (cairo_t                 *cr,
                        const KartaChartPalette *palette,
                        KartaRiskLevel           level,
                        double                   x,
                        double                   y,
                        double                   width,
                        double                   height)
{
  KartaRgb edge = karta_chart_tint (&palette->level[level], &palette->text, 0.45);

  if (width <= 0 || height <= 0)
    return;
  cairo_rectangle (cr, x, y, width, height);
  karta_chart_fill_hatched (cr, palette, level);
  karta_chart_set_rgb (cr, &edge);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1, height - 1);
  cairo_stroke (cr);
}

void
karta_chart_background (cairo_t                 *cr,
                        const KartaChartPalette *palette,
                        double                   width,
                        double                   height)
{
  karta_chart_set_rgb (cr, &palette->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

double
karta_chart_legend_height (KartaChartText *text)
{
  return text->line * 1.8;
}

static double
legend_width (KartaChartText *text)
{
  double total = 0, w;

  for (int level = KARTA_RISK_HIGH; level >= KARTA_RISK_LOW; level--)
    {
      karta_chart_text_set (text, karta_risk_level_describe (level), 1.0, FALSE, -1, 1);
      karta_chart_text_size (text, &w, NULL);
      total += text->line * 1.6 + text->line * 0.4 + w + text->line * 1.2;
    }
  return total - text->line * 1.2;
}

/* Swatches of the three levels, high first, each with its word; moved
 * left when @width from @x is too narrow for it. */
void
karta_chart_legend (KartaChartText *text,
                    double          x,
                    double          y,
                    double          width)
{
  double box = text->line, cy = y + karta_chart_legend_height (text) / 2;
  double overflow = legend_width (text) - width;

  if (overflow > 0)
    x -= MIN (x, overflow);
  for (int level = KARTA_RISK_HIGH; level >= KARTA_RISK_LOW; level--)
    {
      double w;

      karta_chart_fill_level (text->cr, text->palette, level, x, cy - box / 2, box * 1.6, box);
      x += box * 1.6 + text->line * 0.4;
      karta_chart_text_set (text, karta_risk_level_describe (level), 1.0, FALSE, -1, 1);
      karta_chart_text_size (text, &w, NULL);
      karta_chart_text_show (text, x, cy - text->line / 2, w, KARTA_CHART_TEXT_START, &text->palette->text);
      x += w + text->line * 1.2;
    }
}

/* "В", "С", "Н" in Russian: the level word's first letter, capital. */
char *
karta_chart_level_letter (KartaRiskLevel level)
{
  const char *word = karta_risk_level_describe (level);
  char        buffer[8] = { 0 };

  if (word == NULL || *word == '\0')
    return g_strdup ("?");
  g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (word)), buffer);
  return g_strdup (buffer);
}

/* Rows [@first, @last) of those starting at @top that meet the clip: what
 * is drawn costs what is visible, whatever the number of rows. */
gboolean
karta_chart_visible_rows (cairo_t *cr,
                          double   top,
                          double   row_height,
                          guint    n_rows,
                          guint   *first,
                          guint   *last)
{
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  *first = (guint) CLAMP (floor ((y0 - top) / row_height), 0, n_rows);
  *last = (guint) CLAMP (ceil ((y1 - top) / row_height), 0, n_rows);
  return *first < *last;
}

/* The glyph of each character of @chars in the font Pango picks for them
 * (no shaping is lost: digits and capitals stand alone). */
void
karta_chart_glyphs_init (KartaChartGlyphs *glyphs,
                         KartaChartText   *text,
                         const char       *chars,
                         double            scale,
                         gboolean          bold)
{
  PangoLayoutLine *line;

  memset (glyphs, 0, sizeof *glyphs);
  karta_chart_text_set (text, chars, scale, bold, -1, 1);
  karta_chart_text_size (text, NULL, &glyphs->height);
  glyphs->baseline = (double) pango_layout_get_baseline (text->layout) / PANGO_SCALE;
  line = pango_layout_get_line_readonly (text->layout, 0);
  for (GSList *l = line != NULL ? line->runs : NULL; l != NULL; l = l->next)
    {
      PangoGlyphItem   *run = l->data;
      PangoGlyphString *string = run->glyphs;

      if (glyphs->font == NULL)
        glyphs->font = cairo_scaled_font_reference (
          pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
      for (int i = 0; i < string->num_glyphs && glyphs->n < G_N_ELEMENTS (glyphs->chars); i++)
        {
          const char *at = chars + run->item->offset + string->log_clusters[i];
          glyphs->chars[glyphs->n] = g_utf8_get_char (at);
          glyphs->glyphs[glyphs->n] = string->glyphs[i].glyph;
          glyphs->advances[glyphs->n] = (double) string->glyphs[i].geometry.width / PANGO_SCALE;
          glyphs->n++;
        }
    }
}

void
karta_chart_glyphs_clear (KartaChartGlyphs *glyphs)
{
  g_clear_pointer (&glyphs->font, cairo_scaled_font_destroy);
}

static int
glyph_find (KartaChartGlyphs *glyphs,
            gunichar          c)
{
  for (guint i = 0; i < glyphs->n; i++)
    if (glyphs->chars[i] == c)
      return i;
  return -1;
}

double
karta_chart_glyphs_width (KartaChartGlyphs *glyphs,
                          const char       *string)
{
  double width = 0;

  for (const char *p = string; *p != '\0'; p = g_utf8_next_char (p))
    {
      int i = glyph_find (glyphs, g_utf8_get_char (p));
      width += i >= 0 ? glyphs->advances[i] : 0;
    }
  return width;
}

/* Adds @string centred on (@cx, @cy) to @out (of cairo_glyph_t). */
void
karta_chart_glyphs_append (KartaChartGlyphs *glyphs,
                           GArray           *out,
                           const char       *string,
                           double            cx,
                           double            cy)
{
  double x = cx - karta_chart_glyphs_width (glyphs, string) / 2;
  double y = cy - glyphs->height / 2 + glyphs->baseline;

  for (const char *p = string; *p != '\0'; p = g_utf8_next_char (p))
    {
      int           i = glyph_find (glyphs, g_utf8_get_char (p));
      cairo_glyph_t glyph;

      if (i < 0)
        continue;
      glyph.index = glyphs->glyphs[i];
      glyph.x = x;
      glyph.y = y;
      g_array_append_val (out, glyph);
      x += glyphs->advances[i];
    }
}

void
karta_chart_glyphs_show (KartaChartGlyphs *glyphs,
                         cairo_t          *cr,
                         GArray           *run,
                         const KartaRgb   *colour)
{
  if (glyphs->font == NULL || run->len == 0)
    return;
  cairo_set_scaled_font (cr, glyphs->font);
  karta_chart_set_rgb (cr, colour);
  cairo_show_glyphs (cr, (cairo_glyph_t *) (void *) run->data, run->len);
  g_array_set_size (run, 0);
}
