/* mp-timeline-series.c
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
#include <math.h>

#include "mp-chart-common.h"
#include "mp-chart-format.h"
#include "mp-format.h"
#include "mp-key-organizations.h"
#include "mp-timeline-series.h"

/* A description names at most this many organizations in a list. */
#define MAX_NAMED 8

typedef struct
{
  const MpOrganization *organization;
  GArray               *spans[MP_MAX_COUNTRIES];   /* MpTimelineSpan */
  GArray               *chairs[MP_MAX_COUNTRIES];  /* MpTimelineSpan */
} RowBuild;

gboolean
mp_timeline_status_is_partial (MpMembershipStatus status)
{
  switch (status)
    {
    case MP_MEMBERSHIP_FOUNDING_MEMBER:
    case MP_MEMBERSHIP_MEMBER:
    case MP_MEMBERSHIP_CHAIR:
      return FALSE;

    case MP_MEMBERSHIP_ASSOCIATE:
    case MP_MEMBERSHIP_OBSERVER:
    case MP_MEMBERSHIP_PARTNER:
    case MP_MEMBERSHIP_PARTICIPANT:
    case MP_MEMBERSHIP_SIGNATORY:
    default:
      return TRUE;
    }
}

double
mp_timeline_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  int days = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;

  return year + (g_date_time_get_day_of_year (now) - 1) / (double) days;
}

/* The end of the period a partial date names: `2005` ends with 2005. */
static double
date_end_fraction (const MpDate *date)
{
  MpDate next = *date;

  if (date->month == 0)
    return date->year + 1.0;

  if (date->day == 0)
    {
      next.month = date->month == 12 ? 1 : date->month + 1;
      next.year = date->month == 12 ? date->year + 1 : date->year;
      return mp_date_to_fraction (&next);
    }

  return mp_date_to_fraction (date) + 1.0 / 365.0;
}

static char *
span_label (MpDataset          *dataset,
            const char         *country_name,
            const MpOrganization *organization,
            const MpMembership *membership)
{
  g_autofree char *from = mp_format_date (&membership->from);
  g_autofree char *to = NULL;
  g_autofree char *period = NULL;
  const char *status = mp_chart_membership_status_label (membership->status);

  if (mp_date_is_set (&membership->to))
    {
      to = mp_format_date (&membership->to);
      /* Translators: a membership status with its period, e.g. "member, 1992 to 2005" */
      period = g_strdup_printf (_("%s, %s to %s"), status, from, to);
    }
  else
    /* Translators: a membership status with its start, e.g. "member since 1992" */
    period = g_strdup_printf (_("%s since %s"), status, from);

  if (mp_date_is_set (&membership->confirmed_until))
    {
      g_autofree char *dated = g_steal_pointer (&period);

      /* Translators: a membership's status and period, then the last
       * year its source confirms it (its data end), e.g. "member since
       * 1992, confirmed by the source only until 2014" */
      period = g_strdup_printf (_("%s, confirmed by the source only until %d"), dated,
                                membership->confirmed_until.year);
    }

  /* Translators: tooltip of a membership span: country, organization
   * acronym, status and period, then the source on its own line */
  return g_strdup_printf (_("%s in %s: %s\nSource: %s"), country_name,
                          mp_organization_get_acronym (organization, NULL), period,
                          mp_chart_source_title (dataset, membership->source));
}

static void
row_build_free (RowBuild *build)
{
  for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
    {
      g_clear_pointer (&build->spans[c], g_array_unref);
      g_clear_pointer (&build->chairs[c], g_array_unref);
    }
  g_free (build);
}

static void
lane_clear (MpTimelineLane *lane)
{
  for (guint i = 0; i < lane->n_spans; i++)
    g_free (lane->spans[i].label);
  for (guint i = 0; i < lane->n_chairs; i++)
    g_free (lane->chairs[i].label);
  g_clear_pointer (&lane->spans, g_free);
  g_clear_pointer (&lane->chairs, g_free);
}

static void
row_clear (MpTimelineRow *row)
{
  for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
    lane_clear (&row->lanes[c]);
  g_clear_pointer (&row->name, g_free);
}

