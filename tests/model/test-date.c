/* test-date.c
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

#include <math.h>

#include "mp-date.h"

static void
test_parse_full (void)
{
  MpDate date;
  g_autofree char *text = NULL;

  g_assert_true (mp_date_parse ("1992-03-02", &date));
  g_assert_cmpint (date.year, ==, 1992);
  g_assert_cmpuint (date.month, ==, 3);
  g_assert_cmpuint (date.day, ==, 2);
  g_assert_true (mp_date_is_set (&date));

  text = mp_date_to_string (&date);
  g_assert_cmpstr (text, ==, "1992-03-02");
}

static void
test_parse_partial (void)
{
  MpDate date;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;

  g_assert_true (mp_date_parse ("1992", &date));
  g_assert_cmpint (date.year, ==, 1992);
  g_assert_cmpuint (date.month, ==, 0);
  g_assert_cmpuint (date.day, ==, 0);
  year = mp_date_to_string (&date);
  g_assert_cmpstr (year, ==, "1992");

  g_assert_true (mp_date_parse ("2015-11", &date));
  g_assert_cmpint (date.year, ==, 2015);
  g_assert_cmpuint (date.month, ==, 11);
  g_assert_cmpuint (date.day, ==, 0);
  month = mp_date_to_string (&date);
  g_assert_cmpstr (month, ==, "2015-11");
}

static void
test_parse_invalid (void)
{
  static const char *invalid[] = {
    "", "92", "March 1992", "1992-3-2", "1992-03-2", "1992/03/02", "1992-03-02T00:00",
    " 1992", "1992 ", "1992-", "1992-03-", "+1992", "-1992", "19920302", "1992-003",
    "1799", "1799-12-31", "2101", "2101-01-01", "0000", "9999",
    "1992-00", "1992-13", "1992-13-01", "1992-00-10", "1992-01-00", "1992-01-32",
    "1992-04-31", "1992-06-31", "1992-09-31", "1992-11-31",
    "2021-02-29", "1900-02-29", "2100-02-29", "2023-02-30",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      MpDate date = { 1, 1, 1 };

      if (mp_date_parse (invalid[i], &date))
        g_error ("\"%s\" was accepted", invalid[i]);
      g_assert_false (mp_date_is_set (&date));
    }
}

static void
test_leap_years (void)
{
  static const char *valid[] = {
    "2000-02-29", "2024-02-29", "1996-02-29", "2096-02-29", "1804-02-29",
    "1800-01-01", "2100-12-31", "2023-02-28", "1992-01-31", "1992-04-30", "1992-12-31",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      MpDate date;
      g_autofree char *text = NULL;

      if (!mp_date_parse (valid[i], &date))
        g_error ("\"%s\" was refused", valid[i]);

      text = mp_date_to_string (&date);
      g_assert_cmpstr (text, ==, valid[i]);
    }
}

static void
test_compare (void)
{
  MpDate year, month, day, later_day, next_year, unset = { 0, 0, 0 };

  g_assert_true (mp_date_parse ("1992", &year));
  g_assert_true (mp_date_parse ("1992-01", &month));
  g_assert_true (mp_date_parse ("1992-01-01", &day));
  g_assert_true (mp_date_parse ("1992-03-02", &later_day));
  g_assert_true (mp_date_parse ("1993", &next_year));

  g_assert_cmpint (mp_date_compare (&year, &month), <, 0);
  g_assert_cmpint (mp_date_compare (&month, &day), <, 0);
  g_assert_cmpint (mp_date_compare (&day, &later_day), <, 0);
  g_assert_cmpint (mp_date_compare (&later_day, &next_year), <, 0);
  g_assert_cmpint (mp_date_compare (&next_year, &year), >, 0);
  g_assert_cmpint (mp_date_compare (&later_day, &later_day), ==, 0);
  g_assert_cmpint (mp_date_compare (&unset, &year), <, 0);
  g_assert_false (mp_date_is_set (&unset));
}

static void
test_unset_to_string (void)
{
  MpDate unset = { 0, 0, 0 };
  g_autofree char *text = mp_date_to_string (&unset);

  g_assert_cmpstr (text, ==, "");
}

static void
test_fraction (void)
{
  MpDate date;

  g_assert_true (mp_date_parse ("1992", &date));
  g_assert_cmpfloat_with_epsilon (mp_date_to_fraction (&date), 1992.0, 1e-9);

  /* 1992 is a leap year: 2 March is day 62, so 61 days have passed. */
  g_assert_true (mp_date_parse ("1992-03-02", &date));
  g_assert_cmpfloat_with_epsilon (mp_date_to_fraction (&date), 1992.0 + 61.0 / 366.0, 1e-9);

  g_assert_true (mp_date_parse ("2015-07", &date));
  g_assert_cmpfloat_with_epsilon (mp_date_to_fraction (&date), 2015.0 + 181.0 / 365.0, 1e-9);

  g_assert_true (mp_date_parse ("2015-12-31", &date));
  g_assert_cmpfloat (mp_date_to_fraction (&date), <, 2016.0);
  g_assert_cmpfloat (mp_date_to_fraction (&date), >, 2015.99);

  date.year = 0;
  g_assert_cmpfloat (mp_date_to_fraction (&date), ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/date/parse-full", test_parse_full);
  g_test_add_func ("/mp/date/parse-partial", test_parse_partial);
  g_test_add_func ("/mp/date/parse-invalid", test_parse_invalid);
  g_test_add_func ("/mp/date/leap-years", test_leap_years);
  g_test_add_func ("/mp/date/compare", test_compare);
  g_test_add_func ("/mp/date/unset-to-string", test_unset_to_string);
  g_test_add_func ("/mp/date/fraction", test_fraction);

  return g_test_run ();
}
