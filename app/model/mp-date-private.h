/* mp-date-private.h
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

#include "mp-date.h"

G_BEGIN_DECLS

#define MP_DATE_MIN_YEAR 1800
#define MP_DATE_MAX_YEAR 2100

typedef enum
{
  MP_DATE_OK,
  MP_DATE_ERROR_SYNTAX,   /* not YYYY, YYYY-MM or YYYY-MM-DD */
  MP_DATE_ERROR_YEAR,     /* year outside 1800–2100 */
  MP_DATE_ERROR_MONTH,    /* month 0 or > 12 */
  MP_DATE_ERROR_DAY,      /* day 0 or past the end of the month */
} MpDateError;

/* Like mp_date_parse() but says what is wrong.  @out_date is filled
 * as far as it could be read, even on error (for messages). */
MpDateError _mp_date_parse_checked (const char   *text,
                                    MpDate       *out_date);
guint       _mp_date_days_in_month (int           year,
                                    guint         month);
/* TRUE when the whole period @a (e.g. all of 1991 for "1991") ends
 * before the period @b starts. */
gboolean    _mp_date_ends_before   (const MpDate *a,
                                    const MpDate *b);

G_END_DECLS
