/* mp-chart-table.h
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

#include <glib.h>

#include "mp-limits.h"

G_BEGIN_DECLS

/* The numbers behind a chart as rows of text, for the "Table" view and
 * for copying.  Numeric columns carry a sort key per cell.  Reference
 * counted: a table view keeps it alive after the chart is rebuilt. */

/* A years × countries table: the year, then one column per country (the
 * other tables have eight columns or fewer). */
#define MP_CHART_TABLE_MAX_COLUMNS (MP_MAX_COUNTRIES + 1)

typedef struct
{
  char       **cells;      /* n_columns strings, as the UI shows them */
  char       **plain;      /* n_columns, for files: numbers without grouping and
                            * with a decimal point, dates in ISO 8601; NULL
                            * (or a NULL entry): the cell as shown */
  double      *keys;       /* n_columns sort keys (NAN for text) */
  const char  *source_id;  /* borrowed, nullable: the row's first source */
  const char  *source_ids[MP_CHART_TABLE_MAX_COLUMNS];  /* each cell's, borrowed, nullable */
  const char  *notes[MP_CHART_TABLE_MAX_COLUMNS];  /* a cell's status for files
                                                  * ("preliminary"), static, nullable */
  int          country;    /* index, -1 none */
} MpChartTableRow;

typedef struct
{
  guint       n_columns;
  char       *titles[MP_CHART_TABLE_MAX_COLUMNS];
  gboolean    numeric[MP_CHART_TABLE_MAX_COLUMNS];
  GPtrArray  *rows;        /* MpChartTableRow* */
  char       *caption;     /* nullable: what and in which unit, above the table */
  char       *unit;        /* nullable: the numbers' unit, "US$ million", for files */
  char       *sources;     /* nullable: one line below the table */
} MpChartTable;

MpChartTable    *mp_chart_table_new       (guint               n_columns,
                                           const char * const *titles);
MpChartTable    *mp_chart_table_ref       (MpChartTable       *table);
void             mp_chart_table_unref     (MpChartTable       *table);
void             mp_chart_table_set_numeric (MpChartTable     *table,
                                             guint             column,
                                             gboolean          numeric);
/* Appends a row; takes @cells (n_columns strings) and @keys (nullable). */
MpChartTableRow *mp_chart_table_add_row   (MpChartTable       *table,
                                           char              **cells,
                                           double             *keys);
/* Sets the locale-neutral text of one of @row's cells (takes @text). */
void             mp_chart_table_row_set_plain (MpChartTable    *table,
                                               MpChartTableRow *row,
                                               guint            column,
                                               char            *text);
/* The cell as a file writes it: its plain text, else the shown one. */
const char      *mp_chart_table_row_get_plain (const MpChartTable    *table,
                                               const MpChartTableRow *row,
                                               guint                  column);
guint            mp_chart_table_get_n_rows (const MpChartTable *table);
const MpChartTableRow *mp_chart_table_get_row (const MpChartTable *table,
                                               guint               index);
/* Compares two rows on @column (numbers by key, text by collation). */
int              mp_chart_table_compare   (const MpChartTable *table,
                                           guint               column,
                                           guint               a,
                                           guint               b);
/* Tab-separated text with a header line; @order (nullable) lists row
 * indices in the order to write them. */
char            *mp_chart_table_to_tsv    (const MpChartTable *table,
                                           const guint        *order,
                                           guint               n_order);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpChartTable, mp_chart_table_unref)

G_END_DECLS
