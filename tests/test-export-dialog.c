/* test-export-dialog.c
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

/* The export dialog as a user meets it: opened by the window's Export
 * action, its choices change the preview (a portrait page for the
 * handout, the custom size's shape), are remembered the next time, and
 * Export writes the file chosen (here given directly: the file chooser
 * is the portal's). */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "mp-application.h"
#include "mp-export-dialog.h"
#include "mp-export.h"
#include "mp-slide.h"
#include "mp-test-app.h"
#include "mp-test-init.h"
#include "mp-test-pdf.h"
#include "mp-test-widgets.h"
#include "mp-window.h"

static MpApplication *shared_app;

typedef struct
{
  MpWindow       *window;
  MpExportDialog *dialog;
  GSettings      *settings;
  char           *dir;
} Fixture;

static void
iterate_briefly (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static MpExportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) widget = g_list_model_get_item (toplevels, i);

      if (MP_IS_EXPORT_DIALOG (widget) && gtk_widget_get_visible (widget))
        return MP_EXPORT_DIALOG (widget);
    }

  return NULL;
}

static MpExportDialog *
open_dialog (Fixture    *fixture,
             const char *what)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", "s", what);
  iterate_briefly ();

  return find_dialog ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_application_activate (G_APPLICATION (shared_app));
  fixture->window = MP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (shared_app)));
  g_assert_nonnull (fixture->window);
  fixture->settings = mp_application_get_settings (shared_app);
  /* Every test starts from the defaults. */
  g_settings_reset (fixture->settings, "export-what");
  g_settings_reset (fixture->settings, "export-format");
  g_settings_reset (fixture->settings, "export-size");
  g_settings_reset (fixture->settings, "export-paper");
  g_settings_reset (fixture->settings, "export-custom-size");
  g_settings_reset (fixture->settings, "export-hidpi");
  iterate_briefly ();

  fixture->dir = g_dir_make_tmp ("mp-export-dialog-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->dialog = open_dialog (fixture, "");
  g_assert_nonnull (fixture->dialog);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate_briefly ();
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

/* The control a label names (with its mnemonic, as the user reads it). */
static GtkWidget *
control (MpExportDialog *dialog,
         const char     *label_text)
{
  GtkWidget *label = mp_test_find_widget (GTK_WIDGET (dialog), is_label_with_text, label_text);

  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_use_underline (GTK_LABEL (label)));
  g_assert_nonnull (gtk_label_get_mnemonic_widget (GTK_LABEL (label)));

  return gtk_label_get_mnemonic_widget (GTK_LABEL (label));
}

static gboolean
is_button_with_label (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkWidget *
button (MpExportDialog *dialog,
        const char     *label)
{
  GtkWidget *widget = mp_test_find_widget (GTK_WIDGET (dialog), is_button_with_label, label);

  g_assert_nonnull (widget);

  return widget;
}

/* The position of the item of @dropdown that reads @text, or
 * GTK_INVALID_LIST_POSITION. */
static guint
find_item (GtkWidget  *dropdown,
           const char *text)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text))
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
item_is_offered (GtkWidget  *dropdown,
                 const char *text)
{
  return find_item (dropdown, text) != GTK_INVALID_LIST_POSITION;
}

/* Selects the item of @dropdown that reads @text. */
static void
choose (GtkWidget  *dropdown,
        const char *text)
{
  g_assert_true (item_is_offered (dropdown, text));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), find_item (dropdown, text));
}

/* Waits until the preview is drawn again; returns its aspect ratio. */
static double
wait_for_preview (MpExportDialog *dialog,
                  GdkPaintable   *before)
{
  GdkPaintable *preview;

  for (guint i = 0; i < 1000 && mp_export_dialog_get_preview (dialog) == before; i++)
    g_main_context_iteration (NULL, TRUE);

  preview = mp_export_dialog_get_preview (dialog);
  g_assert_true (preview != before);
  g_assert_true (GDK_IS_TEXTURE (preview));

  return gdk_paintable_get_intrinsic_aspect_ratio (preview);
}

static GdkPaintable *
current_preview (MpExportDialog *dialog)
{
  return mp_export_dialog_get_preview (dialog);
}

