/* mp-format.c
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

#include "mp-format.h"

char *
mp_format_date (const MpDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (date->year == 0)
    return NULL;

  if (date->month == 0)
    return g_strdup_printf ("%d", date->year);

  dt = g_date_time_new_utc (date->year, date->month, date->day ? date->day : 1, 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%d", date->year);

  if (date->day == 0)
    /* Translators: a month and year, see strftime(3); %OB is the standalone month name */
    return g_date_time_format (dt, C_("date", "%OB %Y"));

  /* Translators: a full date, see strftime(3), e.g. "2 March 1992" */
  return g_date_time_format (dt, C_("date", "%-d %B %Y"));
}

char *
mp_format_dataset_date (MpDataset *dataset)
{
  GPtrArray *sources;
  MpDate newest = { 0 };

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);

  sources = mp_dataset_get_sources (dataset);
  for (guint i = 0; i < sources->len; i++)
    {
      const MpSource *source = g_ptr_array_index (sources, i);

      if (mp_date_is_set (&source->retrieved) &&
          (!mp_date_is_set (&newest) || mp_date_compare (&source->retrieved, &newest) > 0))
        newest = source->retrieved;
    }

  if (!mp_date_is_set (&newest))
    return NULL;

  /* Month and year: the day a source was read is more than a reader
   * needs to judge how fresh the figures are. */
  newest.day = 0;

  return mp_format_date (&newest);
}

char *
mp_format_data_as_of (MpDataset *dataset)
{
  g_autofree char *date = mp_format_dataset_date (dataset);

  if (date == NULL)
    return NULL;

  /* Translators: the date of the dataset's figures, %s is a month and year ("December 2026") */
  return g_strdup_printf (_("Data as of %s"), date);
}
