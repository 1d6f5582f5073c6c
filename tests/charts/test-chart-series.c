/* test-chart-series.c
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

#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-aid-series.h"
#include "mp-chart.h"
#include "mp-contributions-series.h"
#include "mp-dataset-loader.h"
#include "mp-indicator-series.h"
#include "mp-timeline-series.h"
#include "mp-test-data.h"

/* A fixed "today" so counts of current memberships never drift. */
#define TODAY 2025.5

static const MpAidValue *
aid_value (const MpAidSeries *series,
           guint              country,
           int                year)
{
  g_assert_cmpint (year, >=, series->first_year);
  g_assert_cmpint (year, <=, series->last_year);

  return &series->countries[country].values[year - series->first_year];
}

static void
test_aid_range_and_gaps (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpAidSeries) series = mp_aid_series_new (dataset, countries, &error);
  g_autofree char *description = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (series);
  g_assert_cmpint (series->first_year, ==, 2013);
  g_assert_cmpint (series->last_year, ==, 2022);
  g_assert_cmpuint (series->n_years, ==, 10);
  g_assert_cmpuint (series->n_countries, ==, 2);
  g_assert_cmpstr (series->countries[0].name, ==, "Azerbaijan");

  /* 2015 and 2016 are missing for Azerbaijan: gaps, never zeros. */
  g_assert_false (aid_value (series, 0, 2015)->present);
  g_assert_false (aid_value (series, 0, 2016)->present);
  g_assert_cmpfloat (aid_value (series, 0, 2015)->amount_usd, ==, 0);
  g_assert_true (series->has_gaps);
  g_assert_cmpuint (series->countries[0].n_present, ==, 8);
  g_assert_cmpuint (series->countries[1].n_present, ==, 10);

  /* Values, status and source come through. */
  g_assert_cmpfloat (aid_value (series, 0, 2013)->amount_usd, ==, 19e6);
  g_assert_cmpint (aid_value (series, 0, 2022)->status, ==, MP_VALUE_PRELIMINARY);
  g_assert_cmpstr (aid_value (series, 0, 2022)->source, ==, "oecd");
  g_assert_true (series->has_not_final);
  g_assert_cmpfloat (series->max_amount, ==, 49.2e6);
  g_assert_cmpint (series->magnitude, ==, MP_CHART_MAGNITUDE_MILLION);

  /* Individual contributions are not yearly totals. */
  g_assert_cmpfloat (aid_value (series, 0, 2020)->amount_usd, ==, 44e6);

  g_assert_true (g_str_has_suffix (series->sources, "(OECD)"));
  g_assert_nonnull (strstr (series->subtitle, "2013–2022"));

  description = mp_aid_series_describe (series);
  g_assert_nonnull (strstr (description, "Aid contributions, 2013 to 2022"));
  g_assert_nonnull (strstr (description, "Azerbaijan from US$19 million to US$49.2 million"));
  g_assert_nonnull (strstr (description, "Kazakhstan from US$30 million to US$40 million"));
  g_assert_nonnull (strstr (description, "No data for Azerbaijan in 2015–2016"));
}

static void
test_aid_no_data (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "GE", NULL };
  g_autoptr(MpAidSeries) series = mp_aid_series_new (dataset, countries, NULL);
  g_autofree char *description = NULL;

  g_assert_nonnull (series);
  g_assert_cmpuint (series->n_years, ==, 0);
  g_assert_false (series->has_gaps);
  g_assert_cmpstr (series->countries[0].legend, ==, "Georgia (no data)");
  description = mp_aid_series_describe (series);
  g_assert_cmpstr (description, ==, "Aid contributions: no data for Georgia.");
}

static void
test_aid_one_donor_without_data (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "GE", NULL };
  g_autoptr(MpAidSeries) series = mp_aid_series_new (dataset, countries, NULL);

  g_assert_nonnull (series);
  g_assert_cmpuint (series->n_years, ==, 10);
  g_assert_cmpuint (series->countries[1].n_present, ==, 0);
  g_assert_cmpstr (series->countries[1].legend, ==, "Georgia (no data)");
}

