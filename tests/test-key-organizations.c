/* test-key-organizations.c
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

#include "mp-country-facts.h"
#include "mp-dataset-loader.h"
#include "mp-key-organizations.h"
#include "mp-problem.h"

/* Two countries; UN and OTS are key (OTS shared), CIS is key for KZ
 * only, SCO has AZ as a partner (a tie, not a member), COW's long tail
 * (ICAO) is not key, EurAsEC has ended, and AZ chairs NAM. */
static const char dataset_json[] =
  "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
  " \"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\", \"url\": \"https://example.org\",\n"
  "   \"retrieved\": \"2026-12-06\", \"licence\": \"CC0-1.0\"}],\n"
  " \"countries\": [{\"id\": \"AZ\", \"iso3\": \"AZE\", \"name\": {\"en\": \"Azerbaijan\"}, \"source\": \"s\"},\n"
  "   {\"id\": \"KZ\", \"iso3\": \"KAZ\", \"name\": {\"en\": \"Kazakhstan\"}, \"source\": \"s\"}],\n"
  " \"organizations\": [\n"
  "   {\"id\": \"UN\", \"acronym\": \"UN\", \"name\": {\"en\": \"United Nations\"}, \"kind\": \"global\", \"source\": \"s\", \"key\": 1},\n"
  "   {\"id\": \"OTS\", \"acronym\": \"OTS\", \"name\": {\"en\": \"Turkic States\"}, \"kind\": \"regional\", \"source\": \"s\", \"key\": 2},\n"
  "   {\"id\": \"CIS\", \"acronym\": \"CIS\", \"name\": {\"en\": \"CIS\"}, \"kind\": \"regional\", \"source\": \"s\", \"key\": 1},\n"
  "   {\"id\": \"SCO\", \"acronym\": \"SCO\", \"name\": {\"en\": \"SCO\"}, \"kind\": \"security\", \"source\": \"s\", \"key\": 1},\n"
  "   {\"id\": \"NAM\", \"acronym\": \"NAM\", \"name\": {\"en\": \"NAM\"}, \"kind\": \"global\", \"source\": \"s\", \"key\": 2},\n"
  "   {\"id\": \"EAEC\", \"acronym\": \"EurAsEC\", \"name\": {\"en\": \"EurAsEC\"}, \"kind\": \"economic\", \"source\": \"s\", \"key\": 5},\n"
  "   {\"id\": \"ICAO\", \"acronym\": \"ICAO\", \"name\": {\"en\": \"ICAO\"}, \"kind\": \"global\", \"source\": \"s\"}],\n"
  " \"memberships\": [\n"
  "   {\"id\": \"AZ:UN\", \"country\": \"AZ\", \"organization\": \"UN\", \"status\": \"member\", \"from\": \"1992-03-02\", \"source\": \"s\"},\n"
  "   {\"id\": \"KZ:UN\", \"country\": \"KZ\", \"organization\": \"UN\", \"status\": \"member\", \"from\": \"1992-03-02\", \"source\": \"s\"},\n"
  "   {\"id\": \"AZ:OTS\", \"country\": \"AZ\", \"organization\": \"OTS\", \"status\": \"founding-member\", \"from\": \"2009-10-03\", \"source\": \"s\"},\n"
  "   {\"id\": \"KZ:OTS\", \"country\": \"KZ\", \"organization\": \"OTS\", \"status\": \"founding-member\", \"from\": \"2009-10-03\", \"source\": \"s\"},\n"
  "   {\"id\": \"KZ:OTS:chair\", \"country\": \"KZ\", \"organization\": \"OTS\", \"status\": \"chair\", \"from\": \"2023\", \"source\": \"s\"},\n"
  "   {\"id\": \"KZ:CIS\", \"country\": \"KZ\", \"organization\": \"CIS\", \"status\": \"founding-member\", \"from\": \"1991-12-21\", \"source\": \"s\"},\n"
  "   {\"id\": \"AZ:SCO\", \"country\": \"AZ\", \"organization\": \"SCO\", \"status\": \"partner\", \"from\": \"2016-03-14\", \"source\": \"s\"},\n"
  "   {\"id\": \"KZ:SCO\", \"country\": \"KZ\", \"organization\": \"SCO\", \"status\": \"founding-member\", \"from\": \"2001-06-15\", \"source\": \"s\"},\n"
  "   {\"id\": \"AZ:NAM:chair\", \"country\": \"AZ\", \"organization\": \"NAM\", \"status\": \"chair\", \"from\": \"2019-10-25\", \"source\": \"s\"},\n"
  "   {\"id\": \"KZ:EAEC\", \"country\": \"KZ\", \"organization\": \"EAEC\", \"status\": \"member\", \"from\": \"2000\", \"to\": \"2014-12-31\", \"source\": \"s\"},\n"
  "   {\"id\": \"AZ:ICAO\", \"country\": \"AZ\", \"organization\": \"ICAO\", \"status\": \"member\", \"from\": \"1992\", \"source\": \"s\"}]}\n";

