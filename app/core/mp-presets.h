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

/* The groups of countries the window's Presets offer, each with a line
 * that says what it is.  Their members come from the dataset: a UN M49
 * sub-region (the countries' subregion), current full membership of an
 * organization (found by its acronym), or a named group of countries, so
 * a preset is only as complete as the data it reads. */
typedef struct
{
  const char *id;
  const char *label;        /* untranslated, use _() */
  const char *explanation;  /* one line, untranslated, use _() */
} MpPreset;

const MpPreset *mp_presets_get_all       (guint      *n_presets);
/* The preset @id, or NULL. */
const MpPreset *mp_presets_lookup        (const char *id);
/* The ids of the countries of @preset_id that @dataset has, in the
 * dataset's order (by English name; the largest by population): all of
 * them, which may be more than MP_MAX_COUNTRIES (the window shows the
 * first).  NULL-terminated; empty for an unknown preset or when the
 * dataset has none. */
GStrv           mp_presets_get_countries (MpDataset  *dataset,
                                          const char *preset_id);

G_END_DECLS
