/* mp-format.c
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

#include <glib/gi18n.h>
#include <math.h>

#include "mp-format.h"

/* Groups thousands with the locale's separator ("%'"). */
static char *
format_grouped (double value,
                int    decimals)
{
  return g_strdup_printf ("%'.*f", decimals, value);
}

static char *
format_scaled (double      value,
               const char *(*unit_for) (int magnitude))
{
  static const double scales[] = { 1e12, 1e9, 1e6 };
  double abs_value = fabs (value);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      if (abs_value >= scales[i])
        {
          double scaled = value / scales[i];
          int decimals = fabs (scaled) >= 100 ? 0 : 1;
          g_autofree char *number = format_grouped (scaled, decimals);

          /* The format string is a translated "%s million" and friends. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          return g_strdup_printf (unit_for ((int) i), number);
#pragma GCC diagnostic pop
        }
    }

  return NULL;
}

static const char *
quantity_unit (int magnitude)
{
  switch (magnitude)
    {
    /* Translators: %s is a number, e.g. "1.2 trillion" */
    case 0: return _("%s trillion");
    /* Translators: %s is a number, e.g. "261.4 billion" */
    case 1: return _("%s billion");
    /* Translators: %s is a number, e.g. "10.2 million" */
    default: return _("%s million");
    }
}

static const char *
usd_unit (int magnitude)
{
  switch (magnitude)
    {
    /* Translators: an amount in US dollars, %s is a number */
    case 0: return _("US$%s trillion");
    /* Translators: an amount in US dollars, %s is a number */
    case 1: return _("US$%s billion");
    /* Translators: an amount in US dollars, %s is a number */
    default: return _("US$%s million");
    }
}

char *
mp_format_quantity (double value)
{
  char *scaled = format_scaled (value, quantity_unit);

  if (scaled != NULL)
    return scaled;

  return format_grouped (value, fabs (value) >= 100 || value == floor (value) ? 0 : 1);
}

char *
mp_format_usd (double value)
{
  char *scaled = format_scaled (value, usd_unit);
  g_autofree char *number = NULL;

  if (scaled != NULL)
    return scaled;

  number = format_grouped (value, 0);
  /* Translators: an amount in US dollars, %s is a number like "300,000" */
  return g_strdup_printf (_("US$%s"), number);
}

char *
mp_format_area (double km2)
{
  g_autofree char *number = format_grouped (km2, 0);

  /* Translators: an area, %s is a number */
  return g_strdup_printf (_("%s km²"), number);
}

char *
mp_format_date (const MpDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (date->year == 0)
    return NULL;

  if (date->month == 0)
    return g_strdup_printf ("%d", date->year);

  dt = g_date_time_new_utc (date->year, date->month, date->day ? date->day : 1, 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%d", date->year);

  if (date->day == 0)
    /* Translators: a month and year, see strftime(3); %OB is the standalone month name */
    return g_date_time_format (dt, C_("date", "%OB %Y"));

  /* Translators: a full date, see strftime(3), e.g. "2 March 1992" */
  return g_date_time_format (dt, C_("date", "%-d %B %Y"));
}
