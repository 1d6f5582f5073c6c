/* mp-cards-renderer.c
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

#include <gdk/gdk.h>
#include <glib/gi18n.h>

#include "mp-cards-renderer.h"
#include "mp-chart-common.h"
#include "mp-chart-draw.h"
#include "mp-country-facts.h"

#define CARD_GAP 16.0
#define CARD_PAD 14.0
#define FLAG_W   48.0
#define FLAG_H   36.0

/* A cairo surface of @pixbuf's pixels, premultiplied as cairo wants them
 * (gdk_cairo_set_source_pixbuf () is deprecated from GTK 4.20). */
static cairo_surface_t *
surface_for_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int rowstride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int stride = cairo_image_surface_get_stride (surface);
  guchar *data = cairo_image_surface_get_data (surface);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guchar *p = pixels + (gsize) y * rowstride;
      guint32 *q = (guint32 *) (gpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++, p += channels)
        {
          guint a = channels == 4 ? p[3] : 0xff;

          q[x] = (a << 24) |
                 ((p[0] * a + 127) / 255) << 16 |
                 ((p[1] * a + 127) / 255) << 8 |
                 ((p[2] * a + 127) / 255);
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

static void
draw_flag (cairo_t    *cr,
           const char *path,
           double      x,
           double      y,
           double      scale)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  cairo_surface_t *surface;
  int pw = (int) (FLAG_W * scale * 4);
  int ph = (int) (FLAG_H * scale * 4);

  if (path == NULL)
    return;

  /* Rasterised at four times the drawn size: crisp in PDF and at 2x. */
  if (g_str_has_prefix (path, "/io/"))
    pixbuf = gdk_pixbuf_new_from_resource_at_scale (path, pw, ph, TRUE, NULL);
  else
    pixbuf = gdk_pixbuf_new_from_file_at_scale (path, pw, ph, TRUE, NULL);
  if (pixbuf == NULL)
    return;

  cairo_save (cr);
  mp_chart_rounded_rect (cr, x, y, FLAG_W * scale, FLAG_H * scale, 3 * scale);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, FLAG_W * scale / gdk_pixbuf_get_width (pixbuf),
               FLAG_H * scale / gdk_pixbuf_get_height (pixbuf));
  surface = surface_for_pixbuf (pixbuf);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

/* Draws one card, or with @draw FALSE only measures it; returns the
 * height its content needs. */
