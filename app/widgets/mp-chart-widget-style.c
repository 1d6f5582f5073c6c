/* mp-chart-widget-style.c
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

#include "mp-chart-widget-style.h"

static MpColor
color_from_rgba (const GdkRGBA *rgba)
{
  MpColor color = { rgba->red, rgba->green, rgba->blue, rgba->alpha };

  return color;
}

/* GTK 4.10 deprecated looking up the theme's named colours without a
 * replacement (named colours give way to CSS variables, which GTK has no
 * getter for either); the chart keeps following the theme's accent and
 * palette through it until one exists. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static gboolean
lookup_color (GtkWidget  *widget,
              const char *name,
              MpColor    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    return FALSE;

  *color = color_from_rgba (&rgba);
  return TRUE;
}

G_GNUC_END_IGNORE_DEPRECATIONS

static void
get_foreground (GtkWidget *widget,
                MpColor   *color)
{
  GdkRGBA rgba;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &rgba);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &rgba);
#endif
  *color = color_from_rgba (&rgba);
}

/* The widget's text colour and the window's background; returns whether
 * the text is the lighter of the two (a dark style). */
static gboolean
get_colors (GtkWidget *widget,
            MpColor   *fg,
            MpColor   *bg)
{
  static const char * const bg_names[] = { "window_bg_color", "theme_bg_color", "view_bg_color" };
  gboolean have_bg = FALSE;

  get_foreground (widget, fg);
  for (guint i = 0; i < G_N_ELEMENTS (bg_names) && !have_bg; i++)
    have_bg = lookup_color (widget, bg_names[i], bg);
  if (!have_bg || bg->alpha < 0.5)
    {
      /* No usable background colour: assume the opposite of the text. */
      gboolean light_text = mp_color_luminance (fg) > 0.5;

      mp_color_parse (light_text ? "#242424" : "#ffffff", bg);
    }

  return mp_color_luminance (fg) > mp_color_luminance (bg);
}

gboolean
mp_widget_style_is_dark (GtkWidget *widget)
{
  MpColor fg;
  MpColor bg;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  return get_colors (widget, &fg, &bg);
}

void
mp_chart_style_update_from_widget (MpChartStyle *style,
                                   GtkWidget    *widget)
{
  MpColor fg;
  MpColor bg;
  MpColor countries[MP_MAX_COUNTRIES];
  gboolean dark;
  PangoContext *pango;

  g_return_if_fail (style != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  dark = get_colors (widget, &fg, &bg);
  mp_chart_palette_get (dark, countries);
  for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
    {
      char name[32];

      g_snprintf (name, sizeof name, dark ? "mp_country_%u_dark" : "mp_country_%u", i + 1);
      if (!lookup_color (widget, name, &countries[i]) && dark)
        {
          /* No dark variant defined: lighten the light one. */
          MpColor light;
          MpColor white = { 1, 1, 1, 1 };

          g_snprintf (name, sizeof name, "mp_country_%u", i + 1);
          if (lookup_color (widget, name, &light))
            countries[i] = mp_color_mix (&light, &white, 0.3);
        }
    }

  style->paint_background = FALSE;
  mp_chart_style_set_colors (style, &fg, &bg, countries);

  pango = gtk_widget_get_pango_context (widget);
  mp_chart_style_set_font (style, pango_context_get_font_description (pango),
                           pango_cairo_context_get_resolution (pango));
  mp_chart_style_set_ui_font_options (style, pango_cairo_context_get_font_options (pango));
}
