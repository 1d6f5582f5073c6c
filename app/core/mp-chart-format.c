/* mp-chart-format.c
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
#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "mp-chart-format.h"

MpChartMagnitude
mp_chart_magnitude_for (double max_abs)
{
  max_abs = fabs (max_abs);

  /* Round first so 999,960 reads "1 million", not "1,000 thousand". */
  if (max_abs >= 0.99995e12)
    return MP_CHART_MAGNITUDE_TRILLION;
  if (max_abs >= 0.99995e9)
    return MP_CHART_MAGNITUDE_BILLION;
  if (max_abs >= 0.99995e6)
    return MP_CHART_MAGNITUDE_MILLION;
  if (max_abs >= 0.99995e3)
    return MP_CHART_MAGNITUDE_THOUSAND;
  return MP_CHART_MAGNITUDE_ONE;
}

double
mp_chart_magnitude_divisor (MpChartMagnitude magnitude)
{
  switch (magnitude)
    {
    case MP_CHART_MAGNITUDE_THOUSAND:
      return 1e3;
    case MP_CHART_MAGNITUDE_MILLION:
      return 1e6;
    case MP_CHART_MAGNITUDE_BILLION:
      return 1e9;
    case MP_CHART_MAGNITUDE_TRILLION:
      return 1e12;
    case MP_CHART_MAGNITUDE_ONE:
    default:
      return 1;
    }
}

/* @number ("-2724900.5") with @separator between each three digits of
 * its whole part ("-2,724,900.5"). */
static char *
group_digits (char       *number,
              const char *separator)
{
  g_autofree char *owned = number;
  GString *grouped = g_string_new (NULL);
  const char *p = number;
  gsize n_digits;

  while (*p != '\0' && !g_ascii_isdigit (*p))
    g_string_append_c (grouped, *p++);
  n_digits = strspn (p, "0123456789");
  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (grouped, separator);
      g_string_append_c (grouped, p[i]);
    }
  g_string_append (grouped, p + n_digits);

  return g_string_free (grouped, FALSE);
}

/* The decimals of a table column or a chart's value labels in
 * @magnitude: one in millions and above ("44.9", "8.0": the same down the
 * column, as a statistics office prints them), none below ("12,859"). */
int
mp_chart_magnitude_decimals (MpChartMagnitude magnitude)
{
  return magnitude >= MP_CHART_MAGNITUDE_MILLION ? 1 : 0;
}

int
mp_chart_decimals_for (MpChartMagnitude magnitude,
                       double           smallest)
{
  int decimals = mp_chart_magnitude_decimals (magnitude);

  /* US$8 million among billions: "0.008", and three decimals down the
   * column, rather than "0.0" beside "3.9". */
  smallest = fabs (smallest);
  while (smallest > 0 && decimals < 6 && smallest * pow (10, decimals) < 0.95)
    decimals++;

  return decimals;
}

char *
mp_chart_format_number (double value,
                  int    decimals)
{
  char *number;

  decimals = CLAMP (decimals, 0, 9);
  if (!isfinite (value))
    return g_strdup ("–");

  /* Never print "-0". */
  if (fabs (value) < 0.5 * pow (10, -decimals))
    value = 0;

  number = g_strdup_printf ("%'.*f", decimals, value);

  /* The C and POSIX locales (headless exports, scripts) have no
   * thousands separator, and printf's ' flag then groups nothing:
   * "2724900 km²".  Those get the English grouping; a locale with a
   * separator of its own keeps it. */
  if (*nl_langinfo (THOUSEP) != '\0')
    return number;

  return group_digits (number, strcmp (nl_langinfo (RADIXCHAR), ",") == 0 ? "\u202F" : ",");
}

char *
mp_chart_format_plain_number (double value,
                              int    decimals)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  decimals = CLAMP (decimals, 0, 9);
  if (!isfinite (value))
    return g_strdup ("");

  if (fabs (value) < 0.5 * pow (10, -decimals))
    value = 0;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

