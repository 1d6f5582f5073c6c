/* mp-date.c
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

#include "mp-date.h"
#include "mp-date-private.h"

static gboolean
is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

guint
_mp_date_days_in_month (int   year,
                        guint month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_assert (month >= 1 && month <= 12);

  if (month == 2 && is_leap_year (year))
    return 29;

  return days[month - 1];
}

static gboolean
read_digits (const char *p,
             guint       n,
             guint      *out_value)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (guint) (p[i] - '0');
    }

  *out_value = value;
  return TRUE;
}

MpDateError
_mp_date_parse_checked (const char *text,
                        MpDate     *out_date)
{
  MpDate date = { 0, 0, 0 };
  guint year, month = 0, day = 0;
  const char *p = text;
  MpDateError result = MP_DATE_OK;

  g_assert (text != NULL);
  g_assert (out_date != NULL);

  *out_date = date;

  if (!read_digits (p, 4, &year))
    return MP_DATE_ERROR_SYNTAX;
  p += 4;

  if (*p == '-')
    {
      if (!read_digits (p + 1, 2, &month))
        return MP_DATE_ERROR_SYNTAX;
      p += 3;

      if (*p == '-')
        {
          if (!read_digits (p + 1, 2, &day))
            return MP_DATE_ERROR_SYNTAX;
          p += 3;
        }
    }

  if (*p != '\0')
    return MP_DATE_ERROR_SYNTAX;

  date.year = (gint16) year;
  date.month = (guint8) month;
  date.day = (guint8) day;
  *out_date = date;

  if (year < MP_DATE_MIN_YEAR || year > MP_DATE_MAX_YEAR)
    result = MP_DATE_ERROR_YEAR;
  else if (p - text > 4 && (month < 1 || month > 12))
    result = MP_DATE_ERROR_MONTH;
  else if (p - text > 7 && (day < 1 || day > _mp_date_days_in_month ((int) year, month)))
    result = MP_DATE_ERROR_DAY;

  return result;
}

/**
 * mp_date_parse:
 * @text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @out_date: (out): where to store the date
 *
 * Parses a possibly partial date.  The year must be within 1800–2100
 * and the day must exist in that month (leap years included).
 *
 * Returns: %TRUE if @text is a valid date; on failure @out_date is unset
 */
gboolean
mp_date_parse (const char *text,
               MpDate     *out_date)
{
  MpDate date;

  g_return_val_if_fail (out_date != NULL, FALSE);

  if (text == NULL || _mp_date_parse_checked (text, &date) != MP_DATE_OK)
    {
      out_date->year = 0;
      out_date->month = 0;
      out_date->day = 0;
      return FALSE;
    }

  *out_date = date;
  return TRUE;
}

/**
 * mp_date_to_string:
 * @date: a date
 *
 * Returns: (transfer full): `1992-03-02`, `1992-03` or `1992` as far as
 *   the date is known, or an empty string when it is not set
 */
char *
mp_date_to_string (const MpDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (date->year == 0)
    return g_strdup ("");
  if (date->month == 0)
    return g_strdup_printf ("%04d", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04d-%02u", date->year, date->month);

  return g_strdup_printf ("%04d-%02u-%02u", date->year, date->month, date->day);
}

/**
 * mp_date_compare:
 *
 * Orders dates by year, month and day.  A missing part sorts before
 * any given one, so `1992` < `1992-01` < `1992-01-01`, and an unset
 * date sorts before every set date.
 *
 * Returns: negative, 0 or positive, as strcmp()
 */
int
mp_date_compare (const MpDate *a,
                 const MpDate *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;

  return 0;
}

gboolean
mp_date_is_set (const MpDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  return date->year != 0;
}

static guint
day_of_year (int   year,
             guint month,
             guint day)
{
  guint doy = day;

  for (guint m = 1; m < month; m++)
    doy += _mp_date_days_in_month (year, m);

  return doy;
}

/**
 * mp_date_to_fraction:
 * @date: a date
 *
 * The date as a fractional year for time axes, at the start of the
 * period it names: `1992` → 1992.0, `1992-07` → about 1992.5,
 * `1992-03-02` → 1992 + 61/366.
 *
 * Returns: the fractional year, or 0 when @date is not set
 */
double
mp_date_to_fraction (const MpDate *date)
{
  guint month, day, days_in_year;

  g_return_val_if_fail (date != NULL, 0.0);

  if (date->year == 0)
    return 0.0;

  month = date->month != 0 ? date->month : 1;
  day = date->day != 0 ? date->day : 1;
  days_in_year = is_leap_year (date->year) ? 366 : 365;

  return date->year + (double) (day_of_year (date->year, month, day) - 1) / days_in_year;
}

gboolean
_mp_date_ends_before (const MpDate *a,
                      const MpDate *b)
{
  guint a_month, a_day, b_month, b_day;

  g_assert (a != NULL && a->year != 0);
  g_assert (b != NULL && b->year != 0);

  /* Last day of @a against first day of @b. */
  a_month = a->month != 0 ? a->month : 12;
  a_day = a->day != 0 ? a->day : _mp_date_days_in_month (a->year, a_month);
  b_month = b->month != 0 ? b->month : 1;
  b_day = b->day != 0 ? b->day : 1;

  if (a->year != b->year)
    return a->year < b->year;
  if (a_month != b_month)
    return a_month < b_month;

  return a_day < b_day;
}
