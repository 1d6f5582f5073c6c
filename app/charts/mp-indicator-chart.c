/* mp-indicator-chart.c
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

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "mp-chart-draw.h"
#include "mp-indicator-chart.h"
#include "mp-ticks.h"

typedef struct
{
  int    line;
  double y;       /* where the line ends */
  double label_y; /* after spreading */
  double end_x;
} EndLabel;

static int
compare_end_labels (gconstpointer a,
                    gconstpointer b)
{
  const EndLabel *la = a;
  const EndLabel *lb = b;

  return (la->y > lb->y) - (la->y < lb->y);
}

/* Spread labels apart so none overlap, staying within [top, bottom]. */
static void
spread_labels (EndLabel *labels,
               guint     n,
               double    spacing,
               double    top,
               double    bottom)
{
  for (guint i = 0; i < n; i++)
    labels[i].label_y = CLAMP (labels[i].y, top, bottom);

  for (guint i = 1; i < n; i++)
    if (labels[i].label_y < labels[i - 1].label_y + spacing)
      labels[i].label_y = labels[i - 1].label_y + spacing;

  if (n > 0 && labels[n - 1].label_y > bottom)
    {
      labels[n - 1].label_y = bottom;
      for (guint i = n - 1; i > 0; i--)
        if (labels[i - 1].label_y > labels[i].label_y - spacing)
          labels[i - 1].label_y = labels[i].label_y - spacing;
    }
}

static char *
tick_label (const MpTicks *ticks,
            double         value)
{
  if (ticks->log)
    return mp_chart_format_compact (value);

  return mp_chart_format_number (value, ticks->decimals);
}

