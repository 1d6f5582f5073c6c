/* mp-chart-draw.h
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
#include <math.h>

#include "mp-chart-style.h"
#include "mp-hit-map.h"

G_BEGIN_DECLS

/* Drawing helpers shared by the renderers.  All sizes are logical px. */

typedef struct
{
  double s;         /* style scale, shrunk a little on tiny surfaces */
  double pad;       /* outer padding */
  double gap;       /* between blocks (header, legend, plot, footer) */
  double line;      /* data line width */
  double radius;    /* corner radius of bars and boxes */
  gboolean compact; /* little room: drop secondary text */
} MpChartMetrics;

typedef enum
{
  MP_LEGEND_SWATCH,       /* country colour + pattern */
  MP_LEGEND_LIGHT,        /* lighter swatch with dashed outline (not final) */
  MP_LEGEND_OUTLINE,      /* lighter swatch with a solid outline (observer…) */
  MP_LEGEND_LINE,         /* country line with dash and marker */
  MP_LEGEND_NO_DATA,      /* the "no data" cross */
  MP_LEGEND_CHAIR,        /* chair period band */
  MP_LEGEND_FOUNDING,     /* founding-member diamond */
  MP_LEGEND_TODAY,        /* dashed "today" line */
} MpLegendKind;

typedef struct
{
  MpLegendKind kind;
  int          country;   /* for SWATCH, LIGHT and LINE; -1 neutral */
  const char  *label;
} MpLegendItem;

void   mp_chart_metrics_init     (MpChartMetrics       *metrics,
                                  const MpChartStyle   *style,
                                  double                width,
                                  double                height);
/* Starts a renderer: clears @hits, and unless the size is empty saves
 * @cr and paints the background; returns FALSE when there is nothing
 * to draw (then @cr is untouched).  Pair with cairo_restore(). */
gboolean mp_chart_begin          (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  double                width,
                                  double                height,
                                  MpHitMap             *hits);
void   mp_chart_draw_background  (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  double                width,
                                  double                height);
static inline double
mp_chart_snap (double v)
{
  return floor (v) + 0.5;
}

void   mp_chart_text_size        (const MpChartStyle   *style,
                                  MpTextRole            role,
                                  const char           *text,
                                  int                   max_width,
                                  double               *width,
                                  double               *height);
/* Draws @text anchored at (@x, @y): @xalign 0 puts the left edge at x,
 * 1 the right edge, 0.5 the centre; @yalign likewise vertically. */
void   mp_chart_draw_text        (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  MpTextRole            role,
                                  const char           *text,
                                  int                   max_width,
                                  double                x,
                                  double                y,
                                  double                xalign,
                                  double                yalign,
                                  const MpColor        *color,
                                  double                alpha);
/* The same for text wrapping onto at most @max_lines lines. */
void   mp_chart_paragraph_size   (const MpChartStyle   *style,
                                  MpTextRole            role,
                                  const char           *text,
                                  int                   max_width,
                                  int                   max_lines,
                                  double               *width,
                                  double               *height);
void   mp_chart_draw_paragraph   (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  MpTextRole            role,
                                  const char           *text,
                                  int                   max_width,
                                  int                   max_lines,
                                  double                x,
                                  double                y,
                                  double                xalign,
                                  double                yalign,
                                  const MpColor        *color,
                                  double                alpha);
/* Add 1px hairlines (as whole-pixel rectangles) to the path: fill them. */
void   mp_chart_hline            (cairo_t              *cr,
                                  double                x0,
                                  double                x1,
                                  double                y);
void   mp_chart_vline            (cairo_t              *cr,
                                  double                x,
                                  double                y0,
                                  double                y1);

/* Title and subtitle at the top; returns the height used. */
double mp_chart_draw_header      (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  const MpChartMetrics *metrics,
                                  const char           *title,
                                  const char           *subtitle,
                                  double                x,
                                  double                y,
                                  double                width,
                                  gboolean              draw);
/* Source line at the bottom, ending at @bottom; returns its height. */
double mp_chart_draw_footer      (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  const MpChartMetrics *metrics,
                                  const char           *text,
                                  double                x,
                                  double                bottom,
                                  double                width,
                                  gboolean              draw);
/* The same with the sources on up to @max_lines lines (the footer above
 * has two: a chart's source popover has the rest; an image of the cards
 * has no popover and cites many sources). */
double mp_chart_draw_footer_lines (cairo_t              *cr,
                                   const MpChartStyle   *style,
                                   const MpChartMetrics *metrics,
                                   const char           *text,
                                   double                x,
                                   double                bottom,
                                   double                width,
                                   int                   max_lines,
                                   gboolean              draw);
/* Flowing legend (wraps to new lines); returns the height used. */
double mp_chart_draw_legend      (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  const MpChartMetrics *metrics,
                                  const MpLegendItem   *items,
                                  guint                 n_items,
                                  double                x,
                                  double                y,
                                  double                width,
                                  gboolean              draw);

/* A bar (rounded top corners) in the country's colour with its pattern;
 * @light for values that are not final: paler fill, dashed outline. */
void   mp_chart_fill_bar         (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  int                   country,
                                  double                x,
                                  double                y,
                                  double                width,
                                  double                height,
                                  double                radius,
                                  gboolean              light);
void   mp_chart_rounded_rect     (cairo_t              *cr,
                                  double                x,
                                  double                y,
                                  double                width,
                                  double                height,
                                  double                radius);
/* Dash per country (solid, dashed, dotted, dash-dot, long dashes,
 * dash-dot-dot, short dashes, long and short). */
void   mp_chart_set_dash         (cairo_t              *cr,
                                  int                   country,
                                  double                line_width);
void   mp_chart_draw_no_data     (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  double                cx,
                                  double                cy,
                                  double                size);
void   mp_chart_draw_message     (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  const char           *message,
                                  double                x,
                                  double                y,
                                  double                width,
                                  double                height);
/* Keyboard focus: a ring around the hit and a callout with its label. */
void   mp_chart_draw_focus       (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  const MpHit          *hit,
                                  double                width,
                                  double                height);
/* A highlight for the hovered hit. */
void   mp_chart_draw_hover       (cairo_t              *cr,
                                  const MpChartStyle   *style,
                                  const MpHit          *hit);

G_END_DECLS
