/* test-lesson.c
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

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mp-lesson.h"
#include "mp-limits.h"

/* Saves @lesson and opens the saved text: the same lesson comes back,
 * and saving it again writes the same text. */
static void
assert_round_trips (MpLesson *lesson)
{
  g_autoptr(MpLesson) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = mp_lesson_to_json (lesson);
  g_autofree char *saved_again = NULL;

  reopened = mp_lesson_new_from_data ("saved.json", saved, strlen (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mp_lesson_get_title (reopened), ==, mp_lesson_get_title (lesson));
  g_assert_cmpuint (mp_lesson_get_n_steps (reopened), ==, mp_lesson_get_n_steps (lesson));

  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    {
      const MpLessonStep *a = mp_lesson_get_step (lesson, i);
      const MpLessonStep *b = mp_lesson_get_step (reopened, i);

      g_assert_true (mp_lesson_step_equal (a, b));
    }

  saved_again = mp_lesson_to_json (reopened);
  g_assert_cmpstr (saved_again, ==, saved);
}

static void
test_builtin (void)
{
  g_autoptr(MpLesson) lesson = mp_lesson_new_builtin ();
  const MpLessonStep *step;
  gboolean has_sources = FALSE;

  g_assert_cmpuint (mp_lesson_get_n_steps (lesson), >=, 6);

  step = mp_lesson_get_step (lesson, 0);
  g_assert_cmpstr (step->view, ==, "cards");
  g_assert_cmpstr (step->countries[0], ==, "AZ");
  g_assert_cmpstr (step->countries[1], ==, "KZ");
  g_assert_cmpstr (mp_text_get (step->caption, "en"), ==, "Two middle powers side by side");
  g_assert_cmpstr (mp_text_get (step->caption, "kk"), ==, "Екі орта держава қатар");

  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    {
      step = mp_lesson_get_step (lesson, i);
      g_assert_true (mp_lesson_view_is_valid (step->view));
      has_sources |= g_str_equal (step->view, "sources");
    }
  g_assert_true (has_sources);
  g_assert_null (mp_lesson_get_step (lesson, mp_lesson_get_n_steps (lesson)));
}

static void
test_round_trip (void)
{
  g_autoptr(MpLesson) lesson = mp_lesson_new ("My lesson");
  g_autoptr(MpLesson) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *two[] = { "AZ", "TR", NULL };
  const char *one[] = { "KZ", NULL };
  const MpLessonStep *step;

  mp_lesson_append_step (lesson, two, "aid", FALSE, "Aid compared");
  mp_lesson_append_step (lesson, one, "indicator:gdp", TRUE, NULL);

  g_assert_true (mp_lesson_save (lesson, file, &error));
  g_assert_no_error (error);

  loaded = mp_lesson_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mp_lesson_get_title (loaded), ==, "My lesson");
  g_assert_cmpuint (mp_lesson_get_n_steps (loaded), ==, 2);

  step = mp_lesson_get_step (loaded, 0);
  g_assert_cmpstr (step->countries[1], ==, "TR");
  g_assert_cmpstr (step->view, ==, "aid");
  g_assert_false (step->log_scale);
  g_assert_cmpstr (mp_text_get (step->caption, "en"), ==, "Aid compared");

  step = mp_lesson_get_step (loaded, 1);
  g_assert_cmpstr (step->view, ==, "indicator:gdp");
  g_assert_true (step->log_scale);
  g_assert_null (step->caption);

  g_unlink (path);
  g_rmdir (dir);
}

/* A step shows up to eight countries (MP_MAX_COUNTRIES): Central Asia
 * and the South Caucasus load, in their order. */
static void
test_eight_countries (void)
{
  static const char json[] =
    "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": \"Eight\", \"steps\": ["
    "{\"countries\": [\"AM\", \"AZ\", \"GE\", \"KZ\", \"KG\", \"TJ\", \"TM\", \"UZ\"], \"view\": \"cards\"}]}";
  static const char * const expected[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpLesson) lesson = mp_lesson_new_from_data ("eight.json", json, strlen (json), &error);
  const MpLessonStep *step;

  g_assert_no_error (error);
  g_assert_nonnull (lesson);
  step = mp_lesson_get_step (lesson, 0);
  g_assert_cmpuint (g_strv_length (step->countries), ==, MP_MAX_COUNTRIES);
  g_assert_true (g_strv_equal ((const char * const *) step->countries, expected));
}

