/* mp-ticks.h
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

G_BEGIN_DECLS

#define MP_TICKS_MAX 32

/* Axis ticks at "nice" values: 1-2-5 steps on a linear scale, powers of
 * ten (and 2, 5 multiples for narrow ranges) on a log scale.  The axis
 * range [min, max] is widened to whole ticks. */
typedef struct
{
  double   min;
  double   max;
  double   step;       /* linear only */
  gboolean log;
  guint    n;
  double   values[MP_TICKS_MAX];
  int      decimals;   /* enough decimals to tell ticks apart */
} MpTicks;

void     mp_ticks_linear     (MpTicks       *ticks,
                              double         lo,
                              double         hi,
                              guint          max_ticks);
/* @lo must be > 0. */
void     mp_ticks_log        (MpTicks       *ticks,
                              double         lo,
                              double         hi,
                              guint          max_ticks);
/* Position of @value on the axis, 0 at min and 1 at max (log aware). */
double   mp_ticks_map        (const MpTicks *ticks,
                              double         value);
/* A 1-2-5 step in years so at most @max_labels year labels show. */
int      mp_ticks_year_step  (int            first,
                              int            last,
                              guint          max_labels);
/* A nice step for a value: the smallest of 1, 2, 5 × 10^k ≥ @raw. */
double   mp_ticks_nice_step  (double         raw);

G_END_DECLS
