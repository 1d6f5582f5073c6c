/* mp-chart-view.h
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

#include "mp-chart.h"
#include "mp-dataset.h"

G_BEGIN_DECLS

#define MP_TYPE_CHART_VIEW (mp_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (MpChartView, mp_chart_view, MP, CHART_VIEW, GtkWidget)

/* Draws one chart (see mp-chart.h for names) with the theme's colours
 * and font.  Hover shows a tooltip with value, year and source; arrow
 * keys move a focus callout between data points, and a screen reader is
 * told what it is on; a click, Enter or Space emits ::source-activated
 * with the source id.  The accessible description is regenerated
 * whenever data, countries or options change.
 */

GtkWidget          *mp_chart_view_new             (void);
void                mp_chart_view_set_dataset     (MpChartView        *self,
                                                   MpDataset          *dataset);
MpDataset          *mp_chart_view_get_dataset     (MpChartView        *self);
/* 1–4 country ids; NULL or empty clears. */
void                mp_chart_view_set_countries   (MpChartView        *self,
                                                   const char * const *country_ids);
const char * const *mp_chart_view_get_countries   (MpChartView        *self);
void                mp_chart_view_set_chart       (MpChartView        *self,
                                                   const char         *chart);
const char         *mp_chart_view_get_chart       (MpChartView        *self);
void                mp_chart_view_set_log_scale   (MpChartView        *self,
                                                   gboolean            log_scale);
gboolean            mp_chart_view_get_log_scale   (MpChartView        *self);
void                mp_chart_view_set_filter      (MpChartView        *self,
                                                   MpTimelineFilter    filter);
MpTimelineFilter    mp_chart_view_get_filter      (MpChartView        *self);
void                mp_chart_view_set_all_organizations (MpChartView  *self,
                                                         gboolean      all_organizations);
gboolean            mp_chart_view_get_all_organizations (MpChartView  *self);

/* The built chart, or NULL (no dataset, no countries, or an error). */
MpChart            *mp_chart_view_get_chart_data  (MpChartView        *self);
/* Why there is no chart, or NULL. */
const char         *mp_chart_view_get_error       (MpChartView        *self);
/* The accessible description as last set. */
const char         *mp_chart_view_get_description (MpChartView        *self);
/* Index of the data point with keyboard focus in the last frame's hit
 * map, or -1. */
int                 mp_chart_view_get_focus_index (MpChartView        *self);
/* What the keyboard data cursor is on, as told to a screen reader (the
 * point's tooltip on one line), or NULL.  GTK 4.14 announces it; older
 * GTKs make it the chart's accessible name while the cursor is on a
 * point (Orca reads the new name of the focused object). */
const char         *mp_chart_view_get_announcement (MpChartView       *self);

G_END_DECLS
