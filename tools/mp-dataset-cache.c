/* mp-dataset-cache.c (tool)
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

/* Writes the pre-parsed cache of a dataset file (see
 * app/model/mp-dataset-cache.h):
 *
 *   mp-dataset-cache data/middle-powers.json data/middle-powers.cache
 *
 * The JSON goes through the full validating loader first; any problem,
 * even a warning, and nothing is written. */

#include "config.h"

#include "mp-dataset-cache.h"
#include "mp-dataset-loader.h"

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* At build time: the app trusts its bundled cache to be the bundled
 * JSON's (it does not read the JSON at start), so a stale one stops the
 * build.  @stamp is written when they match. */
static int
check (const char *json_path,
       const char *cache_path,
       const char *stamp)
{
  g_autoptr(GBytes) json = read_bytes (json_path);
  g_autoptr(GBytes) cache = read_bytes (cache_path);
  g_autoptr(GError) error = NULL;

  if (json == NULL || cache == NULL)
    return 1;

  if (!mp_dataset_cache_matches (cache, json))
    {
      g_printerr ("%s is not the cache of %s as it is now (or was made with other fields): "
                  "run tools/dataset.sh\n", cache_path, json_path);
      return 1;
    }

  if (!g_file_set_contents (stamp, "", 0, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) cache = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = NULL;
  char *contents = NULL;
  gsize length = 0;
  GPtrArray *problems;

  if (argc == 5 && g_str_equal (argv[1], "--check"))
    return check (argv[2], argv[3], argv[4]);

  if (argc != 3)
    {
      g_printerr ("usage: %s DATASET.json OUT.cache\n"
                  "       %s --check DATASET.json CACHE STAMP\n", argv[0], argv[0]);
      return 2;
    }

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  json = g_bytes_new_take (contents, length);

  loader = mp_dataset_loader_new ();
  mp_dataset_loader_add_bytes (loader, argv[1], json);
  dataset = mp_dataset_loader_load (loader, NULL);
  problems = mp_dataset_loader_get_problems (loader);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = mp_problem_to_string (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  if (dataset == NULL || problems->len > 0)
    return 1;

  checksum = mp_dataset_cache_fingerprint (json);
  cache = mp_dataset_cache_serialize (dataset, checksum);

  if (!g_file_set_contents (argv[2], g_bytes_get_data (cache, NULL), g_bytes_get_size (cache), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
