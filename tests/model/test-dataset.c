/* test-dataset.c
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

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mp-country-facts.h"
#include "mp-dataset-loader.h"
#include "mp-timeline-series.h"

static GFile *
valid_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);

  return g_file_new_for_path (path);
}

static MpDataset *
load_files (MpDatasetLoader *loader,
            ...)
{
  const char *name;
  va_list args;

  va_start (args, loader);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(GFile) file = valid_file (name);

      mp_dataset_loader_add_file (loader, file);
    }
  va_end (args);

  return mp_dataset_loader_load (loader, NULL);
}

static void
add_json (MpDatasetLoader *loader,
          const char      *name,
          const char      *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  mp_dataset_loader_add_bytes (loader, name, bytes);
}

static char *
problem_string (MpDatasetLoader *loader,
                guint            index)
{
  GPtrArray *problems = mp_dataset_loader_get_problems (loader);

  g_assert_cmpuint (index, <, problems->len);

  return mp_problem_to_string (g_ptr_array_index (problems, index));
}

static const MpMembership *
find_membership (MpDataset  *dataset,
                 const char *country,
                 const char *organization)
{
  GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country);

  for (guint i = 0; i < memberships->len; i++)
    {
      const MpMembership *membership = g_ptr_array_index (memberships, i);

      if (g_str_equal (membership->organization, organization))
        return membership;
    }

  return NULL;
}

static void
assert_date (const MpDate *date,
             const char   *expected)
{
  g_autofree char *text = mp_date_to_string (date);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_full (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GFile) flag = valid_file ("flags/az.svg");
  g_autofree char *flag_path = g_file_get_path (flag);
  const MpCountry *az, *kz;
  const MpOrganization *un;
  const MpSource *source;
  GPtrArray *records;

  dataset = load_files (loader, "full.json", NULL);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 0);

  g_assert_cmpuint (mp_dataset_get_sources (dataset)->len, ==, 2);
  g_assert_cmpuint (mp_dataset_get_memberships (dataset)->len, ==, 5);
  g_assert_cmpuint (mp_dataset_get_aid (dataset)->len, ==, 4);
  g_assert_cmpuint (mp_dataset_get_indicators (dataset)->len, ==, 2);

  /* Sources keep file order and every field. */
  source = g_ptr_array_index (mp_dataset_get_sources (dataset), 1);
  g_assert_cmpstr (source->id, ==, "wb-wdi");
  g_assert_true (source == mp_dataset_lookup_source (dataset, "wb-wdi"));
  g_assert_cmpstr (source->publisher, ==, "World Bank");
  g_assert_cmpstr (source->licence, ==, "CC-BY-4.0");
  g_assert_cmpstr (source->note, ==, "Test fixture: the numbers are made up.");
  assert_date (&source->retrieved, "2026-01");
  g_assert_null (((const MpSource *) g_ptr_array_index (mp_dataset_get_sources (dataset), 0))->note);

  /* Countries sorted by English name, whatever the file order. */
  records = mp_dataset_get_countries (dataset);
  g_assert_cmpuint (records->len, ==, 2);
  az = g_ptr_array_index (records, 0);
  kz = g_ptr_array_index (records, 1);
  g_assert_cmpstr (az->id, ==, "AZ");
  g_assert_cmpstr (kz->id, ==, "KZ");
  g_assert_true (kz == mp_dataset_lookup_country (dataset, "KZ"));
  g_assert_null (mp_dataset_lookup_country (dataset, "UZ"));
  g_assert_cmpstr (kz->iso3, ==, "KAZ");
  g_assert_cmpstr (mp_text_get (kz->name, "kk"), ==, "Қазақстан");
  g_assert_cmpstr (mp_text_get (kz->name, "az_AZ.UTF-8"), ==, "Qazaxıstan");
  g_assert_cmpstr (mp_text_get (kz->official_name, "ru"), ==, "Republic of Kazakhstan");
  g_assert_null (az->official_name);
  g_assert_cmpstr (kz->note, ==, "Official name: English from the test's own source.");
  g_assert_null (az->note);

  /* A resource path stays; a relative one follows the file. */
  g_assert_cmpstr (kz->flag, ==, "/io/github/middlepowers/MiddlePowers/flags/kz.svg");
  g_assert_cmpstr (az->flag, ==, flag_path);

  g_assert_true (kz->capital.present);
  g_assert_cmpstr (kz->capital.text, ==, "Astana");
  g_assert_cmpstr (kz->capital.source, ==, "un-members");
  g_assert_cmpint (kz->capital.status, ==, MP_VALUE_FINAL);
  g_assert_true (kz->area_km2.present);
  g_assert_cmpfloat (kz->area_km2.number, ==, 2724900);
  g_assert_cmpint (kz->area_km2.year, ==, 2020);
  g_assert_true (kz->independence.present);
  assert_date (&kz->independence.date, "1991-12-16");
  g_assert_true (kz->subregion.present);
  g_assert_cmpstr (kz->subregion.text, ==, "Central Asia");
  g_assert_cmpstr (kz->subregion.source, ==, "un-members");
  /* No value is not 0: the fact is absent. */
  g_assert_false (az->subregion.present);
  g_assert_false (az->capital.present);
  g_assert_null (az->capital.source);
  g_assert_false (az->independence.present);
  g_assert_cmpint (az->area_km2.status, ==, MP_VALUE_ESTIMATE);
  g_assert_cmpstr (az->area_km2.note, ==, "Includes disputed areas.");

  /* Organizations by kind, then acronym. */
  records = mp_dataset_get_organizations (dataset);
  g_assert_cmpuint (records->len, ==, 4);
  g_assert_cmpstr (((const MpOrganization *) g_ptr_array_index (records, 0))->id, ==, "UN");
  g_assert_cmpstr (((const MpOrganization *) g_ptr_array_index (records, 1))->id, ==, "CIS");
  g_assert_cmpstr (((const MpOrganization *) g_ptr_array_index (records, 2))->id, ==, "ADB");
  g_assert_cmpstr (((const MpOrganization *) g_ptr_array_index (records, 3))->id, ==, "AIIB");
  un = mp_dataset_lookup_organization (dataset, "UN");
  g_assert_cmpint (un->kind, ==, MP_ORG_GLOBAL);
  assert_date (&un->founded, "1945-10-24");
  g_assert_cmpstr (un->url, ==, "https://www.un.org/");
  g_assert_false (mp_date_is_set (&mp_dataset_lookup_organization (dataset, "ADB")->founded));
}

