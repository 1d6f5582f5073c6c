/* mp-test-data.c
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

#include "mp-dataset-loader.h"
#include "mp-test-data.h"

MpDataset *
mp_test_load_chart_fixture (const char *name)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "charts", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MpDataset *dataset;

  mp_dataset_loader_add_file (loader, file);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 0);
  g_assert_nonnull (dataset);

  return dataset;
}

MpDataset *
mp_test_load_bundled (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  MpDataset *dataset;

  mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);

  return dataset;
}
