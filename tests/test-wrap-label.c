/* test-wrap-label.c
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

#include "mp-test-init.h"
#include "mp-tooltip.h"
#include "mp-wrap-label.h"

/* MpWrapLabel stands in for a wrapping GtkLabel on the country cards:
 * it must measure like one, wrap when it is narrower than its text and
 * follow font changes. */

typedef struct {
  GtkWidget *window;
  GtkWidget *box;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = gtk_window_new ();
  fixture->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->box);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

static GtkWidget *
add (Fixture   *fixture,
     GtkWidget *widget)
{
  gtk_box_append (GTK_BOX (fixture->box), widget);
  return widget;
}

static int
width_of (GtkWidget *widget,
          int       *minimum)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, minimum, &natural, NULL, NULL);
  return natural;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

static int
natural_height_for (GtkWidget *widget,
                    int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  return height;
}

/* Styles and allocations are computed on the window's frames. */
static void
show_and_iterate (Fixture *fixture)
{
  gtk_window_present (GTK_WINDOW (fixture->window));
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static void
test_measures_like_a_label (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *text = "62 organizations, 50 confirmed only until 2014";
  GtkWidget *label = add (fixture, mp_wrap_label_new (text));
  GtkWidget *reference = add (fixture, gtk_label_new (text));
  GtkWidget *longest = add (fixture, gtk_label_new ("organizations,"));
  int min, ref_min, longest_width;
  int natural = width_of (label, &min);

  /* Unwrapped it is exactly as wide and as tall as a plain label. */
  g_assert_cmpint (natural, ==, width_of (reference, &ref_min));
  g_assert_cmpint (height_for (label, -1), ==, height_for (reference, -1));
  for (int width = min; width <= natural + 20; width++)
    g_assert_cmpint (height_for (label, width), >=, height_for (label, -1));
  g_assert_cmpint (height_for (label, natural), ==, height_for (reference, -1));
  g_assert_cmpint (height_for (label, natural + 100), ==, height_for (reference, -1));

  /* The minimum is its widest word (with its trailing space at most). */
  longest_width = width_of (longest, NULL);
  g_assert_cmpint (min, >=, longest_width);
  g_assert_cmpint (min, <=, longest_width + 6);
  g_assert_cmpint (min, <, natural / 2);
}

static void
test_wraps_when_narrow (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *label = add (fixture, mp_wrap_label_new ("US$12859 per person 2023 derived"));
  int min;
  int natural = width_of (label, &min);
  int one_line = height_for (label, natural);
  int two_lines = height_for (label, natural - 10);
  int narrowest = height_for (label, min);

  g_assert_cmpint (two_lines, >=, 2 * one_line - 2);
  g_assert_cmpint (narrowest, >, two_lines);
  /* And back to one line when it is wide again. */
  g_assert_cmpint (height_for (label, natural), ==, one_line);
}

static void
test_max_width_chars (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *caption = "Жан басына шаққандағы ЖІӨ";
  GtkWidget *label = add (fixture, mp_wrap_label_new (caption));
  GtkWidget *reference = add (fixture, gtk_label_new (caption));
  GtkWidget *one_line = add (fixture, mp_wrap_label_new (caption));
  int min, ref_min, natural, ref_natural;

  mp_wrap_label_set_max_width_chars (MP_WRAP_LABEL (label), 14);
  gtk_label_set_wrap (GTK_LABEL (reference), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (reference), 14);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (reference), GTK_NATURAL_WRAP_NONE);

  /* Capped like a GtkLabel with the same limit, and so two lines tall. */
  natural = width_of (label, &min);
  ref_natural = width_of (reference, &ref_min);
  g_assert_cmpint (ABS (natural - ref_natural), <=, 1);
  g_assert_cmpint (natural, <, width_of (one_line, &min));
  g_assert_cmpint (natural_height_for (label, -1), >, height_for (one_line, -1));
  g_assert_cmpint (height_for (label, natural), ==, natural_height_for (label, -1));
  g_assert_cmpint (natural_height_for (label, -1), ==, natural_height_for (reference, -1));

  /* Its least height is one line, as for a GtkLabel: a parent may give it
   * its whole natural width, and GTK from 4.12 warns when a width is
   * measured for a height below the least one. */
  g_assert_cmpint (height_for (label, -1), ==, height_for (one_line, -1));
  g_assert_cmpint (height_for (label, -1), ==, height_for (reference, -1));

  /* A short text keeps its own width. */
  mp_wrap_label_set_text (MP_WRAP_LABEL (label), "ЖІӨ");
  mp_wrap_label_set_text (MP_WRAP_LABEL (one_line), "ЖІӨ");
  g_assert_cmpint (width_of (label, &min), ==, width_of (one_line, &min));
}

