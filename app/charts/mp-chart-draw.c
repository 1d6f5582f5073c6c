/* mp-chart-draw.c
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

#include <pango/pangocairo.h>

#include "mp-chart-draw.h"

void
mp_chart_metrics_init (MpChartMetrics     *metrics,
                       const MpChartStyle *style,
                       double              width,
                       double              height)
{
  double s = style->scale;

  metrics->s = s;
  metrics->compact = width < 520 * s || height < 300 * s;
  metrics->pad = (metrics->compact ? 10 : 18) * s;
  metrics->gap = (metrics->compact ? 6 : 12) * s;
  metrics->line = 2.25 * s;
  metrics->radius = 3 * s;
}

gboolean
mp_chart_begin (cairo_t            *cr,
                const MpChartStyle *style,
                double              width,
                double              height,
                MpHitMap           *hits)
{
  if (hits != NULL)
    mp_hit_map_clear (hits);
  if (width < 1 || height < 1)
    return FALSE;

  cairo_save (cr);
  mp_chart_draw_background (cr, style, width, height);

  return TRUE;
}

void
mp_chart_draw_background (cairo_t            *cr,
                          const MpChartStyle *style,
                          double              width,
                          double              height)
{
  if (!style->paint_background)
    return;

  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  mp_color_set_source (cr, &style->bg, 1.0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

static void
draw_layout (cairo_t            *cr,
             const MpChartStyle *style,
             PangoLayout        *layout,
             double              x,
             double              y,
             double              xalign,
             double              yalign,
             const MpColor      *color,
             double              alpha)
{
  PangoRectangle logical;
  double w;
  double h;

  pango_layout_get_extents (layout, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;

  mp_color_set_source (cr, color != NULL ? color : &style->fg, alpha);
  cairo_move_to (cr, x - w * xalign - (double) logical.x / PANGO_SCALE, y - h * yalign);
  pango_cairo_show_layout (cr, layout);
}

void
mp_chart_text_size (const MpChartStyle *style,
                    MpTextRole          role,
                    const char         *text,
                    int                 max_width,
                    double             *width,
                    double             *height)
{
  layout_size (mp_chart_style_get_layout (style, role, text, max_width), width, height);
}

void
mp_chart_draw_text (cairo_t            *cr,
                    const MpChartStyle *style,
                    MpTextRole          role,
                    const char         *text,
                    int                 max_width,
                    double              x,
                    double              y,
                    double              xalign,
                    double              yalign,
                    const MpColor      *color,
                    double              alpha)
{
  draw_layout (cr, style, mp_chart_style_get_layout (style, role, text, max_width),
               x, y, xalign, yalign, color, alpha);
}

void
mp_chart_paragraph_size (const MpChartStyle *style,
                         MpTextRole          role,
                         const char         *text,
                         int                 max_width,
                         int                 max_lines,
                         double             *width,
                         double             *height)
{
  layout_size (mp_chart_style_get_wrapped_layout (style, role, text, max_width, max_lines),
               width, height);
}

void
mp_chart_draw_paragraph (cairo_t            *cr,
                         const MpChartStyle *style,
                         MpTextRole          role,
                         const char         *text,
                         int                 max_width,
                         int                 max_lines,
                         double              x,
                         double              y,
                         double              xalign,
                         double              yalign,
                         const MpColor      *color,
                         double              alpha)
{
  draw_layout (cr, style, mp_chart_style_get_wrapped_layout (style, role, text, max_width, max_lines),
               x, y, xalign, yalign, color, alpha);
}

void
mp_chart_hline (cairo_t *cr,
                double   x0,
                double   x1,
                double   y)
{
  /* A whole-pixel rectangle: filled, it is as crisp as a snapped 1px
   * stroke and takes cairo's fast path for boxes. */
  cairo_rectangle (cr, x0, floor (y), x1 - x0, 1);
}

void
mp_chart_vline (cairo_t *cr,
                double   x,
                double   y0,
                double   y1)
{
  cairo_rectangle (cr, floor (x), y0, 1, y1 - y0);
}