static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  MpExportDialog *dialog = fixture->dialog;
  GtkWidget *what = control (dialog, "_What");
  GtkWidget *size = control (dialog, "_Size");
  g_autofree char *chart = NULL;
  GdkPaintable *before;
  double ratio;
  int width, height;

  /* The chart, as a 16:9 slide, in PNG at 2×. */
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  ratio = wait_for_preview (dialog, NULL);
  g_assert_cmpfloat_with_epsilon (ratio, 1920.0 / 1080.0, 0.01);
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (what))),
                                                               gtk_drop_down_get_selected (GTK_DROP_DOWN (what))),
                                   "Chart: "));
  g_assert_true (item_is_offered (size, "Slide 16:9"));
  g_assert_true (item_is_offered (size, "Document"));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (dialog, "PNG"))));
  g_assert_false (gtk_widget_get_sensitive (button (dialog, "CSV")));
  chart = mp_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (chart, ==, "aid-AZ-KZ.png");

  /* The handout: a portrait page, A4 or Letter, PDF or PNG. */
  before = current_preview (dialog);
  choose (what, "Handout");
  ratio = wait_for_preview (dialog, before);
  g_assert_cmpfloat_with_epsilon (ratio, 595.0 / 842.0, 0.01);
  g_assert_cmpint (g_settings_get_enum (fixture->settings, "export-what"), ==, MP_EXPORT_WHAT_HANDOUT);
  g_assert_true (item_is_offered (size, "A4"));
  g_assert_true (item_is_offered (size, "Letter"));
  g_assert_false (item_is_offered (size, "Slide 16:9"));
  g_assert_false (gtk_widget_get_sensitive (button (dialog, "SVG")));
  g_assert_false (gtk_widget_get_sensitive (button (dialog, "CSV")));

  before = current_preview (dialog);
  choose (size, "Letter");
  ratio = wait_for_preview (dialog, before);
  g_assert_cmpfloat_with_epsilon (ratio, 612.0 / 792.0, 0.01);
  g_assert_cmpint (g_settings_get_enum (fixture->settings, "export-paper"), ==, 1);

  /* The table: CSV only, no size, its first lines shown. */
  choose (what, "Chart Table");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (dialog, "CSV"))));
  g_assert_false (gtk_widget_get_sensitive (button (dialog, "PNG")));
  g_assert_false (gtk_widget_get_sensitive (size));
  {
    g_autofree char *name = mp_export_dialog_dup_file_name (dialog);

    g_assert_cmpstr (name, ==, "aid-AZ-KZ.csv");
  }

  /* Back to the chart, at a custom 4:3 size, in SVG. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (what), MP_EXPORT_WHAT_CHART);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (dialog, "PNG"))));
  choose (size, "Custom");
  g_assert_true (gtk_widget_get_visible (control (dialog, "W_idth")));
  before = current_preview (dialog);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control (dialog, "W_idth")), 800);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control (dialog, "_Height")), 600);
  ratio = wait_for_preview (dialog, before);
  g_assert_cmpfloat_with_epsilon (ratio, 800.0 / 600.0, 0.01);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (dialog, "SVG")), TRUE);
  g_assert_false (gtk_widget_is_sensitive (control (dialog, "Sc_ale")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (dialog, "PNG")), TRUE);
  g_assert_true (gtk_widget_is_sensitive (control (dialog, "Sc_ale")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (dialog, "1×")), TRUE);
  g_assert_false (g_settings_get_boolean (fixture->settings, "export-hidpi"));
  g_settings_get (fixture->settings, "export-custom-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);

  /* Closed and opened again: as it was left. */
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_briefly ();
  g_assert_null (find_dialog ());
  dialog = fixture->dialog = open_dialog (fixture, "");
  g_assert_nonnull (dialog);
  g_assert_cmpint (mp_export_dialog_get_what (dialog), ==, MP_EXPORT_WHAT_CHART);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (control (dialog, "W_idth"))), ==, 800);
  g_assert_true (gtk_widget_get_visible (control (dialog, "_Height")));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (dialog, "1×"))));
  ratio = wait_for_preview (dialog, NULL);
  g_assert_cmpfloat_with_epsilon (ratio, 800.0 / 600.0, 0.01);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_briefly ();

  /* The menu's Export Handout… opens it on the handout, and Ctrl+E
   * then opens it where it was left: on the handout, on Letter paper. */
  dialog = open_dialog (fixture, "handout");
  g_assert_cmpint (mp_export_dialog_get_what (dialog), ==, MP_EXPORT_WHAT_HANDOUT);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_briefly ();
  dialog = fixture->dialog = open_dialog (fixture, "");
  g_assert_cmpint (mp_export_dialog_get_what (dialog), ==, MP_EXPORT_WHAT_HANDOUT);
  size = control (dialog, "_Size");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (size))),
                                               gtk_drop_down_get_selected (GTK_DROP_DOWN (size))), ==, "Letter");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_briefly ();
}

