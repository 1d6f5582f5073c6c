/* test-comparison.c
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

/* The comparison window as a user sees it: cards, pickers, presets and
 * the user's own datasets. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <sys/stat.h>

#include "mp-application.h"
#include "mp-cards-box.h"
#include "mp-country-card.h"
#include "mp-country-popover.h"
#include "mp-flag.h"
#include "mp-limits.h"
#include "mp-presets-popover.h"
#include "mp-presets.h"
#include "mp-problem.h"
#include "mp-slide-view.h"
#include "mp-source-popover.h"
#include "mp-test-app.h"
#include "mp-test-init.h"
#include "mp-test-pdf.h"
#include "mp-test-widgets.h"
#include "mp-tooltip.h"
#include "mp-window.h"
#include "mp-wrap-label.h"

static MpApplication *shared_app;

typedef struct
{
  MpWindow *window;
  char     *tmpdir;
  guint     loads;
  gboolean  last_load_ok;
} Fixture;

static void
load_finished_cb (MpWindow *window,
                  gboolean  ok,
                  Fixture  *fixture)
{
  fixture->loads++;
  fixture->last_load_ok = ok;
}

/* Runs the main loop until the window finished @n loads in all. */
static void
wait_for_loads (Fixture *fixture,
                guint    n)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (fixture->loads < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (fixture->loads, >=, n);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GSettings *settings = mp_application_get_settings (shared_app);

  g_settings_reset (settings, "countries");
  fixture->tmpdir = g_dir_make_tmp ("mp-test-XXXXXX", NULL);
  g_assert_nonnull (fixture->tmpdir);

  fixture->window = mp_window_new (GTK_APPLICATION (shared_app));
  g_signal_connect (fixture->window, "load-finished", G_CALLBACK (load_finished_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for_loads (fixture, 1);
  g_assert_true (fixture->last_load_ok);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

/* The widget built from a .ui file with the id @data. */
static gboolean
has_buildable_id (GtkWidget     *widget,
                  gconstpointer  data)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), data) == 0;
}

static MpCountryCard *
card (Fixture *fixture,
      guint    index)
{
  GtkWidget *widget = mp_window_get_card_widget (fixture->window, index);

  return widget != NULL ? MP_COUNTRY_CARD (widget) : NULL;
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (fixture->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
open_path (Fixture    *fixture,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  mp_window_open_files (fixture->window, &file, 1);
}

static void
test_default_cards (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(GStrv) countries = mp_window_get_countries (fixture->window);
  const char *population;

  g_assert_cmpuint (g_strv_length (countries), ==, 2);
  g_assert_cmpstr (countries[0], ==, "AZ");
  g_assert_cmpstr (countries[1], ==, "KZ");

  /* Figures come from the bundled data, never made up. */
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Baku");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "capital"), ==, "Astana");
  population = mp_country_card_get_fact_text (card (fixture, 0), "population");
  g_assert_nonnull (population);
  g_assert_true (g_str_has_prefix (population, "10.2 million"));
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

/* The card's picker as a user works it: it names the country, opens a
 * list built on first use, searches as one types, Enter takes the
 * first match. */
/* A label showing the text @user_data. */
static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  user_data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), user_data) == 0;
}

static gboolean
is_no_match_label (GtkWidget     *widget,
                   gconstpointer  user_data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), "No countries match") == 0;
}

/* A letter typed on a focused picker opens it with that letter in the
 * search, and the next letters follow it: "k", "a", "z" is "kaz"
 * (Kazakhstan), not "azk". */
