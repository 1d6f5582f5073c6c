/* test-window-layout.c
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
#include <string.h>

#include "mp-application.h"
#include "mp-chart-panel.h"
#include "mp-chart-view.h"
#include "mp-country-card.h"
#include "mp-flag.h"
#include "mp-source-popover.h"
#include "mp-test-app.h"
#include "mp-test-init.h"
#include "mp-test-widgets.h"
#include "mp-window.h"

/* The window at classroom sizes: a projector's 1024x768, a school
 * laptop's 1366x768, and a narrow 400 px window. */

static MpApplication *shared_app;

typedef struct
{
  int width;
  int height;
} Size;

static void
load_finished_cb (MpWindow *window,
                  gboolean  ok,
                  gpointer  data)
{
  *(gboolean *) data = TRUE;
}

static gboolean
tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop through a few frames: the window's layout settles
 * (the page's height decides the cards' layout, an idle later). */
static void
settle (void)
{
  guint ticks = 0;
  guint id = g_timeout_add (40, tick_cb, &ticks);

  while (ticks < 15)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

static MpWindow *
open_window_with (int                 width,
                  int                 height,
                  const char * const *countries)
{
  MpWindow *window;
  gboolean loaded = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_settings_reset (mp_application_get_settings (shared_app), "countries");
  g_settings_reset (mp_application_get_settings (shared_app), "chart");
  if (countries != NULL)
    g_settings_set_strv (mp_application_get_settings (shared_app), "countries", countries);
  window = mp_window_new (GTK_APPLICATION (shared_app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* Also on a test screen narrower than a laptop's 1366 px (the suite's
   * Xvfb is 1280x1024), which would shrink the default size to fit. */
  gtk_widget_set_size_request (GTK_WIDGET (window), width, height);
  g_signal_connect (window, "load-finished", G_CALLBACK (load_finished_cb), &loaded);
  gtk_window_present (GTK_WINDOW (window));
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  settle ();

  /* Not wider or higher than asked (the content did not force it). */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, width - 20);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, height);

  return window;
}

static MpWindow *
open_window (int width,
             int height)
{
  return open_window_with (width, height, NULL);
}

static void
close_window (MpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* At 1024x768 and 1366x768 the chart (its tabs, Table button and
 * drawing) has at least 45 % of the page's height, in view without
 * scrolling, below the two default cards. */
static void
test_chart_share (gconstpointer data)
{
  const Size *size = data;
  MpWindow *window = open_window (size->width, size->height);
  GtkWidget *panel = GTK_WIDGET (mp_window_get_chart_panel (window));
  GtkWidget *page = mp_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *view = mp_test_find_widget_of_type (panel, g_type_from_name ("MpChartView"));
  graphene_rect_t bounds;
  double page_height = gtk_widget_get_height (page);

  g_assert_nonnull (view);
  /* The cards make room: compact in a window 768 px high. */
  g_assert_true (mp_country_card_get_compact (MP_COUNTRY_CARD (mp_test_find_widget_of_type (GTK_WIDGET (window),
                                                                                            MP_TYPE_COUNTRY_CARD))));
  g_assert_true (gtk_widget_compute_bounds (panel, page, &bounds));
  g_test_message ("%dx%d: chart panel %.0f of %.0f px, at %.0f; drawing %d px", size->width, size->height,
                  bounds.size.height, page_height, bounds.origin.y, gtk_widget_get_height (view));
  g_assert_cmpfloat (bounds.size.height, >=, 0.45 * page_height);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, page_height + 0.5);
  /* The drawing itself, not only the tabs: a third of the page at least
   * (it was 90 px of 718). */
  g_assert_cmpint (gtk_widget_get_height (view), >=, page_height / 3);

  close_window (window);
}

static gboolean
is_control (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget);
}

