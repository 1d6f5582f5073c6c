/* test-chart-render.c
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

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-chart.h"
#include "mp-dataset-loader.h"
#include "mp-indicator-series.h"
#include "mp-sparkline-chart.h"
#include "mp-test-pdf.h"
#include "mp-timeline-series.h"
#include "mp-test-data.h"

/* Renderer tests: draw into ARGB32 image surfaces and check geometry
 * (bar heights, gaps, lanes, line order) through pixels and the hit map,
 * never text. */

#define TODAY 2025.5

typedef struct
{
  cairo_surface_t *surface;
  MpHitMap        *hits;
  MpChartStyle     style;
  int              width;
  int              height;
} Canvas;

static void
canvas_init (Canvas   *canvas,
             int       width,
             int       height,
             gboolean  dark)
{
  canvas->width = width;
  canvas->height = height;
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  canvas->hits = mp_hit_map_new ();
  if (dark)
    mp_chart_style_init_dark (&canvas->style);
  else
    mp_chart_style_init_default (&canvas->style);
}

static void
canvas_clear (Canvas *canvas)
{
  cairo_surface_destroy (canvas->surface);
  mp_hit_map_free (canvas->hits);
  mp_chart_style_clear (&canvas->style);
}

static void
canvas_draw (Canvas  *canvas,
             MpChart *chart)
{
  cairo_t *cr = cairo_create (canvas->surface);

  mp_chart_render (chart, cr, &canvas->style, canvas->width, canvas->height, canvas->hits);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (canvas->surface);
}

static void
canvas_pixel (Canvas *canvas,
              int     x,
              int     y,
              int    *r,
              int    *g,
              int    *b)
{
  unsigned char *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);
  guint32 pixel;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, canvas->width);
  g_assert_cmpint (y, <, canvas->height);

  pixel = *(guint32 *) (void *) (data + y * stride + x * 4);
  /* Opaque pixels: no need to unpremultiply. */
  *r = (pixel >> 16) & 0xff;
  *g = (pixel >> 8) & 0xff;
  *b = pixel & 0xff;
}

static gboolean
pixel_near (Canvas        *canvas,
            int            x,
            int            y,
            const MpColor *color,
            int            tolerance)
{
  int r, g, b;

  canvas_pixel (canvas, x, y, &r, &g, &b);
  return ABS (r - (int) round (color->red * 255)) <= tolerance &&
         ABS (g - (int) round (color->green * 255)) <= tolerance &&
         ABS (b - (int) round (color->blue * 255)) <= tolerance;
}

static guint
count_near_in_rect (Canvas        *canvas,
                    int            x0,
                    int            y0,
                    int            x1,
                    int            y1,
                    const MpColor *color,
                    int            tolerance)
{
  guint n = 0;

  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, canvas->width - 1);
  y1 = MIN (y1, canvas->height - 1);
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      if (pixel_near (canvas, x, y, color, tolerance))
        n++;
  return n;
}

static const MpHit *
find_hit (MpHitMap *hits,
          int       country,
          int       year)
{
  for (guint i = 0; i < mp_hit_map_get_n (hits); i++)
    {
      const MpHit *hit = mp_hit_map_get (hits, i);

      if (hit->country == country && hit->year == year)
        return hit;
    }
  return NULL;
}

static const MpHit *
find_hit_by_label (MpHitMap   *hits,
                   const char *label)
{
  for (guint i = 0; i < mp_hit_map_get_n (hits); i++)
    if (mp_hit_map_get (hits, i)->label == label)
      return mp_hit_map_get (hits, i);
  return NULL;
}

static void
test_aid_bar_heights (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "aid", NULL, NULL);
  const MpHit *az13, *az22, *kz13, *kz20;
  Canvas canvas;

  canvas_init (&canvas, 900, 560, FALSE);
  canvas_draw (&canvas, chart);

  /* One hit per value and per missing value: 10 years × 2 countries. */
  g_assert_cmpuint (mp_hit_map_get_n (canvas.hits), ==, 20);

  az13 = find_hit (canvas.hits, 0, 2013);
  az22 = find_hit (canvas.hits, 0, 2022);
  kz13 = find_hit (canvas.hits, 1, 2013);
  kz20 = find_hit (canvas.hits, 1, 2020);
  g_assert_nonnull (az13);
  g_assert_nonnull (az22);
  g_assert_nonnull (kz13);
  g_assert_nonnull (kz20);
  g_assert_true (az13->has_value);
  g_assert_cmpfloat (az13->value, ==, 19e6);
  g_assert_cmpstr (az13->source_id, ==, "oecd");

  /* Bars stand on one baseline and their heights follow the values. */
  g_assert_cmpfloat_with_epsilon (az13->y + az13->height, az22->y + az22->height, 0.01);
  g_assert_cmpfloat_with_epsilon (kz13->y + kz13->height, az22->y + az22->height, 0.01);
  g_assert_cmpfloat (az22->height, >, 100);
  g_assert_cmpfloat_with_epsilon (az13->height / az22->height, 19 / 49.2, 0.005);
  g_assert_cmpfloat_with_epsilon (kz13->height / az22->height, 30 / 49.2, 0.005);
  g_assert_cmpfloat_with_epsilon (kz20->height / kz13->height, 37.1 / 30, 0.005);

  /* Years run left to right, countries side by side within a year. */
  g_assert_cmpfloat (az13->x, <, kz13->x);
  g_assert_cmpfloat (kz13->x, <, az22->x);

  /* The bar is filled with the country's colour (Azerbaijan is solid). */
  g_assert_true (pixel_near (&canvas, (int) az13->cx, (int) az13->cy, &canvas.style.country[0], 3));
  g_assert_true (pixel_near (&canvas, (int) az13->cx, (int) (az13->y + az13->height - 2),
                             &canvas.style.country[0], 3));
  /* Just above the bar is background. */
  g_assert_true (pixel_near (&canvas, (int) az13->cx, (int) az13->y - 30, &canvas.style.bg, 40));

  canvas_clear (&canvas);
}

