/* test-text-context.c
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

#include <pango/pangocairo.h>

#include "mp-text-context.h"

/* The scaled font a layout's first run was shaped and measured with. */
static cairo_scaled_font_t *
layout_scaled_font (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  PangoGlyphItem *run = line->runs->data;

  return pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
}

/* The scaled font cairo draws with when that font is set on a context
 * drawing to an image surface (as the renderer does). */
static cairo_scaled_font_t *
drawn_scaled_font (cairo_t             *cr,
                   cairo_scaled_font_t *measured)
{
  cairo_set_scaled_font (cr, measured);
  return cairo_get_scaled_font (cr);
}

static PangoLayout *
new_layout (PangoContext *context)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Population 10.2 million", -1);
  pango_font_description_free (font);

  return layout;
}

/* Text laid out with a prepared context is drawn on an image surface with
 * the very font it was measured with: one glyph cache, not two. */
static void
test_prepared_context_draws_with_its_font (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoLayout *layout;
  cairo_scaled_font_t *measured;

  /* As GTK sets a widget's options: unhinted metrics, grey antialiasing. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);

  mp_text_context_prepare (context);
  layout = new_layout (context);
  measured = layout_scaled_font (layout);

  g_assert_nonnull (measured);
  g_assert_true (drawn_scaled_font (cr, measured) == measured);

  /* The options set on the context still rule where they say something. */
  {
    cairo_font_options_t *font_options = cairo_font_options_create ();

    cairo_scaled_font_get_font_options (measured, font_options);
    g_assert_cmpint (cairo_font_options_get_hint_metrics (font_options), ==, CAIRO_HINT_METRICS_OFF);
    g_assert_cmpint (cairo_font_options_get_antialias (font_options), ==, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_destroy (font_options);
  }

  g_object_unref (layout);
  cairo_font_options_destroy (options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

/* Preparing twice changes nothing the second time (the context's serial
 * stays, so layouts made from it stay valid). */
static void
test_prepare_is_done_once (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  guint serial;

  mp_text_context_prepare (context);
  serial = pango_context_get_serial (context);
  mp_text_context_prepare (context);
  g_assert_cmpuint (pango_context_get_serial (context), ==, serial);

  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-context/prepared-context-draws-with-its-font", test_prepared_context_draws_with_its_font);
  g_test_add_func ("/text-context/prepare-is-done-once", test_prepare_is_done_once);

  return g_test_run ();
}
