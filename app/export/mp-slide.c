/* mp-slide.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "mp-cards-renderer.h"
#include "mp-chart-common.h"
#include "mp-chart-draw.h"
#include "mp-chart.h"
#include "mp-citation.h"
#include "mp-slide.h"

/* Text sizes as shares of the slide's height: the presenter's size 1.0
 * gives a sixtieth (18 px on a 1080-line projector), 2.5 a twenty-fourth;
 * fitting a chart never goes below a seventy-second, nor below a size a
 * class can read from the back at any resolution. */
#define TEXT_PER_SIZE   (1.0 / 60.0)
#define TEXT_LEAST      (1.0 / 72.0)
#define TEXT_LEAST_PX   11.0
#define CAPTION_ZOOM    1.45
#define FOOTER_ZOOM     0.75

double
mp_slide_text_px (double height,
                  double size)
{
  double text_px = height * TEXT_PER_SIZE * CLAMP (isfinite (size) ? size : 1.5, 1.0, 2.5);

  return MAX (text_px, MAX (TEXT_LEAST_PX, height * TEXT_LEAST));
}

static gboolean
is_sources_step (const MpLessonStep *step)
{
  return step != NULL && g_strcmp0 (step->view, "sources") == 0;
}

static gboolean
lesson_shows_sources (MpLesson *lesson)
{
  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    if (is_sources_step (mp_lesson_get_step (lesson, i)))
      return TRUE;

  return FALSE;
}

guint
mp_slides_get_n (MpLesson    *lesson,
                 MpSlidesFor  purpose)
{
  guint n;

  g_return_val_if_fail (MP_IS_LESSON (lesson), 0);

  n = mp_lesson_get_n_steps (lesson);
  if (purpose == MP_SLIDES_SCREEN)
    return n + 1;

  return lesson_shows_sources (lesson) ? n : n + 1;
}

const MpLessonStep *
mp_slides_get_step (MpLesson *lesson,
                    guint     index)
{
  g_return_val_if_fail (MP_IS_LESSON (lesson), NULL);

  return index < mp_lesson_get_n_steps (lesson) ? mp_lesson_get_step (lesson, index) : NULL;
}

const char *
mp_slides_get_caption (MpLesson    *lesson,
                       guint        index,
                       MpSlidesFor  purpose)
{
  const MpLessonStep *step;
  const char *caption = NULL;

  g_return_val_if_fail (MP_IS_LESSON (lesson), NULL);

  step = mp_slides_get_step (lesson, index);
  if (step == NULL && purpose == MP_SLIDES_SCREEN)
    return _("End of lesson");

  if (step != NULL && step->caption != NULL)
    caption = mp_text_get (step->caption, NULL);
  /* A caption emptied in the editor is none. */
  if (caption != NULL && *caption != '\0')
    return caption;
  if (step == NULL || is_sources_step (step))
    /* Translators: the title of the slide that lists a lesson's sources */
    return _("Sources");

  return mp_lesson_get_title (lesson);
}

/* Draws @text at (@x, @y) in @width, wrapped onto at most @max_lines
 * lines; returns its height.  With @cr NULL, only measures. */
static double
draw_text (cairo_t            *cr,
           const MpChartStyle *style,
           const char         *text,
           double              px,
           gboolean            bold,
           double              x,
           double              y,
           double              width,
           int                 max_lines,
           PangoAlignment      alignment,
           double              alpha)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (style->font);
  g_autoptr(PangoLayout) layout = NULL;
  cairo_surface_t *scratch = NULL;
  cairo_t *measure = cr;
  int w, h;

  if (measure == NULL)
    {
      scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
      measure = cairo_create (scratch);
    }

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  layout = pango_cairo_create_layout (measure);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX (1, max_lines));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  if (cr != NULL)
    {
      cairo_save (cr);
      mp_color_set_source (cr, &style->fg, alpha);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  else
    {
      cairo_destroy (measure);
      cairo_surface_destroy (scratch);
    }

  return h;
}

/* What a step's options say in words, or NULL: the slide shows no
 * toggle. */
