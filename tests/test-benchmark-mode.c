/* test-benchmark-mode.c
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
#include <stdlib.h>
#include <string.h>

/* `middle-powers --benchmark-startup` reports the first frame painted
 * with the data it was given: with dataset files, the frame after they
 * are applied (README → Performance), not the bundled data's first one. */

/* The number of sources in the dataset shown at the first frame counted,
 * started with up to two more arguments (NULL: fewer). */
static guint
sources_at_first_frame (const char *arg1,
                        const char *arg2)
{
  g_autofree char *exe = g_build_filename (g_getenv ("MP_BUILD_ROOT"), "app", "middle-powers", NULL);
  const char *argv[] = { exe, "--benchmark-startup", arg1, arg2, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("middle-powers --benchmark-startup failed: %s", err);

  line = strstr (out, "first-frame-ms: ");
  g_assert_nonnull (line);
  line = strstr (line, " sources)");
  g_assert_nonnull (line);
  while (line > out && g_ascii_isdigit (line[-1]))
    line--;

  return (guint) strtoul (line, NULL, 10);
}

static void
test_frame_after_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mp-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "class.json", NULL);
  g_autoptr(GError) error = NULL;
  guint bundled;

  g_file_set_contents (path,
                       "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
                       " \"sources\": [{\"id\": \"class\", \"title\": \"Class notes\", \"publisher\": \"A teacher\",\n"
                       "   \"url\": \"https://example.org/notes\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}]}\n",
                       -1, &error);
  g_assert_no_error (error);

  bundled = sources_at_first_frame (NULL, NULL);
  g_assert_cmpuint (bundled, >, 0);
  /* The class's file adds one source: the frame counted has it, whether
   * the file is opened (as from a file manager) or given with --dataset. */
  g_assert_cmpuint (sources_at_first_frame (path, NULL), ==, bundled + 1);
  g_assert_cmpuint (sources_at_first_frame ("--dataset", path), ==, bundled + 1);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/benchmark-mode/frame-after-files", test_frame_after_files);

  return g_test_run ();
}