static MpDataset *
load_dataset (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (dataset_json, sizeof dataset_json - 1);
  MpDataset *dataset;

  mp_dataset_loader_add_bytes (loader, "key.json", bytes);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);

  return dataset;
}

static void
test_compare (void)
{
  g_autoptr(MpDataset) dataset = load_dataset ();
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpKeyOrganizations) keys = mp_key_organizations_new (dataset, countries);
  const char *order[] = { "UN", "CIS", "OTS", "SCO" };
  const MpMembership *m;

  /* Key ties today only (no ICAO, no ended EurAsEC, no chair-only NAM),
   * grouped by kind, then by rank. */
  g_assert_cmpuint (mp_key_organizations_get_n (keys), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (mp_key_organizations_get (keys, i)->id, ==, order[i]);

  g_assert_true (mp_key_organizations_is_shared (keys, 0));   /* UN */
  g_assert_false (mp_key_organizations_is_shared (keys, 1));  /* CIS: KZ only */
  g_assert_true (mp_key_organizations_is_shared (keys, 2));   /* OTS */
  g_assert_false (mp_key_organizations_is_shared (keys, 3));  /* SCO: AZ a partner */

  g_assert_null (mp_key_organizations_get_membership (keys, 1, 0));
  m = mp_key_organizations_get_membership (keys, 3, 0);
  g_assert_nonnull (m);
  g_assert_cmpint (m->status, ==, MP_MEMBERSHIP_PARTNER);
  /* The membership, not KZ's chair period on top of it. */
  m = mp_key_organizations_get_membership (keys, 2, 1);
  g_assert_cmpstr (m->id, ==, "KZ:OTS");

  g_assert_cmpuint (mp_key_organizations_count_member (keys, 0), ==, 2);
  g_assert_cmpuint (mp_key_organizations_count_member (keys, 1), ==, 4);
  g_assert_cmpuint (mp_key_organizations_count_shared (keys), ==, 2);
}

static void
test_one_country (void)
{
  g_autoptr(MpDataset) dataset = load_dataset ();
  const char *countries[] = { "AZ", NULL };
  const char *none[] = { NULL };
  const char *unknown[] = { "AZ", "XX", NULL };
  g_autoptr(MpKeyOrganizations) keys = mp_key_organizations_new (dataset, countries);
  g_autoptr(MpKeyOrganizations) empty = mp_key_organizations_new (dataset, none);
  g_autoptr(MpKeyOrganizations) with_unknown = mp_key_organizations_new (dataset, unknown);

  g_assert_cmpuint (mp_key_organizations_get_n (keys), ==, 3);
  g_assert_cmpuint (mp_key_organizations_count_shared (keys), ==, 2);
  g_assert_cmpuint (mp_key_organizations_get_n (empty), ==, 0);
  g_assert_cmpuint (mp_key_organizations_count_shared (empty), ==, 0);
  /* A country the dataset does not have shares nothing. */
  g_assert_cmpuint (mp_key_organizations_count_shared (with_unknown), ==, 0);
  g_assert_cmpuint (mp_key_organizations_count_member (with_unknown, 1), ==, 0);
}

