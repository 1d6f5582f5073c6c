/* mp-chart-style.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "mp-chart-style.h"
#include "mp-text-context.h"

#define DEFAULT_FONT "Cantarell, Noto Sans, DejaVu Sans, Sans 11"
#define MAX_CACHED_LAYOUTS 2048

typedef struct
{
  guint  role;
  int    width;
  char  *text;
} LayoutKey;

struct _MpChartCache
{
  PangoContext         *context;     /* with the style's UI font options, if any */
  PangoFontDescription *fonts[MP_N_TEXT_ROLES];
  GHashTable           *layouts;   /* LayoutKey → PangoLayout */
  cairo_pattern_t      *fills[MP_MAX_COUNTRIES][2];  /* [country][light] */
  double                pattern_scale;   /* device scale they were made for */
  cairo_surface_t      *markers[MP_MAX_COUNTRIES];
  double                marker_radius;   /* and the markers' radius */
  double                marker_scale;
};

/* Okabe-Ito (Okabe and Ito 2008, "Color Universal Design"), in the order
 * the first four always had: blue, orange, bluish green, reddish purple,
 * then vermillion and sky blue.  Its yellow is all but invisible on white
 * (1.3:1), on a projector most of all, so the seventh is Paul Tol's wine
 * (his "muted" scheme, also made for colour-blind readers), and the
 * eighth Okabe-Ito's black.  Simulated protanopia, deuteranopia and
 * tritanopia (Machado et al. 2009) keep every pair at least 10.9 apart
 * (CIEDE2000); fills and markers differ too (below). */
static const char * const light_palette[MP_MAX_COUNTRIES] = {
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#882255", "#000000",
};

/* For dark backgrounds: the same hues, lighter, each at least 4.5:1
 * against #242424 (and more against the high-contrast black); at least
 * 8.5 apart (CIEDE2000) under the same simulations.  Sky blue is lighter
 * than the first blue here, not darker, and black becomes light grey. */
static const char * const dark_palette[MP_MAX_COUNTRIES] = {
  "#4DA3FF", "#F5B83D", "#2CC09A", "#EE99D0", "#F06A3A", "#8FD3FF", "#D66BA0", "#E0E0E0",
};

/* Relative font size and weight of each text role: the UI's own size,
 * regular or bold.  On screen, chart text is set in the UI's fonts, with
 * the widget's font options: the cards' labels have loaded those fonts
 * already, and each more font (another size, weight or set of options)
 * is loaded again before the first frame (docs/performance.md).
 * Exports set it unhinted. */
static const struct
{
  double      size;
  PangoWeight weight;
} roles[MP_N_TEXT_ROLES] = {
  [MP_TEXT_BODY] = { 1.0, PANGO_WEIGHT_NORMAL },
  [MP_TEXT_SMALL] = { 1.0, PANGO_WEIGHT_NORMAL },
  [MP_TEXT_STRONG] = { 1.0, PANGO_WEIGHT_BOLD },
  [MP_TEXT_TITLE] = { 1.0, PANGO_WEIGHT_BOLD },
};

static guint
layout_key_hash (gconstpointer data)
{
  const LayoutKey *key = data;

  return g_str_hash (key->text) ^ (key->role * 2654435761u) ^ ((guint) key->width * 40503u);
}

static gboolean
layout_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const LayoutKey *ka = a;
  const LayoutKey *kb = b;

  return ka->role == kb->role && ka->width == kb->width && strcmp (ka->text, kb->text) == 0;
}

static void
layout_key_free (gpointer data)
{
  LayoutKey *key = data;

  g_free (key->text);
  g_free (key);
}

static void
cache_flush_patterns (MpChartCache *cache)
{
  for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
    {
      g_clear_pointer (&cache->fills[i][0], cairo_pattern_destroy);
      g_clear_pointer (&cache->fills[i][1], cairo_pattern_destroy);
      g_clear_pointer (&cache->markers[i], cairo_surface_destroy);
    }
}