/* A word of any length breaks between characters where the label may
 * break words (names from a dataset): its least width is a few
 * characters', not the word's; a text past 200 characters shows its
 * start and an ellipsis, and keeps the whole as its accessible label;
 * a pile of combining marks keeps three. */
static void
test_long_texts (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *label = add (fixture, mp_wrap_label_new (NULL));
  GtkWidget *short_word = add (fixture, gtk_label_new ("AzerbaijanAz"));
  GString *word = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *zalgo = NULL;
  int min, natural;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (word, "Azerbaijan"[i % 10]);
  text = g_string_free (word, FALSE);

  mp_wrap_label_set_wrap_mode (MP_WRAP_LABEL (label), PANGO_WRAP_WORD_CHAR);
  mp_wrap_label_set_max_width_chars (MP_WRAP_LABEL (label), 40);
  mp_wrap_label_set_text (MP_WRAP_LABEL (label), text);
  natural = width_of (label, &min);
  g_assert_cmpint (min, <=, width_of (short_word, NULL));
  g_assert_cmpint (natural, <, 600);
  /* Wrapped at its least width, every line fits. */
  g_assert_cmpint (height_for (label, min), >, height_for (label, natural));
  gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, text);
  g_assert_cmpstr (mp_wrap_label_get_text (MP_WRAP_LABEL (label)), ==, text);
  g_assert_cmpstr (mp_widget_get_tooltip (label), ==, text);

  /* Back to a short text: no tooltip left behind. */
  mp_wrap_label_set_text (MP_WRAP_LABEL (label), "Baku");
  g_assert_null (mp_widget_get_tooltip (label));

  /* Forty combining marks on one letter are as tall as three. */
  {
    GString *marks = g_string_new ("A");
    GString *three = g_string_new ("A");

    for (guint m = 0; m < 40; m++)
      g_string_append_unichar (marks, 0x0300 + m % 0x30);
    for (guint m = 0; m < 3; m++)
      g_string_append_unichar (three, 0x0300 + m);
    zalgo = g_string_free (marks, FALSE);
    mp_wrap_label_set_text (MP_WRAP_LABEL (label), three->str);
    natural = height_for (label, -1);
    mp_wrap_label_set_text (MP_WRAP_LABEL (label), zalgo);
    g_assert_cmpint (height_for (label, -1), ==, natural);
    gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, zalgo);
    g_string_free (three, TRUE);
  }
}

/* Hard line breaks end runs; right-to-left text measures alike. */
static void
test_minimum_width_edge_cases (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *two_lines = add (fixture, mp_wrap_label_new ("alpha\nbetagammadelta"));
  GtkWidget *longest = add (fixture, gtk_label_new ("betagammadelta"));
  GtkWidget *hebrew = add (fixture, mp_wrap_label_new ("שלום עולם ירושלים"));
  GtkWidget *hebrew_word = add (fixture, gtk_label_new ("ירושלים"));
  int min, natural;

  width_of (two_lines, &min);
  g_assert_cmpint (min, >=, width_of (longest, NULL));
  g_assert_cmpint (min, <=, width_of (longest, NULL) + 2);

  natural = width_of (hebrew, &min);
  g_assert_cmpint (min, >=, width_of (hebrew_word, NULL));
  g_assert_cmpint (min, <=, width_of (hebrew_word, NULL) + 6);
  g_assert_cmpint (min, <, natural);
}

