/* mp-records.c
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

#include "mp-records.h"
#include "mp-text.h"

/* The strings are the values used in the JSON format (data/FORMAT.md),
 * not translated: the UI translates them itself. */

const char *
mp_value_status_to_string (MpValueStatus status)
{
  switch (status)
    {
    case MP_VALUE_FINAL:       return "final";
    case MP_VALUE_PRELIMINARY: return "preliminary";
    case MP_VALUE_ESTIMATE:    return "estimate";
    case MP_VALUE_DERIVED:     return "derived";
    case MP_VALUE_ANNOUNCED:   return "announced";
    case MP_VALUE_STATEMENT:   return "statement";
    default:                   return NULL;
    }
}

const char *
mp_membership_status_to_string (MpMembershipStatus status)
{
  switch (status)
    {
    case MP_MEMBERSHIP_FOUNDING_MEMBER: return "founding-member";
    case MP_MEMBERSHIP_MEMBER:          return "member";
    case MP_MEMBERSHIP_ASSOCIATE:       return "associate";
    case MP_MEMBERSHIP_OBSERVER:        return "observer";
    case MP_MEMBERSHIP_PARTNER:         return "partner";
    case MP_MEMBERSHIP_PARTICIPANT:     return "participant";
    case MP_MEMBERSHIP_SIGNATORY:       return "signatory";
    case MP_MEMBERSHIP_CHAIR:           return "chair";
    default:                            return NULL;
    }
}

const char *
mp_org_kind_to_string (MpOrgKind kind)
{
  switch (kind)
    {
    case MP_ORG_GLOBAL:    return "global";
    case MP_ORG_REGIONAL:  return "regional";
    case MP_ORG_ECONOMIC:  return "economic";
    case MP_ORG_SECURITY:  return "security";
    case MP_ORG_FINANCIAL: return "financial";
    case MP_ORG_CULTURAL:  return "cultural";
    default:               return NULL;
    }
}

const char *
mp_aid_measure_to_string (MpAidMeasure measure)
{
  switch (measure)
    {
    case MP_AID_TOTAL_ODA:    return "total-oda";
    case MP_AID_HUMANITARIAN: return "humanitarian";
    case MP_AID_CONTRIBUTION: return "contribution";
    case MP_AID_PLEDGE:       return "pledge";
    case MP_AID_CUMULATIVE:   return "cumulative";
    default:                  return NULL;
    }
}

const char *
mp_unit_to_string (MpUnit unit)
{
  switch (unit)
    {
    case MP_UNIT_PEOPLE:         return "people";
    case MP_UNIT_USD:            return "usd";
    case MP_UNIT_USD_PER_PERSON: return "usd-per-person";
    case MP_UNIT_PERCENT:        return "percent";
    case MP_UNIT_KM2:            return "km2";
    default:                     return NULL;
    }
}

const char *
mp_precision_to_string (MpPrecision precision)
{
  switch (precision)
    {
    case MP_PRECISION_DAY:       return "day";
    case MP_PRECISION_MONTH:     return "month";
    case MP_PRECISION_YEAR_ONLY: return "year-only";
    default:                     return NULL;
    }
}

const char *
mp_organization_get_acronym (const MpOrganization *organization,
                             const char           *lang)
{
  g_return_val_if_fail (organization != NULL, NULL);

  if (organization->acronyms != NULL)
    return mp_text_get (organization->acronyms, lang);

  return organization->acronym;
}
