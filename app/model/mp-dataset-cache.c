/* mp-dataset-cache.c
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

#include <string.h>

#include "mp-dataset-cache.h"
#include "mp-dataset-private.h"
#include "mp-dataset-schema.h"

/* Flat tables, so loading is a handful of array lookups, not one
 * GVariant per field.  Strings live once in a NUL-separated blob; each
 * kind of record is a table of rows of guint32, with the columns of its
 * fields (mp-dataset-schema.h) in their order: string and number
 * indices, enums, date parts; texts are runs of (language, value)
 * string pairs.  The parts of the tuple, in the order of the enum: */
#define CACHE "(uusayauauadaauauaiad)"

enum
{
  C_VERSION,   /* MP_DATASET_CACHE_VERSION */
  C_SCHEMA,    /* schema_hash () of the fields it was written with */
  C_CHECKSUM,  /* mp_dataset_cache_fingerprint () of the JSON */
  C_BLOB,      /* the strings, each ending in NUL */
  C_OFFSETS,   /* where each string starts in the blob */
  C_TEXTS,     /* (language, value) string index pairs */
  C_NUMBERS,
  C_RECORDS,   /* a table per MpRecordKind */
  C_SERIES,    /* the indicators' series, rows of SERIES_COLUMNS */
  C_YEARS,     /* their points */
  C_VALUES,
  C_N
};

/* The columns of a row of C_SERIES. */
enum
{
  SERIES_COUNTRY,
  SERIES_FIRST_POINT,
  SERIES_N_POINTS,
  SERIES_SOURCE,
  SERIES_STATUS,
  SERIES_COLUMNS
};

#define NONE G_MAXUINT32

/* MP_FIELD_ENUM members are read and written as a guint. */
G_STATIC_ASSERT (sizeof (MpValueStatus) == sizeof (guint));
G_STATIC_ASSERT (sizeof (MpOrgKind) == sizeof (guint));
G_STATIC_ASSERT (sizeof (MpMembershipStatus) == sizeof (guint));
G_STATIC_ASSERT (sizeof (MpPrecision) == sizeof (guint));
G_STATIC_ASSERT (sizeof (MpAidMeasure) == sizeof (guint));
G_STATIC_ASSERT (sizeof (MpUnit) == sizeof (guint));

char *
mp_dataset_cache_fingerprint (GBytes *json)
{
  g_return_val_if_fail (json != NULL, NULL);

  return g_strdup_printf ("%" G_GSIZE_FORMAT "-%08x", g_bytes_get_size (json), g_bytes_hash (json));
}

/* The layout ------------------------------------------------------------- */

static guint32
hash_fields (guint32        hash,
             const MpField *fields,
             guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      for (const char *p = fields[i].name; *p != '\0'; p++)
        hash = hash * 33 + (guchar) *p;
      hash = hash * 33 + fields[i].type;
      hash = hash * 33 + (fields[i].required ? 1 : 0);
    }

  return hash;
}

/* Changes with any field of the schema (name, type, order, whether
 * required), so a cache written before a change is not read after it
 * as if its columns were the new ones. */
static guint32
schema_hash (void)
{
  guint32 hash = 5381;

  for (guint kind = 0; kind < MP_N_RECORD_KINDS; kind++)
    hash = hash_fields (hash, mp_record_schemas[kind].fields, mp_record_schemas[kind].n_fields);
  hash = hash_fields (hash, mp_fact_fields (MP_FIELD_FACT_TEXT), MP_FACT_N_FIELDS);

  return hash;
}

static guint
count_columns (const MpField *fields,
               guint          n_fields);

static guint
field_columns (const MpField *field)
{
  switch (field->type)
    {
    case MP_FIELD_ID:
    case MP_FIELD_STRING:
    case MP_FIELD_YEAR:
    case MP_FIELD_INT:
    case MP_FIELD_NUMBER:
    case MP_FIELD_ENUM:
    case MP_FIELD_BOOLEAN:
      return 1;

    case MP_FIELD_TEXT:     /* start and count in C_TEXTS */
    case MP_FIELD_SERIES:   /* start and count in C_SERIES */
      return 2;

    case MP_FIELD_DATE:     /* year, month, day */
      return 3;

    case MP_FIELD_FACT_TEXT:
    case MP_FIELD_FACT_NUMBER:
    case MP_FIELD_FACT_DATE:
      /* Whether it is present, then its fields. */
      return 1 + count_columns (mp_fact_fields (field->type), MP_FACT_N_FIELDS);

    default:
      g_assert_not_reached ();
    }
}