/* Wrapped in a right-to-left UI, every line stays inside the label. */
static void
test_rtl_stays_inside (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *label = add (fixture, mp_wrap_label_new ("60 organizations, 43 confirmed only until 2014"));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  graphene_rect_t bounds;
  int min, height;

  gtk_widget_set_direction (label, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (width_of (label, &min), >, 150);
  height = height_for (label, 150);
  gtk_widget_size_allocate (label, &(GtkAllocation) { 0, 0, 150, height }, -1);
  GTK_WIDGET_GET_CLASS (label)->snapshot (label, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  g_assert_cmpfloat (bounds.origin.x, >=, -1);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 151);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, >=, 140);
  gsk_render_node_unref (node);
}

static int
width_for (GtkWidget *widget,
           int        height)
{
  int width;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, height, NULL, &width, NULL, NULL);
  return width;
}

/* A start-aligned parent asks for the natural width at the row's height
 * and takes the lesser of that and the width it measured the row at:
 * that must be the whole text, or the label would wrap into more lines
 * than the row holds. */
static void
test_width_for_height (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *label = add (fixture, mp_wrap_label_new ("60 organizations, 43 confirmed only until 2014"));
  GtkWidget *one_line = add (fixture, mp_wrap_label_new ("60 organizations, 43 confirmed only until 2014"));
  int min;
  int full = width_of (one_line, &min);
  int line = height_for (one_line, -1);

  mp_wrap_label_set_max_width_chars (MP_WRAP_LABEL (label), 20);
  g_assert_cmpint (width_of (label, &min), <, full);
  g_assert_cmpint (width_for (label, line), ==, full);
  g_assert_cmpint (width_for (label, 2 * line), ==, full);
}

/* In a grid row next to a caption, a start-aligned button holding the
 * value is given a height that holds all of its lines, in windows of
 * several widths.  (Windows taller than the grid's least height: a
 * shorter window, or a size request on the grid, makes GTK from 4.12
 * measure the window's width for a height below its least one and warn,
 * with a wrapping GtkLabel in place of this label too.) */
static void
test_no_overlap_in_a_grid (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *grid = add (fixture, gtk_grid_new ());
  GtkWidget *value = mp_wrap_label_new ("60 organizations, 43 confirmed only until 2014");
  GtkWidget *button = gtk_button_new ();
  static const int widths[] = { 260, 330, 420, 900 };

  mp_wrap_label_set_max_width_chars (MP_WRAP_LABEL (value), 20);
  gtk_button_set_child (GTK_BUTTON (button), value);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), mp_wrap_label_new ("Memberships"), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), button, 1, 0, 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[i], 400);
      show_and_iterate (fixture);
      g_assert_cmpint (gtk_widget_get_height (value), >=, height_for (value, gtk_widget_get_width (value)));
    }
}

static void
test_markup (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *label = add (fixture, mp_wrap_label_new ("before"));
  GtkWidget *plain = add (fixture, mp_wrap_label_new ("10.2 million 2024"));
  int min;

  mp_wrap_label_set_markup (MP_WRAP_LABEL (label), "10.2 million <span size=\"small\">2024</span>");
  g_assert_cmpstr (mp_wrap_label_get_text (MP_WRAP_LABEL (label)), ==, "10.2 million 2024");
  gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, "10.2 million 2024");
  /* The small year makes it narrower than the same text at one size. */
  g_assert_cmpint (width_of (label, &min), <, width_of (plain, &min));

  mp_wrap_label_set_text (MP_WRAP_LABEL (label), "no data");
  g_assert_cmpstr (mp_wrap_label_get_text (MP_WRAP_LABEL (label)), ==, "no data");
  gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, "no data");
}

/* Texts of the cards' kind, in the UI's languages. */
static const char *const wrap_texts[] = {
  "US$12859 per person 2023 · derived",
  "62 organizations, 50 confirmed only until 2014",
  "Republic of Kazakhstan",
  "20,6 млн человек · 2023 · предварительно",
  "Қазақстан Республикасы, 62 ұйым, 50-і тек 2014 жылға дейін расталған",
  "Azərbaycan Respublikası · 2022 · ilkin",
  "Kişi başına 12.859 ABD doları (2023, türetilmiş)",
  "Supercalifragilisticexpialidocious word",
  "  spaces  around   words  ",
};

