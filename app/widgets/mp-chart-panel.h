/* mp-chart-panel.h
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

#include "mp-chart-table-view.h"
#include "mp-chart-view.h"
#include "mp-dataset.h"

G_BEGIN_DECLS

#define MP_TYPE_CHART_PANEL (mp_chart_panel_get_type ())

G_DECLARE_FINAL_TYPE (MpChartPanel, mp_chart_panel, MP, CHART_PANEL, GtkWidget)

/* The charts under the country cards: a switcher between Aid,
 * Contributions, Memberships and Indicators, an indicator menu and a log
 * scale toggle, a membership filter, and a "Table" toggle that shows the
 * same numbers in a sortable table with a "Copy" button.
 *
 * Properties: "chart" (the chart name, bind it to GSettings),
 * "table-visible".  Widget actions:
 * "chart.table" (toggles the table), "chart.copy" (copies the table as
 * tab-separated text), "chart.show" with a chart name.
 * Signal: ::source-activated (source id) when a value is clicked. */

GtkWidget        *mp_chart_panel_new               (void);
void              mp_chart_panel_set_dataset       (MpChartPanel       *self,
                                                    MpDataset          *dataset);
/* 1–4 country ids. */
void              mp_chart_panel_set_countries     (MpChartPanel       *self,
                                                    const char * const *country_ids);
/* "aid", "contributions", "memberships" or "indicator:<id>". */
void              mp_chart_panel_set_chart         (MpChartPanel       *self,
                                                    const char         *chart);
const char       *mp_chart_panel_get_chart         (MpChartPanel       *self);
void              mp_chart_panel_set_table_visible (MpChartPanel       *self,
                                                    gboolean            visible);
gboolean          mp_chart_panel_get_table_visible (MpChartPanel       *self);
MpChartView      *mp_chart_panel_get_view          (MpChartPanel       *self);
MpChartTableView *mp_chart_panel_get_table_view    (MpChartPanel       *self);

G_END_DECLS
