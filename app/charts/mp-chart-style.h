/* mp-chart-style.h
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

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "mp-limits.h"

G_BEGIN_DECLS

/* The opacity of secondary text (subtitles, axis labels, sources) on the
 * text colour: at least 4.5:1 against the background in the light style
 * (5.2:1 on GTK's window colour), as small text needs to be read from the
 * back of a classroom; 0.6 was 3.2:1. */
#define MP_CHART_TEXT_DIM 0.78

/* A resolved colour, in the 0..1 range (same layout as GdkRGBA but with
 * doubles, so this layer needs no GTK). */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} MpColor;

typedef enum
{
  MP_TEXT_BODY,
  MP_TEXT_SMALL,
  MP_TEXT_STRONG,
  MP_TEXT_TITLE,
  MP_N_TEXT_ROLES
} MpTextRole;

/* Layout and pattern cache, owned by a style. */
typedef struct _MpChartCache MpChartCache;

/* Everything a renderer needs to know about looks.  Renderers never touch
 * a widget: the widget (or the exporter) resolves colours and the font and
 * fills this in.  Initialise with mp_chart_style_init_default() or
 * mp_chart_style_init_dark(), release with mp_chart_style_clear().
 */
typedef struct
{
  MpColor               fg;
  MpColor               bg;
  MpColor               grid;              /* fg at low alpha */
  MpColor               country[MP_MAX_COUNTRIES];
  gboolean              dark;              /* light text on dark background */
  gboolean              paint_background;  /* fill with bg first (exports) */
  gboolean              has_table;         /* the window: a cut-off list can say "see the table" */
  const char           *footnote;          /* nullable, not owned: drawn at the right of the
                                            * sources line ("Data as of …" on exports) */
  PangoFontDescription *font;              /* base font, owned */
  double                resolution;        /* font dpi, 96 by default */
  cairo_font_options_t *ui_font_options;   /* the widget's, owned, or NULL */
  double                scale;             /* 1.0 – 2.5 (presentation mode) */
  MpChartCache         *cache;             /* owned */
} MpChartStyle;

void         mp_chart_style_init_default (MpChartStyle               *style);
void         mp_chart_style_init_dark    (MpChartStyle               *style);
void         mp_chart_style_clear        (MpChartStyle               *style);
/* Sets fg, bg and the country colours (NULL keeps them) and derives grid
 * and dark; flushes cached patterns. */
void         mp_chart_style_set_colors   (MpChartStyle               *style,
                                          const MpColor              *fg,
                                          const MpColor              *bg,
                                          const MpColor              *countries);
void         mp_chart_style_set_font     (MpChartStyle               *style,
                                          const PangoFontDescription *font,
                                          double                      resolution);
/* The font options of the UI's own text (the widget's), or NULL (exports):
 * chart text is then drawn like the UI's labels, with their fonts. */
void         mp_chart_style_set_ui_font_options (MpChartStyle           *style,
                                                 const cairo_font_options_t *options);
void         mp_chart_style_set_scale    (MpChartStyle               *style,
                                          double                      scale);
/* The size of the base font in pixels (at scale 1). */
double       mp_chart_style_get_font_px  (const MpChartStyle         *style);

/* The default palette of MP_MAX_COUNTRIES colours, Okabe-Ito based
 * (light backgrounds), and its lighter variants for dark backgrounds. */
void         mp_chart_palette_get        (gboolean                    dark,
                                          MpColor                    *countries);

gboolean     mp_color_parse              (const char                 *spec,
                                          MpColor                    *color);
MpColor      mp_color_mix                (const MpColor              *a,
                                          const MpColor              *b,
                                          double                      t);
double       mp_color_luminance          (const MpColor              *color);
void         mp_color_set_source         (cairo_t                    *cr,
                                          const MpColor              *color,
                                          double                      alpha);

/* A cached layout for @text in @role; @max_width > 0 ellipsizes.  Owned by
 * the style's cache: valid until the next call that changes the style. */
PangoLayout *mp_chart_style_get_layout   (const MpChartStyle         *style,
                                          MpTextRole                  role,
                                          const char                 *text,
                                          int                         max_width);
/* Like mp_chart_style_get_layout() but wrapping onto at most @max_lines
 * lines of @max_width, the last one ellipsized. */
PangoLayout *mp_chart_style_get_wrapped_layout (const MpChartStyle *style,
                                                MpTextRole          role,
                                                const char         *text,
                                                int                 max_width,
                                                int                 max_lines);
/* The paint for a bar, span or swatch of country @index: its colour (pale
 * when @light) with a texture for countries 2–8, so colour is never the
 * only cue.  Opaque; made for the device scale of @cr's target
 * (nullable: 1) and cached. */
cairo_pattern_t *mp_chart_style_get_fill (const MpChartStyle         *style,
                                          guint                       index,
                                          gboolean                    light,
                                          cairo_t                    *cr);

/* Marker shape per country (circle, square, triangle, diamond, triangle
 * pointing down, plus, star, cross). */
void   mp_chart_marker_path      (cairo_t              *cr,
                                  int                   country,
                                  double                x,
                                  double                y,
                                  double                radius);

/* Draws country @country's line marker (with a background outline)
 * centred on (@x, @y), from a cached image. */
void         mp_chart_style_stamp_marker (const MpChartStyle         *style,
                                          cairo_t                    *cr,
                                          int                         country,
                                          double                      x,
                                          double                      y,
                                          double                      radius);

/* Number of layouts currently cached (for tests and benchmarks). */
guint        mp_chart_style_get_n_cached (const MpChartStyle         *style);

G_END_DECLS
