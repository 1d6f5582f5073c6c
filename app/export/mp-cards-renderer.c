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
#include <pango/pangocairo.h>
#include <string.h>

#include "mp-cards-renderer.h"
#include "mp-chart-common.h"
#include "mp-chart-draw.h"
#include "mp-country-facts.h"

#define CARD_GAP 16.0
#define CARD_PAD 14.0
#define FLAG_W   48.0
#define FLAG_H   36.0
/* Cards narrower than this run each value in after its caption, as a
 * paragraph, and draw a smaller flag (STACKED_FLAG): caption and value
 * side by side would both wrap into slivers. */
#define STACK_BELOW 250.0
#define STACKED_FLAG 0.67
#define STACKED_PAD  10.0
/* No card is drawn narrower: the cards go into more rows instead. */
#define CARD_MIN_W 150.0
/* Exports larger than the cards' text zoom them in, up to ZOOM_MAX; a
 * layout that does not fit otherwise zooms out, down to ZOOM_MIN, before
 * its last facts are left out. */
#define ZOOM_MAX 1.4
#define ZOOM_MIN 0.8
/* See mp_cards_facts_for (). */
#define FULL_CARDS_MAX 4

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

/* A value run in after its caption, its first line @indent in; returns
 * its height. */
static double
run_in_value (cairo_t            *cr,
              const MpChartStyle *style,
              MpTextRole          role,
              const char         *value,
              int                 width,
              double              indent,
              double              x,
              double              y,
              double              alpha,
              gboolean            draw)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  layout = pango_layout_copy (mp_chart_style_get_wrapped_layout (style, role, value, width, 5));
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  /* Words only: where a figure does not fit after its caption, Pango
   * would break it ("US$8, / 168") rather than move it down a line. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_get_extents (layout, NULL, &logical);
  if (draw)
    {
      mp_color_set_source (cr, &style->fg, alpha);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }

  return (double) logical.height / PANGO_SCALE;
}

/* Draws one card, or with @draw FALSE only measures it; returns the
 * height its content needs. */
