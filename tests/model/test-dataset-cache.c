/* test-dataset-cache.c
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

/* The pre-parsed copy of the bundled dataset: current, identical to the
 * JSON, and never used when it does not match. */

#include "config.h"

#include <string.h>

#include "mp-dataset-cache.h"
#include "mp-dataset-loader.h"
#include "mp-dataset-private.h"

#define PREFIX "/io/github/middlepowers/MiddlePowers/datasets/"

static GBytes *
resource (const char *name)
{
  g_autofree char *path = g_strconcat (PREFIX, name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
test_current (void)
{
  g_autoptr(GBytes) json = resource ("middle-powers.json");
  g_autoptr(GBytes) cache = resource ("middle-powers.cache");
  g_autofree char *checksum = mp_dataset_cache_fingerprint (json);
  g_autoptr(MpDataset) dataset = _mp_dataset_new ();

  /* Fails when data/middle-powers.json changed without its cache: run
   * build/tools/mp-dataset-cache data/middle-powers.json data/middle-powers.cache */
  g_assert_true (_mp_dataset_cache_put (dataset, cache, checksum, 0));
}

static void
test_same_records (void)
{
  g_autoptr(GBytes) json = resource ("middle-powers.json");
  g_autoptr(MpDatasetLoader) from_json = mp_dataset_loader_new ();
  g_autoptr(MpDatasetLoader) from_cache = mp_dataset_loader_new ();
  g_autoptr(MpDataset) a = NULL;
  g_autoptr(MpDataset) b = NULL;
  g_autoptr(GBytes) sa = NULL;
  g_autoptr(GBytes) sb = NULL;

  /* Bytes given directly are always parsed; the bundled input uses the cache. */
  mp_dataset_loader_add_bytes (from_json, "middle-powers.json", json);
  mp_dataset_loader_add_bundled (from_cache);
  a = mp_dataset_loader_load (from_json, NULL);
  b = mp_dataset_loader_load (from_cache, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);

  g_assert_cmpuint (mp_dataset_get_memberships (a)->len, ==, mp_dataset_get_memberships (b)->len);
  g_assert_cmpuint (mp_dataset_get_indicators (a)->len, ==, mp_dataset_get_indicators (b)->len);

  /* Every record, field by field: their serialisations are equal. */
  sa = mp_dataset_cache_serialize (a, "x");
  sb = mp_dataset_cache_serialize (b, "x");
  g_assert_true (g_bytes_equal (sa, sb));

  g_assert_cmpstr (mp_dataset_lookup_country (b, "KZ")->capital.text, ==, "Astana");
  g_assert_cmpint (mp_dataset_lookup_membership (b, "AZ:cow:iexb")->confirmed_until.year, ==, 2014);
}

static void
test_not_used_when_stale (void)
{
  g_autoptr(GBytes) cache = resource ("middle-powers.cache");
  g_autoptr(MpDataset) dataset = _mp_dataset_new ();
  g_autoptr(GBytes) garbage = g_bytes_new_static ("not a cache at all", 18);
  g_autoptr(MpDataset) other = _mp_dataset_new ();

  g_assert_false (_mp_dataset_cache_put (dataset, cache, "0000", 0));
  g_assert_false (_mp_dataset_cache_put (other, garbage, "0000", 0));
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) json = resource ("middle-powers.json");
  g_autoptr(GBytes) cache = resource ("middle-powers.cache");
  g_autofree char *checksum = mp_dataset_cache_fingerprint (json);
  gsize size = g_bytes_get_size (cache);

  /* Cut short, or with a run of bytes overwritten: refused whole, and
   * nothing is put into the dataset. */
  for (guint trial = 0; trial < 2; trial++)
    {
      g_autoptr(MpDataset) dataset = _mp_dataset_new ();
      g_autoptr(GBytes) damaged = NULL;

      if (trial == 0)
        damaged = g_bytes_new_from_bytes (cache, 0, size / 2);
      else
        {
          guint8 *copy = g_memdup2 (g_bytes_get_data (cache, NULL), size);

          /* Somewhere in the string offsets and row tables. */
          memset (copy + size / 3, 0xff, 4096);
          damaged = g_bytes_new_take (copy, size);
        }

      g_assert_false (_mp_dataset_cache_put (dataset, damaged, checksum, 0));
      _mp_dataset_finish (dataset);
      g_assert_cmpuint (mp_dataset_get_sources (dataset)->len, ==, 0);
      g_assert_cmpuint (mp_dataset_get_memberships (dataset)->len, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/dataset-cache/current", test_current);
  g_test_add_func ("/mp/dataset-cache/same-records", test_same_records);
  g_test_add_func ("/mp/dataset-cache/not-used-when-stale", test_not_used_when_stale);
  g_test_add_func ("/mp/dataset-cache/damaged", test_damaged);

  return g_test_run ();
}