static void
collect_controls (GtkWidget *widget,
                  GPtrArray *controls)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (is_control (widget, NULL))
    {
      g_ptr_array_add (controls, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_controls (child, controls);
}

/* At 400 px wide every button of the page (the cards', the chart's
 * tabs, Table) lies within the window's width, where scrolling the page
 * down brings it into view: none is cut off at the side. */
static void
test_narrow (void)
{
  MpWindow *window = open_window (400, 768);
  GtkWidget *panel = GTK_WIDGET (mp_window_get_chart_panel (window));
  GtkWidget *page = mp_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW);
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  GtkWidget *table = mp_test_find_button_with_action (panel, "chart.table");
  gboolean table_seen = FALSE;

  g_assert_nonnull (table);
  collect_controls (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page)), controls);
  g_assert_cmpuint (controls->len, >=, 4 + 1 + 2);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (control, GTK_WIDGET (window), &bounds));
      g_test_message ("%s at %.0f,%.0f %.0fx%.0f", G_OBJECT_TYPE_NAME (control),
                      bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_cmpfloat (bounds.size.width, >, 0);
      table_seen |= control == table;
    }
  g_assert_true (table_seen);

  /* Reached by the keyboard, the Table button scrolls into view. */
  gtk_widget_grab_focus (table);
  settle ();
  /* The window's focus widget (has-focus also needs an active window,
   * which Xvfb without a window manager does not give on GTK 4.18). */
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (table)) == table);
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (table, page, &bounds));
    g_test_message ("Table button focused at %.0f of %d", bounds.origin.y, gtk_widget_get_height (page));
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (page));
  }

  close_window (window);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* The source of Kazakhstan's 2022 aid, opened from its bar: the popover
 * points at the bar, names the value and its measure, and says once when
 * the source was read (the OECD profile's date was not recorded), with
 * no curation note and no text selected. */
static void
test_source_popover (void)
{
  MpWindow *window = open_window (1024, 768);
  GtkWidget *panel = GTK_WIDGET (mp_window_get_chart_panel (window));
  GtkWidget *view = mp_test_find_widget_of_type (panel, MP_TYPE_CHART_VIEW);
  GtkEventController *keys = mp_test_find_key_controller (view);
  GtkWidget *popover;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GdkRectangle rect;
  graphene_rect_t view_bounds;
  guint retrieval_lines = 0;
  gboolean named = FALSE;

  g_assert_cmpstr (mp_chart_view_get_chart (MP_CHART_VIEW (view)), ==, "aid");
  gtk_widget_grab_focus (view);
  g_assert_true (mp_test_press_key (keys, GDK_KEY_Home));
  /* Values in reading order, years 2013 on, Azerbaijan then Kazakhstan:
   * Kazakhstan 2022 is the 20th. */
  for (guint i = 0; i < 19; i++)
    g_assert_true (mp_test_press_key (keys, GDK_KEY_Right));
  g_assert_true (mp_test_press_key (keys, GDK_KEY_Return));
  settle ();

  popover = mp_test_find_widget_of_type (panel, MP_TYPE_SOURCE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));

  /* It points at the bar: inside the drawing, below its title and
   * legend, as narrow as a bar, in the 2022 column (the tenth of twelve
   * years, right of the middle). */
  g_assert_true (gtk_popover_get_pointing_to (GTK_POPOVER (popover), &rect));
  g_assert_true (gtk_widget_compute_bounds (view, panel, &view_bounds));
  g_test_message ("pointing at %d,%d %dx%d; chart at %.0f,%.0f %.0fx%.0f", rect.x, rect.y, rect.width,
                  rect.height, view_bounds.origin.x, view_bounds.origin.y, view_bounds.size.width,
                  view_bounds.size.height);
  g_assert_cmpfloat (rect.y, >, view_bounds.origin.y + view_bounds.size.height / 4);
  g_assert_cmpfloat (rect.y + rect.height, <=, view_bounds.origin.y + view_bounds.size.height);
  g_assert_cmpint (rect.width, <, view_bounds.size.width / 24);
  g_assert_cmpfloat (rect.x, >, view_bounds.origin.x + view_bounds.size.width * 0.7);
  g_assert_cmpfloat (rect.x + rect.width, <, view_bounds.origin.x + view_bounds.size.width * 0.9);

  collect_labels (popover, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);

      g_test_message ("popover: %s", text);
      named |= g_strcmp0 (text, "Kazakhstan, 2022: US$36.8 million, total ODA") == 0;
      if (g_str_has_prefix (text, "Retrieved") || g_str_has_prefix (text, "Date of retrieval"))
        retrieval_lines++;
      g_assert_null (strstr (text, "Retrieval date not recorded"));
      g_assert_null (strstr (text, "is used instead"));
      g_assert_false (gtk_label_get_selectable (label));
    }
  g_assert_true (named);
  g_assert_cmpuint (retrieval_lines, ==, 1);

  /* Closed (Escape), it gives the chart its keyboard back, on the same
   * value: Left moves on to the one before it. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle ();
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == view);
  g_assert_true (mp_test_press_key (keys, GDK_KEY_Left));
  g_assert_true (mp_test_press_key (keys, GDK_KEY_Return));
  settle ();
  g_assert_true (gtk_widget_get_visible (popover));
  {
    g_autoptr(GPtrArray) after = g_ptr_array_new ();
    gboolean next = FALSE;

    /* Azerbaijan's bar beside it. */
    collect_labels (popover, after);
    for (guint i = 0; i < after->len; i++)
      next |= g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (after, i)), "Azerbaijan, 2022: ");
    g_assert_true (next);
  }

  gtk_popover_popdown (GTK_POPOVER (popover));
  close_window (window);
}

