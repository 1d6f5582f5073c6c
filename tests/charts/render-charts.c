/* render-charts.c
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

#include <cairo.h>
#include <locale.h>

#include "mp-chart.h"
#include "mp-chart-draw.h"
#include "mp-dataset-loader.h"

/* Renders every chart to PNG for looking at them: light and dark, two
 * and four countries, large and small.  Not a test: run it by hand.
 *
 *   render-charts OUT-DIR [DATASET.json] [COUNTRY,COUNTRY…]
 */

static void
render (MpDataset          *dataset,
        const char * const *countries,
        const char         *chart,
        gboolean            dark,
        int                 width,
        int                 height,
        double              scale,
        const char         *path)
{
  g_autoptr(GError) error = NULL;
  MpChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (dark)
    mp_chart_style_init_dark (&style);
  else
    mp_chart_style_init_default (&style);
  mp_chart_style_set_scale (&style, scale);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  if (!mp_chart_render_by_name (cr, dataset, countries, chart, &style, width, height, &error))
    g_printerr ("%s: %s\n", chart, error->message);
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  mp_chart_style_clear (&style);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_auto(GStrv) two = NULL;
  const char *four[] = { "AZ", "KZ", "TR", "UZ", NULL };
  const char *charts[] = { "aid", "contributions", "memberships", "indicator:population",
                           "indicator:gdp-per-capita", NULL };
  const char *out;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      g_printerr ("usage: %s OUT-DIR [DATASET.json] [AZ,KZ]\n", argv[0]);
      return 2;
    }
  out = argv[1];

  loader = mp_dataset_loader_new ();
  if (argc > 2 && argv[2][0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);
      mp_dataset_loader_add_file (loader, file);
    }
  else
    mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  if (dataset == NULL)
    {
      g_printerr ("cannot load the dataset\n");
      return 1;
    }
  two = g_strsplit (argc > 3 ? argv[3] : "AZ,KZ", ",", -1);

  /* The keyboard focus callout and the hover ring, as the widget draws them. */
  {
    g_autoptr(MpChart) chart = mp_chart_new (dataset, (const char * const *) two, "aid", NULL, NULL);
    g_autoptr(MpHitMap) hits = mp_hit_map_new ();
    g_autofree char *path = g_strdup_printf ("%s/focus-light-2-800.png", out);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
    cairo_t *cr = cairo_create (surface);
    MpChartStyle style;

    mp_chart_style_init_default (&style);
    if (chart != NULL)
      {
        mp_chart_render (chart, cr, &style, 800, 450, hits);
        if (mp_hit_map_get_n (hits) > 12)
          {
            mp_chart_draw_hover (cr, &style, mp_hit_map_get (hits, 9));
            mp_chart_draw_focus (cr, &style, mp_hit_map_get (hits, 12), 800, 450);
          }
      }
    cairo_destroy (cr);
    cairo_surface_write_to_png (surface, path);
    cairo_surface_destroy (surface);
    mp_chart_style_clear (&style);
  }

  for (guint i = 0; charts[i] != NULL; i++)
    for (guint d = 0; d < 2; d++)
      {
        g_autofree char *name = g_strdelimit (g_strdup (charts[i]), ":", '-');
        g_autofree char *large = g_strdup_printf ("%s/%s-%s-2-1600.png", out, name, d ? "dark" : "light");
        g_autofree char *small = g_strdup_printf ("%s/%s-%s-2-400.png", out, name, d ? "dark" : "light");
        g_autofree char *large4 = g_strdup_printf ("%s/%s-%s-4-1600.png", out, name, d ? "dark" : "light");
        g_autofree char *small4 = g_strdup_printf ("%s/%s-%s-4-400.png", out, name, d ? "dark" : "light");
        g_autofree char *tiny = g_strdup_printf ("%s/%s-%s-2-360.png", out, name, d ? "dark" : "light");
        g_autofree char *present = g_strdup_printf ("%s/%s-%s-2-present.png", out, name, d ? "dark" : "light");

        render (dataset, (const char * const *) two, charts[i], d, 1600, 900, 1.0, large);
        render (dataset, (const char * const *) two, charts[i], d, 400, 300, 1.0, small);
        render (dataset, four, charts[i], d, 1600, 900, 1.0, large4);
        render (dataset, four, charts[i], d, 400, 300, 1.0, small4);
        render (dataset, (const char * const *) two, charts[i], d, 360, 240, 1.0, tiny);
        render (dataset, (const char * const *) two, charts[i], d, 1920, 1080, 2.0, present);
      }

  return 0;
}
