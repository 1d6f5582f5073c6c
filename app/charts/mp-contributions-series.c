/* mp-contributions-series.c
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
#include "mp-contributions-series.h"

static int
compare_contributions (gconstpointer a,
                       gconstpointer b)
{
  const MpContribution *ca = a;
  const MpContribution *cb = b;

  /* Yearly amounts first, then the totals over several years. */
  if (ca->multi_year != cb->multi_year)
    return ca->multi_year ? 1 : -1;
  if (ca->aid->year != cb->aid->year)
    return cb->aid->year - ca->aid->year;
  if (ca->aid->amount_usd != cb->aid->amount_usd)
    return ca->aid->amount_usd < cb->aid->amount_usd ? 1 : -1;
  return ca->country - cb->country;
}

static char *
describe_what (const MpAid *aid)
{
  const char *recipient = aid->recipient;
  const char *purpose = aid->purpose;

  if (recipient != NULL && recipient[0] != '\0' && purpose != NULL && purpose[0] != '\0')
    /* Translators: recipient and purpose of an aid record */
    return g_strdup_printf (_("%s · %s"), recipient, purpose);
  if (recipient != NULL && recipient[0] != '\0')
    return g_strdup (recipient);
  if (purpose != NULL && purpose[0] != '\0')
    return g_strdup (purpose);

  return g_strdup (mp_chart_aid_measure_label (aid->measure));
}

MpContributionsSeries *
mp_contributions_series_new (MpDataset          *dataset,
                             const char * const *country_ids,
                             GError            **error)
{
  g_autoptr(MpContributionsSeries) series = NULL;
  g_autoptr(GArray) items = NULL;
  const MpCountry *countries[MP_MAX_COUNTRIES];
  guint n_countries;
  int first = G_MAXINT;
  int last = G_MININT;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n_countries, error))
    return NULL;

  series = g_new0 (MpContributionsSeries, 1);
  series->n_countries = n_countries;
  series->source_ids = g_ptr_array_new ();
  items = g_array_new (FALSE, TRUE, sizeof (MpContribution));

  for (guint c = 0; c < n_countries; c++)
    {
      GPtrArray *records = mp_dataset_get_donor_aid (dataset, countries[c]->id);

      series->country_ids[c] = countries[c]->id;
      series->country_names[c] = g_strdup (mp_chart_country_name (countries[c]));

      for (guint i = 0; i < records->len; i++)
        {
          const MpAid *aid = g_ptr_array_index (records, i);
          MpContribution item = { 0 };
          g_autofree char *status = NULL;

          if (aid->measure == MP_AID_TOTAL_ODA || !isfinite (aid->amount_usd))
            continue;

          item.aid = aid;
          item.country = (int) c;
          item.multi_year = aid->measure == MP_AID_CUMULATIVE ||
                            (aid->first_year != 0 && aid->first_year != aid->year);
          if (aid->first_year != 0 && aid->first_year != aid->year)
            item.when = mp_chart_format_year_range (aid->first_year, aid->year);
          else
            item.when = g_strdup_printf ("%d", aid->year);
          item.what = describe_what (aid);
          {
            g_autofree char *amount = mp_chart_format_value (aid->amount_usd, MP_UNIT_USD);
            g_autofree char *figure = NULL;

            if (aid->lower_bound)
              /* Translators: an amount the source gives as a lower bound, "more than US$542 million" */
              figure = g_strdup_printf (_("more than %s"), amount);
            else
              figure = g_steal_pointer (&amount);
            if (item.multi_year)
              {
                char *total;

                /* Translators: an amount over several years, in the list of
                 * contributions, "more than US$542 million in total" */
                total = g_strdup_printf (_("%s in total"), figure);
                g_free (figure);
                figure = total;
              }
            /* A statement or pledge says so beside its amount: it is not
             * the OECD's total of the aid chart. */
            if (aid->status != MP_VALUE_FINAL)
              /* Translators: an amount and its status, "US$36.7 million · official statement" */
              item.amount = g_strdup_printf (_("%s · %s"), figure, mp_chart_status_label (aid->status));
            else
              item.amount = g_steal_pointer (&figure);
          }
          if (aid->status != MP_VALUE_FINAL)
            status = g_strdup_printf (", %s", mp_chart_status_label (aid->status));
          /* Translators: tooltip of a contribution: donor, period,
           * recipient and purpose, amount, measure (and status), source */
          item.label = g_strdup_printf (_("%s, %s: %s\n%s (%s%s)\nSource: %s"),
                                        series->country_names[c], item.when, item.what,
                                        item.amount, mp_chart_aid_measure_label (aid->measure),
                                        status != NULL ? status : "",
                                        mp_chart_source_title (dataset, aid->source));
          g_array_append_val (items, item);

          if (!item.multi_year)
            series->max_amount = MAX (series->max_amount, aid->amount_usd);
          if (mp_chart_status_is_tentative (aid->status) || aid->measure == MP_AID_PLEDGE)
            series->has_not_final = TRUE;
          first = MIN (first, aid->first_year != 0 ? aid->first_year : aid->year);
          last = MAX (last, aid->year);
          mp_chart_sources_add (series->source_ids, aid->source);
        }
    }

  g_array_sort (items, compare_contributions);
  series->n_items = items->len;
  series->items = (MpContribution *) (void *) g_array_free (g_steal_pointer (&items), FALSE);

  if (first <= last)
    {
      series->first_year = first;
      series->last_year = last;
    }

  series->title = g_strdup (_("Individual contributions"));
  if (series->n_items > 0)
    {
      g_autofree char *years = mp_chart_format_year_range (first, last);

      /* Translators: subtitle: a range of years, then a number of records */
      series->subtitle = g_strdup_printf (ngettext ("Humanitarian aid, contributions and pledges, %s, %u record",
                                                    "Humanitarian aid, contributions and pledges, %s, %u records",
                                                    series->n_items),
                                          years, series->n_items);
    }
  else
    series->subtitle = g_strdup (_("Humanitarian aid, contributions and pledges"));
  series->sources = mp_chart_sources_text (dataset, series->source_ids);

  return g_steal_pointer (&series);
}