static void
test_full_memberships (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "full.json", NULL);
  const MpMembership *membership;
  GPtrArray *memberships;

  g_assert_nonnull (dataset);

  /* Sorted by from date: CIS (1991-12-21), UN (1992-03-02), ADB (1994). */
  memberships = mp_dataset_get_country_memberships (dataset, "KZ");
  g_assert_cmpuint (memberships->len, ==, 3);
  membership = g_ptr_array_index (memberships, 0);
  g_assert_cmpstr (membership->organization, ==, "CIS");
  g_assert_cmpint (membership->status, ==, MP_MEMBERSHIP_FOUNDING_MEMBER);
  membership = g_ptr_array_index (memberships, 1);
  g_assert_cmpstr (membership->id, ==, "KZ:UN");
  g_assert_cmpint (membership->precision, ==, MP_PRECISION_DAY);
  g_assert_false (mp_date_is_set (&membership->to));
  membership = g_ptr_array_index (memberships, 2);
  g_assert_cmpstr (membership->organization, ==, "ADB");
  g_assert_cmpint (membership->precision, ==, MP_PRECISION_YEAR_ONLY);
  g_assert_cmpstr (membership->note, ==, "Year only.");

  /* Chair periods are memberships too; "to": null means still. */
  memberships = mp_dataset_get_country_memberships (dataset, "AZ");
  g_assert_cmpuint (memberships->len, ==, 2);
  membership = mp_dataset_lookup_membership (dataset, "AZ:CIS:chair");
  g_assert_nonnull (membership);
  g_assert_cmpint (membership->status, ==, MP_MEMBERSHIP_CHAIR);
  g_assert_cmpint (membership->precision, ==, MP_PRECISION_MONTH);
  assert_date (&membership->to, "2000-12");
  g_assert_false (mp_date_is_set (&mp_dataset_lookup_membership (dataset, "AZ:UN")->to));

  g_assert_cmpuint (mp_dataset_get_country_memberships (dataset, "UZ")->len, ==, 0);
}

static void
test_full_aid (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "full.json", NULL);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const MpAid *aid;
  GPtrArray *donor;

  g_assert_nonnull (dataset);

  donor = mp_dataset_get_donor_aid (dataset, "AZ");
  g_assert_cmpuint (donor->len, ==, 3);
  g_assert_cmpint (((const MpAid *) g_ptr_array_index (donor, 0))->year, ==, 2021);

  /* 2022: total ODA before the contribution (by measure). */
  found = mp_dataset_find_aid (dataset, "AZ", 2022);
  g_assert_cmpuint (found->len, ==, 2);
  aid = g_ptr_array_index (found, 0);
  g_assert_cmpint (aid->measure, ==, MP_AID_TOTAL_ODA);
  g_assert_cmpint (aid->status, ==, MP_VALUE_PRELIMINARY);
  g_assert_cmpfloat (aid->amount_usd, ==, 13000000.5);
  aid = g_ptr_array_index (found, 1);
  g_assert_cmpint (aid->measure, ==, MP_AID_CONTRIBUTION);
  g_assert_cmpint (aid->status, ==, MP_VALUE_FINAL);
  g_assert_cmpstr (aid->recipient, ==, "WHO");
  g_assert_cmpstr (aid->purpose, ==, "COVID-19 response");
  g_assert_cmpint (aid->first_year, ==, 0);

  aid = mp_dataset_lookup_aid (dataset, "KZ:cum");
  g_assert_cmpint (aid->measure, ==, MP_AID_CUMULATIVE);
  g_assert_cmpint (aid->first_year, ==, 2014);
  g_assert_cmpint (aid->status, ==, MP_VALUE_STATEMENT);
  g_assert_cmpfloat (aid->amount_usd, ==, 0.0);

  none = mp_dataset_find_aid (dataset, "AZ", 1999);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_donor_aid (dataset, "UZ")->len, ==, 0);
}

static void
test_full_indicators (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "full.json", NULL);
  const MpIndicator *indicator;
  const MpSeries *series;
  const MpPoint *latest;

  g_assert_nonnull (dataset);

  indicator = mp_dataset_lookup_indicator (dataset, "population");
  g_assert_nonnull (indicator);
  g_assert_cmpint (indicator->unit, ==, MP_UNIT_PEOPLE);
  g_assert_cmpstr (mp_text_get (indicator->name, "ru"), ==, "Население");
  /* Series sorted by country id: AZ before KZ although KZ comes first. */
  g_assert_cmpuint (indicator->n_series, ==, 2);
  g_assert_cmpstr (indicator->series[0].country, ==, "AZ");
  g_assert_cmpstr (indicator->series[1].country, ==, "KZ");

  series = mp_indicator_get_series (indicator, "KZ");
  g_assert_cmpuint (series->n_points, ==, 3);
  g_assert_cmpint (series->points[0].year, ==, 2019);
  g_assert_cmpfloat (series->points[0].value, ==, 18513930);
  latest = mp_series_get_latest (series);
  g_assert_cmpint (latest->year, ==, 2021);
  g_assert_cmpfloat (latest->value, ==, 19002586);
  g_assert_cmpfloat (mp_series_get_latest (mp_indicator_get_series (indicator, "AZ"))->value, ==, 10137750);
  g_assert_null (mp_indicator_get_series (indicator, "UZ"));
  g_assert_null (mp_series_get_latest (NULL));

  indicator = mp_dataset_lookup_indicator (dataset, "gdp-per-capita");
  g_assert_cmpint (indicator->status, ==, MP_VALUE_DERIVED);
  g_assert_cmpint (indicator->unit, ==, MP_UNIT_USD_PER_PERSON);
  g_assert_cmpstr (indicator->note, ==, "GDP divided by population.");
  /* An empty series is there but has no latest point. */
  series = mp_indicator_get_series (indicator, "AZ");
  g_assert_nonnull (series);
  g_assert_cmpuint (series->n_points, ==, 0);
  g_assert_null (mp_series_get_latest (series));
  g_assert_cmpfloat (mp_indicator_get_series (indicator, "KZ")->points[0].value, ==, -150.0);

  g_assert_null (mp_dataset_lookup_indicator (dataset, "gdp"));
}

