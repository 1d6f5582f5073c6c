/* mp-aid-series.c
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

#include "mp-aid-series.h"
#include "mp-chart-common.h"
#include "mp-chart-format.h"

gboolean
mp_chart_status_is_tentative (MpValueStatus status)
{
  switch (status)
    {
    case MP_VALUE_PRELIMINARY:
    case MP_VALUE_ESTIMATE:
    case MP_VALUE_ANNOUNCED:
      return TRUE;

    case MP_VALUE_FINAL:
    case MP_VALUE_DERIVED:
    case MP_VALUE_STATEMENT:
    default:
      return FALSE;
    }
}

static char *
value_label (MpDataset        *dataset,
             const char       *name,
             int               year,
             const MpAidValue *value)
{
  g_autofree char *amount = mp_chart_format_value (value->amount_usd, MP_UNIT_USD);
  g_autofree char *status = NULL;

  if (value->status != MP_VALUE_FINAL)
    status = g_strdup_printf (" (%s)", mp_chart_status_label (value->status));

  /* Translators: tooltip of an aid bar (and the heading of its source's
   * popover): country, year, amount, the measure (total official
   * development assistance) (status), then the source on its own line */
  return g_strdup_printf (_("%s, %d: %s, total ODA%s\nSource: %s"),
                          name, year, amount, status != NULL ? status : "",
                          mp_chart_source_title (dataset, value->source));
}

MpAidSeries *
mp_aid_series_new (MpDataset          *dataset,
                   const char * const *country_ids,
                   GError            **error)
{
  g_autoptr(MpAidSeries) series = NULL;
  g_autofree char *years = NULL;
  const MpCountry *countries[MP_MAX_COUNTRIES];
  guint n_countries;
  int first = G_MAXINT;
  int last = G_MININT;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n_countries, error))
    return NULL;

  series = g_new0 (MpAidSeries, 1);
  series->source_ids = g_ptr_array_new ();
  series->n_countries = n_countries;

  /* First pass: the year range over all donors. */
  for (guint c = 0; c < n_countries; c++)
    {
      GPtrArray *records = mp_dataset_get_donor_aid (dataset, countries[c]->id);

      series->countries[c].country_id = countries[c]->id;
      series->countries[c].name = g_strdup (mp_chart_country_name (countries[c]));

      for (guint i = 0; i < records->len; i++)
        {
          const MpAid *aid = g_ptr_array_index (records, i);

          if (aid->measure != MP_AID_TOTAL_ODA || !isfinite (aid->amount_usd))
            continue;
          first = MIN (first, aid->year);
          last = MAX (last, aid->year);
        }
    }

  if (first <= last)
    {
      series->first_year = first;
      series->last_year = last;
      series->n_years = (guint) (last - first + 1);
    }

  /* Second pass: one value per donor and year.  When a dataset holds
   * two total-ODA figures for the same year, the first (in dataset
   * order) wins: figures are never added up. */
  for (guint c = 0; c < n_countries; c++)
    {
      MpAidCountry *country = &series->countries[c];
      GPtrArray *records = mp_dataset_get_donor_aid (dataset, country->country_id);

      country->values = g_new0 (MpAidValue, MAX (series->n_years, 1));

      for (guint i = 0; i < records->len; i++)
        {
          const MpAid *aid = g_ptr_array_index (records, i);
          MpAidValue *value;

          if (aid->measure != MP_AID_TOTAL_ODA || !isfinite (aid->amount_usd))
            continue;

          value = &country->values[aid->year - series->first_year];
          if (value->present)
            continue;

          value->present = TRUE;
          value->amount_usd = aid->amount_usd;
          value->status = aid->status;
          value->source = aid->source;
          value->record_id = aid->id;
          country->n_present++;
          if (country->first_year == 0)
            country->first_year = aid->year;
          country->last_year = aid->year;
          series->max_amount = MAX (series->max_amount, aid->amount_usd);
          if (aid->amount_usd > 0 && (series->min_amount == 0 || aid->amount_usd < series->min_amount))
            series->min_amount = aid->amount_usd;
          if (mp_chart_status_is_tentative (aid->status))
            series->has_not_final = TRUE;
          mp_chart_sources_add (series->source_ids, aid->source);
        }

      for (guint y = 0; y < series->n_years; y++)
        {
          MpAidValue *value = &country->values[y];

          if (value->present)
            value->label = value_label (dataset, country->name, series->first_year + (int) y, value);
          else
            {
              /* Translators: tooltip of a year without a figure */
              value->label = g_strdup_printf (_("%s, %d: no data"), country->name,
                                              series->first_year + (int) y);
              /* A donor without any figure is said so in the legend
               * rather than with a mark in every year. */
              if (country->n_present > 0)
                series->has_gaps = TRUE;
            }
        }

      if (country->n_present > 0)
        country->legend = g_strdup (country->name);
      else
        /* Translators: legend entry of a country without any figure */
        country->legend = g_strdup_printf (_("%s (no data)"), country->name);
    }

  series->magnitude = mp_chart_magnitude_for (series->max_amount);
  if (series->magnitude < MP_CHART_MAGNITUDE_MILLION && series->max_amount >= 1e5)
    series->magnitude = MP_CHART_MAGNITUDE_MILLION;

  series->title = g_strdup (_("Aid contributions"));
  if (series->n_years > 0)
    {
      years = mp_chart_format_year_range (series->first_year, series->last_year);
      /* Translators: chart subtitle: unit, then a range of years */
      series->subtitle = g_strdup_printf (_("Total official development assistance, %s, %s"),
                                          mp_chart_unit_axis_label (MP_UNIT_USD, series->magnitude),
                                          years);
    }
  else
    series->subtitle = g_strdup (_("Total official development assistance"));
  series->sources = mp_chart_sources_text (dataset, series->source_ids);

  return g_steal_pointer (&series);
}

