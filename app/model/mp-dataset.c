/* mp-dataset.c
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

#include <stdlib.h>
#include <string.h>

#include "mp-dataset.h"
#include "mp-dataset-private.h"

#define ARENA_BLOCK_SIZE (64 * 1024)

struct _MpDataset
{
  GObject       parent_instance;

  /* Memory of every record: blocks bumped through, freed together. */
  GSList       *blocks;
  guchar       *block_pos;
  gsize         block_left;
  GStringChunk *strings;
  GPtrArray    *texts;                        /* MpText*, owned */

  GPtrArray    *records[MP_N_RECORD_KINDS];   /* record pointers */
  /* While building: id → Slot; then id → record. */
  GHashTable   *by_id[MP_N_RECORD_KINDS];
  /* While building: indicator id → (country id → MpSeries*). */
  GHashTable   *series_by_indicator;

  GHashTable   *memberships_by_country;       /* id → GPtrArray */
  GHashTable   *aid_by_donor;                 /* id → GPtrArray */
  GPtrArray    *empty;

  gboolean      finished;
  gboolean      any_featured;
};

/* Where a record is, while building. */
typedef struct
{
  guint index;     /* in records[kind] */
  guint file;      /* the file it was read from */
  guint position;  /* in its array in that file */
} Slot;

G_DEFINE_FINAL_TYPE (MpDataset, mp_dataset, G_TYPE_OBJECT)

static inline const char *
record_id (gconstpointer record)
{
  return *(const char * const *) record;
}

typedef struct
{
  char            *key;      /* g_utf8_collate_key () of the English name */
  const MpCountry *country;
} CountryKey;

static int
compare_country_keys (gconstpointer a,
                      gconstpointer b)
{
  const CountryKey *ka = a;
  const CountryKey *kb = b;
  int result = strcmp (ka->key, kb->key);

  if (result == 0)
    result = strcmp (ka->country->id, kb->country->id);

  return result;
}

/* By English name, as g_utf8_collate () orders them.  Each name's collation
 * key is made once: g_utf8_collate () in the comparison normalised both
 * names at each of the sort's thousands of comparisons, at every start. */
static void
sort_countries (GPtrArray *countries)
{
  g_autofree CountryKey *keys = g_new (CountryKey, MAX (countries->len, 1));

  for (guint i = 0; i < countries->len; i++)
    {
      keys[i].country = g_ptr_array_index (countries, i);
      keys[i].key = g_utf8_collate_key (mp_text_get (keys[i].country->name, "en"), -1);
    }
  qsort (keys, countries->len, sizeof (CountryKey), compare_country_keys);
  for (guint i = 0; i < countries->len; i++)
    {
      countries->pdata[i] = (gpointer) keys[i].country;
      g_free (keys[i].key);
    }
}

static int
compare_organizations (gconstpointer a,
                       gconstpointer b)
{
  const MpOrganization *oa = *(const MpOrganization * const *) a;
  const MpOrganization *ob = *(const MpOrganization * const *) b;
  int result;

  if (oa->kind != ob->kind)
    return oa->kind < ob->kind ? -1 : 1;

  result = g_utf8_collate (oa->acronym, ob->acronym);
  if (result == 0)
    result = strcmp (oa->id, ob->id);

  return result;
}

static int
compare_memberships (gconstpointer a,
                     gconstpointer b)
{
  const MpMembership *ma = *(const MpMembership * const *) a;
  const MpMembership *mb = *(const MpMembership * const *) b;
  int result;

  if (ma->from.year != mb->from.year)
    return ma->from.year < mb->from.year ? -1 : 1;
  if (ma->from.month != mb->from.month)
    return ma->from.month < mb->from.month ? -1 : 1;
  if (ma->from.day != mb->from.day)
    return ma->from.day < mb->from.day ? -1 : 1;

  result = strcmp (ma->organization, mb->organization);
  if (result == 0)
    result = strcmp (ma->id, mb->id);

  return result;
}