static guint
count_columns (const MpField *fields,
               guint          n_fields)
{
  guint columns = 0;

  for (guint i = 0; i < n_fields; i++)
    columns += field_columns (&fields[i]);

  return columns;
}

/* Writing ------------------------------------------------------------------ */

typedef struct
{
  GHashTable *index;    /* string → position + 1 */
  GByteArray *blob;
  GArray     *offsets;  /* guint32 */
  GArray     *texts;    /* guint32 pairs */
  GArray     *numbers;  /* double */
  GArray     *series;   /* guint32 rows */
  GArray     *years;    /* gint32 */
  GArray     *values;   /* double */
} Writer;

static guint32
w_string (Writer     *w,
          const char *string)
{
  gpointer found;
  guint32 i;

  if (string == NULL)
    return NONE;

  found = g_hash_table_lookup (w->index, string);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  i = w->offsets->len;
  g_array_append_val (w->offsets, w->blob->len);
  g_byte_array_append (w->blob, (const guint8 *) string, strlen (string) + 1);
  g_hash_table_insert (w->index, (gpointer) string, GUINT_TO_POINTER (i + 1));

  return i;
}

static guint32
w_number (Writer *w,
          double  number)
{
  g_array_append_val (w->numbers, number);
  return w->numbers->len - 1;
}

static void
w_put (GArray  *row,
       guint32  value)
{
  g_array_append_val (row, value);
}

static void
add_pair_cb (const char *lang,
             const char *value,
             gpointer    user_data)
{
  Writer *w = user_data;
  guint32 l = w_string (w, lang);
  guint32 v = w_string (w, value);

  g_array_append_val (w->texts, l);
  g_array_append_val (w->texts, v);
}

static void
w_text (Writer       *w,
        GArray       *row,
        const MpText *text)
{
  guint32 start = w->texts->len / 2;

  if (text == NULL)
    {
      w_put (row, NONE);
      w_put (row, 0);
      return;
    }

  mp_text_foreach (text, add_pair_cb, w);
  w_put (row, start);
  w_put (row, w->texts->len / 2 - start);
}

static void
w_date (GArray       *row,
        const MpDate *date)
{
  w_put (row, (guint32) date->year);
  w_put (row, date->month);
  w_put (row, date->day);
}

static void
w_series (Writer            *w,
          GArray            *row,
          const MpIndicator *indicator)
{
  w_put (row, w->series->len / SERIES_COLUMNS);
  w_put (row, indicator->n_series);

  for (guint i = 0; i < indicator->n_series; i++)
    {
      const MpSeries *one = &indicator->series[i];
      guint32 columns[SERIES_COLUMNS];

      columns[SERIES_COUNTRY] = w_string (w, one->country);
      columns[SERIES_FIRST_POINT] = w->years->len;
      columns[SERIES_N_POINTS] = one->n_points;
      columns[SERIES_SOURCE] = w_string (w, one->source);
      columns[SERIES_STATUS] = one->status;
      g_array_append_vals (w->series, columns, SERIES_COLUMNS);

      for (guint k = 0; k < one->n_points; k++)
        {
          gint32 year = one->points[k].year;

          g_array_append_val (w->years, year);
          g_array_append_val (w->values, one->points[k].value);
        }
    }
}

/* Appends the columns of @record's @fields to @row. */
static void
w_fields (Writer        *w,
          GArray        *row,
          const MpField *fields,
          guint          n_fields,
          gconstpointer  record)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const MpField *field = &fields[i];
      gconstpointer member = (const guint8 *) record + field->offset;

      switch (field->type)
        {
        case MP_FIELD_ID:
        case MP_FIELD_STRING:
          w_put (row, w_string (w, *(const char * const *) member));
          break;

        case MP_FIELD_TEXT:
          w_text (w, row, *(MpText * const *) member);
          break;

        case MP_FIELD_DATE:
          w_date (row, member);
          break;

        case MP_FIELD_YEAR:
        case MP_FIELD_INT:
          w_put (row, (guint32) *(const int *) member);
          break;

        case MP_FIELD_NUMBER:
          w_put (row, w_number (w, *(const double *) member));
          break;

        case MP_FIELD_ENUM:
          w_put (row, *(const guint *) member);
          break;

        case MP_FIELD_BOOLEAN:
          w_put (row, *(const gboolean *) member ? 1 : 0);
          break;

        case MP_FIELD_FACT_TEXT:
        case MP_FIELD_FACT_NUMBER:
        case MP_FIELD_FACT_DATE:
          w_put (row, ((const MpFact *) member)->present ? 1 : 0);
          w_fields (w, row, mp_fact_fields (field->type), MP_FACT_N_FIELDS, member);
          break;

        case MP_FIELD_SERIES:
          w_series (w, row, record);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static GVariant *
u32_array (GArray *array)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, array->data, array->len, sizeof (guint32));
}