static void
test_picker_type_ahead (Fixture       *fixture,
                        gconstpointer  data)
{
  MpCountryCard *first = card (fixture, 0);
  GtkWidget *picker = mp_test_find_widget_of_type (GTK_WIDGET (first), GTK_TYPE_MENU_BUTTON);
  GtkWidget *popover;
  GtkEditable *search;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  g_auto(GStrv) found = NULL;

  mp_country_card_open_picker (first, "k");
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker)));
  g_assert_nonnull (popover);
  search = GTK_EDITABLE (mp_test_find_widget_of_type (popover, GTK_TYPE_SEARCH_ENTRY));
  while (!gtk_widget_get_mapped (popover) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_mapped (popover));
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "k");

  /* What typing does: insert at the cursor. */
  for (const char *letter = "az"; *letter != '\0'; letter++)
    {
      int position = gtk_editable_get_position (search);

      gtk_editable_insert_text (search, letter, 1, &position);
      gtk_editable_set_position (search, position);
    }
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "kaz");
  mp_country_popover_search (MP_COUNTRY_POPOVER (popover), gtk_editable_get_text (search));
  found = mp_country_popover_dup_visible (MP_COUNTRY_POPOVER (popover));
  g_assert_cmpstr (found[0], ==, "KZ");
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
test_picker (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *picker = mp_test_find_widget_of_type (GTK_WIDGET (card (fixture, 1)), GTK_TYPE_MENU_BUTTON);
  MpCountryPopover *popover;
  g_auto(GStrv) all = NULL;
  g_auto(GStrv) turkey = NULL;
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) countries = NULL;

  g_assert_nonnull (picker);
  g_assert_true (has_label (picker, "Kazakhstan"));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker)));

  gtk_menu_button_popup (GTK_MENU_BUTTON (picker));
  popover = MP_COUNTRY_POPOVER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker)));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  all = mp_country_popover_dup_visible (popover);
  g_assert_cmpuint (g_strv_length (all), ==, mp_dataset_get_countries (mp_window_get_dataset (fixture->window))->len);
  /* By name. */
  g_assert_cmpstr (all[0], ==, "AF");
  /* Each row has the country's flag. */
  g_assert_nonnull (mp_test_find_widget_of_type (GTK_WIDGET (popover), MP_TYPE_FLAG));
  g_assert_false (gtk_widget_get_child_visible (mp_test_find_widget (GTK_WIDGET (popover), is_no_match_label, NULL)) &&
                  gtk_widget_get_visible (mp_test_find_widget (GTK_WIDGET (popover), is_no_match_label, NULL)));
  mp_country_popover_search (popover, "TURKEY");
  turkey = mp_country_popover_dup_visible (popover);
  g_assert_cmpuint (g_strv_length (turkey), ==, 1);
  g_assert_cmpstr (turkey[0], ==, "TR");
  mp_country_popover_search (popover, "Atlantis");
  none = mp_country_popover_dup_visible (popover);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_false (mp_country_popover_choose_first (popover));
  /* Said in words, not a blank box. */
  g_assert_true (gtk_widget_get_child_visible (mp_test_find_widget (GTK_WIDGET (popover), is_no_match_label, NULL)));

  /* The best match first: "sa" is Saudi Arabia's code, before the
   * names with a word starting "sa". */
  mp_country_popover_search (popover, "sa");
  {
    g_auto(GStrv) sa = mp_country_popover_dup_visible (popover);

    g_assert_cmpuint (g_strv_length (sa), >=, 1);
    g_assert_cmpstr (sa[0], ==, "SA");
  }

  /* Down from the search goes to the first match. */
  mp_country_popover_search (popover, "kaz");
  {
    GtkWidget *search = mp_test_find_widget_of_type (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *focus;

    g_assert_true (mp_test_press_key (mp_test_find_key_controller (search), GDK_KEY_Down));
    focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (popover)));
    g_assert_true (gtk_widget_is_ancestor (focus, mp_test_find_widget_of_type (GTK_WIDGET (popover), GTK_TYPE_LIST_VIEW)));
    g_assert_true (has_label (focus, "Kazakhstan"));
  }

  mp_country_popover_search (popover, "türkiye");
  g_assert_true (mp_country_popover_choose_first (popover));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpstr (countries[1], ==, "TR");
  g_assert_true (has_label (picker, "Türkiye"));

  /* Opened again: the same list, the search cleared. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (picker));
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker)) == GTK_POPOVER (popover));
  {
    g_auto(GStrv) again = mp_country_popover_dup_visible (popover);

    g_assert_cmpuint (g_strv_length (again), ==, g_strv_length (all));
  }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (picker));
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "capital"), ==, "Ankara");
}

static void
test_pick_country (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(GStrv) countries = NULL;
  g_auto(GStrv) saved = NULL;

  mp_country_card_set_country (card (fixture, 1), "TR");
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpstr (countries[1], ==, "TR");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "capital"), ==, "Ankara");

  saved = g_settings_get_strv (mp_application_get_settings (shared_app), "countries");
  g_assert_cmpstr (saved[1], ==, "TR");
}

static void
test_add_remove_cards (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(GStrv) countries = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-card", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-card", NULL);
  g_assert_nonnull (card (fixture, 3));

  /* Four cards: one row when wide, 2 + 2 (never 3 + 1) when not, one
   * column in a narrow window. */
  {
    MpCardsBox *box = MP_CARDS_BOX (gtk_widget_get_parent (GTK_WIDGET (card (fixture, 0))));

    g_assert_cmpuint (mp_cards_box_get_columns (box, 1800), ==, 4);
    g_assert_cmpuint (mp_cards_box_get_columns (box, 1200), ==, 2);
    g_assert_cmpuint (mp_cards_box_get_columns (box, 340), ==, 1);
  }

  /* Eight at most (MP_MAX_COUNTRIES). */
  for (guint i = 4; i < MP_MAX_COUNTRIES; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-card", NULL);
  g_assert_nonnull (card (fixture, MP_MAX_COUNTRIES - 1));
  g_assert_false (gtk_widget_is_sensitive (mp_test_find_button_with_action (GTK_WIDGET (fixture->window), "win.add-card")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-card", NULL);
  g_assert_null (card (fixture, MP_MAX_COUNTRIES));

  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpuint (g_strv_length (countries), ==, MP_MAX_COUNTRIES);
  /* All different countries. */
  for (guint i = 0; i < MP_MAX_COUNTRIES; i++)
    for (guint j = i + 1; j < MP_MAX_COUNTRIES; j++)
      g_assert_cmpstr (countries[i], !=, countries[j]);

  /* Eight cards: in narrower columns than four get, balanced: 4 + 4 on
   * a 1366 px laptop, 3 + 3 + 2 on a 1024 px projector (the page's
   * margins taken off). */
  {
    MpCardsBox *box = MP_CARDS_BOX (gtk_widget_get_parent (GTK_WIDGET (card (fixture, 0))));

    g_assert_cmpuint (mp_cards_box_get_columns (box, 1366 - 36), ==, 4);
    g_assert_cmpuint (mp_cards_box_get_columns (box, 1024 - 36), ==, 3);
    g_assert_cmpuint (mp_cards_box_get_columns (box, 1800), ==, 4);
    g_assert_cmpuint (mp_cards_box_get_columns (box, 340), ==, 1);
  }

  for (guint i = 4; i < MP_MAX_COUNTRIES; i++)
    g_signal_emit_by_name (card (fixture, MP_MAX_COUNTRIES - 1 - (i - 4)), "remove-requested");
  g_clear_pointer (&countries, g_strfreev);
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpuint (g_strv_length (countries), ==, 4);

  g_signal_emit_by_name (card (fixture, 0), "remove-requested");
  g_clear_pointer (&countries, g_strfreev);
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpuint (g_strv_length (countries), ==, 3);
  g_assert_cmpstr (countries[0], ==, "KZ");
}

/* Ctrl+N: a card, and its picker open with the keyboard in the search;
 * a letter typed on a focused picker opens it searching for that letter. */
static void
test_add_card_opens_picker (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *picker;
  GtkPopover *popover;
  GtkWidget *search;
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-card", NULL);
  g_assert_nonnull (card (fixture, 2));
  picker = mp_test_find_widget_of_type (GTK_WIDGET (card (fixture, 2)), GTK_TYPE_MENU_BUTTON);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker));
  g_assert_true (MP_IS_COUNTRY_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  search = mp_test_find_widget_of_type (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (popover)));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, search));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  gtk_popover_popdown (popover);

  /* Type-ahead on the first card's picker. */
  picker = mp_test_find_widget_of_type (GTK_WIDGET (card (fixture, 0)), GTK_TYPE_MENU_BUTTON);
  g_assert_true (mp_test_press_key (mp_test_find_key_controller (picker), GDK_KEY_q));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  search = mp_test_find_widget_of_type (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "q");
  {
    g_auto(GStrv) found = mp_country_popover_dup_visible (MP_COUNTRY_POPOVER (popover));

    /* Qatar, and Kazakhstan by its other name Qazaqstan. */
    g_assert_true (g_strv_contains ((const char * const *) found, "QA"));
    g_assert_true (g_strv_contains ((const char * const *) found, "KZ"));
    g_assert_cmpstr (found[0], ==, "QA");
  }
  gtk_popover_popdown (popover);
}

