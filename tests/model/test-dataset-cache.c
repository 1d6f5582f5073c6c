/* test-dataset-cache.c
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

/* The pre-parsed copy of the bundled dataset: current, identical to the
 * JSON, and never used when it does not match. */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "mp-dataset-cache.h"
#include "mp-dataset-loader.h"
#include "mp-dataset-private.h"
#include "mp-dataset-schema.h"

#define PREFIX "/io/github/middlepowers/MiddlePowers/datasets/"

static GBytes *
resource (const char *name)
{
  g_autofree char *path = g_strconcat (PREFIX, name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
test_current (void)
{
  g_autoptr(GBytes) json = resource ("middle-powers.json");
  g_autoptr(GBytes) cache = resource ("middle-powers.cache");
  g_autofree char *checksum = mp_dataset_cache_fingerprint (json);
  g_autoptr(MpDataset) dataset = _mp_dataset_new ();

  /* Fails when data/middle-powers.json changed without its cache: run
   * build/tools/mp-dataset-cache data/middle-powers.json data/middle-powers.cache */
  g_assert_true (_mp_dataset_cache_put (dataset, cache, checksum, 0));
}

static void
test_same_records (void)
{
  g_autoptr(GBytes) json = resource ("middle-powers.json");
  g_autoptr(MpDatasetLoader) from_json = mp_dataset_loader_new ();
  g_autoptr(MpDatasetLoader) from_cache = mp_dataset_loader_new ();
  g_autoptr(MpDataset) a = NULL;
  g_autoptr(MpDataset) b = NULL;
  g_autoptr(GBytes) sa = NULL;
  g_autoptr(GBytes) sb = NULL;

  /* Bytes given directly are always parsed; the bundled input uses the cache. */
  mp_dataset_loader_add_bytes (from_json, "middle-powers.json", json);
  mp_dataset_loader_add_bundled (from_cache);
  a = mp_dataset_loader_load (from_json, NULL);
  b = mp_dataset_loader_load (from_cache, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);

  g_assert_cmpuint (mp_dataset_get_memberships (a)->len, ==, mp_dataset_get_memberships (b)->len);
  g_assert_cmpuint (mp_dataset_get_indicators (a)->len, ==, mp_dataset_get_indicators (b)->len);

  /* Every record, field by field: their serialisations are equal. */
  sa = mp_dataset_cache_serialize (a, "x");
  sb = mp_dataset_cache_serialize (b, "x");
  g_assert_true (g_bytes_equal (sa, sb));

  g_assert_cmpstr (mp_dataset_lookup_country (b, "KZ")->capital.text, ==, "Astana");
  g_assert_cmpint (mp_dataset_lookup_membership (b, "AZ:cow:iexb")->confirmed_until.year, ==, 2014);
}

/* One record of each kind with every field of mp-dataset-schema.h given,
 * and none at its default (0, NULL, an enum's first value): a member the
 * cache leaves out, or fills from another column, differs below. */
static const char every_field_json[] =
  "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
  " \"sources\": [{\"id\": \"src\", \"title\": \"Title\", \"publisher\": \"Publisher\",\n"
  "   \"url\": \"https://example.org/\", \"retrieved\": \"2020-02-03\", \"licence\": \"CC0-1.0\",\n"
  "   \"retrieved_unknown\": true, \"note\": \"Source note\"}],\n"
  " \"countries\": [{\"id\": \"KZ\", \"iso3\": \"KAZ\",\n"
  "   \"name\": {\"en\": \"Kazakhstan\", \"kk\": \"Қазақстан\"},\n"
  "   \"official_name\": {\"en\": \"Republic of Kazakhstan\", \"ru\": \"Республика Казахстан\"},\n"
  "   \"other_names\": [\"Kazakstan\", \"Qazaqstan\"], \"featured\": true,\n"
  "   \"flag\": \"" RESOURCE_PREFIX "/flags/KZ.svg\", \"source\": \"src\",\n"
  "   \"capital\": {\"value\": {\"en\": \"Astana\", \"kk\": \"Астана\"}, \"source\": \"src\",\n"
  "     \"status\": \"estimate\", \"year\": 2019,\n"
  "     \"note\": \"Capital note\"},\n"
  "   \"area_km2\": {\"value\": 2724900.5, \"source\": \"src\", \"status\": \"preliminary\", \"year\": 2018,\n"
  "     \"note\": \"Area note\"},\n"
  "   \"independence\": {\"value\": \"1991-12-16\", \"source\": \"src\", \"status\": \"derived\",\n"
  "     \"year\": 1991, \"note\": \"Independence note\"},\n"
  "   \"subregion\": {\"value\": \"Central Asia\", \"source\": \"src\", \"status\": \"estimate\", \"year\": 2024,\n"
  "     \"note\": \"Subregion note\"},\n"
  "   \"note\": \"Country note\"}],\n"
  " \"organizations\": [{\"id\": \"ORG\", \"acronym\": \"Org\", \"name\": {\"en\": \"Organization\"},\n"
  "   \"kind\": \"security\", \"founded\": \"1945-10\", \"url\": \"https://example.org/org\",\n"
  "   \"source\": \"src\", \"key\": 3, \"acronyms\": {\"en\": \"Org\", \"ru\": \"Орг\"},\n"
  "   \"note\": \"Russian acronym translated by us.\", \"members_complete\": true}],\n"
  " \"memberships\": [{\"id\": \"KZ:ORG\", \"country\": \"KZ\", \"organization\": \"ORG\",\n"
  "   \"status\": \"observer\", \"from\": \"1992-03-02\", \"to\": \"2021-06\", \"source\": \"src\",\n"
  "   \"precision\": \"month\", \"note\": \"Membership note\", \"confirmed_until\": \"2014\"}],\n"
  " \"aid\": [{\"id\": \"KZ:aid\", \"donor\": \"KZ\", \"year\": 2022, \"first_year\": 2020,\n"
  "   \"amount_usd\": 1234567.25, \"measure\": \"cumulative\", \"recipient\": \"Recipient\",\n"
  "   \"purpose\": \"Purpose\", \"status\": \"announced\", \"source\": \"src\", \"note\": \"Aid note\",\n"
  "   \"lower_bound\": true}],\n"
  " \"indicators\": [{\"id\": \"ind\", \"name\": {\"en\": \"Indicator\"}, \"unit\": \"percent\",\n"
  "   \"source\": \"src\", \"status\": \"statement\", \"note\": \"Indicator note\",\n"
  "   \"series\": {\"KZ\": [[2019, 1.5], [2021, -2.25]]}}]}\n";

static void
assert_covers (JsonObject    *object,
               const char    *where,
               const MpField *fields,
               guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (!json_object_has_member (object, fields[i].name))
        {
          g_test_fail_printf ("the test record of %s has no \"%s\"", where, fields[i].name);
          continue;
        }

      if (fields[i].type == MP_FIELD_FACT_TEXT || fields[i].type == MP_FIELD_FACT_NUMBER ||
          fields[i].type == MP_FIELD_FACT_DATE)
        assert_covers (json_object_get_object_member (object, fields[i].name), fields[i].name,
                       mp_fact_fields (fields[i].type), MP_FACT_N_FIELDS);
    }
}

static void
assert_same_string (const char *loaded,
                    const char *cached)
{
  g_assert_nonnull (loaded);
  g_assert_cmpstr (loaded, ==, cached);
}

static void
append_pair_cb (const char *lang,
                const char *value,
                gpointer    user_data)
{
  g_string_append_printf (user_data, "%s=%s;", lang, value);
}

static void
assert_same_text (const MpText *loaded,
                  const MpText *cached)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);

  g_assert_nonnull (loaded);
  g_assert_nonnull (cached);
  mp_text_foreach (loaded, append_pair_cb, a);
  mp_text_foreach (cached, append_pair_cb, b);
  g_assert_cmpstr (a->str, ==, b->str);
}