static GPtrArray *
records_of (MpDataset    *dataset,
            MpRecordKind  kind)
{
  switch (kind)
    {
    case MP_RECORD_SOURCE:
      return mp_dataset_get_sources (dataset);
    case MP_RECORD_COUNTRY:
      return mp_dataset_get_countries (dataset);
    case MP_RECORD_ORGANIZATION:
      return mp_dataset_get_organizations (dataset);
    case MP_RECORD_MEMBERSHIP:
      return mp_dataset_get_memberships (dataset);
    case MP_RECORD_AID:
      return mp_dataset_get_aid (dataset);
    case MP_RECORD_INDICATOR:
      return mp_dataset_get_indicators (dataset);
    case MP_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

GBytes *
mp_dataset_cache_serialize (MpDataset  *dataset,
                            const char *json_checksum)
{
  Writer w = { 0 };
  GVariant *tables[MP_N_RECORD_KINDS];
  GVariant *parts[C_N];
  g_autoptr(GVariant) cache = NULL;
  g_autoptr(GVariant) little = NULL;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (json_checksum != NULL, NULL);

  w.index = g_hash_table_new (g_str_hash, g_str_equal);
  w.blob = g_byte_array_new ();
  w.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  w.texts = g_array_new (FALSE, FALSE, sizeof (guint32));
  w.numbers = g_array_new (FALSE, FALSE, sizeof (double));
  w.series = g_array_new (FALSE, FALSE, sizeof (guint32));
  w.years = g_array_new (FALSE, FALSE, sizeof (gint32));
  w.values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint kind = 0; kind < MP_N_RECORD_KINDS; kind++)
    {
      const MpRecordSchema *schema = &mp_record_schemas[kind];
      GPtrArray *records = records_of (dataset, kind);
      g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint32));

      for (guint i = 0; i < records->len; i++)
        w_fields (&w, rows, schema->fields, schema->n_fields, g_ptr_array_index (records, i));

      tables[kind] = u32_array (rows);
    }

  parts[C_VERSION] = g_variant_new_uint32 (MP_DATASET_CACHE_VERSION);
  parts[C_SCHEMA] = g_variant_new_uint32 (schema_hash ());
  parts[C_CHECKSUM] = g_variant_new_string (json_checksum);
  parts[C_BLOB] = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, w.blob->data, w.blob->len, 1);
  parts[C_OFFSETS] = u32_array (w.offsets);
  parts[C_TEXTS] = u32_array (w.texts);
  parts[C_NUMBERS] = g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, w.numbers->data, w.numbers->len,
                                                sizeof (double));
  parts[C_RECORDS] = g_variant_new_array (G_VARIANT_TYPE ("au"), tables, MP_N_RECORD_KINDS);
  parts[C_SERIES] = u32_array (w.series);
  parts[C_YEARS] = g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, w.years->data, w.years->len,
                                              sizeof (gint32));
  parts[C_VALUES] = g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, w.values->data, w.values->len,
                                               sizeof (double));
  cache = g_variant_ref_sink (g_variant_new_tuple (parts, C_N));
  g_assert (g_variant_is_of_type (cache, G_VARIANT_TYPE (CACHE)));

  little = G_BYTE_ORDER == G_LITTLE_ENDIAN ? g_variant_ref (cache) : g_variant_byteswap (cache);

  g_hash_table_unref (w.index);
  g_byte_array_unref (w.blob);
  g_array_unref (w.offsets);
  g_array_unref (w.texts);
  g_array_unref (w.numbers);
  g_array_unref (w.series);
  g_array_unref (w.years);
  g_array_unref (w.values);

  return g_variant_get_data_as_bytes (little);
}

