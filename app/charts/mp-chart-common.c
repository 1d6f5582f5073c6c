/* mp-chart-common.c
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

#include "mp-chart-common.h"

G_DEFINE_QUARK (mp-chart-error-quark, mp_chart_error)

gboolean
mp_chart_resolve_countries (MpDataset          *dataset,
                            const char * const *country_ids,
                            const MpCountry   **countries,
                            guint              *n_countries,
                            GError            **error)
{
  guint n = 0;

  g_return_val_if_fail (MP_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (countries != NULL && n_countries != NULL, FALSE);

  *n_countries = 0;

  if (country_ids == NULL || country_ids[0] == NULL)
    {
      g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES,
                   _("Choose at least one country"));
      return FALSE;
    }

  for (n = 0; country_ids[n] != NULL; n++)
    {
      const MpCountry *country;

      if (n >= MP_MAX_COUNTRIES)
        {
          g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES,
                       _("A chart compares at most %d countries"), MP_MAX_COUNTRIES);
          return FALSE;
        }

      for (guint j = 0; j < n; j++)
        if (g_ascii_strcasecmp (country_ids[j], country_ids[n]) == 0)
          {
            g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_INVALID_COUNTRIES,
                         _("Country “%s” is listed twice"), country_ids[n]);
            return FALSE;
          }

      country = mp_dataset_lookup_country (dataset, country_ids[n]);
      if (country == NULL)
        {
          g_autofree char *upper = g_ascii_strup (country_ids[n], -1);

          country = mp_dataset_lookup_country (dataset, upper);
        }
      if (country == NULL)
        {
          g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_COUNTRY,
                       _("The dataset has no country “%s”"), country_ids[n]);
          return FALSE;
        }

      countries[n] = country;
    }

  *n_countries = n;
  return TRUE;
}

const char *
mp_chart_country_name (const MpCountry *country)
{
  const char *name = NULL;

  if (country->name != NULL)
    name = mp_text_get (country->name, NULL);

  return name != NULL ? name : country->id;
}

void
mp_chart_sources_add (GPtrArray  *source_ids,
                      const char *source_id)
{
  if (source_id == NULL)
    return;

  for (guint i = 0; i < source_ids->len; i++)
    if (strcmp (g_ptr_array_index (source_ids, i), source_id) == 0)
      return;

  g_ptr_array_add (source_ids, (gpointer) source_id);
}

const char *
mp_chart_source_title (MpDataset  *dataset,
                       const char *source_id)
{
  const MpSource *source;

  if (source_id == NULL)
    return "";

  source = mp_dataset_lookup_source (dataset, source_id);
  if (source == NULL || source->title == NULL)
    return source_id;

  return source->title;
}

char *
mp_chart_sources_text (MpDataset *dataset,
                       GPtrArray *source_ids)
{
  g_autoptr(GString) list = g_string_new (NULL);

  if (source_ids == NULL || source_ids->len == 0)
    return g_strdup ("");

  /* Many sources: name their publishers, once each. */
  if (source_ids->len > 2)
    {
      g_autoptr(GPtrArray) publishers = g_ptr_array_new ();

      for (guint i = 0; i < source_ids->len; i++)
        {
          const char *id = g_ptr_array_index (source_ids, i);
          const MpSource *source = mp_dataset_lookup_source (dataset, id);
          const char *publisher = source != NULL && source->publisher != NULL ? source->publisher : id;
          gboolean seen = FALSE;

          for (guint j = 0; j < publishers->len && !seen; j++)
            seen = strcmp (g_ptr_array_index (publishers, j), publisher) == 0;
          if (!seen)
            g_ptr_array_add (publishers, (gpointer) publisher);
        }

      for (guint i = 0; i < publishers->len; i++)
        {
          if (i > 0)
            g_string_append (list, "; ");
          g_string_append (list, g_ptr_array_index (publishers, i));
        }

      /* Translators: %s is a list of publishers separated by ";" */
      return g_strdup_printf (ngettext ("Source: %s", "Sources: %s", publishers->len), list->str);
    }

  for (guint i = 0; i < source_ids->len; i++)
    {
      const char *id = g_ptr_array_index (source_ids, i);
      const MpSource *source = mp_dataset_lookup_source (dataset, id);

      if (list->len > 0)
        g_string_append (list, "; ");

      if (source == NULL)
        g_string_append (list, id);
      else if (source->publisher != NULL && source->publisher[0] != '\0' &&
               (source->title == NULL || strstr (source->title, source->publisher) == NULL))
        g_string_append_printf (list, "%s (%s)", source->title, source->publisher);
      else
        g_string_append (list, source->title != NULL ? source->title : id);
    }

  /* Translators: %s is one source or a list of sources separated by ";" */
  return g_strdup_printf (ngettext ("Source: %s", "Sources: %s", source_ids->len), list->str);
}

char *
mp_chart_join_list (const char * const *items,
                    guint               n_items)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      if (i > 0 && i == n_items - 1)
        /* Translators: the last separator of a list, "A, B and C" */
        g_string_append (str, _(" and "));
      else if (i > 0)
        g_string_append (str, _(", "));
      g_string_append (str, items[i]);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}
