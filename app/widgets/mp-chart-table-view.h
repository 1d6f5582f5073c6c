/* mp-chart-table-view.h
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

#include "mp-chart-table.h"

G_BEGIN_DECLS

#define MP_TYPE_CHART_TABLE_VIEW (mp_chart_table_view_get_type ())

G_DECLARE_FINAL_TYPE (MpChartTableView, mp_chart_table_view, MP, CHART_TABLE_VIEW, GtkWidget)

/* The numbers behind a chart in a sortable GtkColumnView (click a
 * header to sort).  Activating a row emits ::source-activated. */

GtkWidget     *mp_chart_table_view_new             (void);
/* Shows @table (a reference is taken); NULL empties the view. */
void           mp_chart_table_view_set_table       (MpChartTableView *self,
                                                    MpChartTable     *table);
MpChartTable  *mp_chart_table_view_get_table       (MpChartTableView *self);
/* Rows in the view (after sorting). */
guint          mp_chart_table_view_get_n_rows      (MpChartTableView *self);
GtkColumnView *mp_chart_table_view_get_column_view (MpChartTableView *self);
/* Tab-separated text with a header line, in the current sort order. */
char          *mp_chart_table_view_to_tsv          (MpChartTableView *self);

G_END_DECLS