static void
test_minimal (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "minimal.json", NULL);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_get_sources (dataset)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_countries (dataset)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_organizations (dataset)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_memberships (dataset)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_aid (dataset)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_indicators (dataset)->len, ==, 0);
}

/* A string fact's value is a string (English) or a text in several
 * languages, which must have the English. */
static void
test_translated_capital (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *problem = NULL;
  const MpCountry *kz, *az;

  add_json (loader, "capitals.json",
            "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
            " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\",\n"
            "   \"url\": \"https://example.org/\", \"retrieved\": \"2020\", \"licence\": \"CC0-1.0\"}],\n"
            " \"countries\": [{\"id\": \"KZ\", \"iso3\": \"KAZ\", \"name\": {\"en\": \"Kazakhstan\"}, \"source\": \"s\",\n"
            "   \"capital\": {\"value\": {\"en\": \"Astana\", \"kk\": \"Астана\"}, \"source\": \"s\"}},\n"
            "  {\"id\": \"AZ\", \"iso3\": \"AZE\", \"name\": {\"en\": \"Azerbaijan\"}, \"source\": \"s\",\n"
            "   \"capital\": {\"value\": \"Baku\", \"source\": \"s\"}}]}");
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  kz = mp_dataset_lookup_country (dataset, "KZ");
  az = mp_dataset_lookup_country (dataset, "AZ");
  g_assert_cmpstr (kz->capital.text, ==, "Astana");
  g_assert_cmpstr (mp_text_get (kz->capital.texts, "kk_KZ.UTF-8"), ==, "Астана");
  g_assert_cmpstr (mp_text_get (kz->capital.texts, "ru"), ==, "Astana");
  g_assert_cmpstr (az->capital.text, ==, "Baku");
  g_assert_cmpstr (mp_text_get (az->capital.texts, "kk"), ==, "Baku");
  g_clear_object (&dataset);
  g_clear_object (&loader);

  loader = mp_dataset_loader_new ();
  add_json (loader, "capitals.json",
            "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
            " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\",\n"
            "   \"url\": \"https://example.org/\", \"retrieved\": \"2020\", \"licence\": \"CC0-1.0\"}],\n"
            " \"countries\": [{\"id\": \"KZ\", \"iso3\": \"KAZ\", \"name\": {\"en\": \"Kazakhstan\"}, \"source\": \"s\",\n"
            "   \"capital\": {\"value\": {\"kk\": \"Астана\"}, \"source\": \"s\"}}]}");
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 1);
  problem = problem_string (loader, 0);
  g_assert_cmpstr (problem, ==, "capitals.json: $.countries[0].capital.value: missing the English text (\"en\")");
}

/* No files at all is an empty, valid dataset. */
static void
test_no_files (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = mp_dataset_loader_load (loader, NULL);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_get_countries (dataset)->len, ==, 0);
}

static void
test_warnings_load (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "warnings.json", NULL);
  GPtrArray *problems = mp_dataset_loader_get_problems (loader);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (problems->len, ==, 3);
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpint (((MpProblem *) g_ptr_array_index (problems, i))->severity, ==, MP_PROBLEM_WARNING);

  first = problem_string (loader, 0);
  second = problem_string (loader, 1);
  third = problem_string (loader, 2);
  g_assert_cmpstr (first, ==, "warnings.json: $: warning: unknown field \"comment\" is ignored");
  g_assert_cmpstr (second, ==, "warnings.json: $.sources[0]: warning: unknown field \"license\" is ignored (did you mean \"licence\"?)");
  g_assert_cmpstr (third, ==, "warnings.json: $.countries[0]: warning: unknown field \"colour\" is ignored");

  g_assert_nonnull (mp_dataset_lookup_country (dataset, "AZ"));
}

static void
test_overlay_add_and_override (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "overlay-base.json", "overlay-top.json", NULL);
  const MpMembership *membership;

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);

  /* Added */
  g_assert_cmpuint (mp_dataset_get_countries (dataset)->len, ==, 3);
  g_assert_nonnull (mp_dataset_lookup_country (dataset, "UZ"));
  g_assert_cmpuint (mp_dataset_get_sources (dataset)->len, ==, 2);

  /* Replaced by id, in place: KZ:UN is still second. */
  g_assert_cmpuint (mp_dataset_get_memberships (dataset)->len, ==, 3);
  membership = g_ptr_array_index (mp_dataset_get_memberships (dataset), 1);
  g_assert_cmpstr (membership->id, ==, "KZ:UN");
  g_assert_cmpint (membership->status, ==, MP_MEMBERSHIP_MEMBER);
  g_assert_cmpstr (membership->source, ==, "class");
  assert_date (&membership->from, "1992-03-02");
  g_assert_true (membership == find_membership (dataset, "KZ", "UN"));

  /* Kept from the base file */
  membership = mp_dataset_lookup_membership (dataset, "AZ:UN");
  g_assert_cmpstr (membership->source, ==, "base");
  g_assert_cmpuint (mp_dataset_get_aid (dataset)->len, ==, 1);

  /* The top file refers to the base file's source. */
  membership = mp_dataset_lookup_membership (dataset, "UZ:UN");
  g_assert_cmpstr (membership->source, ==, "base");
}

static void
test_overlay_indicator_merge (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "overlay-base.json", "overlay-top.json", NULL);
  const MpIndicator *indicator;
  const MpSeries *series;

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_get_indicators (dataset)->len, ==, 1);

  indicator = mp_dataset_lookup_indicator (dataset, "population");
  /* Metadata from the later file */
  g_assert_cmpstr (mp_text_get (indicator->name, "en"), ==, "Population (class figures)");
  g_assert_cmpstr (indicator->source, ==, "class");
  g_assert_cmpuint (indicator->n_series, ==, 3);

  /* KZ replaced, AZ kept, UZ added */
  series = mp_indicator_get_series (indicator, "KZ");
  g_assert_cmpuint (series->n_points, ==, 3);
  g_assert_cmpfloat (series->points[0].value, ==, 15000000);
  series = mp_indicator_get_series (indicator, "AZ");
  g_assert_cmpuint (series->n_points, ==, 2);
  g_assert_cmpfloat (series->points[1].value, ==, 8100000);
  series = mp_indicator_get_series (indicator, "UZ");
  g_assert_cmpuint (series->n_points, ==, 1);
  g_assert_cmpint (series->points[0].year, ==, 2001);
}

