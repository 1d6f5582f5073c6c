/* mp-sparkline-chart.c
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

#include "mp-aid-series.h"
#include "mp-chart-draw.h"
#include "mp-sparkline-chart.h"

void
mp_sparkline_render (cairo_t            *cr,
                     const MpPoint      *points,
                     guint               n_points,
                     MpValueStatus       status,
                     const MpColor      *color,
                     const MpChartStyle *style,
                     double              width,
                     double              height)
{
  double s;
  double line_w;
  double dot_r;
  double pad;
  double min = G_MAXDOUBLE;
  double max = -G_MAXDOUBLE;
  int first_year = 0;
  int last_year = 0;
  int max_gap = 1;
  double plot_w;
  double plot_h;
  guint n_drawn = 0;
  gboolean pen_down = FALSE;
  double last_x = 0;
  double last_y = 0;
  double first_x = 0;

  g_return_if_fail (cr != NULL && style != NULL);
  g_return_if_fail (points != NULL || n_points == 0);

  if (width < 2 || height < 2)
    return;

  if (color == NULL)
    color = &style->country[0];

  s = style->scale;
  line_w = 1.75 * s;
  dot_r = 2.75 * s;
  pad = dot_r + 1;

  cairo_save (cr);
  mp_chart_draw_background (cr, style, width, height);

  for (guint i = 0; i < n_points; i++)
    {
      if (!isfinite (points[i].value))
        continue;
      if (first_year == 0)
        first_year = points[i].year;
      last_year = points[i].year;
      min = MIN (min, points[i].value);
      max = MAX (max, points[i].value);
    }

  if (first_year == 0)
    {
      static const double dash[] = { 2, 3 };

      mp_color_set_source (cr, &style->fg, 0.3);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, pad, mp_chart_snap (height / 2));
      cairo_line_to (cr, width - pad, mp_chart_snap (height / 2));
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  /* A gap is a step longer than twice the smallest one. */
  {
    int smallest = G_MAXINT;
    int previous = 0;

    for (guint i = 0; i < n_points; i++)
      {
        if (!isfinite (points[i].value))
          continue;
        if (previous != 0)
          smallest = MIN (smallest, points[i].year - previous);
        previous = points[i].year;
      }
    max_gap = smallest == G_MAXINT ? 1 : 2 * MAX (smallest, 1);
  }

  plot_w = width - 2 * pad;
  plot_h = height - 2 * pad;
  /* From zero: a series that barely changes draws nearly flat, not as
   * steep as one that doubles. */
  min = MIN (min, 0);
  max = MAX (max, 0);
  if (max <= min)
    {
      /* Flat: a line through the middle. */
      min -= 1;
      max += 1;
    }

#define X_OF(year) (last_year == first_year ? pad + plot_w : pad + ((year) - first_year) * plot_w / (double) (last_year - first_year))
#define Y_OF(value) (pad + plot_h - ((value) - min) / (max - min) * plot_h)

  /* The line's path, broken at gaps. */
  {
    int previous = 0;

    for (guint i = 0; i < n_points; i++)
      {
        double x;
        double y;

        if (!isfinite (points[i].value))
          {
            pen_down = FALSE;
            continue;
          }
        x = X_OF (points[i].year);
        y = Y_OF (points[i].value);
        if (!pen_down || points[i].year - previous > max_gap)
          {
            cairo_move_to (cr, x, y);
            if (n_drawn == 0)
              first_x = x;
          }
        else
          cairo_line_to (cr, x, y);
        pen_down = TRUE;
        previous = points[i].year;
        last_x = x;
        last_y = y;
        n_drawn++;
      }
  }

  if (n_drawn > 1)
    {
      cairo_path_t *path = cairo_copy_path (cr);

      /* A light tint under the whole span: a flat colour, as a gradient
       * would be computed pixel by pixel. */
      cairo_line_to (cr, last_x, pad + plot_h);
      cairo_line_to (cr, first_x, pad + plot_h);
      cairo_close_path (cr);
      mp_color_set_source (cr, color, 0.12);
      cairo_fill (cr);

      cairo_append_path (cr, path);
      cairo_path_destroy (path);
      mp_color_set_source (cr, color, 1.0);
      cairo_set_line_width (cr, line_w);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      if (mp_chart_status_is_tentative (status))
        {
          double dash[] = { 3 * s, 2.5 * s };

          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    cairo_new_path (cr);

  /* The latest value. */
  cairo_arc (cr, last_x, last_y, dot_r, 0, 2 * G_PI);
  mp_color_set_source (cr, color, 1.0);
  cairo_fill_preserve (cr);
  mp_color_set_source (cr, &style->bg, 1.0);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

#undef X_OF
#undef Y_OF
  cairo_restore (cr);
}