static void
test_aid_gap (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "aid", NULL, NULL);
  const MpHit *gap, *az14, *top;
  int plot_top;
  Canvas canvas;

  canvas_init (&canvas, 900, 560, FALSE);
  canvas_draw (&canvas, chart);

  gap = find_hit (canvas.hits, 0, 2015);
  az14 = find_hit (canvas.hits, 0, 2014);
  top = find_hit (canvas.hits, 0, 2022);
  g_assert_nonnull (gap);
  g_assert_false (gap->has_value);
  g_assert_nonnull (strstr (gap->label, "no data"));

  /* Where 2015 would stand there is no bar of Azerbaijan's colour, all
   * the way up the plot; in 2014 there is. */
  plot_top = (int) top->y;
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) gap->x + 1, plot_top, (int) (gap->x + gap->width) - 1,
                                        (int) gap->y - 1, &canvas.style.country[0], 40), ==, 0);
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) az14->x + 1, (int) az14->y + 1,
                                        (int) (az14->x + az14->width) - 1, (int) (az14->y + az14->height) - 1,
                                        &canvas.style.country[0], 3), >, 100);

  /* Most of the gap is plain background: it reads as empty, not as 0. */
  {
    guint bg = count_near_in_rect (&canvas, (int) gap->x + 1, plot_top, (int) (gap->x + gap->width) - 1,
                                   (int) gap->y - 1, &canvas.style.bg, 8);
    guint area = (guint) (((int) (gap->x + gap->width) - 1 - ((int) gap->x + 1) + 1) *
                          ((int) gap->y - 1 - plot_top + 1));

    g_assert_cmpuint (bg, >, area * 9 / 10);
  }

  /* The "no data" mark is drawn in the gap. */
  {
    MpColor ink = canvas.style.bg;
    guint marked;

    ink = mp_color_mix (&canvas.style.bg, &canvas.style.fg, 0.5);
    marked = count_near_in_rect (&canvas, (int) gap->x, (int) gap->y, (int) (gap->x + gap->width),
                                 (int) (gap->y + gap->height), &ink, 60);
    g_assert_cmpuint (marked, >, 3);
  }

  canvas_clear (&canvas);
}

static gboolean
has_span_of (MpHitMap   *hits,
             const char *acronym)
{
  g_autofree char *needle = g_strdup_printf (" in %s:", acronym);

  for (guint i = 0; i < mp_hit_map_get_n (hits); i++)
    if (mp_hit_map_get (hits, i)->label != NULL && strstr (mp_hit_map_get (hits, i)->label, needle) != NULL)
      return TRUE;
  return FALSE;
}

/* At its least height the timeline shows every row, the last one (the
 * CSTO, in the last group) too: slides make their text smaller until it
 * fits rather than cut organisations; below it, rows are cut. */
static void
test_timeline_least_height (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("key-ranks.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  MpChartOptions options = { FALSE, MP_TIMELINE_ALL, TODAY, FALSE };
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "memberships", &options, NULL);
  MpChartStyle style;
  double least;
  Canvas canvas;

  mp_chart_style_init_default (&style);
  least = mp_chart_get_least_height (chart, &style, 800);
  g_assert_cmpfloat (least, >, 0);
  g_assert_cmpfloat (least, <, mp_chart_get_natural_height (chart, &style, 800));
  mp_chart_style_clear (&style);

  canvas_init (&canvas, 800, (int) ceil (least), FALSE);
  canvas_draw (&canvas, chart);
  g_assert_true (has_span_of (canvas.hits, "UN"));
  g_assert_true (has_span_of (canvas.hits, "CSTO"));
  canvas_clear (&canvas);

  canvas_init (&canvas, 800, (int) (least * 0.8), FALSE);
  canvas_draw (&canvas, chart);
  g_assert_true (has_span_of (canvas.hits, "UN"));
  g_assert_false (has_span_of (canvas.hits, "CSTO"));
  canvas_clear (&canvas);
}

