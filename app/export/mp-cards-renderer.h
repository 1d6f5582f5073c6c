/* mp-cards-renderer.h
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

#include <cairo.h>

#include "mp-chart-style.h"
#include "mp-country-facts.h"
#include "mp-dataset.h"

G_BEGIN_DECLS

/* The facts a card shows: bits (1 << MpFactKind). */
#define MP_CARDS_ALL_FACTS ((1u << MP_N_FACTS) - 1)

/* The facts cards on a page or a slide show for @n_countries: all of
 * them for up to four; with more (a regional group of up to eight), not
 * the capital and the area, so that the cards fit at a size to read. */
guint    mp_cards_facts_for      (guint                n_countries);

/* Draws country cards (flag, names and key facts with their year and
 * status) for exports, handouts and print: in a row, or in balanced rows
 * when they do not fit in one (eight go 4 + 4).  Pure cairo + pango: no
 * widget is involved, so it works with no display.  @facts says which
 * facts they show (MP_CARDS_ALL_FACTS: all). */
gboolean mp_cards_render (cairo_t             *cr,
                          MpDataset           *dataset,
                          const char * const  *country_ids,
                          const MpChartStyle  *style,
                          guint                facts,
                          double               width,
                          double               height,
                          gboolean             with_header,
                          GPtrArray           *source_ids,
                          GError             **error);

/* The height the cards need at @width to show @facts (no header). */
double   mp_cards_measure_height (MpDataset           *dataset,
                                  const char * const  *country_ids,
                                  const MpChartStyle  *style,
                                  guint                facts,
                                  double               width);

G_END_DECLS
