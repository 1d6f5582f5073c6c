/* test-confirmed.c
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

/* Memberships whose source ends (Correlates of War stops in 2014) are
 * shown as confirmed only until then: in the data, the timeline and the
 * cards. */

#include "config.h"

#include <string.h>

#include "mp-chart.h"
#include "mp-country-facts.h"
#include "mp-dataset-loader.h"
#include "mp-timeline-series.h"
#include "mp-test-data.h"

static MpDataset *dataset;

static void
test_bundled_field (void)
{
  const MpMembership *cow = mp_dataset_lookup_membership (dataset, "AZ:cow:iexb");
  const MpMembership *un = mp_dataset_lookup_membership (dataset, "AZ:UN");

  g_assert_nonnull (cow);
  g_assert_cmpint (cow->confirmed_until.year, ==, 2014);
  g_assert_false (mp_date_is_set (&cow->to));

  /* A membership from a dated official source has no such limit. */
  g_assert_nonnull (un);
  g_assert_false (mp_date_is_set (&un->confirmed_until));
}

static void
test_timeline_spans (void)
{
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(GError) error = NULL;
  MpTimelineSeries *series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE, 2026.5, &error);
  guint n_unconfirmed = 0;
  guint n_confirmed = 0;
  guint n_later = 0;

  g_assert_no_error (error);
  g_assert_cmpint (series->confirmed_year, ==, 2014);
  g_assert_nonnull (strstr (series->unconfirmed_label, "2014"));

  for (guint r = 0; r < series->n_rows; r++)
    for (guint c = 0; c < series->n_countries; c++)
      for (guint k = 0; k < series->rows[r].lanes[c].n_spans; k++)
        {
          const MpTimelineSpan *span = &series->rows[r].lanes[c].spans[k];

          if (span->confirmed > 0)
            {
              /* Confirmed through the end of 2014 (COW's data end), or
               * to a later date a page confirms (Kazakhstan's NAM
               * observer status, the Factbook of January 2026), drawn to
               * today. */
              g_assert_cmpfloat (span->confirmed, <=, span->membership->confirmed_until.year + 1.0);
              g_assert_cmpfloat (span->confirmed, <, span->to);
              if (span->confirmed > 2015.0)
                {
                  g_assert_cmpstr (span->membership->id, ==, "KZ:NAM");
                  n_later++;
                }
              /* Its tooltip and source popover say so, in words. */
              if (strstr (span->label, ", confirmed by the source only until 20") == NULL)
                g_error ("%s", span->label);
              n_unconfirmed++;
            }
          else if (span->open)
            {
              g_assert_null (strstr (span->label, "confirmed by the source only"));
              n_confirmed++;
            }
        }

  g_assert_cmpuint (n_unconfirmed, >, 0);
  g_assert_cmpuint (n_later, ==, 1);
  /* The UN, OTS, WTO… from official pages stay confirmed to today. */
  g_assert_cmpuint (n_confirmed, >, 0);

  mp_timeline_series_free (series);
}

static void
test_card_fact (void)
{
  const MpCountry *az = mp_dataset_lookup_country (dataset, "AZ");
  MpCountryFact facts[MP_N_FACTS];

  /* The card counts the ledger of key organizations, which official
   * pages confirm to today: a fact, not a warning.  The caveat about
   * the long tail is the chart's. */
  mp_country_facts_compute (dataset, az, facts);
  g_assert_true (g_str_has_suffix (facts[MP_FACT_MEMBERSHIPS].text, " key organizations"));
  g_assert_null (strstr (facts[MP_FACT_MEMBERSHIPS].text, "confirmed"));
  mp_country_facts_clear (facts);
}

static void
test_lower_bound (void)
{
  const char *kz[] = { "KZ", NULL };
  const MpAid *statement = mp_dataset_lookup_aid (dataset, "KZ:kazaid:2021");
  const MpAid *oecd = mp_dataset_lookup_aid (dataset, "KZ:oda:2021");
  g_autoptr(GError) error = NULL;
  g_autoptr(MpChart) chart = mp_chart_new (dataset, kz, "contributions", NULL, &error);
  MpChartTable *table;
  gboolean found = FALSE;

  /* "In 2021, it exceeded $43 million": a lower bound, shown as one. */
  g_assert_true (statement->lower_bound);
  g_assert_false (oecd->lower_bound);

  g_assert_no_error (error);
  table = mp_chart_get_table (chart);
  for (guint i = 0; i < mp_chart_table_get_n_rows (table); i++)
    {
      const MpChartTableRow *row = mp_chart_table_get_row (table, i);

      if (g_str_equal (row->cells[0], "2021"))
        {
          g_assert_true (g_str_has_prefix (row->cells[5], "more than "));
          found = TRUE;
        }
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = mp_test_load_bundled ();

  g_test_add_func ("/mp/confirmed/bundled-field", test_bundled_field);
  g_test_add_func ("/mp/confirmed/timeline-spans", test_timeline_spans);
  g_test_add_func ("/mp/confirmed/card-fact", test_card_fact);
  g_test_add_func ("/mp/confirmed/lower-bound", test_lower_bound);

  ret = g_test_run ();
  g_clear_object (&dataset);

  return ret;
}
