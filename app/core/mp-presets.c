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

#define MAX_PRESET_COUNTRIES 4

static const MpPreset presets[] = {
  { "aze-kaz", N_("Azerbaijan and Kazakhstan") },
  { "ots", N_("Organization of Turkic States members") },
  { "central-asia-caucasus", N_("Central Asia and South Caucasus") },
  { "gulf", N_("Gulf states") },
  { "largest", N_("Four largest by population") },  /* of the featured countries */
};

/* Fixed regional groupings (a classification, not data). */
static const char * const aze_kaz[] = { "AZ", "KZ", NULL };
static const char * const central_asia_caucasus[] = { "AZ", "KZ", "UZ", NULL };
static const char * const gulf[] = { "SA", "QA", "AE", NULL };

const MpPreset *
mp_presets_get_all (guint *n_presets)
{
  *n_presets = G_N_ELEMENTS (presets);

  return presets;
}

static void
add_present (GStrvBuilder       *builder,
             guint              *n,
             MpDataset          *dataset,
             const char * const *ids)
{
  for (guint i = 0; ids[i] != NULL && *n < MAX_PRESET_COUNTRIES; i++)
    {
      if (mp_dataset_lookup_country (dataset, ids[i]) != NULL)
        {
          g_strv_builder_add (builder, ids[i]);
          (*n)++;
        }
    }
}

static gboolean
is_member (MpDataset       *dataset,
           const MpCountry *country,
           const char      *acronym)
{
  GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country->id);

  for (guint j = 0; j < memberships->len; j++)
    {
      const MpMembership *m = g_ptr_array_index (memberships, j);
      const MpOrganization *org = mp_dataset_lookup_organization (dataset, m->organization);

      if (org != NULL && g_strcmp0 (org->acronym, acronym) == 0 &&
          m->status != MP_MEMBERSHIP_CHAIR && m->status != MP_MEMBERSHIP_OBSERVER &&
          !mp_date_is_set (&m->to))
        return TRUE;
    }

  return FALSE;
}

/* Countries with a current membership in the organization with @acronym:
 * the dataset's featured countries first (the bundled dataset has
 * memberships for every country, and the cards hold four), then the
 * others, each group by name. */
static void
add_members (GStrvBuilder *builder,
             guint        *n,
             MpDataset    *dataset,
             const char   *acronym)
{
  GPtrArray *countries = mp_dataset_get_countries (dataset);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < countries->len && *n < MAX_PRESET_COUNTRIES; i++)
      {
        const MpCountry *country = g_ptr_array_index (countries, i);

        if ((country->featured != FALSE) == (pass == 0) && is_member (dataset, country, acronym))
          {
            g_strv_builder_add (builder, country->id);
            (*n)++;
          }
      }
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

static void
add_largest (GStrvBuilder *builder,
             guint        *n,
             MpDataset    *dataset)
{
  const MpIndicator *population = mp_dataset_lookup_indicator (dataset, "population");
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));

  gboolean any_featured = FALSE;

  if (population == NULL)
    return;

  /* Among the dataset's featured countries, when it has some: the
   * preset compares middle powers, not the world's largest. */
  for (guint i = 0; i < mp_dataset_get_countries (dataset)->len; i++)
    any_featured |= ((const MpCountry *) g_ptr_array_index (mp_dataset_get_countries (dataset), i))->featured;

  for (guint i = 0; i < population->n_series; i++)
    {
      const MpSeries *series = &population->series[i];
      const MpPoint *latest = mp_series_get_latest (series);
      const MpCountry *country = mp_dataset_lookup_country (dataset, series->country);
      Ranked r;

      if (latest == NULL || country == NULL || (any_featured && !country->featured))
        continue;

      r.id = series->country;
      r.value = latest->value;
      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len && *n < MAX_PRESET_COUNTRIES; i++, (*n)++)
    g_strv_builder_add (builder, g_array_index (ranked, Ranked, i).id);
}

GStrv
mp_presets_get_countries (MpDataset  *dataset,
                          const char *preset_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (preset_id != NULL, NULL);

  if (g_str_equal (preset_id, "aze-kaz"))
    add_present (builder, &n, dataset, aze_kaz);
  else if (g_str_equal (preset_id, "ots"))
    add_members (builder, &n, dataset, "OTS");
  else if (g_str_equal (preset_id, "central-asia-caucasus"))
    add_present (builder, &n, dataset, central_asia_caucasus);
  else if (g_str_equal (preset_id, "gulf"))
    add_present (builder, &n, dataset, gulf);
  else if (g_str_equal (preset_id, "largest"))
    add_largest (builder, &n, dataset);

  return g_strv_builder_end (builder);
}