static void
test_preset (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(GStrv) countries = NULL;

  /* Central Asia and the South Caucasus: eight cards, each with its
   * colour. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preset", "s", "central-asia-caucasus");
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpuint (g_strv_length (countries), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *css_class = g_strdup_printf ("country-%u", i + 1);

      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card (fixture, i)), css_class));
    }
  g_assert_true (g_strv_contains ((const char * const *) countries, "AM"));
  g_assert_true (g_strv_contains ((const char * const *) countries, "TM"));

  /* The largest of the featured middle powers, not of the world. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preset", "s", "largest");
  g_clear_pointer (&countries, g_strfreev);
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpuint (g_strv_length (countries), ==, 4);
  g_assert_cmpstr (countries[0], ==, "ID");
  g_assert_cmpstr (countries[1], ==, "BR");
  g_assert_false (g_strv_contains ((const char * const *) countries, "CN"));
  g_assert_false (g_strv_contains ((const char * const *) countries, "IN"));
}

static gboolean
is_presets_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), "_Presets") == 0;
}

/* The Presets button's list: every preset with the line that explains
 * it, visible and as its accessible description, and how many countries
 * it shows; choosing a row shows them. */
static void
test_presets_popover (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *button = mp_test_find_widget (GTK_WIDGET (fixture->window), is_presets_button, NULL);
  GtkWidget *popover;
  GtkWidget *row;
  GtkWidget *list;
  g_auto(GStrv) countries = NULL;
  const MpPreset *presets;
  guint n_presets;

  g_assert_nonnull (button);
  /* What Alt+P does, in every language (the button's mnemonic is its
   * translated name's). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-presets", NULL));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (MP_IS_PRESETS_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (popover));

  presets = mp_presets_get_all (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      GtkWidget *explanation;

      row = mp_presets_popover_get_row (MP_PRESETS_POPOVER (popover), presets[i].id);
      g_assert_nonnull (row);
      explanation = mp_test_find_widget_with_class (row, "preset-explanation");
      g_assert_nonnull (explanation);
      g_assert_true (gtk_widget_get_visible (explanation));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (explanation)), ==, presets[i].explanation);
      /* The bundled dataset has a country of each. */
      g_assert_true (gtk_widget_get_sensitive (row));
    }
  row = mp_presets_popover_get_row (MP_PRESETS_POPOVER (popover), "mikta");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (mp_test_find_widget_with_class (row, "preset-count"))), ==,
                   "5 countries");

  row = mp_presets_popover_get_row (MP_PRESETS_POPOVER (popover), "central-asia");
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  g_signal_emit_by_name (list, "row-activated", row);
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpuint (g_strv_length (countries), ==, 5);
  g_assert_true (g_strv_contains ((const char * const *) countries, "KG"));
  g_assert_false (gtk_widget_get_visible (popover));
}