void
mp_indicator_chart_render (cairo_t                 *cr,
                           const MpIndicatorSeries *series,
                           const MpChartStyle      *style,
                           double                   width,
                           double                   height,
                           MpHitMap                *hits)
{
  MpChartMetrics m;
  MpLegendItem legend[MP_MAX_COUNTRIES];
  EndLabel ends[MP_MAX_COUNTRIES];
  guint n_ends = 0;
  guint n_legend = 0;
  MpTicks ticks;
  double s;
  double x0;
  double content_w;
  double top;
  double bottom;
  double small_h;
  double body_h;
  double year_w;
  double axis_w = 0;
  double labels_w = 0;
  double plot_x;
  double plot_w;
  double plot_top;
  double plot_bottom;
  double plot_h;
  double divisor;
  double year_span;
  double marker_r;
  gboolean every_marker;
  gboolean end_labels;
  int year_step;
  guint cursor[MP_MAX_COUNTRIES] = { 0 };

  g_return_if_fail (cr != NULL && series != NULL && style != NULL);

  if (!mp_chart_begin (cr, style, width, height, hits))
    return;

  mp_chart_metrics_init (&m, style, width, height);
  s = m.s;
  x0 = m.pad;
  content_w = MAX (width - 2 * m.pad, 1);
  top = m.pad;
  bottom = height - m.pad;

  top += mp_chart_draw_header (cr, style, &m, series->title, series->subtitle, x0, top, content_w, TRUE);
  top += m.gap;
  for (guint c = 0; c < series->n_lines; c++)
    legend[n_legend++] = (MpLegendItem) { MP_LEGEND_LINE, (int) c, series->lines[c].name };
  top += mp_chart_draw_legend (cr, style, &m, legend, n_legend, x0, top, content_w, TRUE);
  top += m.gap * 1.5;

  if (!m.compact || height > 260 * s)
    bottom -= mp_chart_draw_footer (cr, style, &m, series->sources, x0, bottom, content_w, TRUE) + m.gap;

  if (series->first_year == 0)
    {
      mp_chart_draw_message (cr, style, _("No values for these countries in this dataset"),
                             x0, top, content_w, MAX (bottom - top, 1));
      cairo_restore (cr);
      return;
    }

  mp_chart_text_size (style, MP_TEXT_SMALL, "2000", 0, &year_w, &small_h);
  mp_chart_text_size (style, MP_TEXT_BODY, "Ag", 0, NULL, &body_h);
  plot_top = top + small_h / 2;
  plot_bottom = bottom - small_h - 6 * s;
  plot_h = plot_bottom - plot_top;
  if (plot_h < 10)
    {
      cairo_restore (cr);
      return;
    }

  divisor = mp_chart_magnitude_divisor (series->magnitude);
  if (series->log)
    mp_ticks_log (&ticks, series->min / divisor, series->max / divisor,
                  (guint) CLAMP (plot_h / (small_h * 2.2), 2, 10));
  else
    {
      double lo = series->min / divisor;
      double hi = series->max / divisor;

      /* Start at zero unless that would flatten the lines. */
      if (lo > 0 && hi - lo > 0.35 * hi)
        lo = 0;
      mp_ticks_linear (&ticks, lo, hi, (guint) CLAMP (plot_h / (small_h * 1.8), 2, 8));
    }

  for (guint i = 0; i < ticks.n; i++)
    {
      g_autofree char *label = tick_label (&ticks, ticks.values[i]);
      double w;

      mp_chart_text_size (style, MP_TEXT_SMALL, label, 0, &w, NULL);
      axis_w = MAX (axis_w, w);
    }

  /* Room on the right for a direct label at each line's end. */
  for (guint c = 0; c < series->n_lines; c++)
    {
      double w;

      if (series->lines[c].n_drawable == 0)
        continue;
      mp_chart_text_size (style, MP_TEXT_BODY, series->lines[c].name, 0, &w, NULL);
      labels_w = MAX (labels_w, w);
    }
  labels_w += 16 * s;
  end_labels = labels_w < content_w * 0.3;
  if (!end_labels)
    labels_w = 8 * s;

  plot_x = x0 + axis_w + 8 * s;
  plot_w = x0 + content_w - labels_w - plot_x;
  if (hits != NULL)
    mp_hit_map_set_plot (hits, plot_x, plot_top, plot_w, plot_h);
  if (plot_w < 20)
    {
      cairo_restore (cr);
      return;
    }

  /* Gridlines and tick labels. */
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks.n; i++)
    {
      g_autofree char *label = tick_label (&ticks, ticks.values[i]);
      double y = plot_bottom - mp_ticks_map (&ticks, ticks.values[i]) * plot_h;

      mp_color_set_source (cr, &style->grid, 1.0);
      mp_chart_hline (cr, plot_x, plot_x + plot_w, y);
      cairo_fill (cr);
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, label, 0, plot_x - 8 * s, y, 1, 0.5, &style->fg, MP_CHART_TEXT_DIM);
    }

  year_span = MAX (series->last_year - series->first_year, 1);
#define X_OF(year) (series->first_year == series->last_year                        \
                     ? plot_x + plot_w / 2                                          \
                     : plot_x + ((year) - series->first_year) / year_span * plot_w)
