/* mp-citation.h
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

#include "mp-records.h"

G_BEGIN_DECLS

/* "Publisher, “Title”, URL (retrieved DATE), licence: LICENCE", or
 * "(date of retrieval not recorded)" when the source says so. */
char *mp_citation_format           (const MpSource *source);
/* The one line about when the source was read: "Retrieved 6 December
 * 2026" or "Date of retrieval not recorded". */
char *mp_citation_format_retrieved (const MpSource *source);

G_END_DECLS