static void
test_broken_file_keeps_cards (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "broken.json",
                                      "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
                                      " \"memberships\": [{\"id\": \"x\", \"country\": \"AZ\", \"organization\": \"nope\",\n"
                                      "   \"status\": \"member\", \"from\": \"March 1992\", \"source\": \"nope\"}]}\n");
  GPtrArray *problems;
  gboolean found_date = FALSE;
  g_auto(GStrv) countries = NULL;

  open_path (fixture, path);
  wait_for_loads (fixture, 2);
  g_assert_false (fixture->last_load_ok);

  problems = mp_window_get_problems (fixture->window);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >=, 2);
  for (guint i = 0; i < problems->len; i++)
    {
      const MpProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpstr (problem->file, ==, "broken.json");
      if (g_strcmp0 (problem->path, "$.memberships[0].from") == 0)
        found_date = TRUE;
    }
  g_assert_true (found_date);

  /* The panel (built now, on first use) lists them; Dismiss hides it. */
  {
    GtkWidget *panel = mp_test_find_widget_with_class (GTK_WIDGET (fixture->window), "problems-panel");
    GtkWidget *list;
    guint rows = 0;

    g_assert_nonnull (panel);
    g_assert_true (GTK_IS_REVEALER (gtk_widget_get_parent (panel)));
    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (panel))));
    g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (panel)));
    list = mp_test_find_widget_with_class (panel, "problems-list");
    g_assert_nonnull (list);
    for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
      rows++;
    g_assert_cmpuint (rows, ==, problems->len);
    g_signal_emit_by_name (mp_test_find_widget (panel, has_buildable_id, "dismiss_problems_button"), "clicked");
    g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (panel))));
    g_assert_null (mp_window_get_problems (fixture->window));
  }

  /* The cards still show the data they had. */
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpstr (countries[0], ==, "AZ");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Baku");
}

static const char *overlay_v1 =
  "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
  " \"countries\": [{\"id\": \"AZ\", \"iso3\": \"AZE\", \"name\": {\"en\": \"Azerbaijan\"},\n"
  "   \"source\": \"class\", \"capital\": {\"value\": \"Capital One\", \"source\": \"class\"}}],\n"
  " \"sources\": [{\"id\": \"class\", \"title\": \"Class notes\", \"publisher\": \"A teacher\",\n"
  "   \"url\": \"https://example.org/notes\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}]}\n";

static void
test_watched_file_reloads (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "class.json", overlay_v1);
  g_auto(GStrv) parts = g_strsplit (overlay_v1, "Capital One", 2);
  g_autofree char *v2 = g_strjoinv ("Capital Two", parts);
  g_autoptr(GError) error = NULL;

  open_path (fixture, path);
  wait_for_loads (fixture, 2);
  g_assert_true (fixture->last_load_ok);
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Capital One");

  /* The teacher saves an edit: the window reloads it by itself. */
  g_file_set_contents (path, v2, -1, &error);
  g_assert_no_error (error);
  wait_for_loads (fixture, 3);
  g_assert_true (fixture->last_load_ok);
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Capital Two");

  /* A broken save keeps the last good data. */
  g_file_set_contents (path, "{\"format\": ", -1, &error);
  g_assert_no_error (error);
  wait_for_loads (fixture, 4);
  g_assert_false (fixture->last_load_ok);
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Capital Two");

  /* Reset brings back the bundled data. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reset-dataset", NULL);
  wait_for_loads (fixture, 5);
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Baku");
}


static const char *overlay_kosovo =
  "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
  " \"countries\": [{\"id\": \"XK\", \"iso3\": \"XKX\", \"name\": {\"en\": \"Kosovo\"}, \"source\": \"class\"}],\n"
  " \"indicators\": [{\"id\": \"class-size\", \"name\": {\"en\": \"Class size\"}, \"unit\": \"people\",\n"
  "   \"source\": \"class\", \"series\": {\"XK\": [[2020, 25], [2021, 27]]}}],\n"
  " \"sources\": [{\"id\": \"class\", \"title\": \"Class notes\", \"publisher\": \"A teacher\",\n"
  "   \"url\": \"https://example.org/notes\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}]}\n";

/* The countries and the indicator a user left on screen come back at
 * the next start even when only a file opened then has them: the
 * bundled dataset, shown first, does not overwrite them. */
