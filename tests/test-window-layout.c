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

#include "mp-application.h"
#include "mp-chart-panel.h"
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
open_window (int width,
             int height)
{
  MpWindow *window;
  gboolean loaded = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_settings_reset (mp_application_get_settings (shared_app), "countries");
  g_settings_reset (mp_application_get_settings (shared_app), "chart");
  window = mp_window_new (GTK_APPLICATION (shared_app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
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

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  static const Size projector = { 1024, 768 };
  static const Size laptop = { 1366, 768 };
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);

  shared_app = mp_application_new ();
  g_application_set_flags (G_APPLICATION (shared_app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (shared_app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (shared_app));

  g_test_add_data_func ("/mp/window-layout/chart-share/1024x768", &projector, test_chart_share);
  g_test_add_data_func ("/mp/window-layout/chart-share/1366x768", &laptop, test_chart_share);
  g_test_add_func ("/mp/window-layout/narrow", test_narrow);

  ret = g_test_run ();

  g_application_release (G_APPLICATION (shared_app));
  g_clear_object (&shared_app);

  return ret;
}