/* Reading ------------------------------------------------------------------ */

typedef struct
{
  MpDataset     *dataset;
  const char    *blob;
  gsize          blob_len;
  const guint32 *offsets;
  gsize          n_strings;
  const guint32 *texts;
  gsize          n_text_words;
  const double  *numbers;
  gsize          n_numbers;
  const guint32 *series;
  gsize          n_series;
  const gint32  *years;
  const double  *values;
  gsize          n_points;
} Reader;

/* Checking: every index of every row is checked before anything is
 * put, so a damaged cache is refused whole (and the JSON read instead). */

static gboolean
string_valid (const Reader *r,
              guint32       index,
              gboolean      required)
{
  return index == NONE ? !required : index < r->n_strings;
}

static gboolean
series_valid (const Reader  *r,
              const guint32 *row)
{
  if ((gsize) row[0] + row[1] > r->n_series)
    return FALSE;

  for (guint32 i = 0; i < row[1]; i++)
    {
      const guint32 *one = r->series + ((gsize) row[0] + i) * SERIES_COLUMNS;

      if (!string_valid (r, one[SERIES_COUNTRY], TRUE) ||
          !string_valid (r, one[SERIES_SOURCE], FALSE) ||
          (gsize) one[SERIES_FIRST_POINT] + one[SERIES_N_POINTS] > r->n_points)
        return FALSE;
    }

  return TRUE;
}

/* Checks the columns of @fields at *@row and moves *@row past them.
 * Required fields must be there when the record (or fact) is: @present. */