static void
test_bad_countries (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *unknown[] = { "AZ", "XX", NULL };
  const char *five[] = { "AZ", "KZ", "GE", "UZ", "AZ", NULL };
  const char *twice[] = { "AZ", "az", NULL };
  const char *none[] = { NULL };
  g_autoptr(GError) error = NULL;
  MpAidSeries *series;

  series = mp_aid_series_new (dataset, unknown, &error);
  g_assert_null (series);
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_COUNTRY);
  g_assert_nonnull (strstr (error->message, "XX"));
  g_clear_error (&error);

  series = mp_aid_series_new (dataset, five, &error);
  g_assert_null (series);
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES);
  g_clear_error (&error);

  series = mp_aid_series_new (dataset, twice, &error);
  g_assert_null (series);
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES);
  g_clear_error (&error);

  series = mp_aid_series_new (dataset, none, &error);
  g_assert_null (series);
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES);
  g_clear_error (&error);

  /* Lower-case ids are accepted. */
  {
    const char *lower[] = { "kz", NULL };
    g_autoptr(MpAidSeries) ok = mp_aid_series_new (dataset, lower, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ok->countries[0].country_id, ==, "KZ");
  }
}

static const MpTimelineRow *
find_row (const MpTimelineSeries *series,
          const char             *acronym)
{
  for (guint i = 0; i < series->n_rows; i++)
    if (g_strcmp0 (series->rows[i].organization->acronym, acronym) == 0)
      return &series->rows[i];
  return NULL;
}

static void
test_timeline_counts (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpTimelineSeries) series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE,
                                                               TODAY, &error);
  g_autofree char *description = NULL;
  const MpTimelineRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (series->n_organizations, ==, 10);
  g_assert_cmpuint (series->n_rows, ==, 10);
  /* Today both belong to UN, NAM, OIC, CIS, WTO, OSCE, EBRD and TURKSOY,
   * and are members of all but NAM (Kazakhstan an observer) and the WTO
   * (Azerbaijan one): six shared, as the cards count them; only
   * Azerbaijan is a member of GUAM (it left the CSTO in 1999) and NAM,
   * only Kazakhstan of the CSTO and the WTO: the four rows of the "only
   * one" filter, counted as it reads them. */
  g_assert_cmpuint (series->n_shared, ==, 6);
  g_assert_cmpuint (series->n_unique[0], ==, 2);
  g_assert_cmpuint (series->n_unique[1], ==, 2);
  g_assert_cmpuint (series->n_current[0], ==, 9);
  g_assert_cmpuint (series->n_current[1], ==, 9);
  g_assert_cmpstr (series->summary, ==, "Today: shared 6, only Azerbaijan 2, only Kazakhstan 2");

  /* From independence (1991) to today. */
  g_assert_cmpfloat (series->start, ==, 1991);
  g_assert_cmpfloat (series->end, ==, TODAY);
  g_assert_cmpfloat_with_epsilon (series->country_start[0], 1991 + 290.0 / 365, 0.01);

  /* Ended memberships stop; open ones run to today. */
  row = find_row (series, "CSTO");
  g_assert_nonnull (row);
  g_assert_cmpuint (row->lanes[0].n_spans, ==, 1);
  g_assert_false (row->lanes[0].spans[0].open);
  g_assert_false (row->lanes[0].current);
  g_assert_cmpfloat_with_epsilon (row->lanes[0].spans[0].from, 1994.3, 0.01);
  g_assert_cmpfloat_with_epsilon (row->lanes[0].spans[0].to, 1999.25, 0.01);
  g_assert_true (row->lanes[1].spans[0].open);
  g_assert_cmpfloat (row->lanes[1].spans[0].to, ==, TODAY);
  g_assert_cmpint (row->lanes[1].spans[0].status, ==, MP_MEMBERSHIP_FOUNDING_MEMBER);

  /* Observer then member: two spans in one lane, statuses kept. */
  row = find_row (series, "WTO");
  g_assert_cmpuint (row->lanes[1].n_spans, ==, 2);
  g_assert_cmpint (row->lanes[1].spans[0].status, ==, MP_MEMBERSHIP_OBSERVER);
  g_assert_cmpint (row->lanes[1].spans[1].status, ==, MP_MEMBERSHIP_MEMBER);
  g_assert_cmpint (row->lanes[0].spans[0].status, ==, MP_MEMBERSHIP_OBSERVER);

  /* Chair periods are kept apart from the memberships. */
  row = find_row (series, "NAM");
  g_assert_cmpuint (row->lanes[0].n_spans, ==, 1);
  g_assert_cmpuint (row->lanes[0].n_chairs, ==, 1);
  g_assert_cmpfloat_with_epsilon (row->lanes[0].chairs[0].from, 2019.8, 0.02);
  row = find_row (series, "OSCE");
  g_assert_cmpuint (row->lanes[1].n_chairs, ==, 1);
  g_assert_cmpfloat_with_epsilon (row->lanes[1].chairs[0].to - row->lanes[1].chairs[0].from, 1.0, 0.01);

  /* A country that never belonged has an empty lane. */
  row = find_row (series, "GUAM");
  g_assert_cmpuint (row->lanes[1].n_spans, ==, 0);

  /* Rows are grouped by kind: each group is one run of one kind. */
  g_assert_cmpuint (series->n_groups, ==, 6);
  for (guint g = 0; g < series->n_groups; g++)
    {
      const MpTimelineGroup *group = &series->groups[g];

      if (g > 0)
        g_assert_cmpuint (group->first_row, ==, series->groups[g - 1].first_row + series->groups[g - 1].n_rows);
      for (guint r = group->first_row; r < group->first_row + group->n_rows; r++)
        g_assert_cmpint (series->rows[r].organization->kind, ==, group->kind);
    }

  description = mp_timeline_series_describe (series);
  g_assert_true (g_str_has_prefix (description,
                                   "Memberships in international organizations, 1991 to 2025: 10 organizations."));
  g_assert_nonnull (strstr (description, "shared 6"));
  /* It names the key organizations (the fixture ranks none: all are
   * key) both are members of, and each one's own; observers (Azerbaijan
   * at the WTO, Kazakhstan in NAM) are not members. */
  g_assert_nonnull (strstr (description,
                            " Key organizations all of them are members of: OIC, UN, CIS, OSCE, EBRD, TURKSOY."
                            " Only Azerbaijan is a member of: NAM, GUAM."
                            " Only Kazakhstan is a member of: WTO, CSTO."));
}

