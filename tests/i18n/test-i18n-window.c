/* test-i18n-window.c
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

/* The window in each translated language: what a Russian, Azerbaijani,
 * Kazakh or Turkish user sees is the translators' text from po/, never
 * the English one, and the country names come from the dataset. */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "mp-application.h"
#include "mp-chart-panel.h"
#include "mp-chart-view.h"
#include "mp-chart.h"
#include "mp-dataset.h"
#include "mp-test-app.h"
#include "mp-test-init.h"
#include "mp-test-po.h"
#include "mp-test-widgets.h"
#include "mp-text.h"
#include "mp-tooltip.h"
#include "mp-window.h"
#include "mp-wrap-label.h"

static MpApplication *shared_app;

static void
load_finished_cb (MpWindow *window,
                  gboolean  ok,
                  gpointer  user_data)
{
  guint *loads = user_data;

  g_assert_true (ok);
  (*loads)++;
}

/* A new window in the current language, with its dataset loaded. */
static MpWindow *
open_window (void)
{
  MpWindow *window = mp_window_new (GTK_APPLICATION (shared_app));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint loads = 0;

  g_signal_connect (window, "load-finished", G_CALLBACK (load_finished_cb), &loads);
  gtk_window_present (GTK_WINDOW (window));
  while (loads == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (loads, ==, 1);
  g_signal_handlers_disconnect_by_func (window, load_finished_cb, &loads);

  /* Let the cards and the chart lay out. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return window;
}

static void
collect_menu_labels (GMenuModel *model,
                     GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = NULL;
      char *label = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, label);

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          collect_menu_labels (link, labels);
          g_object_unref (link);
        }
    }
}

/* The mnemonic letters of one menu: its items and its sections' items.
 * Submenus are menus of their own. */
static void
collect_mnemonics (GMenuModel *model,
                   GPtrArray  *submenus,
                   GString    *letters,
                   GString    *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = NULL;
      g_autofree char *label = NULL;
      const char *link_name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        {
          const char *underscore = strchr (label, '_');

          if (underscore != NULL && underscore[1] != '\0')
            {
              gunichar c = g_unichar_tolower (g_utf8_get_char (underscore + 1));
              char buffer[7] = { 0, };

              g_unichar_to_utf8 (c, buffer);
              if (strstr (letters->str, buffer) != NULL)
                g_error ("The mnemonic “%s” of “%s” is already used in this menu: %s",
                         buffer, label, labels->str);
              g_string_append (letters, buffer);
              g_string_append_printf (labels, "“%s” ", label);
            }
        }

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          link_name = g_menu_link_iter_get_name (links);
          link = g_menu_link_iter_get_value (links);
          if (g_str_equal (link_name, G_MENU_LINK_SECTION))
            collect_mnemonics (link, submenus, letters, labels);
          else
            g_ptr_array_add (submenus, g_object_ref (link));
          g_object_unref (link);
        }
    }
}

/* Every menu and submenu uses each mnemonic letter once. */
static void
assert_unique_mnemonics (GMenuModel *menu)
{
  g_autoptr(GPtrArray) submenus = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) letters = g_string_new (NULL);
  g_autoptr(GString) labels = g_string_new (NULL);

  collect_mnemonics (menu, submenus, letters, labels);
  for (guint i = 0; i < submenus->len; i++)
    assert_unique_mnemonics (g_ptr_array_index (submenus, i));
}

/* Opens and closes every menu button below @widget, as a user would:
 * the main menu is built the first time it opens. */
static void
open_menus (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    {
      gtk_menu_button_popup (GTK_MENU_BUTTON (widget));
      gtk_menu_button_popdown (GTK_MENU_BUTTON (widget));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    open_menus (child);
}

static gboolean
has_menu (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL;
}

static GMenuModel *
find_menu (GtkWidget *widget)
{
  GtkWidget *button = mp_test_find_widget (widget, has_menu, NULL);

  return button != NULL ? gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) : NULL;
}

/* Every text the user can read in @widget and below: labels, button
 * labels and tooltips, and the labels of menu buttons' menus. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts,
               GPtrArray *menu_labels)
{
  const char *tooltip = mp_widget_get_tooltip (widget);

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  else if (MP_IS_WRAP_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (mp_wrap_label_get_text (MP_WRAP_LABEL (widget))));
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    collect_menu_labels (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), menu_labels);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts, menu_labels);
}

static gboolean
contains (GPtrArray  *strings,
          const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* Fails on any text that is an English msgid the po file translates
 * differently: a string the window forgot to translate. */
static void
assert_no_english (MpTestPo   *po,
                   GPtrArray  *texts,
                   const char *what)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      const char *translation = mp_test_po_lookup (po, NULL, text);

      if (translation != NULL && g_strcmp0 (translation, text) != 0)
        g_error ("%s shows “%s” in English; the po file has “%s”", what, text, translation);
    }
}

