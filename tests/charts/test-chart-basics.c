/* test-chart-basics.c
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

#include "mp-chart-format.h"
#include "mp-chart-table.h"
#include "mp-hit-map.h"
#include "mp-ticks.h"

static gboolean
is_nice (double step)
{
  double magnitude = pow (10, floor (log10 (step) + 1e-9));
  double m = step / magnitude;

  return fabs (m - 1) < 1e-9 || fabs (m - 2) < 1e-9 || fabs (m - 2.5) < 1e-9 || fabs (m - 5) < 1e-9;
}

static void
test_ticks_linear (void)
{
  static const struct
  {
    double lo;
    double hi;
    guint  max_ticks;
  } cases[] = {
    { 0, 49.2, 6 }, { 0, 1, 5 }, { 3.2, 7.9, 8 }, { -12, 40, 6 }, { 0, 1e9, 4 },
    { 0, 0.0042, 5 }, { 100, 100, 5 }, { 0, 0, 5 }, { 1993, 2024, 8 }, { -5, -1, 4 },
    { 0, 50.4, 3 }, { 0, 20.6, 3 }, { 0, 8.61, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MpTicks ticks;

      mp_ticks_linear (&ticks, cases[i].lo, cases[i].hi, cases[i].max_ticks);

      g_assert_false (ticks.log);
      g_assert_cmpuint (ticks.n, >=, 2);
      /* One more than asked when that keeps the axis from running to
       * twice the data. */
      g_assert_cmpuint (ticks.n, <=, MAX (cases[i].max_ticks, 2) + 1);
      if (cases[i].lo == 0 && cases[i].hi > 0)
        g_assert_cmpfloat (ticks.max, <=, cases[i].hi * 1.5);
      /* The axis holds the data and starts and ends on ticks. */
      g_assert_cmpfloat (ticks.min, <=, cases[i].lo);
      g_assert_cmpfloat (ticks.max, >=, cases[i].hi);
      g_assert_cmpfloat (ticks.values[0], ==, ticks.min);
      g_assert_cmpfloat_with_epsilon (ticks.values[ticks.n - 1], ticks.max, ticks.step * 1e-9);
      g_assert_true (is_nice (ticks.step));
      for (guint k = 1; k < ticks.n; k++)
        g_assert_cmpfloat_with_epsilon (ticks.values[k] - ticks.values[k - 1], ticks.step, ticks.step * 1e-9);
    }
}