/* The memberships description names the key organizations only. */
static void
test_timeline_describes_key_organizations (void)
{
  g_autoptr(MpDataset) dataset = NULL;
  const char *one[] = { "AZ", NULL };
  const char *three[] = { "AZ", "KZ", "GE", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpTimelineSeries) series = NULL;
  g_autofree char *description = NULL;
  GPtrArray *organizations;

  dataset = mp_test_load_chart_fixture ("two-countries.json");
  series = mp_timeline_series_new (dataset, one, MP_TIMELINE_ALL, FALSE, TODAY, &error);
  g_assert_no_error (error);
  description = mp_timeline_series_describe (series);
  /* Eight memberships today (and the WTO as observer). */
  g_assert_nonnull (strstr (description,
                            " Member of the key organizations: NAM, OIC, UN, CIS, GUAM, OSCE, EBRD, TURKSOY."));
  g_clear_pointer (&series, mp_timeline_series_free);
  g_clear_pointer (&description, g_free);

  /* Georgia: UN and GUAM (with Azerbaijan) today. */
  series = mp_timeline_series_new (dataset, three, MP_TIMELINE_ALL, FALSE, TODAY, &error);
  g_assert_no_error (error);
  description = mp_timeline_series_describe (series);
  g_assert_nonnull (strstr (description, " Key organizations all of them are members of: UN."
                                         " Only Azerbaijan is a member of: NAM."
                                         " Only Kazakhstan is a member of: WTO, CSTO."));
  g_assert_null (strstr (description, "Only Georgia"));
  g_clear_pointer (&series, mp_timeline_series_free);
  g_clear_pointer (&description, g_free);

  /* Once the dataset ranks some, only those are named (ranked here in
   * the loaded dataset, as the loader would from "key"). */
  organizations = mp_dataset_get_organizations (dataset);
  for (guint i = 0; i < organizations->len; i++)
    {
      MpOrganization *organization = g_ptr_array_index (organizations, i);

      if (g_str_equal (organization->id, "UN") || g_str_equal (organization->id, "CSTO"))
        organization->key = 1;
    }
  series = mp_timeline_series_new (dataset, three, MP_TIMELINE_ALL, FALSE, TODAY, &error);
  g_assert_no_error (error);
  description = mp_timeline_series_describe (series);
  g_assert_nonnull (strstr (description,
                            " Key organizations all of them are members of: UN."
                            " Only Kazakhstan is a member of: CSTO."));
  g_assert_null (strstr (description, "OSCE"));
}