static void
test_timeline_lanes (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  MpChartOptions options = { FALSE, MP_TIMELINE_ALL, TODAY, FALSE };
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "memberships", &options, NULL);
  const MpTimelineSeries *series = mp_chart_get_series (chart);
  const MpTimelineRow *csto = NULL;
  const MpTimelineRow *guam = NULL;
  const MpHit *span_hit, *csto_label, *guam_label;
  const MpTimelineSpan *span;
  double x2010;
  Canvas canvas;

  for (guint i = 0; i < series->n_rows; i++)
    {
      if (g_strcmp0 (series->rows[i].organization->acronym, "CSTO") == 0)
        csto = &series->rows[i];
      if (g_strcmp0 (series->rows[i].organization->acronym, "GUAM") == 0)
        guam = &series->rows[i];
    }
  g_assert_nonnull (csto);
  g_assert_nonnull (guam);

  canvas_init (&canvas, 1000, 800, FALSE);
  canvas_draw (&canvas, chart);

  /* Azerbaijan in the CSTO 1994–1999: a lane of its colour that stops. */
  span = &csto->lanes[0].spans[0];
  span_hit = find_hit_by_label (canvas.hits, span->label);
  g_assert_nonnull (span_hit);
  g_assert_cmpint (span_hit->country, ==, 0);
  g_assert_true (pixel_near (&canvas, (int) span_hit->cx, (int) span_hit->cy, &canvas.style.country[0], 3));
  x2010 = span_hit->x + (2010 - span->from) / (span->to - span->from) * span_hit->width;
  g_assert_cmpfloat (x2010, <, canvas.width);
  g_assert_false (pixel_near (&canvas, (int) x2010, (int) span_hit->cy, &canvas.style.country[0], 40));

  /* Lanes where memberships exist, none where they do not: the CSTO row
   * has both colours, the GUAM row only Azerbaijan's. */
  csto_label = find_hit_by_label (canvas.hits, csto->name);
  guam_label = find_hit_by_label (canvas.hits, guam->name);
  g_assert_nonnull (csto_label);
  g_assert_nonnull (guam_label);
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) (csto_label->x + csto_label->width), (int) csto_label->y,
                                        canvas.width, (int) (csto_label->y + csto_label->height),
                                        &canvas.style.country[1], 3), >, 100);
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) (guam_label->x + guam_label->width), (int) guam_label->y,
                                        canvas.width, (int) (guam_label->y + guam_label->height),
                                        &canvas.style.country[1], 40), ==, 0);
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) (guam_label->x + guam_label->width), (int) guam_label->y,
                                        canvas.width, (int) (guam_label->y + guam_label->height),
                                        &canvas.style.country[0], 3), >, 100);

  /* Kazakhstan's CSTO lane is still open: it reaches the right edge. */
  span_hit = find_hit_by_label (canvas.hits, csto->lanes[1].spans[0].label);
  g_assert_nonnull (span_hit);
  g_assert_cmpfloat_with_epsilon (span_hit->x + span_hit->width, guam_label->x + (canvas.width - 2 * guam_label->x),
                                  1.0);

  /* A chair period is drawn over the lane in the text colour. */
  {
    const MpTimelineRow *nam = NULL;
    const MpHit *chair;

    for (guint i = 0; i < series->n_rows; i++)
      if (g_strcmp0 (series->rows[i].organization->acronym, "NAM") == 0)
        nam = &series->rows[i];
    chair = find_hit_by_label (canvas.hits, nam->lanes[0].chairs[0].label);
    g_assert_nonnull (chair);
    g_assert_false (pixel_near (&canvas, (int) chair->cx, (int) chair->cy, &canvas.style.country[0], 40));
    g_assert_true (pixel_near (&canvas, (int) chair->cx, (int) chair->cy,
                               &(MpColor) { 0.2, 0.2, 0.2, 1 }, 40));
  }

  canvas_clear (&canvas);
}

static void
test_indicator_line_order (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "indicator:population", NULL, NULL);
  guint compared = 0;
  Canvas canvas;

  canvas_init (&canvas, 900, 560, FALSE);
  canvas_draw (&canvas, chart);
  g_assert_cmpuint (mp_hit_map_get_n (canvas.hits), ==, 58);

  /* Each year, the larger value is drawn higher. */
  for (int year = 1995; year <= 2023; year++)
    {
      const MpHit *az = find_hit (canvas.hits, 0, year);
      const MpHit *kz = find_hit (canvas.hits, 1, year);

      g_assert_nonnull (az);
      g_assert_nonnull (kz);
      g_assert_cmpint (az->value < kz->value, ==, az->cy > kz->cy);
      compared++;
    }
  g_assert_cmpuint (compared, ==, 29);

  /* Linear axis: equal differences are equal distances. */
  {
    const MpHit *a = find_hit (canvas.hits, 0, 1995);
    const MpHit *b = find_hit (canvas.hits, 0, 2005);
    const MpHit *c = find_hit (canvas.hits, 1, 2023);

    g_assert_cmpfloat_with_epsilon ((a->cy - b->cy) / (b->value - a->value),
                                    (a->cy - c->cy) / (c->value - a->value), 1e-9);
  }

  /* The last point is marked in the line's colour. */
  {
    const MpHit *last = find_hit (canvas.hits, 0, 2023);

    g_assert_true (pixel_near (&canvas, (int) round (last->cx), (int) round (last->cy),
                               &canvas.style.country[0], 10));
  }

  canvas_clear (&canvas);
}

