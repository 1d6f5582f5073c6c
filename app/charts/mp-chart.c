/* mp-chart.c
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

#include <glib/gi18n.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "mp-aid-chart.h"
#include "mp-chart.h"
#include "mp-chart-format.h"
#include "mp-contributions-chart.h"
#include "mp-format.h"
#include "mp-indicator-chart.h"
#include "mp-timeline-chart.h"

#define INDICATOR_PREFIX "indicator:"

struct _MpChart
{
  MpDataset    *dataset;
  MpChartKind   kind;
  char         *name;
  char         *description;
  MpChartTable *table;
  union
  {
    MpAidSeries           *aid;
    MpContributionsSeries *contributions;
    MpTimelineSeries      *timeline;
    MpIndicatorSeries     *indicator;
    gpointer               any;
  } series;
};

gboolean
mp_chart_parse_name (const char   *name,
                     MpChartKind  *kind,
                     char        **indicator_id,
                     GError      **error)
{
  MpChartKind k;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (indicator_id != NULL)
    *indicator_id = NULL;

  if (g_strcmp0 (name, "aid") == 0)
    k = MP_CHART_KIND_AID;
  else if (g_strcmp0 (name, "contributions") == 0)
    k = MP_CHART_KIND_CONTRIBUTIONS;
  else if (g_strcmp0 (name, "memberships") == 0 ||
           g_strcmp0 (name, "memberships:shared") == 0 ||
           g_strcmp0 (name, "memberships:unique") == 0)
    k = MP_CHART_KIND_MEMBERSHIPS;
  else if (name != NULL && g_str_has_prefix (name, INDICATOR_PREFIX) &&
           name[strlen (INDICATOR_PREFIX)] != '\0')
    {
      k = MP_CHART_KIND_INDICATOR;
      if (indicator_id != NULL)
        *indicator_id = g_strdup (name + strlen (INDICATOR_PREFIX));
    }
  else
    {
      g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_CHART,
                   _("Unknown chart “%s”: use aid, contributions, memberships, memberships:shared, memberships:unique or indicator:ID"),
                   name != NULL ? name : "");
      return FALSE;
    }

  *kind = k;
  return TRUE;
}

MpChart *
mp_chart_new (MpDataset            *dataset,
              const char * const   *country_ids,
              const char           *name,
              const MpChartOptions *options,
              GError              **error)
{
  g_autoptr(MpChart) chart = NULL;
  g_autofree char *indicator_id = NULL;
  MpChartOptions defaults = { FALSE, MP_TIMELINE_ALL, 0, FALSE };
  MpChartKind kind;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;

  if (!mp_chart_parse_name (name, &kind, &indicator_id, error))
    return NULL;

  chart = g_new0 (MpChart, 1);
  chart->dataset = g_object_ref (dataset);
  chart->kind = kind;
  chart->name = g_strdup (name);

  switch (kind)
    {
    case MP_CHART_KIND_AID:
      chart->series.aid = mp_aid_series_new (dataset, country_ids, error);
      if (chart->series.aid != NULL)
        chart->description = mp_aid_series_describe (chart->series.aid);
      break;

    case MP_CHART_KIND_CONTRIBUTIONS:
      chart->series.contributions = mp_contributions_series_new (dataset, country_ids, error);
      if (chart->series.contributions != NULL)
        chart->description = mp_contributions_series_describe (chart->series.contributions);
      break;

    case MP_CHART_KIND_MEMBERSHIPS:
      {
        MpTimelineFilter filter = options->filter;

        /* "memberships:shared" and "memberships:unique" pick the filter
         * by name (for exports from the command line). */
        if (g_str_has_suffix (name, ":shared"))
          filter = MP_TIMELINE_SHARED;
        else if (g_str_has_suffix (name, ":unique"))
          filter = MP_TIMELINE_UNIQUE;
        chart->series.timeline = mp_timeline_series_new (dataset, country_ids, filter,
                                                         options->all_organizations,
                                                         options->today, error);
      }
      if (chart->series.timeline != NULL)
        chart->description = mp_timeline_series_describe (chart->series.timeline);
      break;

    case MP_CHART_KIND_INDICATOR:
      chart->series.indicator = mp_indicator_series_new (dataset, indicator_id, country_ids,
                                                         options->log_scale, error);
      if (chart->series.indicator != NULL)
        chart->description = mp_indicator_series_describe (chart->series.indicator);
      break;

    default:
      g_assert_not_reached ();
    }

  if (chart->series.any == NULL)
    return NULL;

  return g_steal_pointer (&chart);
}

