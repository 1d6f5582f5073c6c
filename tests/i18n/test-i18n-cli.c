/* test-i18n-cli.c
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

/* The translated app without a display, run as a user would run the
 * built binary: under LANGUAGE with the C.UTF-8 locale (a minimal CI
 * system), with --lang in the plain C locale, in a real locale, and
 * a PDF handout exported in Kazakh. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mp-dataset-loader.h"
#include "mp-dataset.h"
#include "mp-test-pdf.h"
#include "mp-test-po.h"
#include "mp-text.h"

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the built app with @env ("NAME=value" sets, "NAME" unsets)
 * on top of the test environment, whose locale settings are dropped. */
static void
run_app (Run                *run,
         const char * const *env,
         const char * const *args)
{
  g_autofree char *exe = g_build_filename (g_getenv ("MP_BUILD_ROOT"), "app", "middle-powers", NULL);
  g_autofree char *localedir = g_build_filename (g_getenv ("MP_BUILD_ROOT"), "po", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  static const char * const locale_vars[] = {
    "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG", "LOCPATH", NULL
  };

  for (guint i = 0; locale_vars[i] != NULL; i++)
    envp = g_environ_unsetenv (envp, locale_vars[i]);
  envp = g_environ_setenv (envp, "MP_LOCALEDIR", localedir, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *eq = strchr (env[i], '=');

      if (eq == NULL)
        envp = g_environ_unsetenv (envp, env[i]);
      else
        {
          g_autofree char *name = g_strndup (env[i], eq - env[i]);

          envp = g_environ_setenv (envp, name, eq + 1, TRUE);
        }
    }

  g_ptr_array_add (argv, exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
}

static void
assert_exit_ok (const Run *run)
{
  g_autoptr(GError) error = NULL;

  if (!g_spawn_check_wait_status (run->status, &error))
    g_error ("the app failed (%s): %s", error->message, run->err);
}

/* LANGUAGE=xx with LC_ALL=C.UTF-8, as on a minimal CI system: the
 * --help text is the translators'. */
static void
test_help (gconstpointer data)
{
  const char *lang = data;
  g_autoptr(MpTestPo) po = mp_test_po_load (lang);
  g_autofree char *language = g_strconcat ("LANGUAGE=", lang, NULL);
  const char *env[] = { language, "LC_ALL=C.UTF-8", NULL };
  const char *args[] = { "--help", NULL };
  g_auto(Run) run = { NULL };

  run_app (&run, env, args);
  assert_exit_ok (&run);

  g_assert_nonnull (strstr (run.out, mp_test_po_get (po, NULL, "Show the version and exit")));
  g_assert_nonnull (strstr (run.out, mp_test_po_get (po, NULL, "Compare middle powers side by side.")));
  g_assert_null (strstr (run.out, "Show the version and exit"));
}

/* --lang in the plain C locale (ASCII): the text is translated and
 * printed as UTF-8, not as question marks. */
static void
test_lang_option_in_c_locale (void)
{
  g_autoptr(MpTestPo) po = mp_test_po_load ("kk");
  const char *env[] = { "LC_ALL=C", NULL };
  const char *args[] = { "--validate", "--lang", "kk", NULL };
  g_auto(Run) run = { NULL };

  run_app (&run, env, args);
  g_assert_false (g_spawn_check_wait_status (run.status, NULL));
  g_assert_nonnull (strstr (run.err, mp_test_po_get (po, NULL, "Give the dataset files to check: middle-powers --validate FILE…")));
}

/* In the plain C locale (ASCII, as in containers and CI), names and
 * help are printed in UTF-8, not with question marks. */
static void
test_c_locale_prints_utf8 (void)
{
  const char *env[] = { "LC_ALL=C", NULL };
  const char *list[] = { "--list", NULL };
  const char *help[] = { "--help", NULL };
  g_auto(Run) listed = { NULL };
  g_auto(Run) helped = { NULL };

  run_app (&listed, env, list);
  assert_exit_ok (&listed);
  g_assert_nonnull (strstr (listed.out, "Türkiye"));
  g_assert_null (strstr (listed.out, "T?rkiye"));

  run_app (&helped, env, help);
  assert_exit_ok (&helped);
  g_assert_nonnull (strstr (helped.out, "[OPTION…]"));
}

/* LANGUAGE alone in the plain C locale: gettext would ignore it there,
 * while the dataset's names follow it; the app applies it to both. */
static void
test_language_in_c_locale (void)
{
  g_autoptr(MpTestPo) po = mp_test_po_load ("ru");
  const char *env[] = { "LANGUAGE=ru", "LC_ALL=C", NULL };
  const char *args[] = { "--validate", NULL };
  g_auto(Run) run = { NULL };

  run_app (&run, env, args);
  g_assert_nonnull (strstr (run.err, mp_test_po_get (po, NULL, "Give the dataset files to check: middle-powers --validate FILE…")));
}

/* --lang en wins over a translated LANGUAGE. */
static void
test_lang_option_english (void)
{
  const char *env[] = { "LANGUAGE=kk", "LC_ALL=C.UTF-8", NULL };
  const char *args[] = { "--validate", "--lang", "en", NULL };
  g_auto(Run) run = { NULL };

  run_app (&run, env, args);
  g_assert_nonnull (strstr (run.err, "Give the dataset files to check"));
}

/* The language chosen in the menu (the "language" setting) applies at
 * the next start, in the plain C locale too. */
static void
test_saved_language (void)
{
  g_autoptr(MpTestPo) po = mp_test_po_load ("tr");
  g_autofree char *config = g_dir_make_tmp ("mp-config-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (dir, "keyfile", NULL);
  g_autofree char *config_env = g_strconcat ("XDG_CONFIG_HOME=", config, NULL);
  g_autoptr(GError) error = NULL;
  const char *env[] = { "LC_ALL=C", "GSETTINGS_BACKEND=keyfile", config_env, NULL };
  const char *args[] = { "--validate", NULL };
  g_auto(Run) run = { NULL };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (keyfile, "[io/github/middlepowers/MiddlePowers]\nlanguage='tr'\n", -1, &error);
  g_assert_no_error (error);

  run_app (&run, env, args);
  g_assert_nonnull (strstr (run.err, mp_test_po_get (po, NULL, "Give the dataset files to check: middle-powers --validate FILE…")));

  g_unlink (keyfile);
  g_rmdir (dir);
  *strrchr (dir, '/') = '\0';
  g_rmdir (dir);
  g_rmdir (config);
}

/* Finds kk_KZ.UTF-8: installed on the system (tools/install-deps.sh
 * generates it), or compiled into @tmpdir from the locale sources. */
static char *
find_kazakh_locale (const char *tmpdir)
{
  const char *name = "kk_KZ.UTF-8";
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *localedef = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { NULL, "-i", "kk_KZ", "-f", "UTF-8", NULL, NULL };
  gboolean installed;
  int status;

  installed = setlocale (LC_ALL, name) != NULL;
  setlocale (LC_ALL, saved);
  if (installed)
    return g_strdup ("");

  localedef = g_find_program_in_path ("localedef");
  if (localedef == NULL || !g_file_test ("/usr/share/i18n/locales/kk_KZ", G_FILE_TEST_EXISTS))
    return NULL;

  out = g_build_filename (tmpdir, name, NULL);
  argv[0] = localedef;
  argv[5] = out;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_strdup (tmpdir);
}

/* A real Kazakh locale, without LANGUAGE: translated as well. */
static void
test_real_locale (void)
{
  g_autoptr(MpTestPo) po = mp_test_po_load ("kk");
  g_autofree char *tmpdir = g_dir_make_tmp ("mp-locale-XXXXXX", NULL);
  g_autofree char *locpath = find_kazakh_locale (tmpdir);
  g_autofree char *locpath_env = NULL;
  const char *args[] = { "--help", NULL };
  const char *env[] = { "LANG=kk_KZ.UTF-8", NULL, NULL };
  g_auto(Run) run = { NULL };

  if (locpath == NULL)
    {
      g_test_skip ("kk_KZ.UTF-8 is not installed and cannot be generated (install the locales package)");
      g_rmdir (tmpdir);
      return;
    }
  if (*locpath != '\0')
    {
      locpath_env = g_strconcat ("LOCPATH=", locpath, NULL);
      env[1] = locpath_env;
    }

  run_app (&run, env, args);
  assert_exit_ok (&run);
  g_assert_null (strstr (run.err, "Locale not supported"));
  g_assert_nonnull (strstr (run.out, mp_test_po_get (po, NULL, "Show the version and exit")));

  if (*locpath != '\0')
    {
      g_autofree char *compiled = g_build_filename (tmpdir, "kk_KZ.UTF-8", NULL);
      g_autoptr(GFile) dir = g_file_new_for_path (compiled);
      g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
      GFileInfo *info;

      /* localedef writes LC_* files and an LC_MESSAGES directory. */
      while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
        {
          g_autofree char *path = g_build_filename (compiled, g_file_info_get_name (info), NULL);
          g_autofree char *sub = g_build_filename (path, "SYS_LC_MESSAGES", NULL);

          g_unlink (sub);
          g_remove (path);
          g_object_unref (info);
        }
      g_rmdir (compiled);
    }
  g_rmdir (tmpdir);
}

/* middle-powers --export x.pdf --chart handout --countries AZ,KZ --lang kk */
static void
test_handout_in_kazakh (void)
{
  g_autoptr(MpTestPo) po = mp_test_po_load ("kk");
  g_autofree char *tmpdir = g_dir_make_tmp ("mp-handout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "handout.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *pdftotext = NULL;
  const char *env[] = { "LC_ALL=C.UTF-8", NULL };
  const char *args[] = { "--export", pdf, "--chart", "handout", "--countries", "AZ,KZ", "--lang", "kk", NULL };
  const char *ids[] = { "AZ", "KZ" };
  g_auto(Run) run = { NULL };

  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      g_rmdir (tmpdir);
      return;
    }

  run_app (&run, env, args);
  assert_exit_ok (&run);
  text = mp_test_pdf_text (pdf);

  /* The country names as the dataset spells them in Kazakh. */
  mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const MpCountry *country = mp_dataset_lookup_country (dataset, ids[i]);
      const char *name = mp_text_get (country->name, "kk");

      g_assert_cmpstr (name, !=, mp_text_get (country->name, "en"));
      g_assert_nonnull (strstr (text, name));
    }
  g_assert_nonnull (strstr (text, "Қазақстан"));

  /* Headings and captions from kk.po, not in English. */
  g_assert_nonnull (strstr (text, mp_test_po_get (po, NULL, "Sources")));
  g_assert_nonnull (strstr (text, mp_test_po_get (po, NULL, "Capital")));
  g_assert_nonnull (strstr (text, mp_test_po_get (po, NULL, "Aid contributions")));
  /* The cards' row (the handout lists key organizations, not the
   * timeline). */
  g_assert_nonnull (strstr (text, mp_test_po_get (po, NULL, "Memberships")));
  g_assert_null (strstr (text, "Aid contributions"));
  g_assert_null (strstr (text, "Memberships"));

  /* "Middle Powers handout · DATE": the part before the date. */
  subtitle = g_strdup (mp_test_po_get (po, NULL, "Middle Powers handout · %s"));
  g_assert_nonnull (strstr (subtitle, " · %s"));
  *strstr (subtitle, " · %s") = '\0';
  g_assert_nonnull (strstr (text, subtitle));
  g_assert_null (strstr (text, "Middle Powers handout"));

  g_unlink (pdf);
  g_rmdir (tmpdir);
}

/* A number as a CSV in any locale writes it: digits, at most one
 * decimal point, no grouping. */
static gboolean
is_plain_number (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("^-?[0-9]+(\\.[0-9]+)?$", 0, 0, NULL);

  return g_regex_match (regex, text, 0, NULL);
}

/* The locale that groups digits for @lang, as a user of that language
 * has it; NULL when it is not installed. */
static const char *
locale_for (const char *lang)
{
  static const char *const locales[][2] = {
    { "en", "en_US.UTF-8" }, { "az", "az_AZ.UTF-8" }, { "kk", "kk_KZ.UTF-8" },
    { "ru", "ru_RU.UTF-8" }, { "tr", "tr_TR.UTF-8" },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    if (g_str_equal (lang, locales[i][0]))
      {
        gboolean installed = setlocale (LC_ALL, locales[i][1]) != NULL;

        setlocale (LC_ALL, saved);
        return installed ? locales[i][1] : NULL;
      }

  return NULL;
}

/* Exported in each UI language's own locale, a CSV's numbers are plain
 * ("8884848484.85", not "8.884.848.484,85" in Turkish or with narrow
 * spaces in Russian), as every spreadsheet reads them. */
static void
test_csv_in_locale (gconstpointer data)
{
  const char *lang = data;
  const char *locale = locale_for (lang);
  g_autofree char *tmpdir = g_dir_make_tmp ("mp-csv-XXXXXX", NULL);
  g_autofree char *lang_env = g_strconcat ("LANGUAGE=", lang, NULL);
  g_autofree char *locale_env = NULL;
  const char *charts[] = { "indicator:gdp", "aid" };
  guint checked = 0;

  if (locale == NULL)
    {
      g_test_skip ("the language's locale is not installed (tools/install-deps.sh generates it)");
      g_rmdir (tmpdir);
      return;
    }
  locale_env = g_strconcat ("LC_ALL=", locale, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (charts); k++)
    {
      g_autofree char *csv_path = g_build_filename (tmpdir, "chart.csv", NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      const char *env[] = { lang_env, locale_env, NULL };
      const char *args[] = { "--export", csv_path, "--chart", charts[k], "--countries", "AZ,KZ", NULL };
      g_auto(Run) run = { NULL };

      run_app (&run, env, args);
      assert_exit_ok (&run);
      g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
      g_unlink (csv_path);

      lines = g_strsplit (contents, "\r\n", -1);
      /* Year, then a column a country (AZ, KZ): a number or empty; then,
       * when a value is preliminary, a column of notes. */
      for (guint r = 1; lines[r] != NULL && *lines[r] != '\0'; r++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[r], ",", 4);

          g_assert_cmpuint (g_strv_length (fields), >=, 3);
          g_assert_true (is_plain_number (fields[0]));
          for (guint c = 1; c < 3; c++)
            if (*fields[c] != '\0' && !is_plain_number (fields[c]))
              g_error ("%s, %s: “%s” is not a plain number", lang, charts[k], fields[c]);
          /* Azerbaijan's GDP in 1990, in US$ billion as exactly as the
           * dataset holds it (US$8,884,848,484.85), in every locale. */
          if (k == 0 && r == 1)
            g_assert_cmpstr (fields[1], ==, "8.88484848485");
          checked++;
        }
    }

  g_assert_cmpuint (checked, >, 20);
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  const char * const *languages;

  g_test_init (&argc, &argv, NULL);

  languages = mp_test_languages ();
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/mp/i18n/cli/help/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_help);
    }
  g_test_add_data_func ("/mp/i18n/cli/csv/en", "en", test_csv_in_locale);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/mp/i18n/cli/csv/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_csv_in_locale);
    }
  g_test_add_func ("/mp/i18n/cli/c-locale-prints-utf8", test_c_locale_prints_utf8);
  g_test_add_func ("/mp/i18n/cli/lang-option-in-c-locale", test_lang_option_in_c_locale);
  g_test_add_func ("/mp/i18n/cli/language-in-c-locale", test_language_in_c_locale);
  g_test_add_func ("/mp/i18n/cli/lang-option-english", test_lang_option_english);
  g_test_add_func ("/mp/i18n/cli/saved-language", test_saved_language);
  g_test_add_func ("/mp/i18n/cli/real-locale", test_real_locale);
  g_test_add_func ("/mp/i18n/cli/handout-in-kazakh", test_handout_in_kazakh);

  return g_test_run ();
}