static void
test_saved_view_from_opened_file (Fixture       *fixture,
                                  gconstpointer  data)
{
  GSettings *settings = mp_application_get_settings (shared_app);
  const char * const saved[] = { "AZ", "XK", NULL };
  g_autofree char *path = write_file (fixture, "kosovo.json", overlay_kosovo);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) kept = NULL;
  g_auto(GStrv) shown = NULL;
  g_autofree char *chart = NULL;
  MpWindow *window;
  Fixture second = { 0 };

  g_settings_set_strv (settings, "countries", saved);
  g_settings_set_string (settings, "chart", "indicator:class-size");

  window = mp_window_new (GTK_APPLICATION (shared_app));
  second.window = window;
  g_signal_connect (window, "load-finished", G_CALLBACK (load_finished_cb), &second);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_loads (&second, 1);

  /* The bundled dataset has neither: it shows what it has ... */
  shown = mp_window_get_countries (window);
  g_assert_false (g_strv_contains ((const char * const *) shown, "XK"));
  /* ... and the settings still hold the user's view. */
  kept = g_settings_get_strv (settings, "countries");
  g_assert_true (g_strv_equal ((const char * const *) kept, saved));
  chart = g_settings_get_string (settings, "chart");
  g_assert_cmpstr (chart, ==, "indicator:class-size");

  mp_window_open_files (window, &file, 1);
  wait_for_loads (&second, 2);
  g_assert_true (second.last_load_ok);
  g_clear_pointer (&shown, g_strfreev);
  shown = mp_window_get_countries (window);
  g_assert_true (g_strv_equal ((const char * const *) shown, saved));
  g_assert_cmpstr (mp_chart_panel_get_chart (mp_window_get_chart_panel (window)), ==, "indicator:class-size");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "chart");
  g_settings_reset (settings, "countries");
}

/* A file with thousands of problems lists every one without a widget
 * for each (the list view makes rows for those in sight), copies them
 * all, and the window keeps its data. */
static void
test_many_problems (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"middle-powers-dataset\", \"version\": 1, \"countries\": [");
  g_autofree char *path = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *first = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GPtrArray *problems;
  GtkWidget *list;
  GtkWidget *button;
  GtkWidget *label;
  GListModel *model;
  guint n_rows = 0;
  guint n_lines = 0;

  for (guint i = 0; i < 3000; i++)
    g_string_append (json, i == 0 ? "1" : ", 1");
  g_string_append (json, "]}");
  path = write_file (fixture, "broken.json", json->str);
  open_path (fixture, path);
  wait_for_loads (fixture, 2);
  g_assert_false (fixture->last_load_ok);

  problems = mp_window_get_problems (fixture->window);
  g_assert_cmpuint (problems->len, >=, 3000);
  list = mp_test_find_widget_with_class (GTK_WIDGET (fixture->window), "problems-list");
  g_assert_true (GTK_IS_LIST_VIEW (list));
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, problems->len);

  /* Let the list lay out its rows: only those in sight are made. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, 600, NULL, NULL, NULL, NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, <, 500);

  /* The first problem reads as the loader said it, in red. */
  first = mp_problem_to_string (g_ptr_array_index (problems, 0));
  label = mp_test_find_widget_with_class (list, "problem");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, first);
  g_assert_true (gtk_widget_has_css_class (label, "error"));

  button = mp_test_find_widget (GTK_WIDGET (fixture->window), has_buildable_id, "copy_problems_button");
  g_assert_nonnull (button);
  /* Said once, without its mnemonic's underscore. */
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Copy All");
  g_signal_emit_by_name (button, "clicked");
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (gtk_widget_get_clipboard (button)),
                                                 &value, NULL));
  copied = g_value_dup_string (&value);
  for (const char *p = copied; (p = strchr (p, '\n')) != NULL; p++)
    n_lines++;
  g_assert_cmpuint (n_lines, ==, problems->len);

  /* The cards still show the data they had. */
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "capital"), ==, "Baku");
}

static gboolean
is_wrap_label_with_text (GtkWidget     *widget,
                         gconstpointer  text)
{
  return MP_IS_WRAP_LABEL (widget) &&
         g_strcmp0 (mp_wrap_label_get_text (MP_WRAP_LABEL (widget)), text) == 0;
}

/* A name of @length characters: words of @word characters, or one word. */
static char *
long_text (guint    length,
           gboolean spaces)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    g_string_append_c (text, spaces && i % 12 == 11 ? ' ' : "Azerbaijan"[i % 10]);

  return g_string_free (text, FALSE);
}

/* A dataset's names, of any length, with or without spaces, and with a
 * pile of combining marks, neither widen the window past the screen nor
 * warn (warnings are fatal here): the card shows the start of a very
 * long name, and the whole of it is its accessible label and tooltip. */