/* The other order: the base file replaces the class figures. */
static void
test_overlay_order_matters (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  const MpIndicator *indicator;

  add_json (loader, "first.json",
            "{\"format\": \"middle-powers-dataset\", \"version\": 1,"
            " \"sources\": [{\"id\": \"base\", \"title\": \"Old title\", \"publisher\": \"P\","
            " \"url\": \"https://example.org/\", \"retrieved\": \"2020\", \"licence\": \"CC0-1.0\"}]}");
  dataset = load_files (loader, "overlay-base.json", NULL);

  g_assert_nonnull (dataset);
  g_assert_cmpstr (mp_dataset_lookup_source (dataset, "base")->title, ==, "Base source");
  indicator = mp_dataset_lookup_indicator (dataset, "population");
  g_assert_cmpstr (mp_text_get (indicator->name, "en"), ==, "Population");
}

static void
test_overlay_errors_name_file (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GPtrArray *problems;

  add_json (loader, "teacher.json",
            "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
            " \"memberships\": [{\"id\": \"AZ:UN\", \"country\": \"AZ\", \"organization\": \"UN\","
            " \"status\": \"member\", \"from\": \"1992-03-02\", \"source\": \"nowhere\"}]}");
  dataset = load_files (loader, "overlay-base.json", NULL);
  add_json (loader, "student.json", "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n\"aid\": [}");

  /* Loads again with the third file: problems replace the old ones. */
  g_clear_object (&dataset);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_null (dataset);

  problems = mp_dataset_loader_get_problems (loader);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 2);

  /* In file order; the references to AZ and UN in teacher.json resolve
   * to records of the later base file. */
  first = problem_string (loader, 0);
  second = problem_string (loader, 1);
  g_assert_cmpstr (first, ==, "teacher.json: $.memberships[0].source: unknown source \"nowhere\"");
  /* A syntax error stops reading that file only. */
  g_assert_cmpstr (second, ==, "student.json:2:9: expected a value, got '}'");
}

static void
test_overlay_same_id_is_not_duplicate (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = load_files (loader, "overlay-base.json", "overlay-base.json", NULL);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_get_countries (dataset)->len, ==, 2);
  g_assert_cmpuint (mp_dataset_get_memberships (dataset)->len, ==, 2);
  g_assert_cmpuint (mp_dataset_lookup_indicator (dataset, "population")->n_series, ==, 2);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static MpDataset *
load_async (MpDatasetLoader  *loader,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mp_dataset_loader_load_async (loader, cancellable, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return mp_dataset_loader_load_finish (loader, result, error);
}

static void
test_async (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) base = valid_file ("overlay-base.json");
  g_autoptr(GFile) top = valid_file ("overlay-top.json");

  mp_dataset_loader_add_file (loader, base);
  mp_dataset_loader_add_file (loader, top);
  dataset = load_async (loader, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_lookup_indicator (dataset, "population")->n_series, ==, 3);

  /* An invalid file: an error, and the problems are there. */
  g_clear_object (&dataset);
  add_json (loader, "bad.json", "{\"format\": \"middle-powers-dataset\", \"version\": 1, \"countries\": 5}");
  dataset = load_async (loader, NULL, &error);
  g_assert_error (error, MP_DATASET_LOADER_ERROR, MP_DATASET_LOADER_ERROR_INVALID);
  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 1);
  g_assert_cmpstr (((MpProblem *) g_ptr_array_index (mp_dataset_loader_get_problems (loader), 0))->path, ==,
                   "$.countries");
}

static void
test_cancel (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = valid_file ("full.json");

  mp_dataset_loader_add_file (loader, file);
  g_cancellable_cancel (cancellable);

  g_assert_null (mp_dataset_loader_load (loader, cancellable));

  dataset = load_async (loader, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (dataset);

  /* Not cancelled: loads. */
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
}

static void
test_too_large (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  char *data;
  int fd;

  /* Bytes: the size is checked before anything reads them. */
  data = g_malloc (MP_DATASET_MAX_FILE_SIZE + 1);
  memset (data, ' ', MP_DATASET_MAX_FILE_SIZE + 1);
  bytes = g_bytes_new_take (data, MP_DATASET_MAX_FILE_SIZE + 1);
  mp_dataset_loader_add_bytes (loader, "huge.json", bytes);

  /* A file: refused from its size, without reading it (sparse). */
  fd = g_file_open_tmp ("mp-huge-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, (off_t) MP_DATASET_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);
  file = g_file_new_for_path (path);
  mp_dataset_loader_add_file (loader, file);

  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 2);
  first = problem_string (loader, 0);
  g_assert_cmpstr (first, ==, "huge.json: the file is larger than 64 MiB");
  second = problem_string (loader, 1);
  g_assert_true (g_str_has_suffix (second, ".json: the file is larger than 64 MiB"));

  g_unlink (path);
}

static void
test_unreadable (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GFile) missing = valid_file ("no-such-file.json");
  g_autoptr(GFile) folder = valid_file ("flags");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  mp_dataset_loader_add_file (loader, missing);
  mp_dataset_loader_add_file (loader, folder);
  dataset = mp_dataset_loader_load (loader, NULL);

  g_assert_null (dataset);
  first = problem_string (loader, 0);
  g_assert_true (g_str_has_prefix (first, "no-such-file.json: cannot read the file: "));
  second = problem_string (loader, 1);
  g_assert_cmpstr (second, ==, "flags: cannot read the file: it is a folder");
}

/* A link to nothing, or a loop of links, is said to be one. */
static void
test_broken_links (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-links-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autoptr(GFile) loop = g_file_new_for_path (a);
  g_autoptr(GFile) nowhere = g_file_new_for_path (dangling);
  const char *expected = "cannot read the file: it is a link to a missing file or a loop of links";

  g_assert_cmpint (symlink ("b.json", a), ==, 0);
  g_assert_cmpint (symlink ("a.json", b), ==, 0);
  g_assert_cmpint (symlink ("nowhere.json", dangling), ==, 0);
  mp_dataset_loader_add_file (loader, loop);
  mp_dataset_loader_add_file (loader, nowhere);
  dataset = mp_dataset_loader_load (loader, NULL);

  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = problem_string (loader, i);

      g_assert_true (g_str_has_suffix (text, expected));
    }

  g_unlink (a);
  g_unlink (b);
  g_unlink (dangling);
  g_rmdir (dir);
}

