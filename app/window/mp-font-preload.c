/* mp-font-preload.c
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

/* For SCHED_IDLE. */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#ifdef __linux__
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "mp-font-preload.h"
#include "mp-text-context.h"

/* The window's first frame sets its text in three fonts: the body font
 * (captions, pickers, buttons), the body font in bold (figures, by
 * style.css, and the header bar's title) and the card titles (the
 * theme's .title-2: 15 pt, weight 800).  tests/test-font-preload.c
 * checks these are the fonts the window's labels ask for. */
static const struct
{
  PangoWeight weight;
  double      points;  /* 0: the body font's size */
} preload_fonts[] = {
  { PANGO_WEIGHT_NORMAL, 0 },
  { PANGO_WEIGHT_BOLD, 0 },
  { PANGO_WEIGHT_ULTRABOLD, 15 },
};

#define LATIN_LETTERS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

typedef struct
{
  cairo_font_options_t *options;
  double                resolution;
  GPtrArray            *fonts;
  char                 *sample;
} Job;

static GThread *preload_thread;
#ifdef SCHED_IDLE
static GMutex preload_lock;
static int preload_tid;          /* the worker's, while it runs idle */
static gboolean preload_waited;  /* the main thread waits for it */
#endif

/* @value holds the display's setting @name, of @type, or is unset
 * (0, FALSE, NULL) and FALSE is returned when the display has none. */
static gboolean
lookup_setting (GdkDisplay *display,
                const char *name,
                GType       type,
                GValue     *value)
{
  g_value_init (value, type);

  return gdk_display_get_setting (display, name, value);
}

cairo_font_options_t *
mp_font_preload_options_for_settings (int         antialias,
                                      int         hinting,
                                      const char *hint_style,
                                      const char *rgba,
                                      gboolean    hint_metrics)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_hint_style_t style = CAIRO_HINT_STYLE_DEFAULT;
  cairo_subpixel_order_t order = CAIRO_SUBPIXEL_ORDER_DEFAULT;
  cairo_antialias_t mode = CAIRO_ANTIALIAS_DEFAULT;

  cairo_font_options_set_hint_metrics (options, hint_metrics ? CAIRO_HINT_METRICS_ON
                                                             : CAIRO_HINT_METRICS_OFF);

  if (hinting == 0)
    style = CAIRO_HINT_STYLE_NONE;
  else if (hinting == 1 && g_strcmp0 (hint_style, "hintnone") == 0)
    style = CAIRO_HINT_STYLE_NONE;
  else if (hinting == 1 && g_strcmp0 (hint_style, "hintslight") == 0)
    style = CAIRO_HINT_STYLE_SLIGHT;
  else if (hinting == 1 && g_strcmp0 (hint_style, "hintmedium") == 0)
    style = CAIRO_HINT_STYLE_MEDIUM;
  else if (hinting == 1 && g_strcmp0 (hint_style, "hintfull") == 0)
    style = CAIRO_HINT_STYLE_FULL;
  cairo_font_options_set_hint_style (options, style);

  if (g_strcmp0 (rgba, "rgb") == 0)
    order = CAIRO_SUBPIXEL_ORDER_RGB;
  else if (g_strcmp0 (rgba, "bgr") == 0)
    order = CAIRO_SUBPIXEL_ORDER_BGR;
  else if (g_strcmp0 (rgba, "vrgb") == 0)
    order = CAIRO_SUBPIXEL_ORDER_VRGB;
  else if (g_strcmp0 (rgba, "vbgr") == 0)
    order = CAIRO_SUBPIXEL_ORDER_VBGR;
  cairo_font_options_set_subpixel_order (options, order);

  if (antialias == 0)
    mode = CAIRO_ANTIALIAS_NONE;
  else if (antialias == 1)
    mode = order != CAIRO_SUBPIXEL_ORDER_DEFAULT ? CAIRO_ANTIALIAS_SUBPIXEL : CAIRO_ANTIALIAS_GRAY;
  cairo_font_options_set_antialias (options, mode);

  return options;
}