static void
test_long_names (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guint lengths[] = { 300, 3000, 10000 };
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (fixture->window));
  GdkMonitor *monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  GdkRectangle screen;
  guint loads = 1;

  gdk_monitor_get_geometry (monitor, &screen);
  g_object_unref (monitor);

  for (guint i = 0; i < G_N_ELEMENTS (lengths) * 2 + 1; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *json = NULL;
      g_autofree char *path = NULL;
      GtkWidget *label;
      int card_min, min, nat;

      if (i < G_N_ELEMENTS (lengths) * 2)
        name = long_text (lengths[i / 2], i % 2 == 0);
      else
        /* Zalgo: forty combining marks on each letter. */
        {
          GString *zalgo = g_string_new (NULL);

          for (guint k = 0; k < 8; k++)
            {
              g_string_append_c (zalgo, 'A');
              for (guint m = 0; m < 40; m++)
                g_string_append_unichar (zalgo, 0x0300 + m % 0x30);
            }
          name = g_string_free (zalgo, FALSE);
        }

      json = g_strdup_printf ("{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
                              " \"countries\": [{\"id\": \"AZ\", \"iso3\": \"AZE\",\n"
                              "   \"name\": {\"en\": \"%s\"}, \"official_name\": {\"en\": \"%s\"},\n"
                              "   \"source\": \"class\", \"capital\": {\"value\": \"%s\", \"source\": \"class\"}}],\n"
                              " \"sources\": [{\"id\": \"class\", \"title\": \"Class notes\", \"publisher\": \"A teacher\",\n"
                              "   \"url\": \"https://example.org/notes\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}]}\n",
                              name, name, name);
      path = write_file (fixture, "long.json", json);
      if (i == 0)
        open_path (fixture, path);
      wait_for_loads (fixture, ++loads);
      g_assert_true (fixture->last_load_ok);

      /* X resizes are asynchronous: give a wider window time to show. */
      for (guint k = 0; k < 40; k++)
        {
          while (g_main_context_iteration (NULL, FALSE))
            ;
          g_usleep (5000);
        }
      gtk_widget_measure (GTK_WIDGET (card (fixture, 0)), GTK_ORIENTATION_HORIZONTAL, -1,
                          &card_min, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min, &nat, NULL, NULL);
      g_test_message ("%u characters, spaces %d: card at least %d px, window %d..%d px, "
                      "%d px wide, screen %d px",
                      (guint) g_utf8_strlen (name, -1), i % 2 == 0, card_min, min, nat,
                      gtk_widget_get_width (GTK_WIDGET (fixture->window)), screen.width);
      /* Two cards side by side still fit a school laptop's screen. */
      g_assert_cmpint (card_min, <=, 400);
      g_assert_cmpint (nat, <=, screen.width);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, screen.width);

      /* The card's title: the whole name to assistive technologies. */
      label = mp_test_find_widget (GTK_WIDGET (card (fixture, 0)), is_wrap_label_with_text, name);
      g_assert_nonnull (label);
      gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      if (g_utf8_strlen (name, -1) > 200)
        g_assert_cmpstr (mp_widget_get_tooltip (label), ==, name);
    }
}