/* A country independent long before its first membership does not
 * stretch the time axis over the years between. */
static void
test_timeline_starts_near_the_data (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  const char *countries[] = { "AZ", "MX", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpTimelineSeries) series = NULL;
  const MpCountry *mexico;
  double first = G_MAXDOUBLE;

  mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  mexico = mp_dataset_lookup_country (dataset, "MX");
  g_assert_nonnull (mexico);
  g_assert_true (mexico->independence.present);
  for (guint i = 0; i < mp_dataset_get_country_memberships (dataset, "MX")->len; i++)
    first = MIN (first, mp_date_to_fraction (&((const MpMembership *)
                                                 g_ptr_array_index (mp_dataset_get_country_memberships (dataset, "MX"), i))->from));

  series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (series->start, >, mp_date_to_fraction (&mexico->independence.date));
  g_assert_cmpfloat (series->start, <=, first);
  g_assert_cmpfloat (series->start, >=, floor (first) - 10);
}

static void
test_timeline_filters (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpTimelineSeries) shared = mp_timeline_series_new (dataset, countries, MP_TIMELINE_SHARED, TRUE,
                                                               TODAY, NULL);
  g_autoptr(MpTimelineSeries) unique = mp_timeline_series_new (dataset, countries, MP_TIMELINE_UNIQUE, TRUE,
                                                               TODAY, NULL);

  g_assert_cmpuint (shared->n_rows, ==, 6);
  g_assert_null (find_row (shared, "GUAM"));
  g_assert_null (find_row (shared, "WTO"));
  g_assert_nonnull (find_row (shared, "UN"));
  /* Counts are over all organizations whatever the filter. */
  g_assert_cmpuint (shared->n_shared, ==, 6);
  g_assert_cmpuint (shared->n_organizations, ==, 10);

  /* Shared and distinct split the organizations between them: one
   * country's alone, or a member where the other has a looser tie (an
   * observer in the WTO). */
  g_assert_cmpuint (unique->n_rows, ==, 4);
  g_assert_cmpuint (shared->n_rows + unique->n_rows, ==, shared->n_organizations);
  g_assert_nonnull (find_row (unique, "GUAM"));
  g_assert_nonnull (find_row (unique, "CSTO"));
  g_assert_nonnull (find_row (unique, "WTO"));
  g_assert_null (find_row (unique, "UN"));
}

static void
test_timeline_four_countries (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", "GE", "UZ", NULL };
  g_autoptr(MpTimelineSeries) series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE,
                                                               TODAY, NULL);

  /* Only the UN has all four today (Georgia left the CIS, Uzbekistan the
   * CSTO); Georgia alone has nothing, Uzbekistan alone nothing. */
  g_assert_cmpuint (series->n_shared, ==, 1);
  g_assert_cmpuint (series->n_unique[2], ==, 0);
  g_assert_cmpuint (series->n_unique[3], ==, 0);
  g_assert_cmpuint (series->n_current[2], ==, 2);
  /* Georgia's independence is not in the dataset: its lane starts with
   * its first membership (the UN, 31 July 1992), and the axis still at
   * Azerbaijan's independence. */
  g_assert_cmpfloat_with_epsilon (series->country_start[2], 1992 + 212.0 / 366, 0.01);
  g_assert_cmpfloat (series->start, ==, 1991);
  g_assert_nonnull (strstr (series->summary, "only Georgia 0"));
}

