/* test-window.c
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
#include "mp-test-app.h"
#include "mp-test-init.h"
#include "mp-test-widgets.h"
#include "mp-window.h"

/* One registered application per process: it can only be exported on
 * the session bus once. */
static MpApplication *shared_app;

typedef struct
{
  MpApplication *app;
  MpWindow      *window;
} Fixture;

static void
iterate_briefly (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = shared_app;
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = MP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_nonnull (fixture->window);
  iterate_briefly ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate_briefly ();
}

static void
test_window_title (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Middle Powers");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
test_window_actions (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char **quit_accels = NULL;

  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (fixture->app), "quit"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (fixture->app), "about"));
  /* The shortcuts window is built when first asked for, and lists the
   * shortcuts of every group. */
  g_assert_null (mp_window_get_shortcuts_window (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-shortcuts", NULL);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (mp_window_get_shortcuts_window (fixture->window)));
  g_assert_true (gtk_widget_get_visible (mp_window_get_shortcuts_window (fixture->window)));
  gtk_window_close (GTK_WINDOW (mp_window_get_shortcuts_window (fixture->window)));
  iterate_briefly ();
  g_assert_false (gtk_widget_get_visible (mp_window_get_shortcuts_window (fixture->window)));

  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), "app.quit");
  g_assert_nonnull (quit_accels);
  g_assert_cmpstr (quit_accels[0], ==, "<Control>q");
  g_strfreev (g_steal_pointer (&quit_accels));
}

static void
find_about_cb (gpointer data,
               gpointer user_data)
{
  GtkWindow **out = user_data;

  if (GTK_IS_ABOUT_DIALOG (data))
    *out = data;
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static gboolean
is_remove_card_button (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0 &&
         gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW) != NULL &&
         gtk_widget_has_css_class (widget, "circular");
}

/* The header bar's icon-only buttons and a card's close button have
 * names a screen reader says (not "button", "GtkMenuButton"). */
static void
test_window_accessible_names (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *menu = mp_test_find_widget (window, is_menu_button, NULL);
  GtkWidget *remove = mp_test_find_widget (window, is_remove_card_button, NULL);

  gtk_test_accessible_assert_property (mp_test_find_button_with_action (window, "win.open"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Open Dataset");
  gtk_test_accessible_assert_property (mp_test_find_button_with_action (window, "win.add-card"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Add a Country Card");
  g_assert_nonnull (menu);
  gtk_test_accessible_assert_property (menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  /* Its popover too, not "GtkPopoverMenu". */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
  gtk_test_accessible_assert_property (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));
  g_assert_nonnull (remove);
  gtk_test_accessible_assert_property (remove, GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove Card");

  /* The chart's tabs are named by their shown text, not by a raw label
   * with the mnemonic's underscore ("_Aid Aid"); test-chart-view checks
   * them as radio buttons. */
  {
    GtkWidget *panel = GTK_WIDGET (mp_window_get_chart_panel (fixture->window));
    const char *names[] = { "Aid", "Contributions", "Memberships", "Indicators" };
    guint n_toggles = 0;

    for (GtkWidget *w = mp_test_find_widget_of_type (panel, GTK_TYPE_TOGGLE_BUTTON); w != NULL;
         w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_TOGGLE_BUTTON (w))
        {
          g_assert_cmpuint (n_toggles, <, G_N_ELEMENTS (names));
          gtk_test_accessible_assert_property (w, GTK_ACCESSIBLE_PROPERTY_LABEL, names[n_toggles]);
          n_toggles++;
        }
    g_assert_cmpuint (n_toggles, ==, 4);
  }
  /* Icon buttons are not labelled by their icons (Orca read "GtkImage
   * Remove Card"). */
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (mp_test_find_button_with_action (window, "win.open")),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

static void
test_window_about (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *about = NULL;
  g_autoptr(GListModel) toplevels = NULL;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  iterate_briefly ();

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    g_ptr_array_add (windows, g_list_model_get_item (toplevels, i));
  g_ptr_array_foreach (windows, find_about_cb, &about);

  g_assert_nonnull (about);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (about)));
  g_assert_cmpstr (gtk_about_dialog_get_version (GTK_ABOUT_DIALOG (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (GTK_ABOUT_DIALOG (about)), ==, GTK_LICENSE_GPL_3_0);

  gtk_window_close (about);
  iterate_briefly ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (about)));
}

static void
test_window_settings_round_trip (Fixture       *fixture,
                                 gconstpointer  data)
{
  GSettings *settings = mp_application_get_settings (fixture->app);
  MpWindow *window;
  int width = 0;
  int height = 0;

  /* Closing saves the size; a new window restores it. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 777, 555);
  g_signal_connect_swapped (fixture->window, "destroy", G_CALLBACK (g_nullify_pointer), &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  iterate_briefly ();

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);

  window = mp_window_new (GTK_APPLICATION (fixture->app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);
  fixture->window = window;
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Accessible properties are read through GTK's test backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  mp_test_gtk_init (&argc, &argv);

  shared_app = mp_test_application_new ();

  g_test_add ("/mp/window/title", Fixture, NULL, fixture_set_up, test_window_title, fixture_tear_down);
  g_test_add ("/mp/window/actions", Fixture, NULL, fixture_set_up, test_window_actions, fixture_tear_down);
  g_test_add ("/mp/window/about", Fixture, NULL, fixture_set_up, test_window_about, fixture_tear_down);
  g_test_add ("/mp/window/accessible-names", Fixture, NULL, fixture_set_up, test_window_accessible_names, fixture_tear_down);
  g_test_add ("/mp/window/settings-round-trip", Fixture, NULL, fixture_set_up, test_window_settings_round_trip, fixture_tear_down);

  ret = g_test_run ();

  g_clear_pointer (&shared_app, mp_test_application_free);

  return ret;
}