void
mp_chart_free (MpChart *chart)
{
  if (chart == NULL)
    return;

  switch (chart->kind)
    {
    case MP_CHART_KIND_AID:
      g_clear_pointer (&chart->series.aid, mp_aid_series_free);
      break;
    case MP_CHART_KIND_CONTRIBUTIONS:
      g_clear_pointer (&chart->series.contributions, mp_contributions_series_free);
      break;
    case MP_CHART_KIND_MEMBERSHIPS:
      g_clear_pointer (&chart->series.timeline, mp_timeline_series_free);
      break;
    case MP_CHART_KIND_INDICATOR:
      g_clear_pointer (&chart->series.indicator, mp_indicator_series_free);
      break;
    default:
      break;
    }

  g_clear_pointer (&chart->table, mp_chart_table_unref);
  g_clear_object (&chart->dataset);
  g_free (chart->name);
  g_free (chart->description);
  g_free (chart);
}

MpChartKind
mp_chart_get_kind (const MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, MP_CHART_KIND_AID);

  return chart->kind;
}

const char *
mp_chart_get_name (const MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->name;
}

const char *
mp_chart_get_title (const MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  switch (chart->kind)
    {
    case MP_CHART_KIND_AID:
      return chart->series.aid->title;
    case MP_CHART_KIND_CONTRIBUTIONS:
      return chart->series.contributions->title;
    case MP_CHART_KIND_MEMBERSHIPS:
      return chart->series.timeline->title;
    case MP_CHART_KIND_INDICATOR:
      return chart->series.indicator->title;
    default:
      return "";
    }
}

const char *
mp_chart_get_description (const MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->description;
}

gconstpointer
mp_chart_get_series (const MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->series.any;
}

void
mp_chart_render (const MpChart      *chart,
                 cairo_t            *cr,
                 const MpChartStyle *style,
                 double              width,
                 double              height,
                 MpHitMap           *hits)
{
  g_return_if_fail (chart != NULL);

  switch (chart->kind)
    {
    case MP_CHART_KIND_AID:
      mp_aid_chart_render (cr, chart->series.aid, style, width, height, hits);
      break;
    case MP_CHART_KIND_CONTRIBUTIONS:
      mp_contributions_chart_render (cr, chart->series.contributions, style, width, height, hits);
      break;
    case MP_CHART_KIND_MEMBERSHIPS:
      mp_timeline_chart_render (cr, chart->series.timeline, style, width, height, hits);
      break;
    case MP_CHART_KIND_INDICATOR:
      mp_indicator_chart_render (cr, chart->series.indicator, style, width, height, hits);
      break;
    default:
      break;
    }
}

double
mp_chart_get_natural_height (const MpChart      *chart,
                             const MpChartStyle *style,
                             double              width)
{
  g_return_val_if_fail (chart != NULL && style != NULL, 0);

  switch (chart->kind)
    {
    case MP_CHART_KIND_CONTRIBUTIONS:
      return mp_contributions_chart_get_natural_height (chart->series.contributions, style, width);
    case MP_CHART_KIND_MEMBERSHIPS:
      return mp_timeline_chart_get_natural_height (chart->series.timeline, style, width);
    case MP_CHART_KIND_AID:
    case MP_CHART_KIND_INDICATOR:
    default:
      return 0;
    }
}

double
mp_chart_get_least_height (const MpChart      *chart,
                           const MpChartStyle *style,
                           double              width)
{
  g_return_val_if_fail (chart != NULL && style != NULL, 0);

  if (chart->kind == MP_CHART_KIND_MEMBERSHIPS)
    return mp_timeline_chart_get_least_height (chart->series.timeline, style, width);

  return 0;
}

static char **
cells_new (guint n, ...)
{
  char **cells = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      const char *text = va_arg (args, const char *);

      cells[i] = g_strdup (text != NULL ? text : "");
    }
  va_end (args);

  return cells;
}

static double *
keys_new (guint n)
{
  double *keys = g_new (double, n);

  for (guint i = 0; i < n; i++)
    keys[i] = NAN;
  return keys;
}

