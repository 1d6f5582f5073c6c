/* test-font-preload.c
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

#include <gtk/gtk.h>
#include <pango/pangocairo.h>

#include "mp-application.h"
#include "mp-font-preload.h"
#include "mp-test-init.h"
#include "mp-window.h"
#include "mp-wrap-label.h"

/* The worker loads fonts for the font options, resolution and font
 * descriptions it expects the window's text to ask for; these tests
 * fail when GTK, the theme or style.css change what the text asks for,
 * which would leave the preloaded fonts unused (and the start slower)
 * without any other sign. */

static void
iterate_briefly (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* GTK's font options for its Xft settings, as a label's context has
 * them, against mp_font_preload_options_for_settings () for the same
 * settings, over every combination.  Where the preload runs (GTK before
 * 4.16) they must all match; from 4.16 GTK derives its options from
 * gtk-font-rendering as well, the mapping no longer holds, and the
 * preload must be off. */
static void
test_options_match_gtk (void)
{
  const int tristate[] = { -1, 0, 1 };
  const char *hint_styles[] = { NULL, "hintnone", "hintslight", "hintmedium", "hintfull" };
  const char *orders[] = { NULL, "rgb", "bgr", "vrgb", "vbgr" };
  GtkSettings *settings = gtk_settings_get_default ();
  guint checked = 0;
  guint differ = 0;
  gboolean mapping_holds = gtk_get_major_version () == 4 && gtk_get_minor_version () < 16;

  for (guint a = 0; a < G_N_ELEMENTS (tristate); a++)
    for (guint h = 0; h < G_N_ELEMENTS (tristate); h++)
      for (guint s = 0; s < G_N_ELEMENTS (hint_styles); s++)
        for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
          for (int m = 0; m <= 1; m++)
            {
              g_autoptr(GtkWidget) label = NULL;
              cairo_font_options_t *expected;
              const cairo_font_options_t *actual;

              g_object_set (settings,
                            "gtk-xft-antialias", tristate[a],
                            "gtk-xft-hinting", tristate[h],
                            "gtk-xft-hintstyle", hint_styles[s],
                            "gtk-xft-rgba", orders[o],
                            "gtk-hint-font-metrics", m,
                            NULL);
              label = g_object_ref_sink (gtk_label_new ("Azerbaijan"));
              actual = pango_cairo_context_get_font_options (gtk_widget_get_pango_context (label));
              expected = mp_font_preload_options_for_settings (tristate[a], tristate[h],
                                                               hint_styles[s], orders[o], m);
              g_assert_nonnull (actual);
              if (!cairo_font_options_equal (expected, actual))
                {
                  if (mapping_holds)
                    g_error ("antialias %d, hinting %d, %s, %s, hint metrics %d: "
                             "GTK's font options differ",
                             tristate[a], tristate[h], hint_styles[s], orders[o], m);
                  differ++;
                }
              cairo_font_options_destroy (expected);
              checked++;
            }

  g_assert_cmpuint (checked, ==, 3 * 3 * 5 * 5 * 2);
  if (!mapping_holds)
    {
      g_test_message ("GTK %u.%u: %u of %u combinations differ; the preload is off",
                      gtk_get_major_version (), gtk_get_minor_version (), differ, checked);
      g_assert_false (mp_font_preload_is_supported ());
    }
  /* Back to the display's settings. */
  gtk_settings_reset_property (settings, "gtk-xft-antialias");
  gtk_settings_reset_property (settings, "gtk-xft-hinting");
  gtk_settings_reset_property (settings, "gtk-xft-hintstyle");
  gtk_settings_reset_property (settings, "gtk-xft-rgba");
  gtk_settings_reset_property (settings, "gtk-hint-font-metrics");
}

static gboolean
font_is_preloaded (const PangoFontDescription *font,
                   GPtrArray                  *preloaded)
{
  for (guint i = 0; i < preloaded->len; i++)
    if (pango_font_description_equal (font, g_ptr_array_index (preloaded, i)))
      return TRUE;

  return FALSE;
}

/* Every text on the window's first screen — the cards' titles, facts
 * and pickers, the header bar, the chart's buttons — asks for one of
 * the preloaded fonts, with the preloaded options (unless @options is
 * NULL) and resolution, in @font_map. */
static void
check_texts (GtkWidget            *widget,
             GPtrArray            *preloaded,
             cairo_font_options_t *options,
             double                resolution,
             PangoFontMap         *font_map,
             guint                *n_texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) || MP_IS_WRAP_LABEL (widget))
    {
      PangoContext *context = gtk_widget_get_pango_context (widget);
      const PangoFontDescription *font = pango_context_get_font_description (context);

      if (!font_is_preloaded (font, preloaded))
        {
          g_autofree char *name = pango_font_description_to_string (font);

          g_error ("%s “%s” asks for %s, which is not preloaded", G_OBJECT_TYPE_NAME (widget),
                   GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                                         : mp_wrap_label_get_text (MP_WRAP_LABEL (widget)),
                   name);
        }
      if (options != NULL)
        g_assert_true (cairo_font_options_equal (options,
                                                 pango_cairo_context_get_font_options (context)));
      g_assert_cmpfloat_with_epsilon (pango_cairo_context_get_resolution (context), resolution,
                                      1e-9);
      g_assert_true (pango_context_get_font_map (context) == font_map);
      (*n_texts)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_texts (child, preloaded, options, resolution, font_map, n_texts);
}

static void
test_window_uses_preloaded_fonts (void)
{
  g_autoptr(MpApplication) app = mp_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) preloaded = NULL;
  PangoFontMap *before = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options;
  GdkDisplay *display = gdk_display_get_default ();
  GtkWindow *window;
  guint n_texts = 0;

  g_object_ref (before);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  /* Registering starts the application (and the preload); activating
   * builds the window on the bundled dataset. */
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  iterate_briefly ();

  /* Where nothing is preloaded, the window keeps GTK's font map and
   * options, and still asks for no font the preload would not load. */
  if (mp_font_preload_is_supported ())
    {
      g_assert_true (pango_cairo_font_map_get_default () != before);
      options = mp_font_preload_get_font_options (display);
    }
  else
    {
      g_test_message ("one processor, or GTK 4.16 or later: nothing is preloaded");
      g_assert_true (pango_cairo_font_map_get_default () == before);
      options = NULL;
    }

  preloaded = mp_font_preload_get_fonts (display);
  g_assert_cmpuint (preloaded->len, ==, 3);
  check_texts (GTK_WIDGET (window), preloaded, options, mp_font_preload_get_resolution (display),
               pango_cairo_font_map_get_default (), &n_texts);
  /* Two cards' titles, names and eight facts each, the pickers, the
   * header bar and the chart's buttons. */
  g_assert_cmpuint (n_texts, >=, 40);

  g_clear_pointer (&options, cairo_font_options_destroy);
  gtk_window_destroy (window);
  iterate_briefly ();
  g_object_unref (before);
}

/* Without a start, finishing changes nothing. */
static void
test_finish_without_start (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();

  mp_font_preload_finish ();
  g_assert_true (pango_cairo_font_map_get_default () == font_map);
}

int
main (int   argc,
      char *argv[])
{
  mp_test_gtk_init (&argc, &argv);

  g_test_add_func ("/mp/font-preload/options-match-gtk", test_options_match_gtk);
  g_test_add_func ("/mp/font-preload/finish-without-start", test_finish_without_start);
  g_test_add_func ("/mp/font-preload/window-uses-preloaded-fonts", test_window_uses_preloaded_fonts);

  return g_test_run ();
}