static gboolean
row_passes (const MpTimelineRow *row,
            guint                n_countries,
            MpTimelineFilter     filter)
{
  switch (filter)
    {
    case MP_TIMELINE_SHARED:
      return n_countries > 1 && row->shared;
    case MP_TIMELINE_UNIQUE:
      /* What sets one apart: one member, the others at most a looser
       * tie (Kazakhstan an observer where Azerbaijan is a member), or
       * one tie and no member; never where the dataset does not know
       * another's tie (no EAEU record for a country it does not
       * feature is no data, not "not a member"). */
      return row->n_current >= 1 && !row->shared && !row->unknown &&
             (row->n_members == 1 || (row->n_members == 0 && row->n_current == 1));
    case MP_TIMELINE_ALL:
    default:
      return TRUE;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return mp_key_organizations_compare_salience (((const MpTimelineRow *) a)->organization,
                                               ((const MpTimelineRow *) b)->organization);
}

static char *
summary_text (const MpTimelineSeries *series)
{
  g_autoptr(GString) str = g_string_new (NULL);

  if (series->n_countries == 1)
    /* Translators: timeline summary for one country */
    return g_strdup_printf (ngettext ("Today: member of %u organization",
                                      "Today: member of %u organizations",
                                      series->n_current[0]),
                            series->n_current[0]);

  /* Translators: start of the timeline summary, %u is a number of
   * organizations all selected countries belong to */
  g_string_append_printf (str, _("Today: shared %u"), series->n_shared);
  for (guint c = 0; c < series->n_countries; c++)
    {
      /* Beyond four countries (a regional group of up to eight), those
       * with none of their own are left out: the line stays one line. */
      if (series->n_countries > 4 && series->n_unique[c] == 0)
        continue;
      /* Translators: part of the timeline summary: ", only Azerbaijan 5" */
      g_string_append_printf (str, _(", only %s %u"), series->country_names[c], series->n_unique[c]);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Appends " list" of @names: "UN, OSCE, CIS" or, when long, "UN, OSCE,
 * … and 3 more". */
static void
append_names (GString   *str,
              GPtrArray *names)
{
  guint n_named = MIN (names->len, MAX_NAMED);

  for (guint i = 0; i < n_named; i++)
    {
      if (i > 0)
        /* Translators: between the names in a list of organizations */
        g_string_append (str, C_("list", ", "));
      g_string_append (str, g_ptr_array_index (names, i));
    }
  if (names->len > n_named)
    /* Translators: ends a list of organizations that is cut short */
    g_string_append_printf (str, ngettext (" and %u more", " and %u more", names->len - n_named),
                            names->len - n_named);
}

/* The key organizations (mp-key-organizations.h) by name: those every
 * country is a member of and those only one is, for the description a
 * screen reader reads ("Key organizations all of them are members of:
 * UN, OSCE. Only Azerbaijan is a member of: GUAM.").  Observers and
 * partners are not members (mp_membership_status_is_member ()). */
static char *
key_organizations_text (MpDataset              *dataset,
                        const MpTimelineSeries *series)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(MpKeyOrganizations) key = NULL;
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  /* For each country, a GPtrArray of the names only it is a member of */
  g_autoptr(GPtrArray) only = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const char *ids[MP_MAX_COUNTRIES + 1] = { NULL };

  for (guint c = 0; c < series->n_countries; c++)
    {
      ids[c] = series->country_ids[c];
      g_ptr_array_add (only, g_ptr_array_new ());
    }
  key = mp_key_organizations_new (dataset, ids);

  for (guint i = 0; i < mp_key_organizations_get_n (key); i++)
    {
      const MpOrganization *organization = mp_key_organizations_get (key, i);
      const char *name = mp_organization_get_acronym (organization, NULL);
      guint n_members = 0;
      guint member = 0;

      for (guint c = 0; c < series->n_countries; c++)
        {
          const MpMembership *membership = mp_key_organizations_get_membership (key, i, c);

          if (membership != NULL && mp_membership_status_is_member (membership->status))
            {
              n_members++;
              member = c;
            }
        }

      if (mp_key_organizations_is_shared (key, i))
        g_ptr_array_add (shared, (gpointer) name);
      else if (n_members == 1)
        g_ptr_array_add (g_ptr_array_index (only, member), (gpointer) name);
    }

  if (series->n_countries == 1)
    {
      if (shared->len == 0)
        return NULL;
      /* Translators: part of the memberships chart's description, for
       * one country; then a list of organizations ("UN, OSCE, CIS") */
      g_string_append (str, _(" Member of the key organizations:"));
      g_string_append_c (str, ' ');
      append_names (str, shared);
      g_string_append_c (str, '.');
      return g_string_free (g_steal_pointer (&str), FALSE);
    }

  if (shared->len == 0)
    /* Translators: part of the memberships chart's description */
    g_string_append (str, _(" No key organization has all of them as members."));
  else
    {
      /* Translators: part of the memberships chart's description; then
       * a list of organizations ("UN, OSCE, CIS") */
      g_string_append (str, _(" Key organizations all of them are members of:"));
      g_string_append_c (str, ' ');
      append_names (str, shared);
      g_string_append_c (str, '.');
    }

  for (guint c = 0; c < series->n_countries; c++)
    {
      GPtrArray *names = g_ptr_array_index (only, c);

      if (names->len > 0)
        {
          /* Translators: part of the memberships chart's description:
           * the key organizations only one country is a member of; %s is
           * the country, a list of organizations follows */
          g_string_append_printf (str, _(" Only %s is a member of:"), series->country_names[c]);
          g_string_append_c (str, ' ');
          append_names (str, names);
          g_string_append_c (str, '.');
        }
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

MpTimelineSeries *
mp_timeline_series_new (MpDataset          *dataset,
                        const char * const *country_ids,
                        MpTimelineFilter    filter,
                        gboolean            all_organizations,
                        double              today,
                        GError            **error)
{
  g_autoptr(MpTimelineSeries) series = NULL;
  g_autoptr(GHashTable) builds = NULL;   /* org id → RowBuild* */
  g_autoptr(GArray) all_rows = NULL;     /* MpTimelineRow */
  g_autoptr(GArray) scoped = NULL;       /* MpTimelineRow: key or all */
  GHashTable *confirmed_years;           /* year → number of pale spans */
  g_autoptr(MpKeyOrganizations) key = NULL;
  const char *ids[MP_MAX_COUNTRIES + 1] = { NULL };
  g_autofree char *years = NULL;
  const MpCountry *countries[MP_MAX_COUNTRIES];
  GPtrArray *organizations;
  guint n_countries;
  double first_start = G_MAXDOUBLE;
  double first_membership = G_MAXDOUBLE;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mp_chart_resolve_countries (dataset, country_ids, countries, &n_countries, error))
    return NULL;

  if (!(today > 1800))
    today = mp_timeline_now ();

  series = g_new0 (MpTimelineSeries, 1);
  series->n_countries = n_countries;
  series->filter = filter;
  series->all_organizations = all_organizations;
  series->end = today;
  series->source_ids = g_ptr_array_new ();

  builds = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                  (GDestroyNotify) row_build_free);

  for (guint c = 0; c < n_countries; c++)
    {
      const MpCountry *country = countries[c];
      GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country->id);
      gboolean dated = country->independence.present && mp_date_is_set (&country->independence.date);
      double country_first = today;

      series->country_ids[c] = country->id;
      ids[c] = country->id;
      series->country_names[c] = g_strdup (mp_chart_country_name (country));

      for (guint i = 0; i < memberships->len; i++)
        {
          const MpMembership *membership = g_ptr_array_index (memberships, i);
          const MpOrganization *organization;
          MpTimelineSpan span = { 0 };
          RowBuild *build;
          GArray **target;

          organization = mp_dataset_lookup_organization (dataset, membership->organization);
          if (organization == NULL || !mp_date_is_set (&membership->from))
            continue;

          build = g_hash_table_lookup (builds, organization->id);
          if (build == NULL)
            {
              build = g_new0 (RowBuild, 1);
              build->organization = organization;
              g_hash_table_insert (builds, (gpointer) organization->id, build);
            }

          span.from = mp_date_to_fraction (&membership->from);
          first_membership = MIN (first_membership, span.from);
          country_first = MIN (country_first, span.from);
          span.open = !mp_date_is_set (&membership->to);
          span.to = span.open ? today : date_end_fraction (&membership->to);
          if (span.to > today)
            {
              /* An end date in the future: current until then. */
              span.open = TRUE;
              span.to = today;
            }
          span.to = MAX (span.to, span.from);
          /* The source's data end before the span does (Correlates of War
           * ends in 2014): what follows is not confirmed. */
          if (mp_date_is_set (&membership->confirmed_until) &&
              date_end_fraction (&membership->confirmed_until) < span.to)
            span.confirmed = MAX (date_end_fraction (&membership->confirmed_until), span.from);
          span.status = membership->status;
          span.membership = membership;
          span.label = span_label (dataset, series->country_names[c], organization, membership);

          target = membership->status == MP_MEMBERSHIP_CHAIR ? &build->chairs[c] : &build->spans[c];
          if (*target == NULL)
            *target = g_array_new (FALSE, TRUE, sizeof (MpTimelineSpan));
          g_array_append_val (*target, span);
        }

      /* The lane's track starts at independence; where the dataset gives
       * no date (France, the United States: the Factbook's words only),
       * at the country's first membership, so that it does not hold the
       * axis back to a year of its own. */
      series->country_start[c] = dated ? mp_date_to_fraction (&country->independence.date) : country_first;
      first_start = MIN (first_start, series->country_start[c]);
    }

  /* Rows in the dataset's organization order (kind, then acronym). */
  all_rows = g_array_new (FALSE, TRUE, sizeof (MpTimelineRow));
  organizations = mp_dataset_get_organizations (dataset);
  for (guint i = 0; i < organizations->len; i++)
    {
      const MpOrganization *organization = g_ptr_array_index (organizations, i);
      RowBuild *build = g_hash_table_lookup (builds, organization->id);
      MpTimelineRow row = { 0 };
      guint n_member = 0;

      if (build == NULL)
        continue;

      row.organization = organization;
      row.name = g_strdup (organization->name != NULL ? mp_text_get (organization->name, NULL)
                                                      : mp_organization_get_acronym (organization, NULL));
      for (guint c = 0; c < n_countries; c++)
        {
          MpTimelineLane *lane = &row.lanes[c];
          gboolean member = FALSE;

          if (build->spans[c] != NULL)
            {
              lane->n_spans = build->spans[c]->len;
              lane->spans = (MpTimelineSpan *) (void *) g_array_free (g_steal_pointer (&build->spans[c]), FALSE);
            }
          if (build->chairs[c] != NULL)
            {
              lane->n_chairs = build->chairs[c]->len;
              lane->chairs = (MpTimelineSpan *) (void *) g_array_free (g_steal_pointer (&build->chairs[c]), FALSE);
            }

          for (guint k = 0; k < lane->n_spans; k++)
            if (lane->spans[k].open)
              {
                lane->current = TRUE;
                member |= mp_membership_status_is_member (lane->spans[k].status);
              }
          lane->member = member;
          if (lane->n_spans == 0 && lane->n_chairs == 0 &&
              !mp_dataset_is_tie_known (dataset, countries[c], organization))
            row.unknown = TRUE;
          if (lane->current)
            row.n_current++;
          if (member)
            n_member++;
        }
      /* As mp_key_organizations_is_shared () says of key ones. */
      row.shared = n_member == n_countries;
      row.n_members = n_member;

      g_array_append_val (all_rows, row);
    }
  series->n_all = all_rows->len;

  /* The key organizations, in their order (kind, then rank), or all of
   * them, the key ones first within each kind. */
  key = mp_key_organizations_new (dataset, ids);
  scoped = g_array_new (FALSE, TRUE, sizeof (MpTimelineRow));
  if (all_organizations)
    {
      g_array_sort (all_rows, compare_rows);
      g_array_append_vals (scoped, all_rows->data, all_rows->len);
    }
  else
    {
      for (guint k = 0; k < mp_key_organizations_get_n (key); k++)
        for (guint i = 0; i < all_rows->len; i++)
          {
            MpTimelineRow *row = &g_array_index (all_rows, MpTimelineRow, i);

            if (row->organization == mp_key_organizations_get (key, k))
              {
                row->shared = mp_key_organizations_is_shared (key, k);
                g_array_append_val (scoped, *row);
                /* Moved: not cleared below. */
                row->organization = NULL;
                break;
              }
          }
      for (guint i = 0; i < all_rows->len; i++)
        if (g_array_index (all_rows, MpTimelineRow, i).organization != NULL)
          row_clear (&g_array_index (all_rows, MpTimelineRow, i));
    }
  g_array_set_size (all_rows, 0);
  series->n_organizations = scoped->len;

  /* What is counted, the legend and the sources are those of the rows
   * of the scope, whatever the filter. */
  confirmed_years = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < scoped->len; i++)
    {
      const MpTimelineRow *row = &g_array_index (scoped, MpTimelineRow, i);

      for (guint c = 0; c < n_countries; c++)
        {
          const MpTimelineLane *lane = &row->lanes[c];

          for (guint k = 0; k < lane->n_spans; k++)
            {
              series->status_mask |= 1u << lane->spans[k].status;
              if (lane->spans[k].confirmed > 0)
                {
                  int year = lane->spans[k].membership->confirmed_until.year;

                  g_hash_table_insert (confirmed_years, GINT_TO_POINTER (year),
                                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (confirmed_years,
                                                                                                GINT_TO_POINTER (year))) + 1));
                }
              mp_chart_sources_add (series->source_ids, lane->spans[k].membership->source);
            }
          for (guint k = 0; k < lane->n_chairs; k++)
            mp_chart_sources_add (series->source_ids, lane->chairs[k].membership->source);
          if (lane->n_chairs > 0)
            series->status_mask |= 1u << MP_MEMBERSHIP_CHAIR;
          if (lane->current)
            series->n_current[c]++;
          /* As the "only one" filter reads a row: this country the one
           * member, or the one tie where none is a member. */
          if (row_passes (row, n_countries, MP_TIMELINE_UNIQUE) &&
              (lane->member || (row->n_members == 0 && lane->current)))
            series->n_unique[c]++;
        }
      if (n_countries > 1 && row->shared)
        series->n_shared++;
    }

  /* The legend of the pale ends names the year most of them are
   * confirmed until (the later one at a tie): that of the source most
   * pale spans come from (COW's data end, 2014), not that of one record
   * a later page confirms (the Factbook's January 2026) nor of COW's
   * last missing codes (2013); each span's tooltip gives its own. */
  {
    GHashTableIter iter;
    gpointer year, count;
    guint best = 0;

    g_hash_table_iter_init (&iter, confirmed_years);
    while (g_hash_table_iter_next (&iter, &year, &count))
      if (GPOINTER_TO_UINT (count) > best ||
          (GPOINTER_TO_UINT (count) == best && GPOINTER_TO_INT (year) > series->confirmed_year))
        {
          best = GPOINTER_TO_UINT (count);
          series->confirmed_year = GPOINTER_TO_INT (year);
        }
    g_hash_table_destroy (confirmed_years);
  }

  /* Filter, then group consecutive rows of one kind. */
  {
    GArray *rows = g_array_new (FALSE, TRUE, sizeof (MpTimelineRow));
    GArray *groups = g_array_new (FALSE, TRUE, sizeof (MpTimelineGroup));

    for (guint i = 0; i < scoped->len; i++)
      {
        MpTimelineRow *row = &g_array_index (scoped, MpTimelineRow, i);
        MpTimelineGroup *group = groups->len > 0 ? &g_array_index (groups, MpTimelineGroup, groups->len - 1) : NULL;

        if (!row_passes (row, n_countries, filter))
          {
            row_clear (row);
            continue;
          }

        if (group == NULL || group->kind != row->organization->kind)
          {
            MpTimelineGroup new_group = { 0 };

            new_group.kind = row->organization->kind;
            new_group.label = mp_chart_org_kind_label (row->organization->kind);
            new_group.first_row = rows->len;
            g_array_append_val (groups, new_group);
            group = &g_array_index (groups, MpTimelineGroup, groups->len - 1);
          }
        group->n_rows++;
        g_array_append_val (rows, *row);
      }
    g_array_set_size (scoped, 0);

    series->n_rows = rows->len;
    series->rows = (MpTimelineRow *) (void *) g_array_free (rows, FALSE);
    series->n_groups = groups->len;
    series->groups = (MpTimelineGroup *) (void *) g_array_free (groups, FALSE);
  }

  /* The time axis runs from independence (or the first membership when
   * the dataset gives no date) to today; older memberships (Türkiye in the ITU since 1866)
   * run off its left edge, and their tooltips give the real start.  A
   * country independent long before its first membership (Mexico, 1810)
   * starts the axis a decade before that membership, not a century. */
  /* The first membership among the rows shown (the key organizations by
   * default): France's ITU seat of 1865 does not stretch a chart of its
   * key organizations, whose first is the UN in 1945. */
  if (series->n_rows > 0)
    {
      first_membership = G_MAXDOUBLE;
      for (guint r = 0; r < series->n_rows; r++)
        for (guint c = 0; c < series->n_countries; c++)
          if (series->rows[r].lanes[c].n_spans > 0)
            first_membership = MIN (first_membership, series->rows[r].lanes[c].spans[0].from);
    }
  series->start = floor (MAX (first_start, MIN (first_membership, series->end) - 10));
  if (series->end - series->start < 5)
    series->start = floor (series->end) - 5;

  series->title = g_strdup (_("Memberships in international organizations"));
  years = mp_chart_format_year_range ((int) series->start, (int) floor (series->end));
  series->ranked = mp_key_organizations_is_ranked (key);
  if (series->ranked && !all_organizations)
    /* Translators: timeline subtitle: years, number of key organizations
     * (those that matter, chosen in the dataset) */
    series->subtitle = g_strdup_printf (ngettext ("%s, %u key organization", "%s, %u key organizations",
                                                  series->n_organizations),
                                        years, series->n_organizations);
  else
    /* Translators: timeline subtitle: years, number of organizations */
    series->subtitle = g_strdup_printf (ngettext ("%s, %u organization", "%s, %u organizations",
                                                  series->n_organizations),
                                        years, series->n_organizations);
  series->summary = summary_text (series);
  series->key_organizations = key_organizations_text (dataset, series);
  if (series->confirmed_year != 0)
    /* Translators: legend of the pale end of a membership bar; %d is a year like 2014 */
    series->unconfirmed_label = g_strdup_printf (_("Not confirmed after %d (the data end)"),
                                                 series->confirmed_year);
  series->sources = mp_chart_sources_text (dataset, series->source_ids);

  return g_steal_pointer (&series);
}

