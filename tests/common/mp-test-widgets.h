/* mp-test-widgets.h
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

typedef gboolean (*MpTestWidgetMatch) (GtkWidget     *widget,
                                       gconstpointer  data);

/* The first widget, depth first from @root itself, that @match accepts. */
GtkWidget *mp_test_find_widget            (GtkWidget         *root,
                                           MpTestWidgetMatch  match,
                                           gconstpointer      data);
/* The first widget of a type, with a CSS class, or a button for an
 * action. */
GtkWidget *mp_test_find_widget_of_type    (GtkWidget         *root,
                                           GType              type);
GtkWidget *mp_test_find_widget_with_class (GtkWidget         *root,
                                           const char        *css_class);
GtkWidget *mp_test_find_button_with_action (GtkWidget        *root,
                                            const char       *action);

/* The first key controller of @widget, and a key press sent to one as
 * GTK would (no modifiers): TRUE when a handler took it. */
GtkEventController *mp_test_find_key_controller (GtkWidget          *widget);
gboolean            mp_test_press_key           (GtkEventController *controller,
                                                 guint               keyval);

G_END_DECLS