static double
draw_card (cairo_t             *cr,
           const MpCountry     *country,
           const MpCountryFact *facts,
           guint                mask,
           int                  index,
           const MpChartStyle  *style,
           double               x,
           double               y,
           double               width,
           double               height,
           gboolean             name_beside,
           gboolean             draw)
{
  double s = style->scale;
  gboolean stacked = width < STACK_BELOW * s;
  double pad = (stacked ? STACKED_PAD : CARD_PAD) * s;
  double inner = width - 2 * pad;
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
      mp_color_set_source (cr, &style->country[index % MP_MAX_COUNTRIES], 1);
      cairo_rectangle (cr, x, y, width, 5 * s);
      cairo_fill (cr);
      cairo_restore (cr);

      /* A smaller flag on a narrow card. */
      draw_flag (cr, country->flag, x + pad, y + pad + 4 * s, stacked ? s * STACKED_FLAG : s);
    }

  if (stacked)
    {
      /* The name beside the flag when every card's fits there, else
       * under it on the card's width; two lines at most, no official
       * name. */
      const char *name = mp_chart_country_name (country);
      double flag_w = FLAG_W * s * STACKED_FLAG;
      double flag_h = FLAG_H * s * STACKED_FLAG;

      if (name_beside)
        {
          int name_w = (int) (inner - flag_w - 8 * s);

          mp_chart_paragraph_size (style, MP_TEXT_TITLE, name, name_w, 2, &tw, &th);
          if (draw)
            mp_chart_draw_paragraph (cr, style, MP_TEXT_TITLE, name, name_w, 2,
                                     x + pad + flag_w + 8 * s, y + pad + 4 * s + MAX (flag_h - th, 0) / 2,
                                     0, 0, &style->fg, 1);
          cy = y + pad + 4 * s + MAX (flag_h, th) + pad * 0.75;
        }
      else
        {
          double name_y = y + pad + 4 * s + flag_h + 6 * s;

          mp_chart_paragraph_size (style, MP_TEXT_TITLE, name, (int) inner, 2, &tw, &th);
          if (draw)
            mp_chart_draw_paragraph (cr, style, MP_TEXT_TITLE, name, (int) inner, 2, x + pad, name_y,
                                     0, 0, &style->fg, 1);
          cy = name_y + th + pad * 0.75;
        }
      caption_w = 0;
    }
  else
    {
      if (draw)
        mp_chart_draw_text (cr, style, MP_TEXT_TITLE, mp_chart_country_name (country),
                            (int) (width - 3 * pad - FLAG_W * s),
                            x + 2 * pad + FLAG_W * s, y + pad + 4 * s, 0, 0, &style->fg, 1);
      official = country->official_name != NULL ? mp_text_get (country->official_name, NULL) : NULL;
      mp_chart_text_size (style, MP_TEXT_TITLE, mp_chart_country_name (country), 0, &tw, &th);
      if (official != NULL && draw)
        mp_chart_draw_text (cr, style, MP_TEXT_SMALL, official,
                            (int) (width - 3 * pad - FLAG_W * s),
                            x + 2 * pad + FLAG_W * s, y + pad + 6 * s + th, 0, 0, &style->fg, MP_CHART_TEXT_DIM);

      cy = y + pad + 4 * s + MAX (FLAG_H * s, th * 2) + pad;
      caption_w = width * 0.42;
    }

  for (guint i = 0; i < MP_N_FACTS; i++)
    {
      const MpCountryFact *fact = &facts[i];
      g_autofree char *qualifier = mp_country_fact_qualifier (fact);
      g_autofree char *value = NULL;
      MpTextRole role = fact->text != NULL ? MP_TEXT_STRONG : MP_TEXT_SMALL;
      double value_alpha = fact->text != NULL ? 1 : 0.6;
      double caption_h;
      double row_h;

      if (!(mask & (1u << fact->kind)))
        continue;

      /* On paper there is no source to click: the source's own words
       * stand for "see source" (sources are listed below the cards). */
      if (fact->words != NULL)
        value = g_strdup (fact->words);
      else if (qualifier != NULL)
        value = g_strdup_printf ("%s (%s)", fact->text, qualifier);
      else if (fact->text != NULL)
        value = g_strdup (fact->text);
      else if (stacked)
        {
          /* "no data" run in after a caption stays on one line. */
          g_auto(GStrv) words = g_strsplit (_("no data"), " ", -1);

          value = g_strjoinv ("\xc2\xa0", words);  /* U+00A0 NO-BREAK SPACE */
        }
      else
        value = g_strdup (_("no data"));

      /* Values wrap (up to four lines) rather than lose their year or
       * status to an ellipsis. */
      if (stacked)
        {
          /* "Capital Baku": the caption, dim, and the value run in
           * after it; under it when the caption nearly fills the line. */
          double caption_w_px;
          double word_w;
          g_autofree char *first_word = g_strndup (value, strcspn (value, " "));

          mp_chart_text_size (style, MP_TEXT_SMALL, fact->caption, 0, &caption_w_px, &caption_h);
          mp_chart_text_size (style, role, first_word, 0, &word_w, NULL);
          if (caption_w_px + 4 * s + word_w <= inner)
            {
              row_h = MAX (caption_h, run_in_value (cr, style, role, value, (int) inner, caption_w_px + 4 * s,
                                                    x + pad, cy, value_alpha, FALSE));
              if (cy + row_h > y + height - pad)
                break;
              if (draw)
                {
                  mp_chart_draw_text (cr, style, MP_TEXT_SMALL, fact->caption, 0,
                                      x + pad, cy, 0, 0, &style->fg, MP_CHART_TEXT_DIM);
                  run_in_value (cr, style, role, value, (int) inner, caption_w_px + 4 * s,
                                x + pad, cy, value_alpha, TRUE);
                }
            }
          else
            {
              mp_chart_paragraph_size (style, MP_TEXT_SMALL, fact->caption, (int) inner, 2, &tw, &caption_h);
              row_h = caption_h + run_in_value (cr, style, role, value, (int) inner, 0, x + pad,
                                                cy + caption_h, value_alpha, FALSE);
              if (cy + row_h > y + height - pad)
                break;
              if (draw)
                {
                  mp_chart_draw_paragraph (cr, style, MP_TEXT_SMALL, fact->caption, (int) inner, 2,
                                           x + pad, cy, 0, 0, &style->fg, MP_CHART_TEXT_DIM);
                  run_in_value (cr, style, role, value, (int) inner, 0, x + pad, cy + caption_h,
                                value_alpha, TRUE);
                }
            }
        }
      else
        {
          /* The caption wraps before it meets its value ("Development
           * aidUS$49.2 million" on a slide otherwise). */
          int caption_room = (int) (caption_w - pad - 8 * s);

          mp_chart_paragraph_size (style, role, value, (int) (width - caption_w - pad), 4, &tw, &row_h);
          mp_chart_paragraph_size (style, MP_TEXT_SMALL, fact->caption, caption_room, 2, &tw, &caption_h);
          row_h = MAX (row_h, caption_h);
          if (cy + row_h > y + height - pad)
            break;

          if (draw)
            {
              mp_chart_draw_paragraph (cr, style, MP_TEXT_SMALL, fact->caption, caption_room, 2,
                                       x + pad, cy, 0, 0, &style->fg, MP_CHART_TEXT_DIM);
              mp_chart_draw_paragraph (cr, style, role, value, (int) (width - caption_w - pad), 4,
                                       x + caption_w, cy, 0, 0, &style->fg, value_alpha);
            }
        }
      cy += row_h + (stacked ? 5 : 6) * s;
    }

  return cy - y + pad;
}

