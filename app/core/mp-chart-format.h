/* mp-chart-format.h
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

#pragma once

#include <glib.h>

#include "mp-records.h"

G_BEGIN_DECLS

/* Orders of magnitude used to scale axes and amounts. */
typedef enum
{
  MP_CHART_MAGNITUDE_ONE,
  MP_CHART_MAGNITUDE_THOUSAND,
  MP_CHART_MAGNITUDE_MILLION,
  MP_CHART_MAGNITUDE_BILLION,
  MP_CHART_MAGNITUDE_TRILLION,
} MpChartMagnitude;

MpChartMagnitude  mp_chart_magnitude_for               (double              max_abs);
double       mp_chart_magnitude_divisor           (MpChartMagnitude         magnitude);
/* The decimals values in @magnitude are printed with, the same for all
 * of a chart's labels and its table's column: 1 from millions, else 0. */
int          mp_chart_magnitude_decimals          (MpChartMagnitude         magnitude);
/* The same, and more when the smallest figure other than nought
 * (@smallest, in @magnitude; 0 for none) would otherwise read as
 * nought: a figure that is not nought never reads "0.0". */
int          mp_chart_decimals_for                (MpChartMagnitude         magnitude,
                                                   double                   smallest);

/* A number in the UI locale (digit grouping, decimal point). */
char        *mp_chart_format_number               (double              value,
                                             int                 decimals);
/* The same number for files, in any locale: "8884848484.85", "-5". */
char        *mp_chart_format_plain_number         (double              value,
                                                   int                 decimals);
/* @value in @magnitude for files, as exact as the value is: the
 * shortest decimal that reads back as @value, its point moved rather than
 * divided ("0.016" for 16,000,000 in billions, "72.356" …). */
char        *mp_chart_format_exact_number         (double              value,
                                                   MpChartMagnitude    magnitude);
/* At most one decimal (two under 1), trailing zeros dropped: "49.2", "19". */
char        *mp_chart_format_compact              (double              value);
/* A value in @unit: "10.1 million people", "US$5,230 per person". */
char        *mp_chart_format_value                (double              value,
                                             MpUnit              unit);
/* A value already divided by the magnitude's divisor, with its unit. */
char        *mp_chart_format_scaled               (double              scaled,
                                             MpUnit              unit,
                                             MpChartMagnitude         magnitude);
/* Axis unit: "US$ million", "million people", "US$ per person". */
const char  *mp_chart_unit_axis_label             (MpUnit              unit,
                                             MpChartMagnitude         magnitude);
/* The magnitude to scale @unit values up to @max_abs by (per-person,
 * percent and area values are never scaled). */
MpChartMagnitude  mp_chart_unit_magnitude              (MpUnit              unit,
                                             double              max_abs);
/* "2013–2022", or "2013" when both are equal. */
char        *mp_chart_format_year_range           (int                 first,
                                             int                 last);

const char  *mp_chart_status_label          (MpValueStatus       status);
const char  *mp_chart_membership_status_label     (MpMembershipStatus  status);
const char  *mp_chart_org_kind_label              (MpOrgKind           kind);
const char  *mp_chart_aid_measure_label           (MpAidMeasure        measure);

G_END_DECLS
