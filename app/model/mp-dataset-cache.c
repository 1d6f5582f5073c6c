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

/* Version 3: flat tables, so loading is a handful of array lookups, not
 * one GVariant per field.  Strings live once in a NUL-separated blob;
 * records are rows of guint32 (string and number indices, enums, date
 * parts); texts are runs of (language, value) string pairs. */
#define CACHE "(usayauauadauauauauauauauaiad)"

enum {
  C_VERSION, C_CHECKSUM, C_BLOB, C_OFFSETS, C_TEXTS, C_NUMBERS, C_SOURCES, C_COUNTRIES,
  C_ORGANIZATIONS, C_MEMBERSHIPS, C_AID, C_INDICATORS, C_SERIES, C_YEARS, C_VALUES, C_N
};

#define NONE G_MAXUINT32

#define SOURCE_COLS 9
#define FACT_COLS 10
#define COUNTRY_COLS (8 + 3 * FACT_COLS)
#define ORGANIZATION_COLS 10
#define MEMBERSHIP_COLS 16
#define AID_COLS 12
#define INDICATOR_COLS 9
#define SERIES_COLS 5

char *
mp_dataset_cache_fingerprint (GBytes *json)
{
  g_return_val_if_fail (json != NULL, NULL);

  return g_strdup_printf ("%" G_GSIZE_FORMAT "-%08x", g_bytes_get_size (json), g_bytes_hash (json));
}

/* Writing ------------------------------------------------------------------ */

typedef struct
{
  GHashTable *index;    /* string → position + 1 */
  GByteArray *blob;
  GArray     *offsets;  /* guint32 */
  GArray     *texts;    /* guint32 pairs */
  GArray     *numbers;  /* double */
  GArray     *rows[C_N];
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
w_fact (Writer       *w,
        GArray       *row,
        const MpFact *fact)
{
  w_put (row, fact->present);
  w_put (row, w_number (w, fact->number));
  w_put (row, w_string (w, fact->text));
  w_date (row, &fact->date);
  w_put (row, (guint32) fact->year);
  w_put (row, fact->status);
  w_put (row, w_string (w, fact->source));
  w_put (row, w_string (w, fact->note));
}

static GVariant *
u32_array (GArray *array)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, array->data, array->len, sizeof (guint32));
}