/* How the cards are laid out: balanced rows of equal columns, each card
 * as tall as the tallest's content, at a zoom. */
typedef struct
{
  guint  cols;
  guint  rows;
  double card_w;   /* at zoom 1 */
  double needed;   /* a card's height, at zoom 1 */
  double zoom;
} Grid;

/* Whether, on narrow cards @card_w wide, every word of every name fits
 * beside the small flag (the cards then all set their name there). */
static gboolean
names_fit_beside (const MpCountry    **countries,
                  guint                n,
                  const MpChartStyle  *style,
                  double               card_w)
{
  double s = style->scale;
  double room = card_w - 2 * STACKED_PAD * s - FLAG_W * s * STACKED_FLAG - 8 * s;

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) words = g_strsplit (mp_chart_country_name (countries[i]), " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          double tw;

          mp_chart_text_size (style, MP_TEXT_TITLE, words[j], 0, &tw, NULL);
          if (tw > room)
            return FALSE;
        }
    }

  return TRUE;
}

/* The height each card needs at @card_w: the tallest one's content. */
static double
cards_needed (cairo_t              *cr,
              const MpCountry     **countries,
              MpCountryFact         facts[][MP_N_FACTS],
              guint                 mask,
              guint                 n,
              const MpChartStyle   *style,
              double                card_w)
{
  gboolean beside = names_fit_beside (countries, n, style, card_w);
  double needed = 0;

  for (guint i = 0; i < n; i++)
    needed = MAX (needed, draw_card (cr, countries[i], facts[i], mask, (int) i, style, 0, 0,
                                     card_w, G_MAXDOUBLE, beside, FALSE));

  return needed;
}

static double
grid_height (const Grid *grid,
             double      gap)
{
  return grid->rows * grid->needed * grid->zoom + gap * (grid->rows - 1);
}

/* Chooses the grid for @n cards in @width by @avail (G_MAXDOUBLE: no
 * limit, zoom 1): the fewest rows, in balanced columns (eight go 4 + 4,
 * not 5 + 3) no narrower than CARD_MIN_W, whose cards fit at zoom 1 or
 * more, zoomed as far as they fit; when none fits, the fewest rows that
 * fit zoomed out, down to ZOOM_MIN; else the least cut. */
static void
choose_grid (cairo_t              *cr,
             const MpCountry     **countries,
             MpCountryFact         facts[][MP_N_FACTS],
             guint                 mask,
             guint                 n,
             const MpChartStyle   *style,
             double                width,
             double                avail,
             Grid                 *grid)
{
  double gap = CARD_GAP * style->scale;
  gboolean found = FALSE;
  Grid best = { 0 };
  double best_overflow = G_MAXDOUBLE;

  for (guint pass = 0; pass < 2 && !found; pass++)
    for (guint cols = n; cols >= 1 && !found; cols--)
      {
        Grid g;

        g.rows = (n + cols - 1) / cols;
        g.cols = cols;
        if ((n + g.rows - 1) / g.rows != cols)
          continue;  /* not balanced: the same rows with fewer columns */
        g.card_w = (width - gap * (cols - 1)) / cols;
        if (g.card_w < CARD_MIN_W * style->scale && cols > 1)
          continue;

        if (avail >= G_MAXDOUBLE)
          {
            g.zoom = 1;
            g.needed = cards_needed (cr, countries, facts, mask, n, style, g.card_w);
            *grid = g;
            return;
          }

        /* First pass: zoom 1 or in; second: zoomed out. */
        for (g.zoom = pass == 0 ? ZOOM_MAX : 0.9; g.zoom >= (pass == 0 ? 1.0 : ZOOM_MIN) - 0.01; g.zoom -= 0.1)
          {
            g.needed = cards_needed (cr, countries, facts, mask, n, style, g.card_w / g.zoom);
            if (grid_height (&g, gap) <= avail)
              {
                best = g;
                found = TRUE;
                break;
              }
          }

        if (!found && pass == 1)
          {
            g.zoom = ZOOM_MIN;
            g.needed = cards_needed (cr, countries, facts, mask, n, style, g.card_w / g.zoom);
            if (grid_height (&g, gap) - avail < best_overflow)
              {
                best_overflow = grid_height (&g, gap) - avail;
                best = g;
              }
          }
      }

  *grid = best;
}

