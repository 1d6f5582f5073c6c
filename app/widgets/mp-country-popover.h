/* mp-country-popover.h
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

#define MP_TYPE_COUNTRY_POPOVER (mp_country_popover_get_type ())

G_DECLARE_FINAL_TYPE (MpCountryPopover, mp_country_popover, MP, COUNTRY_POPOVER, GtkPopover)

/* The list a country card's picker opens: a search entry over the
 * dataset's countries (names in the UI language, in the dataset's
 * order), the current one ticked.  Typing filters; Enter takes the
 * first match; activating a row emits ::country-chosen and closes.
 * Cards build it the first time their picker opens, not at start-up. */

GtkWidget  *mp_country_popover_new         (MpDataset        *dataset,
                                            const char       *selected_id);
/* Moves the tick to @selected_id. */
void        mp_country_popover_set_selected (MpCountryPopover *self,
                                             const char       *selected_id);
/* The ids of the rows the search leaves visible, in order (tests). */
GStrv       mp_country_popover_dup_visible (MpCountryPopover *self);
/* Searches as if @text were typed. */
void        mp_country_popover_search      (MpCountryPopover *self,
                                            const char       *text);
/* Chooses as if the first visible row were activated; FALSE if none. */
gboolean    mp_country_popover_choose_first (MpCountryPopover *self);

/* The search it shows the next time it opens (each opening otherwise
 * starts with an empty one). */
void       mp_country_popover_set_initial_search (MpCountryPopover *self,
                                                  const char       *search);

G_END_DECLS