char *
mp_chart_format_exact_number (double           value,
                              MpChartMagnitude magnitude)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[24];
  guint n_digits = 0;
  int shift = (int) lround (log10 (mp_chart_magnitude_divisor (magnitude)));
  int point;
  const char *p;
  GString *number;

  if (!isfinite (value))
    return g_strdup ("");
  if (value == 0)
    return g_strdup ("0");

  /* The fewest significant digits that read back as the same double:
   * 72356176470.5882 rather than printf's 72356176470.588196. */
  for (int precision = 1; precision <= 17; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  /* "-1.6e+07": the digits, then where the point goes, moved by the
   * magnitude's power of ten. */
  number = g_string_new (value < 0 ? "-" : "");
  for (p = buffer; *p != '\0' && *p != 'e' && n_digits < sizeof digits; p++)
    if (g_ascii_isdigit (*p))
      digits[n_digits++] = *p;
  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;
  point = (*p == 'e' ? (int) g_ascii_strtoll (p + 1, NULL, 10) : 0) + 1 - shift;

  if (point <= 0)
    {
      g_string_append (number, "0.");
      for (int i = 0; i < -point; i++)
        g_string_append_c (number, '0');
      g_string_append_len (number, digits, n_digits);
    }
  else if ((guint) point >= n_digits)
    {
      g_string_append_len (number, digits, n_digits);
      for (guint i = n_digits; i < (guint) point; i++)
        g_string_append_c (number, '0');
    }
  else
    {
      g_string_append_len (number, digits, point);
      g_string_append_c (number, '.');
      g_string_append_len (number, digits + point, n_digits - point);
    }

  return g_string_free (number, FALSE);
}

char *
mp_chart_format_compact (double value)
{
  double a = fabs (value);
  int decimals = a >= 100 ? 0 : (a >= 1 ? 1 : 2);

  /* Drop zeros that rounding leaves at the end. */
  while (decimals > 0)
    {
      double p = pow (10, decimals - 1);

      if (fabs (round (value * p * 10) / 10 - round (value * p)) > 1e-9)
        break;
      decimals--;
    }

  return mp_chart_format_number (value, decimals);
}

static char *
format_with_unit (const char  *number,
                  MpUnit       unit,
                  MpChartMagnitude  magnitude)
{
  switch (unit)
    {
    case MP_UNIT_USD:
      switch (magnitude)
        {
        case MP_CHART_MAGNITUDE_THOUSAND:
          /* Translators: an amount of money, %s is a number */
          return g_strdup_printf (_("US$%s thousand"), number);
        case MP_CHART_MAGNITUDE_MILLION:
          /* Translators: an amount of money, %s is a number */
          return g_strdup_printf (_("US$%s million"), number);
        case MP_CHART_MAGNITUDE_BILLION:
          /* Translators: an amount of money, %s is a number */
          return g_strdup_printf (_("US$%s billion"), number);
        case MP_CHART_MAGNITUDE_TRILLION:
          /* Translators: an amount of money, %s is a number */
          return g_strdup_printf (_("US$%s trillion"), number);
        case MP_CHART_MAGNITUDE_ONE:
        default:
          /* Translators: an amount of money, %s is a number */
          return g_strdup_printf (_("US$%s"), number);
        }

    case MP_UNIT_PEOPLE:
      switch (magnitude)
        {
        case MP_CHART_MAGNITUDE_THOUSAND:
          return g_strdup_printf (_("%s thousand people"), number);
        case MP_CHART_MAGNITUDE_MILLION:
          return g_strdup_printf (_("%s million people"), number);
        case MP_CHART_MAGNITUDE_BILLION:
        case MP_CHART_MAGNITUDE_TRILLION:
          return g_strdup_printf (_("%s billion people"), number);
        case MP_CHART_MAGNITUDE_ONE:
        default:
          return g_strdup_printf (_("%s people"), number);
        }

    case MP_UNIT_USD_PER_PERSON:
      return g_strdup_printf (_("US$%s per person"), number);

    case MP_UNIT_PERCENT:
      /* Translators: a percentage, %s is a number */
      return g_strdup_printf (_("%s %%"), number);

    case MP_UNIT_KM2:
      return g_strdup_printf (_("%s km²"), number);

    default:
      return g_strdup (number);
    }
}

MpChartMagnitude
mp_chart_unit_magnitude (MpUnit unit,
                   double max_abs)
{
  MpChartMagnitude magnitude;

  switch (unit)
    {
    case MP_UNIT_USD:
      return mp_chart_magnitude_for (max_abs);

    case MP_UNIT_PEOPLE:
      magnitude = mp_chart_magnitude_for (max_abs);
      return MIN (magnitude, MP_CHART_MAGNITUDE_BILLION);

    case MP_UNIT_USD_PER_PERSON:
    case MP_UNIT_PERCENT:
    case MP_UNIT_KM2:
    default:
      return MP_CHART_MAGNITUDE_ONE;
    }
}

char *
mp_chart_format_scaled (double      scaled,
                  MpUnit      unit,
                  MpChartMagnitude magnitude)
{
  g_autofree char *number = NULL;

  if (magnitude == MP_CHART_MAGNITUDE_ONE && fabs (scaled) >= 100)
    number = mp_chart_format_number (scaled, 0);
  else
    number = mp_chart_format_compact (scaled);

  return format_with_unit (number, unit, magnitude);
}