static gboolean
overlap (const graphene_rect_t *a,
         const graphene_rect_t *b)
{
  /* Touching edges are not an overlap. */
  return a->origin.x + a->size.width > b->origin.x + 0.5 && b->origin.x + b->size.width > a->origin.x + 0.5 &&
         a->origin.y + a->size.height > b->origin.y + 0.5 && b->origin.y + b->size.height > a->origin.y + 0.5;
}

/* Three cards (the South Caucasus) and four at 1024x768 and 1366x768:
 * three side by side, four in two rows of two on the projector and in one
 * row on the laptop, and the chart begins within the window's first
 * screen (three went two over one, the chart out of sight). */
static void
test_three_and_four_cards (gconstpointer data)
{
  static const char * const three[] = { "AM", "AZ", "GE", NULL };
  static const char * const four[] = { "AM", "AZ", "GE", "TR", NULL };
  const Size *size = data;

  for (guint n = 3; n <= 4; n++)
    {
      MpWindow *window = open_window_with (size->width, size->height, n == 3 ? three : four);
      GtkWidget *page = mp_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW);
      GtkWidget *panel = GTK_WIDGET (mp_window_get_chart_panel (window));
      GHashTable *rows = g_hash_table_new (NULL, NULL);
      graphene_rect_t panel_bounds;
      guint expected_rows = n == 3 || size->width >= 1366 ? 1 : 2;

      for (guint i = 0; i < n; i++)
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (mp_window_get_card_widget (window, i), page, &bounds));
          g_assert_cmpfloat (bounds.size.width, >=, 280);
          g_hash_table_add (rows, GINT_TO_POINTER ((int) bounds.origin.y));
        }
      g_assert_cmpuint (g_hash_table_size (rows), ==, expected_rows);
      g_hash_table_unref (rows);

      if (n == 3)
        {
          g_assert_true (gtk_widget_compute_bounds (panel, page, &panel_bounds));
          g_test_message ("%dx%d, three cards: the chart at %.0f of %d", size->width, size->height,
                          panel_bounds.origin.y, gtk_widget_get_height (page));
          g_assert_cmpfloat (panel_bounds.origin.y, <, gtk_widget_get_height (page) * 0.8);
        }
      close_window (window);
    }
}

/* Eight cards (Central Asia and the South Caucasus) at 1024x768 and
 * 1366x768: in balanced rows of three or four columns, none over
 * another or over the chart, each card's name, flag, picker and facts
 * side by side within it and as wide as the card allows; the last card's
 * picker, reached by the keyboard, scrolls into view; the chart below
 * keeps its share of the height. */
