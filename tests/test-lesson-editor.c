/* test-lesson-editor.c
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

#include "mp-lesson-editor.h"
#include "mp-test-init.h"
#include "mp-test-widgets.h"
#include "mp-tooltip.h"

/* The lesson editor as a teacher uses it: reorder, caption and remove
 * steps with the buttons and entries of the rows, and see the lesson
 * (what Save Lesson… writes) and the list change together. */

typedef struct
{
  MpLesson  *lesson;
  GtkWidget *editor;
  GtkWidget *list;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *az_kz[] = { "AZ", "KZ", NULL };
  const char *az_tr[] = { "AZ", "TR", NULL };
  const char *kz[] = { "KZ", NULL };

  fixture->lesson = mp_lesson_new ("Neighbours");
  mp_lesson_append_step (fixture->lesson, az_kz, "cards", FALSE, "Two middle powers");
  mp_lesson_append_step (fixture->lesson, az_tr, "aid", FALSE, NULL);
  mp_lesson_append_step (fixture->lesson, kz, "indicator:gdp", TRUE, "Output");

  fixture->editor = mp_lesson_editor_new (NULL, fixture->lesson);
  g_object_add_weak_pointer (G_OBJECT (fixture->editor), (gpointer *) &fixture->editor);
  gtk_window_present (GTK_WINDOW (fixture->editor));
  fixture->list = mp_test_find_widget_of_type (fixture->editor, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (fixture->list);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->editor));
  g_assert_null (fixture->editor);
  /* The editor let go of the lesson. */
  g_assert_finalize_object (fixture->lesson);
}

static guint
n_rows (Fixture *fixture)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (fixture->list), (int) n) != NULL)
    n++;

  return n;
}

static GtkWidget *
row (Fixture *fixture,
     guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (fixture->list), (int) index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static gboolean
has_icon (GtkWidget     *widget,
          gconstpointer  icon_name)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0;
}

static GtkWidget *
button (Fixture    *fixture,
        guint       index,
        const char *icon_name)
{
  GtkWidget *button = mp_test_find_widget (row (fixture, index), has_icon, icon_name);

  g_assert_nonnull (button);
  return button;
}

#define MOVE_UP   "go-up-symbolic"
#define MOVE_DOWN "go-down-symbolic"
#define REMOVE    "user-trash-symbolic"

static GtkEditable *
caption_entry (Fixture *fixture,
               guint    index)
{
  GtkWidget *entry = mp_test_find_widget_of_type (row (fixture, index), GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static gboolean
is_question_entry (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_ENTRY (widget) &&
         g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), "No question for the handout") == 0;
}

static GtkEditable *
question_entry (Fixture *fixture,
                guint    index)
{
  GtkWidget *entry = mp_test_find_widget (row (fixture, index), is_question_entry, NULL);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

static gboolean
is_details_label (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "caption");
}

/* What the row says the step shows: "Aid · AZ, TR". */
static const char *
details (Fixture *fixture,
         guint    index)
{
  GtkWidget *label = mp_test_find_widget (row (fixture, index), is_details_label, NULL);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *title_entry = mp_test_find_widget_of_type (fixture->editor, GTK_TYPE_ENTRY);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->editor)), ==, "Edit Lesson");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_entry)), ==, "Neighbours");

  g_assert_cmpuint (n_rows (fixture), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (caption_entry (fixture, 0)), ==, "Two middle powers");
  g_assert_cmpstr (gtk_editable_get_text (caption_entry (fixture, 1)), ==, "");
  g_assert_cmpstr (details (fixture, 0), ==, "Country cards · AZ, KZ");
  g_assert_cmpstr (details (fixture, 1), ==, "Aid · AZ, TR");
  g_assert_cmpstr (details (fixture, 2), ==, "Indicator: gdp, logarithmic scale · KZ");

  /* Only the moves that make sense. */
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 0, MOVE_UP)));
  g_assert_true (gtk_widget_get_sensitive (button (fixture, 0, MOVE_DOWN)));
  g_assert_true (gtk_widget_get_sensitive (button (fixture, 1, MOVE_UP)));
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 2, MOVE_DOWN)));
  g_assert_true (gtk_widget_get_sensitive (button (fixture, 2, REMOVE)));

  /* Icon buttons say what they do, to the pointer and to a screen
   * reader. */
  g_assert_cmpstr (mp_widget_get_tooltip (button (fixture, 1, MOVE_UP)), ==, "Move Up");
  g_assert_cmpstr (mp_widget_get_tooltip (button (fixture, 1, MOVE_DOWN)), ==, "Move Down");
  g_assert_cmpstr (mp_widget_get_tooltip (button (fixture, 1, REMOVE)), ==, "Remove Step");
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *json = NULL;
  GtkWidget *down;

  click (button (fixture, 0, MOVE_DOWN));

  g_assert_cmpstr (mp_lesson_get_step (fixture->lesson, 0)->view, ==, "aid");
  g_assert_cmpstr (mp_lesson_get_step (fixture->lesson, 1)->view, ==, "cards");
  json = mp_lesson_to_json (fixture->lesson);
  g_assert_true (strstr (json, "\"aid\"") < strstr (json, "\"cards\""));

  g_assert_cmpstr (details (fixture, 0), ==, "Aid · AZ, TR");
  g_assert_cmpstr (details (fixture, 1), ==, "Country cards · AZ, KZ");
  g_assert_cmpstr (gtk_editable_get_text (caption_entry (fixture, 1)), ==, "Two middle powers");
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 0, MOVE_UP)));
  g_assert_true (gtk_widget_get_sensitive (button (fixture, 1, MOVE_UP)));

  /* The keyboard focus follows the step: Move Down again moves it on. */
  down = button (fixture, 1, MOVE_DOWN);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->editor)) == down);
  click (down);
  g_assert_cmpstr (mp_lesson_get_step (fixture->lesson, 2)->view, ==, "cards");
  g_assert_cmpstr (details (fixture, 2), ==, "Country cards · AZ, KZ");
  /* At the bottom, Move Down is off: the focus is on Move Up. */
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 2, MOVE_DOWN)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->editor)) == button (fixture, 2, MOVE_UP));

  click (button (fixture, 2, MOVE_UP));
  g_assert_cmpstr (mp_lesson_get_step (fixture->lesson, 1)->view, ==, "cards");
  g_assert_cmpstr (details (fixture, 1), ==, "Country cards · AZ, KZ");
}