static char *
line_starts (PangoLayout *layout)
{
  GString *starts = g_string_new (NULL);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    g_string_append_printf (starts, "%d ", ((PangoLayoutLine *) l->data)->start_index);

  return g_string_free (starts, FALSE);
}

/* What MpWrapLabel relies on to measure without laying its text out
 * again: text wrapped at a width breaks into the same lines at every
 * width down to its widest line. */
static void
test_lines_hold_down_to_widest_line (Fixture       *fixture,
                                     gconstpointer  data)
{
  const PangoWrapMode modes[] = { PANGO_WRAP_WORD, PANGO_WRAP_WORD_CHAR };
  const char *const fonts[] = { "Sans 10", "Sans Bold 16" };
  PangoContext *context = gtk_widget_get_pango_context (fixture->window);
  guint checked = 0;

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
      for (guint t = 0; t < G_N_ELEMENTS (wrap_texts); t++)
        {
          g_autoptr(PangoLayout) wrapped = pango_layout_new (context);
          g_autoptr(PangoLayout) fresh = pango_layout_new (context);
          PangoFontDescription *font = pango_font_description_from_string (fonts[f]);
          PangoRectangle logical;
          int natural;

          for (guint i = 0; i < 2; i++)
            {
              PangoLayout *layout = i == 0 ? wrapped : fresh;

              pango_layout_set_font_description (layout, font);
              pango_layout_set_wrap (layout, modes[m]);
              pango_layout_set_text (layout, wrap_texts[t], -1);
            }
          pango_font_description_free (font);
          pango_layout_get_pixel_extents (wrapped, NULL, &logical);
          natural = logical.width;

          for (int width = 1; width < natural; width += 2)
            {
              g_autofree char *expected = NULL;
              int widest;

              pango_layout_set_width (wrapped, width * PANGO_SCALE);
              pango_layout_get_pixel_extents (wrapped, NULL, &logical);
              widest = logical.width;
              expected = line_starts (wrapped);
              /* The ends of the span and its middle. */
              for (int narrower = widest; narrower < width;
                   narrower = narrower < widest + 1 ? widest + 1 : narrower < (widest + width) / 2 ? (widest + width) / 2 : MAX (narrower + 1, width - 1))
                {
                  g_autofree char *starts = NULL;

                  pango_layout_set_width (fresh, narrower * PANGO_SCALE);
                  starts = line_starts (fresh);
                  if (g_strcmp0 (starts, expected) != 0)
                    g_error ("\"%s\" (%s): lines at %d px are %s, at %d px %s",
                             wrap_texts[t], fonts[f], width, expected, narrower, starts);
                  checked++;
                }
            }
        }

  g_assert_cmpuint (checked, >, 3000);
}

/* Heights come out the same whatever order the widths are asked in, as
 * for a label that measures each width first. */
static void
test_heights_in_any_order (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);

  for (guint t = 0; t < G_N_ELEMENTS (wrap_texts); t++)
    {
      GtkWidget *label = add (fixture, mp_wrap_label_new (wrap_texts[t]));
      int min;
      int natural = width_of (label, &min);

      mp_wrap_label_set_wrap_mode (MP_WRAP_LABEL (label), t % 2 ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
      natural = width_of (label, &min);
      for (guint i = 0; i < 60; i++)
        {
          int width = g_rand_int_range (rand, MAX (min, 1), natural + 20);
          GtkWidget *fresh = add (fixture, mp_wrap_label_new (wrap_texts[t]));

          mp_wrap_label_set_wrap_mode (MP_WRAP_LABEL (fresh), t % 2 ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
          g_assert_cmpint (height_for (label, width), ==, height_for (fresh, width));
          gtk_box_remove (GTK_BOX (fixture->box), fresh);
        }
    }
}

/* Sets @label and @reference in a 40 px font through @provider. */
static void
make_big (GtkCssProvider *provider,
          GtkWidget      *label,
          GtkWidget      *reference)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_css_provider_load_from_string (provider, ".big { font-size: 40px; }");
#else
  gtk_css_provider_load_from_data (provider, ".big { font-size: 40px; }", -1);
#endif
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_widget_add_css_class (label, "big");
  gtk_widget_add_css_class (reference, "big");
}

