/* mp-key-organizations.h
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

/* The organizations that matter, compared across countries.
 *
 * A dataset marks an organization as key with its "key" rank (see
 * data/FORMAT.md); everything else is the long tail, kept as history.
 * Cards, chart descriptions and handouts all take their "key
 * organizations · shared" from here, so they cannot disagree.
 *
 * A country belongs to an organization today when it has a membership
 * record for it that has not ended and is not a chair period.  It is a
 * member when that record's status is founding member, member,
 * associate or participant; an observer, partner or signatory has a tie
 * but is not counted as a member. */
typedef struct _MpKeyOrganizations MpKeyOrganizations;

/* @countries: NULL-terminated country ids (unknown ids are kept, with
 * no memberships).  The organizations are those of which at least one
 * of the countries has a tie today, grouped by kind (global, regional,
 * economic, security, financial, cultural), then by rank. */
MpKeyOrganizations   *mp_key_organizations_new            (MpDataset                *dataset,
                                                           const char * const       *countries);
void                  mp_key_organizations_free           (MpKeyOrganizations       *self);

/* FALSE when the dataset ranks no organization, and all are key. */
gboolean              mp_key_organizations_is_ranked      (const MpKeyOrganizations *self);
guint                 mp_key_organizations_get_n          (const MpKeyOrganizations *self);
const MpOrganization *mp_key_organizations_get            (const MpKeyOrganizations *self,
                                                           guint                     index);
/* The current record of country @country_index for organization
 * @index, or NULL when it has no tie today. */
const MpMembership   *mp_key_organizations_get_membership (const MpKeyOrganizations *self,
                                                           guint                     index,
                                                           guint                     country_index);
/* TRUE when every country is a member of organization @index. */
gboolean              mp_key_organizations_is_shared      (const MpKeyOrganizations *self,
                                                           guint                     index);
/* The number of key organizations @country_index is a member of. */
guint                 mp_key_organizations_count_member   (const MpKeyOrganizations *self,
                                                           guint                     country_index);
/* The number of key organizations every country is a member of. */
guint                 mp_key_organizations_count_shared   (const MpKeyOrganizations *self);

gboolean              mp_membership_status_is_member      (MpMembershipStatus        status);
/* The order organizations are shown in: by kind, then the key ones by
 * rank, then the long tail, each by acronym. */
int                   mp_key_organizations_compare_salience (const MpOrganization *a,
                                                             const MpOrganization *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpKeyOrganizations, mp_key_organizations_free)

G_END_DECLS
