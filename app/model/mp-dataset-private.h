/* mp-dataset-private.h
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

/* Building an MpDataset: only MpDatasetLoader does this.  Until
 * _mp_dataset_finish() the dataset is not usable through the public
 * API; after it, it never changes. */

typedef enum
{
  MP_RECORD_SOURCE,
  MP_RECORD_COUNTRY,
  MP_RECORD_ORGANIZATION,
  MP_RECORD_MEMBERSHIP,
  MP_RECORD_AID,
  MP_RECORD_INDICATOR,
  MP_N_RECORD_KINDS
} MpRecordKind;

MpDataset  *_mp_dataset_new           (void);
/* Zeroed memory that lives as long as the dataset. */
gpointer    _mp_dataset_alloc         (MpDataset    *self,
                                       gsize         size);
#define _mp_dataset_new0(self, Type, n) ((Type *) _mp_dataset_alloc ((self), sizeof (Type) * (n)))
/* Copies of strings owned by the dataset; _intern shares equal ones. */
const char *_mp_dataset_intern        (MpDataset    *self,
                                       const char   *string);
const char *_mp_dataset_strdup        (MpDataset    *self,
                                       const char   *string);
/* A text owned by the dataset. */
MpText     *_mp_dataset_new_text      (MpDataset    *self);

/* The dataset's own copy of @id if a record of @kind has it, or NULL. */
const char *_mp_dataset_find_id       (MpDataset    *self,
                                       MpRecordKind  kind,
                                       const char   *id);

typedef enum
{
  MP_PUT_ADDED,
  MP_PUT_REPLACED,   /* the id came from an earlier file */
  MP_PUT_DUPLICATE,  /* the id is already used in this file: not added */
} MpPutResult;

/* Adds @record (allocated with _mp_dataset_alloc, its first member is
 * its `const char *id`, interned), read from file number @file at
 * position @position of its array; or replaces the record with the
 * same id from an earlier file, in place.  For a duplicate in the same
 * file, @out_first_position is the position of the first. */
MpPutResult _mp_dataset_put           (MpDataset    *self,
                                       MpRecordKind  kind,
                                       gpointer      record,
                                       guint         file,
                                       guint         position,
                                       guint        *out_first_position);
/* The same for an indicator; each of @series then replaces that
 * country's series, other countries' series stay. */
MpPutResult _mp_dataset_put_indicator (MpDataset    *self,
                                       MpIndicator  *indicator,
                                       MpSeries     *series,
                                       guint         n_series,
                                       guint         file,
                                       guint         position,
                                       guint        *out_first_position);
/* Sorts, indexes and freezes the dataset. */
void        _mp_dataset_finish        (MpDataset    *self);

G_END_DECLS