cairo_font_options_t *
mp_font_preload_get_font_options (GdkDisplay *display)
{
  g_auto(GValue) antialias = G_VALUE_INIT;
  g_auto(GValue) hinting = G_VALUE_INIT;
  g_auto(GValue) hint_style = G_VALUE_INIT;
  g_auto(GValue) rgba = G_VALUE_INIT;
  g_auto(GValue) hint_metrics = G_VALUE_INIT;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  return mp_font_preload_options_for_settings (
    lookup_setting (display, "gtk-xft-antialias", G_TYPE_INT, &antialias)
      ? g_value_get_int (&antialias) : -1,
    lookup_setting (display, "gtk-xft-hinting", G_TYPE_INT, &hinting)
      ? g_value_get_int (&hinting) : -1,
    lookup_setting (display, "gtk-xft-hintstyle", G_TYPE_STRING, &hint_style)
      ? g_value_get_string (&hint_style) : NULL,
    lookup_setting (display, "gtk-xft-rgba", G_TYPE_STRING, &rgba)
      ? g_value_get_string (&rgba) : NULL,
    lookup_setting (display, "gtk-hint-font-metrics", G_TYPE_BOOLEAN, &hint_metrics)
      && g_value_get_boolean (&hint_metrics));
}

double
mp_font_preload_get_resolution (GdkDisplay *display)
{
  g_auto(GValue) dpi = G_VALUE_INIT;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), 96.0);

  /* GTK's CSS: -gtk-dpi is gtk-xft-dpi (in 1024ths) when set. */
  if (lookup_setting (display, "gtk-xft-dpi", G_TYPE_INT, &dpi) && g_value_get_int (&dpi) > 0)
    return g_value_get_int (&dpi) / 1024.0;

  return 96.0;
}

GPtrArray *
mp_font_preload_get_fonts (GdkDisplay *display)
{
  g_auto(GValue) name = G_VALUE_INIT;
  PangoFontDescription *body;
  GPtrArray *fonts;
  double resolution;
  double body_pixels;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  /* GtkSettings: the family and size of gtk-font-name, or Sans 10. */
  if (lookup_setting (display, "gtk-font-name", G_TYPE_STRING, &name) &&
      g_value_get_string (&name) != NULL)
    body = pango_font_description_from_string (g_value_get_string (&name));
  else
    body = pango_font_description_from_string ("Sans 10");
  resolution = mp_font_preload_get_resolution (display);
  if ((pango_font_description_get_set_fields (body) & PANGO_FONT_MASK_SIZE) == 0)
    body_pixels = 10 * resolution / 72.0;
  else if (pango_font_description_get_size_is_absolute (body))
    body_pixels = pango_font_description_get_size (body) / (double) PANGO_SCALE;
  else
    body_pixels = pango_font_description_get_size (body) / (double) PANGO_SCALE * resolution / 72.0;

  fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_font_description_free);
  for (guint i = 0; i < G_N_ELEMENTS (preload_fonts); i++)
    {
      PangoFontDescription *font = pango_font_description_new ();
      double pixels = preload_fonts[i].points > 0 ? preload_fonts[i].points * resolution / 72.0
                                                  : body_pixels;

      /* The fields GTK's CSS sets, as it sets them. */
      pango_font_description_set_family (font, (pango_font_description_get_set_fields (body) &
                                                PANGO_FONT_MASK_FAMILY) != 0
                                                 ? pango_font_description_get_family (body)
                                                 : "Sans");
      pango_font_description_set_absolute_size (font, round (pixels * PANGO_SCALE));
      pango_font_description_set_style (font, PANGO_STYLE_NORMAL);
      pango_font_description_set_weight (font, preload_fonts[i].weight);
      pango_font_description_set_stretch (font, PANGO_STRETCH_NORMAL);
      g_ptr_array_add (fonts, font);
    }
  pango_font_description_free (body);

  return fonts;
}

static void
job_free (Job *job)
{
  cairo_font_options_destroy (job->options);
  g_ptr_array_unref (job->fonts);
  g_free (job->sample);
  g_free (job);
}

/* The worker runs with SCHED_IDLE: only on a core nothing else wants.
 * At normal priority it took the CPU from the main thread and the X
 * server while GTK loaded its theme, and the window came no sooner.
 * Once the main thread waits for it, it runs at normal priority again:
 * as an idle thread it would also give way to every other process.
 * preload_tid is the worker's thread id while it runs idle, for the main
 * thread to change: the worker clears it, under the lock, before it
 * ends. */