double
mp_cards_measure_height (MpDataset           *dataset,
                         const char * const  *country_ids,
                         const MpChartStyle  *style,
                         guint                facts_shown,
                         double               width)
{
  const MpCountry *countries[MP_MAX_COUNTRIES];
  MpCountryFact facts[MP_MAX_COUNTRIES][MP_N_FACTS];
  cairo_surface_t *surface;
  cairo_t *cr;
  MpChartMetrics metrics;
  Grid grid;
  guint n = 0;

  g_return_val_if_fail (MP_IS_DATASET (dataset), 0);

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n, NULL) || n == 0)
    return 0;

  /* Laid out as mp_cards_render () does, on a scratch surface. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  mp_chart_metrics_init (&metrics, style, width, G_MAXDOUBLE);
  for (guint i = 0; i < n; i++)
    mp_country_facts_compute_compared (dataset, countries[i], country_ids, facts[i]);
  choose_grid (cr, countries, facts, facts_shown, n, style, width - 2 * metrics.pad, G_MAXDOUBLE, &grid);
  for (guint i = 0; i < n; i++)
    mp_country_facts_clear (facts[i]);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return grid_height (&grid, CARD_GAP * style->scale) + 2 * metrics.pad;
}

gboolean
mp_cards_render (cairo_t             *cr,
                 MpDataset           *dataset,
                 const char * const  *country_ids,
                 const MpChartStyle  *style,
                 guint                facts_shown,
                 double               width,
                 double               height,
                 gboolean             with_header,
                 GPtrArray           *source_ids,
                 GError             **error)
{
  const MpCountry *countries[MP_MAX_COUNTRIES];
  MpCountryFact facts[MP_MAX_COUNTRIES][MP_N_FACTS];
  g_autoptr(GPtrArray) own_sources = NULL;
  MpChartMetrics metrics;
  guint n = 0;
  double top;
  double bottom;
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
        if (facts[i][j].source != NULL && facts[i][j].text != NULL && (facts_shown & (1u << facts[i][j].kind)))
          mp_chart_sources_add (source_ids, facts[i][j].source);
    }

  mp_chart_metrics_init (&metrics, style, width, height);
  mp_chart_draw_background (cr, style, width, height);

  top = metrics.pad;
  bottom = height - metrics.pad;
  if (with_header)
    {
      const char *names[MP_MAX_COUNTRIES];
      g_autofree char *list = NULL;

      for (guint i = 0; i < n; i++)
        names[i] = mp_chart_country_name (countries[i]);
      list = mp_chart_join_list (names, n);
      top += mp_chart_draw_header (cr, style, &metrics, _("Key facts"), list,
                                   metrics.pad, top, width - 2 * metrics.pad, TRUE) + metrics.gap;
    }

  gap = CARD_GAP * style->scale;

  if (with_header)
    {
      g_autofree char *text = mp_chart_sources_text (dataset, source_ids);

      /* Every source, as an image has no popover to give the rest. */
      bottom -= mp_chart_draw_footer_lines (cr, style, &metrics, text, metrics.pad, bottom,
                                            width - 2 * metrics.pad, 6, TRUE) + metrics.gap;
    }

  /* Exports are often far larger than the cards' text: the cards zoom
   * (up to ZOOM_MAX) until their content fills the height available;
   * more cards than fit in a row go into balanced rows. */
  {
    Grid grid;
    double avail = bottom - top;
    double card_w;
    double card_h;
    gboolean beside;

    choose_grid (cr, countries, facts, facts_shown, n, style, width - 2 * metrics.pad, avail, &grid);
    card_w = grid.card_w / grid.zoom;
    beside = names_fit_beside (countries, n, style, card_w);
    /* As tall as the tallest card's content, not the whole page. */
    card_h = MIN ((avail - gap * (grid.rows - 1)) / grid.rows / grid.zoom, grid.needed);

    cairo_save (cr);
    cairo_translate (cr, metrics.pad, top);
    cairo_scale (cr, grid.zoom, grid.zoom);
    for (guint i = 0; i < n; i++)
      {
        guint row = i / grid.cols;
        guint col = i % grid.cols;

        draw_card (cr, countries[i], facts[i], facts_shown, (int) i, style,
                   col * (card_w + gap / grid.zoom), row * (card_h + gap / grid.zoom),
                   card_w, card_h, beside, TRUE);
        mp_country_facts_clear (facts[i]);
      }
    cairo_restore (cr);
  }

  return TRUE;
}

guint
mp_cards_facts_for (guint n_countries)
{
  if (n_countries <= FULL_CARDS_MAX)
    return MP_CARDS_ALL_FACTS;

  return MP_CARDS_ALL_FACTS & ~((1u << MP_FACT_CAPITAL) | (1u << MP_FACT_AREA));
}