static void
test_indicator_log_and_gaps (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  MpChartOptions log_options = { TRUE, MP_TIMELINE_ALL, 0, FALSE };
  g_autoptr(MpChart) log_chart = mp_chart_new (dataset, countries, "indicator:gdp-per-capita", &log_options, NULL);
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "indicator:gdp-per-capita", NULL, NULL);
  const MpHit *a, *b, *c;
  Canvas canvas;

  canvas_init (&canvas, 900, 560, FALSE);
  canvas_draw (&canvas, log_chart);

  /* Log axis: distance follows the logarithm of the value. */
  a = find_hit (canvas.hits, 0, 2000);
  b = find_hit (canvas.hits, 0, 2007);
  c = find_hit (canvas.hits, 1, 2010);
  g_assert_cmpfloat_with_epsilon ((a->cy - b->cy) / log10 (b->value / a->value),
                                  (a->cy - c->cy) / log10 (c->value / a->value), 1e-6);
  canvas_clear (&canvas);

  /* Azerbaijan has no 2003 and 2004: no line through that stretch. */
  canvas_init (&canvas, 900, 560, FALSE);
  canvas_draw (&canvas, chart);
  a = find_hit (canvas.hits, 0, 2002);
  b = find_hit (canvas.hits, 0, 2005);
  c = find_hit (canvas.hits, 0, 2001);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_null (find_hit (canvas.hits, 0, 2003));
  {
    double mx = (a->cx + b->cx) / 2;
    double my = (a->cy + b->cy) / 2;
    double sx = (a->cx + c->cx) / 2;
    double sy = (a->cy + c->cy) / 2;

    g_assert_cmpuint (count_near_in_rect (&canvas, (int) mx - 1, (int) my - 3, (int) mx + 1, (int) my + 3,
                                          &canvas.style.country[0], 40), ==, 0);
    /* Between 2001 and 2002 the line is there. */
    g_assert_cmpuint (count_near_in_rect (&canvas, (int) sx - 1, (int) sy - 3, (int) sx + 1, (int) sy + 3,
                                          &canvas.style.country[0], 40), >, 0);
  }
  canvas_clear (&canvas);
}

static void
test_sparkline (void)
{
  const MpPoint points[] = {
    { 2000, 1 }, { 2001, 2 }, { 2002, 3 }, { 2006, 4 }, { 2007, 5 },
  };
  Canvas canvas;
  cairo_t *cr;
  const MpColor *color;
  double step;

  canvas_init (&canvas, 140, 40, FALSE);
  color = &canvas.style.country[0];
  cr = cairo_create (canvas.surface);
  mp_sparkline_render (cr, points, G_N_ELEMENTS (points), MP_VALUE_FINAL, color, &canvas.style, 140, 40);
  cairo_destroy (cr);
  cairo_surface_flush (canvas.surface);

  /* Years 2000–2007 across the width, inside a padding of 2.75 + 1. */
  step = (140 - 2 * 3.75) / 7.0;
  /* A line between 2000 and 2002, none between 2002 and 2006. */
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) (3.75 + 0.5 * step), 0, (int) (3.75 + 0.5 * step), 39,
                                        color, 40), >, 0);
  g_assert_cmpuint (count_near_in_rect (&canvas, (int) (3.75 + 4 * step), 0, (int) (3.75 + 4 * step), 39,
                                        color, 40), ==, 0);
  /* The last value has a dot at the top right. */
  g_assert_true (pixel_near (&canvas, (int) (140 - 3.75), 4, color, 30));

  canvas_clear (&canvas);

  /* No points, one point, NaN: no crash, something drawn or a baseline. */
  canvas_init (&canvas, 60, 20, TRUE);
  cr = cairo_create (canvas.surface);
  mp_sparkline_render (cr, NULL, 0, MP_VALUE_FINAL, NULL, &canvas.style, 60, 20);
  mp_sparkline_render (cr, points, 1, MP_VALUE_PRELIMINARY, NULL, &canvas.style, 60, 20);
  mp_sparkline_render (cr, &(MpPoint) { 2000, NAN }, 1, MP_VALUE_FINAL, NULL, &canvas.style, 60, 20);
  mp_sparkline_render (cr, points, G_N_ELEMENTS (points), MP_VALUE_ESTIMATE, NULL, &canvas.style, 1, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  canvas_clear (&canvas);
}

/* The sparkline's scale starts at zero: a population that grows by 1 %
 * draws a nearly flat line near the top, not a line from the bottom
 * corner to the top one. */