/* A cell of a years × countries table: the value in the table's unit,
 * with the same decimals down the whole table, and its status when it is
 * not final. */
static char *
year_cell (double        scaled,
           int           decimals,
           MpValueStatus status)
{
  g_autofree char *number = mp_chart_format_number (scaled, decimals);

  if (status == MP_VALUE_FINAL)
    return g_steal_pointer (&number);

  /* Translators: a table cell: a value and its status, "44.9 (preliminary)" */
  return g_strdup_printf (_("%s (%s)"), number, mp_chart_status_label (status));
}

/* The titles of a years × countries table: "Year", then the countries. */
static MpChartTable *
year_table_new (guint               n_countries,
                const char * const *names)
{
  const char *titles[MP_CHART_TABLE_MAX_COLUMNS] = { _("Year") };
  MpChartTable *table;

  n_countries = MIN (n_countries, MP_CHART_TABLE_MAX_COLUMNS - 1);
  for (guint c = 0; c < n_countries; c++)
    titles[c + 1] = names[c];
  table = mp_chart_table_new (n_countries + 1, titles);
  for (guint c = 0; c <= n_countries; c++)
    mp_chart_table_set_numeric (table, c, TRUE);

  return table;
}

/* Aid as statistics offices print it: a row a year, a column a donor, the
 * measure and unit above (the chart's: US$ million, one decimal
 * throughout, as on the bars) and the sources in one line below. */
static MpChartTable *
aid_table (MpChart *chart)
{
  const MpAidSeries *series = chart->series.aid;
  const char *names[MP_MAX_COUNTRIES];
  MpChartTable *table;
  double divisor = mp_chart_magnitude_divisor (series->magnitude);
  int decimals = mp_chart_decimals_for (series->magnitude, series->min_amount / divisor);

  for (guint c = 0; c < series->n_countries; c++)
    names[c] = series->countries[c].name;
  table = year_table_new (series->n_countries, names);
  table->caption = g_strdup (series->subtitle);
  table->unit = g_strdup (mp_chart_unit_axis_label (MP_UNIT_USD, series->magnitude));
  table->sources = g_strdup (series->sources);

  for (guint y = 0; y < series->n_years; y++)
    {
      char **cells = g_new0 (char *, table->n_columns + 1);
      double *keys = keys_new (table->n_columns);
      gboolean any = FALSE;
      MpChartTableRow *row;

      cells[0] = g_strdup_printf ("%d", series->first_year + (int) y);
      keys[0] = series->first_year + (int) y;
      for (guint c = 0; c + 1 < table->n_columns; c++)
        {
          const MpAidValue *value = &series->countries[c].values[y];

          if (!value->present)
            {
              cells[c + 1] = g_strdup ("");
              continue;
            }
          cells[c + 1] = year_cell (value->amount_usd / divisor, decimals, value->status);
          keys[c + 1] = value->amount_usd;
          any = TRUE;
        }
      if (!any)
        {
          g_strfreev (cells);
          g_free (keys);
          continue;
        }
      row = mp_chart_table_add_row (table, cells, keys);
      for (guint c = 0; c + 1 < table->n_columns; c++)
        {
          const MpAidValue *value = &series->countries[c].values[y];

          if (!value->present)
            continue;
          row->source_ids[c + 1] = value->source;
          if (value->status != MP_VALUE_FINAL)
            row->notes[c + 1] = mp_chart_status_label (value->status);
          if (row->source_id == NULL)
            row->source_id = value->source;
          mp_chart_table_row_set_plain (table, row, c + 1,
                                        mp_chart_format_exact_number (value->amount_usd, series->magnitude));
        }
    }

  return table;
}