GBytes *
mp_dataset_cache_serialize (MpDataset  *dataset,
                            const char *json_checksum)
{
  Writer w = { 0 };
  g_autoptr(GVariant) cache = NULL;
  g_autoptr(GVariant) little = NULL;
  GPtrArray *records;
  GArray *row;

  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (json_checksum != NULL, NULL);

  w.index = g_hash_table_new (g_str_hash, g_str_equal);
  w.blob = g_byte_array_new ();
  w.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  w.texts = g_array_new (FALSE, FALSE, sizeof (guint32));
  w.numbers = g_array_new (FALSE, FALSE, sizeof (double));
  w.years = g_array_new (FALSE, FALSE, sizeof (gint32));
  w.values = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = C_SOURCES; i <= C_SERIES; i++)
    w.rows[i] = g_array_new (FALSE, FALSE, sizeof (guint32));

  row = w.rows[C_SOURCES];
  records = mp_dataset_get_sources (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpSource *s = g_ptr_array_index (records, i);

      w_put (row, w_string (&w, s->id));
      w_put (row, w_string (&w, s->title));
      w_put (row, w_string (&w, s->publisher));
      w_put (row, w_string (&w, s->url));
      w_date (row, &s->retrieved);
      w_put (row, w_string (&w, s->licence));
      w_put (row, w_string (&w, s->note));
    }

  row = w.rows[C_COUNTRIES];
  records = mp_dataset_get_countries (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpCountry *c = g_ptr_array_index (records, i);

      w_put (row, w_string (&w, c->id));
      w_put (row, w_string (&w, c->iso3));
      w_text (&w, row, c->name);
      w_text (&w, row, c->official_name);
      w_put (row, w_string (&w, c->flag));
      w_put (row, w_string (&w, c->source));
      w_fact (&w, row, &c->capital);
      w_fact (&w, row, &c->area_km2);
      w_fact (&w, row, &c->independence);
    }

  row = w.rows[C_ORGANIZATIONS];
  records = mp_dataset_get_organizations (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpOrganization *o = g_ptr_array_index (records, i);

      w_put (row, w_string (&w, o->id));
      w_put (row, w_string (&w, o->acronym));
      w_text (&w, row, o->name);
      w_put (row, o->kind);
      w_date (row, &o->founded);
      w_put (row, w_string (&w, o->url));
      w_put (row, w_string (&w, o->source));
    }

  row = w.rows[C_MEMBERSHIPS];
  records = mp_dataset_get_memberships (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpMembership *m = g_ptr_array_index (records, i);

      w_put (row, w_string (&w, m->id));
      w_put (row, w_string (&w, m->country));
      w_put (row, w_string (&w, m->organization));
      w_put (row, m->status);
      w_date (row, &m->from);
      w_date (row, &m->to);
      w_date (row, &m->confirmed_until);
      w_put (row, m->precision);
      w_put (row, w_string (&w, m->source));
      w_put (row, w_string (&w, m->note));
    }

  row = w.rows[C_AID];
  records = mp_dataset_get_aid (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpAid *a = g_ptr_array_index (records, i);

      w_put (row, w_string (&w, a->id));
      w_put (row, w_string (&w, a->donor));
      w_put (row, (guint32) a->year);
      w_put (row, (guint32) a->first_year);
      w_put (row, w_number (&w, a->amount_usd));
      w_put (row, a->measure);
      w_put (row, w_string (&w, a->recipient));
      w_put (row, w_string (&w, a->purpose));
      w_put (row, a->status);
      w_put (row, w_string (&w, a->source));
      w_put (row, w_string (&w, a->note));
      w_put (row, a->lower_bound);
    }

  row = w.rows[C_INDICATORS];
  records = mp_dataset_get_indicators (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpIndicator *ind = g_ptr_array_index (records, i);

      w_put (row, w_string (&w, ind->id));
      w_text (&w, row, ind->name);
      w_put (row, ind->unit);
      w_put (row, w_string (&w, ind->source));
      w_put (row, ind->status);
      w_put (row, w_string (&w, ind->note));
      w_put (row, w.rows[C_SERIES]->len / SERIES_COLS);
      w_put (row, ind->n_series);
      for (guint j = 0; j < ind->n_series; j++)
        {
          const MpSeries *one = &ind->series[j];

          w_put (w.rows[C_SERIES], w_string (&w, one->country));
          w_put (w.rows[C_SERIES], w.years->len);
          w_put (w.rows[C_SERIES], one->n_points);
          w_put (w.rows[C_SERIES], w_string (&w, one->source));
          w_put (w.rows[C_SERIES], one->status);
          for (guint k = 0; k < one->n_points; k++)
            {
              gint32 year = one->points[k].year;

              g_array_append_val (w.years, year);
              g_array_append_val (w.values, one->points[k].value);
            }
        }
    }

  cache = g_variant_ref_sink (g_variant_new ("(us@ay@au@au@ad@au@au@au@au@au@au@au@ai@ad)",
                                             (guint32) MP_DATASET_CACHE_VERSION, json_checksum,
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, w.blob->data, w.blob->len, 1),
                                             u32_array (w.offsets), u32_array (w.texts),
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, w.numbers->data,
                                                                        w.numbers->len, sizeof (double)),
                                             u32_array (w.rows[C_SOURCES]), u32_array (w.rows[C_COUNTRIES]),
                                             u32_array (w.rows[C_ORGANIZATIONS]), u32_array (w.rows[C_MEMBERSHIPS]),
                                             u32_array (w.rows[C_AID]), u32_array (w.rows[C_INDICATORS]),
                                             u32_array (w.rows[C_SERIES]),
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, w.years->data,
                                                                        w.years->len, sizeof (gint32)),
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, w.values->data,
                                                                        w.values->len, sizeof (double))));

  little = G_BYTE_ORDER == G_LITTLE_ENDIAN ? g_variant_ref (cache) : g_variant_byteswap (cache);

  g_hash_table_unref (w.index);
  g_byte_array_unref (w.blob);
  g_array_unref (w.offsets);
  g_array_unref (w.texts);
  g_array_unref (w.numbers);
  g_array_unref (w.years);
  g_array_unref (w.values);
  for (guint i = C_SOURCES; i <= C_SERIES; i++)
    g_array_unref (w.rows[i]);

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
  gboolean       bad;
} Reader;

