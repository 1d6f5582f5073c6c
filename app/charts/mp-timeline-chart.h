/* mp-timeline-chart.h
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
#include "mp-hit-map.h"
#include "mp-timeline-series.h"

G_BEGIN_DECLS

/* One row per organization, one lane per country.  @hits (nullable) gets
 * one entry per row label and per span (chair periods included), in
 * reading order. */
void   mp_timeline_chart_render             (cairo_t                *cr,
                                             const MpTimelineSeries *series,
                                             const MpChartStyle     *style,
                                             double                  width,
                                             double                  height,
                                             MpHitMap               *hits);
/* The height at which every row gets comfortable lanes at @width. */
/* The least height at which every row shows, at its least height. */
double mp_timeline_chart_get_least_height (const MpTimelineSeries *series,
                                           const MpChartStyle     *style,
                                           double                  width);
double mp_timeline_chart_get_natural_height (const MpTimelineSeries *series,
                                             const MpChartStyle     *style,
                                             double                  width);

G_END_DECLS
