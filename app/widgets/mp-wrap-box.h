/* mp-wrap-box.h
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

G_BEGIN_DECLS

#define MP_TYPE_WRAP_BOX (mp_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (MpWrapBox, mp_wrap_box, MP, WRAP_BOX, GtkWidget)

/* A row of children at their natural widths that wraps onto more lines
 * when the width is short (the chart's toolbar at 360 px), instead of
 * scrolling sideways or widening the window: every child stays in view.
 * Extra width on a line goes to its horizontally expanding children. */
GtkWidget *mp_wrap_box_new                (int        spacing);
void       mp_wrap_box_append             (MpWrapBox *self,
                                           GtkWidget *child);
void       mp_wrap_box_insert_child_after (MpWrapBox *self,
                                           GtkWidget *child,
                                           GtkWidget *sibling);
/* The number of lines of the last allocation (tests). */
guint      mp_wrap_box_get_n_lines        (MpWrapBox *self);

G_END_DECLS
