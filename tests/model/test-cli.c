/* test-cli.c
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

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

/* Runs the built middle-powers binary as a user would, without a
 * display: --validate and --list. */

typedef struct
{
  int    status;
  char  *out;
  char  *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
binary_path (void)
{
  const char *build_root = g_getenv ("MP_BUILD_ROOT");

  if (build_root != NULL)
    return g_build_filename (build_root, "app", "middle-powers", NULL);

  return g_test_build_filename (G_TEST_BUILT, "..", "app", "middle-powers", NULL);
}

static char *
data_path (const char *folder,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
}

static void
run_binary (Run         *run,
            const char  *first_arg,
            ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list list;

  g_ptr_array_add (args, binary_path ());
  va_start (list, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, g_strdup (arg));
  va_end (list);
  g_ptr_array_add (args, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* No display: these commands must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "G_DEBUG", "fatal-warnings", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) args->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

/* Lines of @text (without the empty one after the last newline). */
static GStrv
split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_free (lines[n - 1]);
  lines[n - 1] = NULL;

  return g_steal_pointer (&lines);
}

static void
test_validate_good (void)
{
  g_autofree char *full = data_path ("valid", "full.json");
  g_autofree char *base = data_path ("valid", "overlay-base.json");
  g_autofree char *top = data_path ("valid", "overlay-top.json");
  g_auto(Run) run = { 0, };
  g_auto(Run) overlay = { 0, };

  run_binary (&run, "--no-bundled", "--validate", full, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "Valid, with 0 warnings\n");

  run_binary (&overlay, "--no-bundled", "--validate", base, top, NULL);
  g_assert_cmpint (overlay.status, ==, 0);
  g_assert_cmpstr (overlay.out, ==, "");
}

static void
test_validate_warnings (void)
{
  g_autofree char *path = data_path ("valid", "warnings.json");
  g_auto(Run) run = { 0, };
  g_auto(GStrv) lines = NULL;

  run_binary (&run, "--no-bundled", "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 0);

  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, "warnings.json: $: warning: unknown field \"comment\" is ignored");
  g_assert_cmpstr (run.err, ==, "Valid, with 3 warnings\n");
}

static void
test_validate_bad (void)
{
  g_autofree char *path = data_path ("broken", "33-no-such-day.json");
  g_autofree char *syntax = data_path ("broken", "08-missing-comma.json");
  g_autofree char *good = data_path ("valid", "minimal.json");
  g_auto(Run) run = { 0, };
  g_auto(GStrv) lines = NULL;

  run_binary (&run, "--no-bundled", "--validate", good, path, syntax, NULL);
  g_assert_cmpint (run.status, ==, 1);

  /* Every problem, one per line, files in order. */
  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==, "33-no-such-day.json: $.sources[0].retrieved: \"2023-02-29\" is not a real date: February 2023 has 28 days");
  g_assert_cmpstr (lines[3], ==, "33-no-such-day.json: $.memberships[1].from: \"2021-04-31\" is not a real date: April 2021 has 30 days");
  g_assert_cmpstr (lines[4], ==, "08-missing-comma.json:5:3: missing ',' before this member");
  g_assert_cmpstr (run.err, ==, "5 errors, 0 warnings: not valid\n");
}

/* A teacher's file may refer to the bundled sources and countries. */
static void
test_validate_on_bundled (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) alone = { 0, };
  g_auto(Run) on_bundled = { 0, };
  const char *json =
    "{\"format\": \"middle-powers-dataset\", \"version\": 1, \"aid\": [{\"id\": \"KZ:test\","
    " \"donor\": \"KZ\", \"year\": 2020, \"amount_usd\": 1, \"measure\": \"pledge\", \"source\": \"class\"}],"
    " \"sources\": [{\"id\": \"class\", \"title\": \"Class\", \"publisher\": \"Us\","
    " \"url\": \"https://example.org/\", \"retrieved\": \"2026\", \"licence\": \"CC0-1.0\"}]}";

  dir = g_dir_make_tmp ("mp-cli-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "teacher.json", NULL);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  run_binary (&alone, "--no-bundled", "--validate", path, NULL);
  g_assert_cmpint (alone.status, ==, 1);
  g_assert_cmpstr (alone.out, ==, "teacher.json: $.aid[0].donor: unknown country \"KZ\"\n");

  run_binary (&on_bundled, "--validate", path, NULL);
  g_assert_cmpint (on_bundled.status, ==, 0);
  g_assert_cmpstr (on_bundled.out, ==, "");

  g_remove (path);
  g_rmdir (dir);
}