static MpChart *
current_chart (MpWindow *window)
{
  MpChartView *view = mp_chart_panel_get_view (mp_window_get_chart_panel (window));
  MpChart *chart = mp_chart_view_get_chart_data (view);

  g_assert_nonnull (chart);

  return chart;
}

static void
test_window_language (gconstpointer data)
{
  const char *lang = data;
  g_autoptr(MpTestPo) po = mp_test_po_load (lang);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) menu_labels = g_ptr_array_new_with_free_func (g_free);
  const MpCountry *kazakhstan;
  const char *expected;
  MpWindow *window;

  g_settings_reset (mp_application_get_settings (shared_app), "chart");
  g_settings_reset (mp_application_get_settings (shared_app), "countries");
  mp_application_set_language (lang);
  window = open_window ();

  /* The window title. */
  expected = mp_test_po_get (po, NULL, "Middle Powers");
  g_assert_cmpstr (expected, !=, "Middle Powers");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected);

  /* The main menu, its submenus and every label and tooltip. */
  open_menus (gtk_window_get_titlebar (GTK_WINDOW (window)));
  collect_texts (GTK_WIDGET (window), texts, menu_labels);
  collect_texts (gtk_window_get_titlebar (GTK_WINDOW (window)), texts, menu_labels);
  g_assert_cmpuint (menu_labels->len, >, 10);
  expected = mp_test_po_get (po, NULL, "_About Middle Powers");
  g_assert_cmpstr (expected, !=, "_About Middle Powers");
  g_assert_true (contains (menu_labels, expected));
  g_assert_true (contains (menu_labels, mp_test_po_get (po, NULL, "_Quit")));
  g_assert_true (contains (menu_labels, mp_test_po_get (po, NULL, "_Export")));
  g_assert_true (contains (menu_labels, mp_test_po_get (po, "color scheme", "_Dark")));
  g_assert_false (contains (menu_labels, "_Quit"));
  assert_no_english (po, menu_labels, "The main menu");
  g_assert_nonnull (find_menu (gtk_window_get_titlebar (GTK_WINDOW (window))));
  assert_unique_mnemonics (find_menu (gtk_window_get_titlebar (GTK_WINDOW (window))));
  g_assert_true (contains (texts, mp_test_po_get (po, NULL, "_Aid")));
  g_assert_true (contains (texts, mp_test_po_get (po, NULL, "Capital")));
  assert_no_english (po, texts, "The window");

  /* The chart title, drawn by the renderer. */
  expected = mp_test_po_get (po, NULL, "Aid contributions");
  g_assert_cmpstr (expected, !=, "Aid contributions");
  g_assert_cmpstr (mp_chart_get_title (current_chart (window)), ==, expected);
  mp_chart_panel_set_chart (mp_window_get_chart_panel (window), "memberships");
  g_assert_cmpstr (mp_chart_get_title (current_chart (window)), ==,
                   mp_test_po_get (po, NULL, "Memberships in international organizations"));

  /* Country names come from the dataset's translations. */
  kazakhstan = mp_dataset_lookup_country (mp_window_get_dataset (window), "KZ");
  g_assert_nonnull (kazakhstan);
  g_assert_cmpstr (mp_text_get (kazakhstan->name, lang), !=, mp_text_get (kazakhstan->name, "en"));
  g_assert_true (contains (texts, mp_text_get (kazakhstan->name, lang)));
  g_assert_false (contains (texts, mp_text_get (kazakhstan->name, "en")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Back to English after the other languages: nothing is left over
 * from a translation looked up before. */
static void
test_window_english (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) menu_labels = g_ptr_array_new_with_free_func (g_free);
  MpWindow *window;

  g_settings_reset (mp_application_get_settings (shared_app), "chart");
  mp_application_set_language ("en");
  window = open_window ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Middle Powers");
  open_menus (gtk_window_get_titlebar (GTK_WINDOW (window)));
  collect_texts (gtk_window_get_titlebar (GTK_WINDOW (window)), texts, menu_labels);
  g_assert_true (contains (menu_labels, "_Quit"));
  g_assert_cmpstr (mp_chart_get_title (current_chart (window)), ==, "Aid contributions");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = g_build_filename (g_getenv ("MP_BUILD_ROOT"), "po", NULL);
  const char * const *languages;
  int ret;

  mp_test_gtk_init (&argc, &argv);

  /* As main.c does, with the translations built in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  shared_app = mp_test_application_new ();

  languages = mp_test_languages ();
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/mp/i18n/window/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_window_language);
    }
  g_test_add_func ("/mp/i18n/window/english-again", test_window_english);

  ret = g_test_run ();

  g_clear_pointer (&shared_app, mp_test_application_free);

  return ret;
}