static void
test_errors (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } cases[] = {
    { "[]", "bad.json: $: expected a JSON object" },
    { "{\"format\": \"x\", \"version\": 1, \"steps\": []}", "bad.json: $.format: expected \"middle-powers-lesson\"" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 2, \"steps\": []}", "bad.json: $.version: expected version 1" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": []}", "bad.json: $.steps: a lesson needs at least one step" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"pie\"}]}",
      "bad.json: $.steps[0].view: expected one of cards, aid, contributions, memberships, memberships:shared, memberships:unique, indicator:ID, sources" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": [], \"view\": \"aid\"}]}",
      "bad.json: $.steps[0].countries: expected an array of 1 to 8 country ids" },
    /* Eight countries at most (MP_MAX_COUNTRIES), and the message says so. */
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": "
      "[\"AM\", \"AZ\", \"GE\", \"KZ\", \"KG\", \"TJ\", \"TM\", \"UZ\", \"TR\"], \"view\": \"aid\"}]}",
      "bad.json: $.steps[0].countries: a step shows at most 8 countries, this one lists 9" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\", \"caption\": 3}]}",
      "bad.json: $.steps[0].caption: expected a text like {\"en\": \"…\"}" },
    /* Values of the wrong type are located problems, not criticals
     * (fatal in tests). */
    { "{\"format\": 5, \"version\": 1, \"steps\": []}", "bad.json: $.format: expected \"middle-powers-lesson\"" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": \"1\", \"steps\": []}", "bad.json: $.version: expected version 1" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1.5, \"steps\": []}", "bad.json: $.version: expected version 1" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": [\"AZ\"], \"view\": 5}]}",
      "bad.json: $.steps[0].view: expected one of cards, aid, contributions, memberships, memberships:shared, memberships:unique, indicator:ID, sources" },
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\", \"log_scale\": \"yes\"}]}",
      "bad.json: $.steps[0].log_scale: expected true or false" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MpLesson) lesson = NULL;

      lesson = mp_lesson_new_from_data ("bad.json", cases[i].json, strlen (cases[i].json), &error);
      g_assert_null (lesson);
      g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A lesson opened and saved again keeps its title's translations, and
 * the saved file opens to the same lesson. */
static void
test_translated_title (void)
{
  const char *json = "{\"format\": \"middle-powers-lesson\", \"version\": 1,\n"
                     " \"title\": {\"en\": \"Neighbours\", \"ru\": \"Соседи\", \"kk\": \"Көршілер\"},\n"
                     " \"steps\": [{\"countries\": [\"AZ\", \"KZ\"], \"view\": \"cards\"}]}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MpLesson) lesson = mp_lesson_new_from_data ("class.json", json, strlen (json), &error);
  g_autoptr(MpLesson) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  g_assert_no_error (error);
  saved = mp_lesson_to_json (lesson);
  g_assert_nonnull (strstr (saved, "Соседи"));
  g_assert_nonnull (strstr (saved, "Көршілер"));

  again = mp_lesson_new_from_data ("class.json", saved, strlen (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mp_lesson_get_title (again), ==, mp_lesson_get_title (lesson));
  saved_again = mp_lesson_to_json (again);
  g_assert_cmpstr (saved_again, ==, saved);
}

/* The lesson that ships survives save → open unchanged: every step,
 * every caption translation, the log scale. */
static void
test_builtin_round_trip (void)
{
  g_autoptr(MpLesson) lesson = mp_lesson_new_builtin ();
  g_autofree char *saved = mp_lesson_to_json (lesson);

  g_assert_nonnull (strstr (saved, "Азербайджан и Казахстан"));
  g_assert_nonnull (strstr (saved, "\"log_scale\" : true"));
  assert_round_trips (lesson);
}

/* What the lesson fuzz target (tests/fuzz) found, reduced, and the
 * neighbouring cases of the same causes. */
static void
test_fuzz_found (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } refused[] = {
    /* Found: an unpaired surrogate, which json-glib 1.6 reads into bytes
     * that are not UTF-8, here inside its own error message. */
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1,\n \"\\ud800\"\"steps\": []}",
      "bad.json:2:3: unpaired surrogate \\ud800 in a string" },
    /* The same in a title, which would save to a file that does not
     * open again. */
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": {\"en\": \"\\ud800\"},\n"
      " \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\"}]}",
      "bad.json:1:67: unpaired surrogate \\ud800 in a string" },
    /* An "en" that is no string: the caption would save without English
     * and not open again. */
    { "{\"format\": \"middle-powers-lesson\", \"version\": 1,\n"
      " \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\", \"caption\": {\"en\": 5, \"ru\": \"x\"}}]}",
      "bad.json: $.steps[0].caption: expected a text like {\"en\": \"…\"}" },
  };
  static const char * const opened[] = {
    /* Found, as the fuzzer minimized it: a language named "" made MpText
     * log a critical. */
    "{\"format\":\"middle-powers-lesson\",\"version\":1,\"steps\":[{\"countries\":[\"\"],\"view\":\"sources\","
    "\"caption\":{\"en\":\"\",\"\":\"\"}}]}",
    /* Found by the round-trip check on a seed: no title saved as
     * "Untitled Lesson", opened again as {"en": "Untitled Lesson"}, so
     * the second save differed from the first. */
    "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\"}]}",
    /* The same for a plain title, and for a title whose "en" is no
     * string. */
    "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": \"Class\",\n"
    " \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\", \"caption\": \"Aid\"}]}",
    "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": {\"en\": 5, \"ru\": \"Класс\"},\n"
    " \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MpLesson) lesson = NULL;

      lesson = mp_lesson_new_from_data ("bad.json", refused[i].json, strlen (refused[i].json), &error);
      g_assert_null (lesson);
      g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpstr (error->message, ==, refused[i].message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (opened); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MpLesson) lesson = NULL;

      lesson = mp_lesson_new_from_data ("fuzz.json", opened[i], strlen (opened[i]), &error);
      g_assert_no_error (error);
      assert_round_trips (lesson);
    }
}

