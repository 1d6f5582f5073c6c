/* mp-records.h
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

#include "mp-date.h"
#include "mp-text.h"

G_BEGIN_DECLS

/* Plain, immutable records owned by an MpDataset.  Every string is
 * owned by the dataset and lives as long as it does.  See data/FORMAT.md.
 */

typedef enum
{
  MP_VALUE_FINAL,
  MP_VALUE_PRELIMINARY,
  MP_VALUE_ESTIMATE,
  MP_VALUE_DERIVED,
  MP_VALUE_ANNOUNCED,
  MP_VALUE_STATEMENT,
} MpValueStatus;

typedef enum
{
  MP_ORG_GLOBAL,
  MP_ORG_REGIONAL,
  MP_ORG_ECONOMIC,
  MP_ORG_SECURITY,
  MP_ORG_FINANCIAL,
  MP_ORG_CULTURAL,
} MpOrgKind;

typedef enum
{
  MP_MEMBERSHIP_FOUNDING_MEMBER,
  MP_MEMBERSHIP_MEMBER,
  MP_MEMBERSHIP_ASSOCIATE,
  MP_MEMBERSHIP_OBSERVER,
  MP_MEMBERSHIP_PARTNER,
  MP_MEMBERSHIP_PARTICIPANT,
  MP_MEMBERSHIP_SIGNATORY,
  MP_MEMBERSHIP_CHAIR,
} MpMembershipStatus;

typedef enum
{
  MP_PRECISION_DAY,
  MP_PRECISION_MONTH,
  MP_PRECISION_YEAR_ONLY,
} MpPrecision;

typedef enum
{
  MP_AID_TOTAL_ODA,
  MP_AID_HUMANITARIAN,
  MP_AID_CONTRIBUTION,
  MP_AID_PLEDGE,
  MP_AID_CUMULATIVE,
} MpAidMeasure;

typedef enum
{
  MP_UNIT_PEOPLE,
  MP_UNIT_USD,
  MP_UNIT_USD_PER_PERSON,
  MP_UNIT_PERCENT,
  MP_UNIT_KM2,
} MpUnit;

typedef struct
{
  const char *id;
  const char *title;
  const char *publisher;
  const char *url;
  MpDate      retrieved;
  gboolean    retrieved_unknown;  /* not recorded: @retrieved stands in */
  const char *licence;
  const char *note;           /* nullable; for the dataset's authors */
} MpSource;

/* A single sourced value.  @present is FALSE when the dataset has no
 * value: the UI then says "no data", never 0.
 */
typedef struct
{
  gboolean      present;
  double        number;       /* for numeric facts */
  const char   *text;         /* for string facts, nullable: the English
                               * of @texts */
  MpText       *texts;        /* for string facts, nullable: the value in
                               * each language given ("en" always) */
  MpDate        date;         /* for date facts */
  int           year;         /* 0 when not given */
  MpValueStatus status;
  const char   *source;       /* source id, NULL when !present */
  const char   *note;         /* nullable */
} MpFact;

typedef struct
{
  const char *id;             /* ISO alpha-2, "AZ" */
  const char *iso3;           /* "AZE" */
  MpText     *name;
  MpText     *official_name;  /* nullable */
  const char *other_names;    /* nullable: other or former names people
                               * search by, one per line ("Turkey") */
  const char *flag;           /* resource path or absolute file path, nullable */
  const char *source;
  MpFact      capital;        /* text */
  MpFact      area_km2;       /* number */
  MpFact      independence;   /* date */
  gboolean    featured;       /* one of the dataset's own subjects: new
                               * cards and the picker offer these first */
  MpFact      subregion;      /* text: the UN M49 sub-region, in English
                               * as M49 names it ("Central Asia") */
  const char *note;           /* nullable; for the dataset's authors: where
                               * the translated official names come from */
} MpCountry;

typedef struct
{
  const char *id;
  const char *acronym;
  MpText     *name;
  MpOrgKind   kind;
  MpDate      founded;        /* year 0 when unknown */
  const char *url;            /* nullable */
  const char *source;
  int         key;            /* 0: not a key organization; else its rank
                               * among the key ones of its kind, 1 first */
  MpText     *acronyms;       /* nullable: the acronym as each language
                               * writes it ("СНГ"); "en" is acronym */
  const char *note;           /* nullable: where the translated names and
                               * acronyms come from */
  gboolean    members_complete; /* every country's tie to it is in the
                                 * dataset, not only the featured ones':
                                 * see mp_dataset_is_tie_known () */
} MpOrganization;

typedef struct
{
  const char        *id;
  const char        *country;
  const char        *organization;
  MpMembershipStatus status;
  MpDate             from;
  MpDate             to;      /* year 0: still current */
  MpDate             confirmed_until; /* year 0: not given; else the source
                                       * confirms the membership only up to
                                       * this date (its data end there) */
  MpPrecision        precision;
  const char        *source;
  const char        *note;    /* nullable */
} MpMembership;

typedef struct
{
  const char   *id;
  const char   *donor;
  int           year;
  int           first_year;   /* 0 unless cumulative */
  double        amount_usd;
  MpAidMeasure  measure;
  const char   *recipient;    /* nullable */
  const char   *purpose;      /* nullable */
  MpValueStatus status;
  const char   *source;
  const char   *note;         /* nullable */
  gboolean      lower_bound;  /* the source says "more than" the amount */
} MpAid;

typedef struct
{
  int    year;
  double value;
} MpPoint;

typedef struct
{
  const char    *country;
  const MpPoint *points;      /* years strictly increasing */
  guint          n_points;
  const char    *source;      /* the source of this country's figures: the
                               * indicator's in the file that gave them */
  MpValueStatus  status;
} MpSeries;

typedef struct
{
  const char    *id;
  MpText        *name;
  MpUnit         unit;
  const char    *source;
  MpValueStatus  status;
  const char    *note;        /* nullable */
  const MpSeries *series;     /* one per country, sorted by country id */
  guint          n_series;
} MpIndicator;

const char *mp_value_status_to_string       (MpValueStatus      status);
const char *mp_membership_status_to_string  (MpMembershipStatus status);
const char *mp_org_kind_to_string           (MpOrgKind          kind);
const char *mp_aid_measure_to_string        (MpAidMeasure       measure);
const char *mp_unit_to_string               (MpUnit             unit);
const char *mp_precision_to_string          (MpPrecision        precision);

/* @organization's acronym as @lang writes it (NULL: the UI language),
 * falling back to its English one. */
const char *mp_organization_get_acronym     (const MpOrganization *organization,
                                             const char           *lang);

G_END_DECLS
