/* test-country-search.c
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

#include "mp-country-search.h"
#include "mp-test-data.h"

/* The ids of the countries @query finds, best first, comma-separated. */
static char *
find (MpDataset  *dataset,
      const char *language,
      const char *query)
{
  GPtrArray *countries = mp_dataset_get_countries (dataset);
  g_autoptr(GString) found = g_string_new (NULL);
  guint best = G_MAXUINT;

  /* Best first: by score, then dataset order. */
  while (TRUE)
    {
      guint next = 0;

      for (guint i = 0; i < countries->len; i++)
        {
          const MpCountry *country = g_ptr_array_index (countries, i);
          g_autofree char *key = mp_country_search_key (country, language);
          guint score = mp_country_search_score (key, query);

          if (score < best)
            next = MAX (next, score);
        }
      if (next == 0)
        break;

      for (guint i = 0; i < countries->len; i++)
        {
          const MpCountry *country = g_ptr_array_index (countries, i);
          g_autofree char *key = mp_country_search_key (country, language);

          if (mp_country_search_score (key, query) == next)
            g_string_append_printf (found, "%s%s", found->len > 0 ? "," : "", country->id);
        }
      best = next;
    }

  return g_string_free (g_steal_pointer (&found), FALSE);
}

static void
assert_finds (MpDataset  *dataset,
              const char *language,
              const char *query,
              const char *expected)
{
  g_autofree char *found = find (dataset, language, query);

  if (g_strcmp0 (found, expected) != 0)
    g_error ("searching \"%s\" (%s) found \"%s\", expected \"%s\"", query, language, found, expected);
}

/* @id is among what @query finds. */
static void
assert_finds_among (MpDataset  *dataset,
                    const char *language,
                    const char *query,
                    const char *id)
{
  g_autofree char *found = find (dataset, language, query);
  g_auto(GStrv) ids = g_strsplit (found, ",", -1);

  if (!g_strv_contains ((const char * const *) ids, id))
    g_error ("searching \"%s\" (%s) found \"%s\", not %s", query, language, found, id);
}

static void
test_fold (void)
{
  const struct { const char *text, *folded; } cases[] = {
    { "Türkiye", "turkiye" },
    { "Azərbaycan", "azerbaycan" },
    { "Qazaxıstan", "qazaxistan" },
    { "Қазақстан", "казакстан" },
    { "Әзірбайжан", "азирбаижан" },
    { "Côte d’Ivoire", "cote d ivoire" },
    { "ЁЛКА", "елка" },
    { "İndoneziya", "indoneziya" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = mp_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

/* What people type finds the country they mean, whatever the UI
 * language, with or without the letters of its alphabet. */
static void
test_what_people_type (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_bundled ();

  assert_finds_among (dataset, "en", "turk", "TR");
  assert_finds_among (dataset, "en", "turk", "TM");
  assert_finds (dataset, "en", "turkey", "TR");
  assert_finds_among (dataset, "en", "türk", "TR");
  assert_finds (dataset, "en", "TÜRKIYE", "TR");
  assert_finds (dataset, "tr", "turkiye", "TR");
  assert_finds (dataset, "en", "azerb", "AZ");
  assert_finds (dataset, "az", "azərb", "AZ");
  assert_finds (dataset, "ru", "Азер", "AZ");
  assert_finds (dataset, "kk", "қазақ", "KZ");
  /* Kazakh typed on a Russian keyboard. */
  assert_finds (dataset, "kk", "казак", "KZ");
  /* An other name, and a near miss. */
  assert_finds (dataset, "en", "qazaqstan", "KZ");
  assert_finds (dataset, "en", "kazakstan", "KZ");
  assert_finds (dataset, "en", "south korea", "KR");
  assert_finds (dataset, "en", "korea republic", "KP,KR");
  assert_finds (dataset, "en", "uae", "AE");
  /* Words start where a name's words start: "stan" is not a country. */
  assert_finds (dataset, "en", "stan", "");
  assert_finds (dataset, "en", "xyz", "");
}

/* An ISO code comes first; the name shown in the UI language before
 * names in other languages. */
static void
test_order (void)
{
  g_autoptr(MpDataset) dataset = mp_test_load_bundled ();
  g_autofree char *all = find (dataset, "en", "");
  g_autofree char *south = find (dataset, "en", "south");
  g_autofree char *sa = find (dataset, "en", "sa");

  /* Nothing typed: every country, in the dataset's order. */
  g_assert_cmpint (strlen (all), ==, mp_dataset_get_countries (dataset)->len * 3 - 1);
  /* Every country a class may name, not only the featured ones. */
  g_assert_cmpuint (mp_dataset_get_countries (dataset)->len, >, 200);
  g_assert_true (g_str_has_prefix (south, "KR,ZA") || g_str_has_prefix (south, "ZA,KR"));
  /* "sa": Saudi Arabia's code first, then names with a word "sa…". */
  g_assert_true (g_str_has_prefix (sa, "SA"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/country-search/fold", test_fold);
  g_test_add_func ("/country-search/what-people-type", test_what_people_type);
  g_test_add_func ("/country-search/order", test_order);

  return g_test_run ();
}