static gboolean
fields_valid (const Reader   *r,
              const MpField  *fields,
              guint           n_fields,
              gboolean        present,
              const guint32 **row)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const MpField *field = &fields[i];
      const guint32 *column = *row;
      gboolean required = present && field->required;

      *row += field_columns (field);

      switch (field->type)
        {
        case MP_FIELD_ID:
        case MP_FIELD_STRING:
          if (!string_valid (r, column[0], required))
            return FALSE;
          break;

        case MP_FIELD_TEXT:
          if (column[0] == NONE ? required : ((gsize) column[0] + column[1]) * 2 > r->n_text_words)
            return FALSE;
          break;

        case MP_FIELD_NUMBER:
          if (column[0] >= r->n_numbers)
            return FALSE;
          break;

        case MP_FIELD_SERIES:
          if (!series_valid (r, column))
            return FALSE;
          break;

        case MP_FIELD_FACT_TEXT:
        case MP_FIELD_FACT_NUMBER:
        case MP_FIELD_FACT_DATE:
          {
            const guint32 *fact = column + 1;

            if (!fields_valid (r, mp_fact_fields (field->type), MP_FACT_N_FIELDS, column[0] != 0, &fact))
              return FALSE;
          }
          break;

        case MP_FIELD_DATE:
        case MP_FIELD_YEAR:
        case MP_FIELD_INT:
        case MP_FIELD_ENUM:
        case MP_FIELD_BOOLEAN:
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* Reading, once checked. */

static const char *
r_string (const Reader *r,
          guint32       index)
{
  return index == NONE ? NULL : r->blob + r->offsets[index];
}

static MpText *
r_text (const Reader  *r,
        const guint32 *column)
{
  MpText *text;

  if (column[0] == NONE)
    return NULL;

  text = _mp_dataset_new_text (r->dataset);
  for (guint32 i = 0; i < column[1]; i++)
    {
      const guint32 *pair = r->texts + ((gsize) column[0] + i) * 2;

      mp_text_set (text, r_string (r, pair[0]), r_string (r, pair[1]));
    }

  return text;
}

static void
r_series (const Reader  *r,
          const guint32 *column,
          MpIndicator   *indicator)
{
  MpSeries *list = _mp_dataset_new0 (r->dataset, MpSeries, MAX (column[1], 1));

  for (guint32 i = 0; i < column[1]; i++)
    {
      const guint32 *one = r->series + ((gsize) column[0] + i) * SERIES_COLUMNS;
      guint32 first = one[SERIES_FIRST_POINT];
      guint32 n_points = one[SERIES_N_POINTS];
      MpPoint *points = _mp_dataset_new0 (r->dataset, MpPoint, MAX (n_points, 1));

      for (guint32 k = 0; k < n_points; k++)
        {
          points[k].year = r->years[first + k];
          points[k].value = r->values[first + k];
        }
      list[i].country = r_string (r, one[SERIES_COUNTRY]);
      list[i].points = points;
      list[i].n_points = n_points;
      /* Set again by _mp_dataset_put_indicator(); the cache keeps them
       * for a series an earlier file gave. */
      list[i].source = r_string (r, one[SERIES_SOURCE]);
      list[i].status = one[SERIES_STATUS];
    }

  indicator->series = list;
  indicator->n_series = column[1];
}

/* Fills the members of @record from the columns of @fields at *@row
 * and moves *@row past them. */
static void
r_fields (const Reader   *r,
          const MpField  *fields,
          guint           n_fields,
          const guint32 **row,
          gpointer        record)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const MpField *field = &fields[i];
      const guint32 *column = *row;
      gpointer member = (guint8 *) record + field->offset;

      *row += field_columns (field);

      switch (field->type)
        {
        /* The cache holds each string once (w_string ()): its ids are
         * shared as interned ones are, with no hashing at each start. */
        case MP_FIELD_ID:
        case MP_FIELD_STRING:
          *(const char **) member = r_string (r, column[0]);
          break;

        case MP_FIELD_TEXT:
          *(MpText **) member = r_text (r, column);
          break;

        case MP_FIELD_DATE:
          ((MpDate *) member)->year = (gint16) column[0];
          ((MpDate *) member)->month = (guint8) column[1];
          ((MpDate *) member)->day = (guint8) column[2];
          break;

        case MP_FIELD_YEAR:
        case MP_FIELD_INT:
          *(int *) member = (int) column[0];
          break;

        case MP_FIELD_NUMBER:
          *(double *) member = r->numbers[column[0]];
          break;

        case MP_FIELD_ENUM:
          *(guint *) member = column[0];
          break;

        case MP_FIELD_BOOLEAN:
          *(gboolean *) member = column[0] != 0;
          break;

        case MP_FIELD_FACT_TEXT:
        case MP_FIELD_FACT_NUMBER:
        case MP_FIELD_FACT_DATE:
          {
            const guint32 *fact = column + 1;

            ((MpFact *) member)->present = column[0] != 0;
            r_fields (r, mp_fact_fields (field->type), MP_FACT_N_FIELDS, &fact, member);
            if (field->type == MP_FIELD_FACT_TEXT && ((MpFact *) member)->texts != NULL)
              ((MpFact *) member)->text = mp_text_get (((MpFact *) member)->texts, "en");
          }
          break;

        case MP_FIELD_SERIES:
          r_series (r, column, record);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* A fixed array child of @parent, kept alive by @keep. */
static gconstpointer
array_of (GVariant  *parent,
          guint      child,
          gsize      element_size,
          gsize     *n_elements,
          GPtrArray *keep)
{
  GVariant *value = g_variant_get_child_value (parent, child);

  g_ptr_array_add (keep, value);

  return g_variant_get_fixed_array (value, n_elements, element_size);
}

/* @cache in native byte order.  Not "trusted": GLib checks the framing of
 * what is read, so a damaged cache cannot be read out of bounds. */
static GVariant *
native_cache (GBytes *cache)
{
  g_autoptr(GVariant) root = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE), cache, FALSE));

  return G_BYTE_ORDER == G_LITTLE_ENDIAN ? g_steal_pointer (&root) : g_variant_byteswap (root);
}

/* Whether @native is of this version and these fields and, unless
 * @json_checksum is NULL, made from JSON with that fingerprint. */
static gboolean
header_matches (GVariant   *native,
                const char *json_checksum)
{
  g_autofree char *checksum = NULL;
  guint32 version = 0;
  guint32 schema = 0;

  g_variant_get_child (native, C_VERSION, "u", &version);
  g_variant_get_child (native, C_SCHEMA, "u", &schema);
  g_variant_get_child (native, C_CHECKSUM, "s", &checksum);

  return version == MP_DATASET_CACHE_VERSION && schema == schema_hash () &&
         (json_checksum == NULL || g_str_equal (checksum, json_checksum));
}

gboolean
mp_dataset_cache_matches (GBytes *cache,
                          GBytes *json)
{
  g_autoptr(GVariant) native = NULL;
  g_autofree char *expected = NULL;

  g_return_val_if_fail (cache != NULL && json != NULL, FALSE);

  native = native_cache (cache);
  expected = mp_dataset_cache_fingerprint (json);

  return header_matches (native, expected);
}