static char *
step_options_text (MpDataset          *dataset,
                   const MpLessonStep *step)
{
  const char *id;
  const MpIndicator *indicator;

  if (step == NULL)
    return NULL;
  if (g_strcmp0 (step->view, "memberships:shared") == 0)
    /* Translators: said on a slide of the memberships timeline filtered to shared ones */
    return g_strdup (_("Only the organizations all of these countries are members of"));
  if (g_strcmp0 (step->view, "memberships:unique") == 0)
    /* Translators: said on a slide of the memberships timeline filtered to unique ones */
    return g_strdup (_("Only the organizations just one of these countries belongs to"));
  if (!step->log_scale || !g_str_has_prefix (step->view, "indicator:"))
    return NULL;

  id = step->view + strlen ("indicator:");
  indicator = mp_dataset_lookup_indicator (dataset, id);
  /* Translators: said on a slide under its caption, %s is an indicator
   * such as "GDP (current US$)" */
  return g_strdup_printf (_("%s, logarithmic scale"),
                          indicator != NULL && indicator->name != NULL ? mp_text_get (indicator->name, NULL) : id);
}

/* The chart of a step, with its options. */
static MpChart *
step_chart (MpDataset           *dataset,
            const MpLessonStep  *step,
            GError             **error)
{
  MpChartOptions options = { 0 };
  g_auto(GStrv) countries = mp_lesson_step_countries_in (step, dataset, TRUE);

  options.log_scale = step->log_scale;

  return mp_chart_new (dataset, (const char * const *) countries, step->view, &options, error);
}

/* Draws @chart at @zoom in the rectangle; returns the vertical extent of
 * its plot (between the axes, or its rows) in slide pixels through @top,
 * @bottom. */
static void
render_chart_at (const MpChart      *chart,
                 cairo_t            *cr,
                 const MpChartStyle *style,
                 double              x,
                 double              y,
                 double              width,
                 double              height,
                 double              zoom,
                 double             *top,
                 double             *bottom)
{
  MpHitMap *hits = mp_hit_map_new ();
  double lo = G_MAXDOUBLE;
  double hi = -G_MAXDOUBLE;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, zoom, zoom);
  mp_chart_render (chart, cr, style, width / zoom, height / zoom, hits);
  cairo_restore (cr);

  if (mp_hit_map_get_plot (hits, NULL, &lo, NULL, &hi))
    hi += lo;
  *top = lo <= hi ? y + lo * zoom : 0;
  *bottom = lo <= hi ? y + hi * zoom : 0;
  mp_hit_map_free (hits);
}

/* Whether all of @chart's rows show in @width × @height with its text
 * at @text_px. */
static gboolean
chart_fits (const MpChart      *chart,
            const MpChartStyle *style,
            double              width,
            double              height,
            double              text_px)
{
  double zoom = text_px / mp_chart_style_get_font_px (style);

  return mp_chart_get_least_height (chart, style, width / zoom) * zoom <= height;
}

/* A step's chart in the rectangle, its text at @text_px, or smaller,
 * down to @least_px, where that shows all its rows (a slide has no table
 * to hold the rest); where even @least_px does not, at @text_px. */
static gboolean
render_chart (cairo_t            *cr,
              const MpChartStyle *style,
              MpDataset          *dataset,
              const MpLessonStep *step,
              double              x,
              double              y,
              double              width,
              double              height,
              double              text_px,
              double              least_px,
              MpSlideLayout      *layout,
              GError            **error)
{
  g_autoptr(MpChart) chart = step_chart (dataset, step, error);

  if (chart == NULL)
    return FALSE;

  if (text_px > least_px && chart_fits (chart, style, width, height, least_px))
    while (!chart_fits (chart, style, width, height, text_px))
      text_px = MAX (least_px, text_px * 0.95);

  render_chart_at (chart, cr, style, x, y, width, height, text_px / mp_chart_style_get_font_px (style),
                   &layout->plot_top, &layout->plot_bottom);
  layout->text_px = text_px;

  return TRUE;
}

/* The cards as large as the slide holds: from the text size asked for,
 * up to two and a half times it, the largest at which they still fit. */
