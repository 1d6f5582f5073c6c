/* mp-timeline-chart.c
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

#include "mp-chart-draw.h"
#include "mp-ticks.h"
#include "mp-timeline-chart.h"

#define N_LEGEND (MP_MAX_COUNTRIES + 5)

typedef struct
{
  MpChartMetrics m;
  MpLegendItem   legend[N_LEGEND];
  guint          n_legend;
  double         x0;
  double         content_w;
  double         body_h;
  double         small_h;
  double         header_h;
  double         summary_h;
  double         legend_h;
  double         footer_h;
  double         axis_h;
  double         group_h;
  double         tight_group_h;  /* when the rows would not all fit */
  double         min_row_h;
  double         comfy_row_h;
  double         label_w;
} Layout;

static void
layout_init (Layout                 *l,
             const MpTimelineSeries *series,
             const MpChartStyle     *style,
             double                  width,
             double                  height)
{
  double s;
  double n = MAX (series->n_countries, 1);

  mp_chart_metrics_init (&l->m, style, width, height);
  s = l->m.s;
  l->x0 = l->m.pad;
  l->content_w = MAX (width - 2 * l->m.pad, 1);

  mp_chart_text_size (style, MP_TEXT_BODY, "Ag", 0, NULL, &l->body_h);
  mp_chart_text_size (style, MP_TEXT_SMALL, "2000", 0, NULL, &l->small_h);

  l->n_legend = 0;
  for (guint c = 0; c < series->n_countries; c++)
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_SWATCH, (int) c, series->country_names[c] };
  if (series->status_mask & (1u << MP_MEMBERSHIP_FOUNDING_MEMBER))
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_FOUNDING, -1, _("Founding member") };
  if (series->status_mask & ((1u << MP_MEMBERSHIP_ASSOCIATE) | (1u << MP_MEMBERSHIP_OBSERVER) |
                             (1u << MP_MEMBERSHIP_PARTNER) | (1u << MP_MEMBERSHIP_PARTICIPANT) |
                             (1u << MP_MEMBERSHIP_SIGNATORY)))
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_OUTLINE, -1, _("Observer, partner or associate") };
  if (series->unconfirmed_label != NULL)
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_LIGHT, -1, series->unconfirmed_label };
  if (series->status_mask & (1u << MP_MEMBERSHIP_CHAIR))
    l->legend[l->n_legend++] = (MpLegendItem) { MP_LEGEND_CHAIR, -1, _("Chair") };

  l->header_h = mp_chart_draw_header (NULL, style, &l->m, series->title, series->subtitle,
                                      l->x0, 0, l->content_w, FALSE);
  mp_chart_text_size (style, MP_TEXT_BODY, series->summary, (int) l->content_w, NULL, &l->summary_h);
  l->legend_h = mp_chart_draw_legend (NULL, style, &l->m, l->legend, l->n_legend,
                                      l->x0, 0, l->content_w, FALSE);
  l->footer_h = 0;
  if (!l->m.compact || height > 260 * s)
    l->footer_h = mp_chart_draw_footer (NULL, style, &l->m, series->sources,
                                        l->x0, 0, l->content_w, FALSE);
  l->axis_h = l->small_h + 6 * s;
  l->group_h = l->small_h + 10 * s;
  l->tight_group_h = l->small_h + 5 * s;
  l->min_row_h = MAX (l->body_h + 1 * s, n * 3 * s + 4 * s);
  l->comfy_row_h = MAX (l->body_h + 8 * s, n * 8 * s + 8 * s);

  /* The label column fits the longest acronym, within reason. */
  l->label_w = 0;
  for (guint i = 0; i < series->n_rows; i++)
    {
      double w;

      mp_chart_text_size (style, MP_TEXT_BODY, mp_organization_get_acronym (series->rows[i].organization, NULL), 0, &w, NULL);
      l->label_w = MAX (l->label_w, w);
    }
  for (guint g = 0; g < series->n_groups; g++)
    {
      double w;

      mp_chart_text_size (style, MP_TEXT_SMALL, series->groups[g].label, 0, &w, NULL);
      l->label_w = MAX (l->label_w, w);
    }
  l->label_w = MIN (l->label_w, l->content_w * 0.3);
}

static double
fixed_height (const Layout *l)
{
  return 2 * l->m.pad + l->header_h + l->m.gap + l->summary_h + l->m.gap * 0.75 +
         l->legend_h + l->m.gap * 1.5 + l->axis_h +
         (l->footer_h > 0 ? l->m.gap + l->footer_h : 0);
}