/* Eight countries: a lane each, in order, and the summary names only
 * those with organizations of their own (one line on a chart). */
static void
test_timeline_eight_countries (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("eight-countries.json");
  const char *countries[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", NULL };
  g_autoptr(MpTimelineSeries) series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE,
                                                               TODAY, NULL);

  g_assert_cmpuint (series->n_countries, ==, 8);
  for (guint c = 0; c < 8; c++)
    g_assert_cmpstr (series->country_ids[c], ==, countries[c]);
  g_assert_null (strstr (series->summary, " 0,"));
  g_assert_true (g_str_has_prefix (series->summary, "Today: shared "));
}

/* A dataset that ranks its key organizations: the chart opens on them,
 * grouped by kind, by rank (GUAM before CIS, OSCE before CSTO: not the
 * alphabet), and "All organizations (10)" adds the long tail after the
 * key ones of each kind. */
static void
test_timeline_key_organizations (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("key-ranks.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  const char *key_order[] = { "UN", "NAM", "GUAM", "CIS", "WTO", "OSCE", "CSTO" };
  const char *groups[] = { "Global", "Regional", "Economic", "Security" };
  const char *all_order[] = { "UN", "NAM", "OIC", "GUAM", "CIS", "WTO", "OSCE", "CSTO", "EBRD", "TURKSOY" };
  g_autoptr(MpTimelineSeries) key = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, FALSE,
                                                            TODAY, NULL);
  g_autoptr(MpTimelineSeries) all = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE,
                                                            TODAY, NULL);
  g_autoptr(MpTimelineSeries) shared = mp_timeline_series_new (dataset, countries, MP_TIMELINE_SHARED, FALSE,
                                                               TODAY, NULL);
  g_autoptr(MpTimelineSeries) unique = mp_timeline_series_new (dataset, countries, MP_TIMELINE_UNIQUE, FALSE,
                                                               TODAY, NULL);
  g_autoptr(MpTimelineSeries) all_shared = mp_timeline_series_new (dataset, countries, MP_TIMELINE_SHARED, TRUE,
                                                                   TODAY, NULL);
  g_autofree char *description = mp_timeline_series_describe (key);

  g_assert_true (key->ranked);
  g_assert_cmpuint (key->n_rows, ==, G_N_ELEMENTS (key_order));
  for (guint i = 0; i < G_N_ELEMENTS (key_order); i++)
    g_assert_cmpstr (key->rows[i].organization->acronym, ==, key_order[i]);
  g_assert_cmpuint (key->n_groups, ==, G_N_ELEMENTS (groups));
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    g_assert_cmpstr (key->groups[g].label, ==, groups[g]);
  g_assert_cmpuint (key->groups[1].first_row, ==, 2);
  g_assert_cmpuint (key->groups[1].n_rows, ==, 2);
  g_assert_cmpuint (key->n_organizations, ==, 7);
  g_assert_cmpuint (key->n_all, ==, 10);
  g_assert_true (g_str_has_suffix (key->subtitle, ", 7 key organizations"));
  g_assert_true (g_str_has_prefix (description, "Memberships in international organizations, 1991 to 2025: "
                                                "7 key organizations of 10."));

  /* Members both: UN, CIS, OSCE (NAM and WTO have an observer). */
  g_assert_cmpuint (key->n_shared, ==, 3);
  g_assert_cmpstr (key->summary, ==, "Today: shared 3, only Azerbaijan 2, only Kazakhstan 2");

  /* All organizations: more rows, the key ones first in each kind. */
  g_assert_cmpuint (all->n_rows, ==, G_N_ELEMENTS (all_order));
  g_assert_cmpuint (all->n_rows, >, key->n_rows);
  for (guint i = 0; i < G_N_ELEMENTS (all_order); i++)
    g_assert_cmpstr (all->rows[i].organization->acronym, ==, all_order[i]);
  g_assert_true (g_str_has_suffix (all->subtitle, ", 10 organizations"));
  g_assert_cmpuint (all->n_shared, ==, 6);

  /* The filters work on either set. */
  g_assert_cmpuint (shared->n_rows, ==, 3);
  g_assert_cmpstr (shared->rows[0].organization->acronym, ==, "UN");
  g_assert_cmpstr (shared->rows[1].organization->acronym, ==, "CIS");
  g_assert_cmpstr (shared->rows[2].organization->acronym, ==, "OSCE");
  /* In the key order: a member where the other is an observer counts. */
  g_assert_cmpuint (unique->n_rows, ==, 4);
  g_assert_cmpstr (unique->rows[0].organization->acronym, ==, "NAM");
  g_assert_cmpstr (unique->rows[1].organization->acronym, ==, "GUAM");
  g_assert_cmpstr (unique->rows[2].organization->acronym, ==, "WTO");
  g_assert_cmpstr (unique->rows[3].organization->acronym, ==, "CSTO");
  g_assert_cmpuint (all_shared->n_rows, ==, 6);
}