static gboolean
render_cards (cairo_t            *cr,
              const MpChartStyle *style,
              MpDataset          *dataset,
              const MpLessonStep *step,
              double              x,
              double              y,
              double              width,
              double              height,
              double              zoom,
              MpSlideLayout      *layout,
              GError            **error)
{
  /* Below the slide's text size only when every fact would not fit at
   * it (eight cards on a 1024x768 screen). */
  double lo = zoom * 0.6;
  double hi = zoom * 2.5;
  gboolean ok;

  g_auto(GStrv) known = mp_lesson_step_countries_in (step, dataset, TRUE);
  const char * const *ids = (const char * const *) known;
  guint facts = mp_cards_facts_for (g_strv_length (known));

  /* Every fact shown: the cards' height at a zoom is what they need at
   * the width that zoom leaves them. */
  if (mp_cards_measure_height (dataset, ids, style, facts, width / hi) * hi <= height)
    lo = hi;
  for (guint i = 0; i < 10 && hi - lo > zoom * 0.02; i++)
    {
      double mid = (lo + hi) / 2;

      if (mp_cards_measure_height (dataset, ids, style, facts, width / mid) * mid <= height)
        lo = mid;
      else
        hi = mid;
    }

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, lo, lo);
  ok = mp_cards_render (cr, dataset, ids, style, facts, width / lo, height / lo, FALSE, NULL, error);
  cairo_restore (cr);
  layout->text_px = lo * mp_chart_style_get_font_px (style);

  return ok;
}

/* Every source the lesson's steps show, in order of first use. */
static GPtrArray *
lesson_sources (MpDataset *dataset,
                MpLesson  *lesson)
{
  GPtrArray *source_ids = g_ptr_array_new ();
  MpChartStyle style;

  mp_chart_style_init_default (&style);
  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    {
      const MpLessonStep *step = mp_lesson_get_step (lesson, i);

      if (is_sources_step (step))
        continue;

      if (g_strcmp0 (step->view, "cards") == 0)
        {
          /* The cards say which sources their figures come from. */
          cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
          cairo_t *cr = cairo_create (surface);

          g_auto(GStrv) known = mp_lesson_step_countries_in (step, dataset, TRUE);

          mp_cards_render (cr, dataset, (const char * const *) known, &style,
                           mp_cards_facts_for (g_strv_length (known)), 1600, 900, FALSE, source_ids, NULL);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
      else
        {
          g_autoptr(MpChart) chart = step_chart (dataset, step, NULL);
          MpChartTable *table = chart != NULL ? mp_chart_get_table (chart) : NULL;

          for (guint j = 0; table != NULL && j < mp_chart_table_get_n_rows (table); j++)
            {
              const MpChartTableRow *row = mp_chart_table_get_row (table, j);

              /* A years × countries table has a source a cell. */
              mp_chart_sources_add (source_ids, row->source_id);
              for (guint c = 0; c < table->n_columns; c++)
                mp_chart_sources_add (source_ids, row->source_ids[c]);
            }
        }
    }
  mp_chart_style_clear (&style);

  return source_ids;
}

/* Places @citations in @columns columns @height high at @px, the last
 * column @reserve shorter, as many as fit, in order; draws them at @x, @y
 * unless @cr is NULL.  Returns how many fit; *@end_x and *@end_y (when not
 * NULL) are where a line after the last one goes. */
static guint
place_sources (cairo_t            *cr,
               const MpChartStyle *style,
               GPtrArray          *citations,
               double              px,
               guint               columns,
               double              column_width,
               double              gap,
               double              x,
               double              y,
               double              height,
               double              reserve,
               double             *end_x,
               double             *end_y)
{
  double cy = 0;
  guint column = 0;
  guint shown = 0;

  for (guint i = 0; i < citations->len; i++)
    {
      const char *citation = g_ptr_array_index (citations, i);
      double h = draw_text (NULL, style, citation, px, FALSE, 0, 0, column_width, 6, PANGO_ALIGN_LEFT, 1);
      double room = column + 1 == columns ? height - reserve : height;

      if (cy + h > room && column + 1 < columns)
        {
          column++;
          cy = 0;
          room = column + 1 == columns ? height - reserve : height;
        }
      if (cy + h > room)
        break;
      if (cr != NULL)
        draw_text (cr, style, citation, px, FALSE, x + column * (column_width + gap), y + cy,
                   column_width, 6, PANGO_ALIGN_LEFT, 1);
      cy += h + px * 0.6;
      shown++;
    }

  if (end_x != NULL)
    *end_x = x + column * (column_width + gap);
  if (end_y != NULL)
    *end_y = y + cy;

  return shown;
}

/* The last line of a sources slide that could not list @n of them. */
static char *
more_sources_text (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "And %u more source: all are in the handout (Export, Handout)",
                                       "And %u more sources: all are in the handout (Export, Handout)",
                                       n),
                          n);
}