static double
draw_card (cairo_t             *cr,
           const MpCountry     *country,
           const MpCountryFact *facts,
           int                  index,
           const MpChartStyle  *style,
           double               x,
           double               y,
           double               width,
           double               height,
           gboolean             draw)
{
  double s = style->scale;
  double pad = CARD_PAD * s;
  double cy;
  double caption_w;
  double tw;
  double th;
  const char *official;

  if (draw)
    {
  /* Card box with a country-colour band, the cue shared with the charts. */
  mp_chart_rounded_rect (cr, x, y, width, height, 10 * s);
  mp_color_set_source (cr, &style->fg, style->dark ? 0.06 : 0.03);
  cairo_fill_preserve (cr);
  mp_color_set_source (cr, &style->fg, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_save (cr);
  mp_chart_rounded_rect (cr, x, y, width, height, 10 * s);
  cairo_clip (cr);
  mp_color_set_source (cr, &style->country[index % MP_CHART_MAX_COUNTRIES], 1);
  cairo_rectangle (cr, x, y, width, 5 * s);
  cairo_fill (cr);
  cairo_restore (cr);

  draw_flag (cr, country->flag, x + pad, y + pad + 4 * s, s);

  mp_chart_draw_text (cr, style, MP_TEXT_TITLE, mp_chart_country_name (country),
                      (int) (width - 3 * pad - FLAG_W * s),
                      x + 2 * pad + FLAG_W * s, y + pad + 4 * s, 0, 0, &style->fg, 1);
    }
  official = country->official_name != NULL ? mp_text_get (country->official_name, NULL) : NULL;
  mp_chart_text_size (style, MP_TEXT_TITLE, mp_chart_country_name (country), 0, &tw, &th);
  if (official != NULL && draw)
    mp_chart_draw_text (cr, style, MP_TEXT_SMALL, official,
                        (int) (width - 3 * pad - FLAG_W * s),
                        x + 2 * pad + FLAG_W * s, y + pad + 6 * s + th, 0, 0, &style->fg, 0.7);

  cy = y + pad + 4 * s + MAX (FLAG_H * s, th * 2) + pad;
  caption_w = width * 0.42;

  for (guint i = 0; i < MP_N_FACTS; i++)
    {
      const MpCountryFact *fact = &facts[i];
      g_autofree char *qualifier = mp_country_fact_qualifier (fact);
      g_autofree char *value = NULL;
      double row_h;

      /* On paper there is no source to click: the source's own words
       * stand for "see source" (sources are listed below the cards). */
      if (fact->words != NULL)
        value = g_strdup (fact->words);
      else if (qualifier != NULL)
        value = g_strdup_printf ("%s (%s)", fact->text, qualifier);
      else
        value = g_strdup (fact->text != NULL ? fact->text : _("no data"));

      /* Values wrap (up to four lines) rather than lose their year or
       * status to an ellipsis. */
      mp_chart_paragraph_size (style, fact->text != NULL ? MP_TEXT_STRONG : MP_TEXT_SMALL, value,
                               (int) (width - caption_w - pad), 4, &tw, &row_h);
      {
        double caption_h;

        mp_chart_paragraph_size (style, MP_TEXT_SMALL, fact->caption, (int) (caption_w - pad), 2, &tw, &caption_h);
        row_h = MAX (row_h, caption_h);
      }
      if (cy + row_h > y + height - pad)
        break;

      if (draw)
        mp_chart_draw_paragraph (cr, style, MP_TEXT_SMALL, fact->caption, (int) (caption_w - pad), 2,
                                 x + pad, cy, 0, 0, &style->fg, 0.7);
      if (draw)
        mp_chart_draw_paragraph (cr, style, fact->text != NULL ? MP_TEXT_STRONG : MP_TEXT_SMALL, value,
                                 (int) (width - caption_w - pad), 4,
                                 x + caption_w, cy, 0, 0, &style->fg,
                                 fact->text != NULL ? 1 : 0.6);
      cy += row_h + 6 * s;
    }

  return cy - y + pad;
}

double
mp_cards_measure_height (MpDataset           *dataset,
                         const char * const  *country_ids,
                         const MpChartStyle  *style,
                         double               width)
{
  const MpCountry *countries[MP_CHART_MAX_COUNTRIES];
  MpCountryFact facts[MP_CHART_MAX_COUNTRIES][MP_N_FACTS];
  cairo_surface_t *surface;
  cairo_t *cr;
  MpChartMetrics metrics;
  double card_w;
  double needed = 0;
  guint n = 0;

  g_return_val_if_fail (MP_IS_DATASET (dataset), 0);

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n, NULL) || n == 0)
    return 0;

  /* Laid out as mp_cards_render () does, on a scratch surface. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  mp_chart_metrics_init (&metrics, style, width, G_MAXDOUBLE);
  card_w = (width - 2 * metrics.pad - CARD_GAP * style->scale * (n - 1)) / n;
  for (guint i = 0; i < n; i++)
    {
      mp_country_facts_compute_compared (dataset, countries[i], country_ids, facts[i]);
      needed = MAX (needed, draw_card (cr, countries[i], facts[i], (int) i, style, 0, 0,
                                       card_w, G_MAXDOUBLE, FALSE));
      mp_country_facts_clear (facts[i]);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return needed + 2 * metrics.pad;
}

gboolean
mp_cards_render (cairo_t             *cr,
                 MpDataset           *dataset,
                 const char * const  *country_ids,
                 const MpChartStyle  *style,
                 double               width,
                 double               height,
                 gboolean             with_header,
                 GPtrArray           *source_ids,
                 GError             **error)
{
  const MpCountry *countries[MP_CHART_MAX_COUNTRIES];
  MpCountryFact facts[MP_CHART_MAX_COUNTRIES][MP_N_FACTS];
  g_autoptr(GPtrArray) own_sources = NULL;
  MpChartMetrics metrics;
  guint n = 0;
  double top;
  double bottom;
  double card_w;
  double gap;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (MP_IS_DATASET (dataset), FALSE);

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n, error))
    return FALSE;

  if (source_ids == NULL)
    source_ids = own_sources = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      mp_country_facts_compute_compared (dataset, countries[i], country_ids, facts[i]);
      for (guint j = 0; j < MP_N_FACTS; j++)
        if (facts[i][j].source != NULL && facts[i][j].text != NULL)
          mp_chart_sources_add (source_ids, facts[i][j].source);
    }

  mp_chart_metrics_init (&metrics, style, width, height);
  mp_chart_draw_background (cr, style, width, height);

  top = metrics.pad;
  bottom = height - metrics.pad;
  if (with_header)
    {
      const char *names[MP_CHART_MAX_COUNTRIES];
      g_autofree char *list = NULL;

      for (guint i = 0; i < n; i++)
        names[i] = mp_chart_country_name (countries[i]);
      list = mp_chart_join_list (names, n);
      top += mp_chart_draw_header (cr, style, &metrics, _("Key facts"), list,
                                   metrics.pad, top, width - 2 * metrics.pad, TRUE) + metrics.gap;
    }

  gap = CARD_GAP * style->scale;
  card_w = (width - 2 * metrics.pad - gap * (n - 1)) / n;

  if (with_header)
    {
      g_autofree char *text = mp_chart_sources_text (dataset, source_ids);

      bottom -= mp_chart_draw_footer (cr, style, &metrics, text, metrics.pad, bottom,
                                      width - 2 * metrics.pad, TRUE) + metrics.gap;
    }

  /* Exports are often far larger than the cards' text: zoom the cards
   * (up to 1.4x) until their content fills the height available. */
  {
    double avail = bottom - top;
    double zoom = 1.4;
    double needed = 0;

    for (; zoom > 1.0; zoom -= 0.1)
      {
        needed = 0;
        for (guint i = 0; i < n; i++)
          needed = MAX (needed, draw_card (cr, countries[i], facts[i], (int) i, style, 0, 0,
                                           card_w / zoom, G_MAXDOUBLE, FALSE));
        if (needed * zoom <= avail)
          break;
      }
    zoom = MAX (zoom, 1.0);
    needed = 0;
    for (guint i = 0; i < n; i++)
      needed = MAX (needed, draw_card (cr, countries[i], facts[i], (int) i, style, 0, 0,
                                       card_w / zoom, G_MAXDOUBLE, FALSE));

    cairo_save (cr);
    cairo_translate (cr, metrics.pad, top);
    cairo_scale (cr, zoom, zoom);
    for (guint i = 0; i < n; i++)
      {
        /* As tall as the tallest card's content, not the whole page. */
        draw_card (cr, countries[i], facts[i], (int) i, style,
                   i * (card_w + gap) / zoom, 0, card_w / zoom, MIN (avail / zoom, needed), TRUE);
        mp_country_facts_clear (facts[i]);
      }
    cairo_restore (cr);
  }

  return TRUE;
}
