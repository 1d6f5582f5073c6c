/* mp-dataset-schema.h
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

#include "mp-dataset-private.h"
#include "mp-records.h"

G_BEGIN_DECLS

/* The fields of each kind of record, written once.  The loader takes
 * from here the JSON members it knows (and which are required), the
 * cache (mp-dataset-cache.c) the record members it stores, in this
 * order.  A new field is a line here, its member in mp-records.h and
 * its reading in the loader, which alone knows how to check it; the
 * cache needs nothing more (a cache made before the change no longer
 * matches, and is not used).  tests/model/test-dataset-cache.c fails
 * until its every_field_json gives the new field a value. */

typedef enum
{
  MP_FIELD_ID,          /* const char *, interned: the record's id, or
                         * that of the country or organization it
                         * belongs to (records are looked up by them) */
  MP_FIELD_STRING,      /* const char * */
  MP_FIELD_TEXT,        /* MpText * */
  MP_FIELD_DATE,        /* MpDate */
  MP_FIELD_YEAR,        /* int */
  MP_FIELD_INT,         /* int, 0 or more */
  MP_FIELD_NUMBER,      /* double */
  MP_FIELD_ENUM,        /* one of the enums of mp-records.h */
  MP_FIELD_BOOLEAN,     /* gboolean */
  MP_FIELD_FACT_TEXT,   /* MpFact with a text value, see mp_fact_fields() */
  MP_FIELD_FACT_NUMBER, /* MpFact with a number */
  MP_FIELD_FACT_DATE,   /* MpFact with a date */
  MP_FIELD_SERIES,      /* an indicator's series (and n_series) */
} MpFieldType;

typedef struct
{
  const char  *name;      /* the member in the JSON */
  gboolean     required;  /* in the JSON (for a fact: when it is given) */
  MpFieldType  type;
  gsize        offset;    /* of the member in the record */
} MpField;

typedef struct
{
  const MpField *fields;
  guint          n_fields;
  gsize          size;    /* of the record */
} MpRecordSchema;

/* Each list is F (X, NAME, "name", member, required, TYPE) per field;
 * X is passed through.  MP_SCHEMA_INDEX makes the fields' indices
 * (MP_SOURCE_FIELD_TITLE, …), MP_SCHEMA_FIELD the tables below. */

#define MP_SOURCE_FIELDS(F, X) \
  F (X, ID,        "id",        id,        TRUE,  ID) \
  F (X, TITLE,     "title",     title,     TRUE,  STRING) \
  F (X, PUBLISHER, "publisher", publisher, TRUE,  STRING) \
  F (X, URL,       "url",       url,       TRUE,  STRING) \
  F (X, RETRIEVED, "retrieved", retrieved, TRUE,  DATE) \
  F (X, RETRIEVED_UNKNOWN, "retrieved_unknown", retrieved_unknown, FALSE, BOOLEAN) \
  F (X, LICENCE,   "licence",   licence,   TRUE,  STRING) \
  F (X, NOTE,      "note",      note,      FALSE, STRING)

#define MP_COUNTRY_FIELDS(F, X) \
  F (X, ID,            "id",            id,            TRUE,  ID) \
  F (X, ISO3,          "iso3",          iso3,          TRUE,  STRING) \
  F (X, NAME,          "name",          name,          TRUE,  TEXT) \
  F (X, OFFICIAL_NAME, "official_name", official_name, FALSE, TEXT) \
  F (X, OTHER_NAMES,   "other_names",   other_names,   FALSE, STRING) \
  F (X, FLAG,          "flag",          flag,          FALSE, STRING) \
  F (X, SOURCE,        "source",        source,        TRUE,  STRING) \
  F (X, CAPITAL,       "capital",       capital,       FALSE, FACT_TEXT) \
  F (X, AREA_KM2,      "area_km2",      area_km2,      FALSE, FACT_NUMBER) \
  F (X, INDEPENDENCE,  "independence",  independence,  FALSE, FACT_DATE) \
  F (X, FEATURED,      "featured",      featured,      FALSE, BOOLEAN) \
  F (X, SUBREGION,     "subregion",     subregion,     FALSE, FACT_TEXT) \
  F (X, NOTE,          "note",          note,          FALSE, STRING)

