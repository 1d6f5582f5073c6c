/* mp-presets.c
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

#include "mp-presets.h"

/* The four most populous: a quick comparison, not a group. */
#define N_LARGEST 4

static const MpPreset presets[] = {
  /* Translators: a preset in the Presets menu; the line under it explains it */
  { "aze-kaz", N_("Azerbaijan and Kazakhstan"),
    N_("The two Caspian middle powers of the built-in lesson") },
  { "central-asia", N_("Central Asia"),
    N_("The UN’s Central Asia sub-region (M49)") },
  { "south-caucasus", N_("South Caucasus"),
    N_("Armenia, Azerbaijan and Georgia: a common name, not a UN region") },
  { "central-asia-caucasus", N_("Central Asia and South Caucasus"),
    N_("Both of these regions together") },
  { "ots", N_("Turkic States"),
    N_("Full members of the Organization of Turkic States today") },
  { "gulf", N_("Gulf States"),
    N_("Members of the Gulf Cooperation Council today") },
  { "g20", N_("G20 Middle Powers"),
    N_("Featured middle powers that are members of the G20 today") },
  { "mikta", N_("MIKTA"),
    N_("Members today of MIKTA, a partnership of middle powers") },
  { "largest", N_("Four Largest"),
    N_("The four featured middle powers with the most people") },
};

/* A named group, not a UN region: the South Caucasus (Transcaucasia). */
static const char * const south_caucasus[] = { "AM", "AZ", "GE", NULL };
static const char * const aze_kaz[] = { "AZ", "KZ", NULL };

/* M49's name of the sub-region (the dataset's subregion values). */
#define CENTRAL_ASIA "Central Asia"

const MpPreset *
mp_presets_get_all (guint *n_presets)
{
  g_return_val_if_fail (n_presets != NULL, NULL);

  *n_presets = G_N_ELEMENTS (presets);

  return presets;
}

const MpPreset *
mp_presets_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_str_equal (presets[i].id, id))
      return &presets[i];

  return NULL;
}

static gboolean
in_list (const MpCountry    *country,
         const char * const *ids)
{
  return g_strv_contains (ids, country->id);
}

static gboolean
in_subregion (const MpCountry *country,
              const char      *subregion)
{
  return country->subregion.present && g_strcmp0 (country->subregion.text, subregion) == 0;
}

/* Whether @country is a full member of the organization with @acronym
 * today: a member or founding member (not an associate, observer,
 * partner or chair period), with no end date. */
static gboolean
is_member (MpDataset       *dataset,
           const MpCountry *country,
           const char      *acronym)
{
  GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country->id);

  for (guint j = 0; memberships != NULL && j < memberships->len; j++)
    {
      const MpMembership *m = g_ptr_array_index (memberships, j);
      const MpOrganization *org = mp_dataset_lookup_organization (dataset, m->organization);

      if (org != NULL && g_strcmp0 (org->acronym, acronym) == 0 &&
          (m->status == MP_MEMBERSHIP_MEMBER || m->status == MP_MEMBERSHIP_FOUNDING_MEMBER) &&
          !mp_date_is_set (&m->to))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  const char *id;
  double      value;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  return (ra->value < rb->value) - (ra->value > rb->value);
}

/* The N_LARGEST featured countries (all, in a dataset that features
 * none) with the largest latest population. */
static void
add_largest (GStrvBuilder *builder,
             MpDataset    *dataset)
{
  const MpIndicator *population = mp_dataset_lookup_indicator (dataset, "population");
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  gboolean featured_only = mp_dataset_has_featured (dataset);

  if (population == NULL)
    return;

  for (guint i = 0; i < population->n_series; i++)
    {
      const MpSeries *series = &population->series[i];
      const MpPoint *latest = mp_series_get_latest (series);
      const MpCountry *country = mp_dataset_lookup_country (dataset, series->country);
      Ranked r;

      if (latest == NULL || country == NULL || (featured_only && !country->featured))
        continue;

      r.id = series->country;
      r.value = latest->value;
      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len && i < N_LARGEST; i++)
    g_strv_builder_add (builder, g_array_index (ranked, Ranked, i).id);
}

GStrv
mp_presets_get_countries (MpDataset  *dataset,
                          const char *preset_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GPtrArray *countries;
  gboolean featured_only;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (preset_id != NULL, NULL);

  if (g_str_equal (preset_id, "largest"))
    {
      add_largest (builder, dataset);
      return g_strv_builder_end (builder);
    }

  featured_only = g_str_equal (preset_id, "g20") && mp_dataset_has_featured (dataset);
  countries = mp_dataset_get_countries (dataset);
  for (guint i = 0; i < countries->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (countries, i);
      gboolean in;

      if (g_str_equal (preset_id, "aze-kaz"))
        in = in_list (country, aze_kaz);
      else if (g_str_equal (preset_id, "central-asia"))
        in = in_subregion (country, CENTRAL_ASIA);
      else if (g_str_equal (preset_id, "south-caucasus"))
        in = in_list (country, south_caucasus);
      else if (g_str_equal (preset_id, "central-asia-caucasus"))
        in = in_subregion (country, CENTRAL_ASIA) || in_list (country, south_caucasus);
      else if (g_str_equal (preset_id, "ots"))
        in = is_member (dataset, country, "OTS");
      else if (g_str_equal (preset_id, "gulf"))
        in = is_member (dataset, country, "GCC");
      else if (g_str_equal (preset_id, "g20"))
        in = (!featured_only || country->featured) && is_member (dataset, country, "G20");
      else if (g_str_equal (preset_id, "mikta"))
        in = is_member (dataset, country, "MIKTA");
      else
        in = FALSE;

      if (in)
        g_strv_builder_add (builder, country->id);
    }

  return g_strv_builder_end (builder);
}