static void
test_gdp_figure (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *text = mp_country_card_get_fact_text (card (fixture, 0), "gdp");

  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "US$"));
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkAccessible *card0 = GTK_ACCESSIBLE (card (fixture, 0));

  /* A screen reader reads the card as a sentence, figures with their
   * year and publisher. */
  gtk_test_accessible_assert_role (card0, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (card0, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Azerbaijan, capital Baku, population 10.2 million people "
                                       "(2024, World Bank; packaged by DataHub (datasets/population))");
  /* The picker says what it picks and what is picked. */
  gtk_test_accessible_assert_property (mp_test_find_widget_of_type (GTK_WIDGET (card0), GTK_TYPE_MENU_BUTTON),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Country: Azerbaijan");
}

/* A figure is a button: focusable, read as a button with its caption;
 * Enter (card.open-figure) or its own action opens its source, and
 * closing that gives the figure its focus back.  A figure without data
 * is not a button one can press. */
static void
test_figure_opens_source (Fixture       *fixture,
                          gconstpointer  data)
{
  MpCountryCard *card0 = card (fixture, 0);
  GtkWidget *population = mp_country_card_get_fact_widget (card0, "population");
  GtkWidget *independence = mp_country_card_get_fact_widget (card0, "independence");
  GtkWidget *no_aid;
  GtkWidget *aruba;
  GtkWidget *popover;

  g_assert_nonnull (population);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (population), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (population), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Population: 10.2 million people (2024, World Bank; "
                                       "packaged by DataHub (datasets/population))");
  g_assert_true (gtk_widget_get_focusable (population));
  g_assert_null (mp_country_card_get_source_popover (card0));

  /* Its tooltip names the source, for the eye and as its description. */
  g_assert_true (gtk_widget_get_has_tooltip (population));
  g_assert_cmpstr (mp_widget_get_tooltip (population), ==,
                   "Source: Population figures for countries, regions and the world "
                   "(World Bank SP.POP.TOTL), datasets/population — click for details");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (population), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       mp_widget_get_tooltip (population));

  g_assert_true (gtk_widget_grab_focus (population));
  gtk_widget_activate_action (GTK_WIDGET (card0), "card.open-figure", NULL);
  popover = mp_country_card_get_source_popover (card0);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (gtk_widget_get_parent (popover) == population);
  g_assert_nonnull (strstr (mp_source_popover_get_citation (MP_SOURCE_POPOVER (popover)), "World Bank"));

  /* Closed, it gives the figure its focus back (once the popover has
   * gone, which takes frames: on a loaded machine, many). */
  gtk_popover_popdown (GTK_POPOVER (popover));
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (gtk_root_get_focus (GTK_ROOT (fixture->window)) != population &&
           g_get_monotonic_time () < end)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == population);

  /* The figure's own action (a screen reader's "click") opens it too. */
  g_assert_true (gtk_widget_activate_action (population, "figure.open", NULL));
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* Azerbaijan's independence is a figure with a source (the
   * Constitutional Act of 18 October 1991). */
  g_assert_nonnull (independence);
  g_assert_cmpstr (mp_country_card_get_fact_text (card0, "independence"), ==, "18 October 1991");
  g_assert_true (gtk_widget_is_sensitive (independence));
  g_assert_true (gtk_widget_get_has_tooltip (independence));

  /* No data (no source gives Uzbekistan's aid): not sensitive, so
   * neither focusable nor opened. */
  mp_country_card_set_country (card (fixture, 1), "UZ");
  no_aid = mp_country_card_get_fact_widget (card (fixture, 1), "aid");
  g_assert_nonnull (no_aid);
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "aid"), ==, NULL);
  g_assert_false (gtk_widget_is_sensitive (no_aid));
  g_assert_false (gtk_widget_grab_focus (no_aid));
  g_assert_false (gtk_widget_get_has_tooltip (no_aid));
  g_assert_null (mp_widget_get_tooltip (no_aid));

  /* An independence without a date (Aruba: "none" in the CIA World
   * Factbook) reads "see source", and its source shows the Factbook's
   * own words. */
  mp_country_card_set_country (card (fixture, 1), "AW");
  aruba = mp_country_card_get_fact_widget (card (fixture, 1), "independence");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "independence"), ==, "see source");
  g_assert_true (gtk_widget_is_sensitive (aruba));
  g_assert_true (gtk_widget_activate_action (aruba, "figure.open", NULL));
  popover = mp_country_card_get_source_popover (card (fixture, 1));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (mp_test_find_widget (popover, is_label, "Independence: none (part of the Kingdom of the Netherlands)"));
  g_assert_nonnull (strstr (mp_source_popover_get_citation (MP_SOURCE_POPOVER (popover)), "The World Factbook"));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A message (here: the built-in lesson is loaded) shows at the bottom of
 * the window, built with the first one. */
static void
test_message (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *toast;

  g_assert_null (mp_test_find_widget_with_class (window, "toast"));
  g_assert_true (gtk_widget_activate_action (window, "win.builtin-lesson", NULL));
  toast = mp_test_find_widget_with_class (window, "toast");
  g_assert_nonnull (toast);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (toast)));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (toast))));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (toast)), "F5"));
}

static const char *
toast_text (Fixture *fixture)
{
  GtkWidget *toast = mp_test_find_widget_with_class (GTK_WIDGET (fixture->window), "toast");

  return toast != NULL ? gtk_label_get_label (GTK_LABEL (toast)) : NULL;
}

/* A lesson is read on a worker thread; a step naming a country the
 * dataset lacks says so, and shows the ones it has. */
