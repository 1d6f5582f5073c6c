/* mp-timeline-series.h
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

#include "mp-chart-style.h"
#include "mp-dataset.h"

G_BEGIN_DECLS

/* Memberships of 1–4 countries in international organizations as a
 * timeline: one row per organization (grouped by kind), one lane per
 * country, spans in fractional years.  "Shared" counts the organizations
 * every country is a member of today (as mp-key-organizations.h says),
 * "unique" those exactly one country has a tie with (any status but
 * chair). */

typedef enum
{
  MP_TIMELINE_ALL,
  MP_TIMELINE_SHARED,   /* every selected country is a member today */
  MP_TIMELINE_UNIQUE,   /* exactly one selected country belongs today */
} MpTimelineFilter;

typedef struct
{
  double              from;        /* fractional years */
  double              to;          /* the series' end when open */
  gboolean            open;        /* still current */
  double              confirmed;   /* 0, or the fractional year after which
                                    * the source no longer confirms it */
  MpMembershipStatus  status;
  const MpMembership *membership;  /* borrowed */
  char               *label;       /* tooltip */
} MpTimelineSpan;

typedef struct
{
  MpTimelineSpan *spans;           /* memberships, by from */
  guint           n_spans;
  MpTimelineSpan *chairs;          /* chair periods */
  guint           n_chairs;
  gboolean        current;         /* an open span today */
  gboolean        member;          /* of which one a member's, not a looser tie */
} MpTimelineLane;

typedef struct
{
  const MpOrganization *organization;  /* borrowed */
  char                 *name;          /* in the UI language */
  MpTimelineLane        lanes[MP_MAX_COUNTRIES];
  guint                 n_current;     /* countries that belong today */
  guint                 n_members;     /* of which members, not looser ties */
  gboolean              shared;        /* every country a member today */
  gboolean              unknown;       /* a country without a record whose tie
                                        * the dataset does not know
                                        * (mp_dataset_is_tie_known ()) */
} MpTimelineRow;

typedef struct
{
  MpOrgKind   kind;
  const char *label;       /* "Global", "Security", … */
  guint       first_row;
  guint       n_rows;
} MpTimelineGroup;

typedef struct
{
  guint             n_countries;
  const char       *country_ids[MP_MAX_COUNTRIES];
  char             *country_names[MP_MAX_COUNTRIES];
  double            country_start[MP_MAX_COUNTRIES]; /* independence, or its first membership */
  double            start;            /* fractional years */
  double            end;              /* today */
  MpTimelineFilter  filter;
  gboolean          all_organizations; /* the long tail too, not only the
                                        * key organizations */
  gboolean          ranked;           /* the dataset ranks key organizations */
  MpTimelineRow    *rows;             /* after filtering, grouped by kind */
  guint             n_rows;
  MpTimelineGroup  *groups;
  guint             n_groups;
  guint             n_organizations;  /* rows before filtering: the key
                                       * ones, or all */
  guint             n_all;            /* every organization with a membership */
  guint             n_shared;         /* counted before filtering */
  guint             n_unique[MP_MAX_COUNTRIES];
  guint             n_current[MP_MAX_COUNTRIES];
  guint             status_mask;      /* 1 << MpMembershipStatus present */
  int               confirmed_year;   /* the "confirmed until" year of most
                                       * spans that run past theirs; 0 none */
  char             *unconfirmed_label; /* legend for those spans, or NULL */
  char             *title;
  char             *subtitle;
  char             *summary;          /* "Today: shared 12, only Azerbaijan 5, …" */
  char             *key_organizations; /* " Key organizations all of them are
                                        * members of: UN, OSCE. Only Azerbaijan
                                        * is a member of: GUAM.", or NULL */
  char             *sources;
  GPtrArray        *source_ids;
} MpTimelineSeries;

/* @all_organizations: FALSE for the key organizations (see
 * mp-key-organizations.h), grouped by kind, by rank; TRUE for every
 * organization, the long tail after the key ones of each kind.
 * @today: fractional year to end open spans at; 0 means now. */
MpTimelineSeries *mp_timeline_series_new      (MpDataset              *dataset,
                                               const char * const     *country_ids,
                                               MpTimelineFilter        filter,
                                               gboolean                all_organizations,
                                               double                  today,
                                               GError                **error);
void              mp_timeline_series_free     (MpTimelineSeries       *series);
char             *mp_timeline_series_describe (const MpTimelineSeries *series);
/* The current fractional year (2026.5 in early July 2026). */
double            mp_timeline_now             (void);
/* TRUE for statuses drawn pale (observer, partner, …). */
gboolean          mp_timeline_status_is_partial (MpMembershipStatus    status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTimelineSeries, mp_timeline_series_free)

G_END_DECLS
