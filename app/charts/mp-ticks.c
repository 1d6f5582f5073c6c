/* mp-ticks.c
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

#include "mp-ticks.h"

double
mp_ticks_nice_step (double raw)
{
  double magnitude;
  double norm;

  if (!(raw > 0) || !isfinite (raw))
    return 1.0;

  magnitude = pow (10, floor (log10 (raw)));
  norm = raw / magnitude;

  /* Tolerate rounding noise: 2.0000000001 is a 2. */
  if (norm <= 1.0 + 1e-9)
    return magnitude;
  if (norm <= 2.0 + 1e-9)
    return 2 * magnitude;
  if (norm <= 5.0 + 1e-9)
    return 5 * magnitude;
  return 10 * magnitude;
}

static int
decimals_for_step (double step)
{
  int decimals = 0;

  if (step <= 0)
    return 0;

  while (decimals < 6 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;

  return decimals;
}

void
mp_ticks_linear (MpTicks *ticks,
                 double   lo,
                 double   hi,
                 guint    max_ticks)
{
  double step;
  guint n;

  g_return_if_fail (ticks != NULL);

  max_ticks = CLAMP (max_ticks, 2, MP_TICKS_MAX);

  if (!isfinite (lo) || !isfinite (hi))
    lo = hi = 0;
  if (lo > hi)
    {
      double tmp = lo;
      lo = hi;
      hi = tmp;
    }
  if (hi - lo < 1e-12 * MAX (fabs (lo), fabs (hi)) || hi == lo)
    {
      /* A flat series: give it some room around the value. */
      if (lo == 0)
        hi = 1;
      else if (lo > 0)
        {
          hi = lo * 1.5;
          lo = 0;
        }
      else
        {
          lo = lo * 1.5;
          hi = 0;
        }
    }

  step = mp_ticks_nice_step ((hi - lo) / (max_ticks - 1));
  for (;;)
    {
      double min = floor (lo / step + 1e-9) * step;
      double max = ceil (hi / step - 1e-9) * step;

      n = (guint) llround ((max - min) / step) + 1;
      if (n <= max_ticks || n <= 2)
        {
          ticks->min = min;
          ticks->max = max;
          break;
        }
      step = mp_ticks_nice_step (step * 1.01);
    }

  /* A scale that runs to twice the data leaves half the plot empty (0,
   * 50, 100 for 50.4 in a short plot): a step of 2.5 or one tick more,
   * when either brings the top down to within half the data again. */
  if (lo >= 0 && hi > 0 && ticks->max > hi * 1.5)
    {
      static const double multiples[] = { 1, 2, 2.5, 5 };
      double magnitude = pow (10, floor (log10 (step)) - 1);

      for (guint k = 0; k < 2; k++, magnitude *= 10)
        for (guint m = 0; m < G_N_ELEMENTS (multiples); m++)
          {
            double candidate = multiples[m] * magnitude;
            double top = ceil (hi / candidate - 1e-9) * candidate;
            guint count = (guint) llround ((top - ticks->min) / candidate) + 1;

            if (candidate < step && count <= max_ticks + 1 && top < ticks->max && top <= hi * 1.5)
              {
                step = candidate;
                ticks->max = top;
                n = count;
              }
          }
    }

  ticks->log = FALSE;
  ticks->step = step;
  ticks->n = n;
  for (guint i = 0; i < n; i++)
    {
      double v = ticks->min + i * step;

      /* Avoid "-0" and 0.30000000000000004. */
      if (fabs (v) < step * 1e-9)
        v = 0;
      ticks->values[i] = v;
    }
  ticks->decimals = decimals_for_step (step);
}

void
mp_ticks_log (MpTicks *ticks,
              double   lo,
              double   hi,
              guint    max_ticks)
{
  static const double all[] = { 1, 2, 5 };
  static const double ones[] = { 1 };
  const double *mult;
  guint n_mult;
  int first_exp;
  int last_exp;
  int exp_step = 1;
  double min = 0;
  double max = 0;

  g_return_if_fail (ticks != NULL);

  max_ticks = CLAMP (max_ticks, 2, MP_TICKS_MAX);

  if (!(lo > 0) || !isfinite (lo))
    lo = 1;
  if (!(hi > lo) || !isfinite (hi))
    hi = lo * 10;

  first_exp = (int) floor (log10 (lo) + 1e-9);
  last_exp = (int) ceil (log10 (hi) - 1e-9);
  if (last_exp <= first_exp)
    last_exp = first_exp + 1;

  if (last_exp - first_exp <= 2)
    {
      mult = all;
      n_mult = G_N_ELEMENTS (all);
    }
  else
    {
      mult = ones;
      n_mult = 1;
      exp_step = MAX (1, (last_exp - first_exp + (int) max_ticks - 2) / ((int) max_ticks - 1));
      first_exp = (int) floor ((double) first_exp / exp_step) * exp_step;
      last_exp = first_exp + ((last_exp - first_exp + exp_step - 1) / exp_step) * exp_step;
    }

  /* The widest range of 1-2-5 values that holds [lo, hi]. */
  for (int e = first_exp; e <= last_exp; e += exp_step)
    for (guint m = 0; m < n_mult; m++)
      {
        double v = mult[m] * pow (10, e);

        if (v <= lo * (1 + 1e-9))
          min = v;
        if (max == 0 && v >= hi * (1 - 1e-9))
          max = v;
      }
  if (min == 0)
    min = pow (10, first_exp);
  if (max == 0)
    max = pow (10, last_exp);

  ticks->log = TRUE;
  ticks->step = 0;
  ticks->min = min;
  ticks->max = max;
  ticks->n = 0;
  ticks->decimals = 0;
  for (int e = first_exp; e <= last_exp; e += exp_step)
    for (guint m = 0; m < n_mult; m++)
      {
        double v = mult[m] * pow (10, e);

        if (v < min * (1 - 1e-9) || v > max * (1 + 1e-9) || ticks->n >= MP_TICKS_MAX)
          continue;
        ticks->values[ticks->n++] = v;
        if (e < 0)
          ticks->decimals = MAX (ticks->decimals, -e);
      }

  /* Too crowded with 2s and 5s: keep only the powers of ten. */
  if (ticks->n > max_ticks && n_mult > 1)
    {
      guint j = 0;

      for (guint i = 0; i < ticks->n; i++)
        {
          double m = ticks->values[i] / pow (10, floor (log10 (ticks->values[i]) + 1e-9));

          if (fabs (m - 1) < 1e-6 || i == 0 || i == ticks->n - 1)
            ticks->values[j++] = ticks->values[i];
        }
      ticks->n = j;
    }
}

double
mp_ticks_map (const MpTicks *ticks,
              double         value)
{
  g_return_val_if_fail (ticks != NULL, 0);

  if (ticks->log)
    {
      double lmin = log10 (ticks->min);
      double lmax = log10 (ticks->max);

      if (!(value > 0))
        return 0;
      if (lmax <= lmin)
        return 0;
      return (log10 (value) - lmin) / (lmax - lmin);
    }

  if (ticks->max <= ticks->min)
    return 0;
  return (value - ticks->min) / (ticks->max - ticks->min);
}

int
mp_ticks_year_step (int   first,
                    int   last,
                    guint max_labels)
{
  int span = last - first + 1;
  int step;

  if (max_labels < 1)
    max_labels = 1;
  if (span <= (int) max_labels)
    return 1;

  step = (int) mp_ticks_nice_step ((double) span / max_labels);
  while (step < span && (span + step - 1) / step > (int) max_labels)
    step = (int) mp_ticks_nice_step (step + 1);

  return MAX (step, 1);
}