static MpChartTable *
contributions_table (MpChart *chart)
{
  const MpContributionsSeries *series = chart->series.contributions;
  const char *titles[] = {
    _("Year"), _("Donor"), _("Recipient or channel"), _("Purpose"), _("Measure"),
    _("Amount (US$)"), _("Status"), _("Source"),
  };
  MpChartTable *table;

  G_STATIC_ASSERT (G_N_ELEMENTS (titles) <= MP_CHART_TABLE_MAX_COLUMNS);
  table = mp_chart_table_new (G_N_ELEMENTS (titles), titles);
  mp_chart_table_set_numeric (table, 0, TRUE);
  mp_chart_table_set_numeric (table, 5, TRUE);

  for (guint i = 0; i < series->n_items; i++)
    {
      const MpContribution *item = &series->items[i];
      g_autofree char *number = mp_chart_format_number (item->aid->amount_usd, 0);
      g_autofree char *plain = mp_chart_format_plain_number (item->aid->amount_usd, 0);
      /* Translators: a table cell for an amount the source gives as a lower bound */
      g_autofree char *amount = item->aid->lower_bound ? g_strdup_printf (C_("amount", "more than %s"), number)
                                                      : g_strdup (number);
      double *keys = keys_new (table->n_columns);
      MpChartTableRow *row;

      keys[0] = item->aid->year;
      keys[5] = item->aid->amount_usd;
      row = mp_chart_table_add_row (table,
                                    cells_new (table->n_columns, item->when,
                                               series->country_names[item->country],
                                               item->aid->recipient, item->aid->purpose,
                                               mp_chart_aid_measure_label (item->aid->measure),
                                               amount, mp_chart_status_label (item->aid->status),
                                               mp_chart_source_title (chart->dataset, item->aid->source)),
                                    keys);
      row->source_id = item->aid->source;
      row->country = item->country;
      mp_chart_table_row_set_plain (table, row, 5,
                                    item->aid->lower_bound ? g_strdup_printf (C_("amount", "more than %s"), plain)
                                                           : g_strdup (plain));
    }

  return table;
}

static void
add_span_row (MpChart              *chart,
              MpChartTable         *table,
              const MpTimelineRow  *row,
              guint                 country,
              const MpTimelineSpan *span)
{
  const MpTimelineSeries *series = chart->series.timeline;
  const MpMembership *membership = span->membership;
  g_autofree char *from = mp_format_date (&membership->from);
  g_autofree char *to = NULL;
  double *keys = keys_new (table->n_columns);
  MpChartTableRow *table_row;

  if (mp_date_is_set (&membership->to))
    to = mp_format_date (&membership->to);
  else if (mp_date_is_set (&membership->confirmed_until))
    /* Translators: the end of a membership whose source ends in that year (2014) */
    to = g_strdup_printf (C_("membership end", "current? (confirmed until %d)"), membership->confirmed_until.year);
  else
    to = g_strdup (C_("membership end", "current"));

  keys[4] = span->from;
  keys[5] = span->open ? G_MAXDOUBLE : span->to;
  table_row = mp_chart_table_add_row (table,
                                      cells_new (table->n_columns, mp_organization_get_acronym (row->organization, NULL),
                                                 mp_chart_org_kind_label (row->organization->kind),
                                                 series->country_names[country],
                                                 mp_chart_membership_status_label (membership->status),
                                                 from, to,
                                                 mp_chart_source_title (chart->dataset, membership->source)),
                                      keys);
  table_row->source_id = membership->source;
  table_row->country = (int) country;
  mp_chart_table_row_set_plain (table, table_row, 4, mp_date_to_string (&membership->from));
  if (mp_date_is_set (&membership->to))
    mp_chart_table_row_set_plain (table, table_row, 5, mp_date_to_string (&membership->to));
}

static MpChartTable *
memberships_table (MpChart *chart)
{
  const MpTimelineSeries *series = chart->series.timeline;
  const char *titles[] = {
    _("Organization"), _("Kind"), _("Country"), _("Status"), _("From"), _("To"), _("Source"),
  };
  MpChartTable *table;

  G_STATIC_ASSERT (G_N_ELEMENTS (titles) <= MP_CHART_TABLE_MAX_COLUMNS);
  table = mp_chart_table_new (G_N_ELEMENTS (titles), titles);

  for (guint r = 0; r < series->n_rows; r++)
    {
      const MpTimelineRow *row = &series->rows[r];

      for (guint c = 0; c < series->n_countries; c++)
        {
          for (guint k = 0; k < row->lanes[c].n_spans; k++)
            add_span_row (chart, table, row, c, &row->lanes[c].spans[k]);
          for (guint k = 0; k < row->lanes[c].n_chairs; k++)
            add_span_row (chart, table, row, c, &row->lanes[c].chairs[k]);
        }
    }

  return table;
}