gboolean
_mp_dataset_cache_put (MpDataset  *dataset,
                       GBytes     *cache,
                       const char *json_checksum,
                       guint       file_index)
{
  g_autoptr(GVariant) native = NULL;
  g_autoptr(GVariant) tables = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  const guint32 *rows[MP_N_RECORD_KINDS];
  gsize n_rows[MP_N_RECORD_KINDS];
  guint columns[MP_N_RECORD_KINDS];
  gsize n_series_words = 0;
  gsize n_values = 0;
  Reader r = { 0 };

  g_return_val_if_fail (MP_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (cache != NULL, FALSE);

  /* Indices are checked below. */
  native = native_cache (cache);
  if (!header_matches (native, json_checksum))
    return FALSE;

  r.dataset = dataset;
  r.blob = array_of (native, C_BLOB, 1, &r.blob_len, keep);
  r.offsets = array_of (native, C_OFFSETS, sizeof (guint32), &r.n_strings, keep);
  r.texts = array_of (native, C_TEXTS, sizeof (guint32), &r.n_text_words, keep);
  r.numbers = array_of (native, C_NUMBERS, sizeof (double), &r.n_numbers, keep);
  r.series = array_of (native, C_SERIES, sizeof (guint32), &n_series_words, keep);
  r.years = array_of (native, C_YEARS, sizeof (gint32), &r.n_points, keep);
  r.values = array_of (native, C_VALUES, sizeof (double), &n_values, keep);
  r.n_series = n_series_words / SERIES_COLUMNS;

  /* Refuse a damaged cache whole, before anything is put. */
  if (r.blob_len == 0 || r.blob[r.blob_len - 1] != '\0' || r.n_points != n_values ||
      n_series_words % SERIES_COLUMNS != 0)
    return FALSE;
  /* Each string ends inside the blob (its last byte is NUL) and is text. */
  for (gsize i = 0; i < r.n_strings; i++)
    if (r.offsets[i] >= r.blob_len || !g_utf8_validate (r.blob + r.offsets[i], -1, NULL))
      return FALSE;
  for (gsize i = 0; i < r.n_text_words; i++)
    if (r.texts[i] >= r.n_strings)
      return FALSE;

  tables = g_variant_get_child_value (native, C_RECORDS);
  if (g_variant_n_children (tables) != MP_N_RECORD_KINDS)
    return FALSE;
  for (guint kind = 0; kind < MP_N_RECORD_KINDS; kind++)
    {
      const MpRecordSchema *record_schema = &mp_record_schemas[kind];
      gsize n_words = 0;

      columns[kind] = count_columns (record_schema->fields, record_schema->n_fields);
      rows[kind] = array_of (tables, kind, sizeof (guint32), &n_words, keep);
      if (n_words % columns[kind] != 0)
        return FALSE;
      n_rows[kind] = n_words / columns[kind];

      for (gsize i = 0; i < n_rows[kind]; i++)
        {
          const guint32 *row = rows[kind] + i * columns[kind];

          if (!fields_valid (&r, record_schema->fields, record_schema->n_fields, TRUE, &row))
            return FALSE;
        }
    }

  for (guint kind = 0; kind < MP_N_RECORD_KINDS; kind++)
    {
      const MpRecordSchema *record_schema = &mp_record_schemas[kind];

      for (gsize i = 0; i < n_rows[kind]; i++)
        {
          const guint32 *row = rows[kind] + i * columns[kind];
          gpointer record = _mp_dataset_alloc (dataset, record_schema->size);
          guint first;

          r_fields (&r, record_schema->fields, record_schema->n_fields, &row, record);

          if (kind == MP_RECORD_INDICATOR)
            {
              MpIndicator *indicator = record;

              _mp_dataset_put_indicator (dataset, indicator, (MpSeries *) indicator->series, indicator->n_series,
                                         file_index, i, &first);
            }
          else
            {
              _mp_dataset_put (dataset, kind, record, file_index, i, &first);
            }
        }
    }

  /* Strings point into the cache's data (GLib may have copied it to
   * align it): keep the variant alive with the dataset. */
  g_object_set_data_full (G_OBJECT (dataset), "mp-dataset-cache", g_variant_ref (native),
                          (GDestroyNotify) g_variant_unref);

  return TRUE;
}
