/* mp-aid-chart.c
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

#include "mp-aid-chart.h"
#include "mp-chart-draw.h"
#include "mp-ticks.h"

void
mp_aid_chart_render (cairo_t            *cr,
                     const MpAidSeries  *series,
                     const MpChartStyle *style,
                     double              width,
                     double              height,
                     MpHitMap           *hits)
{
  MpChartMetrics m;
  MpLegendItem legend[MP_MAX_COUNTRIES + 2];
  guint n_legend = 0;
  MpTicks ticks;
  double s;
  double x0;
  double content_w;
  double top;
  double bottom;
  double text_h;
  double year_w;
  double axis_w = 0;
  double plot_x;
  double plot_w;
  double plot_top;
  double plot_bottom;
  double plot_h;
  double divisor;
  double group_w;
  double inner_w;
  double bar_gap;
  double bar_w;
  gboolean value_labels;
  int label_decimals;
  int year_step;
  guint max_ticks;
  int slot[MP_MAX_COUNTRIES];
  guint n_slots;

  g_return_if_fail (cr != NULL && series != NULL && style != NULL);

  if (!mp_chart_begin (cr, style, width, height, hits))
    return;

  mp_chart_metrics_init (&m, style, width, height);
  s = m.s;

  x0 = m.pad;
  content_w = MAX (width - 2 * m.pad, 1);
  top = m.pad;
  bottom = height - m.pad;

  top += mp_chart_draw_header (cr, style, &m, series->title, series->subtitle,
                               x0, top, content_w, TRUE);
  top += m.gap;

  for (guint c = 0; c < series->n_countries; c++)
    legend[n_legend++] = (MpLegendItem) { MP_LEGEND_SWATCH, (int) c, series->countries[c].legend };
  if (series->has_not_final)
    legend[n_legend++] = (MpLegendItem) { MP_LEGEND_LIGHT, -1, _("Preliminary or estimated") };
  if (series->has_gaps)
    legend[n_legend++] = (MpLegendItem) { MP_LEGEND_NO_DATA, -1, _("No data") };
  top += mp_chart_draw_legend (cr, style, &m, legend, n_legend, x0, top, content_w, TRUE);
  top += m.gap * 1.5;

  if (!m.compact || height > 260 * s)
    bottom -= mp_chart_draw_footer (cr, style, &m, series->sources, x0, bottom, content_w, TRUE) + m.gap;

  if (series->n_years == 0 || series->max_amount <= 0)
    {
      mp_chart_draw_message (cr, style,
                             series->n_years == 0 ? _("No aid figures for these countries in this dataset")
                                                  : _("All aid figures are zero"),
                             x0, top, content_w, MAX (bottom - top, 1));
      cairo_restore (cr);
      return;
    }

  mp_chart_text_size (style, MP_TEXT_SMALL, "2000", 0, &year_w, &text_h);
  plot_top = top + text_h / 2;
  plot_bottom = bottom - text_h - 6 * s;
  plot_h = plot_bottom - plot_top;
  if (plot_h < 10)
    {
      cairo_restore (cr);
      return;
    }

  divisor = mp_chart_magnitude_divisor (series->magnitude);
  max_ticks = (guint) CLAMP (plot_h / (text_h * 1.8), 2, 8);
  mp_ticks_linear (&ticks, 0, series->max_amount / divisor, max_ticks);

  /* The y axis is as wide as its widest label. */
  for (guint i = 0; i < ticks.n; i++)
    {
      g_autofree char *label = mp_chart_format_number (ticks.values[i], ticks.decimals);
      double w;

      mp_chart_text_size (style, MP_TEXT_SMALL, label, 0, &w, NULL);
      axis_w = MAX (axis_w, w);
    }
  plot_x = x0 + axis_w + 8 * s;
  plot_w = x0 + content_w - plot_x;
  if (hits != NULL)
    mp_hit_map_set_plot (hits, plot_x, plot_top, plot_w, plot_h);
  if (plot_w < 10)
    {
      cairo_restore (cr);
      return;
    }

  /* Gridlines and tick labels. */
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks.n; i++)
    {
      g_autofree char *label = mp_chart_format_number (ticks.values[i], ticks.decimals);
      double y = plot_bottom - mp_ticks_map (&ticks, ticks.values[i]) * plot_h;

      if (ticks.values[i] != 0)
        {
          mp_color_set_source (cr, &style->grid, 1.0);
          mp_chart_hline (cr, plot_x, plot_x + plot_w, y);
          cairo_fill (cr);
        }
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, label, 0,
                          plot_x - 8 * s, y, 1, 0.5, &style->fg, MP_CHART_TEXT_DIM);
    }

  /* Only donors with figures get a slot in each year's group; the
   * legend says "(no data)" for the others. */
  n_slots = 0;
  for (guint c = 0; c < series->n_countries; c++)
    slot[c] = series->countries[c].n_present > 0 ? (int) n_slots++ : -1;
  n_slots = MAX (n_slots, 1);

  group_w = plot_w / series->n_years;
  inner_w = group_w * (n_slots == 1 ? 0.62 : 0.8);
  /* Wide enough that a bar's value, centred on it, fits its bar and
   * half of each gap at presentation size. */
  bar_gap = n_slots > 1 ? MIN (4 * s, inner_w * 0.1) : 0;
  bar_w = (inner_w - bar_gap * (n_slots - 1)) / n_slots;
  bar_w = MAX (bar_w, 0.5);

  /* Amounts on top of the bars when they fit. */
  /* Each bar gets its value above it when the label fits its bar and
   * the gap beside it (labels are centred on their own bars, so they do
   * not meet), and the plot is tall enough to leave room. */
  value_labels = plot_h > 6 * text_h;

  /* Every label with the same decimals: the table's (one in millions,
   * more when the smallest amount needs them not to read "0.0"), or,
   * when the widest label so does not fit its bar, fewer for all of them
   * (whole millions, rounded alike), never "44" beside "44.9"; and when
   * even those do not all fit, no labels at all rather than a lone "9"
   * among unlabelled bars. */
  label_decimals = mp_chart_decimals_for (series->magnitude, series->min_amount / divisor);
  while (value_labels)
    {
      gboolean fit = TRUE;

      for (guint c = 0; c < series->n_countries && fit; c++)
        for (guint y = 0; y < series->n_years && fit; y++)
          {
            const MpAidValue *value = &series->countries[c].values[y];
            g_autofree char *text = NULL;
            double label_w;

            if (!value->present)
              continue;
            text = mp_chart_format_number (value->amount_usd / divisor, label_decimals);
            mp_chart_text_size (style, MP_TEXT_SMALL, text, 0, &label_w, NULL);
            fit = label_w <= bar_w + bar_gap;
          }
      if (fit)
        break;
      /* Fewer decimals, unless the smallest amount would then read
       * "0" (US$16 million among billions): no labels rather than a
       * nought on a bar that is not. */
      if (label_decimals == 0 || series->min_amount / divisor * pow (10, label_decimals - 1) < 0.5)
        value_labels = FALSE;
      else
        label_decimals--;
    }

  for (guint y = 0; y < series->n_years; y++)
    {
      double gx = plot_x + y * group_w + (group_w - inner_w) / 2;

      for (guint c = 0; c < series->n_countries; c++)
        {
          const MpAidValue *value = &series->countries[c].values[y];
          double bx = gx + slot[c] * (bar_w + bar_gap);
          double bh;
          MpHit *hit;

          if (slot[c] < 0)
            continue;

          if (!value->present)
            {
              double mark = MIN (bar_w * 0.75, 8 * s);

              if (mark >= 3)
                mp_chart_draw_no_data (cr, style, bx + bar_w / 2, plot_bottom - mark / 2 - 3 * s, mark);

              if (hits != NULL)
                {
                  hit = mp_hit_map_add (hits, bx, plot_bottom - MAX (mark + 6 * s, 8), bar_w,
                                        MAX (mark + 6 * s, 8));
                  hit->country = (int) c;
                  hit->year = series->first_year + (int) y;
                  hit->label = value->label;
                }
              continue;
            }

          bh = mp_ticks_map (&ticks, value->amount_usd / divisor) * plot_h;
          mp_chart_fill_bar (cr, style, (int) c, bx, plot_bottom - bh, bar_w, bh,
                             MIN (m.radius, bar_w / 3),
                             mp_chart_status_is_tentative (value->status));

          if (value_labels)
            {
              /* The same decimals on every bar, and in the table. */
              g_autofree char *text = mp_chart_format_number (value->amount_usd / divisor, label_decimals);

              mp_chart_draw_text (cr, style, MP_TEXT_SMALL, text, 0,
                                  bx + bar_w / 2, plot_bottom - bh - 3 * s, 0.5, 1,
                                  &style->fg, 0.75);
            }

          if (hits != NULL)
            {
              hit = mp_hit_map_add (hits, bx, plot_bottom - bh, bar_w, bh);
              hit->country = (int) c;
              hit->year = series->first_year + (int) y;
              hit->value = value->amount_usd;
              hit->has_value = TRUE;
              hit->source_id = value->source;
              hit->label = value->label;
            }
        }
    }

  /* Baseline over the bar bottoms. */
  mp_color_set_source (cr, &style->fg, 0.45);
  cairo_set_line_width (cr, 1);
  mp_chart_hline (cr, plot_x, plot_x + plot_w, plot_bottom);
  cairo_fill (cr);

  /* Year labels, thinned so they never touch. */
  year_step = mp_ticks_year_step (series->first_year, series->last_year,
                                  (guint) MAX (plot_w / (year_w + 14 * s), 1));
  for (guint y = 0; y < series->n_years; y++)
    {
      int year = series->first_year + (int) y;
      char text[16];

      if (year_step > 1 && year % year_step != 0)
        continue;

      g_snprintf (text, sizeof text, "%d", year);
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, text, 0,
                          plot_x + (y + 0.5) * group_w, plot_bottom + 5 * s, 0.5, 0,
                          &style->fg, MP_CHART_TEXT_DIM);
    }

  cairo_restore (cr);
}