static void
assert_same_date (const MpDate *loaded,
                  const MpDate *cached)
{
  g_assert_cmpint (loaded->year, !=, 0);
  g_assert_cmpint (loaded->year, ==, cached->year);
  g_assert_cmpuint (loaded->month, ==, cached->month);
  g_assert_cmpuint (loaded->day, ==, cached->day);
}

static void
assert_same_fact (const MpFact *loaded,
                  const MpFact *cached)
{
  g_assert_true (loaded->present);
  g_assert_true (cached->present);
  g_assert_cmpfloat (loaded->number, ==, cached->number);
  g_assert_cmpstr (loaded->text, ==, cached->text);
  g_assert_cmpint (loaded->date.year, ==, cached->date.year);
  g_assert_cmpuint (loaded->date.month, ==, cached->date.month);
  g_assert_cmpuint (loaded->date.day, ==, cached->date.day);
  g_assert_cmpint (loaded->year, !=, 0);
  g_assert_cmpint (loaded->year, ==, cached->year);
  g_assert_cmpint (loaded->status, !=, MP_VALUE_FINAL);
  g_assert_cmpint (loaded->status, ==, cached->status);
  assert_same_string (loaded->source, cached->source);
  assert_same_string (loaded->note, cached->note);
}

static void
test_every_field (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = g_bytes_new_static (every_field_json, strlen (every_field_json));
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) a = NULL;
  g_autoptr(MpDataset) b = _mp_dataset_new ();
  g_autoptr(GBytes) cache = NULL;
  static const char *sections[MP_N_RECORD_KINDS] = {
    "sources", "countries", "organizations", "memberships", "aid", "indicators",
  };
  const MpSource *sa, *sb;
  const MpCountry *ca, *cb;
  const MpOrganization *oa, *ob;
  const MpMembership *ma, *mb;
  const MpAid *aa, *ab;
  const MpIndicator *ia, *ib;

  /* A field added to the schema is added here too. */
  json_parser_load_from_data (parser, every_field_json, -1, &error);
  g_assert_no_error (error);
  for (guint kind = 0; kind < MP_N_RECORD_KINDS; kind++)
    {
      JsonObject *root = json_node_get_object (json_parser_get_root (parser));
      JsonArray *records = json_object_get_array_member (root, sections[kind]);

      assert_covers (json_array_get_object_element (records, 0), sections[kind],
                     mp_record_schemas[kind].fields, mp_record_schemas[kind].n_fields);
    }

  /* a: from the JSON; b: from a's cache. */
  mp_dataset_loader_add_bytes (loader, "every-field.json", json);
  a = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (a);
  g_assert_cmpuint (mp_dataset_loader_get_problems (loader)->len, ==, 0);

  cache = mp_dataset_cache_serialize (a, "every-field");
  g_assert_true (_mp_dataset_cache_put (b, cache, "every-field", 0));
  _mp_dataset_finish (b);

  /* Member by member, as mp-records.h declares them: not through the
   * schema, which is what is checked. */
  sa = mp_dataset_lookup_source (a, "src");
  sb = mp_dataset_lookup_source (b, "src");
  g_assert_nonnull (sb);
  assert_same_string (sa->id, sb->id);
  assert_same_string (sa->title, sb->title);
  assert_same_string (sa->publisher, sb->publisher);
  assert_same_string (sa->url, sb->url);
  assert_same_date (&sa->retrieved, &sb->retrieved);
  g_assert_true (sa->retrieved_unknown);
  g_assert_true (sb->retrieved_unknown);
  assert_same_string (sa->licence, sb->licence);
  assert_same_string (sa->note, sb->note);

  ca = mp_dataset_lookup_country (a, "KZ");
  cb = mp_dataset_lookup_country (b, "KZ");
  g_assert_nonnull (cb);
  assert_same_string (ca->id, cb->id);
  assert_same_string (ca->iso3, cb->iso3);
  assert_same_text (ca->name, cb->name);
  assert_same_text (ca->official_name, cb->official_name);
  g_assert_cmpstr (ca->other_names, ==, "Kazakstan\nQazaqstan");
  assert_same_string (ca->other_names, cb->other_names);
  g_assert_true (ca->featured);
  g_assert_true (cb->featured);
  assert_same_string (ca->flag, cb->flag);
  assert_same_string (ca->source, cb->source);
  assert_same_fact (&ca->capital, &cb->capital);
  g_assert_cmpstr (ca->capital.text, ==, "Astana");
  assert_same_text (ca->capital.texts, cb->capital.texts);
  g_assert_cmpstr (mp_text_get (cb->capital.texts, "kk"), ==, "Астана");
  assert_same_fact (&ca->area_km2, &cb->area_km2);
  g_assert_cmpfloat (ca->area_km2.number, !=, 0);
  assert_same_fact (&ca->independence, &cb->independence);
  g_assert_cmpint (ca->independence.date.year, !=, 0);
  assert_same_fact (&ca->subregion, &cb->subregion);
  g_assert_cmpstr (cb->subregion.text, ==, "Central Asia");
  g_assert_cmpstr (ca->note, ==, "Country note");
  assert_same_string (ca->note, cb->note);

  oa = mp_dataset_lookup_organization (a, "ORG");
  ob = mp_dataset_lookup_organization (b, "ORG");
  g_assert_nonnull (ob);
  assert_same_string (oa->id, ob->id);
  assert_same_string (oa->acronym, ob->acronym);
  assert_same_text (oa->name, ob->name);
  g_assert_cmpint (oa->kind, !=, 0);
  g_assert_cmpint (oa->kind, ==, ob->kind);
  assert_same_date (&oa->founded, &ob->founded);
  assert_same_string (oa->url, ob->url);
  assert_same_string (oa->source, ob->source);
  g_assert_cmpint (oa->key, ==, 3);
  g_assert_cmpint (oa->key, ==, ob->key);
  assert_same_text (oa->acronyms, ob->acronyms);
  g_assert_cmpstr (mp_organization_get_acronym (ob, "ru"), ==, "Орг");
  g_assert_cmpstr (mp_organization_get_acronym (ob, "tr"), ==, "Org");
  assert_same_string (oa->note, ob->note);
  g_assert_nonnull (ob->note);

  ma = mp_dataset_lookup_membership (a, "KZ:ORG");
  mb = mp_dataset_lookup_membership (b, "KZ:ORG");
  g_assert_nonnull (mb);
  assert_same_string (ma->id, mb->id);
  assert_same_string (ma->country, mb->country);
  assert_same_string (ma->organization, mb->organization);
  g_assert_cmpint (ma->status, !=, 0);
  g_assert_cmpint (ma->status, ==, mb->status);
  assert_same_date (&ma->from, &mb->from);
  assert_same_date (&ma->to, &mb->to);
  assert_same_date (&ma->confirmed_until, &mb->confirmed_until);
  g_assert_cmpint (ma->precision, !=, 0);
  g_assert_cmpint (ma->precision, ==, mb->precision);
  assert_same_string (ma->source, mb->source);
  assert_same_string (ma->note, mb->note);

  aa = mp_dataset_lookup_aid (a, "KZ:aid");
  ab = mp_dataset_lookup_aid (b, "KZ:aid");
  g_assert_nonnull (ab);
  assert_same_string (aa->id, ab->id);
  assert_same_string (aa->donor, ab->donor);
  g_assert_cmpint (aa->year, !=, 0);
  g_assert_cmpint (aa->year, ==, ab->year);
  g_assert_cmpint (aa->first_year, !=, 0);
  g_assert_cmpint (aa->first_year, ==, ab->first_year);
  g_assert_cmpfloat (aa->amount_usd, !=, 0);
  g_assert_cmpfloat (aa->amount_usd, ==, ab->amount_usd);
  g_assert_cmpint (aa->measure, !=, 0);
  g_assert_cmpint (aa->measure, ==, ab->measure);
  assert_same_string (aa->recipient, ab->recipient);
  assert_same_string (aa->purpose, ab->purpose);
  g_assert_cmpint (aa->status, !=, 0);
  g_assert_cmpint (aa->status, ==, ab->status);
  assert_same_string (aa->source, ab->source);
  assert_same_string (aa->note, ab->note);
  g_assert_true (aa->lower_bound);
  g_assert_true (ab->lower_bound);

  ia = mp_dataset_lookup_indicator (a, "ind");
  ib = mp_dataset_lookup_indicator (b, "ind");
  g_assert_nonnull (ib);
  assert_same_string (ia->id, ib->id);
  assert_same_text (ia->name, ib->name);
  g_assert_cmpint (ia->unit, !=, 0);
  g_assert_cmpint (ia->unit, ==, ib->unit);
  assert_same_string (ia->source, ib->source);
  g_assert_cmpint (ia->status, !=, 0);
  g_assert_cmpint (ia->status, ==, ib->status);
  assert_same_string (ia->note, ib->note);
  g_assert_cmpuint (ia->n_series, ==, 1);
  g_assert_cmpuint (ib->n_series, ==, ia->n_series);
  assert_same_string (ia->series[0].country, ib->series[0].country);
  g_assert_cmpuint (ia->series[0].n_points, ==, 2);
  g_assert_cmpuint (ib->series[0].n_points, ==, ia->series[0].n_points);
  for (guint i = 0; i < ia->series[0].n_points; i++)
    {
      g_assert_cmpint (ia->series[0].points[i].year, ==, ib->series[0].points[i].year);
      g_assert_cmpfloat (ia->series[0].points[i].value, ==, ib->series[0].points[i].value);
    }
  assert_same_string (ia->series[0].source, ib->series[0].source);
  g_assert_cmpint (ia->series[0].status, ==, ib->series[0].status);
}