static char *
export_to (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (mp_export_dialog_export_to_file (fixture->dialog, file, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  MpExportDialog *dialog = fixture->dialog;
  GtkWidget *what = control (dialog, "_What");
  GtkWidget *size = control (dialog, "_Size");
  GtkWidget *toast = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autofree char *png = NULL;
  g_autoptr(GFile) bad = g_file_new_for_path ("/nonexistent-folder/chart.png");
  int pages;

  /* A chart on a slide at 2×: 3840 × 2160 pixels; the extension is
   * added to a name typed without one. */
  path = export_to (fixture, "chart");
  png = g_strconcat (path, ".png", NULL);
  pixbuf = gdk_pixbuf_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 3840);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 2160);
  /* The window says where it went. */
  toast = mp_test_find_widget_with_class (GTK_WIDGET (fixture->window), "toast");
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (toast)), "Saved "));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (toast)), "chart.png"));
  g_clear_pointer (&path, g_free);

  /* The handout on Letter paper, as a PDF (how many pages its sources
   * take is test-handout's business). */
  choose (what, "Handout");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (dialog, "PDF")), TRUE);
  choose (size, "Letter");
  path = export_to (fixture, "handout.pdf");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  pages = mp_test_pdf_pages (path);
  if (pages >= 0)
    {
      double width, height;

      g_assert_cmpint (pages, >=, 1);
      mp_test_pdf_page_size (path, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
      g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
    }
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&contents, g_free);

  /* The table, as CSV. */
  choose (what, "Chart Table");
  path = export_to (fixture, "table.csv");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Year,Azerbaijan (US$ million),Kazakhstan (US$ million)"));
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&contents, g_free);

  /* The lesson, as a PDF of one page per slide. */
  choose (what, "Lesson Slides");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (dialog, "PDF"))));
  path = export_to (fixture, "lesson.pdf");
  pages = mp_test_pdf_pages (path);
  if (pages >= 0)
    {
      g_autoptr(MpLesson) lesson = mp_lesson_new_builtin ();

      g_assert_cmpint (pages, ==, mp_slides_get_n (lesson, MP_SLIDES_DECK));
    }

  /* The lesson as PNGs at 2×, one per slide, of a custom size. */
  g_clear_pointer (&path, g_free);
  g_clear_object (&pixbuf);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (dialog, "PNG")), TRUE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (dialog, "2×")), TRUE);
  choose (size, "Custom");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control (dialog, "W_idth")), 320);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control (dialog, "_Height")), 180);
  path = export_to (fixture, "deck.png");
  g_clear_pointer (&png, g_free);
  png = g_build_filename (fixture->dir, "deck-01.png", NULL);
  pixbuf = gdk_pixbuf_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 640);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 360);

  /* A file that cannot be written: said in the dialog, which stays as it was. */
  g_assert_false (mp_export_dialog_export_to_file (dialog, bad, &error));
  g_assert_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_nonnull (mp_test_find_widget (GTK_WIDGET (dialog), is_label_with_text, error->message));
  g_assert_cmpint (mp_export_dialog_get_what (dialog), ==, MP_EXPORT_WHAT_LESSON);
}

/* Each control is named by a label with a mnemonic (a screen reader
 * says it); Enter exports; the dialog fits a 400-pixel-wide screen. */
static void
test_keyboard_and_size (Fixture       *fixture,
                        gconstpointer  data)
{
  MpExportDialog *dialog = fixture->dialog;
  const char *labels[] = { "_What", "_Size", "W_idth", "_Height", "Sc_ale" };
  int minimum, natural;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *label = mp_test_find_widget (GTK_WIDGET (dialog), is_label_with_text, labels[i]);

      gtk_test_accessible_assert_relation (control (dialog, labels[i]), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                           label, NULL);
    }
  /* The formats are a group named "Format", each button by its format
   * alone (its mnemonic made the first one "PNG Format" beside "SVG"). */
  gtk_test_accessible_assert_relation (gtk_widget_get_parent (button (dialog, "PNG")),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       mp_test_find_widget (GTK_WIDGET (dialog), is_label_with_text, "_Format"), NULL);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button (dialog, "PNG")),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  /* The button a drop-down gives the focus to says what it chooses,
   * not "GtkToggleButton"; Cancel is said once, without its mnemonic. */
  gtk_test_accessible_assert_property (gtk_widget_get_first_child (control (dialog, "_What")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "What");
  gtk_test_accessible_assert_property (gtk_widget_get_first_child (control (dialog, "_Size")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Size");
  gtk_test_accessible_assert_property (button (dialog, "_Cancel"), GTK_ACCESSIBLE_PROPERTY_LABEL, "Cancel");
  gtk_test_accessible_assert_property (button (dialog, "_Export…"), GTK_ACCESSIBLE_PROPERTY_LABEL, "Export…");
  /* Each once: not labelled by its own text as well ("Cancel Cancel" to
   * AT-SPI), and a drop-down by its label alone ("What What"). */
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button (dialog, "_Cancel")),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button (dialog, "_Export…")),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (control (dialog, "_What")),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));

  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == button (dialog, "_Export…"));

  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 400);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, 400, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 700);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_setenv ("GTK_A11Y", "test", TRUE);
  mp_test_gtk_init (&argc, &argv);

  shared_app = mp_test_application_new ();

  g_test_add ("/mp/export-dialog/choices", Fixture, NULL, fixture_set_up, test_choices, fixture_tear_down);
  g_test_add ("/mp/export-dialog/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/mp/export-dialog/keyboard-and-size", Fixture, NULL, fixture_set_up, test_keyboard_and_size, fixture_tear_down);

  ret = g_test_run ();

  g_clear_pointer (&shared_app, mp_test_application_free);

  return ret;
}
