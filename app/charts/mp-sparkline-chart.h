/* mp-sparkline-chart.h
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

#include <cairo.h>

#include "mp-chart-style.h"
#include "mp-records.h"

G_BEGIN_DECLS

/* A tiny line of an indicator for a card: no axes or text, the last value
 * marked with a dot, a soft area below down to zero: the value scale
 * starts at zero (the card's caption names indicator and years).  Tentative values (preliminary,
 * estimated) draw a dashed line; missing years break the line.  Draws a
 * faint dashed baseline when there are no points. */
void mp_sparkline_render (cairo_t            *cr,
                          const MpPoint      *points,
                          guint               n_points,
                          MpValueStatus       status,
                          const MpColor      *color,
                          const MpChartStyle *style,
                          double              width,
                          double              height);

G_END_DECLS