static const char *
r_string (Reader  *r,
          guint32  index)
{
  if (index == NONE)
    return NULL;
  if (index >= r->n_strings || r->offsets[index] >= r->blob_len)
    {
      r->bad = TRUE;
      return NULL;
    }

  return r->blob + r->offsets[index];
}

static const char *
r_id (Reader  *r,
      guint32  index)
{
  const char *string = r_string (r, index);

  if (string == NULL)
    {
      r->bad = TRUE;
      return "";
    }

  return _mp_dataset_intern (r->dataset, string);
}

static double
r_number (Reader  *r,
          guint32  index)
{
  if (index >= r->n_numbers)
    {
      r->bad = TRUE;
      return 0;
    }

  return r->numbers[index];
}

static MpText *
r_text (Reader        *r,
        const guint32 *row)
{
  MpText *text;

  if (row[0] == NONE)
    return NULL;
  if ((gsize) row[0] * 2 + (gsize) row[1] * 2 > r->n_text_words)
    {
      r->bad = TRUE;
      return NULL;
    }

  text = _mp_dataset_new_text (r->dataset);
  for (guint32 i = 0; i < row[1]; i++)
    {
      const char *lang = r_string (r, r->texts[(row[0] + i) * 2]);
      const char *value = r_string (r, r->texts[(row[0] + i) * 2 + 1]);

      if (lang != NULL && value != NULL)
        mp_text_set (text, lang, value);
    }

  return text;
}

static void
r_date (const guint32 *row,
        MpDate        *date)
{
  date->year = (gint16) row[0];
  date->month = (guint8) row[1];
  date->day = (guint8) row[2];
}

static void
r_fact (Reader        *r,
        const guint32 *row,
        MpFact        *fact)
{
  fact->present = row[0] != 0;
  fact->number = r_number (r, row[1]);
  fact->text = r_string (r, row[2]);
  r_date (row + 3, &fact->date);
  fact->year = (int) row[6];
  fact->status = row[7];
  fact->source = r_string (r, row[8]);
  fact->note = r_string (r, row[9]);
}

/* A fixed array child of @root, kept alive by @keep. */
static gconstpointer
array_of (GVariant  *root,
          guint      child,
          gsize      element_size,
          gsize     *n_elements,
          GPtrArray *keep)
{
  GVariant *value = g_variant_get_child_value (root, child);

  g_ptr_array_add (keep, value);

  return g_variant_get_fixed_array (value, n_elements, element_size);
}

static const guint32 *
rows_of (GVariant  *root,
         guint      child,
         guint      columns,
         gsize     *n_rows,
         GPtrArray *keep)
{
  gsize n = 0;
  const guint32 *data = array_of (root, child, sizeof (guint32), &n, keep);

  *n_rows = n % columns == 0 ? n / columns : 0;

  return data;
}

/* Checks every index of the rows of a table before anything is put, so a
 * damaged cache is refused whole (and the JSON read instead). */
typedef struct
{
  guint        columns;
  const guint *strings;     /* columns holding a string index (NONE allowed) */
  guint        n_strings;
  const guint *required;    /* string columns that must not be NONE */
  guint        n_required;
  const guint *texts;       /* columns starting a (start, count) text */
  guint        n_texts;
  const guint *numbers;     /* columns holding a number index */
  guint        n_numbers;
} Table;

static gboolean
table_valid (const Reader  *r,
             const Table   *table,
             const guint32 *rows,
             gsize          n_rows)
{
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * table->columns;

      for (guint c = 0; c < table->n_strings; c++)
        if (row[table->strings[c]] != NONE && row[table->strings[c]] >= r->n_strings)
          return FALSE;
      for (guint c = 0; c < table->n_required; c++)
        if (row[table->required[c]] == NONE)
          return FALSE;
      for (guint c = 0; c < table->n_texts; c++)
        {
          const guint32 *text = row + table->texts[c];

          if (text[0] != NONE && ((gsize) text[0] + text[1]) * 2 > r->n_text_words)
            return FALSE;
        }
      for (guint c = 0; c < table->n_numbers; c++)
        if (row[table->numbers[c]] >= r->n_numbers)
          return FALSE;
    }

  return TRUE;
}