static void
test_eight_cards (gconstpointer data)
{
  static const char * const eight[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", NULL };
  const Size *size = data;
  MpWindow *window = open_window_with (size->width, size->height, eight);
  GtkWidget *page = mp_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page));
  GtkWidget *panel = GTK_WIDGET (mp_window_get_chart_panel (window));
  graphene_rect_t cards[8];
  graphene_rect_t panel_bounds;
  GHashTable *columns = g_hash_table_new (NULL, NULL);
  guint expected_columns = size->width >= 1366 ? 4 : 3;
  int window_width = gtk_widget_get_width (GTK_WIDGET (window));
  g_auto(GStrv) shown = mp_window_get_countries (window);

  g_assert_true (g_strv_equal ((const char * const *) shown, eight));
  g_assert_null (mp_window_get_card_widget (window, 8));
  g_assert_true (gtk_widget_compute_bounds (panel, content, &panel_bounds));

  for (guint i = 0; i < 8; i++)
    {
      GtkWidget *card = mp_window_get_card_widget (window, i);
      GtkWidget *parts[5];
      graphene_rect_t part_bounds[G_N_ELEMENTS (parts)];

      g_assert_nonnull (card);
      g_assert_true (gtk_widget_compute_bounds (card, content, &cards[i]));
      g_test_message ("%dx%d: %s at %.0f,%.0f %.0fx%.0f", size->width, size->height, eight[i],
                      cards[i].origin.x, cards[i].origin.y, cards[i].size.width, cards[i].size.height);
      g_hash_table_add (columns, GINT_TO_POINTER ((int) cards[i].origin.x));
      /* Within the window's width, readable: no narrower than its least
       * width (no squashed columns). */
      g_assert_cmpfloat (cards[i].origin.x, >=, 0);
      g_assert_cmpfloat (cards[i].origin.x + cards[i].size.width, <=, window_width);
      g_assert_cmpfloat (cards[i].size.width, >=, 280);
      for (guint j = 0; j < i; j++)
        g_assert_false (overlap (&cards[i], &cards[j]));
      /* The chart below every card. */
      g_assert_cmpfloat (cards[i].origin.y + cards[i].size.height, <=, panel_bounds.origin.y);

      /* Its parts: none over another, all inside the card. */
      parts[0] = mp_test_find_widget_with_class (card, "country-name");
      parts[1] = mp_test_find_widget_of_type (card, MP_TYPE_FLAG);
      parts[2] = mp_test_find_widget_with_class (card, "circular");
      parts[3] = mp_test_find_widget_of_type (card, GTK_TYPE_MENU_BUTTON);
      parts[4] = mp_test_find_widget_of_type (card, GTK_TYPE_GRID);
      for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
        {
          g_assert_nonnull (parts[k]);
          g_assert_true (gtk_widget_get_visible (parts[k]));
          g_assert_true (gtk_widget_compute_bounds (parts[k], content, &part_bounds[k]));
          g_assert_cmpfloat (part_bounds[k].size.width, >, 0);
          g_assert_cmpfloat (part_bounds[k].origin.x, >=, cards[i].origin.x);
          g_assert_cmpfloat (part_bounds[k].origin.x + part_bounds[k].size.width, <=,
                             cards[i].origin.x + cards[i].size.width);
          g_assert_cmpfloat (part_bounds[k].origin.y + part_bounds[k].size.height, <=,
                             cards[i].origin.y + cards[i].size.height);
          for (guint l = 0; l < k; l++)
            g_assert_false (overlap (&part_bounds[k], &part_bounds[l]));
        }
      /* The name is the country's, whole (one line or wrapped). */
      g_assert_true (gtk_widget_get_height (parts[0]) > 0);
    }
  g_assert_cmpuint (g_hash_table_size (columns), ==, expected_columns);
  g_hash_table_unref (columns);

  /* The last card, beyond the window's height, is reached by the
   * keyboard (Ctrl+8 focuses its picker) and scrolls into view. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-card", "i", 7);
  settle ();
  {
    GtkWidget *picker = mp_test_find_widget_of_type (mp_window_get_card_widget (window, 7), GTK_TYPE_MENU_BUTTON);
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    graphene_rect_t bounds;

    g_assert_true (focus != NULL && (focus == picker || gtk_widget_is_ancestor (focus, picker)));
    g_assert_true (gtk_widget_compute_bounds (picker, page, &bounds));
    g_test_message ("last picker focused at %.0f of %d", bounds.origin.y, gtk_widget_get_height (page));
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (page));
  }

  /* The chart keeps its share of the page's height, further down. */
  g_assert_cmpfloat (panel_bounds.size.height, >=, 0.45 * gtk_widget_get_height (page));

  close_window (window);
}

/* Each card's population sparkline says what it shows and when. */
static void
test_sparkline_caption (void)
{
  MpWindow *window = open_window (1366, 768);
  MpCountryCard *card = MP_COUNTRY_CARD (mp_test_find_widget_of_type (GTK_WIDGET (window),
                                                                      MP_TYPE_COUNTRY_CARD));

  g_assert_nonnull (card);
  g_assert_cmpstr (mp_country_card_get_country (card), ==, "AZ");
  g_assert_cmpstr (mp_country_card_get_sparkline_caption (card), ==, "Population 1960–2024");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  static const Size projector = { 1024, 768 };
  static const Size laptop = { 1366, 768 };
  int ret;

  mp_test_gtk_init (&argc, &argv);

  shared_app = mp_test_application_new ();

  g_test_add_data_func ("/mp/window-layout/chart-share/1024x768", &projector, test_chart_share);
  g_test_add_data_func ("/mp/window-layout/chart-share/1366x768", &laptop, test_chart_share);
  g_test_add_data_func ("/mp/window-layout/three-and-four-cards/1024x768", &projector, test_three_and_four_cards);
  g_test_add_data_func ("/mp/window-layout/three-and-four-cards/1366x768", &laptop, test_three_and_four_cards);
  g_test_add_data_func ("/mp/window-layout/eight-cards/1024x768", &projector, test_eight_cards);
  g_test_add_data_func ("/mp/window-layout/eight-cards/1366x768", &laptop, test_eight_cards);
  g_test_add_func ("/mp/window-layout/narrow", test_narrow);
  g_test_add_func ("/mp/window-layout/source-popover", test_source_popover);
  g_test_add_func ("/mp/window-layout/sparkline-caption", test_sparkline_caption);

  ret = g_test_run ();

  g_clear_pointer (&shared_app, mp_test_application_free);

  return ret;
}