/* Without ranks every organization is key: nothing is hidden, and the
 * chart does not call them key. */
static void
test_timeline_without_ranks (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpTimelineSeries) series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, FALSE,
                                                               TODAY, NULL);

  g_assert_false (series->ranked);
  g_assert_cmpuint (series->n_rows, ==, 10);
  g_assert_true (g_str_has_suffix (series->subtitle, ", 10 organizations"));
}

static void
test_indicator_gaps_and_log (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpIndicatorSeries) gdp = mp_indicator_series_new (dataset, "gdp-per-capita", countries, FALSE, &error);
  g_autoptr(MpIndicatorSeries) balance = NULL;
  g_autoptr(MpIndicatorSeries) balance_log = NULL;
  const MpIndicatorLine *az;
  g_autofree char *description = NULL;

  g_assert_no_error (error);
  g_assert_true (gdp->derived);
  g_assert_nonnull (strstr (gdp->title, "derived"));
  g_assert_cmpint (gdp->first_year, ==, 2000);
  g_assert_cmpint (gdp->last_year, ==, 2010);
  g_assert_cmpfloat (gdp->min, ==, 655);
  g_assert_cmpfloat (gdp->max, ==, 9070);

  /* Azerbaijan has no 2003–2004 and no 2009: the line breaks there. */
  az = &gdp->lines[0];
  g_assert_cmpuint (az->n_points, ==, 8);
  for (guint i = 0; i < az->n_points; i++)
    g_assert_cmpint (az->breaks[i], ==, az->points[i].year == 2005 || az->points[i].year == 2010);
  for (guint i = 0; i < gdp->lines[1].n_points; i++)
    g_assert_false (gdp->lines[1].breaks[i]);

  description = mp_indicator_series_describe (gdp);
  g_assert_nonnull (strstr (description, "Azerbaijan from US$655 per person in 2000 to US$5,843 per person in 2010"));
  g_assert_nonnull (strstr (description, "derived"));

  balance = mp_indicator_series_new (dataset, "balance", countries, FALSE, NULL);
  g_assert_cmpuint (balance->n_skipped, ==, 0);
  g_assert_cmpfloat (balance->min, ==, -2);

  /* A log scale leaves out values ≤ 0 and says so. */
  balance_log = mp_indicator_series_new (dataset, "balance", countries, TRUE, NULL);
  g_assert_cmpuint (balance_log->n_skipped, ==, 2);
  g_assert_cmpfloat (balance_log->min, ==, 1);
  g_assert_true (balance_log->lines[0].skipped[0]);
  g_assert_true (balance_log->lines[0].breaks[2]);
  g_assert_nonnull (strstr (balance_log->subtitle, "log scale"));
  g_assert_nonnull (strstr (balance_log->subtitle, "2 values ≤ 0 not shown"));

  g_clear_pointer (&gdp, mp_indicator_series_free);
  gdp = mp_indicator_series_new (dataset, "no-such-thing", countries, FALSE, &error);
  g_assert_null (gdp);
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_INDICATOR);
}