static void
write_test_file (const char *dir,
                 const char *name,
                 const char *contents,
                 gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* A dataset from anywhere may name only a small SVG or PNG file in its
 * own folder as a flag (or a bundled one): a file elsewhere, a FIFO
 * (which would block whoever opens it), something else under an .svg
 * name, or a huge file is a located warning and no flag, never a hang. */
static void
test_flag_files (void)
{
  g_autofree char *top = g_dir_make_tmp ("mp-flags-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (top, "lesson", NULL);
  g_autofree char *flags = g_build_filename (dir, "flags", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.svg", NULL);
  g_autofree char *link = g_build_filename (dir, "link.svg", NULL);
  g_autofree char *outside = g_build_filename (top, "outside.svg", NULL);
  g_autofree char *json_path = g_build_filename (dir, "class.json", NULL);
  g_autofree char *ok_path = g_build_filename (flags, "ok.svg", NULL);
  g_autofree char *big = g_malloc0 (2 * 1024 * 1024);
  static const char *const cases[][2] = {
    { "flags/ok.svg", NULL },
    { "ok.png", NULL },
    { "/io/github/middlepowers/MiddlePowers/flags/kz.svg", NULL },
    { "../outside.svg", "is outside the dataset's folder" },
    { "/etc/passwd", "is outside the dataset's folder" },
    { "link.svg", "is outside the dataset's folder" },
    { "pipe.svg", "is not a regular file" },
    { "flags", "is not a regular file" },
    { "big.png", "is larger than 1 MiB" },
    { "icon.xpm", "is not an .svg or .png file" },
    { "xpm.svg", "is not an SVG image" },
    { "svg.png", "is not a PNG image" },
    { "missing.svg", "does not exist" },
  };
  g_autoptr(GString) json = g_string_new ("{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
                                          " \"countries\": [\n");
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  GPtrArray *problems;
  guint warned = 0;

  g_assert_cmpint (g_mkdir_with_parents (flags, 0700), ==, 0);
  write_test_file (flags, "ok.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", -1);
  write_test_file (dir, "ok.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  write_test_file (top, "outside.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", -1);
  g_assert_cmpint (symlink (outside, link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  memcpy (big, "\x89PNG\r\n\x1a\n", 8);
  write_test_file (dir, "big.png", big, 2 * 1024 * 1024);
  write_test_file (dir, "icon.xpm", "/* XPM */", -1);
  write_test_file (dir, "xpm.svg", "/* XPM */\nstatic char *x[] = {};", -1);
  write_test_file (dir, "svg.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", -1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (json, "  {\"id\": \"Q%c\", \"iso3\": \"QQ%c\", \"name\": {\"en\": \"Q%u\"},"
                            " \"source\": \"s\", \"flag\": \"%s\"}%s\n",
                            'A' + i, 'A' + i, i, cases[i][0], i + 1 < G_N_ELEMENTS (cases) ? "," : "");
  g_string_append (json, " ],\n \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\",\n"
                         "   \"url\": \"https://example.org\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}]}\n");
  write_test_file (dir, "class.json", json->str, -1);

  file = g_file_new_for_path (json_path);
  mp_dataset_loader_add_file (loader, file);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  problems = mp_dataset_loader_get_problems (loader);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char id[3] = { 'Q', (char) ('A' + i), '\0' };
      const MpCountry *country = mp_dataset_lookup_country (dataset, id);

      g_assert_nonnull (country);
      if (cases[i][1] == NULL)
        {
          g_assert_nonnull (country->flag);
          continue;
        }

      g_test_message ("%s: %s", cases[i][0], cases[i][1]);
      g_assert_null (country->flag);
      for (guint p = 0; p < problems->len; p++)
        {
          g_autofree char *text = mp_problem_to_string (g_ptr_array_index (problems, p));
          g_autofree char *path = g_strdup_printf ("countries[%u].flag", i);

          if (strstr (text, path) != NULL && strstr (text, cases[i][1]) != NULL)
            warned++;
        }
    }
  g_assert_cmpstr (mp_dataset_lookup_country (dataset, "QA")->flag, ==, ok_path);
  g_assert_cmpuint (warned, ==, G_N_ELEMENTS (cases) - 3);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i][0], NULL);

      if (i != 2 && i != 3 && i != 4 && i != 7)
        g_unlink (path);
    }
  g_unlink (ok_path);
  g_unlink (json_path);
  g_rmdir (flags);
  g_rmdir (dir);
  g_unlink (outside);
  g_rmdir (top);
}

static void
test_byte_order_mark (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;

  add_json (loader, "bom.json", "\xEF\xBB\xBF{\"format\": \"middle-powers-dataset\", \"version\": 1}");
  dataset = mp_dataset_loader_load (loader, NULL);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);
}

static void
test_depth_limit (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GString) json = g_string_new ("{\"format\": \"middle-powers-dataset\", \"version\": 1, \"x\": ");
  g_autofree char *problem = NULL;

  /* The root object and 31 arrays: 32 levels, allowed. */
  for (guint i = 0; i < 31; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < 31; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');

  add_json (loader, "deep.json", json->str);
  dataset = mp_dataset_loader_load (loader, NULL);

  g_assert_nonnull (dataset);
  problem = problem_string (loader, 0);
  g_assert_cmpstr (problem, ==, "deep.json: $: warning: unknown field \"x\" is ignored");
}

/* Invalid UTF-8 is found at the same byte as g_utf8_validate() finds
 * it, wherever it falls in the 8-byte words of the fast path. */
static void
test_invalid_utf8_offsets (void)
{
  static const char *bad[] = {
    "\xC0\x80",         /* overlong NUL */
    "\xE0\x80\xAF",     /* overlong '/' */
    "\xED\xA0\x80",     /* surrogate */
    "\xF4\x90\x80\x80", /* past U+10FFFF */
    "\x80",             /* continuation without a lead */
    "\xFF",
    "\xC3",             /* truncated */
    "\xE2\x82",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    for (guint pad = 0; pad < 10; pad++)
      {
        g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
        g_autoptr(GString) json = g_string_new ("{\"format\": \"middle-powers-dataset\", \"x\": \"\u00e9");
        g_autoptr(MpDataset) dataset = NULL;
        g_autofree char *expected = NULL;
        const char *end;
        MpProblem *problem;

        for (guint p = 0; p < pad; p++)
          g_string_append_c (json, 'a');
        g_string_append (json, bad[i]);
        if (i < 6)
          g_string_append (json, "\"}");

        g_assert_false (g_utf8_validate (json->str, json->len, &end));
        add_json (loader, "bad.json", json->str);
        dataset = mp_dataset_loader_load (loader, NULL);

        g_assert_null (dataset);
        g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 1);
        problem = g_ptr_array_index (mp_dataset_loader_get_problems (loader), 0);
        expected = g_strdup_printf ("invalid UTF-8 at byte %d; save the file as UTF-8", (int) (end - json->str));
        g_assert_cmpstr (problem->message, ==, expected);
        g_assert_cmpint (problem->line, ==, 1);
        /* The column counts "é" as one character. */
        g_assert_cmpint (problem->column, ==, (int) (end - json->str));
      }
}

/* "to" may name a partial date inside the period "from" starts in. */
static void
test_partial_periods (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *only = NULL;

  add_json (loader, "periods.json",
            "{\"format\": \"middle-powers-dataset\", \"version\": 1,"
            " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\","
            " \"url\": \"https://example.org/\", \"retrieved\": \"2025\", \"licence\": \"CC0-1.0\"}],"
            " \"countries\": [{\"id\": \"AZ\", \"iso3\": \"AZE\", \"name\": {\"en\": \"Azerbaijan\"}, \"source\": \"s\"}],"
            " \"organizations\": [{\"id\": \"UN\", \"acronym\": \"UN\", \"name\": {\"en\": \"UN\"},"
            " \"kind\": \"global\", \"source\": \"s\"}],"
            " \"memberships\": ["
            "  {\"id\": \"a\", \"country\": \"AZ\", \"organization\": \"UN\", \"status\": \"member\","
            "   \"from\": \"1992-03-02\", \"to\": \"1992\", \"source\": \"s\"},"
            "  {\"id\": \"b\", \"country\": \"AZ\", \"organization\": \"UN\", \"status\": \"chair\","
            "   \"from\": \"1992-03\", \"to\": \"1992-03-01\", \"source\": \"s\"},"
            "  {\"id\": \"c\", \"country\": \"AZ\", \"organization\": \"UN\", \"status\": \"observer\","
            "   \"from\": \"1992-03-02\", \"to\": \"1992-03-02\", \"source\": \"s\"},"
            "  {\"id\": \"d\", \"country\": \"AZ\", \"organization\": \"UN\", \"status\": \"member\","
            "   \"from\": \"1992\", \"to\": \"1991-12-31\", \"source\": \"s\"}]}");
  dataset = mp_dataset_loader_load (loader, NULL);

  /* Only the last one ends before it starts. */
  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 1);
  only = problem_string (loader, 0);
  g_assert_cmpstr (only, ==, "periods.json: $.memberships[3].to: \"to\" (1991-12-31) is before \"from\" (1992)");
}

/* Records and their strings belong to the dataset: they outlive the
 * loader, and the dataset is freed with its last reference. */
static void
test_lifetime (void)
{
  MpDatasetLoader *loader = mp_dataset_loader_new ();
  MpDataset *dataset = load_files (loader, "full.json", NULL);
  const MpCountry *country;

  g_assert_finalize_object (loader);

  country = mp_dataset_lookup_country (dataset, "KZ");
  g_assert_cmpstr (mp_text_get (country->name, "en"), ==, "Kazakhstan");

  g_assert_finalize_object (dataset);
}

static void
test_enum_strings (void)
{
  /* The JSON values of data/FORMAT.md */
  g_assert_cmpstr (mp_value_status_to_string (MP_VALUE_FINAL), ==, "final");
  g_assert_cmpstr (mp_value_status_to_string (MP_VALUE_PRELIMINARY), ==, "preliminary");
  g_assert_cmpstr (mp_value_status_to_string (MP_VALUE_ESTIMATE), ==, "estimate");
  g_assert_cmpstr (mp_value_status_to_string (MP_VALUE_DERIVED), ==, "derived");
  g_assert_cmpstr (mp_value_status_to_string (MP_VALUE_ANNOUNCED), ==, "announced");
  g_assert_cmpstr (mp_value_status_to_string (MP_VALUE_STATEMENT), ==, "statement");
  g_assert_cmpstr (mp_org_kind_to_string (MP_ORG_GLOBAL), ==, "global");
  g_assert_cmpstr (mp_org_kind_to_string (MP_ORG_CULTURAL), ==, "cultural");
  g_assert_cmpstr (mp_membership_status_to_string (MP_MEMBERSHIP_FOUNDING_MEMBER), ==, "founding-member");
  g_assert_cmpstr (mp_membership_status_to_string (MP_MEMBERSHIP_CHAIR), ==, "chair");
  g_assert_cmpstr (mp_precision_to_string (MP_PRECISION_YEAR_ONLY), ==, "year-only");
  g_assert_cmpstr (mp_aid_measure_to_string (MP_AID_TOTAL_ODA), ==, "total-oda");
  g_assert_cmpstr (mp_aid_measure_to_string (MP_AID_CUMULATIVE), ==, "cumulative");
  g_assert_cmpstr (mp_unit_to_string (MP_UNIT_USD_PER_PERSON), ==, "usd-per-person");
  g_assert_cmpstr (mp_unit_to_string (MP_UNIT_KM2), ==, "km2");
}

static void
test_problem_to_string (void)
{
  g_autoptr(MpProblem) at_path = mp_problem_new (MP_PROBLEM_ERROR, "my-class.json", "$.memberships[3].from", 0, 0,
                                                 "expected a date like 1992-03-02, got \"March 1992\"");
  g_autoptr(MpProblem) syntax = mp_problem_new (MP_PROBLEM_ERROR, "my-class.json", NULL, 12, 5, "missing ',' before this member");
  g_autoptr(MpProblem) whole = mp_problem_new (MP_PROBLEM_ERROR, "my-class.json", NULL, 0, 0, "the file is empty");
  g_autoptr(MpProblem) warning = mp_problem_new (MP_PROBLEM_WARNING, "my-class.json", "$", 0, 0, "unknown field \"x\" is ignored");
  g_autoptr(MpProblem) copy = mp_problem_copy (syntax);
  g_autofree char *s1 = mp_problem_to_string (at_path);
  g_autofree char *s2 = mp_problem_to_string (syntax);
  g_autofree char *s3 = mp_problem_to_string (whole);
  g_autofree char *s4 = mp_problem_to_string (warning);
  g_autofree char *s5 = mp_problem_to_string (copy);

  g_assert_cmpstr (s1, ==, "my-class.json: $.memberships[3].from: expected a date like 1992-03-02, got \"March 1992\"");
  g_assert_cmpstr (s2, ==, "my-class.json:12:5: missing ',' before this member");
  g_assert_cmpstr (s3, ==, "my-class.json: the file is empty");
  g_assert_cmpstr (s4, ==, "my-class.json: $: warning: unknown field \"x\" is ignored");
  g_assert_cmpstr (s5, ==, s2);
}

static void
test_not_regular_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mp-fifo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pipe.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *line = NULL;
  GPtrArray *problems;

  /* A FIFO would block a reader forever (and a device never ends): the
   * loader refuses anything but a regular file. */
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  mp_dataset_loader_add_file (loader, file);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_null (dataset);

  problems = mp_dataset_loader_get_problems (loader);
  g_assert_cmpuint (problems->len, ==, 1);
  line = mp_problem_to_string (g_ptr_array_index (problems, 0));
  g_assert_cmpstr (line, ==, "pipe.json: cannot read the file: it is not a regular file");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_indicator_overlay_keeps_sources (void)
{
  static const char overlay[] =
    "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
    " \"sources\": [{\"id\": \"class\", \"title\": \"Class notes\", \"publisher\": \"A teacher\",\n"
    "   \"url\": \"https://example.org/\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}],\n"
    " \"indicators\": [{\"id\": \"population\", \"name\": {\"en\": \"Population\"}, \"unit\": \"people\",\n"
    "   \"source\": \"class\", \"series\": {\"KZ\": [[2025, 20700000]]}}]}\n";
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (overlay, sizeof overlay - 1);
  g_autoptr(MpDataset) dataset = NULL;
  const MpIndicator *population;
  const MpSeries *az;
  const MpSeries *kz;

  /* A teacher's figure for one country is cited to the teacher; the
   * other countries' World Bank figures stay cited to the World Bank. */
  mp_dataset_loader_add_bundled (loader);
  mp_dataset_loader_add_bytes (loader, "class.json", bytes);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);

  population = mp_dataset_lookup_indicator (dataset, "population");
  az = mp_indicator_get_series (population, "AZ");
  kz = mp_indicator_get_series (population, "KZ");
  g_assert_cmpstr (population->source, ==, "class");
  g_assert_cmpstr (kz->source, ==, "class");
  g_assert_cmpuint (kz->n_points, ==, 1);
  g_assert_nonnull (az->source);
  g_assert_cmpstr (az->source, !=, "class");
  g_assert_nonnull (strstr (mp_dataset_lookup_source (dataset, az->source)->publisher, "World Bank"));
}

