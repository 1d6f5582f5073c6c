/* mp-country-search.h
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

#include "mp-dataset.h"

G_BEGIN_DECLS

/* Finding a country from what people type, in any UI language.
 *
 * Text is folded before it is compared: case, diacritics ("türk" and
 * "turk"), and letters that keyboards often lack are typed as their
 * plain neighbours (Azerbaijani ə and ı as e and i; Kazakh ә, ғ, қ, ң,
 * ө, ұ, ү, һ, і as Russian а, г, к, н, о, у, у, х, и; ё as е).  Every
 * word of the query must start a word of one of the country's names in
 * any language, its official names or other names (for "Turkey",
 * "Burma"), or be its ISO code; a word of five letters or more may be
 * one edit away ("Kazakstan"). */

/* The folded form of @text.  Transfer full. */
char  *mp_search_fold            (const char      *text);

/* The words a country is found by: folded, one per line, its names in
 * @language first.  Transfer full. */
char  *mp_country_search_key     (const MpCountry *country,
                                  const char      *language);

/* How well @query matches @key (from mp_country_search_key()): 0 when
 * it does not, more for a better match (an ISO code, then the start of
 * the displayed name, then any name, then a near miss).  An empty
 * query matches everything with 1. */
guint  mp_country_search_score   (const char      *key,
                                  const char      *query);

G_END_DECLS