/* The sources, as citations in one or two columns, text as large as
 * lets them all fit; when even the least size does not, a last line
 * says how many more there are, and where they all are. */
static void
render_sources (cairo_t            *cr,
                const MpChartStyle *style,
                MpDataset          *dataset,
                MpLesson           *lesson,
                double              x,
                double              y,
                double              width,
                double              height,
                double              text_px,
                double              least_px,
                MpSlideLayout      *layout)
{
  g_autoptr(GPtrArray) source_ids = lesson_sources (dataset, lesson);
  g_autoptr(GPtrArray) citations = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *more = NULL;
  guint columns = width > 1.2 * height ? 2 : 1;
  double gap = text_px * 1.5;
  double column_width;
  double px = text_px;
  double reserve = 0;
  double end_x, end_y;
  guint shown = 0;

  for (guint i = 0; i < source_ids->len; i++)
    {
      const MpSource *source = mp_dataset_lookup_source (dataset, g_ptr_array_index (source_ids, i));

      if (source != NULL)
        g_ptr_array_add (citations, mp_citation_format (source));
    }

  column_width = (width - (columns - 1) * gap) / columns;

  /* The largest size at which every citation fits, no smaller than the
   * least one. */
  for (;; px = MAX (least_px, px * 0.9))
    {
      shown = place_sources (NULL, style, citations, px, columns, column_width, gap, x, y, height, 0, NULL, NULL);
      if (shown == citations->len || px <= least_px)
        break;
    }

  if (shown < citations->len)
    {
      /* Room for the line saying so, sized for the most it could say. */
      g_autofree char *widest = more_sources_text (citations->len);

      reserve = draw_text (NULL, style, widest, px, TRUE, 0, 0, column_width, 2, PANGO_ALIGN_LEFT, 1) + px * 0.6;
      shown = place_sources (NULL, style, citations, px, columns, column_width, gap, x, y, height, reserve,
                             NULL, NULL);
      more = more_sources_text (citations->len - shown);
    }

  place_sources (cr, style, citations, px, columns, column_width, gap, x, y, height, reserve, &end_x, &end_y);
  if (more != NULL)
    draw_text (cr, style, more, px, TRUE, end_x, end_y, column_width, 2, PANGO_ALIGN_LEFT, 1);

  layout->text_px = px;
  layout->n_sources = shown;
}

