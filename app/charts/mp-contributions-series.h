/* mp-contributions-series.h
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

G_BEGIN_DECLS

/* Individual aid records (humanitarian aid, contributions, pledges,
 * cumulative figures: everything but the yearly totals) of 1–4 donors,
 * newest first, then largest first. */

typedef struct
{
  const MpAid *aid;         /* borrowed */
  int          country;     /* index of the donor */
  char        *when;        /* "2020", or "2015–2020" for cumulative figures */
  char        *what;        /* "WHO · COVID-19 response" */
  char        *amount;      /* "US$10 million · official statement" */
  char        *label;       /* tooltip */
  gboolean     multi_year;  /* a total over several years: listed after the
                             * yearly ones, without a bar on their scale */
} MpContribution;

typedef struct
{
  guint           n_countries;
  const char     *country_ids[MP_MAX_COUNTRIES];
  char           *country_names[MP_MAX_COUNTRIES];
  MpContribution *items;
  guint           n_items;
  int             first_year;  /* 0 when there are no items */
  int             last_year;
  double          max_amount;  /* of the yearly items: the bars' scale */
  gboolean        has_not_final;
  char           *title;
  char           *subtitle;
  char           *sources;
  GPtrArray      *source_ids;
} MpContributionsSeries;

MpContributionsSeries *mp_contributions_series_new      (MpDataset                   *dataset,
                                                         const char * const          *country_ids,
                                                         GError                     **error);
void                   mp_contributions_series_free     (MpContributionsSeries       *series);
char                  *mp_contributions_series_describe (const MpContributionsSeries *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpContributionsSeries, mp_contributions_series_free)

G_END_DECLS