/* The worker, first: idle, unless the main thread already waits. */
static void
preload_enter_idle (void)
{
#ifdef SCHED_IDLE
  struct sched_param param = { 0 };

  g_mutex_lock (&preload_lock);
  if (!preload_waited && sched_setscheduler (0, SCHED_IDLE, &param) == 0)
    preload_tid = (int) syscall (SYS_gettid);
  g_mutex_unlock (&preload_lock);
#endif
}

/* The worker, last: no thread id left for the main thread to change. */
static void
preload_forget_tid (void)
{
#ifdef SCHED_IDLE
  g_mutex_lock (&preload_lock);
  preload_tid = 0;
  g_mutex_unlock (&preload_lock);
#endif
}

/* The main thread, before it waits: the worker at normal priority. */
static void
preload_leave_idle (void)
{
#ifdef SCHED_IDLE
  struct sched_param param = { 0 };

  g_mutex_lock (&preload_lock);
  preload_waited = TRUE;
  if (preload_tid != 0)
    sched_setscheduler (preload_tid, SCHED_OTHER, &param);
  preload_tid = 0;
  g_mutex_unlock (&preload_lock);
#endif
}

static gpointer
preload_thread_func (gpointer data)
{
  Job *job = data;
  PangoFontMap *font_map;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_t *cr;

  preload_enter_idle ();

  font_map = pango_cairo_font_map_new ();
  context = pango_font_map_create_context (font_map);
  pango_context_set_language (context, pango_language_get_default ());
  pango_cairo_context_set_font_options (context, job->options);
  pango_cairo_context_set_resolution (context, job->resolution);
  mp_text_context_prepare (context);

  /* Drawn on an image surface as the window's text is, so that cairo
   * renders the glyphs into the caches the window's fonts share. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1024, 256);
  cr = cairo_create (surface);
  for (guint i = 0; i < job->fonts->len; i++)
    {
      PangoLayout *layout = pango_layout_new (context);

      pango_layout_set_font_description (layout, g_ptr_array_index (job->fonts, i));
      pango_layout_set_width (layout, 1000 * PANGO_SCALE);
      pango_layout_set_text (layout, job->sample, -1);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_object_unref (context);
  job_free (job);
  preload_forget_tid ();

  return font_map;
}

gboolean
mp_font_preload_is_supported (void)
{
  return g_get_num_processors () >= 2 &&
         gtk_get_major_version () == 4 && gtk_get_minor_version () < 16;
}

void
mp_font_preload_start (GdkDisplay *display)
{
  const char *alphabet;
  Job *job;

  g_return_if_fail (GDK_IS_DISPLAY (display));
  g_return_if_fail (preload_thread == NULL);

  /* On one core it would only take turns with the main thread; from
   * GTK 4.16 the font options follow gtk-font-rendering, not the mapping
   * here. */
  if (!mp_font_preload_is_supported ())
    return;

  job = g_new0 (Job, 1);
  job->options = mp_font_preload_get_font_options (display);
  job->resolution = mp_font_preload_get_resolution (display);
  job->fonts = mp_font_preload_get_fonts (display);
  /* Translators: the letters of your language's alphabet, capitals and
   * small letters, with no spaces.  The app loads them ahead of its
   * first window so that it opens sooner; it adds the Latin letters,
   * digits and signs itself. */
  alphabet = _("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
  /* Signs the cards and the chart show.  No U+2212 minus: not every UI
   * font has it (Noto Sans has not), and a fallback font would load for
   * a sign that only a negative amount shows. */
  job->sample = g_strconcat (alphabet, " 0123456789 .,:;()/+-–·$%²",
                             g_str_equal (alphabet, LATIN_LETTERS) ? NULL : " " LATIN_LETTERS,
                             NULL);

#ifdef SCHED_IDLE
  preload_waited = FALSE;
#endif
  preload_thread = g_thread_new ("mp-font-preload", preload_thread_func, job);
}

void
mp_font_preload_finish (void)
{
  PangoFontMap *font_map;

  if (preload_thread == NULL)
    return;

  preload_leave_idle ();
  font_map = g_thread_join (g_steal_pointer (&preload_thread));
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
  g_object_unref (font_map);
}