static void
test_sparkline_zero_based (void)
{
  const MpPoint points[] = { { 2000, 100 }, { 2010, 101 } };
  Canvas canvas;
  cairo_t *cr;
  const MpColor *color;
  int left = 6;

  canvas_init (&canvas, 140, 40, FALSE);
  color = &canvas.style.country[0];
  cr = cairo_create (canvas.surface);
  mp_sparkline_render (cr, points, G_N_ELEMENTS (points), MP_VALUE_FINAL, color, &canvas.style, 140, 40);
  cairo_destroy (cr);
  cairo_surface_flush (canvas.surface);

  /* The first value (100) is drawn near the top, as the last (101) is;
   * nothing of the line's colour in the lower half. */
  g_assert_cmpuint (count_near_in_rect (&canvas, left, 0, left, 8, color, 40), >, 0);
  g_assert_cmpuint (count_near_in_rect (&canvas, left, 20, left, 39, color, 40), ==, 0);
  g_assert_true (pixel_near (&canvas, (int) (140 - 3.75), 4, color, 30));

  canvas_clear (&canvas);
}

/* @chart drawn into a PDF at @path, @width x @height at @scale, and its
 * text as poppler reads it; NULL without pdftotext. */
static char *
render_pdf_text (MpChart    *chart,
                 const char *path,
                 int         width,
                 int         height,
                 double      scale)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  MpChartStyle style;

  mp_chart_style_init_default (&style);
  mp_chart_style_set_scale (&style, scale);
  mp_chart_render (chart, cr, &style, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  mp_chart_style_clear (&style);

  return mp_test_pdf_text (path);
}

/* Value labels sit on every bar or on none, at the window's size and at
 * presentation size (2.5x), and none are squeezed onto narrow bars. */
static void
test_aid_value_labels (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(MpChart) chart = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("mp-aid-labels-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "aid.pdf", NULL);
  const char *two[] = { "AZ", "KZ", NULL };
  const struct { int width; int height; double scale; gboolean labels; } cases[] = {
    { 1200, 400, 1.0, TRUE },
    { 1920, 1080, 2.5, TRUE },
    { 400, 300, 1.0, FALSE },
  };

  mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  chart = mp_chart_new (dataset, two, "aid", NULL, NULL);
  g_assert_nonnull (chart);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = render_pdf_text (chart, path, cases[i].width, cases[i].height, cases[i].scale);

      if (text == NULL)
        {
          g_test_skip ("pdftotext is not installed (poppler-utils)");
          break;
        }
      g_test_message ("%dx%d at %gx", cases[i].width, cases[i].height, cases[i].scale);
      /* Kazakhstan 2021 and 2017, Azerbaijan 2018 (OECD): their labels fit
       * the bars of the twelve years 2013-2024 at both sizes.  Every label
       * has the same decimals: one where "49.2" fits (as in the table),
       * else whole millions for all ("49", never "44" beside "44.9"). */
      g_assert_true ((strstr (text, "44") != NULL) == cases[i].labels);
      g_assert_true ((strstr (text, "35") != NULL) == cases[i].labels);
      g_assert_true ((strstr (text, "28") != NULL) == cases[i].labels);
      if (cases[i].labels)
        {
          gboolean decimals = strstr (text, "49.2") != NULL;

          g_test_message ("labels with %s", decimals ? "one decimal" : "no decimals");
          /* Whichever it is, all labels follow it. */
          g_assert_true ((strstr (text, "44.0") != NULL) == decimals);
          g_assert_true ((strstr (text, "28.0") != NULL) == decimals);
          g_assert_true ((strstr (text, "44.9") != NULL) == decimals);
          if (!decimals)
            g_assert_nonnull (strstr (text, "45"));
        }
    }

  /* Türkiye's billions beside Azerbaijan's and Kazakhstan's millions:
   * the table gives the small amounts three decimals (Kazakhstan's US$8
   * million of 2013 is "0.008", Azerbaijan's 16 of 2014 "0.016"), and no
   * bar of the chart is labelled "0.0" or "0" (labels with enough
   * decimals, or none). */
  {
    const char *three[] = { "AZ", "KZ", "TR", NULL };
    g_autoptr(MpChart) mixed = mp_chart_new (dataset, three, "aid", NULL, NULL);
    MpChartTable *table = mp_chart_get_table (mixed);
    gboolean seen_2014 = FALSE;

    g_assert_cmpstr (table->unit, ==, "US$ billion");
    for (guint r = 0; r < mp_chart_table_get_n_rows (table); r++)
      {
        const MpChartTableRow *row = mp_chart_table_get_row (table, r);

        if (g_str_equal (row->cells[0], "2014"))
          {
            g_assert_cmpstr (row->cells[1], ==, "0.016");
            seen_2014 = TRUE;
          }
        for (guint c = 1; c < table->n_columns; c++)
          g_assert_false (g_regex_match_simple ("^0\\.0+$", row->cells[c], 0, 0));
      }
    g_assert_true (seen_2014);

    for (guint i = 0; i < 2; i++)
      {
        g_autofree char *text = render_pdf_text (mixed, path, i == 0 ? 1920 : 1200, i == 0 ? 1080 : 400, 1.0);
        g_auto(GStrv) words = NULL;

        if (text == NULL)
          break;
        words = g_strsplit_set (text, " \n\t", -1);
        for (guint w = 0; words[w] != NULL; w++)
          g_assert_false (g_regex_match_simple ("^0\\.0+$", words[w], 0, 0));
      }
  }

  /* Four donors at 1000x400 (and in the handout): whole billions do not all fit
   * their bars ("17" does not), so no bar has a label, not the one
   * ("9", Japan 2015) that would. */
  {
    const char *four[] = { "FR", "DE", "US", "JP", NULL };
    g_autoptr(MpChart) donors = mp_chart_new (dataset, four, "aid", NULL, NULL);
    g_autofree char *text = NULL;
    g_auto(GStrv) words = NULL;
    guint numbers = 0;

    g_assert_nonnull (donors);
    text = render_pdf_text (donors, path, 1000, 400, 1.0);
    if (text != NULL)
      {
        words = g_strsplit_set (text, " \n\t\f", -1);
        for (guint w = 0; words[w] != NULL; w++)
          {
            g_assert_cmpstr (words[w], !=, "9");
            if (g_ascii_isdigit (words[w][0]) && strlen (words[w]) < 4)
              numbers++;
          }
        /* The axis keeps its own figures (0 and 50 at least). */
        g_assert_cmpuint (numbers, >=, 2);
      }
  }

  g_unlink (path);
  g_rmdir (tmpdir);
}

