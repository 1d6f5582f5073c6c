/* mp-accessible.h
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

/* GTK 4.8 names an accessible that has no name of its own by its class:
 * a screen reader said "GtkScrollbar", "GtkRange" or "GtkImage".  These
 * give GTK's own parts real names, or hide them when they only
 * decorate. */

/* Names the scroll bars of @scrolled (and the range inside each) after
 * what they scroll, @label ("Table"). */
void mp_accessible_label_scrollbars (GtkScrolledWindow *scrolled,
                                     const char        *label);
/* Names an icon-only button (a GtkButton or GtkMenuButton) @name.  GTK
 * 4.8 has its icon label it, and Orca read the icon's name before the
 * button's: "GtkImage Remove Card push button". */
void mp_accessible_name_icon_button (GtkWidget         *button,
                                     const char        *name);
/* Names a menu button that shows a name or an icon, and the toggle
 * button inside it, @name; hides its icon and drop-down arrow (a
 * "GtkBuiltinIcon" to a screen reader).  Call again after changing what
 * it shows: GtkMenuButton makes its content anew. */
void mp_accessible_name_menu_button (GtkMenuButton     *button,
                                     const char        *name);
/* Names a button with a mnemonic by the text it shows ("Cancel"), once:
 * GTK 4.8 gives it its raw label and has it labelled by its label too,
 * and Orca said "_Cancel Cancel".  Call again after changing its label. */
void mp_accessible_name_by_text     (GtkButton         *button);
/* Names a drop-down of strings @label, and the button inside it that GTK
 * 4.8 gives the focus too (Orca said "GtkToggleButton push button").
 * What the button shows (GtkStackPage, GtkListItemWidget, …) is hidden:
 * the chosen string is the description of both, which Orca reads after
 * the name ("Organizations combo box. Shared."). */
void mp_accessible_label_drop_down  (GtkDropDown       *drop_down,
                                     const char        *label);
/* The same for the button inside alone, for a drop-down that a visible
 * label already names (a mnemonic's): named twice, it was "What What". */
void mp_accessible_label_drop_down_button (GtkDropDown *drop_down,
                                           const char  *label);
/* Names a popover @label, and the content box GTK 4.8 puts around its
 * child (a "GtkPopoverContent" to a screen reader).  Call after
 * gtk_popover_set_child (). */
void mp_accessible_label_popover    (GtkPopover        *popover,
                                     const char        *label);
/* Names a menu's popover, and the pages GTK 4.8 builds it from (a
 * "GtkStackPage" to a screen reader), @label; hides its arrows and
 * check marks ("GtkBuiltinIcon"), which the items' states say. */
void mp_accessible_label_menu       (GtkPopoverMenu    *menu,
                                     const char        *label);
/* Hides a decorative widget (an icon beside a text) from screen readers. */
void mp_accessible_hide             (GtkWidget         *widget);

G_END_DECLS