/* Lessons are read as strictly as datasets (data/FORMAT.md): a byte
 * order mark is fine; what json-glib 1.6 also accepts (comments, single
 * quotes) is not, and neither is nesting deeper than a lesson's, on
 * which json-glib recursed until the stack overflowed. */
static void
test_strict_json (void)
{
  static const char bom[] = "\xEF\xBB\xBF{\"format\": \"middle-powers-lesson\", \"version\": 1,"
                            " \"steps\": [{\"countries\": [\"AZ\"], \"view\": \"aid\"}]}";
  static const char lenient[] = "{\"format\": \"middle-powers-lesson\", \"version\": 1, /* notes */"
                                " \"steps\": [{\"countries\": [\"AZ\"], \"view\": 'aid'}]}";
  g_autofree char *open = g_strnfill (100000, '[');
  g_autofree char *close = g_strnfill (100000, ']');
  g_autofree char *deep = g_strconcat (open, close, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpLesson) lesson = NULL;

  lesson = mp_lesson_new_from_data ("bom.json", bom, strlen (bom), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mp_lesson_get_n_steps (lesson), ==, 1);

  g_assert_null (mp_lesson_new_from_data ("bad.json", lenient, strlen (lenient), &error));
  g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad.json:1:"));
  g_clear_error (&error);

  g_assert_null (mp_lesson_new_from_data ("bad.json", deep, strlen (deep), &error));
  g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad.json:1:"));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Whatever a teacher or a student picks in the chooser is refused with a
 * message, not read forever: a FIFO (opening it would block until a
 * writer comes), a device that never ends, a file too big to be a
 * lesson.  The window reads on a worker thread. */
static void
test_unreadable_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mp-lesson-XXXXXX", NULL);
  g_autofree char *fifo_path = g_build_filename (dir, "lesson.json", NULL);
  g_autofree char *big_path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *good_path = g_build_filename (dir, "good.json", NULL);
  g_autofree char *big = g_strnfill (MP_LESSON_MAX_FILE_SIZE + 1, ' ');
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFile) large = g_file_new_for_path (big_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();
  g_autoptr(MpLesson) lesson = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  g_assert_null (mp_lesson_new_from_file (fifo, &error));
  g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_NOT_REGULAR);
  g_assert_cmpstr (error->message, ==, "lesson.json: cannot read the lesson: it is not a regular file");
  g_clear_error (&error);

  g_assert_null (mp_lesson_new_from_file (zero, &error));
  g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (big_path, big, -1, NULL));
  g_assert_null (mp_lesson_new_from_file (large, &error));
  g_assert_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* The worker-thread read gives the same lesson as the direct one. */
  g_assert_true (mp_lesson_save (builtin, good, &error));
  g_assert_no_error (error);
  mp_lesson_new_from_file_async (good, NULL, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  lesson = mp_lesson_new_from_file_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mp_lesson_get_title (lesson), ==, mp_lesson_get_title (builtin));
  g_assert_cmpuint (mp_lesson_get_n_steps (lesson), ==, mp_lesson_get_n_steps (builtin));

  g_unlink (fifo_path);
  g_unlink (big_path);
  g_unlink (good_path);
  g_rmdir (dir);
}