static void
cache_flush_fonts (MpChartCache *cache)
{
  g_hash_table_remove_all (cache->layouts);
  for (guint i = 0; i < MP_N_TEXT_ROLES; i++)
    g_clear_pointer (&cache->fonts[i], pango_font_description_free);
}

static MpChartCache *
cache_new (void)
{
  MpChartCache *cache = g_new0 (MpChartCache, 1);

  cache->layouts = g_hash_table_new_full (layout_key_hash, layout_key_equal,
                                          layout_key_free, g_object_unref);
  return cache;
}

static void
cache_free (MpChartCache *cache)
{
  if (cache == NULL)
    return;

  cache_flush_patterns (cache);
  cache_flush_fonts (cache);
  g_hash_table_unref (cache->layouts);
  g_clear_object (&cache->context);
  g_free (cache);
}

static void
style_init (MpChartStyle *style,
            gboolean      dark)
{
  MpColor fg;
  MpColor bg;
  MpColor countries[MP_MAX_COUNTRIES];

  memset (style, 0, sizeof *style);
  style->font = pango_font_description_from_string (DEFAULT_FONT);
  style->resolution = 96.0;
  style->scale = 1.0;
  style->paint_background = TRUE;
  style->cache = cache_new ();

  if (dark)
    {
      mp_color_parse ("#ffffff", &fg);
      mp_color_parse ("#242424", &bg);
    }
  else
    {
      mp_color_parse ("#1e1e1e", &fg);
      mp_color_parse ("#ffffff", &bg);
    }
  fg.alpha = dark ? 1.0 : 0.92;
  mp_chart_palette_get (dark, countries);
  mp_chart_style_set_colors (style, &fg, &bg, countries);
}

void
mp_chart_style_init_default (MpChartStyle *style)
{
  g_return_if_fail (style != NULL);

  style_init (style, FALSE);
}

void
mp_chart_style_init_dark (MpChartStyle *style)
{
  g_return_if_fail (style != NULL);

  style_init (style, TRUE);
}

void
mp_chart_style_clear (MpChartStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font, pango_font_description_free);
  g_clear_pointer (&style->ui_font_options, cairo_font_options_destroy);
  g_clear_pointer (&style->cache, cache_free);
}

void
mp_chart_palette_get (gboolean  dark,
                      MpColor  *countries)
{
  g_return_if_fail (countries != NULL);

  for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
    mp_color_parse (dark ? dark_palette[i] : light_palette[i], &countries[i]);
}

void
mp_chart_style_set_colors (MpChartStyle  *style,
                           const MpColor *fg,
                           const MpColor *bg,
                           const MpColor *countries)
{
  g_return_if_fail (style != NULL);

  if (fg != NULL)
    style->fg = *fg;
  if (bg != NULL)
    style->bg = *bg;
  if (countries != NULL)
    memcpy (style->country, countries, sizeof style->country);

  style->dark = mp_color_luminance (&style->fg) > mp_color_luminance (&style->bg);
  style->grid = style->fg;
  style->grid.alpha = style->fg.alpha * (style->dark ? 0.16 : 0.11);

  if (style->cache != NULL)
    cache_flush_patterns (style->cache);
}

void
mp_chart_style_set_font (MpChartStyle               *style,
                         const PangoFontDescription *font,
                         double                      resolution)
{
  g_return_if_fail (style != NULL);

  if (resolution <= 0)
    resolution = 96.0;

  if (font != NULL && style->font != NULL &&
      pango_font_description_equal (font, style->font) &&
      resolution == style->resolution)
    return;

  if (font != NULL)
    {
      g_clear_pointer (&style->font, pango_font_description_free);
      style->font = pango_font_description_copy (font);
      /* Keep a sensible size when the theme gives none. */
      if (pango_font_description_get_size (style->font) <= 0)
        pango_font_description_set_size (style->font, 11 * PANGO_SCALE);
    }
  style->resolution = resolution;

  if (style->cache != NULL)
    {
      cache_flush_fonts (style->cache);
      g_clear_object (&style->cache->context);
    }
}