/* An independence fact may give the source's words instead of a date
 * (data/FORMAT.md): present, no date, the note kept.  The card shows "see
 * source" and the words with the source. */
static void
test_independence_without_date (void)
{
  static const char json[] =
    "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
    " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\",\n"
    "   \"url\": \"https://example.org/\", \"retrieved\": \"2026-01-22\", \"licence\": \"CC0-1.0\"}],\n"
    " \"countries\": [{\"id\": \"AW\", \"iso3\": \"ABW\", \"name\": {\"en\": \"Aruba\"}, \"source\": \"s\",\n"
    "   \"independence\": {\"source\": \"s\", \"note\": \"none (part of the Kingdom of the Netherlands)\"}}]}\n";
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  const MpCountry *aw;
  MpCountryFact facts[MP_N_FACTS];

  add_json (loader, "aruba.json", json);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);

  aw = mp_dataset_lookup_country (dataset, "AW");
  g_assert_true (aw->independence.present);
  g_assert_false (mp_date_is_set (&aw->independence.date));
  g_assert_cmpstr (aw->independence.source, ==, "s");
  g_assert_cmpstr (aw->independence.note, ==, "none (part of the Kingdom of the Netherlands)");

  mp_country_facts_compute (dataset, aw, facts);
  g_assert_cmpstr (facts[MP_FACT_INDEPENDENCE].text, ==, "see source");
  g_assert_cmpstr (facts[MP_FACT_INDEPENDENCE].words, ==, "none (part of the Kingdom of the Netherlands)");
  g_assert_cmpstr (facts[MP_FACT_INDEPENDENCE].source, ==, "s");
  mp_country_facts_clear (facts);
}

