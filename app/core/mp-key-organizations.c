/* mp-key-organizations.c
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

#include "mp-key-organizations.h"

struct _MpKeyOrganizations
{
  gboolean               ranked;
  guint                  n_countries;
  GPtrArray             *organizations; /* const MpOrganization* */
  /* n_organizations × n_countries, row by row; NULL: no tie today */
  const MpMembership   **memberships;
};

gboolean
mp_membership_status_is_member (MpMembershipStatus status)
{
  switch (status)
    {
    case MP_MEMBERSHIP_FOUNDING_MEMBER:
    case MP_MEMBERSHIP_MEMBER:
    case MP_MEMBERSHIP_ASSOCIATE:
    case MP_MEMBERSHIP_PARTICIPANT:
      return TRUE;

    case MP_MEMBERSHIP_OBSERVER:
    case MP_MEMBERSHIP_PARTNER:
    case MP_MEMBERSHIP_SIGNATORY:
    case MP_MEMBERSHIP_CHAIR:
    default:
      return FALSE;
    }
}

static gboolean
is_current_tie (const MpMembership *membership)
{
  return membership->status != MP_MEMBERSHIP_CHAIR && !mp_date_is_set (&membership->to);
}

/* Of two current records for one organization, the stronger tie: a
 * member over an observer; then the earlier status in the enum. */
static gboolean
is_stronger (const MpMembership *a,
             const MpMembership *b)
{
  gboolean a_member = mp_membership_status_is_member (a->status);
  gboolean b_member = mp_membership_status_is_member (b->status);

  if (a_member != b_member)
    return a_member;

  return a->status < b->status;
}

int
mp_key_organizations_compare_salience (const MpOrganization *a,
                                       const MpOrganization *b)
{
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  /* Key ones (rank 1 and up) before the long tail (0). */
  if ((a->key == 0) != (b->key == 0))
    return a->key == 0 ? 1 : -1;
  if (a->key != b->key)
    return a->key < b->key ? -1 : 1;

  return g_strcmp0 (a->acronym, b->acronym);
}

static int
compare_organizations (gconstpointer a,
                       gconstpointer b)
{
  return mp_key_organizations_compare_salience (*(const MpOrganization **) a,
                                                *(const MpOrganization **) b);
}

/* A dataset that marks no organization as key (a teacher's own, say)
 * has no long tail: all its organizations are shown as key. */
static gboolean
has_key_organizations (MpDataset *dataset)
{
  GPtrArray *organizations = mp_dataset_get_organizations (dataset);

  for (guint i = 0; i < organizations->len; i++)
    if (((const MpOrganization *) g_ptr_array_index (organizations, i))->key > 0)
      return TRUE;

  return FALSE;
}

MpKeyOrganizations *
mp_key_organizations_new (MpDataset          *dataset,
                          const char * const *countries)
{
  MpKeyOrganizations *self = g_new0 (MpKeyOrganizations, 1);
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  guint n_countries = countries != NULL ? g_strv_length ((char **) countries) : 0;
  gboolean all_key;

  g_return_val_if_fail (MP_IS_DATASET (dataset), self);

  all_key = !has_key_organizations (dataset);
  self->ranked = !all_key;
  self->n_countries = n_countries;
  self->organizations = g_ptr_array_new ();

  /* First the organizations, so that the table can be sized. */
  for (guint c = 0; c < n_countries; c++)
    {
      GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, countries[c]);

      for (guint i = 0; memberships != NULL && i < memberships->len; i++)
        {
          const MpMembership *m = g_ptr_array_index (memberships, i);
          const MpOrganization *org;

          if (!is_current_tie (m))
            continue;

          org = mp_dataset_lookup_organization (dataset, m->organization);
          if (org == NULL || (org->key == 0 && !all_key) || g_hash_table_contains (rows, org))
            continue;

          g_hash_table_add (rows, (gpointer) org);
          g_ptr_array_add (self->organizations, (gpointer) org);
        }
    }

  g_ptr_array_sort (self->organizations, compare_organizations);
  for (guint i = 0; i < self->organizations->len; i++)
    g_hash_table_insert (rows, g_ptr_array_index (self->organizations, i), GUINT_TO_POINTER (i));

  self->memberships = g_new0 (const MpMembership *, MAX (1, self->organizations->len * n_countries));

  for (guint c = 0; c < n_countries; c++)
    {
      GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, countries[c]);

      for (guint i = 0; memberships != NULL && i < memberships->len; i++)
        {
          const MpMembership *m = g_ptr_array_index (memberships, i);
          const MpOrganization *org;
          gpointer row;
          const MpMembership **slot;

          if (!is_current_tie (m))
            continue;

          org = mp_dataset_lookup_organization (dataset, m->organization);
          if (org == NULL || !g_hash_table_lookup_extended (rows, org, NULL, &row))
            continue;

          slot = &self->memberships[GPOINTER_TO_UINT (row) * n_countries + c];
          if (*slot == NULL || is_stronger (m, *slot))
            *slot = m;
        }
    }

  return self;
}

void
mp_key_organizations_free (MpKeyOrganizations *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->organizations);
  g_free (self->memberships);
  g_free (self);
}

gboolean
mp_key_organizations_is_ranked (const MpKeyOrganizations *self)
{
  return self->ranked;
}

guint
mp_key_organizations_get_n (const MpKeyOrganizations *self)
{
  return self->organizations->len;
}

const MpOrganization *
mp_key_organizations_get (const MpKeyOrganizations *self,
                          guint                     index)
{
  g_return_val_if_fail (index < self->organizations->len, NULL);

  return g_ptr_array_index (self->organizations, index);
}

const MpMembership *
mp_key_organizations_get_membership (const MpKeyOrganizations *self,
                                     guint                     index,
                                     guint                     country_index)
{
  g_return_val_if_fail (index < self->organizations->len, NULL);
  g_return_val_if_fail (country_index < self->n_countries, NULL);

  return self->memberships[index * self->n_countries + country_index];
}

static gboolean
is_member (const MpKeyOrganizations *self,
           guint                     index,
           guint                     country_index)
{
  const MpMembership *m = self->memberships[index * self->n_countries + country_index];

  return m != NULL && mp_membership_status_is_member (m->status);
}

gboolean
mp_key_organizations_is_shared (const MpKeyOrganizations *self,
                                guint                     index)
{
  g_return_val_if_fail (index < self->organizations->len, FALSE);

  if (self->n_countries == 0)
    return FALSE;

  for (guint c = 0; c < self->n_countries; c++)
    if (!is_member (self, index, c))
      return FALSE;

  return TRUE;
}

guint
mp_key_organizations_count_member (const MpKeyOrganizations *self,
                                   guint                     country_index)
{
  guint n = 0;

  g_return_val_if_fail (country_index < self->n_countries, 0);

  for (guint i = 0; i < self->organizations->len; i++)
    if (is_member (self, i, country_index))
      n++;

  return n;
}

guint
mp_key_organizations_count_shared (const MpKeyOrganizations *self)
{
  guint n = 0;

  for (guint i = 0; i < self->organizations->len; i++)
    if (mp_key_organizations_is_shared (self, i))
      n++;

  return n;
}