static void
count_changed_cb (MpLesson *lesson,
                  guint    *count)
{
  (*count)++;
}

/* Three steps, A B C by their first country, captioned in three
 * languages. */
static MpLesson *
three_steps (void)
{
  const char *json = "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": \"Three\",\n"
                     " \"steps\": [\n"
                     "  {\"countries\": [\"AZ\", \"KZ\"], \"view\": \"cards\",\n"
                     "   \"caption\": {\"en\": \"Side by side\", \"ru\": \"Рядом\", \"kk\": \"Қатар\"}},\n"
                     "  {\"countries\": [\"BR\"], \"view\": \"aid\"},\n"
                     "  {\"countries\": [\"TR\", \"KZ\"], \"view\": \"indicator:gdp\", \"log_scale\": true,\n"
                     "   \"caption\": \"Output\"}]}\n";
  g_autoptr(GError) error = NULL;
  MpLesson *lesson = mp_lesson_new_from_data ("three.json", json, strlen (json), &error);

  g_assert_no_error (error);
  return lesson;
}

/* The steps' first countries, in order: "AZ BR TR". */
static char *
order_of (MpLesson *lesson)
{
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    g_string_append_printf (order, "%s%s", i > 0 ? " " : "", mp_lesson_get_step (lesson, i)->countries[0]);

  return g_string_free (order, FALSE);
}

/* Saved to a file and opened again, as a teacher would. */
static MpLesson *
save_and_open (MpLesson *lesson)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MpLesson *loaded;

  g_assert_true (mp_lesson_save (lesson, file, &error));
  g_assert_no_error (error);
  loaded = mp_lesson_new_from_file (file, &error);
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);

  return loaded;
}