#define Y_OF(value) (plot_bottom - mp_ticks_map (&ticks, (value) / divisor) * plot_h)

  year_step = mp_ticks_year_step (series->first_year, series->last_year,
                                  (guint) MAX (plot_w / (year_w + 16 * s), 1));
  for (int year = series->first_year; year <= series->last_year; year++)
    {
      char text[16];

      if (year % year_step != 0 && !(year_step > 1 && series->first_year == series->last_year))
        continue;
      g_snprintf (text, sizeof text, "%d", year);
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, text, 0, X_OF (year), plot_bottom + 5 * s,
                          0.5, 0, &style->fg, MP_CHART_TEXT_DIM);
    }
  mp_color_set_source (cr, &style->fg, 0.45);
  mp_chart_hline (cr, plot_x, plot_x + plot_w, plot_bottom);
  cairo_fill (cr);

  /* Lines, then markers on top. */
  every_marker = plot_w / MAX (year_span, 1) >= 32 * s;
  marker_r = (every_marker ? 3.25 : 3.75) * s;
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint c = 0; c < series->n_lines; c++)
    {
      const MpIndicatorLine *line = &series->lines[c];
      gboolean pen_down = FALSE;
      guint last = 0;

      if (line->n_drawable == 0)
        continue;

      for (guint i = 0; i < line->n_points; i++)
        if (!line->skipped[i])
          last = i;

      cairo_save (cr);
      cairo_rectangle (cr, plot_x - marker_r * 2, plot_top - marker_r * 2,
                       plot_w + marker_r * 4, plot_h + marker_r * 4);
      cairo_clip (cr);
      for (guint i = 0; i < line->n_points; i++)
        {
          double x;
          double y;

          if (line->skipped[i])
            {
              pen_down = FALSE;
              continue;
            }
          x = X_OF (line->points[i].year);
          y = Y_OF (line->points[i].value);
          if (!pen_down || line->breaks[i])
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
          pen_down = TRUE;
        }
      mp_color_set_source (cr, &style->country[c], 1.0);
      cairo_set_line_width (cr, m.line);
      mp_chart_set_dash (cr, (int) c, m.line);
      /* 4×4 supersampling is plenty for a 2 px line, at half the cost. */
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
      cairo_stroke (cr);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

      for (guint i = 0; i < line->n_points; i++)
        {
          gboolean isolated;

          if (line->skipped[i])
            continue;
          isolated = (i == 0 || line->breaks[i] || line->skipped[i - 1]) &&
                     (i + 1 == line->n_points || line->breaks[i + 1] || line->skipped[i + 1]);
          if (!every_marker && !isolated && i != last)
            continue;
          mp_chart_style_stamp_marker (style, cr, (int) c, X_OF (line->points[i].year),
                                       Y_OF (line->points[i].value), marker_r);
        }
      cairo_restore (cr);

      ends[n_ends].line = (int) c;
      ends[n_ends].end_x = X_OF (line->points[last].year);
      ends[n_ends].y = Y_OF (line->points[last].value);
      n_ends++;
    }

  if (end_labels && n_ends > 0)
    {
      double label_x = plot_x + plot_w + 10 * s;

      qsort (ends, n_ends, sizeof (EndLabel), compare_end_labels);
      spread_labels (ends, n_ends, body_h * 1.05, plot_top, plot_bottom);
      for (guint i = 0; i < n_ends; i++)
        {
          const EndLabel *end = &ends[i];

          /* A dotted leader from the line's end to its label: a line
           * whose figures stop early (South Sudan's GDP in 2015) must not
           * seem to run on to the last year. */
          cairo_save (cr);
          mp_color_set_source (cr, &style->country[end->line], 0.6);
          cairo_set_line_width (cr, 1.2 * s);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_dash (cr, (double[]) { 0, 4 * s }, 2, 0);
          cairo_move_to (cr, end->end_x + marker_r + 3 * s, end->y);
          cairo_line_to (cr, label_x - 3 * s, end->label_y);
          cairo_stroke (cr);
          cairo_restore (cr);
          mp_chart_draw_text (cr, style, MP_TEXT_BODY, series->lines[end->line].name, 0,
                              label_x, end->label_y, 0, 0.5, &style->fg, 0.9);
        }
    }

  /* Hits in year order, then by country. */
  if (hits != NULL)
    for (int year = series->first_year; year <= series->last_year; year++)
      for (guint c = 0; c < series->n_lines; c++)
        {
          const MpIndicatorLine *line = &series->lines[c];
          guint i = cursor[c];
          MpHit *hit;

          while (i < line->n_points && line->points[i].year < year)
            i++;
          cursor[c] = i;
          if (i >= line->n_points || line->points[i].year != year || line->skipped[i])
            continue;

          hit = mp_hit_map_add (hits, X_OF (year), Y_OF (line->points[i].value), 0, 0);
          hit->country = (int) c;
          hit->year = year;
          hit->value = line->points[i].value;
          hit->has_value = TRUE;
          hit->source_id = line->source;
          hit->label = line->labels[i];
        }

#undef X_OF
#undef Y_OF
  cairo_restore (cr);
}