static int
compare_aid (gconstpointer a,
             gconstpointer b)
{
  const MpAid *aa = *(const MpAid * const *) a;
  const MpAid *ab = *(const MpAid * const *) b;

  if (aa->year != ab->year)
    return aa->year < ab->year ? -1 : 1;
  if (aa->measure != ab->measure)
    return aa->measure < ab->measure ? -1 : 1;

  return strcmp (aa->id, ab->id);
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const MpSeries *sa = *(const MpSeries * const *) a;
  const MpSeries *sb = *(const MpSeries * const *) b;

  return strcmp (sa->country, sb->country);
}

/* Groups @records by the string at @key_offset into arrays sorted
 * with @compare. */
static GHashTable *
group_records (GPtrArray    *records,
               gsize         key_offset,
               GCompareFunc  compare)
{
  GHashTable *groups;
  GHashTableIter iter;
  gpointer value;

  groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);
      const char *key = G_STRUCT_MEMBER (const char *, record, key_offset);
      GPtrArray *group;

      group = g_hash_table_lookup (groups, key);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) key, group);
        }
      g_ptr_array_add (group, record);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare);

  return groups;
}

static void
mp_dataset_finalize (GObject *object)
{
  MpDataset *self = MP_DATASET (object);

  for (guint i = 0; i < MP_N_RECORD_KINDS; i++)
    {
      g_clear_pointer (&self->records[i], g_ptr_array_unref);
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
    }

  g_clear_pointer (&self->series_by_indicator, g_hash_table_unref);
  g_clear_pointer (&self->memberships_by_country, g_hash_table_unref);
  g_clear_pointer (&self->aid_by_donor, g_hash_table_unref);
  g_clear_pointer (&self->empty, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_slist_free_full (g_steal_pointer (&self->blocks), g_free);

  G_OBJECT_CLASS (mp_dataset_parent_class)->finalize (object);
}

static void
mp_dataset_class_init (MpDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_dataset_finalize;
}

static void
mp_dataset_init (MpDataset *self)
{
  self->strings = g_string_chunk_new (16 * 1024);
  self->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_text_free);

  for (guint i = 0; i < MP_N_RECORD_KINDS; i++)
    {
      self->records[i] = g_ptr_array_new ();
      self->by_id[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  self->series_by_indicator = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                     (GDestroyNotify) g_hash_table_unref);
  self->empty = g_ptr_array_new ();
}

/* Builder API (mp-dataset-private.h) */

MpDataset *
_mp_dataset_new (void)
{
  return g_object_new (MP_TYPE_DATASET, NULL);
}

gpointer
_mp_dataset_alloc (MpDataset *self,
                   gsize      size)
{
  gpointer memory;

  g_assert (!self->finished);

  size = (size + 7) & ~(gsize) 7;

  if (size > ARENA_BLOCK_SIZE / 4)
    {
      /* Big blocks go behind the current one, which stays in use. */
      memory = g_malloc0 (size);
      if (self->blocks != NULL)
        self->blocks->next = g_slist_prepend (self->blocks->next, memory);
      else
        self->blocks = g_slist_prepend (NULL, memory);
      return memory;
    }

  if (size > self->block_left)
    {
      self->block_pos = g_malloc (ARENA_BLOCK_SIZE);
      self->block_left = ARENA_BLOCK_SIZE;
      self->blocks = g_slist_prepend (self->blocks, self->block_pos);
    }

  memory = self->block_pos;
  memset (memory, 0, size);
  self->block_pos += size;
  self->block_left -= size;

  return memory;
}

const char *
_mp_dataset_intern (MpDataset  *self,
                    const char *string)
{
  if (string == NULL)
    return NULL;

  return g_string_chunk_insert_const (self->strings, string);
}

const char *
_mp_dataset_strdup (MpDataset  *self,
                    const char *string)
{
  if (string == NULL)
    return NULL;

  return g_string_chunk_insert (self->strings, string);
}

MpText *
_mp_dataset_new_text (MpDataset *self)
{
  MpText *text = mp_text_new ();

  g_ptr_array_add (self->texts, text);

  return text;
}

const char *
_mp_dataset_find_id (MpDataset    *self,
                     MpRecordKind  kind,
                     const char   *id)
{
  gpointer key;

  g_assert (kind < MP_N_RECORD_KINDS);

  if (g_hash_table_lookup_extended (self->by_id[kind], id, &key, NULL))
    return key;

  return NULL;
}

MpPutResult
_mp_dataset_put (MpDataset    *self,
                 MpRecordKind  kind,
                 gpointer      record,
                 guint         file,
                 guint         position,
                 guint        *out_first_position)
{
  const char *id = record_id (record);
  Slot *slot;

  g_assert (!self->finished);
  g_assert (kind < MP_N_RECORD_KINDS);
  g_assert (id != NULL);

  slot = g_hash_table_lookup (self->by_id[kind], id);
  if (slot != NULL)
    {
      if (slot->file == file)
        {
          *out_first_position = slot->position;
          return MP_PUT_DUPLICATE;
        }

      /* The key stays the first record's copy of the id: equal. */
      g_ptr_array_index (self->records[kind], slot->index) = record;
      slot->file = file;
      slot->position = position;
      return MP_PUT_REPLACED;
    }

  slot = _mp_dataset_new0 (self, Slot, 1);
  slot->index = self->records[kind]->len;
  slot->file = file;
  slot->position = position;
  g_ptr_array_add (self->records[kind], record);
  g_hash_table_insert (self->by_id[kind], (gpointer) id, slot);

  return MP_PUT_ADDED;
}

MpPutResult
_mp_dataset_put_indicator (MpDataset   *self,
                           MpIndicator *indicator,
                           MpSeries    *series,
                           guint        n_series,
                           guint        file,
                           guint        position,
                           guint       *out_first_position)
{
  GHashTable *by_country;
  MpPutResult result;

  result = _mp_dataset_put (self, MP_RECORD_INDICATOR, indicator, file, position, out_first_position);
  if (result == MP_PUT_DUPLICATE)
    return result;

  by_country = g_hash_table_lookup (self->series_by_indicator, indicator->id);
  if (by_country == NULL)
    {
      by_country = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (self->series_by_indicator, (gpointer) indicator->id, by_country);
    }

  /* Each series keeps the source and status of the file that gave it, so
   * a teacher's indicator for one country does not re-cite the others. */
  for (guint i = 0; i < n_series; i++)
    {
      series[i].source = indicator->source;
      series[i].status = indicator->status;
      g_hash_table_insert (by_country, (gpointer) series[i].country, &series[i]);
    }

  return result;
}

static void
finish_indicator (MpDataset   *self,
                  MpIndicator *indicator)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GHashTable *by_country;
  GHashTableIter iter;
  gpointer value;
  MpSeries *series;

  by_country = g_hash_table_lookup (self->series_by_indicator, indicator->id);
  g_assert (by_country != NULL);

  sorted = g_ptr_array_sized_new (g_hash_table_size (by_country));
  g_hash_table_iter_init (&iter, by_country);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_series);

  series = _mp_dataset_new0 (self, MpSeries, MAX (sorted->len, 1));
  for (guint i = 0; i < sorted->len; i++)
    series[i] = *(MpSeries *) g_ptr_array_index (sorted, i);

  indicator->series = series;
  indicator->n_series = sorted->len;
}

