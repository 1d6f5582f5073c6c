/* mp-contributions-chart.c
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

#include "mp-aid-series.h"
#include "mp-chart-draw.h"
#include "mp-contributions-chart.h"

typedef struct
{
  MpChartMetrics m;
  MpLegendItem   legend[MP_MAX_COUNTRIES + 1];
  guint          n_legend;
  double         x0;
  double         content_w;
  double         body_h;
  double         header_h;
  double         legend_h;
  double         footer_h;
  double         min_row_h;
  double         comfy_row_h;
} Layout;

static void
layout_init (Layout                      *l,
             const MpContributionsSeries *series,
             const MpChartStyle          *style,
             double                       width,
             double                       height)
{
  mp_chart_metrics_init (&l->m, style, width, height);
  l->x0 = l->m.pad;
  l->content_w = MAX (width - 2 * l->m.pad, 1);
  mp_chart_text_size (style, MP_TEXT_BODY, "Ag", 0, NULL, &l->body_h);

  l->n_legend = 0;
  for (guint c = 0; c < series->n_countries; c++)
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_SWATCH, (int) c, series->country_names[c] };
  if (series->has_not_final)
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_LIGHT, -1, _("Pledged, preliminary or estimated") };

  l->header_h = mp_chart_draw_header (NULL, style, &l->m, series->title, series->subtitle,
                                      l->x0, 0, l->content_w, FALSE);
  l->legend_h = mp_chart_draw_legend (NULL, style, &l->m, l->legend, l->n_legend,
                                      l->x0, 0, l->content_w, FALSE);
  l->footer_h = 0;
  if (!l->m.compact || height > 260 * l->m.s)
    l->footer_h = mp_chart_draw_footer (NULL, style, &l->m, series->sources,
                                        l->x0, 0, l->content_w, FALSE);
  l->min_row_h = l->body_h + 4 * l->m.s;
  l->comfy_row_h = l->body_h + 14 * l->m.s;
}

static double
fixed_height (const Layout *l)
{
  return 2 * l->m.pad + l->header_h + l->m.gap + l->legend_h + l->m.gap * 1.5 +
         (l->footer_h > 0 ? l->m.gap + l->footer_h : 0);
}

double
mp_contributions_chart_get_natural_height (const MpContributionsSeries *series,
                                           const MpChartStyle          *style,
                                           double                       width)
{
  Layout l;

  g_return_val_if_fail (series != NULL && style != NULL, 0);

  layout_init (&l, series, style, width, 1000 * style->scale);
  return ceil (fixed_height (&l) + MAX (series->n_items, 3) * l.comfy_row_h);
}

void
mp_contributions_chart_render (cairo_t                     *cr,
                               const MpContributionsSeries *series,
                               const MpChartStyle          *style,
                               double                       width,
                               double                       height,
                               MpHitMap                    *hits)
{
  Layout l;
  double s;
  double y;
  double bottom;
  double when_w = 0;
  double amount_w = 0;
  double what_x;
  double what_w;
  double bar_x;
  double bar_w;
  double row_h;
  guint n_fit;

  g_return_if_fail (cr != NULL && series != NULL && style != NULL);

  if (!mp_chart_begin (cr, style, width, height, hits))
    return;

  layout_init (&l, series, style, width, height);
  s = l.m.s;

  y = l.m.pad;
  y += mp_chart_draw_header (cr, style, &l.m, series->title, series->subtitle, l.x0, y, l.content_w, TRUE);
  y += l.m.gap;
  y += mp_chart_draw_legend (cr, style, &l.m, l.legend, l.n_legend, l.x0, y, l.content_w, TRUE);
  y += l.m.gap * 1.5;

  bottom = height - l.m.pad;
  if (l.footer_h > 0)
    bottom -= mp_chart_draw_footer (cr, style, &l.m, series->sources, l.x0, bottom, l.content_w, TRUE) + l.m.gap;

  if (series->n_items == 0)
    {
      mp_chart_draw_message (cr, style, _("No individual contributions for these countries in this dataset"),
                             l.x0, y, l.content_w, MAX (bottom - y, 1));
      cairo_restore (cr);
      return;
    }

  if (bottom - y < l.min_row_h)
    {
      cairo_restore (cr);
      return;
    }

  n_fit = (guint) floor ((bottom - y) / l.min_row_h);
  if (n_fit < series->n_items)
    n_fit = (guint) MAX (floor ((bottom - y - l.body_h) / l.min_row_h), 0);
  n_fit = MIN (n_fit, series->n_items);
  if (n_fit == 0)
    {
      cairo_restore (cr);
      return;
    }
  if (hits != NULL)
    mp_hit_map_set_plot (hits, l.x0, y, l.content_w, bottom - y);
  row_h = CLAMP ((bottom - y - (n_fit < series->n_items ? l.body_h : 0)) / n_fit,
                 l.min_row_h, l.comfy_row_h);

  for (guint i = 0; i < n_fit; i++)
    {
      double w;

      mp_chart_text_size (style, MP_TEXT_SMALL, series->items[i].when, 0, &w, NULL);
      when_w = MAX (when_w, w);
      mp_chart_text_size (style, MP_TEXT_SMALL, series->items[i].amount, 0, &w, NULL);
      amount_w = MAX (amount_w, w);
    }

  what_x = l.x0 + when_w + 14 * s;
  what_w = 0;
  for (guint i = 0; i < n_fit; i++)
    {
      double w;

      mp_chart_text_size (style, MP_TEXT_BODY, series->items[i].what, 0, &w, NULL);
      what_w = MAX (what_w, w);
    }
  /* As wide as the longest text, up to 45% of the room. */
  what_w = CLAMP (what_w, 40 * s, MAX ((l.x0 + l.content_w - what_x) * 0.45, 40 * s));
  bar_x = what_x + what_w + 14 * s;
  bar_w = l.x0 + l.content_w - bar_x - amount_w - 8 * s;

  for (guint i = 0; i < n_fit; i++)
    {
      const MpContribution *item = &series->items[i];
      double cy = y + row_h / 2;
      double bh = MIN (row_h * 0.55, 14 * s);
      double len = bar_w > 0 && series->max_amount > 0 ? item->aid->amount_usd / series->max_amount * bar_w : 0;
      gboolean first_total = item->multi_year && (i == 0 || !series->items[i - 1].multi_year);
      gboolean light = mp_chart_status_is_tentative (item->aid->status) ||
                       item->aid->measure == MP_AID_PLEDGE;

      if (i > 0)
        {
          /* A stronger rule above the totals over several years. */
          mp_color_set_source (cr, first_total ? &style->fg : &style->grid, first_total ? 0.5 : 0.8);
          cairo_set_line_width (cr, 1);
          mp_chart_hline (cr, l.x0, l.x0 + l.content_w, y);
          cairo_fill (cr);
        }

      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, item->when, 0, l.x0, cy, 0, 0.5, &style->fg, MP_CHART_TEXT_DIM);
      mp_chart_draw_text (cr, style, MP_TEXT_BODY, item->what, (int) what_w, what_x, cy, 0, 0.5,
                          &style->fg, 0.95);

      if (item->multi_year)
        /* A total over several years has no bar: on the yearly amounts'
         * scale it would dwarf them. */
        mp_chart_draw_text (cr, style, MP_TEXT_SMALL, item->amount, 0, bar_x, cy, 0, 0.5, &style->fg, 0.8);
      else if (bar_w > 0)
        {
          /* Bars grow to the right; draw them as a bar rotated onto its side. */
          cairo_save (cr);
          cairo_translate (cr, bar_x, cy + bh / 2);
          cairo_rotate (cr, G_PI / 2);
          mp_chart_fill_bar (cr, style, item->country, -bh, -MAX (len, 1), bh, MAX (len, 1),
                             MIN (l.m.radius, bh / 3), light);
          cairo_restore (cr);
          mp_chart_draw_text (cr, style, MP_TEXT_SMALL, item->amount, 0,
                              bar_x + MAX (len, 1) + 6 * s, cy, 0, 0.5, &style->fg, 0.8);
        }

      if (hits != NULL)
        {
          MpHit *hit = mp_hit_map_add (hits, l.x0, y, l.content_w, row_h);

          hit->cx = item->multi_year ? bar_x : bar_x + MAX (len, 1) / 2;
          hit->country = item->country;
          hit->value = item->aid->amount_usd;
          hit->has_value = TRUE;
          hit->source_id = item->aid->source;
          hit->label = item->label;
        }

      y += row_h;
    }

  if (n_fit < series->n_items)
    {
      g_autofree char *more = NULL;
      guint rest = series->n_items - n_fit;

      /* Translators: below a cut-off list; the window has a table of
       * them all, exports and slides do not */
      more = style->has_table
           ? g_strdup_printf (ngettext ("%u more contribution: see the table",
                                        "%u more contributions: see the table", rest), rest)
           : g_strdup_printf (ngettext ("… and %u more contribution",
                                        "… and %u more contributions", rest), rest);
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, more, (int) l.content_w,
                          l.x0, y + 2 * s, 0, 0, &style->fg, MP_CHART_TEXT_DIM);
    }

  cairo_restore (cr);
}