static void
test_not_used_when_stale (void)
{
  g_autoptr(GBytes) cache = resource ("middle-powers.cache");
  g_autoptr(MpDataset) dataset = _mp_dataset_new ();
  g_autoptr(GBytes) garbage = g_bytes_new_static ("not a cache at all", 18);
  g_autoptr(MpDataset) other = _mp_dataset_new ();

  g_assert_false (_mp_dataset_cache_put (dataset, cache, "0000", 0));
  g_assert_false (_mp_dataset_cache_put (other, garbage, "0000", 0));
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) json = resource ("middle-powers.json");
  g_autoptr(GBytes) cache = resource ("middle-powers.cache");
  g_autofree char *checksum = mp_dataset_cache_fingerprint (json);
  gsize size = g_bytes_get_size (cache);

  /* Cut short, or with a run of bytes overwritten: refused whole, and
   * nothing is put into the dataset. */
  for (guint trial = 0; trial < 2; trial++)
    {
      g_autoptr(MpDataset) dataset = _mp_dataset_new ();
      g_autoptr(GBytes) damaged = NULL;

      if (trial == 0)
        damaged = g_bytes_new_from_bytes (cache, 0, size / 2);
      else
        {
          guint8 *copy = g_memdup2 (g_bytes_get_data (cache, NULL), size);

          /* Somewhere in the string offsets and row tables. */
          memset (copy + size / 3, 0xff, 4096);
          damaged = g_bytes_new_take (copy, size);
        }

      g_assert_false (_mp_dataset_cache_put (dataset, damaged, checksum, 0));
      _mp_dataset_finish (dataset);
      g_assert_cmpuint (mp_dataset_get_sources (dataset)->len, ==, 0);
      g_assert_cmpuint (mp_dataset_get_memberships (dataset)->len, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/dataset-cache/current", test_current);
  g_test_add_func ("/mp/dataset-cache/same-records", test_same_records);
  g_test_add_func ("/mp/dataset-cache/every-field", test_every_field);
  g_test_add_func ("/mp/dataset-cache/not-used-when-stale", test_not_used_when_stale);
  g_test_add_func ("/mp/dataset-cache/damaged", test_damaged);

  return g_test_run ();
}
