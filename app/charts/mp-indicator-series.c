/* mp-indicator-series.c
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
#include <stdlib.h>

#include "mp-chart-common.h"
#include "mp-indicator-series.h"

static int
compare_int (const void *a,
             const void *b)
{
  return *(const int *) a - *(const int *) b;
}

/* The usual step between consecutive years: the median. */
static int
usual_step (const MpPoint *points,
            guint          n_points)
{
  g_autofree int *steps = NULL;
  int median;

  if (n_points < 2)
    return 1;

  steps = g_new (int, n_points - 1);
  for (guint i = 1; i < n_points; i++)
    steps[i - 1] = points[i].year - points[i - 1].year;
  qsort (steps, n_points - 1, sizeof (int), compare_int);
  median = steps[(n_points - 1) / 2];

  return MAX (median, 1);
}

static char *
point_label (MpDataset         *dataset,
             const MpIndicator *indicator,
             const MpSeries    *data,
             const char        *indicator_name,
             const char        *country_name,
             const MpPoint     *point)
{
  g_autofree char *value = mp_chart_format_value (point->value, indicator->unit);
  g_autofree char *status = NULL;

  if (data->status != MP_VALUE_FINAL)
    status = g_strdup_printf (" (%s)", mp_chart_status_label (data->status));

  /* Translators: tooltip of a point: indicator, country, year, value
   * (status), then the source on its own line */
  return g_strdup_printf (_("%s, %s, %d: %s%s\nSource: %s"),
                          indicator_name, country_name, point->year, value,
                          status != NULL ? status : "",
                          mp_chart_source_title (dataset, data->source));
}

MpIndicatorSeries *
mp_indicator_series_new (MpDataset          *dataset,
                         const char         *indicator_id,
                         const char * const *country_ids,
                         gboolean            log_scale,
                         GError            **error)
{
  g_autoptr(MpIndicatorSeries) series = NULL;
  g_autofree char *years = NULL;
  g_autoptr(GString) subtitle = NULL;
  const MpCountry *countries[MP_MAX_COUNTRIES];
  const MpIndicator *indicator;
  guint n_countries;
  int first = G_MAXINT;
  int last = G_MININT;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  indicator = indicator_id != NULL ? mp_dataset_lookup_indicator (dataset, indicator_id) : NULL;
  if (indicator == NULL)
    {
      g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_INDICATOR,
                   _("The dataset has no indicator “%s”"), indicator_id != NULL ? indicator_id : "");
      return NULL;
    }

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n_countries, error))
    return NULL;

  series = g_new0 (MpIndicatorSeries, 1);
  series->indicator = indicator;
  series->name = g_strdup (indicator->name != NULL ? mp_text_get (indicator->name, NULL) : indicator->id);
  series->unit = indicator->unit;
  series->status = indicator->status;
  series->derived = indicator->status == MP_VALUE_DERIVED;
  series->log = log_scale;
  series->n_lines = n_countries;
  series->min = G_MAXDOUBLE;
  series->max = -G_MAXDOUBLE;
  series->source_ids = g_ptr_array_new ();

  for (guint c = 0; c < n_countries; c++)
    {
      MpIndicatorLine *line = &series->lines[c];
      const MpSeries *data = mp_indicator_get_series (indicator, countries[c]->id);
      int step;
      int previous_year = 0;

      line->country_id = countries[c]->id;
      line->name = g_strdup (mp_chart_country_name (countries[c]));
      line->source = data != NULL ? data->source : indicator->source;
      line->status = data != NULL ? data->status : indicator->status;
      mp_chart_sources_add (series->source_ids, line->source);
      line->min = G_MAXDOUBLE;
      line->max = -G_MAXDOUBLE;

      if (data == NULL || data->n_points == 0)
        continue;

      line->points = data->points;
      line->n_points = data->n_points;
      line->breaks = g_new0 (gboolean, data->n_points);
      line->skipped = g_new0 (gboolean, data->n_points);
      line->labels = g_new0 (char *, data->n_points + 1);
      step = usual_step (data->points, data->n_points);

      for (guint i = 0; i < data->n_points; i++)
        {
          const MpPoint *point = &data->points[i];

          line->labels[i] = point_label (dataset, indicator, data, series->name, line->name, point);

          if (!isfinite (point->value) || (log_scale && point->value <= 0))
            {
              line->skipped[i] = TRUE;
              series->n_skipped++;
              continue;
            }

          if (previous_year != 0 && (point->year - previous_year) * 2 > step * 3)
            line->breaks[i] = TRUE;
          /* A skipped point also breaks the line. */
          if (i > 0 && line->skipped[i - 1])
            line->breaks[i] = TRUE;
          previous_year = point->year;

          line->n_drawable++;
          line->min = MIN (line->min, point->value);
          line->max = MAX (line->max, point->value);
          if (point->value != 0 && (series->min_abs == 0 || fabs (point->value) < series->min_abs))
            series->min_abs = fabs (point->value);
          first = MIN (first, point->year);
          last = MAX (last, point->year);
        }

      if (line->n_drawable > 0)
        {
          series->min = MIN (series->min, line->min);
          series->max = MAX (series->max, line->max);
        }
    }

  if (first <= last)
    {
      series->first_year = first;
      series->last_year = last;
    }
  else
    {
      series->min = 0;
      series->max = 0;
    }

  series->magnitude = mp_chart_unit_magnitude (series->unit,
                                               MAX (fabs (series->min), fabs (series->max)));

  if (series->derived)
    /* Translators: chart title of an indicator we computed ourselves */
    series->title = g_strdup_printf (_("%s · derived"), series->name);
  else
    series->title = g_strdup (series->name);

  subtitle = g_string_new (mp_chart_unit_axis_label (series->unit, series->magnitude));
  if (series->first_year != 0)
    {
      years = mp_chart_format_year_range (series->first_year, series->last_year);
      g_string_append (subtitle, _(", "));
      g_string_append (subtitle, years);
    }
  if (log_scale)
    {
      g_string_append (subtitle, _(", "));
      g_string_append (subtitle, _("log scale"));
    }
  if (series->n_skipped > 0)
    {
      g_string_append (subtitle, _(", "));
      /* Translators: values that cannot be drawn on a logarithmic scale */
      g_string_append_printf (subtitle, ngettext ("%u value ≤ 0 not shown",
                                                  "%u values ≤ 0 not shown",
                                                  series->n_skipped),
                              series->n_skipped);
    }
  series->subtitle = g_string_free (g_steal_pointer (&subtitle), FALSE);
  series->sources = mp_chart_sources_text (dataset, series->source_ids);

  return g_steal_pointer (&series);
}

