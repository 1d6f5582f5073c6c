/* mp-sparkline.h
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

#include <gtk/gtk.h>

#include "mp-records.h"

G_BEGIN_DECLS

#define MP_TYPE_SPARKLINE (mp_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (MpSparkline, mp_sparkline, MP, SPARKLINE, GtkWidget)

/* A tiny line of an indicator for a country card, in the country's
 * colour.  Its accessible label names the indicator; its description
 * gives the first and last values. */

GtkWidget  *mp_sparkline_new               (void);
/* Copies the points of @series (nullable: clears). */
void        mp_sparkline_set_series        (MpSparkline       *self,
                                            const MpSeries    *series,
                                            MpValueStatus      status);
/* Convenience: the series of @country_id in @indicator, its status, unit
 * and name as the accessible label. */
void        mp_sparkline_set_indicator     (MpSparkline       *self,
                                            const MpIndicator *indicator,
                                            const char        *country_id);
/* Which country colour (0–3) to draw in. */
void        mp_sparkline_set_country_index (MpSparkline       *self,
                                            guint              index);
guint       mp_sparkline_get_country_index (MpSparkline       *self);
void        mp_sparkline_set_unit          (MpSparkline       *self,
                                            MpUnit             unit);
/* The accessible label, e.g. the indicator's name. */
void        mp_sparkline_set_label         (MpSparkline       *self,
                                            const char        *label);
const char *mp_sparkline_get_description   (MpSparkline       *self);
guint       mp_sparkline_get_n_points      (MpSparkline       *self);
char       *mp_sparkline_dup_caption       (MpSparkline       *self);

G_END_DECLS
