/* mp-dataset-cache.h
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

#include "mp-dataset.h"

G_BEGIN_DECLS

/* A pre-parsed copy of the bundled dataset: the records of a validated
 * MpDataset as one GVariant, tied to the fingerprint of the JSON it was made
 * from and to the fields of mp-dataset-schema.h it was written with.
 * Parsing and checking the bundled JSON takes many times longer than
 * reading this, so the loader reads this instead, when it has these fields
 * (and the JSON when it has not).  That it was made from the bundled JSON
 * is checked when the app is built (`mp-dataset-cache --check`: the build
 * fails on a stale cache), not at every start, which would read megabytes
 * of JSON into memory only to hash them.  Made by tools/mp-dataset-cache.c;
 * tests/model/test-dataset-cache.c checks that it loads the same records as
 * the JSON. */

/* Of the container; a change of the fields needs no new version. */
#define MP_DATASET_CACHE_VERSION 5

/* What ties a cache to its JSON: the size and a hash of the bytes.  It
 * tells a cache made from other bytes (at build time and in the tests; a
 * start does not read the JSON), not an attacker's forgery. */
char     *mp_dataset_cache_fingerprint (GBytes    *json);
/* Whether @cache is a cache of this version and these fields made from
 * exactly @json. */
gboolean  mp_dataset_cache_matches   (GBytes     *cache,
                                      GBytes     *json);
/* Little-endian serialised GVariant of @dataset's records. */
GBytes   *mp_dataset_cache_serialize (MpDataset  *dataset,
                                      const char *json_checksum);
/* Puts the cached records into a dataset being built, as file
 * @file_index; FALSE (and nothing put) when @cache is not a cache of
 * this version and these fields, or (unless @json_checksum is NULL: the
 * bundled cache, checked at build time) not made from JSON with
 * @json_checksum, or is damaged. */
gboolean  _mp_dataset_cache_put      (MpDataset  *dataset,
                                      GBytes     *cache,
                                      const char *json_checksum,
                                      guint       file_index);

G_END_DECLS