void
mp_contributions_series_free (MpContributionsSeries *series)
{
  if (series == NULL)
    return;

  for (guint i = 0; i < series->n_items; i++)
    {
      g_free (series->items[i].when);
      g_free (series->items[i].what);
      g_free (series->items[i].amount);
      g_free (series->items[i].label);
    }
  g_free (series->items);
  for (guint c = 0; c < series->n_countries; c++)
    g_free (series->country_names[c]);
  g_clear_pointer (&series->source_ids, g_ptr_array_unref);
  g_free (series->title);
  g_free (series->subtitle);
  g_free (series->sources);
  g_free (series);
}

char *
mp_contributions_series_describe (const MpContributionsSeries *series)
{
  g_autoptr(GString) str = g_string_new (NULL);
  const MpContribution *largest = NULL;
  g_autofree char *largest_amount = NULL;

  g_return_val_if_fail (series != NULL, NULL);

  if (series->n_items == 0)
    return g_strdup (_("Individual contributions: none in this dataset."));

  /* The largest yearly amount: a total over years is not compared with
   * them (unless there is nothing else). */
  for (guint i = 0; i < series->n_items; i++)
    if (largest == NULL || (largest->multi_year && !series->items[i].multi_year) ||
        (largest->multi_year == series->items[i].multi_year &&
         series->items[i].aid->amount_usd > largest->aid->amount_usd))
      largest = &series->items[i];
  largest_amount = mp_chart_format_value (largest->aid->amount_usd, MP_UNIT_USD);

  /* Translators: chart description: number of records, first and last year */
  g_string_append_printf (str, ngettext ("Individual contributions: %u record, %d to %d.",
                                         "Individual contributions: %u records, %d to %d.",
                                         series->n_items),
                          series->n_items, series->first_year, series->last_year);

  for (guint c = 0; c < series->n_countries; c++)
    {
      guint n = 0;

      for (guint i = 0; i < series->n_items; i++)
        if (series->items[i].country == (int) c)
          n++;
      /* Translators: part of a chart description: country, number of records */
      g_string_append_printf (str, ngettext (" %s: %u.", " %s: %u.", n), series->country_names[c], n);
    }

  /* Translators: part of a chart description: donor, amount, period, recipient */
  g_string_append_printf (str, _(" Largest: %s, %s in %s, %s."),
                          series->country_names[largest->country], largest_amount,
                          largest->when, largest->what);

  return g_string_free (g_steal_pointer (&str), FALSE);
}