/* Without any "key" rank, every organization is key: a teacher's
 * dataset is not shown as all long tail. */
static void
test_no_ranks (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(GString) json = g_string_new (dataset_json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(MpKeyOrganizations) keys = NULL;
  const char *countries[] = { "AZ", "KZ", NULL };

  for (int rank = 1; rank <= 5; rank++)
    {
      g_autofree char *member = g_strdup_printf (", \"key\": %d}", rank);

      g_string_replace (json, member, "}", 0);
    }
  g_assert_null (strstr (json->str, "\"key\""));

  bytes = g_bytes_new (json->str, json->len);
  mp_dataset_loader_add_bytes (loader, "no-key.json", bytes);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  keys = mp_key_organizations_new (dataset, countries);

  /* ICAO (AZ) joins the four; ended and chair-only ties stay out. */
  g_assert_cmpuint (mp_key_organizations_get_n (keys), ==, 5);
  g_assert_cmpuint (mp_key_organizations_count_member (keys, 0), ==, 3);
}

static void
test_bad_key (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autofree char *json = g_strdup (dataset_json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_autofree char *problem = NULL;
  char *at = strstr (json, "\"key\": 1}");

  g_assert_nonnull (at);
  memcpy (at, "\"key\": 0}", strlen ("\"key\": 0}"));
  bytes = g_bytes_new (json, strlen (json));
  mp_dataset_loader_add_bytes (loader, "bad-key.json", bytes);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_null (dataset);
  g_assert_cmpuint (mp_dataset_loader_get_n_errors (loader), ==, 1);
  problem = mp_problem_to_string (g_ptr_array_index (mp_dataset_loader_get_problems (loader), 0));
  g_assert_nonnull (strstr (problem, "organizations[0].key"));
}

static char *
memberships_line (MpDataset          *dataset,
                  const char         *country_id,
                  const char * const *compared)
{
  MpCountryFact facts[MP_N_FACTS];
  char *text;

  mp_country_facts_compute_compared (dataset, mp_dataset_lookup_country (dataset, country_id),
                                     compared, facts);
  text = g_strdup (facts[MP_FACT_MEMBERSHIPS].text);
  mp_country_facts_clear (facts);

  return text;
}

/* The card's line: the key organizations a country is a member of (not
 * SCO, where AZ is only a partner; not ICAO, the long tail) and those
 * both countries on screen are members of (UN and OTS). */
static void
test_card_line (void)
{
  g_autoptr(MpDataset) dataset = load_dataset ();
  const char *both[] = { "AZ", "KZ", NULL };
  const char *az_only[] = { "AZ", NULL };
  g_autofree char *az = memberships_line (dataset, "AZ", both);
  g_autofree char *kz = memberships_line (dataset, "KZ", both);
  g_autofree char *alone = memberships_line (dataset, "AZ", az_only);
  g_autofree char *uncompared = memberships_line (dataset, "KZ", NULL);

  g_assert_cmpstr (az, ==, "2 key organizations · 2 shared");
  g_assert_cmpstr (kz, ==, "4 key organizations · 2 shared");
  g_assert_cmpstr (alone, ==, "2 key organizations");
  g_assert_cmpstr (uncompared, ==, "4 key organizations");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/key-organizations/compare", test_compare);
  g_test_add_func ("/key-organizations/card-line", test_card_line);
  g_test_add_func ("/key-organizations/one-country", test_one_country);
  g_test_add_func ("/key-organizations/no-ranks", test_no_ranks);
  g_test_add_func ("/key-organizations/bad-key", test_bad_key);

  return g_test_run ();
}