void
mp_chart_style_set_ui_font_options (MpChartStyle               *style,
                                    const cairo_font_options_t *options)
{
  g_return_if_fail (style != NULL);

  if (options == NULL && style->ui_font_options == NULL)
    return;
  if (options != NULL && style->ui_font_options != NULL &&
      cairo_font_options_equal (options, style->ui_font_options))
    return;

  g_clear_pointer (&style->ui_font_options, cairo_font_options_destroy);
  if (options != NULL)
    style->ui_font_options = cairo_font_options_copy (options);

  if (style->cache != NULL)
    {
      cache_flush_fonts (style->cache);
      g_clear_object (&style->cache->context);
    }
}

void
mp_chart_style_set_scale (MpChartStyle *style,
                          double        scale)
{
  g_return_if_fail (style != NULL);

  scale = CLAMP (scale, 0.5, 4.0);
  if (scale == style->scale)
    return;

  style->scale = scale;
  if (style->cache != NULL)
    {
      cache_flush_fonts (style->cache);
      cache_flush_patterns (style->cache);
    }
}

double
mp_chart_style_get_font_px (const MpChartStyle *style)
{
  double size;

  g_return_val_if_fail (style != NULL, 14.0);

  size = pango_font_description_get_size (style->font) / (double) PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (style->font))
    return size > 0 ? size : 14.0;

  return size > 0 ? size * style->resolution / 72.0 : 14.0;
}

gboolean
mp_color_parse (const char *spec,
                MpColor    *color)
{
  guint values[4] = { 0, 0, 0, 255 };
  gsize len;

  g_return_val_if_fail (color != NULL, FALSE);

  if (spec == NULL || spec[0] != '#')
    return FALSE;

  spec++;
  len = strlen (spec);
  if (len != 6 && len != 8)
    return FALSE;

  for (gsize i = 0; i < len / 2; i++)
    {
      int hi = g_ascii_xdigit_value (spec[2 * i]);
      int lo = g_ascii_xdigit_value (spec[2 * i + 1]);

      if (hi < 0 || lo < 0)
        return FALSE;
      values[i] = (guint) (hi * 16 + lo);
    }

  color->red = values[0] / 255.0;
  color->green = values[1] / 255.0;
  color->blue = values[2] / 255.0;
  color->alpha = values[3] / 255.0;
  return TRUE;
}

MpColor
mp_color_mix (const MpColor *a,
              const MpColor *b,
              double         t)
{
  MpColor c;

  c.red = a->red + (b->red - a->red) * t;
  c.green = a->green + (b->green - a->green) * t;
  c.blue = a->blue + (b->blue - a->blue) * t;
  c.alpha = a->alpha + (b->alpha - a->alpha) * t;
  return c;
}

static double
linear_channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
mp_color_luminance (const MpColor *color)
{
  return 0.2126 * linear_channel (color->red) +
         0.7152 * linear_channel (color->green) +
         0.0722 * linear_channel (color->blue);
}

void
mp_color_set_source (cairo_t       *cr,
                     const MpColor *color,
                     double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* On screen, chart text shares the fonts of the UI's labels (the widget's
 * font options); without them (exports) it is unhinted. */
static PangoContext *
cache_get_context (const MpChartStyle *style)
{
  MpChartCache *cache = style->cache;
  cairo_font_options_t *options;

  if (cache->context != NULL)
    return cache->context;

  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (cache->context, style->resolution);
  if (style->ui_font_options != NULL)
    {
      options = cairo_font_options_copy (style->ui_font_options);
    }
  else
    {
      /* Unhinted metrics and outlines: the same layout and glyph shapes
       * at every scale and in every export format. */
      options = cairo_font_options_create ();
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
    }
  pango_cairo_context_set_font_options (cache->context, options);
  pango_context_set_round_glyph_positions (cache->context, FALSE);
  cairo_font_options_destroy (options);
  mp_text_context_prepare (cache->context);

  return cache->context;
}

