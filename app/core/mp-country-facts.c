/* mp-country-facts.c
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

#include <glib/gi18n.h>
#include <string.h>

#include "mp-country-facts.h"
#include "mp-chart-format.h"
#include "mp-format.h"
#include "mp-key-organizations.h"

typedef void (*ComputeFunc) (MpDataset       *dataset,
                             const MpCountry *country,
                             MpCountryFact   *fact);

static void
fact_from_indicator (MpDataset       *dataset,
                     const MpCountry *country,
                     const char      *indicator_id,
                     MpCountryFact   *fact)
{
  const MpIndicator *indicator = mp_dataset_lookup_indicator (dataset, indicator_id);
  const MpSeries *series;
  const MpPoint *latest;

  if (indicator == NULL)
    return;

  series = mp_indicator_get_series (indicator, country->id);
  latest = series != NULL ? mp_series_get_latest (series) : NULL;
  if (latest == NULL)
    return;

  fact->text = mp_chart_format_value (latest->value, indicator->unit);
  fact->source = series->source;
  fact->status = series->status;
  fact->year = latest->year;
}

static void
compute_capital (MpDataset       *dataset,
                 const MpCountry *country,
                 MpCountryFact   *fact)
{
  if (!country->capital.present || country->capital.text == NULL)
    return;

  /* In the UI language where the dataset gives it, else in English. */
  fact->text = g_strdup (country->capital.texts != NULL ? mp_text_get (country->capital.texts, NULL)
                                                         : country->capital.text);
  fact->source = country->capital.source;
  fact->status = country->capital.status;
}

static void
compute_area (MpDataset       *dataset,
              const MpCountry *country,
              MpCountryFact   *fact)
{
  if (!country->area_km2.present)
    return;

  fact->text = mp_chart_format_value (country->area_km2.number, MP_UNIT_KM2);
  fact->source = country->area_km2.source;
  fact->status = country->area_km2.status;
  fact->year = country->area_km2.year;
}

static void
compute_population (MpDataset       *dataset,
                    const MpCountry *country,
                    MpCountryFact   *fact)
{
  fact_from_indicator (dataset, country, "population", fact);
}

static void
compute_gdp (MpDataset       *dataset,
             const MpCountry *country,
             MpCountryFact   *fact)
{
  fact_from_indicator (dataset, country, "gdp", fact);
}

static void
compute_gdp_per_capita (MpDataset       *dataset,
                        const MpCountry *country,
                        MpCountryFact   *fact)
{
  fact_from_indicator (dataset, country, "gdp-per-capita", fact);
}

static void
compute_independence (MpDataset       *dataset,
                      const MpCountry *country,
                      MpCountryFact   *fact)
{
  if (!country->independence.present)
    return;

  if (mp_date_is_set (&country->independence.date))
    {
      fact->text = mp_format_date (&country->independence.date);
    }
  else
    {
      /* No date the dataset can give (a territory, a date before 1800,
       * several dates): the source's own words, in its note, are shown
       * with the source. */
      /* Translators: a country card's "Independence" when the source gives
       * no single date; clicking it shows the source's own words */
      fact->text = g_strdup (_("see source"));
      fact->words = country->independence.note;
    }
  fact->source = country->independence.source;
  fact->status = country->independence.status;
}

/* "23 key organizations · 9 shared": the key organizations (see
 * mp-key-organizations.h) the country is a member of, and of those the
 * ones every country in @compared is a member of too.  Memberships of the
 * long tail, and those a source confirms only until its data end, are the
 * chart's to show. */
static void
compute_memberships (MpDataset          *dataset,
                     const MpCountry    *country,
                     const char * const *compared,
                     MpCountryFact      *fact)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(MpKeyOrganizations) key = NULL;
  g_autofree char *total = NULL;
  guint n;

  if (mp_dataset_get_country_memberships (dataset, country->id)->len == 0)
    return;

  /* This country first, then the others shown with it. */
  g_ptr_array_add (ids, (gpointer) country->id);
  for (guint i = 0; compared != NULL && compared[i] != NULL; i++)
    if (g_strcmp0 (compared[i], country->id) != 0)
      g_ptr_array_add (ids, (gpointer) compared[i]);
  g_ptr_array_add (ids, NULL);

  key = mp_key_organizations_new (dataset, (const char * const *) ids->pdata);
  n = mp_key_organizations_count_member (key, 0);
  if (mp_key_organizations_is_ranked (key))
    /* Translators: the number of key organizations (those that matter,
     * chosen in the dataset) a country is a member of today */
    total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key organization", "%u key organizations", n), n);
  else
    /* Translators: the number of organizations a country currently belongs to */
    total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organization", "%u organizations", n), n);

  if (ids->len <= 2)
    {
      fact->text = g_steal_pointer (&total);
    }
  else
    {
      guint shared = mp_key_organizations_count_shared (key);

      /* Translators: "23 key organizations · 9 shared": %s is the number
       * of key organizations, %u how many of them every country shown is
       * a member of */
      fact->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u shared", "%s · %u shared", shared),
                                    total, shared);
    }
}