static void
test_remove_step (void)
{
  g_autoptr(MpLesson) lesson = three_steps ();
  g_autoptr(MpLesson) loaded = NULL;
  g_autofree char *json = NULL;
  g_autofree char *order = NULL;
  guint changed = 0;

  g_signal_connect (lesson, "changed", G_CALLBACK (count_changed_cb), &changed);

  mp_lesson_remove_step (lesson, 1);
  g_assert_cmpuint (changed, ==, 1);
  order = order_of (lesson);
  g_assert_cmpstr (order, ==, "AZ TR");
  json = mp_lesson_to_json (lesson);
  g_assert_null (strstr (json, "\"BR\""));
  g_assert_null (strstr (json, "\"aid\""));

  loaded = save_and_open (lesson);
  g_clear_pointer (&order, g_free);
  order = order_of (loaded);
  g_assert_cmpstr (order, ==, "AZ TR");
  g_assert_cmpstr (mp_lesson_get_step (loaded, 1)->view, ==, "indicator:gdp");
  g_assert_true (mp_lesson_get_step (loaded, 1)->log_scale);
  g_assert_cmpstr (mp_text_get (mp_lesson_get_step (loaded, 0)->caption, "kk"), ==, "Қатар");

  /* Down to one step, and no further: a lesson without steps does not
   * open. */
  mp_lesson_remove_step (lesson, 0);
  g_assert_cmpuint (mp_lesson_get_n_steps (lesson), ==, 1);
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*steps->len > 1*");
  mp_lesson_remove_step (lesson, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (mp_lesson_get_n_steps (lesson), ==, 1);
  g_assert_cmpstr (mp_lesson_get_step (lesson, 0)->countries[0], ==, "TR");
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_move_step (void)
{
  g_autoptr(MpLesson) lesson = three_steps ();
  g_autoptr(MpLesson) loaded = NULL;
  g_autofree char *json = NULL;
  g_autofree char *order = NULL;
  guint changed = 0;

  g_signal_connect (lesson, "changed", G_CALLBACK (count_changed_cb), &changed);

  /* The first step to the end. */
  mp_lesson_move_step (lesson, 0, 2);
  order = order_of (lesson);
  g_assert_cmpstr (order, ==, "BR TR AZ");
  g_assert_cmpuint (changed, ==, 1);

  /* The file lists them in that order: "BR" before "TR" before "AZ". */
  json = mp_lesson_to_json (lesson);
  g_assert_true (strstr (json, "\"BR\"") < strstr (json, "\"TR\""));
  g_assert_true (strstr (json, "\"TR\"") < strstr (json, "\"AZ\""));

  /* Each step moves whole: its view, scale and caption go with it. */
  loaded = save_and_open (lesson);
  g_clear_pointer (&order, g_free);
  order = order_of (loaded);
  g_assert_cmpstr (order, ==, "BR TR AZ");
  g_assert_cmpstr (mp_lesson_get_step (loaded, 1)->view, ==, "indicator:gdp");
  g_assert_true (mp_lesson_get_step (loaded, 1)->log_scale);
  g_assert_cmpstr (mp_text_get (mp_lesson_get_step (loaded, 2)->caption, "ru"), ==, "Рядом");
  g_assert_null (mp_lesson_get_step (loaded, 0)->caption);

  /* Up by one, and back. */
  mp_lesson_move_step (lesson, 2, 1);
  g_clear_pointer (&order, g_free);
  order = order_of (lesson);
  g_assert_cmpstr (order, ==, "BR AZ TR");
  mp_lesson_move_step (lesson, 1, 0);
  g_clear_pointer (&order, g_free);
  order = order_of (lesson);
  g_assert_cmpstr (order, ==, "AZ BR TR");
  g_assert_cmpuint (changed, ==, 3);

  /* Nowhere: nothing changed, nothing said. */
  mp_lesson_move_step (lesson, 1, 1);
  g_assert_cmpuint (changed, ==, 3);
}

/* The caption typed is the one read back in the UI language; the other
 * languages keep their translations, in the file too. */
static void
test_set_caption (void)
{
  g_autoptr(MpLesson) lesson = three_steps ();
  g_autoptr(MpLesson) loaded = NULL;
  const MpText *caption;
  guint changed = 0;

  g_signal_connect (lesson, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_setenv ("LANGUAGE", "ru", TRUE);
  mp_lesson_set_caption (lesson, 0, "Две страны рядом");
  g_assert_cmpuint (changed, ==, 1);
  caption = mp_lesson_get_step (lesson, 0)->caption;
  g_assert_cmpstr (mp_text_get (caption, NULL), ==, "Две страны рядом");

  loaded = save_and_open (lesson);
  caption = mp_lesson_get_step (loaded, 0)->caption;
  g_assert_cmpstr (mp_text_get (caption, "ru"), ==, "Две страны рядом");
  g_assert_cmpstr (mp_text_get (caption, "en"), ==, "Side by side");
  g_assert_cmpstr (mp_text_get (caption, "kk"), ==, "Қатар");
  g_clear_object (&loaded);

  /* The same text again changes nothing. */
  mp_lesson_set_caption (lesson, 0, "Две страны рядом");
  g_assert_cmpuint (changed, ==, 1);

  /* A step without a caption gets one in the user's language; the file
   * gives it English too (its format wants "en"), so that it opens. */
  g_setenv ("LANGUAGE", "kk", TRUE);
  mp_lesson_set_caption (lesson, 1, "Көмек");
  loaded = save_and_open (lesson);
  caption = mp_lesson_get_step (loaded, 1)->caption;
  g_assert_nonnull (caption);
  g_assert_cmpstr (mp_text_get (caption, "kk"), ==, "Көмек");
  g_assert_cmpstr (mp_text_get (caption, "en"), ==, "Көмек");
  g_clear_object (&loaded);

  /* Emptied in English, which showed the Kazakh one: English readers
   * see none, Kazakh readers keep theirs. */
  g_setenv ("LANGUAGE", "en", TRUE);
  mp_lesson_set_caption (lesson, 1, NULL);
  g_assert_cmpstr (mp_text_get (mp_lesson_get_step (lesson, 1)->caption, "en"), ==, "");
  g_assert_cmpstr (mp_text_get (mp_lesson_get_step (lesson, 1)->caption, "kk"), ==, "Көмек");

  /* Typed letter by letter, as an entry sets it: no stale English. */
  mp_lesson_remove_step (lesson, 1);
  mp_lesson_append_step (lesson, (const char * const[]) { "BR", NULL }, "aid", FALSE, NULL);
  g_setenv ("LANGUAGE", "kk", TRUE);
  g_assert_null (mp_lesson_get_step (lesson, 2)->caption);
  mp_lesson_set_caption (lesson, 2, "К");
  mp_lesson_set_caption (lesson, 2, "Кө");
  loaded = save_and_open (lesson);
  g_assert_cmpstr (mp_text_get (mp_lesson_get_step (loaded, 2)->caption, "en"), ==, "Кө");
  g_assert_cmpstr (mp_text_get (mp_lesson_get_step (loaded, 2)->caption, "kk"), ==, "Кө");
  g_clear_object (&loaded);

  /* Emptied in the only language it has: no caption (the slide shows
   * the lesson's title), and none in the file. */
  mp_lesson_set_caption (lesson, 2, "");
  g_assert_null (mp_lesson_get_step (lesson, 2)->caption);
  loaded = save_and_open (lesson);
  g_assert_null (mp_lesson_get_step (loaded, 2)->caption);
  g_clear_object (&loaded);

  /* Emptied in English while Russian and Kazakh have one: English
   * readers see none, the others keep theirs. */
  g_setenv ("LANGUAGE", "en", TRUE);
  mp_lesson_set_caption (lesson, 0, "");
  loaded = save_and_open (lesson);
  caption = mp_lesson_get_step (loaded, 0)->caption;
  g_assert_cmpstr (mp_text_get (caption, "en"), ==, "");
  g_assert_cmpstr (mp_text_get (caption, "kk"), ==, "Қатар");
  g_assert_cmpstr (mp_text_get (caption, "ru"), ==, "Две страны рядом");
}

static void
test_set_title (void)
{
  g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();
  g_autoptr(MpLesson) plain = mp_lesson_new ("Plain");
  g_autoptr(MpLesson) loaded = NULL;
  const char *one[] = { "KZ", NULL };

  g_setenv ("LANGUAGE", "kk", TRUE);
  mp_lesson_set_title (builtin, "Көршілер");
  g_assert_cmpstr (mp_lesson_get_title (builtin), ==, "Көршілер");
  loaded = save_and_open (builtin);
  g_assert_cmpstr (mp_lesson_get_title (loaded), ==, "Көршілер");
  g_setenv ("LANGUAGE", "ru", TRUE);
  g_clear_object (&loaded);
  loaded = save_and_open (builtin);
  g_assert_cmpstr (mp_lesson_get_title (loaded), ==, "Азербайджан и Казахстан");
  g_clear_object (&loaded);

  g_setenv ("LANGUAGE", "en", TRUE);
  mp_lesson_append_step (plain, one, "cards", FALSE, NULL);
  mp_lesson_set_title (plain, "Kazakhstan");
  loaded = save_and_open (plain);
  g_assert_cmpstr (mp_lesson_get_title (loaded), ==, "Kazakhstan");
}

/* Indices beyond the last step are programming errors: refused with a
 * critical, the lesson untouched. */
static void
test_out_of_range (void)
{
  g_autoptr(MpLesson) lesson = three_steps ();
  g_autofree char *before = mp_lesson_to_json (lesson);
  g_autofree char *after = NULL;
  guint changed = 0;

  g_signal_connect (lesson, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*index < self->steps->len*");
  mp_lesson_remove_step (lesson, 3);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*from < self->steps->len*");
  mp_lesson_move_step (lesson, 3, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*to < self->steps->len*");
  mp_lesson_move_step (lesson, 0, 3);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*index < self->steps->len*");
  mp_lesson_set_caption (lesson, G_MAXUINT, "Nowhere");
  g_test_assert_expected_messages ();

  after = mp_lesson_to_json (lesson);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (changed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/lesson/builtin", test_builtin);
  g_test_add_func ("/mp/lesson/round-trip", test_round_trip);
  g_test_add_func ("/mp/lesson/errors", test_errors);
  g_test_add_func ("/mp/lesson/eight-countries", test_eight_countries);
  g_test_add_func ("/mp/lesson/remove-step", test_remove_step);
  g_test_add_func ("/mp/lesson/move-step", test_move_step);
  g_test_add_func ("/mp/lesson/set-caption", test_set_caption);
  g_test_add_func ("/mp/lesson/set-title", test_set_title);
  g_test_add_func ("/mp/lesson/out-of-range", test_out_of_range);
  g_test_add_func ("/mp/lesson/unreadable-files", test_unreadable_files);
  g_test_add_func ("/mp/lesson/translated-title", test_translated_title);
  g_test_add_func ("/mp/lesson/builtin-round-trip", test_builtin_round_trip);
  g_test_add_func ("/mp/lesson/fuzz-found", test_fuzz_found);
  g_test_add_func ("/mp/lesson/strict-json", test_strict_json);

  return g_test_run ();
}