static const PangoFontDescription *
cache_get_font (const MpChartStyle *style,
                MpTextRole          role)
{
  MpChartCache *cache = style->cache;

  if (cache->fonts[role] == NULL)
    {
      PangoFontDescription *font = pango_font_description_copy (style->font);
      double size = pango_font_description_get_size (style->font) * roles[role].size * style->scale;

      if (pango_font_description_get_size_is_absolute (style->font))
        pango_font_description_set_absolute_size (font, size);
      else
        pango_font_description_set_size (font, (int) size);
      pango_font_description_set_weight (font, roles[role].weight);
      cache->fonts[role] = font;
    }

  return cache->fonts[role];
}

static PangoLayout *
get_layout (const MpChartStyle *style,
            MpTextRole          role,
            const char         *text,
            int                 max_width,
            int                 max_lines)
{
  MpChartCache *cache;
  LayoutKey lookup;
  LayoutKey *key;
  PangoLayout *layout;

  cache = style->cache;
  if (text == NULL)
    text = "";
  if (max_width < 0)
    max_width = 0;
  max_lines = CLAMP (max_lines, 1, 16);

  lookup.role = role + MP_N_TEXT_ROLES * (guint) (max_lines - 1);
  lookup.width = max_width;
  lookup.text = (char *) text;
  layout = g_hash_table_lookup (cache->layouts, &lookup);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (cache->layouts) >= MAX_CACHED_LAYOUTS)
    g_hash_table_remove_all (cache->layouts);

  layout = pango_layout_new (cache_get_context (style));
  pango_layout_set_font_description (layout, cache_get_font (style, role));
  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (max_lines > 1)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -max_lines);
        }
    }

  key = g_new (LayoutKey, 1);
  key->role = lookup.role;
  key->width = max_width;
  key->text = g_strdup (text);
  g_hash_table_insert (cache->layouts, key, layout);

  return layout;
}

PangoLayout *
mp_chart_style_get_layout (const MpChartStyle *style,
                           MpTextRole          role,
                           const char         *text,
                           int                 max_width)
{
  g_return_val_if_fail (style != NULL && style->cache != NULL, NULL);
  g_return_val_if_fail (role < MP_N_TEXT_ROLES, NULL);

  return get_layout (style, role, text, max_width, 1);
}

PangoLayout *
mp_chart_style_get_wrapped_layout (const MpChartStyle *style,
                                   MpTextRole          role,
                                   const char         *text,
                                   int                 max_width,
                                   int                 max_lines)
{
  g_return_val_if_fail (style != NULL && style->cache != NULL, NULL);
  g_return_val_if_fail (role < MP_N_TEXT_ROLES, NULL);

  return get_layout (style, role, text, max_width, max_lines);
}

static double
target_scale (cairo_t *cr)
{
  double sx = 1;
  double sy = 1;

  if (cr != NULL)
    cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  return CLAMP (MAX (sx, sy), 1, 8);
}

/* The colour of country @index's bars: pale for tentative values. */
static MpColor
fill_color (const MpChartStyle *style,
            guint               index,
            gboolean            light)
{
  MpColor color = style->country[index];

  if (light)
    color = mp_color_mix (&color, &style->bg, 0.58);
  color.alpha = 1;

  return color;
}