void
_mp_dataset_finish (MpDataset *self)
{
  g_assert (!self->finished);

  for (guint i = 0; i < self->records[MP_RECORD_INDICATOR]->len; i++)
    finish_indicator (self, g_ptr_array_index (self->records[MP_RECORD_INDICATOR], i));
  g_clear_pointer (&self->series_by_indicator, g_hash_table_unref);

  sort_countries (self->records[MP_RECORD_COUNTRY]);
  g_ptr_array_sort (self->records[MP_RECORD_ORGANIZATION], compare_organizations);

  /* From id → index to id → record. */
  for (guint kind = 0; kind < MP_N_RECORD_KINDS; kind++)
    {
      GPtrArray *records = self->records[kind];

      g_hash_table_remove_all (self->by_id[kind]);
      for (guint i = 0; i < records->len; i++)
        {
          gpointer record = g_ptr_array_index (records, i);

          g_hash_table_insert (self->by_id[kind], (gpointer) record_id (record), record);
        }
    }

  self->memberships_by_country = group_records (self->records[MP_RECORD_MEMBERSHIP],
                                                G_STRUCT_OFFSET (MpMembership, country),
                                                compare_memberships);
  self->aid_by_donor = group_records (self->records[MP_RECORD_AID],
                                      G_STRUCT_OFFSET (MpAid, donor),
                                      compare_aid);

  self->any_featured = FALSE;
  for (guint i = 0; i < self->records[MP_RECORD_COUNTRY]->len; i++)
    self->any_featured |= ((const MpCountry *) g_ptr_array_index (self->records[MP_RECORD_COUNTRY], i))->featured;

  self->finished = TRUE;
}

