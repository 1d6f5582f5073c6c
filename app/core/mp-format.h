/* mp-format.h
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

#include <glib.h>

#include "mp-dataset.h"
#include "mp-date.h"

G_BEGIN_DECLS

/* Locale-aware formatting for display (numbers with units are in
 * mp-chart-format.h).  Pure GLib. */

char *mp_format_date     (const MpDate *date);    /* "2 March 1992", "May 2011", "1992" */

/* The date of @dataset's data: the newest `retrieved` date of its
 * sources (data/FORMAT.md), as month and year in the UI language
 * ("December 2026"), or NULL when it has no source.  About, exports and
 * the handout footer show it. */
char *mp_format_dataset_date (MpDataset *dataset);
/* "Data as of December 2026", or NULL as above. */
char *mp_format_data_as_of   (MpDataset *dataset);

G_END_DECLS