#define MP_ORGANIZATION_FIELDS(F, X) \
  F (X, ID,      "id",      id,      TRUE,  ID) \
  F (X, ACRONYM, "acronym", acronym, TRUE,  STRING) \
  F (X, NAME,    "name",    name,    TRUE,  TEXT) \
  F (X, KIND,    "kind",    kind,    TRUE,  ENUM) \
  F (X, FOUNDED, "founded", founded, FALSE, DATE) \
  F (X, URL,     "url",     url,     FALSE, STRING) \
  F (X, SOURCE,  "source",  source,  TRUE,  STRING) \
  F (X, KEY,     "key",     key,     FALSE, INT) \
  F (X, ACRONYMS, "acronyms", acronyms, FALSE, TEXT) \
  F (X, NOTE,    "note",    note,    FALSE, STRING) \
  F (X, MEMBERS_COMPLETE, "members_complete", members_complete, FALSE, BOOLEAN)

#define MP_MEMBERSHIP_FIELDS(F, X) \
  F (X, ID,              "id",              id,              TRUE,  ID) \
  F (X, COUNTRY,         "country",         country,         TRUE,  ID) \
  F (X, ORGANIZATION,    "organization",    organization,    TRUE,  ID) \
  F (X, STATUS,          "status",          status,          TRUE,  ENUM) \
  F (X, FROM,            "from",            from,            TRUE,  DATE) \
  F (X, TO,              "to",              to,              FALSE, DATE) \
  F (X, SOURCE,          "source",          source,          TRUE,  STRING) \
  F (X, PRECISION,       "precision",       precision,       FALSE, ENUM) \
  F (X, NOTE,            "note",            note,            FALSE, STRING) \
  F (X, CONFIRMED_UNTIL, "confirmed_until", confirmed_until, FALSE, DATE)

#define MP_AID_FIELDS(F, X) \
  F (X, ID,          "id",          id,          TRUE,  ID) \
  F (X, DONOR,       "donor",       donor,       TRUE,  ID) \
  F (X, YEAR,        "year",        year,        TRUE,  YEAR) \
  F (X, FIRST_YEAR,  "first_year",  first_year,  FALSE, YEAR) \
  F (X, AMOUNT_USD,  "amount_usd",  amount_usd,  TRUE,  NUMBER) \
  F (X, MEASURE,     "measure",     measure,     TRUE,  ENUM) \
  F (X, RECIPIENT,   "recipient",   recipient,   FALSE, STRING) \
  F (X, PURPOSE,     "purpose",     purpose,     FALSE, STRING) \
  F (X, STATUS,      "status",      status,      FALSE, ENUM) \
  F (X, SOURCE,      "source",      source,      TRUE,  STRING) \
  F (X, NOTE,        "note",        note,        FALSE, STRING) \
  F (X, LOWER_BOUND, "lower_bound", lower_bound, FALSE, BOOLEAN)

#define MP_INDICATOR_FIELDS(F, X) \
  F (X, ID,     "id",     id,     TRUE,  ID) \
  F (X, NAME,   "name",   name,   TRUE,  TEXT) \
  F (X, UNIT,   "unit",   unit,   TRUE,  ENUM) \
  F (X, SOURCE, "source", source, TRUE,  STRING) \
  F (X, STATUS, "status", status, FALSE, ENUM) \
  F (X, NOTE,   "note",   note,   FALSE, STRING) \
  F (X, SERIES, "series", series, TRUE,  SERIES)

/* The fields of an MpFact; its "value" is the member @value of type
 * @VALUE_TYPE (text, number or date), required unless @VALUE_REQUIRED is
 * FALSE: a date fact may give a "note" (the source's words) instead, when
 * the source gives no date the format can hold (the loader checks that
 * one of the two is there). */
#define MP_FACT_FIELDS(F, X, value, VALUE_TYPE, VALUE_REQUIRED) \
  F (X, VALUE,  "value",  value,  VALUE_REQUIRED, VALUE_TYPE) \
  F (X, SOURCE, "source", source, TRUE,  STRING) \
  F (X, STATUS, "status", status, FALSE, ENUM) \
  F (X, YEAR,   "year",   year,   FALSE, YEAR) \
  F (X, NOTE,   "note",   note,   FALSE, STRING)

