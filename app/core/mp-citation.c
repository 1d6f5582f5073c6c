/* mp-citation.c
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

#include <glib/gi18n.h>

#include "mp-citation.h"
#include "mp-format.h"

char *
mp_citation_format (const MpSource *source)
{
  g_autofree char *retrieved = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  retrieved = mp_format_date (&source->retrieved);

  /* Translators: a citation: publisher, title, address, date retrieved, licence */
  return g_strdup_printf (_("%s, “%s”, %s (retrieved %s), licence: %s"),
                          source->publisher, source->title, source->url,
                          retrieved != NULL ? retrieved : "?", source->licence);
}
