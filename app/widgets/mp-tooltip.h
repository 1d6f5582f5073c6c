/* mp-tooltip.h
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

/* Gives @widget a plain-text tooltip (NULL: none), and the same text as
 * its accessible description, as gtk_widget_set_tooltip_text() does but
 * without asking the display where the pointer is.  GTK 4.8 does that at
 * once for a visible widget whose tooltip changes: on X11 three round
 * trips to the server each time (a card sets a dozen tooltips).  The text
 * is given to GTK when the tooltip is about to show (::query-tooltip). */
void        mp_widget_set_tooltip (GtkWidget  *widget,
                                   const char *text);
/* The tooltip set with mp_widget_set_tooltip(), or GTK's own. */
const char *mp_widget_get_tooltip (GtkWidget  *widget);

G_END_DECLS
