/* mp-presets.h
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

/* Peer groups offered in the window's Presets menu.  Membership-based
 * presets are computed from the dataset, so they are only as complete
 * as its data. */
typedef struct
{
  const char *id;
  const char *label;         /* untranslated, use _() */
} MpPreset;

const MpPreset *mp_presets_get_all       (guint      *n_presets);
/* Up to four country ids of @preset_id present in @dataset; NULL-terminated. */
GStrv           mp_presets_get_countries (MpDataset  *dataset,
                                          const char *preset_id);

G_END_DECLS