/* A question typed for a step is the lesson's, saved in its file, and
 * emptied it is gone. */
static void
test_question (Fixture       *fixture,
               gconstpointer  data)
{
  GtkEditable *entry = question_entry (fixture, 1);
  const MpText *question;
  g_autofree char *json = NULL;

  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  gtk_editable_set_text (entry, "Which country gave more in 2022?");
  question = mp_lesson_get_step (fixture->lesson, 1)->question;
  g_assert_nonnull (question);
  g_assert_cmpstr (mp_text_get (question, NULL), ==, "Which country gave more in 2022?");
  /* The caption is another text. */
  g_assert_cmpstr (gtk_editable_get_text (caption_entry (fixture, 1)), !=, "Which country gave more in 2022?");
  json = mp_lesson_to_json (fixture->lesson);
  g_assert_nonnull (strstr (json, "\"question\""));
  g_assert_nonnull (strstr (json, "Which country gave more in 2022?"));
  g_assert_true (question_entry (fixture, 1) == entry);

  gtk_editable_set_text (entry, "");
  g_assert_null (mp_lesson_get_step (fixture->lesson, 1)->question);
  g_clear_pointer (&json, g_free);
  json = mp_lesson_to_json (fixture->lesson);
  g_assert_null (strstr (json, "\"question\""));
}

static void
test_caption (Fixture       *fixture,
              gconstpointer  data)
{
  GtkEditable *entry = caption_entry (fixture, 1);
  const MpText *caption;
  g_autofree char *json = NULL;

  gtk_editable_set_text (entry, "Where the aid goes");
  caption = mp_lesson_get_step (fixture->lesson, 1)->caption;
  g_assert_nonnull (caption);
  g_assert_cmpstr (mp_text_get (caption, NULL), ==, "Where the aid goes");
  json = mp_lesson_to_json (fixture->lesson);
  g_assert_nonnull (strstr (json, "\"Where the aid goes\""));

  /* Typing does not rebuild the row under the cursor. */
  g_assert_true (caption_entry (fixture, 1) == entry);

  /* Emptied: no caption, and none in the file. */
  gtk_editable_set_text (caption_entry (fixture, 0), "");
  g_assert_null (mp_lesson_get_step (fixture->lesson, 0)->caption);
  g_clear_pointer (&json, g_free);
  json = mp_lesson_to_json (fixture->lesson);
  g_assert_null (strstr (json, "Two middle powers"));

  /* The title too. */
  gtk_editable_set_text (GTK_EDITABLE (mp_test_find_widget_of_type (fixture->editor, GTK_TYPE_ENTRY)),
                         "Good neighbours");
  g_assert_cmpstr (mp_lesson_get_title (fixture->lesson), ==, "Good neighbours");
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  const char *tr[] = { "TR", NULL };

  click (button (fixture, 0, REMOVE));
  g_assert_cmpuint (mp_lesson_get_n_steps (fixture->lesson), ==, 2);
  g_assert_cmpstr (mp_lesson_get_step (fixture->lesson, 0)->view, ==, "aid");
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_cmpstr (details (fixture, 0), ==, "Aid · AZ, TR");
  /* The focus is on the Remove button of the step that took its place. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->editor)) == button (fixture, 0, REMOVE));

  click (button (fixture, 1, REMOVE));
  g_assert_cmpuint (mp_lesson_get_n_steps (fixture->lesson), ==, 1);
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  /* A lesson keeps one step: nothing to remove or move. */
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 0, REMOVE)));
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 0, MOVE_UP)));
  g_assert_false (gtk_widget_get_sensitive (button (fixture, 0, MOVE_DOWN)));

  /* A step added from the window (Add Current View to Lesson) shows,
   * and can be removed again. */
  mp_lesson_append_step (fixture->lesson, tr, "sources", FALSE, NULL);
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_cmpstr (details (fixture, 1), ==, "Sources · TR");
  g_assert_true (gtk_widget_get_sensitive (button (fixture, 0, REMOVE)));
}

/* Escape closes the editor, as it does a dialog. */
static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (fixture->editor, "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (fixture->editor);
}

int
main (int   argc,
      char *argv[])
{
  mp_test_gtk_init (&argc, &argv);

  g_test_add ("/mp/lesson-editor/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/mp/lesson-editor/move", Fixture, NULL, fixture_set_up, test_move, fixture_tear_down);
  g_test_add ("/mp/lesson-editor/caption", Fixture, NULL, fixture_set_up, test_caption, fixture_tear_down);
  g_test_add ("/mp/lesson-editor/question", Fixture, NULL, fixture_set_up, test_question, fixture_tear_down);
  g_test_add ("/mp/lesson-editor/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);
  g_test_add ("/mp/lesson-editor/escape", Fixture, NULL, fixture_set_up, test_escape, fixture_tear_down);

  return g_test_run ();
}
