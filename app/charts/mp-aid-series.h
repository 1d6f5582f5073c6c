/* mp-aid-series.h
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

#include "mp-chart-style.h"
#include "mp-dataset.h"
#include "mp-chart-format.h"

G_BEGIN_DECLS

/* Total ODA per year for 1–4 donors: the numbers behind the aid bars.
 * A year without a figure is a gap (present = FALSE), never a zero. */

typedef struct
{
  gboolean      present;
  double        amount_usd;
  MpValueStatus status;
  const char   *source;      /* source id, borrowed */
  const char   *record_id;   /* aid record id, borrowed */
  char         *label;       /* tooltip: country, year, amount, status, source */
} MpAidValue;

typedef struct
{
  const char *country_id;    /* borrowed from the dataset */
  char       *name;
  char       *legend;        /* name, or "Name (no data)" */
  MpAidValue *values;        /* n_years, index = year - first_year */
  guint       n_present;
  int         first_year;    /* first and last year with data, 0 when none */
  int         last_year;
} MpAidCountry;

typedef struct
{
  int           first_year;  /* 0 when no donor has data */
  int           last_year;
  guint         n_years;
  guint         n_countries;
  MpAidCountry  countries[MP_MAX_COUNTRIES];
  double        max_amount;  /* US$ */
  double        min_amount;  /* US$, the smallest other than nought; 0 for none */
  MpChartMagnitude   magnitude;   /* axis scale */
  gboolean      has_not_final;
  gboolean      has_gaps;
  char         *title;
  char         *subtitle;    /* unit and years */
  char         *sources;     /* footer */
  GPtrArray    *source_ids;  /* borrowed strings */
} MpAidSeries;

MpAidSeries *mp_aid_series_new      (MpDataset          *dataset,
                                     const char * const *country_ids,
                                     GError            **error);
void         mp_aid_series_free     (MpAidSeries        *series);
/* "Aid contributions, 2013 to 2022: Azerbaijan from 19 to 49.2 million
 * US$, …" for screen readers. */
char        *mp_aid_series_describe (const MpAidSeries  *series);
/* TRUE for statuses drawn pale with a dashed outline. */
gboolean     mp_chart_status_is_tentative (MpValueStatus status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpAidSeries, mp_aid_series_free)

G_END_DECLS
