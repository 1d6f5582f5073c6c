/* test-text.c
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

#include "mp-text.h"

static MpText *
create_text (void)
{
  MpText *text = mp_text_new ();

  mp_text_set (text, "en", "Kazakhstan");
  mp_text_set (text, "ru", "Казахстан");
  mp_text_set (text, "kk", "Қазақстан");
  mp_text_set (text, "pt-BR", "Cazaquistão");

  return text;
}

static void
test_exact (void)
{
  g_autoptr(MpText) text = create_text ();

  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "ru"), ==, "Казахстан");
  g_assert_cmpstr (mp_text_get (text, "kk"), ==, "Қазақстан");
}

static void
test_locale (void)
{
  g_autoptr(MpText) text = create_text ();

  g_assert_cmpstr (mp_text_get (text, "kk_KZ.UTF-8"), ==, "Қазақстан");
  g_assert_cmpstr (mp_text_get (text, "kk_KZ"), ==, "Қазақстан");
  g_assert_cmpstr (mp_text_get (text, "ru_RU.UTF-8@euro"), ==, "Казахстан");
  g_assert_cmpstr (mp_text_get (text, "ru.UTF-8"), ==, "Казахстан");
  /* Territory-specific entries win over the language alone. */
  g_assert_cmpstr (mp_text_get (text, "pt_BR.UTF-8"), ==, "Cazaquistão");
  g_assert_cmpstr (mp_text_get (text, "pt-br"), ==, "Cazaquistão");
}

static void
test_fallback (void)
{
  g_autoptr(MpText) text = create_text ();

  g_assert_cmpstr (mp_text_get (text, "az"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "tr_TR.UTF-8"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "pt_PT"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "C"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, ""), ==, "Kazakhstan");
  /* "k" is not "kk" */
  g_assert_cmpstr (mp_text_get (text, "k"), ==, "Kazakhstan");
}

static void
test_replace (void)
{
  g_autoptr(MpText) text = create_text ();

  mp_text_set (text, "kk", "Qazaqstan");
  g_assert_cmpstr (mp_text_get (text, "kk"), ==, "Qazaqstan");
  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Kazakhstan");
}

static void
test_without_english (void)
{
  g_autoptr(MpText) text = mp_text_new ();

  g_assert_null (mp_text_get (text, "en"));
  mp_text_set (text, "ru", "Казахстан");
  g_assert_cmpstr (mp_text_get (text, "az"), ==, "Казахстан");
}

/* NULL follows the UI language (LANGUAGE first, as gettext does). */
static void
test_ui_language (void)
{
  g_autoptr(MpText) text = create_text ();

  g_setenv ("LANGUAGE", "kk_KZ:ru", TRUE);
  g_assert_cmpstr (mp_text_get (text, NULL), ==, "Қазақстан");

  g_setenv ("LANGUAGE", "az:ru", TRUE);
  g_assert_cmpstr (mp_text_get (text, NULL), ==, "Казахстан");

  g_setenv ("LANGUAGE", "tr", TRUE);
  g_assert_cmpstr (mp_text_get (text, NULL), ==, "Kazakhstan");

  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpstr (mp_text_get (text, NULL), ==, "Kazakhstan");
}

/* What an editor writes in the user's language is what that user reads
 * back, and no other language's translation is lost. */