static void
test_any_size (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *two[] = { "AZ", "KZ", NULL };
  const char *four[] = { "AZ", "KZ", "GE", "UZ", NULL };
  const char * const *sets[] = { two, four };
  const char *names[] = { "aid", "contributions", "memberships", "indicator:population",
                          "indicator:gdp-per-capita", "indicator:balance" };
  const int sizes[][2] = { { 1, 1 }, { 80, 50 }, { 360, 240 }, { 400, 300 }, { 1600, 900 }, { 1920, 1080 } };
  const double scales[] = { 1.0, 2.5 };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint set = 0; set < G_N_ELEMENTS (sets); set++)
      {
        g_autoptr(MpChart) chart = mp_chart_new (dataset, sets[set], names[n], NULL, NULL);

        g_assert_nonnull (chart);
        for (guint sz = 0; sz < G_N_ELEMENTS (sizes); sz++)
          for (guint sc = 0; sc < G_N_ELEMENTS (scales); sc++)
            {
              Canvas canvas;

              canvas_init (&canvas, sizes[sz][0], sizes[sz][1], sc == 1);
              mp_chart_style_set_scale (&canvas.style, scales[sc]);
              canvas_draw (&canvas, chart);

              /* Everything that can be pointed at lies on the canvas. */
              for (guint i = 0; i < mp_hit_map_get_n (canvas.hits); i++)
                {
                  const MpHit *hit = mp_hit_map_get (canvas.hits, i);

                  g_assert_cmpfloat (hit->x, >=, -0.5);
                  g_assert_cmpfloat (hit->y, >=, -0.5);
                  g_assert_cmpfloat (hit->x + hit->width, <=, canvas.width + 0.5);
                  g_assert_cmpfloat (hit->y + hit->height, <=, canvas.height + 0.5);
                }
              /* Big canvases show data. */
              if (sizes[sz][0] >= 1600)
                g_assert_cmpuint (mp_hit_map_get_n (canvas.hits), >, 0);

              canvas_clear (&canvas);
            }
      }
}