static void
test_follows_font_changes (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *label = add (fixture, mp_wrap_label_new ("Population"));
  GtkWidget *reference = add (fixture, gtk_label_new ("Population"));
  int min, before, height_before;

  show_and_iterate (fixture);
  before = width_of (label, &min);
  height_before = height_for (label, -1);

  make_big (provider, label, reference);
  show_and_iterate (fixture);
  g_assert_cmpint (width_of (label, &min), >, before * 2);
  g_assert_cmpint (width_of (label, &min), ==, width_of (reference, &min));
  g_assert_cmpint (height_for (label, -1), >, height_before * 2);

  gtk_widget_remove_css_class (label, "big");
  show_and_iterate (fixture);
  g_assert_cmpint (width_of (label, &min), ==, before);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
}

/* Laid out ahead of its first measure (the window does so before it
 * shows), a label still measures the font it ends up with. */
static void
test_prepared_follows_style (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *label = add (fixture, mp_wrap_label_new ("Development aid"));
  GtkWidget *reference = add (fixture, gtk_label_new ("Development aid"));
  int min, plain;

  mp_wrap_label_prepare (MP_WRAP_LABEL (label));
  plain = width_of (reference, &min);
  g_assert_cmpint (width_of (label, &min), ==, plain);

  make_big (provider, label, reference);
  mp_wrap_label_prepare (MP_WRAP_LABEL (label));
  show_and_iterate (fixture);
  g_assert_cmpint (width_of (label, &min), >, plain * 2);
  g_assert_cmpint (width_of (label, &min), ==, width_of (reference, &min));
  g_assert_cmpint (height_for (label, -1), ==, height_for (reference, -1));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible label is checked: use GTK's test accessibility backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  mp_test_gtk_init (&argc, &argv);

  g_test_add ("/wrap-label/measures-like-a-label", Fixture, NULL,
              fixture_set_up, test_measures_like_a_label, fixture_tear_down);
  g_test_add ("/wrap-label/wraps-when-narrow", Fixture, NULL,
              fixture_set_up, test_wraps_when_narrow, fixture_tear_down);
  g_test_add ("/wrap-label/long-texts", Fixture, NULL,
              fixture_set_up, test_long_texts, fixture_tear_down);
  g_test_add ("/wrap-label/max-width-chars", Fixture, NULL,
              fixture_set_up, test_max_width_chars, fixture_tear_down);
  g_test_add ("/wrap-label/width-for-height", Fixture, NULL,
              fixture_set_up, test_width_for_height, fixture_tear_down);
  g_test_add ("/wrap-label/no-overlap-in-a-grid", Fixture, NULL,
              fixture_set_up, test_no_overlap_in_a_grid, fixture_tear_down);
  g_test_add ("/wrap-label/minimum-width-edge-cases", Fixture, NULL,
              fixture_set_up, test_minimum_width_edge_cases, fixture_tear_down);
  g_test_add ("/wrap-label/rtl-stays-inside", Fixture, NULL,
              fixture_set_up, test_rtl_stays_inside, fixture_tear_down);
  g_test_add ("/wrap-label/markup", Fixture, NULL,
              fixture_set_up, test_markup, fixture_tear_down);
  g_test_add ("/wrap-label/lines-hold-down-to-widest-line", Fixture, NULL,
              fixture_set_up, test_lines_hold_down_to_widest_line, fixture_tear_down);
  g_test_add ("/wrap-label/heights-in-any-order", Fixture, NULL,
              fixture_set_up, test_heights_in_any_order, fixture_tear_down);
  g_test_add ("/wrap-label/follows-font-changes", Fixture, NULL,
              fixture_set_up, test_follows_font_changes, fixture_tear_down);
  g_test_add ("/wrap-label/prepared-follows-style", Fixture, NULL,
              fixture_set_up, test_prepared_follows_style, fixture_tear_down);

  return g_test_run ();
}