#define MP_SCHEMA_INDEX(KIND, NAME, name, member, required, TYPE) MP_##KIND##_FIELD_##NAME,
#define MP_SCHEMA_FIELD(Record, NAME, name, member, required, TYPE) \
  { name, required, MP_FIELD_##TYPE, G_STRUCT_OFFSET (Record, member) },

typedef enum { MP_SOURCE_FIELDS (MP_SCHEMA_INDEX, SOURCE) MP_SOURCE_N_FIELDS } MpSourceField;
typedef enum { MP_COUNTRY_FIELDS (MP_SCHEMA_INDEX, COUNTRY) MP_COUNTRY_N_FIELDS } MpCountryField;
typedef enum { MP_ORGANIZATION_FIELDS (MP_SCHEMA_INDEX, ORGANIZATION) MP_ORGANIZATION_N_FIELDS } MpOrganizationField;
typedef enum { MP_MEMBERSHIP_FIELDS (MP_SCHEMA_INDEX, MEMBERSHIP) MP_MEMBERSHIP_N_FIELDS } MpMembershipField;
typedef enum { MP_AID_FIELDS (MP_SCHEMA_INDEX, AID) MP_AID_N_FIELDS } MpAidField;
typedef enum { MP_INDICATOR_FIELDS (MP_SCHEMA_INDEX, INDICATOR) MP_INDICATOR_N_FIELDS } MpIndicatorField;
typedef enum { MP_FACT_FIELDS (MP_SCHEMA_INDEX, FACT, value, STRING, TRUE) MP_FACT_N_FIELDS } MpFactField;

static const MpField mp_source_fields[] = { MP_SOURCE_FIELDS (MP_SCHEMA_FIELD, MpSource) };
static const MpField mp_country_fields[] = { MP_COUNTRY_FIELDS (MP_SCHEMA_FIELD, MpCountry) };
static const MpField mp_organization_fields[] = { MP_ORGANIZATION_FIELDS (MP_SCHEMA_FIELD, MpOrganization) };
static const MpField mp_membership_fields[] = { MP_MEMBERSHIP_FIELDS (MP_SCHEMA_FIELD, MpMembership) };
static const MpField mp_aid_fields[] = { MP_AID_FIELDS (MP_SCHEMA_FIELD, MpAid) };
static const MpField mp_indicator_fields[] = { MP_INDICATOR_FIELDS (MP_SCHEMA_FIELD, MpIndicator) };

/* A text fact keeps its value in each language; its @text, the English,
 * is set from them (the loader and the cache do it). */
static const MpField mp_text_fact_fields[] = { MP_FACT_FIELDS (MP_SCHEMA_FIELD, MpFact, texts, TEXT, TRUE) };
static const MpField mp_number_fact_fields[] = { MP_FACT_FIELDS (MP_SCHEMA_FIELD, MpFact, number, NUMBER, TRUE) };
static const MpField mp_date_fact_fields[] = { MP_FACT_FIELDS (MP_SCHEMA_FIELD, MpFact, date, DATE, FALSE) };

/* Indexed by MpRecordKind. */
static const MpRecordSchema mp_record_schemas[MP_N_RECORD_KINDS] = {
  [MP_RECORD_SOURCE] = { mp_source_fields, MP_SOURCE_N_FIELDS, sizeof (MpSource) },
  [MP_RECORD_COUNTRY] = { mp_country_fields, MP_COUNTRY_N_FIELDS, sizeof (MpCountry) },
  [MP_RECORD_ORGANIZATION] = { mp_organization_fields, MP_ORGANIZATION_N_FIELDS, sizeof (MpOrganization) },
  [MP_RECORD_MEMBERSHIP] = { mp_membership_fields, MP_MEMBERSHIP_N_FIELDS, sizeof (MpMembership) },
  [MP_RECORD_AID] = { mp_aid_fields, MP_AID_N_FIELDS, sizeof (MpAid) },
  [MP_RECORD_INDICATOR] = { mp_indicator_fields, MP_INDICATOR_N_FIELDS, sizeof (MpIndicator) },
};

/* The fields of a fact of @type (MP_FIELD_FACT_TEXT, _NUMBER or _DATE),
 * MP_FACT_N_FIELDS of them, indexed by MpFactField. */
static inline const MpField *
mp_fact_fields (MpFieldType type)
{
  switch (type)
    {
    case MP_FIELD_FACT_TEXT:
      return mp_text_fact_fields;

    case MP_FIELD_FACT_NUMBER:
      return mp_number_fact_fields;

    case MP_FIELD_FACT_DATE:
      return mp_date_fact_fields;

    case MP_FIELD_ID:
    case MP_FIELD_STRING:
    case MP_FIELD_TEXT:
    case MP_FIELD_DATE:
    case MP_FIELD_YEAR:
    case MP_FIELD_INT:
    case MP_FIELD_NUMBER:
    case MP_FIELD_ENUM:
    case MP_FIELD_BOOLEAN:
    case MP_FIELD_SERIES:
    default:
      g_assert_not_reached ();
    }
}

G_END_DECLS