static void
test_open_lesson (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "lesson.json",
                                      "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": \"Class\",\n"
                                      " \"steps\": [{\"countries\": [\"XX\", \"KZ\"], \"view\": \"aid\"}]}\n");
  g_autofree char *fifo_path = g_build_filename (fixture->tmpdir, "fifo.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_auto(GStrv) countries = NULL;
  GtkWidget *slides;

  /* A FIFO is refused at once, with a message. */
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  mp_window_open_lesson (fixture->window, fifo);
  for (guint i = 0; i < 400 && (toast_text (fixture) == NULL || strstr (toast_text (fixture), "fifo.json") == NULL); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_assert_nonnull (strstr (toast_text (fixture), "not a regular file"));
  g_unlink (fifo_path);

  mp_window_open_lesson (fixture->window, file);
  for (guint i = 0; i < 400 && strstr (toast_text (fixture), "F5") == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_assert_nonnull (strstr (toast_text (fixture), "“Class”"));

  /* The slide says which of its countries the dataset lacks, and shows
   * the others; the comparison behind it is as the user left it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.presentation", NULL);
  g_assert_nonnull (strstr (toast_text (fixture), "XX"));
  slides = mp_test_find_widget_of_type (GTK_WIDGET (fixture->window), MP_TYPE_SLIDE_VIEW);
  g_assert_nonnull (slides);
  for (guint i = 0; i < 400 && mp_slide_view_get_layout (MP_SLIDE_VIEW (slides))->n_countries == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_assert_cmpuint (mp_slide_view_get_layout (MP_SLIDE_VIEW (slides))->n_countries, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.leave-presentation", NULL);
  countries = mp_window_get_countries (fixture->window);
  g_assert_cmpstr (countries[0], ==, "AZ");
}

static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "printed.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  /* Printing goes through GtkPrintOperation with the handout layout;
   * exporting the print job to PDF shows what the printer gets. */
  g_assert_true (mp_window_print (fixture->window, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);

  /* Every page of the handout, numbered, with the dataset's date. */
  {
    int pages = mp_test_pdf_pages (path);
    g_autofree char *last = NULL;
    g_autofree char *number = NULL;

    if (pages < 0)
      return;
    last = mp_test_pdf_page_text (path, pages);
    number = g_strdup_printf ("Page %d of %d", pages, pages);
    g_assert_nonnull (strstr (last, number));
    g_assert_nonnull (strstr (last, "Data as of"));
  }
}

static void
test_no_data_card (Fixture       *fixture,
                   gconstpointer  data)
{
  /* No source gives Uzbekistan's aid: the card says so, it never shows
   * 0.  Brazil's is the OECD's estimate, Türkiye's from the OECD. */
  mp_country_card_set_country (card (fixture, 1), "UZ");
  g_assert_null (mp_country_card_get_fact_text (card (fixture, 1), "aid"));
  mp_country_card_set_country (card (fixture, 1), "BR");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "aid"), ==, "US$316 million");
  /* Independence has a source for every featured country. */
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 0), "independence"), ==, "18 October 1991");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "independence"), ==, "7 September 1822");
  mp_country_card_set_country (card (fixture, 1), "TR");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "aid"), ==, "US$6.7 billion");
  g_assert_cmpstr (mp_country_card_get_fact_text (card (fixture, 1), "independence"), ==, "29 October 1923");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* The test accessibility backend keeps the properties we check. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  mp_test_gtk_init (&argc, &argv);

  shared_app = mp_test_application_new ();

  g_test_add ("/mp/comparison/default-cards", Fixture, NULL, fixture_set_up, test_default_cards, fixture_tear_down);
  g_test_add ("/mp/comparison/pick-country", Fixture, NULL, fixture_set_up, test_pick_country, fixture_tear_down);
  g_test_add ("/mp/comparison/long-names", Fixture, NULL, fixture_set_up, test_long_names, fixture_tear_down);
  g_test_add ("/mp/comparison/many-problems", Fixture, NULL, fixture_set_up, test_many_problems, fixture_tear_down);
  g_test_add ("/mp/comparison/open-lesson", Fixture, NULL, fixture_set_up, test_open_lesson, fixture_tear_down);
  g_test_add ("/mp/comparison/picker", Fixture, NULL, fixture_set_up, test_picker, fixture_tear_down);
  g_test_add ("/mp/comparison/picker-type-ahead", Fixture, NULL, fixture_set_up, test_picker_type_ahead, fixture_tear_down);
  g_test_add ("/mp/comparison/add-remove-cards", Fixture, NULL, fixture_set_up, test_add_remove_cards, fixture_tear_down);
  g_test_add ("/mp/comparison/add-card-opens-picker", Fixture, NULL, fixture_set_up, test_add_card_opens_picker, fixture_tear_down);
  g_test_add ("/mp/comparison/preset", Fixture, NULL, fixture_set_up, test_preset, fixture_tear_down);
  g_test_add ("/mp/comparison/presets-popover", Fixture, NULL, fixture_set_up, test_presets_popover, fixture_tear_down);
  g_test_add ("/mp/comparison/broken-file-keeps-cards", Fixture, NULL, fixture_set_up, test_broken_file_keeps_cards, fixture_tear_down);
  g_test_add ("/mp/comparison/saved-view-from-opened-file", Fixture, NULL, fixture_set_up, test_saved_view_from_opened_file, fixture_tear_down);
  g_test_add ("/mp/comparison/watched-file-reloads", Fixture, NULL, fixture_set_up, test_watched_file_reloads, fixture_tear_down);
  g_test_add ("/mp/comparison/accessible-names", Fixture, NULL, fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/mp/comparison/message", Fixture, NULL, fixture_set_up, test_message, fixture_tear_down);
  g_test_add ("/mp/comparison/figure-opens-source", Fixture, NULL, fixture_set_up, test_figure_opens_source, fixture_tear_down);
  g_test_add ("/mp/comparison/print", Fixture, NULL, fixture_set_up, test_print, fixture_tear_down);
  g_test_add ("/mp/comparison/no-data", Fixture, NULL, fixture_set_up, test_no_data_card, fixture_tear_down);
  g_test_add ("/mp/comparison/gdp-figure", Fixture, NULL, fixture_set_up, test_gdp_figure, fixture_tear_down);

  ret = g_test_run ();

  g_clear_pointer (&shared_app, mp_test_application_free);

  return ret;
}