static double
contrast_ratio (const MpColor *a,
                const MpColor *b)
{
  double la = mp_color_luminance (a);
  double lb = mp_color_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* The palette holds MP_MAX_COUNTRIES colours, all different from one
 * another (light and dark), the dark ones readable on the dark
 * background and on the high-contrast black. */
static void
test_palette (void)
{
  for (guint dark = 0; dark < 2; dark++)
    {
      MpColor colors[MP_MAX_COUNTRIES];
      MpColor bg;
      MpColor black = { 0, 0, 0, 1 };

      mp_chart_palette_get (dark, colors);
      mp_color_parse (dark ? "#242424" : "#ffffff", &bg);
      for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
        {
          g_assert_cmpfloat (colors[i].alpha, ==, 1);
          if (dark)
            {
              g_assert_cmpfloat (contrast_ratio (&colors[i], &bg), >=, 4.5);
              g_assert_cmpfloat (contrast_ratio (&colors[i], &black), >=, 4.5);
            }
          else
            /* Not Okabe-Ito's yellow, invisible on white (1.3:1). */
            g_assert_cmpfloat (contrast_ratio (&colors[i], &bg), >=, 2.2);
          for (guint j = 0; j < i; j++)
            {
              double d = fabs (colors[i].red - colors[j].red) + fabs (colors[i].green - colors[j].green) +
                         fabs (colors[i].blue - colors[j].blue);

              g_assert_cmpfloat (d, >, 0.3);
            }
        }
    }
}

/* Pixels of country @c's colour, and of the other countries' colours, in
 * @hit's rectangle. */
static void
count_colors_in (Canvas      *canvas,
                 const MpHit *hit,
                 guint        c,
                 guint       *own,
                 guint       *others)
{
  int x0 = (int) ceil (hit->x);
  int y0 = (int) ceil (hit->y);
  int x1 = (int) floor (hit->x + hit->width) - 1;
  int y1 = (int) floor (hit->y + hit->height) - 1;

  *own = count_near_in_rect (canvas, x0, y0, x1, y1, &canvas->style.country[c], 2);
  *others = 0;
  for (guint d = 0; d < MP_MAX_COUNTRIES; d++)
    if (d != c)
      *others += count_near_in_rect (canvas, x0, y0, x1, y1, &canvas->style.country[d], 2);
}

/* Eight countries (Central Asia and the South Caucasus): a bar each per
 * year, in its own colour and no other's, light and dark; a line each
 * in the indicator chart; a lane each in the timeline; every chart at
 * every size keeps what can be pointed at on the canvas. */
static void
test_eight_countries (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("eight-countries.json");
  const char *countries[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", NULL };
  const char *names[] = { "aid", "contributions", "memberships", "indicator:population" };
  const int sizes[][2] = { { 80, 50 }, { 400, 300 }, { 1024, 768 }, { 1600, 900 } };

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(MpChart) aid = mp_chart_new (dataset, countries, "aid", NULL, NULL);
      g_autoptr(MpChart) population = mp_chart_new (dataset, countries, "indicator:population", NULL, NULL);
      Canvas canvas;

      canvas_init (&canvas, 1600, 900, dark);
      canvas_draw (&canvas, aid);
      for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
        {
          /* 2021: final figures, each bar filled in its colour (with a
           * texture from the second on). */
          const MpHit *bar = find_hit (canvas.hits, (int) c, 2021);
          guint own;
          guint others;

          g_assert_nonnull (bar);
          count_colors_in (&canvas, bar, c, &own, &others);
          g_assert_cmpuint (own, >, bar->width * bar->height / 4);
          g_assert_cmpuint (others, ==, 0);
        }
      canvas_clear (&canvas);

      canvas_init (&canvas, 1600, 900, dark);
      canvas_draw (&canvas, population);
      for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
        {
          /* Its line and marker, in its colour (markers of close values
           * overlap: the whole canvas is searched). */
          g_assert_nonnull (find_hit (canvas.hits, (int) c, 2020));
          g_assert_cmpuint (count_near_in_rect (&canvas, 0, 0, canvas.width, canvas.height,
                                                &canvas.style.country[c], 2), >, 20);
        }
      canvas_clear (&canvas);
    }

  {
    g_autoptr(MpChart) memberships = mp_chart_new (dataset, countries, "memberships", NULL, NULL);
    Canvas canvas;
    gboolean lane[MP_MAX_COUNTRIES] = { FALSE };

    canvas_init (&canvas, 1600, 900, FALSE);
    canvas_draw (&canvas, memberships);
    for (guint i = 0; i < mp_hit_map_get_n (canvas.hits); i++)
      {
        const MpHit *hit = mp_hit_map_get (canvas.hits, i);

        if (hit->country >= 0 && hit->country < MP_MAX_COUNTRIES)
          lane[hit->country] = TRUE;
      }
    /* Every country is in the UN: a lane each. */
    for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
      g_assert_true (lane[c]);
    canvas_clear (&canvas);
  }

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, names[n], NULL, NULL);

      g_assert_nonnull (chart);
      for (guint sz = 0; sz < G_N_ELEMENTS (sizes); sz++)
        {
          Canvas canvas;

          canvas_init (&canvas, sizes[sz][0], sizes[sz][1], FALSE);
          canvas_draw (&canvas, chart);
          for (guint i = 0; i < mp_hit_map_get_n (canvas.hits); i++)
            {
              const MpHit *hit = mp_hit_map_get (canvas.hits, i);

              g_assert_cmpfloat (hit->x, >=, -0.5);
              g_assert_cmpfloat (hit->y, >=, -0.5);
              g_assert_cmpfloat (hit->x + hit->width, <=, canvas.width + 0.5);
              g_assert_cmpfloat (hit->y + hit->height, <=, canvas.height + 0.5);
            }
          canvas_clear (&canvas);
        }
    }

  /* The table behind the aid and indicator charts: the year and a
   * column per country, the eighth too. */
  {
    const char *tabled[] = { "aid", "indicator:population" };

    for (guint i = 0; i < G_N_ELEMENTS (tabled); i++)
      {
        g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, tabled[i], NULL, NULL);
        MpChartTable *table = mp_chart_get_table (chart);

        g_assert_cmpuint (table->n_columns, ==, MP_MAX_COUNTRIES + 1);
        g_assert_cmpstr (table->titles[MP_MAX_COUNTRIES], ==, "Uzbekistan");
      }
  }

  /* Nine is one too many. */
  {
    const char *nine[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", "TR", NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(MpChart) chart = mp_chart_new (dataset, nine, "aid", NULL, &error);

    g_assert_null (chart);
    g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES);
  }
}

