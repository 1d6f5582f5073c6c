/* mp-indicator-series.h
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

#include "mp-chart-format.h"
#include "mp-chart-style.h"
#include "mp-dataset.h"

G_BEGIN_DECLS

/* One indicator over time for 1–4 countries.  Lines break where years
 * are missing (a step longer than 1.5 times the series' usual step);
 * on a log scale, values ≤ 0 are left out and counted. */

typedef struct
{
  const char    *country_id;   /* borrowed */
  char          *name;
  const char    *source;       /* source id of this country's figures, borrowed */
  MpValueStatus  status;
  const MpPoint *points;       /* borrowed from the dataset */
  guint          n_points;
  gboolean      *breaks;       /* n_points: TRUE when a gap comes before point i */
  gboolean      *skipped;      /* n_points: TRUE when not drawable (log, ≤ 0) */
  char         **labels;       /* n_points tooltips */
  double         min;          /* over drawable points */
  double         max;
  guint          n_drawable;
} MpIndicatorLine;

typedef struct
{
  const MpIndicator *indicator;  /* borrowed */
  char              *name;       /* in the UI language */
  MpUnit             unit;
  MpValueStatus      status;
  gboolean           derived;
  gboolean           log;
  int                first_year; /* 0 when no country has data */
  int                last_year;
  double             min;        /* over drawable points */
  double             max;
  double             min_abs;    /* the smallest |value| other than nought; 0 for none */
  MpChartMagnitude   magnitude;
  guint              n_lines;
  MpIndicatorLine    lines[MP_MAX_COUNTRIES];
  guint              n_skipped;  /* values left out of a log scale */
  char              *title;
  char              *subtitle;
  char              *sources;
  GPtrArray         *source_ids;
} MpIndicatorSeries;

MpIndicatorSeries *mp_indicator_series_new      (MpDataset               *dataset,
                                                 const char              *indicator_id,
                                                 const char * const      *country_ids,
                                                 gboolean                 log_scale,
                                                 GError                 **error);
void               mp_indicator_series_free     (MpIndicatorSeries       *series);
char              *mp_indicator_series_describe (const MpIndicatorSeries *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpIndicatorSeries, mp_indicator_series_free)

G_END_DECLS