void
mp_timeline_series_free (MpTimelineSeries *series)
{
  if (series == NULL)
    return;

  for (guint i = 0; i < series->n_rows; i++)
    row_clear (&series->rows[i]);
  g_free (series->rows);
  g_free (series->groups);
  for (guint c = 0; c < series->n_countries; c++)
    g_free (series->country_names[c]);
  g_clear_pointer (&series->source_ids, g_ptr_array_unref);
  g_free (series->unconfirmed_label);
  g_free (series->title);
  g_free (series->subtitle);
  g_free (series->summary);
  g_free (series->key_organizations);
  g_free (series->sources);
  g_free (series);
}

char *
mp_timeline_series_describe (const MpTimelineSeries *series)
{
  g_autoptr(GString) str = g_string_new (NULL);

  g_return_val_if_fail (series != NULL, NULL);

  if (series->ranked && !series->all_organizations)
    /* Translators: chart description: first year, last year, number of
     * key organizations, number of all organizations */
    g_string_append_printf (str, ngettext ("Memberships in international organizations, %d to %d: %u key organization of %u.",
                                           "Memberships in international organizations, %d to %d: %u key organizations of %u.",
                                           series->n_organizations),
                            (int) series->start, (int) floor (series->end), series->n_organizations,
                            series->n_all);
  else
    /* Translators: chart description: first year, last year, number of organizations */
    g_string_append_printf (str, ngettext ("Memberships in international organizations, %d to %d: %u organization.",
                                           "Memberships in international organizations, %d to %d: %u organizations.",
                                           series->n_organizations),
                            (int) series->start, (int) floor (series->end), series->n_organizations);
  g_string_append_c (str, ' ');
  g_string_append (str, series->summary);
  g_string_append_c (str, '.');

  if (series->n_countries > 1)
    for (guint c = 0; c < series->n_countries; c++)
      /* Translators: part of a chart description: country, number of organizations */
      g_string_append_printf (str, ngettext (" %s belongs to %u today.", " %s belongs to %u today.",
                                             series->n_current[c]),
                              series->country_names[c], series->n_current[c]);

  if (series->key_organizations != NULL)
    g_string_append (str, series->key_organizations);

  if (series->filter == MP_TIMELINE_SHARED)
    g_string_append_printf (str, ngettext (" Showing %u shared organization.",
                                           " Showing %u shared organizations.", series->n_rows),
                            series->n_rows);
  else if (series->filter == MP_TIMELINE_UNIQUE)
    g_string_append_printf (str, ngettext (" Showing %u organization only one country belongs to.",
                                           " Showing %u organizations only one country belongs to.",
                                           series->n_rows),
                            series->n_rows);

  return g_string_free (g_steal_pointer (&str), FALSE);
}
