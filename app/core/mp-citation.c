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
mp_citation_format_retrieved (const MpSource *source)
{
  g_autofree char *retrieved = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->retrieved_unknown)
    return g_strdup (_("Date of retrieval not recorded"));

  retrieved = mp_format_date (&source->retrieved);
  /* Translators: %s is a date */
  return g_strdup_printf (_("Retrieved %s"), retrieved != NULL ? retrieved : "?");
}

char *
mp_citation_format (const MpSource *source)
{
  g_autofree char *retrieved = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->retrieved_unknown)
    /* Translators: a citation: publisher, title, address, licence */
    return g_strdup_printf (_("%s, “%s”, %s (date of retrieval not recorded), licence: %s"),
                            source->publisher, source->title, source->url, source->licence);

  retrieved = mp_format_date (&source->retrieved);

  /* Translators: a citation: publisher, title, address, date retrieved, licence */
  return g_strdup_printf (_("%s, “%s”, %s (retrieved %s), licence: %s"),
                          source->publisher, source->title, source->url,
                          retrieved != NULL ? retrieved : "?", source->licence);
}