static void
test_indicator_empty (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("empty.json");
  const char *countries[] = { "AZ", NULL };
  g_autoptr(MpIndicatorSeries) series = mp_indicator_series_new (dataset, "population", countries, TRUE, NULL);
  g_autofree char *description = NULL;

  g_assert_nonnull (series);
  g_assert_cmpint (series->first_year, ==, 0);
  g_assert_cmpuint (series->lines[0].n_points, ==, 0);
  description = mp_indicator_series_describe (series);
  g_assert_nonnull (strstr (description, "no data for Azerbaijan"));
}

static void
test_contributions (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpContributionsSeries) series = mp_contributions_series_new (dataset, countries, NULL);
  g_autofree char *description = NULL;

  g_assert_cmpuint (series->n_items, ==, 4);
  /* Newest first; totals are not listed; the amount over 2002–2021 comes
   * after the yearly ones, apart, and the bars' scale is the yearly
   * amounts' (it would have dwarfed them). */
  g_assert_cmpint (series->items[0].aid->year, ==, 2023);
  g_assert_cmpint (series->items[0].country, ==, 0);
  g_assert_cmpint (series->items[0].aid->measure, ==, MP_AID_PLEDGE);
  g_assert_cmpstr (series->items[1].what, ==, "World Health Organization (WHO) · COVID-19 response");
  /* A statement's amount says so: it is not an OECD total. */
  g_assert_cmpstr (series->items[1].amount, ==, "US$10 million · official statement");
  g_assert_cmpint (series->items[2].aid->year, ==, 2013);
  g_assert_false (series->items[2].multi_year);
  g_assert_cmpstr (series->items[3].when, ==, "2002–2021");
  g_assert_true (series->items[3].multi_year);
  g_assert_nonnull (strstr (series->items[3].amount, "US$542 million in total"));
  g_assert_true (series->has_not_final);
  g_assert_cmpint (series->first_year, ==, 2002);
  g_assert_cmpfloat (series->max_amount, ==, 10e6);

  description = mp_contributions_series_describe (series);
  g_assert_nonnull (strstr (description, "4 records, 2002 to 2023"));
  g_assert_nonnull (strstr (description, "Largest: Azerbaijan, US$10 million in 2020, World Health Organization (WHO)"));
}