static void
test_validate_usage (void)
{
  g_auto(Run) run = { 0, };

  run_binary (&run, "--validate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (strstr (run.err, "--validate FILE") != NULL);
}

static void
test_list (void)
{
  g_autofree char *path = data_path ("valid", "full.json");
  g_auto(Run) run = { 0, };
  g_auto(GStrv) lines = NULL;

  run_binary (&run, "--no-bundled", "--list", "--dataset", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 11);
  g_assert_cmpstr (lines[0], ==, "Countries (id, name):");
  g_assert_cmpstr (lines[1], ==, "  AZ  Azerbaijan");
  g_assert_cmpstr (lines[2], ==, "  KZ  Kazakhstan");
  g_assert_cmpstr (lines[3], ==, "Organizations (id, acronym, name):");
  g_assert_cmpstr (lines[4], ==, "  UN    UN    United Nations");
  g_assert_cmpstr (lines[7], ==, "  AIIB  AIIB  Asian Infrastructure Investment Bank");
  g_assert_cmpstr (lines[8], ==, "Indicators (id, name, unit):");
  g_assert_cmpstr (lines[9], ==, "  population      Population      people");
  g_assert_cmpstr (lines[10], ==, "  gdp-per-capita  GDP per capita  usd-per-person");
}

static void
test_list_bundled_and_dataset (void)
{
  g_autofree char *path = data_path ("valid", "overlay-top.json");
  g_autofree char *base = data_path ("valid", "overlay-base.json");
  g_auto(Run) bundled = { 0, };
  g_auto(Run) overlay = { 0, };

  run_binary (&bundled, "--list", NULL);
  g_assert_cmpint (bundled.status, ==, 0);
  g_assert_true (strstr (bundled.out, "\n  KZ  Kazakhstan\n") != NULL);
  g_assert_true (strstr (bundled.out, "\n  AZ  Azerbaijan\n") != NULL);

  /* Several --dataset options, in order. */
  run_binary (&overlay, "--no-bundled", "--list", "--dataset", base, "--dataset", path, NULL);
  g_assert_cmpint (overlay.status, ==, 0);
  g_assert_true (strstr (overlay.out, "\n  UZ  Uzbekistan\n") != NULL);
  g_assert_true (strstr (overlay.out, "  population  Population (class figures)  people\n") != NULL);
}

static void
test_list_broken (void)
{
  g_autofree char *path = data_path ("broken", "24-section-not-array.json");
  g_auto(Run) run = { 0, };

  run_binary (&run, "--no-bundled", "--list", "--dataset", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "24-section-not-array.json: $.countries: expected an array, got an object\n");
}

/* The window without a display: one line that says so and what works
 * without one, exit status 1, not GTK's criticals. */
static void
test_window_without_display (void)
{
  g_autofree char *full = data_path ("valid", "full.json");
  g_auto(Run) run = { 0, };
  g_auto(Run) files = { 0, };
  const char *expected = "Cannot open the display: a graphical session is needed "
                         "(--export, --validate and --list work without one)\n";

  run_binary (&run, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);

  run_binary (&files, "--benchmark-startup", "--dataset", full, NULL);
  g_assert_cmpint (files.status, ==, 1);
  g_assert_cmpstr (files.err, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/cli/validate-good", test_validate_good);
  g_test_add_func ("/mp/cli/validate-warnings", test_validate_warnings);
  g_test_add_func ("/mp/cli/validate-bad", test_validate_bad);
  g_test_add_func ("/mp/cli/validate-on-bundled", test_validate_on_bundled);
  g_test_add_func ("/mp/cli/validate-usage", test_validate_usage);
  g_test_add_func ("/mp/cli/list", test_list);
  g_test_add_func ("/mp/cli/list-bundled-and-dataset", test_list_bundled_and_dataset);
  g_test_add_func ("/mp/cli/list-broken", test_list_broken);
  g_test_add_func ("/mp/cli/window-without-display", test_window_without_display);

  return g_test_run ();
}