static cairo_pattern_t *
fill_new (const MpChartStyle *style,
          guint               index,
          gboolean            light,
          double              device_scale)
{
  /* One tile is 8 logical px at scale 1, rounded to whole device pixels
   * so the pattern maps 1:1 onto the target and needs no filtering.  The
   * tile is opaque, colour and texture in one: one pass per bar. */
  int tile_px = MAX (4, (int) round (8 * style->scale * device_scale));
  double tile = tile_px / device_scale;
  double u = tile / 8.0;
  MpColor color = fill_color (style, index, light);
  cairo_surface_t *surface;
  cairo_pattern_t *pattern;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, tile_px, tile_px);
  cairo_surface_set_device_scale (surface, device_scale, device_scale);
  cr = cairo_create (surface);
  mp_color_set_source (cr, &color, 1.0);
  cairo_paint (cr);
  mp_color_set_source (cr, &style->bg, 0.62);
  cairo_set_line_width (cr, 1.5 * u);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);

  switch (index)
    {
    case 1: /* diagonal lines */
      for (int k = -1; k <= 1; k++)
        {
          cairo_move_to (cr, k * tile, tile);
          cairo_line_to (cr, (k + 1) * tile, 0);
        }
      cairo_stroke (cr);
      break;

    case 2: /* dots */
      cairo_arc (cr, tile / 4.0, tile / 4.0, 1.35 * u, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, 3 * tile / 4.0, 3 * tile / 4.0, 1.35 * u, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case 3: /* horizontal lines */
      cairo_set_line_width (cr, 1.6 * u);
      cairo_move_to (cr, 0, tile / 2.0);
      cairo_line_to (cr, tile, tile / 2.0);
      cairo_stroke (cr);
      break;

    case 4: /* vertical lines */
      cairo_set_line_width (cr, 1.6 * u);
      cairo_move_to (cr, tile / 2.0, 0);
      cairo_line_to (cr, tile / 2.0, tile);
      cairo_stroke (cr);
      break;

    case 5: /* diagonal lines the other way */
      for (int k = -1; k <= 1; k++)
        {
          cairo_move_to (cr, k * tile, 0);
          cairo_line_to (cr, (k + 1) * tile, tile);
        }
      cairo_stroke (cr);
      break;

    case 6: /* grid */
      cairo_set_line_width (cr, 1.2 * u);
      cairo_move_to (cr, 0, tile / 2.0);
      cairo_line_to (cr, tile, tile / 2.0);
      cairo_move_to (cr, tile / 2.0, 0);
      cairo_line_to (cr, tile / 2.0, tile);
      cairo_stroke (cr);
      break;

    case 7: /* cross-hatch */
      cairo_set_line_width (cr, 1.2 * u);
      for (int k = -1; k <= 1; k++)
        {
          cairo_move_to (cr, k * tile, tile);
          cairo_line_to (cr, (k + 1) * tile, 0);
          cairo_move_to (cr, k * tile, 0);
          cairo_line_to (cr, (k + 1) * tile, tile);
        }
      cairo_stroke (cr);
      break;

    default:
      break;
    }

  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (surface);
  cairo_surface_destroy (surface);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);

  return pattern;
}

cairo_pattern_t *
mp_chart_style_get_fill (const MpChartStyle *style,
                         guint               index,
                         gboolean            light,
                         cairo_t            *cr)
{
  double device_scale;
  cairo_pattern_t **fill;

  g_return_val_if_fail (style != NULL && style->cache != NULL, NULL);
  g_return_val_if_fail (index < MP_MAX_COUNTRIES, NULL);

  device_scale = target_scale (cr);
  if (device_scale != style->cache->pattern_scale)
    {
      for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
        {
          g_clear_pointer (&style->cache->fills[i][0], cairo_pattern_destroy);
          g_clear_pointer (&style->cache->fills[i][1], cairo_pattern_destroy);
        }
      style->cache->pattern_scale = device_scale;
    }

  fill = &style->cache->fills[index][light ? 1 : 0];
  if (*fill == NULL)
    {
      if (index == 0)
        {
          /* The first country is plain: texture is for telling apart. */
          MpColor color = fill_color (style, index, light);

          *fill = cairo_pattern_create_rgb (color.red, color.green, color.blue);
        }
      else
        *fill = fill_new (style, index, !!light, device_scale);
    }

  return *fill;
}