double
mp_chart_draw_header (cairo_t              *cr,
                      const MpChartStyle   *style,
                      const MpChartMetrics *metrics,
                      const char           *title,
                      const char           *subtitle,
                      double                x,
                      double                y,
                      double                width,
                      gboolean              draw)
{
  double title_h = 0;
  double sub_h = 0;
  double spacing = 2 * metrics->s;

  if (title != NULL && title[0] != '\0')
    {
      mp_chart_text_size (style, MP_TEXT_TITLE, title, (int) width, NULL, &title_h);
      if (draw)
        mp_chart_draw_text (cr, style, MP_TEXT_TITLE, title, (int) width,
                            x, y, 0, 0, &style->fg, 1.0);
    }

  if (subtitle != NULL && subtitle[0] != '\0')
    {
      mp_chart_text_size (style, MP_TEXT_SMALL, subtitle, (int) width, NULL, &sub_h);
      if (draw)
        mp_chart_draw_text (cr, style, MP_TEXT_SMALL, subtitle, (int) width,
                            x, y + title_h + spacing, 0, 0, &style->fg, MP_CHART_TEXT_DIM);
      sub_h += spacing;
    }

  return title_h + sub_h;
}

double
mp_chart_draw_footer_lines (cairo_t              *cr,
                            const MpChartStyle   *style,
                            const MpChartMetrics *metrics,
                            const char           *text,
                            double                x,
                            double                bottom,
                            double                width,
                            int                   max_lines,
                            gboolean              draw)
{
  double h = 0;
  double note_w = 0, note_h = 0;
  double text_w = width;

  if ((text == NULL || text[0] == '\0') && style->footnote == NULL)
    return 0;

  /* The footnote at the right, the sources in the rest. */
  if (style->footnote != NULL)
    {
      mp_chart_text_size (style, MP_TEXT_SMALL, style->footnote, 0, &note_w, &note_h);
      text_w = MAX (width / 3, width - note_w - 2 * metrics->gap);
      if (draw)
        mp_chart_draw_text (cr, style, MP_TEXT_SMALL, style->footnote, 0,
                            x + width, bottom, 1, 1, &style->fg, MP_CHART_TEXT_DIM);
    }

  if (text != NULL && text[0] != '\0')
    {
      mp_chart_paragraph_size (style, MP_TEXT_SMALL, text, (int) text_w, max_lines, NULL, &h);
      if (draw)
        mp_chart_draw_paragraph (cr, style, MP_TEXT_SMALL, text, (int) text_w, max_lines,
                                 x, bottom, 0, 1, &style->fg, MP_CHART_TEXT_DIM);
    }
  h = MAX (h, note_h);
  return h;
}

double
mp_chart_draw_footer (cairo_t              *cr,
                      const MpChartStyle   *style,
                      const MpChartMetrics *metrics,
                      const char           *text,
                      double                x,
                      double                bottom,
                      double                width,
                      gboolean              draw)
{
  /* Two lines at most: the source popover has the details. */
  return mp_chart_draw_footer_lines (cr, style, metrics, text, x, bottom, width, 2, draw);
}