static void
test_layouts_reused (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  const char *names[] = { "aid", "contributions", "memberships", "indicator:population" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, names[n], NULL, NULL);
      Canvas canvas;
      guint first;

      canvas_init (&canvas, 1200, 700, FALSE);
      canvas_draw (&canvas, chart);
      first = mp_chart_style_get_n_cached (&canvas.style);
      g_assert_cmpuint (first, >, 5);

      /* A second frame at the same size lays out no new text. */
      canvas_draw (&canvas, chart);
      g_assert_cmpuint (mp_chart_style_get_n_cached (&canvas.style), ==, first);

      /* A new font flushes them. */
      {
        PangoFontDescription *font = pango_font_description_from_string ("Sans 14");

        mp_chart_style_set_font (&canvas.style, font, 96);
        pango_font_description_free (font);
        g_assert_cmpuint (mp_chart_style_get_n_cached (&canvas.style), ==, 0);
      }
      canvas_clear (&canvas);
    }
}

static void
test_dark_style (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, "aid", NULL, NULL);
  MpColor dark_bg;
  MpColor light_blue;
  const MpHit *bar;
  Canvas canvas;

  canvas_init (&canvas, 800, 500, TRUE);
  g_assert_true (canvas.style.dark);
  canvas_draw (&canvas, chart);

  mp_color_parse ("#242424", &dark_bg);
  mp_color_parse ("#4DA3FF", &light_blue);
  g_assert_true (pixel_near (&canvas, 2, 2, &dark_bg, 1));
  bar = find_hit (canvas.hits, 0, 2013);
  g_assert_true (pixel_near (&canvas, (int) bar->cx, (int) bar->cy, &light_blue, 3));

  canvas_clear (&canvas);
}

static void
test_render_by_name_errors (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  const char *unknown[] = { "ZZ", NULL };
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
  cairo_t *cr = cairo_create (surface);
  MpChartStyle style;

  mp_chart_style_init_default (&style);

  g_assert_true (mp_chart_render_by_name (cr, dataset, countries, "aid", &style, 100, 100, &error));
  g_assert_no_error (error);

  g_assert_false (mp_chart_render_by_name (cr, dataset, countries, "aid", &style, 0, 100, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_SIZE);
  g_clear_error (&error);
  g_assert_false (mp_chart_render_by_name (cr, dataset, countries, "aid", &style, NAN, 100, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_SIZE);
  g_clear_error (&error);
  g_assert_false (mp_chart_render_by_name (cr, dataset, countries, "bars", &style, 100, 100, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_CHART);
  g_clear_error (&error);
  g_assert_false (mp_chart_render_by_name (cr, dataset, unknown, "aid", &style, 100, 100, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_COUNTRY);
  g_clear_error (&error);
  g_assert_false (mp_chart_render_by_name (cr, dataset, countries, "indicator:nope", &style, 100, 100, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_INDICATOR);

  mp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_empty_dataset (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("empty.json");
  const char *countries[] = { "AZ", NULL };
  const char *names[] = { "aid", "contributions", "memberships", "indicator:population" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(MpChart) chart = mp_chart_new (dataset, countries, names[n], NULL, NULL);
      Canvas canvas;

      g_assert_nonnull (chart);
      canvas_init (&canvas, 600, 400, FALSE);
      canvas_draw (&canvas, chart);
      /* Nothing to point at, and no country colour but the legend's
       * 12×12 swatch. */
      g_assert_cmpuint (mp_hit_map_get_n (canvas.hits), ==, 0);
      g_assert_cmpuint (count_near_in_rect (&canvas, 0, 0, 599, 399, &canvas.style.country[0], 20), <=, 12 * 12);
      g_assert_cmpuint (mp_chart_table_get_n_rows (mp_chart_get_table (chart)), ==, 0);
      canvas_clear (&canvas);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/aid-chart/bar-heights", test_aid_bar_heights);
  g_test_add_func ("/mp/aid-chart/gap", test_aid_gap);
  g_test_add_func ("/mp/timeline-chart/lanes", test_timeline_lanes);
  g_test_add_func ("/mp/timeline-chart/least-height", test_timeline_least_height);
  g_test_add_func ("/mp/indicator-chart/line-order", test_indicator_line_order);
  g_test_add_func ("/mp/indicator-chart/log-and-gaps", test_indicator_log_and_gaps);
  g_test_add_func ("/mp/sparkline/gaps-and-dot", test_sparkline);
  g_test_add_func ("/mp/sparkline/zero-based", test_sparkline_zero_based);
  g_test_add_func ("/mp/aid-chart/value-labels", test_aid_value_labels);
  g_test_add_func ("/mp/chart-render/any-size", test_any_size);
  g_test_add_func ("/mp/chart-render/layouts-reused", test_layouts_reused);
  g_test_add_func ("/mp/chart-render/dark-style", test_dark_style);
  g_test_add_func ("/mp/chart-render/palette", test_palette);
  g_test_add_func ("/mp/chart-render/eight-countries", test_eight_countries);
  g_test_add_func ("/mp/chart-render/by-name-errors", test_render_by_name_errors);
  g_test_add_func ("/mp/chart-render/empty-dataset", test_empty_dataset);

  return g_test_run ();
}
