/* fuzz-lesson.c
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

#include <stdint.h>
#include <string.h>

#include "mp-fuzz-log.h"
#include "mp-lesson.h"
#include "mp-limits.h"

/* libFuzzer target: any bytes, opened as a lesson file, must give either
 * a lesson or a located error, never a crash, a leak or a critical.  A
 * lesson that opens must survive save → open unchanged: a teacher who
 * opens a colleague's file and saves it must not lose a step, a
 * translation or the log scale, and the saved file must open again. */

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mp_fuzz_log_init ();
  g_setenv ("LANGUAGE", "en", TRUE);

  return 0;
}

/* What the window relies on when it steps through a lesson. */
static void
check_lesson (MpLesson *lesson)
{
  guint n_steps = mp_lesson_get_n_steps (lesson);

  g_assert (mp_lesson_get_title (lesson) != NULL);
  g_assert (g_utf8_validate (mp_lesson_get_title (lesson), -1, NULL));
  g_assert (n_steps >= 1);
  g_assert (mp_lesson_get_step (lesson, n_steps) == NULL);

  for (guint i = 0; i < n_steps; i++)
    {
      const MpLessonStep *step = mp_lesson_get_step (lesson, i);
      guint n_countries;

      g_assert (step != NULL);
      n_countries = g_strv_length (step->countries);
      g_assert (n_countries >= 1 && n_countries <= MP_MAX_COUNTRIES);
      g_assert (mp_lesson_view_is_valid (step->view));
      g_assert (step->log_scale == TRUE || step->log_scale == FALSE);
      g_assert (step->caption == NULL || mp_text_get (step->caption, "en") != NULL);
      g_assert (step->caption == NULL || mp_text_get (step->caption, NULL) != NULL);
    }
}

static void
assert_same_lesson (MpLesson *a,
                    MpLesson *b)
{
  g_assert_cmpstr (mp_lesson_get_title (a), ==, mp_lesson_get_title (b));
  g_assert_cmpuint (mp_lesson_get_n_steps (a), ==, mp_lesson_get_n_steps (b));

  for (guint i = 0; i < mp_lesson_get_n_steps (a); i++)
    {
      const MpLessonStep *sa = mp_lesson_get_step (a, i);
      const MpLessonStep *sb = mp_lesson_get_step (b, i);

      g_assert (mp_lesson_step_equal (sa, sb));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MpLesson) lesson = NULL;
  g_autoptr(MpLesson) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  /* mp_lesson_new_from_file() reads no more than this. */
  if (size > MP_LESSON_MAX_FILE_SIZE)
    return 0;

  lesson = mp_lesson_new_from_data ("fuzz.json", size > 0 ? (const char *) data : "", size, &error);
  if (lesson == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == MP_LESSON_ERROR && error->code == MP_LESSON_ERROR_INVALID);
      g_assert (g_str_has_prefix (error->message, "fuzz.json:"));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert (error == NULL);
  check_lesson (lesson);

  saved = mp_lesson_to_json (lesson);
  g_assert (saved != NULL);
  reopened = mp_lesson_new_from_data ("saved.json", saved, strlen (saved), &error);
  if (reopened == NULL)
    g_error ("a saved lesson does not open: %s\n%s", error->message, saved);
  check_lesson (reopened);
  assert_same_lesson (lesson, reopened);

  saved_again = mp_lesson_to_json (reopened);
  g_assert_cmpstr (saved_again, ==, saved);

  return 0;
}