static void
compute_aid (MpDataset       *dataset,
             const MpCountry *country,
             MpCountryFact   *fact)
{
  GPtrArray *aid = mp_dataset_get_donor_aid (dataset, country->id);
  const MpAid *latest = NULL;

  for (guint i = 0; i < aid->len; i++)
    {
      const MpAid *a = g_ptr_array_index (aid, i);

      if (a->measure == MP_AID_TOTAL_ODA && (latest == NULL || a->year >= latest->year))
        latest = a;
    }

  if (latest == NULL)
    return;

  fact->text = mp_chart_format_value (latest->amount_usd, MP_UNIT_USD);
  fact->source = latest->source;
  fact->status = latest->status;
  fact->year = latest->year;
}

static const struct
{
  const char  *key;
  const char  *caption;
  ComputeFunc  compute;
} fact_defs[MP_N_FACTS] = {
  [MP_FACT_CAPITAL] = { "capital", N_("Capital"), compute_capital },
  [MP_FACT_AREA] = { "area", N_("Area"), compute_area },
  [MP_FACT_POPULATION] = { "population", N_("Population"), compute_population },
  [MP_FACT_GDP] = { "gdp", N_("GDP"), compute_gdp },
  [MP_FACT_GDP_PER_CAPITA] = { "gdp-per-capita", N_("GDP per capita"), compute_gdp_per_capita },
  [MP_FACT_INDEPENDENCE] = { "independence", N_("Independence"), compute_independence },
  /* Compared with the other countries shown: compute_memberships () */
  [MP_FACT_MEMBERSHIPS] = { "memberships", N_("Memberships"), NULL },
  [MP_FACT_AID] = { "aid", N_("Development aid"), compute_aid },
};

void
mp_country_facts_compute (MpDataset       *dataset,
                          const MpCountry *country,
                          MpCountryFact   *facts)
{
  mp_country_facts_compute_compared (dataset, country, NULL, facts);
}

void
mp_country_facts_compute_compared (MpDataset          *dataset,
                                   const MpCountry    *country,
                                   const char * const *compared,
                                   MpCountryFact      *facts)
{
  for (guint i = 0; i < MP_N_FACTS; i++)
    {
      MpCountryFact *fact = &facts[i];

      memset (fact, 0, sizeof *fact);
      fact->kind = i;
      fact->key = fact_defs[i].key;
      fact->caption = _(fact_defs[i].caption);
      fact->status = MP_VALUE_FINAL;

      if (dataset == NULL || country == NULL)
        continue;
      if (i == MP_FACT_MEMBERSHIPS)
        compute_memberships (dataset, country, compared, fact);
      else
        fact_defs[i].compute (dataset, country, fact);
    }
}

void
mp_country_facts_clear (MpCountryFact *facts)
{
  for (guint i = 0; i < MP_N_FACTS; i++)
    g_clear_pointer (&facts[i].text, g_free);
}

static const char *
status_word (MpValueStatus status)
{
  switch (status)
    {
    case MP_VALUE_DERIVED:
      return _("derived");
    case MP_VALUE_PRELIMINARY:
      return _("preliminary");
    case MP_VALUE_ESTIMATE:
      return _("estimate");
    case MP_VALUE_ANNOUNCED:
      return _("announced");
    case MP_VALUE_STATEMENT:
      return _("statement");
    case MP_VALUE_FINAL:
    default:
      return NULL;
    }
}

char *
mp_country_fact_qualifier (const MpCountryFact *fact)
{
  const char *status = status_word (fact->status);

  if (fact->text == NULL)
    return NULL;
  if (fact->year != 0 && status != NULL)
    return g_strdup_printf ("%d · %s", fact->year, status);
  if (fact->year != 0)
    return g_strdup_printf ("%d", fact->year);

  return g_strdup (status);
}

char *
mp_country_fact_describe (MpDataset           *dataset,
                          const MpCountryFact *fact)
{
  const MpSource *source = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *status;

  if (fact->text == NULL)
    return g_strdup (_("no data"));

  if (fact->source != NULL && dataset != NULL)
    source = mp_dataset_lookup_source (dataset, fact->source);

  status = status_word (fact->status);
  if (fact->year != 0)
    g_ptr_array_add (parts, g_strdup_printf ("%d", fact->year));
  if (status != NULL)
    g_ptr_array_add (parts, g_strdup (status));
  if (source != NULL)
    g_ptr_array_add (parts, g_strdup (source->publisher));

  if (parts->len == 0)
    return g_strdup (fact->text);

  g_ptr_array_add (parts, NULL);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) parts->pdata);

    return g_strdup_printf ("%s (%s)", fact->text, joined);
  }
}

char *
mp_country_facts_summary (MpDataset           *dataset,
                          const MpCountry     *country,
                          const MpCountryFact *facts)
{
  g_autoptr(GString) summary = g_string_new (mp_text_get (country->name, NULL));

  if (facts[MP_FACT_CAPITAL].text != NULL)
    /* Translators: part of a screen reader summary, "capital Baku" */
    g_string_append_printf (summary, _(", capital %s"), facts[MP_FACT_CAPITAL].text);

  if (facts[MP_FACT_POPULATION].text != NULL)
    {
      g_autofree char *population = mp_country_fact_describe (dataset, &facts[MP_FACT_POPULATION]);

      /* Translators: part of a screen reader summary, "population 10.2 million (2024, World Bank)" */
      g_string_append_printf (summary, _(", population %s"), population);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}