static MpChartTable *
indicator_table (MpChart *chart)
{
  const MpIndicatorSeries *series = chart->series.indicator;
  const char *names[MP_MAX_COUNTRIES];
  MpChartMagnitude magnitude;
  double divisor;
  int decimals;
  MpChartTable *table;

  /* One unit for the table, the chart's scale for its largest value:
   * "US$ billion", "million people"; a decimal in millions and above,
   * none below (US$ per person), more where the smallest figure needs them. */
  magnitude = mp_chart_unit_magnitude (series->unit, MAX (fabs (series->min), fabs (series->max)));
  divisor = mp_chart_magnitude_divisor (magnitude);
  decimals = mp_chart_decimals_for (magnitude, series->min_abs / divisor);

  for (guint c = 0; c < series->n_lines; c++)
    names[c] = series->lines[c].name;
  table = year_table_new (series->n_lines, names);
  /* Translators: above a table: what it shows and its unit, "Population, million people" */
  table->caption = g_strdup_printf (_("%s, %s"), series->name, mp_chart_unit_axis_label (series->unit, magnitude));
  table->unit = g_strdup (mp_chart_unit_axis_label (series->unit, magnitude));
  table->sources = g_strdup (series->sources);

  for (int year = series->first_year; series->first_year != 0 && year <= series->last_year; year++)
    {
      char **cells = g_new0 (char *, table->n_columns + 1);
      double *keys = keys_new (table->n_columns);
      const MpPoint *found[MP_CHART_TABLE_MAX_COLUMNS] = { NULL };
      gboolean any = FALSE;
      MpChartTableRow *row;

      cells[0] = g_strdup_printf ("%d", year);
      keys[0] = year;
      for (guint c = 0; c + 1 < table->n_columns; c++)
        {
          const MpIndicatorLine *line = &series->lines[c];

          for (guint i = 0; i < line->n_points && found[c] == NULL; i++)
            if (line->points[i].year == year && isfinite (line->points[i].value))
              found[c] = &line->points[i];
          if (found[c] == NULL)
            {
              cells[c + 1] = g_strdup ("");
              continue;
            }
          cells[c + 1] = year_cell (found[c]->value / divisor, decimals, line->status);
          keys[c + 1] = found[c]->value;
          any = TRUE;
        }
      if (!any)
        {
          g_strfreev (cells);
          g_free (keys);
          continue;
        }
      row = mp_chart_table_add_row (table, cells, keys);
      for (guint c = 0; c + 1 < table->n_columns; c++)
        {
          if (found[c] == NULL)
            continue;
          row->source_ids[c + 1] = series->lines[c].source;
          if (series->lines[c].status != MP_VALUE_FINAL)
            row->notes[c + 1] = mp_chart_status_label (series->lines[c].status);
          if (row->source_id == NULL)
            row->source_id = series->lines[c].source;
          mp_chart_table_row_set_plain (table, row, c + 1,
                                        mp_chart_format_exact_number (found[c]->value, magnitude));
        }
    }

  return table;
}

MpChartTable *
mp_chart_get_table (MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  if (chart->table != NULL)
    return chart->table;

  switch (chart->kind)
    {
    case MP_CHART_KIND_AID:
      chart->table = aid_table (chart);
      break;
    case MP_CHART_KIND_CONTRIBUTIONS:
      chart->table = contributions_table (chart);
      break;
    case MP_CHART_KIND_MEMBERSHIPS:
      chart->table = memberships_table (chart);
      break;
    case MP_CHART_KIND_INDICATOR:
      chart->table = indicator_table (chart);
      break;
    default:
      g_assert_not_reached ();
    }

  return chart->table;
}

gboolean
mp_chart_render_by_name (cairo_t            *cr,
                         MpDataset          *dataset,
                         const char * const *countries,
                         const char         *chart,
                         const MpChartStyle *style,
                         double              width,
                         double              height,
                         GError            **error)
{
  g_autoptr(MpChart) built = NULL;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (MP_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(width >= 1 && height >= 1 && width <= 32767 && height <= 32767))
    {
      g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_SIZE,
                   _("A chart must be between 1 and 32767 pixels wide and high"));
      return FALSE;
    }

  built = mp_chart_new (dataset, countries, chart, NULL, error);
  if (built == NULL)
    return FALSE;

  mp_chart_render (built, cr, style, width, height, NULL);
  return TRUE;
}
