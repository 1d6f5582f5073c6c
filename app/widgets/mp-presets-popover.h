/* mp-presets-popover.h
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

#include <gtk/gtk.h>

#include "mp-dataset.h"

G_BEGIN_DECLS

#define MP_TYPE_PRESETS_POPOVER (mp_presets_popover_get_type ())

G_DECLARE_FINAL_TYPE (MpPresetsPopover, mp_presets_popover, MP, PRESETS_POPOVER, GtkPopover)

/* The presets (mp-presets.h) as a list: each row its name, the line that
 * explains it (also its accessible description) and how many countries
 * it shows from the dataset, with their names in its tooltip; a preset
 * the dataset has no country for cannot be chosen.  Choosing a row (a
 * click, or the arrow keys and Enter) emits ::preset-activated with its
 * id and closes the popover. */
GtkWidget  *mp_presets_popover_new          (void);
void        mp_presets_popover_set_dataset  (MpPresetsPopover *self,
                                             MpDataset        *dataset);
/* The row of preset @id (for tests), or NULL. */
GtkWidget  *mp_presets_popover_get_row      (MpPresetsPopover *self,
                                             const char       *id);

G_END_DECLS