double
mp_timeline_chart_get_natural_height (const MpTimelineSeries *series,
                                      const MpChartStyle     *style,
                                      double                  width)
{
  Layout l;
  double rows_h;

  g_return_val_if_fail (series != NULL && style != NULL, 0);

  /* Compactness depends on the height; assume a roomy one. */
  layout_init (&l, series, style, width, 1000 * style->scale);
  rows_h = series->n_groups * l.group_h + series->n_rows * l.comfy_row_h;
  if (series->n_rows == 0)
    rows_h = 3 * l.body_h;

  return ceil (fixed_height (&l) + rows_h);
}

double
mp_timeline_chart_get_least_height (const MpTimelineSeries *series,
                                    const MpChartStyle     *style,
                                    double                  width)
{
  Layout l;

  g_return_val_if_fail (series != NULL && style != NULL, 0);

  layout_init (&l, series, style, width, 1000 * style->scale);

  return ceil (fixed_height (&l) + series->n_groups * l.tight_group_h + series->n_rows * l.min_row_h) + 1;
}

/* Shapes are queued while walking the rows and filled once per colour
 * afterwards: a few dozen fills instead of one per span. */
typedef struct
{
  GArray *tracks;                                  /* boxes */
  GArray *spans[MP_MAX_COUNTRIES][2];        /* boxes, [country][partial] */
  GArray *unconfirmed[MP_MAX_COUNTRIES];     /* boxes past the data end */
  GArray *outlines[MP_MAX_COUNTRIES];        /* boxes */
  GArray *chairs;                                  /* boxes */
  GArray *diamonds;                                /* cx, cy, d */
  GArray *separators;                              /* y */
} Batch;