/* Public API */

/**
 * mp_dataset_get_sources:
 *
 * Returns: (transfer none) (element-type MpSource): the sources, in the
 *   order the files list them
 */
GPtrArray *
mp_dataset_get_sources (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);

  return self->records[MP_RECORD_SOURCE];
}

/**
 * mp_dataset_get_countries:
 *
 * Returns: (transfer none) (element-type MpCountry): the countries,
 *   sorted by English name
 */
GPtrArray *
mp_dataset_get_countries (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);

  return self->records[MP_RECORD_COUNTRY];
}

/**
 * mp_dataset_get_organizations:
 *
 * Returns: (transfer none) (element-type MpOrganization): the
 *   organizations, sorted by kind, then acronym
 */
GPtrArray *
mp_dataset_get_organizations (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);

  return self->records[MP_RECORD_ORGANIZATION];
}

/**
 * mp_dataset_get_memberships:
 *
 * Returns: (transfer none) (element-type MpMembership): all memberships,
 *   in the order the files list them
 */
GPtrArray *
mp_dataset_get_memberships (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);

  return self->records[MP_RECORD_MEMBERSHIP];
}

/**
 * mp_dataset_get_aid:
 *
 * Returns: (transfer none) (element-type MpAid): all aid records, in
 *   the order the files list them
 */
GPtrArray *
mp_dataset_get_aid (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);

  return self->records[MP_RECORD_AID];
}

/**
 * mp_dataset_get_indicators:
 *
 * Returns: (transfer none) (element-type MpIndicator): the indicators,
 *   in the order they first appear in the files
 */
GPtrArray *
mp_dataset_get_indicators (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);

  return self->records[MP_RECORD_INDICATOR];
}

const MpSource *
mp_dataset_lookup_source (MpDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[MP_RECORD_SOURCE], id);
}

const MpCountry *
mp_dataset_lookup_country (MpDataset  *self,
                           const char *id)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[MP_RECORD_COUNTRY], id);
}

const MpOrganization *
mp_dataset_lookup_organization (MpDataset  *self,
                                const char *id)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[MP_RECORD_ORGANIZATION], id);
}

const MpIndicator *
mp_dataset_lookup_indicator (MpDataset  *self,
                             const char *id)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[MP_RECORD_INDICATOR], id);
}

/**
 * mp_dataset_lookup_membership:
 * @id: a membership id like "AZ:UN"
 *
 * Returns: (nullable): the membership with that id
 */
const MpMembership *
mp_dataset_lookup_membership (MpDataset  *self,
                              const char *id)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[MP_RECORD_MEMBERSHIP], id);
}

