/* fuzz-dataset.c
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

#include <json-glib/json-glib.h>
#include <stdint.h>

#include "mp-dataset-loader.h"
#include "mp-fuzz-log.h"
#include "mp-json-check.h"

/* libFuzzer target: any bytes, loaded as a dataset file twice (so the
 * second copy overrides the first by id and merges series), must give
 * either a dataset or problems, never a crash, a leak or a critical.
 * Also differential: what our strict JSON check accepts, json-glib must
 * read (else users would get json-glib's messages). */

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mp_fuzz_log_init ();
  g_setenv ("LANGUAGE", "en", TRUE);

  return 0;
}

static void
use_dataset (MpDataset *dataset)
{
  GPtrArray *countries = mp_dataset_get_countries (dataset);
  GPtrArray *indicators = mp_dataset_get_indicators (dataset);

  for (guint i = 0; i < countries->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (countries, i);
      GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country->id);
      g_autoptr(GPtrArray) aid = mp_dataset_find_aid (dataset, country->id, 2020);

      g_assert (mp_text_get (country->name, NULL) != NULL);
      g_assert (mp_dataset_lookup_country (dataset, country->id) == country);
      g_assert (mp_dataset_lookup_source (dataset, country->source) != NULL);

      for (guint j = 0; j < memberships->len; j++)
        {
          const MpMembership *membership = g_ptr_array_index (memberships, j);

          g_assert (mp_dataset_lookup_organization (dataset, membership->organization) != NULL);
          g_assert (!mp_date_is_set (&membership->to) || mp_date_compare (&membership->from, &membership->to) <= 0 ||
                    membership->to.year == membership->from.year);
        }

      for (guint j = 0; j < indicators->len; j++)
        {
          const MpSeries *series = mp_indicator_get_series (g_ptr_array_index (indicators, j), country->id);
          const MpPoint *latest = mp_series_get_latest (series);

          for (guint k = 1; series != NULL && k < series->n_points; k++)
            g_assert (series->points[k - 1].year < series->points[k].year);
          g_assert (latest == NULL || latest->year >= 1800);
        }

      (void) aid;
    }
}

static void
check_agrees_with_json_glib (const char *data,
                             size_t      size)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;

  if (size > 1024 * 1024 || !g_utf8_validate (data, (gssize) size, NULL) ||
      !_mp_json_check (data, size, MP_DATASET_MAX_DEPTH, NULL, NULL, NULL, NULL, NULL))
    return;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) size, &error))
    g_error ("accepted by the check, refused by json-glib: %s", error->message);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(MpDataset) dataset = NULL;
  GPtrArray *problems;

  mp_dataset_loader_add_bytes (loader, "a.json", bytes);
  mp_dataset_loader_add_bytes (loader, "b.json", bytes);
  dataset = mp_dataset_loader_load (loader, NULL);

  problems = mp_dataset_loader_get_problems (loader);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = mp_problem_to_string (g_ptr_array_index (problems, i));

      g_assert (g_utf8_validate (line, -1, NULL));
    }

  g_assert ((dataset != NULL) == (mp_dataset_loader_get_n_errors (loader) == 0));

  if (dataset != NULL)
    use_dataset (dataset);

  check_agrees_with_json_glib ((const char *) data, size);

  return 0;
}
