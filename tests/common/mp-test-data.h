/* mp-test-data.h
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

#pragma once

#include "mp-dataset.h"

G_BEGIN_DECLS

/* Loads tests/charts/data/@name (a dataset the chart tests share) and
 * asserts it has no errors.  Transfer full. */
MpDataset *mp_test_load_chart_fixture (const char *name);
/* The bundled dataset, as the app loads it; asserts it loads.  Transfer
 * full. */
MpDataset *mp_test_load_bundled       (void);

G_END_DECLS