static void
legend_symbol (cairo_t              *cr,
               const MpChartStyle   *style,
               const MpChartMetrics *metrics,
               const MpLegendItem   *item,
               double                x,
               double                cy,
               double                size)
{
  double s = metrics->s;

  switch (item->kind)
    {
    case MP_LEGEND_SWATCH:
    case MP_LEGEND_LIGHT:
      mp_chart_fill_bar (cr, style, item->country, x, cy - size / 2, size, size,
                         2 * s, item->kind == MP_LEGEND_LIGHT);
      break;

    case MP_LEGEND_OUTLINE:
      {
        MpColor pale = mp_color_mix (&style->fg, &style->bg, 0.58);

        pale.alpha = 1;
        cairo_rectangle (cr, x, cy - size / 2, size, size);
        mp_color_set_source (cr, &pale, 1.0);
        cairo_fill (cr);
        cairo_rectangle (cr, x + 0.5, cy - size / 2 + 0.5, size - 1, size - 1);
        mp_color_set_source (cr, &style->fg, 1.0);
        cairo_set_line_width (cr, 1);
        cairo_stroke (cr);
      }
      break;

    case MP_LEGEND_LINE:
      {
        const MpColor *color = item->country >= 0 ? &style->country[item->country] : &style->fg;

        cairo_save (cr);
        mp_color_set_source (cr, color, 1.0);
        cairo_set_line_width (cr, metrics->line);
        mp_chart_set_dash (cr, item->country, metrics->line);
        cairo_move_to (cr, x, cy);
        cairo_line_to (cr, x + size * 2, cy);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        mp_chart_marker_path (cr, item->country, x + size, cy, 3.5 * s);
        cairo_fill (cr);
        cairo_restore (cr);
      }
      break;

    case MP_LEGEND_NO_DATA:
      mp_chart_draw_no_data (cr, style, x + size / 2, cy, size * 0.7);
      break;

    case MP_LEGEND_CHAIR:
      cairo_save (cr);
      mp_color_set_source (cr, &style->fg, 0.85);
      mp_chart_rounded_rect (cr, x, cy - size * 0.2, size * 1.5, size * 0.4, size * 0.2);
      cairo_fill (cr);
      cairo_restore (cr);
      break;

    case MP_LEGEND_FOUNDING:
      cairo_save (cr);
      mp_color_set_source (cr, &style->fg, 0.85);
      cairo_move_to (cr, x + size / 2, cy - size / 2);
      cairo_line_to (cr, x + size, cy);
      cairo_line_to (cr, x + size / 2, cy + size / 2);
      cairo_line_to (cr, x, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
      break;

    case MP_LEGEND_TODAY:
      {
        static const double dash[] = { 3, 3 };

        cairo_save (cr);
        mp_color_set_source (cr, &style->fg, 0.6);
        cairo_set_line_width (cr, 1);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_move_to (cr, mp_chart_snap (x + size / 2), cy - size / 2 - 1);
        cairo_line_to (cr, mp_chart_snap (x + size / 2), cy + size / 2 + 1);
        cairo_stroke (cr);
        cairo_restore (cr);
      }
      break;

    default:
      break;
    }
}

static double
legend_symbol_width (const MpLegendItem *item,
                     double              size)
{
  switch (item->kind)
    {
    case MP_LEGEND_LINE:
      return size * 2;
    case MP_LEGEND_CHAIR:
      return size * 1.5;
    case MP_LEGEND_SWATCH:
    case MP_LEGEND_LIGHT:
    case MP_LEGEND_OUTLINE:
    case MP_LEGEND_NO_DATA:
    case MP_LEGEND_FOUNDING:
    case MP_LEGEND_TODAY:
    default:
      return size;
    }
}

double
mp_chart_draw_legend (cairo_t              *cr,
                      const MpChartStyle   *style,
                      const MpChartMetrics *metrics,
                      const MpLegendItem   *items,
                      guint                 n_items,
                      double                x,
                      double                y,
                      double                width,
                      gboolean              draw)
{
  double s = metrics->s;
  double size = 12 * s;
  double symbol_gap = 6 * s;
  double item_gap = (metrics->compact ? 12 : 20) * s;
  double line_gap = 4 * s;
  double cx = x;
  double cy = y;
  double line_h = 0;

  if (n_items == 0)
    return 0;

  for (guint i = 0; i < n_items; i++)
    {
      const MpLegendItem *item = &items[i];
      double sym_w = legend_symbol_width (item, size);
      double max_label = MAX (width - sym_w - symbol_gap, 20 * s);
      double text_w;
      double text_h;
      double item_w;

      mp_chart_text_size (style, MP_TEXT_BODY, item->label, (int) max_label, &text_w, &text_h);
      item_w = sym_w + symbol_gap + text_w;
      line_h = MAX (text_h, size);

      if (cx > x && cx + item_w > x + width)
        {
          cx = x;
          cy += line_h + line_gap;
        }

      if (draw)
        {
          legend_symbol (cr, style, metrics, item, cx, cy + line_h / 2, size);
          mp_chart_draw_text (cr, style, MP_TEXT_BODY, item->label, (int) max_label,
                              cx + sym_w + symbol_gap, cy + line_h / 2, 0, 0.5,
                              &style->fg, 0.85);
        }

      cx += item_w + item_gap;
    }

  return cy + line_h - y;
}

void
mp_chart_rounded_rect (cairo_t *cr,
                       double   x,
                       double   y,
                       double   width,
                       double   height,
                       double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  if (radius <= 0.01)
    {
      cairo_rectangle (cr, x, y, width, height);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
top_rounded_rect (cairo_t *cr,
                  double   x,
                  double   y,
                  double   width,
                  double   height,
                  double   radius)
{
  radius = MIN (radius, MIN (width / 2, height));
  if (radius <= 0.01)
    {
      cairo_rectangle (cr, x, y, width, height);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_move_to (cr, x, y + height);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_line_to (cr, x + width, y + height);
  cairo_close_path (cr);
}

/* Moves a point onto the target's pixel grid (charts are never rotated). */
static void
snap_to_pixels (cairo_t *cr,
                double  *x,
                double  *y)
{
  cairo_user_to_device (cr, x, y);
  *x = round (*x);
  *y = round (*y);
  cairo_device_to_user (cr, x, y);
}

void
mp_chart_fill_bar (cairo_t            *cr,
                   const MpChartStyle *style,
                   int                 country,
                   double              x,
                   double              y,
                   double              width,
                   double              height,
                   double              radius,
                   gboolean            light)
{
  const MpColor *color;
  double x1 = x + width;
  double y1 = y + height;
  double px = 1;
  double py = 1;
  double cap;

  if (width <= 0 || height <= 0)
    return;

  /* On whole pixels, and never thinner than one: a bar's body is then
   * filled as a box, without the coverage mask a fractional edge needs
   * (which, over a full-HD chart, cost more than the rest of it). */
  cairo_device_to_user_distance (cr, &px, &py);
  px = fabs (px);
  py = fabs (py);
  snap_to_pixels (cr, &x, &y);
  snap_to_pixels (cr, &x1, &y1);
  if (x1 - x < px)
    x1 = x + px;
  if (y1 - y < py)
    y = y1 - py;
  width = x1 - x;
  height = y1 - y;

  if (country >= 0 && country < MP_MAX_COUNTRIES)
    {
      color = &style->country[country];
      cairo_set_source (cr, mp_chart_style_get_fill (style, (guint) country, light, cr));
    }
  else
    {
      /* Neutral swatches (legend): the text colour. */
      MpColor neutral = light ? mp_color_mix (&style->fg, &style->bg, 0.58) : style->fg;

      color = &style->fg;
      neutral.alpha = 1;
      mp_color_set_source (cr, &neutral, 1.0);
    }

  /* The rounded top apart, down to the first whole pixel below it. */
  radius = MIN (radius, MIN (width / 2, height));
  cap = y;
  if (radius > 0.01)
    {
      double unused = x;

      cap = y + radius;
      snap_to_pixels (cr, &unused, &cap);
      if (cap < y + radius)
        cap += py;
      cap = MIN (cap, y1);
      top_rounded_rect (cr, x, y, width, cap - y, radius);
      cairo_fill (cr);
    }
  if (y1 > cap)
    {
      cairo_rectangle (cr, x, cap, width, y1 - cap);
      cairo_fill (cr);
    }

  if (light && width >= 4 && height >= 4)
    {
      /* A dashed outline made of small boxes on whole pixels (counted
       * in pixels from the bar's snapped corner): stroking dashes along
       * a tall bar costs a millisecond, boxes almost nothing when they
       * need no coverage mask. */
      double t = MAX (1, round (1.5 * style->scale / px)) * px;
      int dash = MAX (1, (int) round (3 * style->scale / py));
      int gap = MAX (1, (int) round (2 * style->scale / py));
      int rows = (int) round (height / py);
      int columns = (int) round (width / px);
      int dash_x = MAX (1, (int) round (3 * style->scale / px));
      int gap_x = MAX (1, (int) round (2 * style->scale / px));

      for (int d = 0; d < rows; d += dash + gap)
        {
          double len = MIN (dash, rows - d) * py;
          double top = y1 - d * py - len;

          cairo_rectangle (cr, x, top, t, len);
          cairo_rectangle (cr, x1 - t, top, t, len);
        }
      for (int d = 0; d < columns; d += dash_x + gap_x)
        cairo_rectangle (cr, x + d * px, y, MIN (dash_x, columns - d) * px, t);
      mp_color_set_source (cr, color, 1.0);
      cairo_fill (cr);
    }
}

/* Each country's dash, in line widths; country 0 draws solid.  Butt caps
 * keep short dashes and dots square (round caps cost a circle each). */
static const struct
{
  guint    n;
  gboolean butt;
  double   lengths[6];
} dash_patterns[] = {
  { 0, FALSE, { 0 } },
  { 2, FALSE, { 5, 2.5 } },
  { 2, TRUE,  { 1.1, 1.5 } },                      /* dotted */
  { 4, TRUE,  { 6, 1.8, 1.1, 1.8 } },              /* dash-dot */
  { 2, FALSE, { 11, 3 } },                         /* long dashes */
  { 6, TRUE,  { 6, 1.8, 1.1, 1.8, 1.1, 1.8 } },    /* dash-dot-dot */
  { 2, TRUE,  { 2.6, 2 } },                        /* short dashes */
  { 4, TRUE,  { 10, 2.2, 3.5, 2.2 } },             /* long and short dashes */
};

void
mp_chart_set_dash (cairo_t *cr,
                   int      country,
                   double   line_width)
{
  double w = MAX (line_width, 1);
  double dashes[6];
  guint index = country >= 0 && country < (int) G_N_ELEMENTS (dash_patterns) ? (guint) country : 0;

  if (dash_patterns[index].n == 0)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      return;
    }

  for (guint i = 0; i < dash_patterns[index].n; i++)
    dashes[i] = dash_patterns[index].lengths[i] * w;
  if (dash_patterns[index].butt)
    cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dashes, (int) dash_patterns[index].n, 0);
}

void
mp_chart_draw_no_data (cairo_t            *cr,
                       const MpChartStyle *style,
                       double              cx,
                       double              cy,
                       double              size)
{
  double r = size / 2;

  cairo_save (cr);
  mp_color_set_source (cr, &style->fg, 0.5);
  cairo_set_line_width (cr, MAX (1.25, size / 6));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_move_to (cr, cx - r, cy - r);
  cairo_line_to (cr, cx + r, cy + r);
  cairo_move_to (cr, cx + r, cy - r);
  cairo_line_to (cr, cx - r, cy + r);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
mp_chart_draw_message (cairo_t            *cr,
                       const MpChartStyle *style,
                       const char         *message,
                       double              x,
                       double              y,
                       double              width,
                       double              height)
{
  mp_chart_draw_text (cr, style, MP_TEXT_BODY, message, (int) MAX (width, 1),
                      x + width / 2, y + height / 2, 0.5, 0.5, &style->fg, MP_CHART_TEXT_DIM);
}

void
mp_chart_draw_hover (cairo_t            *cr,
                     const MpChartStyle *style,
                     const MpHit        *hit)
{
  cairo_save (cr);
  mp_color_set_source (cr, &style->fg, 0.9);
  cairo_set_line_width (cr, 1.5 * style->scale);
  if (hit->width > 0 && hit->height > 0)
    mp_chart_rounded_rect (cr, hit->x - 1, hit->y - 1, hit->width + 2, hit->height + 2,
                           2 * style->scale);
  else
    cairo_arc (cr, hit->cx, hit->cy, 6 * style->scale, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
mp_chart_draw_focus (cairo_t            *cr,
                     const MpChartStyle *style,
                     const MpHit        *hit,
                     double              width,
                     double              height)
{
  double s = style->scale;
  double pad = 8 * s;
  double max_w = MIN (320 * s, width - 2 * pad);
  double text_w;
  double text_h;
  double box_w;
  double box_h;
  double bx;
  double by;
  static const double dash[] = { 2, 2 };

  /* The ring: the theme's focus look is a 2px outline. */
  cairo_save (cr);
  mp_color_set_source (cr, &style->fg, 1.0);
  cairo_set_line_width (cr, 2 * s);
  if (hit->width > 0 && hit->height > 0)
    mp_chart_rounded_rect (cr, hit->x - 2 * s, hit->y - 2 * s,
                           hit->width + 4 * s, hit->height + 4 * s, 3 * s);
  else
    cairo_arc (cr, hit->cx, hit->cy, 7 * s, 0, 2 * G_PI);
  cairo_stroke (cr);
  mp_color_set_source (cr, &style->bg, 1.0);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dash, 2, 0);
  if (hit->width > 0 && hit->height > 0)
    mp_chart_rounded_rect (cr, hit->x - 2 * s, hit->y - 2 * s,
                           hit->width + 4 * s, hit->height + 4 * s, 3 * s);
  else
    cairo_arc (cr, hit->cx, hit->cy, 7 * s, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (hit->label == NULL || max_w < 40)
    return;

  /* The callout: the same text a tooltip shows, for keyboard users. */
  mp_chart_text_size (style, MP_TEXT_BODY, hit->label, (int) max_w, &text_w, &text_h);
  box_w = text_w + 2 * pad;
  box_h = text_h + 2 * pad * 0.75;
  bx = CLAMP (hit->cx - box_w / 2, 2, MAX (width - box_w - 2, 2));
  by = hit->y - box_h - 10 * s;
  if (by < 2)
    by = MIN (hit->y + MAX (hit->height, 0) + 10 * s, height - box_h - 2);
  by = MAX (by, 2);

  cairo_save (cr);
  mp_chart_rounded_rect (cr, bx, by, box_w, box_h, 6 * s);
  mp_color_set_source (cr, &style->bg, 1.0);
  cairo_fill_preserve (cr);
  mp_color_set_source (cr, &style->fg, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  mp_chart_draw_text (cr, style, MP_TEXT_BODY, hit->label, (int) max_w,
                      bx + pad, by + pad * 0.75, 0, 0, &style->fg, 1.0);
  cairo_restore (cr);
}