void
mp_chart_marker_path (cairo_t *cr,
                      int      country,
                      double   x,
                      double   y,
                      double   radius)
{
  double r;

  cairo_new_sub_path (cr);
  switch (country)
    {
    case 1: /* square */
      r = radius * 0.88;
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;

    case 2: /* triangle */
      r = radius * 1.2;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.866, y + r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y + r * 0.5);
      cairo_close_path (cr);
      break;

    case 3: /* diamond */
      r = radius * 1.2;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;

    case 4: /* triangle pointing down */
      r = radius * 1.2;
      cairo_move_to (cr, x, y + r);
      cairo_line_to (cr, x + r * 0.866, y - r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y - r * 0.5);
      cairo_close_path (cr);
      break;

    case 5: /* plus */
    case 7: /* cross: the plus turned by 45° */
      {
        /* Arms 0.73 of their length wide. */
        double a = radius * (country == 7 ? 1.25 : 1.15);
        static const double pts[12][2] = {
          { -1, -0.365 }, { -0.365, -0.365 }, { -0.365, -1 }, { 0.365, -1 },
          { 0.365, -0.365 }, { 1, -0.365 }, { 1, 0.365 }, { 0.365, 0.365 },
          { 0.365, 1 }, { -0.365, 1 }, { -0.365, 0.365 }, { -1, 0.365 },
        };
        double angle = country == 7 ? G_PI / 4 : 0;

        for (guint i = 0; i < G_N_ELEMENTS (pts); i++)
          {
            double px = pts[i][0] * a;
            double py = pts[i][1] * a;
            double rx = px * cos (angle) - py * sin (angle);
            double ry = px * sin (angle) + py * cos (angle);

            if (i == 0)
              cairo_move_to (cr, x + rx, y + ry);
            else
              cairo_line_to (cr, x + rx, y + ry);
          }
        cairo_close_path (cr);
      }
      break;

    case 6: /* five-pointed star */
      r = radius * 1.35;
      for (guint i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + i * G_PI / 5;
          double ri = (i % 2 == 0) ? r : r * 0.45;

          if (i == 0)
            cairo_move_to (cr, x + ri * cos (angle), y + ri * sin (angle));
          else
            cairo_line_to (cr, x + ri * cos (angle), y + ri * sin (angle));
        }
      cairo_close_path (cr);
      break;

    case 0:
    default:
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      break;
    }
}

void
mp_chart_style_stamp_marker (const MpChartStyle *style,
                             cairo_t            *cr,
                             int                 country,
                             double              x,
                             double              y,
                             double              radius)
{
  MpChartCache *cache;
  double device_scale;
  double half = ceil (radius * 1.25 + 2);

  g_return_if_fail (style != NULL && style->cache != NULL);
  g_return_if_fail (country >= 0 && country < MP_MAX_COUNTRIES);

  cache = style->cache;
  device_scale = target_scale (cr);
  if (device_scale != cache->marker_scale || radius != cache->marker_radius)
    {
      for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
        g_clear_pointer (&cache->markers[i], cairo_surface_destroy);
      cache->marker_scale = device_scale;
      cache->marker_radius = radius;
    }

  /* Markers are stamped from a small image: stroking hundreds of tiny
   * outlined shapes every frame costs milliseconds. */
  if (cache->markers[country] == NULL)
    {
      int size = (int) ceil (2 * half * device_scale);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      cairo_t *mcr;

      cairo_surface_set_device_scale (surface, device_scale, device_scale);
      mcr = cairo_create (surface);
      mp_chart_marker_path (mcr, country, half, half, radius);
      mp_color_set_source (mcr, &style->country[country], 1.0);
      cairo_fill_preserve (mcr);
      mp_color_set_source (mcr, &style->bg, 1.0);
      cairo_set_line_width (mcr, 1.25 * style->scale);
      cairo_stroke (mcr);
      cairo_destroy (mcr);
      cache->markers[country] = surface;
    }

  /* Whole device pixels: a plain copy, no resampling. */
  x = round ((x - half) * device_scale) / device_scale;
  y = round ((y - half) * device_scale) / device_scale;
  cairo_save (cr);
  cairo_set_source_surface (cr, cache->markers[country], x, y);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_rectangle (cr, x, y, 2 * half, 2 * half);
  cairo_fill (cr);
  cairo_restore (cr);
}

guint
mp_chart_style_get_n_cached (const MpChartStyle *style)
{
  g_return_val_if_fail (style != NULL && style->cache != NULL, 0);

  return g_hash_table_size (style->cache->layouts);
}
