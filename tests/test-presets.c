/* test-presets.c
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

/* The presets a teacher picks from: each group's members as the data
 * say (a UN M49 sub-region, a named group, today's full members of an
 * organization), each with a line that says what it is. */

#include "config.h"

#include <string.h>

#include "mp-limits.h"
#include "mp-presets.h"
#include "mp-test-data.h"

static MpDataset *dataset;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* @preset gives exactly @expected (in any order: the dataset's order is
 * by English name, which the locale collates), and no country twice. */
static void
assert_members (MpDataset  *data,
                const char *preset,
                const char *expected)
{
  g_auto(GStrv) got = mp_presets_get_countries (data, preset);
  g_auto(GStrv) want = *expected != '\0' ? g_strsplit (expected, ",", -1) : g_new0 (char *, 1);
  guint n = g_strv_length (got);

  qsort (got, n, sizeof (char *), compare_ids);
  qsort (want, g_strv_length (want), sizeof (char *), compare_ids);
  if (!g_strv_equal ((const char * const *) got, (const char * const *) want))
    {
      g_autofree char *got_text = g_strjoinv (",", got);

      g_error ("preset %s: got %s, expected %s", preset, got_text, expected);
    }
}

/* Every preset has a name and a line that explains it, and is found by
 * its id. */
static void
test_described (void)
{
  guint n = 0;
  const MpPreset *presets = mp_presets_get_all (&n);

  g_assert_cmpuint (n, >=, 9);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (presets[i].label != NULL && *presets[i].label != '\0');
      g_assert_true (presets[i].explanation != NULL && *presets[i].explanation != '\0');
      /* One line. */
      g_assert_null (strchr (presets[i].explanation, '\n'));
      g_assert_true (mp_presets_lookup (presets[i].id) == &presets[i]);
    }
  g_assert_null (mp_presets_lookup ("atlantis"));
  assert_members (dataset, "atlantis", "");
}

/* Each group's members, from a fixture that has what could go wrong:
 * observers (Hungary and Turkmenistan in the OTS), a chair period on
 * top of a membership (Saudi Arabia in the GCC), a G20 member that is
 * not featured (Germany), an ended membership (Georgia in the CIS), and
 * every country's sub-region. */
static void
test_members (void)
{
  /* The UN M49 sub-region. */
  assert_members (dataset, "central-asia", "KZ,KG,TJ,TM,UZ");
  /* A named group: Armenia, Azerbaijan, Georgia (M49 has them in
   * Western Asia, with Türkiye and the Gulf). */
  assert_members (dataset, "south-caucasus", "AM,AZ,GE");
  assert_members (dataset, "central-asia-caucasus", "AM,AZ,GE,KZ,KG,TJ,TM,UZ");
  /* Today's full members; observers are not. */
  assert_members (dataset, "ots", "AZ,KZ,KG,TR,UZ");
  assert_members (dataset, "gulf", "SA,QA,AE,BH,KW,OM");
  /* Featured countries only: not Germany. */
  assert_members (dataset, "g20", "TR,ID,KR,BR,ZA,SA,MX,AU");
  assert_members (dataset, "mikta", "MX,ID,KR,TR,AU");
  assert_members (dataset, "aze-kaz", "AZ,KZ");

  /* The four most populous featured countries, largest first. */
  {
    g_auto(GStrv) largest = mp_presets_get_countries (dataset, "largest");
    const char *expected[] = { "ID", "BR", "MX", "TR", NULL };

    g_assert_true (g_strv_equal ((const char * const *) largest, expected));
  }

  /* In the dataset's order (by English name). */
  {
    g_auto(GStrv) region = mp_presets_get_countries (dataset, "central-asia-caucasus");
    GPtrArray *all = mp_dataset_get_countries (dataset);
    guint next = 0;

    g_assert_cmpuint (g_strv_length (region), ==, MP_MAX_COUNTRIES);
    for (guint i = 0; i < all->len && region[next] != NULL; i++)
      if (g_str_equal (((const MpCountry *) g_ptr_array_index (all, i))->id, region[next]))
        next++;
    g_assert_cmpuint (next, ==, MP_MAX_COUNTRIES);
  }
}

/* A dataset without sub-regions or these organizations: the groups that
 * need them are empty (the window says so), the named ones keep the
 * countries it has. */
static void
test_missing_data (void)
{
  g_autoptr(MpDataset) two = mp_test_load_chart_fixture ("two-countries.json");

  assert_members (two, "central-asia", "");
  assert_members (two, "south-caucasus", "AZ,GE");
  assert_members (two, "central-asia-caucasus", "AZ,GE");
  assert_members (two, "gulf", "");
  assert_members (two, "mikta", "");
  assert_members (two, "aze-kaz", "AZ,KZ");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = mp_test_load_chart_fixture ("eight-countries.json");

  g_test_add_func ("/mp/presets/described", test_described);
  g_test_add_func ("/mp/presets/members", test_members);
  g_test_add_func ("/mp/presets/missing-data", test_missing_data);

  ret = g_test_run ();
  g_clear_object (&dataset);

  return ret;
}