/* No membership record is "not a member" only where the dataset knows
 * the country's ties to that organisation (data/FORMAT.md,
 * members_complete): the "only one" filter keeps an organisation that
 * lists all its members, not one that lists only the featured country's. */
static void
test_tie_known (void)
{
  static const char json[] =
    "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
    " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\",\n"
    "   \"url\": \"https://example.org/\", \"retrieved\": \"2026-01-22\", \"licence\": \"CC0-1.0\"}],\n"
    " \"countries\": [{\"id\": \"KZ\", \"iso3\": \"KAZ\", \"name\": {\"en\": \"Kazakhstan\"}, \"source\": \"s\", \"featured\": true},\n"
    "   {\"id\": \"AM\", \"iso3\": \"ARM\", \"name\": {\"en\": \"Armenia\"}, \"source\": \"s\"}],\n"
    " \"organizations\": [{\"id\": \"LISTED\", \"acronym\": \"LISTED\", \"name\": {\"en\": \"Listed\"},\n"
    "   \"kind\": \"economic\", \"source\": \"s\"},\n"
    "   {\"id\": \"ALL\", \"acronym\": \"ALL\", \"name\": {\"en\": \"All\"},\n"
    "   \"kind\": \"economic\", \"source\": \"s\", \"members_complete\": true}],\n"
    " \"memberships\": [{\"id\": \"KZ:LISTED\", \"country\": \"KZ\", \"organization\": \"LISTED\",\n"
    "   \"status\": \"member\", \"from\": \"2015-01-01\", \"source\": \"s\"},\n"
    "   {\"id\": \"KZ:ALL\", \"country\": \"KZ\", \"organization\": \"ALL\",\n"
    "   \"status\": \"member\", \"from\": \"2015-01-01\", \"source\": \"s\"}]}\n";
  const char *countries[] = { "KZ", "AM", NULL };
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const MpOrganization *listed;
  const MpOrganization *all;
  MpTimelineSeries *series;

  add_json (loader, "ties.json", json);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);

  listed = mp_dataset_lookup_organization (dataset, "LISTED");
  all = mp_dataset_lookup_organization (dataset, "ALL");
  g_assert_false (listed->members_complete);
  g_assert_true (all->members_complete);
  g_assert_true (mp_dataset_is_tie_known (dataset, mp_dataset_lookup_country (dataset, "KZ"), listed));
  g_assert_false (mp_dataset_is_tie_known (dataset, mp_dataset_lookup_country (dataset, "AM"), listed));
  g_assert_true (mp_dataset_is_tie_known (dataset, mp_dataset_lookup_country (dataset, "AM"), all));

  series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_UNIQUE, TRUE, 2026.5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->n_rows, ==, 1);
  g_assert_true (series->rows[0].organization == all);
  g_assert_cmpuint (series->n_unique[0], ==, 1);
  mp_timeline_series_free (series);
}

