/* test-bundled.c
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

#include "mp-dataset-loader.h"

/* Known facts of the bundled dataset (data/middle-powers.json, from
 * the sources it cites). */

static MpDataset *dataset;

static const MpMembership *
find_membership (const char *country,
                 const char *organization)
{
  GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country);
  const MpMembership *found = NULL;

  for (guint i = 0; i < memberships->len; i++)
    {
      const MpMembership *membership = g_ptr_array_index (memberships, i);

      if (g_str_equal (membership->organization, organization) && membership->status != MP_MEMBERSHIP_CHAIR)
        {
          g_assert_null (found);
          found = membership;
        }
    }

  return found;
}

static void
assert_date (const MpDate *date,
             const char   *expected)
{
  g_autofree char *text = mp_date_to_string (date);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_loads_without_errors (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) loaded = NULL;
  GPtrArray *problems;

  mp_dataset_loader_add_bundled (loader);
  loaded = mp_dataset_loader_load (loader, NULL);
  problems = mp_dataset_loader_get_problems (loader);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = mp_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("%s", line);
    }

  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 0);
  g_assert_nonnull (loaded);
  g_assert_nonnull (mp_dataset_lookup_country (loaded, "AZ"));
  g_assert_nonnull (mp_dataset_lookup_country (loaded, "KZ"));

  dataset = g_steal_pointer (&loaded);
}

/* What main() preloads on a worker thread is the same dataset, taken
 * once by the first window. */
static void
test_preloaded (void)
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDatasetLoader) again = NULL;
  g_autoptr(MpDataset) preloaded = NULL;

  g_assert_nonnull (dataset);
  g_assert_null (mp_dataset_loader_take_preloaded_bundled (&again));

  mp_dataset_loader_preload_bundled ();
  preloaded = mp_dataset_loader_take_preloaded_bundled (&loader);
  g_assert_nonnull (preloaded);
  g_assert_nonnull (loader);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (mp_dataset_get_countries (preloaded)->len, ==, mp_dataset_get_countries (dataset)->len);
  g_assert_cmpuint (mp_dataset_get_memberships (preloaded)->len, ==, mp_dataset_get_memberships (dataset)->len);
  g_assert_cmpstr (mp_dataset_lookup_country (preloaded, "KZ")->id, ==, "KZ");

  g_assert_null (mp_dataset_loader_take_preloaded_bundled (&again));
  g_assert_null (again);
}

static void
test_un_members (void)
{
  const MpMembership *az, *kz;

  g_assert_nonnull (dataset);

  az = find_membership ("AZ", "UN");
  kz = find_membership ("KZ", "UN");
  g_assert_nonnull (az);
  g_assert_nonnull (kz);
  g_assert_cmpint (az->status, ==, MP_MEMBERSHIP_MEMBER);
  g_assert_cmpint (kz->status, ==, MP_MEMBERSHIP_MEMBER);
  assert_date (&az->from, "1992-03-02");
  assert_date (&kz->from, "1992-03-02");
  g_assert_false (mp_date_is_set (&az->to));
  g_assert_false (mp_date_is_set (&kz->to));
  g_assert_nonnull (mp_dataset_lookup_source (dataset, az->source));
  g_assert_nonnull (mp_dataset_lookup_source (dataset, kz->source));
}

static void
test_kazakhstan_wto (void)
{
  const MpMembership *kz;

  g_assert_nonnull (dataset);

  kz = find_membership ("KZ", "WTO");
  g_assert_nonnull (kz);
  g_assert_cmpint (kz->status, ==, MP_MEMBERSHIP_MEMBER);
  assert_date (&kz->from, "2015-11-30");
  g_assert_false (mp_date_is_set (&kz->to));
}

/* Azerbaijan signed the Collective Security Treaty and left it in 1999
 * (it did not renew it). */
static void
test_azerbaijan_collective_security (void)
{
  const MpOrganization *organization = NULL;
  GPtrArray *organizations;
  const MpMembership *az;

  g_assert_nonnull (dataset);

  organizations = mp_dataset_get_organizations (dataset);
  for (guint i = 0; i < organizations->len; i++)
    {
      const MpOrganization *candidate = g_ptr_array_index (organizations, i);

      if (g_str_has_prefix (mp_text_get (candidate->name, "en"), "Collective Security Treaty"))
        organization = candidate;
    }
  g_assert_nonnull (organization);

  az = find_membership ("AZ", organization->id);
  g_assert_nonnull (az);
  g_assert_true (mp_date_is_set (&az->to));
  g_assert_cmpint (az->to.year, ==, 1999);
  g_assert_cmpint (mp_date_compare (&az->from, &az->to), <, 0);
}

static void
test_azerbaijan_oda_2022_preliminary (void)
{
  g_autoptr(GPtrArray) aid = NULL;
  const MpAid *total = NULL;

  g_assert_nonnull (dataset);

  aid = mp_dataset_find_aid (dataset, "AZ", 2022);
  for (guint i = 0; i < aid->len; i++)
    {
      const MpAid *record = g_ptr_array_index (aid, i);

      if (record->measure == MP_AID_TOTAL_ODA)
        {
          g_assert_null (total);
          total = record;
        }
    }

  g_assert_nonnull (total);
  g_assert_cmpint (total->status, ==, MP_VALUE_PRELIMINARY);
  g_assert_cmpfloat (total->amount_usd, >, 0);
  g_assert_nonnull (mp_dataset_lookup_source (dataset, total->source));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  /* The first case loads the dataset the others read. */
  g_test_add_func ("/mp/bundled/loads-without-errors", test_loads_without_errors);
  g_test_add_func ("/mp/bundled/preloaded", test_preloaded);
  g_test_add_func ("/mp/bundled/un-members-since-1992-03-02", test_un_members);
  g_test_add_func ("/mp/bundled/kazakhstan-wto-2015-11-30", test_kazakhstan_wto);
  g_test_add_func ("/mp/bundled/azerbaijan-collective-security-ends-1999", test_azerbaijan_collective_security);
  g_test_add_func ("/mp/bundled/azerbaijan-oda-2022-preliminary", test_azerbaijan_oda_2022_preliminary);

  result = g_test_run ();

  g_clear_object (&dataset);

  return result;
}
