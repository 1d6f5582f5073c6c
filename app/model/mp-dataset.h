/* mp-dataset.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-records.h"

G_BEGIN_DECLS

#define MP_TYPE_DATASET (mp_dataset_get_type ())

G_DECLARE_FINAL_TYPE (MpDataset, mp_dataset, MP, DATASET, GObject)

/* An immutable, validated dataset.  Built by MpDatasetLoader.
 * Arrays returned are owned by the dataset (transfer none). */

GPtrArray            *mp_dataset_get_sources            (MpDataset  *self); /* MpSource* */
GPtrArray            *mp_dataset_get_countries          (MpDataset  *self); /* MpCountry*, sorted by English name */
GPtrArray            *mp_dataset_get_organizations      (MpDataset  *self); /* MpOrganization*, by kind then acronym */
GPtrArray            *mp_dataset_get_memberships        (MpDataset  *self); /* MpMembership* */
GPtrArray            *mp_dataset_get_aid                (MpDataset  *self); /* MpAid* */
GPtrArray            *mp_dataset_get_indicators         (MpDataset  *self); /* MpIndicator* */

const MpSource       *mp_dataset_lookup_source          (MpDataset  *self,
                                                         const char *id);
const MpCountry      *mp_dataset_lookup_country         (MpDataset  *self,
                                                         const char *id);
const MpOrganization *mp_dataset_lookup_organization    (MpDataset  *self,
                                                         const char *id);
const MpIndicator    *mp_dataset_lookup_indicator       (MpDataset  *self,
                                                         const char *id);
const MpMembership   *mp_dataset_lookup_membership      (MpDataset  *self,
                                                         const char *id);
const MpAid          *mp_dataset_lookup_aid             (MpDataset  *self,
                                                         const char *id);

/* A country's memberships (chair periods included), sorted by from date.
 * Never NULL; empty for an unknown country. */
GPtrArray            *mp_dataset_get_country_memberships (MpDataset  *self,
                                                          const char *country_id);
/* Whether any country is featured (one of the dataset's own subjects). */
gboolean              mp_dataset_has_featured            (MpDataset            *self);
/* Whether the dataset says if @country has a tie to @organization, so
 * that no record means "not a member": the country is featured (their
 * memberships are a ledger), the organization lists all its members
 * (members_complete), or the dataset features no country (then every
 * record is as complete as the file's author made it).  Otherwise no
 * record means no data. */
gboolean              mp_dataset_is_tie_known            (MpDataset            *self,
                                                          const MpCountry      *country,
                                                          const MpOrganization *organization);
/* A donor's aid records sorted by year, then measure.  Never NULL. */
GPtrArray            *mp_dataset_get_donor_aid          (MpDataset  *self,
                                                         const char *donor_id);
/* Aid records of @donor in @year (all measures); new container, free it. */
GPtrArray            *mp_dataset_find_aid               (MpDataset  *self,
                                                         const char *donor_id,
                                                         int         year);
const MpSeries       *mp_indicator_get_series           (const MpIndicator *indicator,
                                                         const char        *country_id);
/* The latest point of a series, or NULL. */
const MpPoint        *mp_series_get_latest              (const MpSeries    *series);

G_END_DECLS