/* The slide with its text at @text_px. */
static gboolean
draw_slide (const MpSlideRequest  *request,
            const MpChartStyle    *style,
            cairo_t               *cr,
            double                 width,
            double                 height,
            double                 text_px,
            double                 least_px,
            MpSlideLayout         *layout,
            GError               **error)
{
  const MpLessonStep *step;
  const char *title;
  const char *caption;
  g_autofree char *options = NULL;
  g_autofree char *counter = NULL;
  double caption_px, footer_px;
  double margin, x, y, inner, bottom;
  guint n;
  gboolean ok = TRUE;

  memset (layout, 0, sizeof *layout);

  n = mp_slides_get_n (request->lesson, request->purpose);
  step = mp_slides_get_step (request->lesson, request->index);
  title = mp_lesson_get_title (request->lesson);

  caption_px = text_px * CAPTION_ZOOM;
  footer_px = MAX (least_px * 0.8, text_px * FOOTER_ZOOM);
  margin = MAX (height * 0.04, text_px);
  x = margin;
  inner = width - 2 * margin;
  layout->text_px = text_px;

  cairo_save (cr);
  /* The slide's own rectangle, not the whole surface: drawn on a
   * recording surface, its ink is the slide. */
  mp_color_set_source (cr, &style->bg, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* The end of the lesson (screen only). */
  if (request->index >= mp_lesson_get_n_steps (request->lesson) && request->purpose == MP_SLIDES_SCREEN)
    {
      const char *end = mp_slides_get_caption (request->lesson, request->index, request->purpose);
      double h = draw_text (NULL, style, end, caption_px * 1.4, TRUE, 0, 0, inner, 2, PANGO_ALIGN_CENTER, 1);

      y = height / 2 - h;
      draw_text (cr, style, end, caption_px * 1.4, TRUE, x, y, inner, 2, PANGO_ALIGN_CENTER, 1);
      draw_text (cr, style, title, text_px, FALSE, x, y + h + text_px, inner, 2, PANGO_ALIGN_CENTER, 0.7);
      draw_text (cr, style, _("Press Esc to leave the presentation"), footer_px, FALSE,
                 x, height - margin - footer_px * 1.4, inner, 1, PANGO_ALIGN_CENTER, 0.6);
      cairo_restore (cr);
      return TRUE;
    }

  caption = mp_slides_get_caption (request->lesson, request->index, request->purpose);

  y = margin;
  y += draw_text (cr, style, caption, caption_px, TRUE, x, y, inner, 2, PANGO_ALIGN_LEFT, 1);
  options = step_options_text (request->dataset, step);
  if (options != NULL)
    y += draw_text (cr, style, options, text_px, FALSE, x, y + text_px * 0.2, inner, 1, PANGO_ALIGN_LEFT, 0.7)
         + text_px * 0.2;
  y += text_px * 0.8;

  /* Footer: the lesson and where we are in it (on screen, among the
   * steps: the end slide is not one). */
  /* Translators: the number of a slide, "3 / 7" */
  counter = g_strdup_printf (_("%u / %u"), request->index + 1,
                             request->purpose == MP_SLIDES_SCREEN ? mp_lesson_get_n_steps (request->lesson) : n);
  bottom = height - margin - footer_px * 1.3;
  draw_text (cr, style, counter, footer_px, FALSE, x, bottom, inner, 1, PANGO_ALIGN_RIGHT, 0.6);
  draw_text (cr, style, title, footer_px, FALSE, x, bottom, inner * 0.75, 1, PANGO_ALIGN_LEFT, 0.6);
  bottom -= text_px * 0.6;

  if (step != NULL && !is_sources_step (step))
    {
      g_auto(GStrv) known = mp_lesson_step_countries_in (step, request->dataset, TRUE);

      layout->n_countries = g_strv_length (known);
    }

  if (step == NULL || is_sources_step (step))
    render_sources (cr, style, request->dataset, request->lesson, x, y, inner, bottom - y,
                    text_px, least_px, layout);
  else if (layout->n_countries == 0)
    draw_text (cr, style, _("None of this step’s countries is in the dataset"), text_px, FALSE,
               x, (y + bottom) / 2 - text_px, inner, 2, PANGO_ALIGN_CENTER, 0.7);
  else if (g_strcmp0 (step->view, "cards") == 0)
    ok = render_cards (cr, style, request->dataset, step, x, y, inner, bottom - y,
                       text_px / mp_chart_style_get_font_px (style), layout, error);
  else
    ok = render_chart (cr, style, request->dataset, step, x, y, inner, bottom - y,
                       text_px, least_px, layout, error);

  cairo_restore (cr);

  return ok;
}

gboolean
mp_slide_render (const MpSlideRequest  *request,
                 cairo_t               *cr,
                 double                 width,
                 double                 height,
                 MpSlideLayout         *layout,
                 GError               **error)
{
  const MpLessonStep *step;
  MpSlideLayout unused;
  MpChartStyle light;
  const MpChartStyle *style = request->style;
  double text_px, least_px;
  gboolean chart;
  gboolean ok;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (MP_IS_DATASET (request->dataset), FALSE);
  g_return_val_if_fail (MP_IS_LESSON (request->lesson), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  if (layout == NULL)
    layout = &unused;
  if (style == NULL)
    {
      mp_chart_style_init_default (&light);
      style = &light;
    }

  text_px = mp_slide_text_px (height, request->size);
  least_px = MAX (TEXT_LEAST_PX, height * TEXT_LEAST);

  /* Text and plot grow together: the size asked for, as far as a chart
   * keeps its share of the slide (measured on a recording surface). */
  step = mp_slides_get_step (request->lesson, request->index);
  chart = step != NULL && !is_sources_step (step) && g_strcmp0 (step->view, "cards") != 0;
  while (chart && text_px > least_px)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *scratch = cairo_create (surface);
      gboolean fits;

      ok = draw_slide (request, style, scratch, width, height, text_px, least_px, layout, NULL);
      fits = !ok || layout->plot_bottom - layout->plot_top >= MP_SLIDE_PLOT_SHARE * height;
      cairo_destroy (scratch);
      cairo_surface_destroy (surface);
      if (fits)
        break;
      text_px = MAX (least_px, text_px * 0.9);
    }

  ok = draw_slide (request, style, cr, width, height, text_px, least_px, layout, error);
  if (style == &light)
    mp_chart_style_clear (&light);

  return ok;
}