static void
test_ticks_linear_values (void)
{
  MpTicks ticks;

  /* 0 to 49.2 million in up to 6 ticks: 0, 10, 20, 30, 40, 50. */
  mp_ticks_linear (&ticks, 0, 49.2, 6);
  g_assert_cmpuint (ticks.n, ==, 6);
  g_assert_cmpfloat (ticks.step, ==, 10);
  g_assert_cmpfloat (ticks.max, ==, 50);
  g_assert_cmpint (ticks.decimals, ==, 0);

  mp_ticks_linear (&ticks, 0, 0.75, 5);
  g_assert_cmpfloat_with_epsilon (ticks.step, 0.2, 1e-12);
  g_assert_cmpint (ticks.decimals, ==, 1);
  g_assert_cmpfloat (ticks.values[0], ==, 0);

  /* Halfway is mapped to 0.5. */
  mp_ticks_linear (&ticks, 0, 100, 6);
  g_assert_cmpfloat_with_epsilon (mp_ticks_map (&ticks, 50), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (mp_ticks_map (&ticks, 0), 0.0, 1e-12);
}

static void
test_ticks_log (void)
{
  MpTicks ticks;

  /* Four decades: powers of ten only. */
  mp_ticks_log (&ticks, 3, 2e4, 8);
  g_assert_true (ticks.log);
  g_assert_cmpfloat (ticks.min, ==, 1);
  g_assert_cmpfloat (ticks.max, ==, 1e5);
  g_assert_cmpuint (ticks.n, ==, 6);
  for (guint i = 0; i < ticks.n; i++)
    g_assert_cmpfloat_with_epsilon (ticks.values[i], pow (10, i), 1e-9 * pow (10, i));
  /* Equal ratios are equal distances. */
  g_assert_cmpfloat_with_epsilon (mp_ticks_map (&ticks, 100) - mp_ticks_map (&ticks, 10),
                                  mp_ticks_map (&ticks, 1000) - mp_ticks_map (&ticks, 100), 1e-12);
  g_assert_cmpfloat (mp_ticks_map (&ticks, -5), ==, 0);

  /* A narrow range gets 1-2-5 ticks and a tight axis. */
  mp_ticks_log (&ticks, 7.9, 36, 10);
  g_assert_cmpfloat (ticks.min, ==, 5);
  g_assert_cmpfloat (ticks.max, ==, 50);
  g_assert_cmpuint (ticks.n, ==, 4);
  g_assert_cmpfloat (ticks.values[1], ==, 10);
  g_assert_cmpfloat (ticks.values[2], ==, 20);

  /* Twelve decades in at most five ticks: every third decade. */
  mp_ticks_log (&ticks, 1, 1e12, 5);
  g_assert_cmpuint (ticks.n, <=, 5);
  g_assert_cmpfloat (ticks.min, <=, 1);
  g_assert_cmpfloat (ticks.max, >=, 1e12);

  /* Bad input never crashes and gives a usable axis. */
  mp_ticks_log (&ticks, -1, 0, 5);
  g_assert_cmpfloat (ticks.min, >, 0);
  g_assert_cmpfloat (ticks.max, >, ticks.min);
}

static void
test_ticks_years (void)
{
  g_assert_cmpint (mp_ticks_year_step (2013, 2022, 20), ==, 1);
  g_assert_cmpint (mp_ticks_year_step (2013, 2022, 5), ==, 2);
  g_assert_cmpint (mp_ticks_year_step (1960, 2024, 8), ==, 10);
  g_assert_cmpint (mp_ticks_year_step (1991, 2026, 4), ==, 10);
  g_assert_cmpint (mp_ticks_year_step (2000, 2000, 1), ==, 1);
}

/* Files carry a figure as exactly as the dataset holds it, in the
 * column's unit; tables and labels give the smallest figure the decimals
 * it needs not to read as nought. */
static void
test_format_exact (void)
{
  const struct { double value; MpChartMagnitude magnitude; const char *expected; } cases[] = {
    { 16e6, MP_CHART_MAGNITUDE_BILLION, "0.016" },
    { 16e6, MP_CHART_MAGNITUDE_MILLION, "16" },
    { 44.9e6, MP_CHART_MAGNITUDE_MILLION, "44.9" },
    { 3918700000, MP_CHART_MAGNITUDE_BILLION, "3.9187" },
    { 72356176470.5882, MP_CHART_MAGNITUDE_ONE, "72356176470.5882" },
    { 37866996882.92, MP_CHART_MAGNITUDE_TRILLION, "0.03786699688292" },
    { 1.5e15, MP_CHART_MAGNITUDE_TRILLION, "1500" },
    { 2e-5, MP_CHART_MAGNITUDE_ONE, "0.00002" },
    { -5, MP_CHART_MAGNITUDE_ONE, "-5" },
    { -2500, MP_CHART_MAGNITUDE_THOUSAND, "-2.5" },
    { 0, MP_CHART_MAGNITUDE_MILLION, "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mp_chart_format_exact_number (cases[i].value, cases[i].magnitude);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_MILLION, 8.0), ==, 1);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_MILLION, 0), ==, 1);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_BILLION, 0.008), ==, 3);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_BILLION, 0.016), ==, 2);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_MILLION, 0.3), ==, 1);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_MILLION, 0.04), ==, 2);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_ONE, 250), ==, 0);
  g_assert_cmpint (mp_chart_decimals_for (MP_CHART_MAGNITUDE_ONE, 1e-12), ==, 6);
}

static void
test_format (void)
{
  g_autofree char *a = mp_chart_format_compact (49.2);
  g_autofree char *b = mp_chart_format_compact (19.0);
  g_autofree char *c = mp_chart_format_compact (0.25);
  g_autofree char *d = mp_chart_format_compact (150.4);
  g_autofree char *e = mp_chart_format_scaled (49.2, MP_UNIT_USD, MP_CHART_MAGNITUDE_MILLION);
  g_autofree char *f = mp_chart_format_value (10.14e6, MP_UNIT_PEOPLE);
  g_autofree char *g = mp_chart_format_value (850000, MP_UNIT_PEOPLE);
  g_autofree char *h = mp_chart_format_number (-0.01, 1);
  g_autofree char *years = mp_chart_format_year_range (2013, 2022);
  g_autofree char *year = mp_chart_format_year_range (2013, 2013);

  g_assert_cmpstr (a, ==, "49.2");
  g_assert_cmpstr (b, ==, "19");
  g_assert_cmpstr (c, ==, "0.25");
  g_assert_cmpstr (d, ==, "150");
  g_assert_cmpstr (e, ==, "US$49.2 million");
  g_assert_cmpstr (f, ==, "10.1 million people");
  g_assert_cmpstr (g, ==, "850,000 people");
  g_assert_cmpstr (h, ==, "0.0");
  g_assert_cmpstr (years, ==, "2013–2022");
  g_assert_cmpstr (year, ==, "2013");

  g_assert_cmpint (mp_chart_magnitude_for (49.2e6), ==, MP_CHART_MAGNITUDE_MILLION);
  g_assert_cmpint (mp_chart_magnitude_for (999999), ==, MP_CHART_MAGNITUDE_MILLION);
  g_assert_cmpint (mp_chart_magnitude_for (1.5e9), ==, MP_CHART_MAGNITUDE_BILLION);
  g_assert_cmpint (mp_chart_unit_magnitude (MP_UNIT_PERCENT, 1e9), ==, MP_CHART_MAGNITUDE_ONE);
}

/* Headless exports run in the C locale, which has no thousands
 * separator: figures there are grouped the English way, and a locale
 * with a separator of its own keeps it. */
static void
test_format_grouping (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  const char *locales[] = { "C", "POSIX", "C.UTF-8" };

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *area = NULL;
      g_autofree char *gdp = NULL;
      g_autofree char *negative = NULL;
      g_autofree char *small = NULL;

      if (setlocale (LC_NUMERIC, locales[i]) == NULL)
        continue;
      area = mp_chart_format_value (2724900, MP_UNIT_KM2);
      gdp = mp_chart_format_value (7126, MP_UNIT_USD);
      negative = mp_chart_format_number (-1234567.25, 2);
      small = mp_chart_format_number (999, 0);

      g_assert_cmpstr (area, ==, "2,724,900 km²");
      g_assert_cmpstr (gdp, ==, "US$7,126");
      g_assert_cmpstr (negative, ==, "-1,234,567.25");
      g_assert_cmpstr (small, ==, "999");
    }

  /* Russian groups with a narrow no-break space and writes a decimal comma. */
  if (setlocale (LC_NUMERIC, "ru_RU.UTF-8") != NULL)
    {
      g_autofree char *number = mp_chart_format_number (2724900.5, 1);

      g_assert_cmpstr (number, ==, "2\u202f724\u202f900,5");
    }

  setlocale (LC_NUMERIC, saved);
}

static void
test_hit_map (void)
{
  g_autoptr(MpHitMap) map = mp_hit_map_new ();
  MpHit *hit;

  /* Two years, two countries each: bars side by side. */
  for (int year = 2020; year <= 2021; year++)
    for (int c = 0; c < 2; c++)
      {
        double x = (year - 2020) * 100 + c * 30;

        hit = mp_hit_map_add (map, x, 100 - 20 * (c + 1), 25, 20 * (c + 1));
        hit->country = c;
        hit->year = year;
      }
  hit = mp_hit_map_add (map, 300, 50, 0, 0);
  hit->country = 0;

  g_assert_cmpuint (mp_hit_map_get_n (map), ==, 5);
  g_assert_cmpint (mp_hit_map_lookup (map, 10, 90, 0), ==, 0);
  g_assert_cmpint (mp_hit_map_lookup (map, 40, 70, 0), ==, 1);
  g_assert_cmpint (mp_hit_map_lookup (map, 10, 40, 0), ==, -1);
  /* Points are found within the radius only. */
  g_assert_cmpint (mp_hit_map_lookup (map, 305, 52, 8), ==, 4);
  g_assert_cmpint (mp_hit_map_lookup (map, 330, 50, 8), ==, -1);

  /* Left and right walk the order; up and down change country in a year. */
  g_assert_cmpint (mp_hit_map_move (map, 0, MP_HIT_RIGHT), ==, 1);
  g_assert_cmpint (mp_hit_map_move (map, 0, MP_HIT_LEFT), ==, 0);
  g_assert_cmpint (mp_hit_map_move (map, 4, MP_HIT_RIGHT), ==, 4);
  g_assert_cmpint (mp_hit_map_move (map, 2, MP_HIT_DOWN), ==, 3);
  g_assert_cmpint (mp_hit_map_move (map, 3, MP_HIT_UP), ==, 2);
  g_assert_cmpint (mp_hit_map_move (map, -1, MP_HIT_RIGHT), ==, 0);

  mp_hit_map_clear (map);
  g_assert_cmpuint (mp_hit_map_get_n (map), ==, 0);
  g_assert_cmpint (mp_hit_map_move (map, 0, MP_HIT_RIGHT), ==, -1);
}

static void
test_table (void)
{
  const char *titles[] = { "Year", "Country", "Amount" };
  g_autoptr(MpChartTable) table = mp_chart_table_new (3, titles);
  g_autofree char *tsv = NULL;
  g_autofree char *sorted = NULL;
  guint order[3];
  struct { const char *year; const char *country; double amount; } rows[] = {
    { "2020", "Kazakhstan", 37.1e6 }, { "2019", "Azerbaijan\tnote", 41e6 }, { "2021", "Azerbaijan", 47.3e6 },
  };

  mp_chart_table_set_numeric (table, 0, TRUE);
  mp_chart_table_set_numeric (table, 2, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      char **cells = g_new0 (char *, 4);
      double *keys = g_new (double, 3);

      cells[0] = g_strdup (rows[i].year);
      cells[1] = g_strdup (rows[i].country);
      cells[2] = g_strdup_printf ("%.0f", rows[i].amount);
      keys[0] = g_ascii_strtod (rows[i].year, NULL);
      keys[1] = NAN;
      keys[2] = rows[i].amount;
      mp_chart_table_add_row (table, cells, keys);
    }

  g_assert_cmpuint (mp_chart_table_get_n_rows (table), ==, 3);
  g_assert_cmpint (mp_chart_table_compare (table, 0, 0, 1), >, 0);
  g_assert_cmpint (mp_chart_table_compare (table, 2, 0, 2), <, 0);
  g_assert_cmpint (mp_chart_table_compare (table, 1, 1, 0), <, 0);

  tsv = mp_chart_table_to_tsv (table, NULL, 0);
  g_assert_cmpstr (tsv, ==,
                   "Year\tCountry\tAmount\n"
                   "2020\tKazakhstan\t37100000\n"
                   "2019\tAzerbaijan note\t41000000\n"
                   "2021\tAzerbaijan\t47300000\n");

  order[0] = 2;
  order[1] = 0;
  order[2] = 1;
  sorted = mp_chart_table_to_tsv (table, order, 3);
  g_assert_true (g_str_has_prefix (sorted, "Year\tCountry\tAmount\n2021\t"));
  g_assert_true (g_str_has_suffix (sorted, "2019\tAzerbaijan note\t41000000\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/chart-ticks/linear", test_ticks_linear);
  g_test_add_func ("/mp/chart-ticks/linear-values", test_ticks_linear_values);
  g_test_add_func ("/mp/chart-ticks/log", test_ticks_log);
  g_test_add_func ("/mp/chart-ticks/years", test_ticks_years);
  g_test_add_func ("/mp/chart-format/numbers", test_format);
  g_test_add_func ("/mp/chart-format/grouping", test_format_grouping);
  g_test_add_func ("/mp/chart-format/exact", test_format_exact);
  g_test_add_func ("/mp/hit-map/lookup-and-move", test_hit_map);
  g_test_add_func ("/mp/chart-table/sort-and-copy", test_table);

  return g_test_run ();
}