char *
mp_chart_format_value (double value,
                 MpUnit unit)
{
  MpChartMagnitude magnitude = mp_chart_unit_magnitude (unit, value);

  /* Thousands read better written out: "850,000 people". */
  if (magnitude == MP_CHART_MAGNITUDE_THOUSAND)
    magnitude = MP_CHART_MAGNITUDE_ONE;

  return mp_chart_format_scaled (value / mp_chart_magnitude_divisor (magnitude), unit, magnitude);
}

const char *
mp_chart_unit_axis_label (MpUnit      unit,
                    MpChartMagnitude magnitude)
{
  switch (unit)
    {
    case MP_UNIT_USD:
      switch (magnitude)
        {
        case MP_CHART_MAGNITUDE_THOUSAND:
          return _("US$ thousand");
        case MP_CHART_MAGNITUDE_MILLION:
          return _("US$ million");
        case MP_CHART_MAGNITUDE_BILLION:
          return _("US$ billion");
        case MP_CHART_MAGNITUDE_TRILLION:
          return _("US$ trillion");
        case MP_CHART_MAGNITUDE_ONE:
        default:
          return _("US$");
        }

    case MP_UNIT_PEOPLE:
      switch (magnitude)
        {
        case MP_CHART_MAGNITUDE_THOUSAND:
          return _("thousand people");
        case MP_CHART_MAGNITUDE_MILLION:
          return _("million people");
        case MP_CHART_MAGNITUDE_BILLION:
        case MP_CHART_MAGNITUDE_TRILLION:
          return _("billion people");
        case MP_CHART_MAGNITUDE_ONE:
        default:
          return _("people");
        }

    case MP_UNIT_USD_PER_PERSON:
      return _("US$ per person");

    case MP_UNIT_PERCENT:
      return _("percent");

    case MP_UNIT_KM2:
      return _("km²");

    default:
      return "";
    }
}

char *
mp_chart_format_year_range (int first,
                      int last)
{
  if (first == last)
    return g_strdup_printf ("%d", first);

  /* Translators: a range of years, e.g. 2013–2022 */
  return g_strdup_printf (_("%d–%d"), first, last);
}

const char *
mp_chart_status_label (MpValueStatus status)
{
  switch (status)
    {
    case MP_VALUE_FINAL:
      return C_("value status", "final");
    case MP_VALUE_PRELIMINARY:
      return C_("value status", "preliminary");
    case MP_VALUE_ESTIMATE:
      return C_("value status", "estimate");
    case MP_VALUE_DERIVED:
      return C_("value status", "derived");
    case MP_VALUE_ANNOUNCED:
      return C_("value status", "announced");
    case MP_VALUE_STATEMENT:
      return C_("value status", "official statement");
    default:
      return "";
    }
}

const char *
mp_chart_membership_status_label (MpMembershipStatus status)
{
  switch (status)
    {
    case MP_MEMBERSHIP_FOUNDING_MEMBER:
      return C_("membership status", "founding member");
    case MP_MEMBERSHIP_MEMBER:
      return C_("membership status", "member");
    case MP_MEMBERSHIP_ASSOCIATE:
      return C_("membership status", "associate");
    case MP_MEMBERSHIP_OBSERVER:
      return C_("membership status", "observer");
    case MP_MEMBERSHIP_PARTNER:
      return C_("membership status", "partner");
    case MP_MEMBERSHIP_PARTICIPANT:
      return C_("membership status", "participant");
    case MP_MEMBERSHIP_SIGNATORY:
      return C_("membership status", "signatory");
    case MP_MEMBERSHIP_CHAIR:
      return C_("membership status", "chair");
    default:
      return "";
    }
}

const char *
mp_chart_org_kind_label (MpOrgKind kind)
{
  switch (kind)
    {
    case MP_ORG_GLOBAL:
      return C_("organization kind", "Global");
    case MP_ORG_REGIONAL:
      return C_("organization kind", "Regional");
    case MP_ORG_ECONOMIC:
      return C_("organization kind", "Economic");
    case MP_ORG_SECURITY:
      return C_("organization kind", "Security");
    case MP_ORG_FINANCIAL:
      return C_("organization kind", "Financial");
    case MP_ORG_CULTURAL:
      return C_("organization kind", "Cultural");
    default:
      return "";
    }
}

const char *
mp_chart_aid_measure_label (MpAidMeasure measure)
{
  switch (measure)
    {
    case MP_AID_TOTAL_ODA:
      return C_("aid measure", "total ODA");
    case MP_AID_HUMANITARIAN:
      return C_("aid measure", "humanitarian");
    case MP_AID_CONTRIBUTION:
      return C_("aid measure", "contribution");
    case MP_AID_PLEDGE:
      return C_("aid measure", "pledge");
    case MP_AID_CUMULATIVE:
      return C_("aid measure", "cumulative");
    default:
      return "";
    }
}