/**
 * mp_dataset_lookup_aid:
 * @id: an aid record id
 *
 * Returns: (nullable): the aid record with that id
 */
const MpAid *
mp_dataset_lookup_aid (MpDataset  *self,
                       const char *id)
{
  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[MP_RECORD_AID], id);
}

/**
 * mp_dataset_get_country_memberships:
 * @country_id: a country id like "KZ"
 *
 * Returns: (transfer none) (element-type MpMembership): the country's
 *   memberships and chair periods sorted by `from` date (then
 *   organization id); empty for an unknown country
 */
GPtrArray *
mp_dataset_get_country_memberships (MpDataset  *self,
                                    const char *country_id)
{
  GPtrArray *memberships;

  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (country_id != NULL, NULL);

  memberships = g_hash_table_lookup (self->memberships_by_country, country_id);

  return memberships != NULL ? memberships : self->empty;
}

gboolean
mp_dataset_has_featured (MpDataset *self)
{
  g_return_val_if_fail (MP_IS_DATASET (self), FALSE);

  return self->any_featured;
}

gboolean
mp_dataset_is_tie_known (MpDataset            *self,
                         const MpCountry      *country,
                         const MpOrganization *organization)
{
  g_return_val_if_fail (MP_IS_DATASET (self), FALSE);
  g_return_val_if_fail (country != NULL && organization != NULL, FALSE);

  return country->featured || organization->members_complete || !self->any_featured;
}

/**
 * mp_dataset_get_donor_aid:
 * @donor_id: a country id like "AZ"
 *
 * Returns: (transfer none) (element-type MpAid): the donor's aid
 *   records sorted by year, then measure; empty for an unknown donor
 */
GPtrArray *
mp_dataset_get_donor_aid (MpDataset  *self,
                          const char *donor_id)
{
  GPtrArray *aid;

  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (donor_id != NULL, NULL);

  aid = g_hash_table_lookup (self->aid_by_donor, donor_id);

  return aid != NULL ? aid : self->empty;
}

/**
 * mp_dataset_find_aid:
 * @donor_id: a country id
 * @year: a year
 *
 * Returns: (transfer container) (element-type MpAid): the donor's aid
 *   records for @year, all measures, sorted by measure
 */
GPtrArray *
mp_dataset_find_aid (MpDataset  *self,
                     const char *donor_id,
                     int         year)
{
  GPtrArray *aid;
  GPtrArray *found;

  g_return_val_if_fail (MP_IS_DATASET (self), NULL);
  g_return_val_if_fail (donor_id != NULL, NULL);

  aid = mp_dataset_get_donor_aid (self, donor_id);
  found = g_ptr_array_new ();

  for (guint i = 0; i < aid->len; i++)
    {
      const MpAid *record = g_ptr_array_index (aid, i);

      if (record->year == year)
        g_ptr_array_add (found, (gpointer) record);
      else if (record->year > year)
        break;
    }

  return found;
}

/**
 * mp_indicator_get_series:
 * @indicator: an indicator
 * @country_id: a country id
 *
 * Returns: (nullable): the country's series, or %NULL if the indicator
 *   has none for that country
 */
const MpSeries *
mp_indicator_get_series (const MpIndicator *indicator,
                         const char        *country_id)
{
  guint low = 0, high;

  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (country_id != NULL, NULL);

  high = indicator->n_series;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int cmp = strcmp (country_id, indicator->series[middle].country);

      if (cmp == 0)
        return &indicator->series[middle];
      if (cmp < 0)
        high = middle;
      else
        low = middle + 1;
    }

  return NULL;
}

/**
 * mp_series_get_latest:
 * @series: (nullable): a series
 *
 * Returns: (nullable): the point with the latest year, or %NULL for a
 *   %NULL or empty series
 */
const MpPoint *
mp_series_get_latest (const MpSeries *series)
{
  if (series == NULL || series->n_points == 0)
    return NULL;

  return &series->points[series->n_points - 1];
}
