/* mp-chart-table.c
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

#include "config.h"

#include <math.h>
#include <string.h>

#include "mp-chart-table.h"

static void
row_free (gpointer data)
{
  MpChartTableRow *row = data;

  g_strfreev (row->cells);
  if (row->plain != NULL)
    for (guint i = 0; i < MP_CHART_TABLE_MAX_COLUMNS; i++)
      g_free (row->plain[i]);
  g_free (row->plain);
  g_free (row->keys);
  g_free (row);
}

static void
table_clear (gpointer data)
{
  MpChartTable *table = data;

  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->titles[i]);
  g_ptr_array_unref (table->rows);
  g_free (table->caption);
  g_free (table->unit);
  g_free (table->sources);
}

MpChartTable *
mp_chart_table_new (guint               n_columns,
                    const char * const *titles)
{
  MpChartTable *table;

  g_return_val_if_fail (n_columns > 0 && n_columns <= MP_CHART_TABLE_MAX_COLUMNS, NULL);
  g_return_val_if_fail (titles != NULL, NULL);

  table = g_atomic_rc_box_new0 (MpChartTable);
  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    table->titles[i] = g_strdup (titles[i]);
  table->rows = g_ptr_array_new_with_free_func (row_free);

  return table;
}

MpChartTable *
mp_chart_table_ref (MpChartTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return g_atomic_rc_box_acquire (table);
}

void
mp_chart_table_unref (MpChartTable *table)
{
  if (table != NULL)
    g_atomic_rc_box_release_full (table, table_clear);
}

void
mp_chart_table_set_numeric (MpChartTable *table,
                            guint         column,
                            gboolean      numeric)
{
  g_return_if_fail (table != NULL && column < table->n_columns);

  table->numeric[column] = numeric;
}

MpChartTableRow *
mp_chart_table_add_row (MpChartTable  *table,
                        char         **cells,
                        double        *keys)
{
  MpChartTableRow *row;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (cells != NULL && g_strv_length (cells) == table->n_columns, NULL);

  row = g_new0 (MpChartTableRow, 1);
  row->cells = cells;
  row->country = -1;
  if (keys == NULL)
    {
      keys = g_new (double, table->n_columns);
      for (guint i = 0; i < table->n_columns; i++)
        keys[i] = NAN;
    }
  row->keys = keys;
  g_ptr_array_add (table->rows, row);

  return row;
}

void
mp_chart_table_row_set_plain (MpChartTable    *table,
                              MpChartTableRow *row,
                              guint            column,
                              char            *text)
{
  g_return_if_fail (table != NULL && row != NULL && column < table->n_columns);

  if (row->plain == NULL)
    row->plain = g_new0 (char *, MP_CHART_TABLE_MAX_COLUMNS);
  g_free (row->plain[column]);
  row->plain[column] = text;
}

const char *
mp_chart_table_row_get_plain (const MpChartTable    *table,
                              const MpChartTableRow *row,
                              guint                  column)
{
  g_return_val_if_fail (table != NULL && row != NULL && column < table->n_columns, NULL);

  if (row->plain != NULL && row->plain[column] != NULL)
    return row->plain[column];

  return row->cells[column] != NULL ? row->cells[column] : "";
}

guint
mp_chart_table_get_n_rows (const MpChartTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

const MpChartTableRow *
mp_chart_table_get_row (const MpChartTable *table,
                        guint               index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->rows->len, NULL);

  return g_ptr_array_index (table->rows, index);
}

int
mp_chart_table_compare (const MpChartTable *table,
                        guint               column,
                        guint               a,
                        guint               b)
{
  const MpChartTableRow *ra;
  const MpChartTableRow *rb;
  double ka;
  double kb;

  g_return_val_if_fail (table != NULL && column < table->n_columns, 0);
  g_return_val_if_fail (a < table->rows->len && b < table->rows->len, 0);

  ra = g_ptr_array_index (table->rows, a);
  rb = g_ptr_array_index (table->rows, b);
  ka = ra->keys[column];
  kb = rb->keys[column];

  if (!isnan (ka) && !isnan (kb))
    {
      if (ka != kb)
        return ka < kb ? -1 : 1;
    }
  else if (!isnan (ka) || !isnan (kb))
    return isnan (ka) ? 1 : -1;  /* empty cells last */
  else
    {
      int r = g_utf8_collate (ra->cells[column], rb->cells[column]);

      if (r != 0)
        return r;
    }

  /* Stable: fall back to the original order. */
  return (a > b) - (a < b);
}

static void
append_cell (GString    *str,
             const char *text)
{
  /* Tabs and line breaks would break the columns. */
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (str, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

char *
mp_chart_table_to_tsv (const MpChartTable *table,
                       const guint        *order,
                       guint               n_order)
{
  g_autoptr(GString) str = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (table != NULL, NULL);

  /* What and in which unit, above; the sources, below: pasted into a
   * document, the table keeps them. */
  if (table->caption != NULL && table->caption[0] != '\0')
    {
      append_cell (str, table->caption);
      g_string_append_c (str, '\n');
    }
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (str, '\t');
      append_cell (str, table->titles[c]);
    }
  g_string_append_c (str, '\n');

  n = order != NULL ? n_order : table->rows->len;
  for (guint i = 0; i < n; i++)
    {
      guint index = order != NULL ? order[i] : i;
      const MpChartTableRow *row;

      if (index >= table->rows->len)
        continue;
      row = g_ptr_array_index (table->rows, index);
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (str, '\t');
          append_cell (str, row->cells[c]);
        }
      g_string_append_c (str, '\n');
    }
  if (table->sources != NULL && table->sources[0] != '\0')
    {
      append_cell (str, table->sources);
      g_string_append_c (str, '\n');
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}