static const guint source_strings[] = { 0, 1, 2, 3, 7, 8 };
static const guint source_required[] = { 0, 1, 2, 3, 7 };
static const guint no_columns[] = { G_MAXUINT };
static const guint country_strings[] = { 0, 1, 6, 7, 10, 16, 17, 20, 26, 27, 30, 36, 37 };
static const guint country_required[] = { 0, 1, 7 };
static const guint country_texts[] = { 2, 4 };
static const guint country_numbers[] = { 9, 19, 29 };
static const guint organization_strings[] = { 0, 1, 8, 9 };
static const guint organization_required[] = { 0, 1, 9 };
static const guint organization_texts[] = { 2 };
static const guint membership_strings[] = { 0, 1, 2, 14, 15 };
static const guint membership_required[] = { 0, 1, 2, 14 };
static const guint aid_strings[] = { 0, 1, 6, 7, 9, 10 };
static const guint aid_required[] = { 0, 1, 9 };
static const guint aid_numbers[] = { 4 };
static const guint indicator_strings[] = { 0, 4, 6 };
static const guint indicator_required[] = { 0, 4 };
static const guint indicator_texts[] = { 1 };
static const guint series_strings[] = { 0, 3 };

#define COLUMNS(array) array, G_N_ELEMENTS (array)
#define NO_COLUMNS no_columns, 0

static const Table tables[] = {
  [C_SOURCES] = { SOURCE_COLS, COLUMNS (source_strings), COLUMNS (source_required), NO_COLUMNS, NO_COLUMNS },
  [C_COUNTRIES] = { COUNTRY_COLS, COLUMNS (country_strings), COLUMNS (country_required),
                    COLUMNS (country_texts), COLUMNS (country_numbers) },
  [C_ORGANIZATIONS] = { ORGANIZATION_COLS, COLUMNS (organization_strings), COLUMNS (organization_required),
                        COLUMNS (organization_texts), NO_COLUMNS },
  [C_MEMBERSHIPS] = { MEMBERSHIP_COLS, COLUMNS (membership_strings), COLUMNS (membership_required),
                      NO_COLUMNS, NO_COLUMNS },
  [C_AID] = { AID_COLS, COLUMNS (aid_strings), COLUMNS (aid_required), NO_COLUMNS, COLUMNS (aid_numbers) },
  [C_INDICATORS] = { INDICATOR_COLS, COLUMNS (indicator_strings), COLUMNS (indicator_required),
                     COLUMNS (indicator_texts), NO_COLUMNS },
  [C_SERIES] = { SERIES_COLS, COLUMNS (series_strings), COLUMNS (series_strings), NO_COLUMNS, NO_COLUMNS },
};