/* A country whose independence the dataset gives no date for (the
 * Factbook's words only, as for France) starts its lane at its first
 * membership, and the time axis with it: not at a year of its own. */
static void
test_timeline_without_independence_date (void)
{
  static const char json[] =
    "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
    " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\",\n"
    "   \"url\": \"https://example.org/\", \"retrieved\": \"2026-01-22\", \"licence\": \"CC0-1.0\"}],\n"
    " \"countries\": [{\"id\": \"FR\", \"iso3\": \"FRA\", \"name\": {\"en\": \"France\"}, \"source\": \"s\",\n"
    "   \"independence\": {\"source\": \"s\", \"note\": \"no official date of independence\"}},\n"
    "   {\"id\": \"KZ\", \"iso3\": \"KAZ\", \"name\": {\"en\": \"Kazakhstan\"}, \"source\": \"s\",\n"
    "   \"independence\": {\"value\": \"1991-12-16\", \"source\": \"s\"}}],\n"
    " \"organizations\": [{\"id\": \"UN\", \"acronym\": \"UN\", \"name\": {\"en\": \"United Nations\"},\n"
    "   \"kind\": \"global\", \"source\": \"s\"}],\n"
    " \"memberships\": [{\"id\": \"FR:UN\", \"country\": \"FR\", \"organization\": \"UN\",\n"
    "   \"status\": \"member\", \"from\": \"1945-10-24\", \"source\": \"s\"},\n"
    "   {\"id\": \"KZ:UN\", \"country\": \"KZ\", \"organization\": \"UN\",\n"
    "   \"status\": \"member\", \"from\": \"1992-03-02\", \"source\": \"s\"}]}\n";
  const char *countries[] = { "FR", "KZ", NULL };
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  MpTimelineSeries *series;
  MpDate un;

  add_json (loader, "undated.json", json);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);

  series = mp_timeline_series_new (dataset, countries, MP_TIMELINE_ALL, TRUE, 2026.5, &error);
  g_assert_no_error (error);
  g_assert_true (mp_date_parse ("1945-10-24", &un));
  g_assert_cmpfloat (series->country_start[0], ==, mp_date_to_fraction (&un));
  g_assert_cmpfloat (series->country_start[1], >, 1991.9);
  /* France's UN seat is on the chart, from its first day. */
  g_assert_cmpfloat (series->start, <=, 1945);
  g_assert_cmpfloat (series->start, >=, 1935);
  mp_timeline_series_free (series);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/dataset/not-regular-file", test_not_regular_file);
  g_test_add_func ("/mp/dataset/tie-known", test_tie_known);
  g_test_add_func ("/mp/dataset/timeline-without-independence-date", test_timeline_without_independence_date);
  g_test_add_func ("/mp/dataset/flag-files", test_flag_files);
  g_test_add_func ("/mp/dataset/broken-links", test_broken_links);
  g_test_add_func ("/mp/dataset/indicator-overlay-keeps-sources", test_indicator_overlay_keeps_sources);

  g_test_add_func ("/mp/dataset/full", test_full);
  g_test_add_func ("/mp/dataset/full-memberships", test_full_memberships);
  g_test_add_func ("/mp/dataset/full-aid", test_full_aid);
  g_test_add_func ("/mp/dataset/full-indicators", test_full_indicators);
  g_test_add_func ("/mp/dataset/minimal", test_minimal);
  g_test_add_func ("/mp/dataset/translated-capital", test_translated_capital);
  g_test_add_func ("/mp/dataset/no-files", test_no_files);
  g_test_add_func ("/mp/dataset/warnings-load", test_warnings_load);
  g_test_add_func ("/mp/dataset/overlay/add-and-override", test_overlay_add_and_override);
  g_test_add_func ("/mp/dataset/overlay/indicator-merge", test_overlay_indicator_merge);
  g_test_add_func ("/mp/dataset/overlay/order-matters", test_overlay_order_matters);
  g_test_add_func ("/mp/dataset/overlay/errors-name-file", test_overlay_errors_name_file);
  g_test_add_func ("/mp/dataset/overlay/same-id-is-not-duplicate", test_overlay_same_id_is_not_duplicate);
  g_test_add_func ("/mp/dataset/async", test_async);
  g_test_add_func ("/mp/dataset/cancel", test_cancel);
  g_test_add_func ("/mp/dataset/too-large", test_too_large);
  g_test_add_func ("/mp/dataset/unreadable", test_unreadable);
  g_test_add_func ("/mp/dataset/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/mp/dataset/depth-limit", test_depth_limit);
  g_test_add_func ("/mp/dataset/invalid-utf8-offsets", test_invalid_utf8_offsets);
  g_test_add_func ("/mp/dataset/partial-periods", test_partial_periods);
  g_test_add_func ("/mp/dataset/lifetime", test_lifetime);
  g_test_add_func ("/mp/dataset/independence-without-date", test_independence_without_date);
  g_test_add_func ("/mp/dataset/enum-strings", test_enum_strings);
  g_test_add_func ("/mp/dataset/problem-to-string", test_problem_to_string);

  return g_test_run ();
}