static void
test_set_for_locale (void)
{
  g_autoptr(MpText) text = create_text ();
  g_autoptr(MpText) empty = mp_text_new ();

  /* The entry the locale reads is the one replaced. */
  mp_text_set_for_locale (text, "kk_KZ.UTF-8", "Qazaqstan");
  g_assert_cmpstr (mp_text_get (text, "kk_KZ.UTF-8"), ==, "Qazaqstan");
  g_assert_cmpstr (mp_text_get (text, "kk"), ==, "Qazaqstan");
  g_assert_cmpstr (mp_text_get (text, "ru"), ==, "Казахстан");
  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "pt-BR"), ==, "Cazaquistão");

  mp_text_set_for_locale (text, "pt_BR.UTF-8", "Cazaquistão!");
  g_assert_cmpstr (mp_text_get (text, "pt-BR"), ==, "Cazaquistão!");

  /* A language without a translation gets one, under its language
   * alone; English stays the others' fallback. */
  mp_text_set_for_locale (text, "az_AZ.UTF-8", "Qazaxıstan");
  g_assert_cmpstr (mp_text_get (text, "az"), ==, "Qazaxıstan");
  g_assert_cmpstr (mp_text_get (text, "tr"), ==, "Kazakhstan");

  /* The C locale reads English. */
  mp_text_set_for_locale (text, "C.UTF-8", "Kazakhstan (KZ)");
  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Kazakhstan (KZ)");
  g_assert_cmpstr (mp_text_get (text, "C"), ==, "Kazakhstan (KZ)");
  mp_text_set_for_locale (text, "POSIX", "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Kazakhstan");
  g_assert_cmpstr (mp_text_get (text, "kk"), ==, "Qazaqstan");

  mp_text_set_for_locale (empty, "ru", "Казахстан");
  g_assert_cmpstr (mp_text_get (empty, "ru"), ==, "Казахстан");
}

/* NULL is the user's first UI language, even when the text shown came
 * from their second one. */
static void
test_set_for_ui_language (void)
{
  g_autoptr(MpText) text = mp_text_new ();

  mp_text_set (text, "en", "Neighbours");
  mp_text_set (text, "ru", "Соседи");

  g_setenv ("LANGUAGE", "kk:ru", TRUE);
  g_assert_cmpstr (mp_text_get (text, NULL), ==, "Соседи");
  mp_text_set_for_locale (text, NULL, "Көршілер");
  g_assert_cmpstr (mp_text_get (text, NULL), ==, "Көршілер");
  g_assert_cmpstr (mp_text_get (text, "kk"), ==, "Көршілер");
  g_assert_cmpstr (mp_text_get (text, "ru"), ==, "Соседи");
  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Neighbours");

  g_setenv ("LANGUAGE", "en", TRUE);
  mp_text_set_for_locale (text, NULL, "Neighbors");
  g_assert_cmpstr (mp_text_get (text, "en"), ==, "Neighbors");
  g_assert_cmpstr (mp_text_get (text, "kk"), ==, "Көршілер");
}

/* Two texts are equal in every language, in order: a lesson that is
 * saved and opened again keeps its captions so. */
static void
test_equal (void)
{
  g_autoptr(MpText) a = mp_text_new ();
  g_autoptr(MpText) b = mp_text_new ();
  g_autoptr(MpText) c = mp_text_new ();

  mp_text_set (a, "en", "Kazakhstan");
  mp_text_set (a, "kk", "Қазақстан");
  mp_text_set (b, "en", "Kazakhstan");
  mp_text_set (b, "kk", "Қазақстан");
  mp_text_set (c, "en", "Kazakhstan");
  mp_text_set (c, "kk", "Казахстан");

  g_assert_true (mp_text_equal (a, b));
  g_assert_false (mp_text_equal (a, c));
  g_assert_false (mp_text_equal (a, NULL));
  g_assert_true (mp_text_equal (NULL, NULL));
  mp_text_set (b, "ru", "Казахстан");
  g_assert_false (mp_text_equal (a, b));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/text/exact", test_exact);
  g_test_add_func ("/mp/text/equal", test_equal);
  g_test_add_func ("/mp/text/locale", test_locale);
  g_test_add_func ("/mp/text/fallback", test_fallback);
  g_test_add_func ("/mp/text/replace", test_replace);
  g_test_add_func ("/mp/text/without-english", test_without_english);
  g_test_add_func ("/mp/text/ui-language", test_ui_language);
  g_test_add_func ("/mp/text/set-for-locale", test_set_for_locale);
  g_test_add_func ("/mp/text/set-for-ui-language", test_set_for_ui_language);

  return g_test_run ();
}