gboolean
_mp_dataset_cache_put (MpDataset  *dataset,
                       GBytes     *cache,
                       const char *json_checksum,
                       guint       file_index)
{
  g_autoptr(GVariant) root = NULL;
  g_autoptr(GVariant) native = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  GVariant *part;
  const char *checksum = NULL;
  guint32 version = 0;
  const guint32 *rows;
  const gint32 *years;
  const double *values;
  const guint32 *series;
  gsize n_rows;
  gsize n_years = 0;
  gsize n_values = 0;
  gsize n_series = 0;
  Reader r = { 0 };
  guint first;

  g_return_val_if_fail (MP_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (cache != NULL && json_checksum != NULL, FALSE);

  /* Not "trusted": GLib checks the framing of what is read, so a damaged
   * cache cannot be read out of bounds; indices are checked below. */
  root = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE), cache, FALSE));
  native = G_BYTE_ORDER == G_LITTLE_ENDIAN ? g_variant_ref (root) : g_variant_byteswap (root);

  g_variant_get_child (native, C_VERSION, "u", &version);
  part = g_variant_get_child_value (native, C_CHECKSUM);
  g_ptr_array_add (keep, part);
  checksum = g_variant_get_string (part, NULL);
  if (version != MP_DATASET_CACHE_VERSION || g_strcmp0 (checksum, json_checksum) != 0)
    return FALSE;

  r.dataset = dataset;
  r.blob = array_of (native, C_BLOB, 1, &r.blob_len, keep);
  r.offsets = array_of (native, C_OFFSETS, sizeof (guint32), &r.n_strings, keep);
  r.texts = array_of (native, C_TEXTS, sizeof (guint32), &r.n_text_words, keep);
  r.numbers = array_of (native, C_NUMBERS, sizeof (double), &r.n_numbers, keep);
  series = rows_of (native, C_SERIES, SERIES_COLS, &n_series, keep);
  years = array_of (native, C_YEARS, sizeof (gint32), &n_years, keep);
  values = array_of (native, C_VALUES, sizeof (double), &n_values, keep);

  /* Refuse a damaged cache whole, before anything is put. */
  if (r.blob_len == 0 || r.blob[r.blob_len - 1] != '\0' || n_years != n_values)
    return FALSE;
  /* Each string ends inside the blob (its last byte is NUL) and is text. */
  for (gsize i = 0; i < r.n_strings; i++)
    if (r.offsets[i] >= r.blob_len || !g_utf8_validate (r.blob + r.offsets[i], -1, NULL))
      return FALSE;
  for (gsize i = 0; i < r.n_text_words; i++)
    if (r.texts[i] >= r.n_strings)
      return FALSE;
  for (gsize i = 0; i < n_series; i++)
    if ((gsize) series[i * SERIES_COLS + 1] + series[i * SERIES_COLS + 2] > n_years)
      return FALSE;
  for (guint t = C_SOURCES; t <= C_SERIES; t++)
    {
      gsize n;
      const guint32 *table_rows = rows_of (native, t, tables[t].columns, &n, keep);

      if (!table_valid (&r, &tables[t], table_rows, n))
        return FALSE;
      if (t == C_INDICATORS)
        for (gsize i = 0; i < n; i++)
          if (table_rows[i * INDICATOR_COLS + 7] + (gsize) table_rows[i * INDICATOR_COLS + 8] > n_series)
            return FALSE;
    }

  rows = rows_of (native, C_SOURCES, SOURCE_COLS, &n_rows, keep);
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * SOURCE_COLS;
      MpSource *s = _mp_dataset_new0 (dataset, MpSource, 1);

      s->id = r_id (&r, row[0]);
      s->title = r_string (&r, row[1]);
      s->publisher = r_string (&r, row[2]);
      s->url = r_string (&r, row[3]);
      r_date (row + 4, &s->retrieved);
      s->licence = r_string (&r, row[7]);
      s->note = r_string (&r, row[8]);
      _mp_dataset_put (dataset, MP_RECORD_SOURCE, s, file_index, i, &first);
    }

  rows = rows_of (native, C_COUNTRIES, COUNTRY_COLS, &n_rows, keep);
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * COUNTRY_COLS;
      MpCountry *c = _mp_dataset_new0 (dataset, MpCountry, 1);

      c->id = r_id (&r, row[0]);
      c->iso3 = r_string (&r, row[1]);
      c->name = r_text (&r, row + 2);
      c->official_name = r_text (&r, row + 4);
      c->flag = r_string (&r, row[6]);
      c->source = r_string (&r, row[7]);
      r_fact (&r, row + 8, &c->capital);
      r_fact (&r, row + 8 + FACT_COLS, &c->area_km2);
      r_fact (&r, row + 8 + 2 * FACT_COLS, &c->independence);
      if (c->name == NULL)
        r.bad = TRUE;
      _mp_dataset_put (dataset, MP_RECORD_COUNTRY, c, file_index, i, &first);
    }

  rows = rows_of (native, C_ORGANIZATIONS, ORGANIZATION_COLS, &n_rows, keep);
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * ORGANIZATION_COLS;
      MpOrganization *o = _mp_dataset_new0 (dataset, MpOrganization, 1);

      o->id = r_id (&r, row[0]);
      o->acronym = r_string (&r, row[1]);
      o->name = r_text (&r, row + 2);
      o->kind = row[4];
      r_date (row + 5, &o->founded);
      o->url = r_string (&r, row[8]);
      o->source = r_string (&r, row[9]);
      if (o->name == NULL)
        r.bad = TRUE;
      _mp_dataset_put (dataset, MP_RECORD_ORGANIZATION, o, file_index, i, &first);
    }

  rows = rows_of (native, C_MEMBERSHIPS, MEMBERSHIP_COLS, &n_rows, keep);
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * MEMBERSHIP_COLS;
      MpMembership *m = _mp_dataset_new0 (dataset, MpMembership, 1);

      m->id = r_id (&r, row[0]);
      m->country = r_id (&r, row[1]);
      m->organization = r_id (&r, row[2]);
      m->status = row[3];
      r_date (row + 4, &m->from);
      r_date (row + 7, &m->to);
      r_date (row + 10, &m->confirmed_until);
      m->precision = row[13];
      m->source = r_string (&r, row[14]);
      m->note = r_string (&r, row[15]);
      _mp_dataset_put (dataset, MP_RECORD_MEMBERSHIP, m, file_index, i, &first);
    }

  rows = rows_of (native, C_AID, AID_COLS, &n_rows, keep);
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * AID_COLS;
      MpAid *a = _mp_dataset_new0 (dataset, MpAid, 1);

      a->id = r_id (&r, row[0]);
      a->donor = r_id (&r, row[1]);
      a->year = (int) row[2];
      a->first_year = (int) row[3];
      a->amount_usd = r_number (&r, row[4]);
      a->measure = row[5];
      a->recipient = r_string (&r, row[6]);
      a->purpose = r_string (&r, row[7]);
      a->status = row[8];
      a->source = r_string (&r, row[9]);
      a->note = r_string (&r, row[10]);
      a->lower_bound = row[11] != 0;
      _mp_dataset_put (dataset, MP_RECORD_AID, a, file_index, i, &first);
    }

  rows = rows_of (native, C_INDICATORS, INDICATOR_COLS, &n_rows, keep);
  for (gsize i = 0; i < n_rows; i++)
    {
      const guint32 *row = rows + i * INDICATOR_COLS;
      MpIndicator *ind = _mp_dataset_new0 (dataset, MpIndicator, 1);
      guint32 start = row[7];
      guint32 count = row[8];
      MpSeries *list;

      ind->id = r_id (&r, row[0]);
      ind->name = r_text (&r, row + 1);
      ind->unit = row[3];
      ind->source = r_string (&r, row[4]);
      ind->status = row[5];
      ind->note = r_string (&r, row[6]);
      if (ind->name == NULL || (gsize) start + count > n_series)
        {
          r.bad = TRUE;
          count = 0;
        }

      list = _mp_dataset_new0 (dataset, MpSeries, MAX (count, 1));
      for (guint32 j = 0; j < count; j++)
        {
          const guint32 *one = series + (gsize) (start + j) * SERIES_COLS;
          MpPoint *points;

          if ((gsize) one[1] + one[2] > n_years)
            {
              r.bad = TRUE;
              break;
            }
          points = _mp_dataset_new0 (dataset, MpPoint, MAX (one[2], 1));
          for (guint32 k = 0; k < one[2]; k++)
            {
              points[k].year = years[one[1] + k];
              points[k].value = values[one[1] + k];
            }
          list[j].country = r_id (&r, one[0]);
          list[j].points = points;
          list[j].n_points = one[2];
          /* Set again by _mp_dataset_put_indicator() below; the cache keeps
           * them for a series an earlier file gave. */
          list[j].source = r_string (&r, one[3]);
          list[j].status = one[4];
        }

      _mp_dataset_put_indicator (dataset, ind, list, count, file_index, i, &first);
    }

  /* Strings point into the cache's data (GLib may have copied it to
   * align it): keep the variant alive with the dataset. */
  g_object_set_data_full (G_OBJECT (dataset), "mp-dataset-cache", g_variant_ref (native),
                          (GDestroyNotify) g_variant_unref);

  /* Checked above: reading cannot have gone wrong. */
  g_assert (!r.bad);

  return TRUE;
}
