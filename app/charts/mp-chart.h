/* mp-chart.h
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
#include <glib.h>

#include "mp-chart-common.h"
#include "mp-chart-style.h"
#include "mp-chart-table.h"
#include "mp-dataset.h"
#include "mp-hit-map.h"
#include "mp-timeline-series.h"

G_BEGIN_DECLS

/* A chart by name, ready to draw: the series computed once for a dataset,
 * countries and options, with its accessible title and description and
 * the table of its numbers.  Names: "aid", "contributions",
 * "memberships" (or "memberships:shared", "memberships:unique" for a
 * filtered timeline), "indicator:<id>".  No GTK: the window, the exporter and
 * the command line all draw through this. */

typedef enum
{
  MP_CHART_KIND_AID,
  MP_CHART_KIND_CONTRIBUTIONS,
  MP_CHART_KIND_MEMBERSHIPS,
  MP_CHART_KIND_INDICATOR,
} MpChartKind;

typedef struct
{
  gboolean          log_scale;  /* indicators */
  MpTimelineFilter  filter;     /* memberships */
  double            today;      /* memberships: fractional year, 0 = now */
  gboolean          all_organizations; /* memberships: the long tail too,
                                        * not only the key organizations */
} MpChartOptions;

typedef struct _MpChart MpChart;

/* Parses @name; @indicator_id (nullable) receives the id of an
 * "indicator:<id>" chart. */
gboolean      mp_chart_parse_name          (const char           *name,
                                            MpChartKind          *kind,
                                            char                **indicator_id,
                                            GError              **error);
MpChart      *mp_chart_new                 (MpDataset            *dataset,
                                            const char * const   *country_ids,
                                            const char           *name,
                                            const MpChartOptions *options,
                                            GError              **error);
void          mp_chart_free                (MpChart              *chart);
MpChartKind   mp_chart_get_kind            (const MpChart        *chart);
const char   *mp_chart_get_name            (const MpChart        *chart);
/* The chart's title (the accessible label). */
const char   *mp_chart_get_title           (const MpChart        *chart);
/* A sentence or two for screen readers: range, first and last values. */
const char   *mp_chart_get_description     (const MpChart        *chart);
/* The series: MpAidSeries, MpContributionsSeries, MpTimelineSeries or
 * MpIndicatorSeries according to the kind. */
gconstpointer mp_chart_get_series          (const MpChart        *chart);
void          mp_chart_render              (const MpChart        *chart,
                                            cairo_t              *cr,
                                            const MpChartStyle   *style,
                                            double                width,
                                            double                height,
                                            MpHitMap             *hits);
/* The height the chart wants at @width to show every row, or 0 when it
 * simply fills what it gets. */
double        mp_chart_get_natural_height  (const MpChart        *chart,
                                            const MpChartStyle   *style,
                                            double                width);
/* The least height at @width that shows every row (memberships), or 0
 * when the chart has no rows to cut. */
double        mp_chart_get_least_height    (const MpChart        *chart,
                                            const MpChartStyle   *style,
                                            double                width);
/* The numbers behind the chart (transfer none; ref it to keep it). */
MpChartTable *mp_chart_get_table           (MpChart              *chart);

/* Draws the chart @chart (a name as above) for @countries in one go: the
 * entry point for export, print and the command line. */
gboolean      mp_chart_render_by_name      (cairo_t              *cr,
                                            MpDataset            *dataset,
                                            const char * const   *countries,
                                            const char           *chart,
                                            const MpChartStyle   *style,
                                            double                width,
                                            double                height,
                                            GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpChart, mp_chart_free)

G_END_DECLS