void
mp_aid_series_free (MpAidSeries *series)
{
  if (series == NULL)
    return;

  for (guint c = 0; c < series->n_countries; c++)
    {
      MpAidCountry *country = &series->countries[c];

      for (guint y = 0; y < series->n_years && country->values != NULL; y++)
        g_free (country->values[y].label);
      g_free (country->values);
      g_free (country->name);
      g_free (country->legend);
    }

  g_clear_pointer (&series->source_ids, g_ptr_array_unref);
  g_free (series->title);
  g_free (series->subtitle);
  g_free (series->sources);
  g_free (series);
}

/* "2015, 2017–2019" */
static char *
missing_years (const MpAidSeries  *series,
               const MpAidCountry *country)
{
  g_autoptr(GString) str = g_string_new (NULL);
  guint y = 0;

  while (y < series->n_years)
    {
      guint end;

      if (country->values[y].present)
        {
          y++;
          continue;
        }

      end = y;
      while (end + 1 < series->n_years && !country->values[end + 1].present)
        end++;

      if (str->len > 0)
        g_string_append (str, _(", "));
      if (end == y)
        g_string_append_printf (str, "%d", series->first_year + (int) y);
      else
        {
          g_autofree char *range = mp_chart_format_year_range (series->first_year + (int) y,
                                                         series->first_year + (int) end);
          g_string_append (str, range);
        }
      y = end + 1;
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

char *
mp_aid_series_describe (const MpAidSeries *series)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  g_return_val_if_fail (series != NULL, NULL);

  if (series->n_years == 0)
    {
      g_autofree char *names = NULL;
      const char *list[MP_MAX_COUNTRIES];

      for (guint c = 0; c < series->n_countries; c++)
        list[c] = series->countries[c].name;
      names = mp_chart_join_list (list, series->n_countries);
      /* Translators: %s is a list of countries */
      return g_strdup_printf (_("Aid contributions: no data for %s."), names);
    }

  for (guint c = 0; c < series->n_countries; c++)
    {
      const MpAidCountry *country = &series->countries[c];
      const MpAidValue *first;
      const MpAidValue *last;
      MpChartMagnitude magnitude;
      double divisor;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (country->n_present == 0)
        {
          /* Translators: part of a chart description, %s is a country */
          g_ptr_array_add (parts, g_strdup_printf (_("no data for %s"), country->name));
          continue;
        }

      first = &country->values[country->first_year - series->first_year];
      last = &country->values[country->last_year - series->first_year];
      magnitude = mp_chart_magnitude_for (MAX (first->amount_usd, last->amount_usd));
      if (magnitude < MP_CHART_MAGNITUDE_MILLION && MAX (first->amount_usd, last->amount_usd) >= 1e5)
        magnitude = MP_CHART_MAGNITUDE_MILLION;
      divisor = mp_chart_magnitude_divisor (magnitude);

      if (country->first_year == country->last_year)
        {
          to = mp_chart_format_scaled (last->amount_usd / divisor, MP_UNIT_USD, magnitude);
          /* Translators: part of a chart description: country, amount, year */
          g_ptr_array_add (parts, g_strdup_printf (_("%s %s in %d"), country->name, to,
                                                   country->first_year));
        }
      else
        {
          from = mp_chart_format_scaled (first->amount_usd / divisor, MP_UNIT_USD, magnitude);
          to = mp_chart_format_scaled (last->amount_usd / divisor, MP_UNIT_USD, magnitude);
          /* Translators: part of a chart description: country, first
           * amount, last amount */
          g_ptr_array_add (parts, g_strdup_printf (_("%s from %s to %s"), country->name, from, to));
        }

      if (country->n_present < series->n_years)
        {
          g_autofree char *years = missing_years (series, country);

          /* Translators: part of a chart description: country, years */
          g_ptr_array_add (gaps, g_strdup_printf (_("%s in %s"), country->name, years));
        }
    }

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (_(", "), (char **) parts->pdata);

  if (series->first_year == series->last_year)
    /* Translators: chart description: year, then per-country figures */
    g_string_append_printf (str, _("Aid contributions, %d: %s."), series->first_year, joined);
  else
    /* Translators: chart description: first year, last year, then
     * per-country figures */
    g_string_append_printf (str, _("Aid contributions, %d to %d: %s."),
                            series->first_year, series->last_year, joined);

  if (gaps->len > 0)
    {
      g_autofree char *gap_text = NULL;

      g_ptr_array_add (gaps, NULL);
      gap_text = g_strjoinv ("; ", (char **) gaps->pdata);
      /* Translators: chart description: a list of countries with years */
      g_string_append_printf (str, _(" No data for %s."), gap_text);
    }

  if (series->has_not_final)
    g_string_append (str, _(" Some figures are preliminary or estimated."));

  return g_string_free (g_steal_pointer (&str), FALSE);
}
