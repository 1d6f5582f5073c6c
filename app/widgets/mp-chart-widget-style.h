/* mp-chart-widget-style.h
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

#include "mp-chart-style.h"

G_BEGIN_DECLS

/* Resolves a chart style from a widget's CSS: the foreground colour, the
 * window background, the @mp_country_N palette from style.css (or the
 * @mp_country_N_dark variants on dark backgrounds) and the widget's font.
 * Call from css_changed.  Never paints a background (the widget's own
 * CSS does). */
void     mp_chart_style_update_from_widget (MpChartStyle *style,
                                            GtkWidget    *widget);
/* Whether @widget's text is lighter than the window's background: the
 * dark style, or a high-contrast inverse one. */
gboolean mp_widget_style_is_dark           (GtkWidget    *widget);

G_END_DECLS