void
mp_indicator_series_free (MpIndicatorSeries *series)
{
  if (series == NULL)
    return;

  for (guint c = 0; c < series->n_lines; c++)
    {
      MpIndicatorLine *line = &series->lines[c];

      g_free (line->name);
      g_free (line->breaks);
      g_free (line->skipped);
      g_strfreev (line->labels);
    }
  g_clear_pointer (&series->source_ids, g_ptr_array_unref);
  g_free (series->name);
  g_free (series->title);
  g_free (series->subtitle);
  g_free (series->sources);
  g_free (series);
}

static const MpPoint *
first_drawable (const MpIndicatorLine *line,
                gboolean               last)
{
  for (guint k = 0; k < line->n_points; k++)
    {
      guint i = last ? line->n_points - 1 - k : k;

      if (!line->skipped[i])
        return &line->points[i];
    }

  return NULL;
}

char *
mp_indicator_series_describe (const MpIndicatorSeries *series)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  g_return_val_if_fail (series != NULL, NULL);

  for (guint c = 0; c < series->n_lines; c++)
    {
      const MpIndicatorLine *line = &series->lines[c];
      const MpPoint *first = first_drawable (line, FALSE);
      const MpPoint *last = first_drawable (line, TRUE);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (first == NULL)
        {
          g_ptr_array_add (parts, g_strdup_printf (_("no data for %s"), line->name));
          continue;
        }

      to = mp_chart_format_value (last->value, series->unit);
      if (first == last)
        {
          g_ptr_array_add (parts, g_strdup_printf (_("%s %s in %d"), line->name, to, last->year));
          continue;
        }

      from = mp_chart_format_value (first->value, series->unit);
      /* Translators: part of a chart description: country, first value
       * and year, last value and year */
      g_ptr_array_add (parts, g_strdup_printf (_("%s from %s in %d to %s in %d"),
                                               line->name, from, first->year, to, last->year));
    }

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (_(", "), (char **) parts->pdata);

  /* Translators: chart description: indicator, then per-country values */
  g_string_append_printf (str, _("%s: %s."), series->title, joined);
  if (series->log)
    g_string_append (str, _(" Logarithmic scale."));
  if (series->derived)
    g_string_append (str, _(" Values are derived from other sourced figures."));

  return g_string_free (g_steal_pointer (&str), FALSE);
}