static void
test_chart_by_name (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_chart_fixture ("two-countries.json");
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpChart) aid = mp_chart_new (dataset, countries, "aid", NULL, &error);
  g_autoptr(MpChart) members = NULL;
  g_autoptr(MpChart) shared = NULL;
  g_autoptr(MpChart) indicator = NULL;
  MpChartTable *table;
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  MpChartKind kind;
  g_autofree char *id = NULL;
  MpChartOptions options = { FALSE, MP_TIMELINE_ALL, TODAY, FALSE };

  g_assert_no_error (error);
  g_assert_cmpint (mp_chart_get_kind (aid), ==, MP_CHART_KIND_AID);
  g_assert_cmpstr (mp_chart_get_title (aid), ==, "Aid contributions");
  g_assert_true (g_str_has_prefix (mp_chart_get_description (aid), "Aid contributions, 2013 to 2022"));

  /* The table as a statistics office prints it: a row a year (2013 to
   * 2022), a column a country, the measure and unit above, one decimal
   * throughout, and the sources once, below. */
  table = mp_chart_get_table (aid);
  g_assert_cmpuint (mp_chart_table_get_n_rows (table), ==, 10);
  g_assert_cmpuint (table->n_columns, ==, 3);
  g_assert_cmpstr (table->titles[0], ==, "Year");
  g_assert_cmpstr (table->titles[1], ==, "Azerbaijan");
  g_assert_cmpstr (table->titles[2], ==, "Kazakhstan");
  g_assert_cmpstr (table->caption, ==, "Total official development assistance, US$ million, 2013–2022");
  g_assert_nonnull (table->sources);
  tsv = mp_chart_table_to_tsv (table, NULL, 0);
  lines = g_strsplit (tsv, "\n", -1);
  /* Caption, heading, ten years, the sources, and the final line break. */
  g_assert_cmpuint (g_strv_length (lines), ==, 14);
  g_assert_cmpstr (lines[0], ==, table->caption);
  g_assert_cmpstr (lines[1], ==, "Year\tAzerbaijan\tKazakhstan");
  g_assert_cmpstr (lines[2], ==, "2013\t19.0\t30.0");
  /* A year without Azerbaijan's figure leaves its cell empty; a
   * preliminary figure says so. */
  g_assert_cmpstr (lines[5], ==, "2016\t\t29.0");
  g_assert_cmpstr (lines[11], ==, "2022\t49.2 (preliminary)\t40.0");
  g_assert_cmpstr (lines[12], ==, table->sources);
  {
    guint n_source_lines = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      if (strstr (lines[i], "Source") != NULL)
        n_source_lines++;
    g_assert_cmpuint (n_source_lines, ==, 1);
  }
  g_assert_true (mp_chart_get_table (aid) == table);

  members = mp_chart_new (dataset, countries, "memberships", &options, &error);
  g_assert_no_error (error);
  /* One row per span and chair period: 11 + 11 for the two countries. */
  g_assert_cmpuint (mp_chart_table_get_n_rows (mp_chart_get_table (members)), ==, 22);

  shared = mp_chart_new (dataset, countries, "memberships:shared", &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (((const MpTimelineSeries *) mp_chart_get_series (shared))->n_rows, ==, 6);

  indicator = mp_chart_new (dataset, countries, "indicator:population", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mp_chart_get_kind (indicator), ==, MP_CHART_KIND_INDICATOR);
  /* A row a year, a column a country, in million people. */
  g_assert_cmpuint (mp_chart_get_table (indicator)->n_columns, ==, 3);
  g_assert_cmpuint (mp_chart_table_get_n_rows (mp_chart_get_table (indicator)), ==, 29);
  g_assert_cmpstr (mp_chart_get_table (indicator)->caption, ==, "Population, million people");

  g_assert_true (mp_chart_parse_name ("indicator:gdp", &kind, &id, NULL));
  g_assert_cmpstr (id, ==, "gdp");

  g_assert_false (mp_chart_parse_name ("indicator:", &kind, NULL, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_CHART);
  g_clear_error (&error);
  g_assert_null (mp_chart_new (dataset, countries, "pie", NULL, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_CHART);
  g_clear_error (&error);
  g_assert_null (mp_chart_new (dataset, countries, NULL, NULL, &error));
  g_assert_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_CHART);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/aid-series/range-and-gaps", test_aid_range_and_gaps);
  g_test_add_func ("/mp/aid-series/no-data", test_aid_no_data);
  g_test_add_func ("/mp/aid-series/donor-without-data", test_aid_one_donor_without_data);
  g_test_add_func ("/mp/aid-series/bad-countries", test_bad_countries);
  g_test_add_func ("/mp/timeline-series/counts", test_timeline_counts);
  g_test_add_func ("/mp/timeline-series/filters", test_timeline_filters);
  g_test_add_func ("/mp/timeline-series/describes-key-organizations", test_timeline_describes_key_organizations);
  g_test_add_func ("/mp/timeline-series/starts-near-the-data", test_timeline_starts_near_the_data);
  g_test_add_func ("/mp/timeline-series/four-countries", test_timeline_four_countries);
  g_test_add_func ("/mp/timeline-series/eight-countries", test_timeline_eight_countries);
  g_test_add_func ("/mp/timeline-series/key-organizations", test_timeline_key_organizations);
  g_test_add_func ("/mp/timeline-series/without-ranks", test_timeline_without_ranks);
  g_test_add_func ("/mp/indicator-series/gaps-and-log", test_indicator_gaps_and_log);
  g_test_add_func ("/mp/indicator-series/empty", test_indicator_empty);
  g_test_add_func ("/mp/contributions-series/order", test_contributions);
  g_test_add_func ("/mp/chart/by-name", test_chart_by_name);

  return g_test_run ();
}
