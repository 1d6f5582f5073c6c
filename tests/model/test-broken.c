/* test-broken.c
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

#include <string.h>

#include "mp-dataset-loader.h"

/* Loads each dataset of tests/data/broken on its own and compares every
 * problem with tests/data/broken/expected.txt. */

static GHashTable *expected; /* file name → GPtrArray of lines */

static void
read_expected (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "broken", "expected.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      char *file;
      GPtrArray *list;

      if (line[0] == '\0' || line[0] == '#')
        continue;

      file = g_strndup (line, strcspn (line, ":"));
      list = g_hash_table_lookup (expected, file);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (expected, file, list);
        }
      else
        {
          g_free (file);
        }
      g_ptr_array_add (list, g_strdup (line));
    }
}

static void
test_broken_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "broken", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  GPtrArray *want;
  GPtrArray *problems;

  want = g_hash_table_lookup (expected, name);
  if (want == NULL)
    g_error ("%s has no expected problems in expected.txt", name);

  mp_dataset_loader_add_file (loader, file);
  dataset = mp_dataset_loader_load (loader, NULL);
  problems = mp_dataset_loader_get_problems (loader);

  for (guint i = 0; i < MAX (problems->len, want->len); i++)
    {
      g_autofree char *got = NULL;

      if (i < problems->len)
        got = mp_problem_to_string (g_ptr_array_index (problems, i));

      g_assert_cmpstr (got, ==, i < want->len ? g_ptr_array_index (want, i) : NULL);
    }

  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), >, 0);

  for (guint i = 0; i < problems->len; i++)
    {
      MpProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpstr (problem->file, ==, name);
      /* Problems without a path are about the whole file. */
      if (problem->path == NULL)
        g_assert_cmpint (problem->severity, ==, MP_PROBLEM_ERROR);
      else
        g_assert_true (g_str_has_prefix (problem->path, "$"));
    }
}

/* Every expected line names a file that exists. */
static void
test_expected_files_exist (gconstpointer data)
{
  GPtrArray *names = (GPtrArray *) data;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < names->len && !found; i++)
        found = g_str_equal (g_ptr_array_index (names, i), key);

      if (!found)
        g_error ("expected.txt names %s, which is not in tests/data/broken", (const char *) key);
    }

  g_assert_cmpuint (names->len, >=, 40);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  int result;

  g_test_init (&argc, &argv, NULL);

  read_expected ();

  dir_path = g_test_build_filename (G_TEST_DIST, "data", "broken", NULL);
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/mp/broken/%s", (const char *) g_ptr_array_index (names, i));

      g_test_add_data_func (test_path, g_ptr_array_index (names, i), test_broken_file);
    }
  g_test_add_data_func ("/mp/broken/expected-files-exist", names, test_expected_files_exist);

  result = g_test_run ();

  g_hash_table_unref (expected);

  return result;
}
