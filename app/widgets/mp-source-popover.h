/* mp-source-popover.h
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

#include "mp-records.h"

G_BEGIN_DECLS

#define MP_TYPE_SOURCE_POPOVER (mp_source_popover_get_type ())

G_DECLARE_FINAL_TYPE (MpSourcePopover, mp_source_popover, MP, SOURCE_POPOVER, GtkPopover)

/* Where a figure comes from: title, publisher, address, date retrieved,
 * licence, and a button that copies a citation. */
GtkWidget *mp_source_popover_new          (void);
void       mp_source_popover_set_source   (MpSourcePopover *self,
                                           const MpSource  *source,
                                           const char      *figure,
                                           MpValueStatus    status);
const char *mp_source_popover_get_citation (MpSourcePopover *self);

/* A short human label for a value status, NULL for final. */
const char *mp_value_status_describe      (MpValueStatus    status);

G_END_DECLS
