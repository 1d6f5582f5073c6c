/* mp-chart-common.h
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

#define MP_CHART_ERROR (mp_chart_error_quark ())

typedef enum
{
  MP_CHART_ERROR_INVALID_COUNTRIES,   /* none, more than four, or repeated */
  MP_CHART_ERROR_UNKNOWN_COUNTRY,
  MP_CHART_ERROR_UNKNOWN_CHART,
  MP_CHART_ERROR_UNKNOWN_INDICATOR,
  MP_CHART_ERROR_INVALID_SIZE,
} MpChartError;

GQuark      mp_chart_error_quark        (void);

/* Checks 1–4 distinct known country ids and looks them up. */
gboolean    mp_chart_resolve_countries  (MpDataset          *dataset,
                                         const char * const *country_ids,
                                         const MpCountry   **countries,
                                         guint              *n_countries,
                                         GError            **error);
/* The country's name in the UI language. */
const char *mp_chart_country_name       (const MpCountry    *country);

/* An ordered set of source ids (borrowed strings). */
void        mp_chart_sources_add        (GPtrArray          *source_ids,
                                         const char         *source_id);
/* "Source: Title (Publisher)" or "Sources: A (P); B (Q)". */
char       *mp_chart_sources_text       (MpDataset          *dataset,
                                         GPtrArray          *source_ids);
/* The title of one source, or its id when unknown. */
const char *mp_chart_source_title       (MpDataset          *dataset,
                                         const char         *source_id);
/* "A, B and C" in the UI language. */
char       *mp_chart_join_list          (const char * const *items,
                                         guint               n_items);

G_END_DECLS
