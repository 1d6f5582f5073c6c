/* mp-country-facts.h
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

/* The key facts shown for a country on a card, in a handout and read by
 * a screen reader: computed from the dataset, formatted for the locale,
 * each with its source.  Pure GLib. */

typedef enum
{
  MP_FACT_CAPITAL,
  MP_FACT_AREA,
  MP_FACT_POPULATION,
  MP_FACT_GDP,
  MP_FACT_GDP_PER_CAPITA,
  MP_FACT_INDEPENDENCE,
  MP_FACT_MEMBERSHIPS,
  MP_FACT_AID,
  MP_N_FACTS
} MpFactKind;

typedef struct
{
  MpFactKind     kind;
  const char    *key;      /* "capital", "population", … */
  const char    *caption;  /* translated */
  char          *text;     /* formatted value; NULL means no data */
  const char    *source;   /* source id, nullable */
  MpValueStatus  status;
  int            year;     /* 0 when not applicable */
  const char    *words;    /* nullable: the source's own words, shown with
                            * the source when @text is no value of its own
                            * ("see source": an independence without a date) */
} MpCountryFact;

/* Fills @facts (MP_N_FACTS entries) for @country. */
void        mp_country_facts_compute     (MpDataset       *dataset,
                                          const MpCountry *country,
                                          MpCountryFact   *facts);
/* The same, with the memberships compared with those of @compared, the
 * NULL-terminated ids of the countries shown with @country (it may be
 * among them): "23 key organizations · 9 shared".  With no other country,
 * as mp_country_facts_compute (): "23 key organizations". */
void        mp_country_facts_compute_compared (MpDataset          *dataset,
                                               const MpCountry    *country,
                                               const char * const *compared,
                                               MpCountryFact      *facts);
void        mp_country_facts_clear       (MpCountryFact   *facts);
/* "10.2 million (2024, World Bank)" or "no data"; publisher from the source. */
char       *mp_country_fact_describe     (MpDataset           *dataset,
                                          const MpCountryFact *fact);
/* "2024 · derived", "2024" or NULL: the small print after a value. */
char       *mp_country_fact_qualifier    (const MpCountryFact *fact);
/* "Azerbaijan, capital Baku, population 10.2 million (2024, World Bank)" */
char       *mp_country_facts_summary     (MpDataset           *dataset,
                                          const MpCountry     *country,
                                          const MpCountryFact *facts);

G_END_DECLS