static GArray *
batch_array (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

static void
batch_init (Batch *batch)
{
  batch->tracks = batch_array ();
  for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
    {
      batch->spans[c][0] = batch_array ();
      batch->spans[c][1] = batch_array ();
      batch->unconfirmed[c] = batch_array ();
      batch->outlines[c] = batch_array ();
    }
  batch->chairs = batch_array ();
  batch->diamonds = batch_array ();
  batch->separators = batch_array ();
}

static void
batch_clear (Batch *batch)
{
  g_array_unref (batch->tracks);
  for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
    {
      g_array_unref (batch->spans[c][0]);
      g_array_unref (batch->spans[c][1]);
      g_array_unref (batch->unconfirmed[c]);
      g_array_unref (batch->outlines[c]);
    }
  g_array_unref (batch->chairs);
  g_array_unref (batch->diamonds);
  g_array_unref (batch->separators);
}

static void
add_box (GArray *boxes,
         double  x,
         double  y,
         double  w,
         double  h)
{
  double box[4] = { x, y, w, h };

  g_array_append_vals (boxes, box, 4);
}

static void
fill_boxes (cairo_t *cr,
            GArray  *boxes)
{
  const double *b = (const double *) (void *) boxes->data;

  if (boxes->len == 0)
    return;
  for (guint i = 0; i + 3 < boxes->len; i += 4)
    cairo_rectangle (cr, b[i], b[i + 1], b[i + 2], b[i + 3]);
  cairo_fill (cr);
}

static void
queue_span (Batch                *batch,
            const Layout         *l,
            int                   country,
            const MpTimelineSpan *span,
            double                x0,
            double                x1,
            double                y,
            double                h,
            gboolean              clipped)
{
  gboolean partial = mp_timeline_status_is_partial (span->status);
  double w = MAX (x1 - x0, 1);

  add_box (batch->spans[country][partial ? 1 : 0], x0, y, w, h);

  /* Observers, partners…: pale with a 1px outline in the colour. */
  if (partial && h >= 4 && w >= 3)
    {
      add_box (batch->outlines[country], x0, y, w, 1);
      add_box (batch->outlines[country], x0, y + h - 1, w, 1);
      add_box (batch->outlines[country], x0, y, 1, h);
      add_box (batch->outlines[country], x0 + w - 1, y, 1, h);
    }

  if (span->status == MP_MEMBERSHIP_FOUNDING_MEMBER && w >= 4 && !clipped)
    {
      /* Larger than a thin lane, so it reads at any size. */
      double d = CLAMP (h * 0.75, 3.5 * l->m.s, 6 * l->m.s);
      double diamond[3] = { x0 + d, y + h / 2, d };

      g_array_append_vals (batch->diamonds, diamond, 3);
    }
}

static void
batch_draw (cairo_t            *cr,
            const MpChartStyle *style,
            const Batch        *batch,
            double              separator_x0,
            double              separator_x1)
{
  const double *d;

  mp_color_set_source (cr, &style->grid, 0.7);
  fill_boxes (cr, batch->tracks);

  for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
    for (guint partial = 0; partial < 2; partial++)
      if (batch->spans[c][partial]->len > 0)
        {
          cairo_set_source (cr, mp_chart_style_get_fill (style, c, partial, cr));
          fill_boxes (cr, batch->spans[c][partial]);
        }

  for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
    {
      mp_color_set_source (cr, &style->country[c], 1.0);
      fill_boxes (cr, batch->outlines[c]);
      mp_color_set_source (cr, &style->country[c], 0.3);
      fill_boxes (cr, batch->unconfirmed[c]);
    }

  /* A chair period covers the lane in the text colour: it stands out on
   * any country colour and in grey scale. */
  mp_color_set_source (cr, &style->fg, 0.9);
  fill_boxes (cr, batch->chairs);

  d = (const double *) (void *) batch->diamonds->data;
  for (guint i = 0; i + 2 < batch->diamonds->len; i += 3)
    {
      cairo_move_to (cr, d[i], d[i + 1] - d[i + 2]);
      cairo_line_to (cr, d[i] + d[i + 2], d[i + 1]);
      cairo_line_to (cr, d[i], d[i + 1] + d[i + 2]);
      cairo_line_to (cr, d[i] - d[i + 2], d[i + 1]);
      cairo_close_path (cr);
    }
  mp_color_set_source (cr, &style->fg, 0.85);
  cairo_fill (cr);

  for (guint i = 0; i < batch->separators->len; i++)
    mp_chart_hline (cr, separator_x0, separator_x1, g_array_index (batch->separators, double, i));
  mp_color_set_source (cr, &style->grid, 0.8);
  cairo_fill (cr);
}

void
mp_timeline_chart_render (cairo_t                *cr,
                          const MpTimelineSeries *series,
                          const MpChartStyle     *style,
                          double                  width,
                          double                  height,
                          MpHitMap               *hits)
{
  Batch batch;
  Layout l;
  double s;
  double y;
  double bottom;
  double plot_x;
  double plot_w;
  double rows_top;
  double rows_avail;
  double row_h;
  double span_years;
  double year_w;
  guint n_fit;
  guint shown = 0;
  int year_step;

  g_return_if_fail (cr != NULL && series != NULL && style != NULL);

  if (!mp_chart_begin (cr, style, width, height, hits))
    return;

  layout_init (&l, series, style, width, height);
  s = l.m.s;

  y = l.m.pad;
  y += mp_chart_draw_header (cr, style, &l.m, series->title, series->subtitle,
                             l.x0, y, l.content_w, TRUE);
  y += l.m.gap;
  mp_chart_draw_text (cr, style, MP_TEXT_BODY, series->summary, (int) l.content_w,
                      l.x0, y, 0, 0, &style->fg, 0.9);
  y += l.summary_h + l.m.gap * 0.75;
  y += mp_chart_draw_legend (cr, style, &l.m, l.legend, l.n_legend, l.x0, y, l.content_w, TRUE);
  y += l.m.gap * 1.5;

  bottom = height - l.m.pad;
  if (l.footer_h > 0)
    bottom -= mp_chart_draw_footer (cr, style, &l.m, series->sources, l.x0, bottom,
                                    l.content_w, TRUE) + l.m.gap;

  plot_x = l.x0 + l.label_w + 12 * s;
  plot_w = l.x0 + l.content_w - plot_x;
  span_years = MAX (series->end - series->start, 1);
  rows_top = y + l.axis_h;
  rows_avail = bottom - rows_top;

  if (series->n_rows == 0)
    {
      mp_chart_draw_message (cr, style,
                             series->n_organizations == 0
                               ? _("No memberships for these countries in this dataset")
                               : _("No organization matches this filter"),
                             l.x0, y, l.content_w, MAX (bottom - y, 1));
      cairo_restore (cr);
      return;
    }
  /* Group headings closer to their rows rather than a row lost: paper
   * and slides have no table to hold it. */
  if (series->n_groups * l.group_h + series->n_rows * l.min_row_h > rows_avail)
    l.group_h = l.tight_group_h;
  if (plot_w < 20 || rows_avail < l.group_h + l.min_row_h)
    {
      cairo_restore (cr);
      return;
    }
  if (hits != NULL)
    mp_hit_map_set_plot (hits, plot_x, y, plot_w, bottom - y);

  /* How many rows fit at the minimum height; the rest are left to the
   * table rather than squashed into unreadable slivers. */
  {
    double used = 0;

    n_fit = 0;
    for (guint g = 0; g < series->n_groups; g++)
      {
        const MpTimelineGroup *group = &series->groups[g];

        if (used + l.group_h + l.min_row_h > rows_avail)
          break;
        used += l.group_h;
        for (guint r = 0; r < group->n_rows; r++)
          {
            /* Leave a line for the "more" note when rows remain. */
            double reserve = (n_fit + 1 < series->n_rows) ? l.body_h : 0;

            if (used + l.min_row_h + reserve > rows_avail)
              break;
            used += l.min_row_h;
            n_fit++;
          }
        if (n_fit < group->first_row + group->n_rows)
          break;
      }
  }
  if (n_fit == 0)
    {
      cairo_restore (cr);
      return;
    }

  {
    guint n_groups_shown = 0;
    double extra;

    for (guint g = 0; g < series->n_groups && series->groups[g].first_row < n_fit; g++)
      n_groups_shown++;
    extra = rows_avail - n_groups_shown * l.group_h - (n_fit < series->n_rows ? l.body_h : 0);
    row_h = CLAMP (extra / n_fit, l.min_row_h, l.comfy_row_h * 1.25);
  }

  /* Year gridlines and labels. */
  mp_chart_text_size (style, MP_TEXT_SMALL, "2000", 0, &year_w, NULL);
  year_step = mp_ticks_year_step ((int) ceil (series->start), (int) floor (series->end),
                                  (guint) MAX (plot_w / (year_w + 16 * s), 1));
  cairo_set_line_width (cr, 1);
  for (int year = (int) ceil (series->start); year <= (int) floor (series->end); year++)
    {
      double x;
      char text[16];

      if (year % year_step != 0)
        continue;
      x = plot_x + (year - series->start) / span_years * plot_w;
      mp_color_set_source (cr, &style->grid, 1.0);
      mp_chart_vline (cr, x, rows_top, bottom - (n_fit < series->n_rows ? l.body_h : 0));
      cairo_fill (cr);
      g_snprintf (text, sizeof text, "%d", year);
      if (x + year_w / 2 <= width - 2)
        mp_chart_draw_text (cr, style, MP_TEXT_SMALL, text, 0, x, y, 0.5, 0, &style->fg, MP_CHART_TEXT_DIM);
    }

  batch_init (&batch);
  y = rows_top;
  for (guint g = 0; g < series->n_groups; g++)
    {
      const MpTimelineGroup *group = &series->groups[g];

      if (group->first_row >= n_fit)
        break;

      if (g > 0)
        {
          mp_color_set_source (cr, &style->fg, 0.18);
          mp_chart_hline (cr, l.x0, l.x0 + l.content_w, y + 2 * s);
          cairo_fill (cr);
        }
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, group->label, (int) l.content_w,
                          l.x0, y + l.group_h - 2 * s, 0, 1, &style->fg, MP_CHART_TEXT_DIM);
      y += l.group_h;

      for (guint r = group->first_row; r < group->first_row + group->n_rows && r < n_fit; r++)
        {
          const MpTimelineRow *row = &series->rows[r];
          double lane_pad = MIN (3 * s, row_h * 0.1);
          double lane_h = (row_h - 2 * lane_pad) / series->n_countries;
          double lane_gap = lane_h >= 5 ? 1 : 0;

          /* Faint separator (filled with the others after the rows) and
           * the organization's acronym. */
          if (r > group->first_row)
            g_array_append_val (batch.separators, y);
          mp_chart_draw_text (cr, style, MP_TEXT_BODY, mp_organization_get_acronym (row->organization, NULL),
                              (int) l.label_w, l.x0, y + row_h / 2, 0, 0.5, &style->fg, 0.9);
          if (hits != NULL)
            {
              MpHit *hit = mp_hit_map_add (hits, l.x0, y, l.label_w, row_h);

              hit->source_id = row->organization->source;
              hit->label = row->name;
            }

          for (guint c = 0; c < series->n_countries; c++)
            {
              const MpTimelineLane *lane = &row->lanes[c];
              /* Whole-pixel lanes: cairo fills pixel-aligned rectangles
               * many times faster than anything else. */
              double ly = round (y + lane_pad + c * lane_h);
              double lh = MAX (round (y + lane_pad + (c + 1) * lane_h - lane_gap) - ly, 1);
              double track0 = MAX (series->country_start[c], series->start);

              /* The lane's track, where the country existed: only in
               * the gaps between spans (no overdraw), all filled at once
               * after the rows. */
              {
                double cursor = track0;

                for (guint k = 0; k <= lane->n_spans; k++)
                  {
                    double next = k < lane->n_spans ? MAX (lane->spans[k].from, series->start) : series->end;

                    if (next > cursor)
                      {
                        /* Whole pixels in x too: boxes need no mask. */
                        double tx = round (plot_x + (cursor - series->start) / span_years * plot_w);

                        /* A thin line through the lane: light, and a
                         * third of the pixels to blend. */
                        double th = MAX (1, round (lh / 3));

                        add_box (batch.tracks, tx, ly + round ((lh - th) / 2),
                                 round (plot_x + (next - series->start) / span_years * plot_w) - tx, th);
                      }
                    if (k < lane->n_spans)
                      cursor = MAX (cursor, lane->spans[k].to);
                  }
              }

              for (guint k = 0; k < lane->n_spans; k++)
                {
                  const MpTimelineSpan *span = &lane->spans[k];
                  double from = MAX (span->from, series->start);
                  double to = MIN (span->to, series->end);
                  double x0 = round (plot_x + (from - series->start) / span_years * plot_w);
                  double x1 = round (plot_x + (to - series->start) / span_years * plot_w);

                  if (to < series->start)
                    continue;
                  if (span->confirmed > 0 && span->confirmed < to)
                    {
                      /* Solid while the source confirms it, pale after. */
                      double xc = round (plot_x + (MAX (span->confirmed, series->start) - series->start) / span_years * plot_w);

                      queue_span (&batch, &l, (int) c, span, x0, xc, ly, lh, span->from < series->start);
                      add_box (batch.unconfirmed[c], xc, ly, MAX (x1 - xc, 1), lh);
                    }
                  else
                    queue_span (&batch, &l, (int) c, span, x0, x1, ly, lh, span->from < series->start);
                  if (hits != NULL)
                    {
                      MpHit *hit = mp_hit_map_add (hits, x0, ly, MAX (x1 - x0, 1), lh);

                      hit->country = (int) c;
                      hit->source_id = span->membership->source;
                      hit->label = span->label;
                    }
                }

              for (guint k = 0; k < lane->n_chairs; k++)
                {
                  const MpTimelineSpan *span = &lane->chairs[k];
                  double from = MAX (span->from, series->start);
                  double to = MIN (span->to, series->end);
                  double x0 = round (plot_x + (from - series->start) / span_years * plot_w);
                  double x1 = round (plot_x + (to - series->start) / span_years * plot_w);

                  if (to < series->start)
                    continue;
                  add_box (batch.chairs, x0, ly, MAX (x1 - x0, 2), lh);
                  if (hits != NULL)
                    {
                      MpHit *hit = mp_hit_map_add (hits, x0, ly, MAX (x1 - x0, 2), lh);

                      hit->country = (int) c;
                      hit->source_id = span->membership->source;
                      hit->label = span->label;
                    }
                }
            }

          y += row_h;
          shown++;
        }
    }

  batch_draw (cr, style, &batch, plot_x, l.x0 + l.content_w);
  batch_clear (&batch);

  if (shown < series->n_rows)
    {
      g_autofree char *more = NULL;
      guint rest = series->n_rows - shown;

      /* Translators: below a cut-off timeline; the window has a table of
       * them all, exports and slides do not */
      more = style->has_table
           ? g_strdup_printf (ngettext ("%u more organization: see the table",
                                        "%u more organizations: see the table", rest), rest)
           : g_strdup_printf (ngettext ("… and %u more organization",
                                        "… and %u more organizations", rest), rest);
      mp_chart_draw_text (cr, style, MP_TEXT_SMALL, more, (int) l.content_w,
                          l.x0, y + 2 * s, 0, 0, &style->fg, MP_CHART_TEXT_DIM);
    }

  cairo_restore (cr);
}
