/* bench-dataset.c
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

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "mp-dataset-loader.h"
#include "mp-json-check.h"

/* Benchmark (not a test): load time of the bundled dataset and of a
 * generated large one, against json-glib's bare parse of the same
 * bytes, median of several runs in the same process.
 *
 * Targets: bundled under 10 ms; large at most 1.3 × the bare parse. */

#define N_COUNTRIES     13
#define N_YEARS         65
#define N_INDICATORS    50
#define N_ORGANIZATIONS 200

static const char *countries[N_COUNTRIES] = {
  "AZ", "KZ", "TR", "KR", "AU", "MX", "ID", "BR", "ZA", "SA", "AE", "QA", "UZ",
};
static const char *iso3[N_COUNTRIES] = {
  "AZE", "KAZ", "TUR", "KOR", "AUS", "MEX", "IDN", "BRA", "ZAF", "SAU", "ARE", "QAT", "UZB",
};
static const char *kinds[] = { "global", "regional", "economic", "security", "financial", "cultural" };
static const char *statuses[] = { "member", "founding-member", "observer", "partner" };
static const char *measures[] = { "total-oda", "humanitarian", "contribution", "pledge" };

static void
append_text (GString    *json,
             const char *indent,
             const char *english)
{
  g_string_append_printf (json,
                          "{\n%s  \"en\": \"%s\",\n%s  \"ru\": \"%s (ru)\",\n%s  \"kk\": \"%s (kk)\",\n"
                          "%s  \"az\": \"%s (az)\",\n%s  \"tr\": \"%s (tr)\"\n%s}",
                          indent, english, indent, english, indent, english, indent, english,
                          indent, english, indent);
}

/* 13 countries × 65 years × 50 indicators, 200 organizations with a
 * membership of each country in each, and 4 aid figures per country
 * and year, pretty-printed like a hand-edited file. */
static GBytes *
generate_large_dataset (void)
{
  GString *json = g_string_sized_new (12 * 1024 * 1024);
  guint32 seed = 42;

  g_string_append (json, "{\n  \"format\": \"middle-powers-dataset\",\n  \"version\": 1,\n  \"sources\": [\n");
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (json,
                            "    {\n      \"id\": \"source-%u\",\n      \"title\": \"Statistical source number %u\",\n"
                            "      \"publisher\": \"Benchmark publisher\",\n"
                            "      \"url\": \"https://example.org/sources/%u\",\n      \"retrieved\": \"2026-01-15\",\n"
                            "      \"licence\": \"CC-BY-4.0\"\n    }%s\n",
                            i, i, i, i < 19 ? "," : "");

  g_string_append (json, "  ],\n  \"countries\": [\n");
  for (guint c = 0; c < N_COUNTRIES; c++)
    {
      g_string_append_printf (json, "    {\n      \"id\": \"%s\",\n      \"iso3\": \"%s\",\n      \"name\": ",
                              countries[c], iso3[c]);
      append_text (json, "      ", countries[c]);
      g_string_append_printf (json,
                              ",\n      \"source\": \"source-0\",\n"
                              "      \"capital\": { \"value\": \"Capital %u\", \"source\": \"source-1\" },\n"
                              "      \"area_km2\": { \"value\": %u, \"source\": \"source-1\" },\n"
                              "      \"independence\": { \"value\": \"1991-12-16\", \"source\": \"source-2\" }\n"
                              "    }%s\n",
                              c, 10000 + c * 12345, c + 1 < N_COUNTRIES ? "," : "");
    }

  g_string_append (json, "  ],\n  \"organizations\": [\n");
  for (guint o = 0; o < N_ORGANIZATIONS; o++)
    {
      g_autofree char *name = g_strdup_printf ("International Organization Number %u", o);

      g_string_append_printf (json, "    {\n      \"id\": \"ORG%u\",\n      \"acronym\": \"O%u\",\n      \"name\": ", o, o);
      append_text (json, "      ", name);
      g_string_append_printf (json,
                              ",\n      \"kind\": \"%s\",\n      \"founded\": \"%u-%02u-%02u\",\n"
                              "      \"url\": \"https://example.org/organizations/%u\",\n      \"source\": \"source-3\"\n"
                              "    }%s\n",
                              kinds[o % G_N_ELEMENTS (kinds)], 1900 + o % 120, 1 + o % 12, 1 + o % 28, o,
                              o + 1 < N_ORGANIZATIONS ? "," : "");
    }

  g_string_append (json, "  ],\n  \"memberships\": [\n");
  for (guint c = 0; c < N_COUNTRIES; c++)
    for (guint o = 0; o < N_ORGANIZATIONS; o++)
      {
        gboolean last = c + 1 == N_COUNTRIES && o + 1 == N_ORGANIZATIONS;

        g_string_append_printf (json,
                                "    {\n      \"id\": \"%s:ORG%u\",\n      \"country\": \"%s\",\n"
                                "      \"organization\": \"ORG%u\",\n      \"status\": \"%s\",\n"
                                "      \"from\": \"%u-%02u-%02u\",\n%s      \"source\": \"source-%u\",\n"
                                "      \"note\": \"Joined after ratification by parliament.\"\n    }%s\n",
                                countries[c], o, countries[c], o, statuses[(c + o) % G_N_ELEMENTS (statuses)],
                                1992 + (c + o) % 30, 1 + o % 12, 1 + c % 28,
                                (c + o) % 7 == 0 ? "      \"to\": \"2022-12-31\",\n" : "",
                                4 + o % 10, last ? "" : ",");
      }

  g_string_append (json, "  ],\n  \"aid\": [\n");
  for (guint c = 0; c < N_COUNTRIES; c++)
    for (guint y = 0; y < N_YEARS; y++)
      for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
        {
          gboolean last = c + 1 == N_COUNTRIES && y + 1 == N_YEARS && m + 1 == G_N_ELEMENTS (measures);

          g_string_append_printf (json,
                                  "    {\n      \"id\": \"%s:%s:%u\",\n      \"donor\": \"%s\",\n      \"year\": %u,\n"
                                  "      \"amount_usd\": %u.5,\n      \"measure\": \"%s\",\n"
                                  "      \"recipient\": \"Recipient %u\",\n      \"status\": \"%s\",\n"
                                  "      \"source\": \"source-%u\"\n    }%s\n",
                                  countries[c], measures[m], 1960 + y, countries[c], 1960 + y,
                                  1000000 + c * 1000 + y * 10 + m, measures[m], y % 40,
                                  y + 1 == N_YEARS ? "preliminary" : "final", 14 + m, last ? "" : ",");
        }

  g_string_append (json, "  ],\n  \"indicators\": [\n");
  for (guint i = 0; i < N_INDICATORS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Indicator %u", i);

      g_string_append_printf (json, "    {\n      \"id\": \"indicator-%u\",\n      \"name\": ", i);
      append_text (json, "      ", name);
      g_string_append_printf (json, ",\n      \"unit\": \"usd\",\n      \"source\": \"source-%u\",\n      \"series\": {\n",
                              i % 20);
      for (guint c = 0; c < N_COUNTRIES; c++)
        {
          g_string_append_printf (json, "        \"%s\": [\n", countries[c]);
          for (guint y = 0; y < N_YEARS; y++)
            {
              double value;

              seed = seed * 1664525 + 1013904223;
              value = (seed >> 8) / 1000.0;
              g_string_append_printf (json, "          [\n            %u,\n            %.3f\n          ]%s\n",
                                      1960 + y, value, y + 1 < N_YEARS ? "," : "");
            }
          g_string_append_printf (json, "        ]%s\n", c + 1 < N_COUNTRIES ? "," : "");
        }
      g_string_append_printf (json, "      }\n    }%s\n", i + 1 < N_INDICATORS ? "," : "");
    }

  g_string_append (json, "  ]\n}\n");

  return g_string_free_to_bytes (json);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
time_loader (GBytes *bytes)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  gint64 start, end;

  mp_dataset_loader_add_bytes (loader, "bench.json", bytes);

  start = g_get_monotonic_time ();
  dataset = mp_dataset_loader_load (loader, NULL);

  if (dataset == NULL)
    {
      GPtrArray *problems = mp_dataset_loader_get_problems (loader);
      g_autofree char *first = mp_problem_to_string (g_ptr_array_index (problems, 0));

      g_error ("the benchmark dataset does not load: %s", first);
    }

  /* Freeing is part of the cost of a reload. */
  g_clear_object (&dataset);
  end = g_get_monotonic_time ();

  return (end - start) / 1000.0;
}

static double
time_bare_parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gint64 start, end;

  start = g_get_monotonic_time ();
  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_clear_object (&parser);
  end = g_get_monotonic_time ();

  g_assert_no_error (error);

  return (end - start) / 1000.0;
}

static double
time_check (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gint64 start;
  gboolean ok;

  start = g_get_monotonic_time ();
  ok = g_utf8_validate (data, length, NULL) &&
       _mp_json_check (data, length, MP_DATASET_MAX_DEPTH, NULL, NULL, NULL, NULL, NULL);
  g_assert_true (ok);

  return (g_get_monotonic_time () - start) / 1000.0;
}

typedef struct
{
  double loader;
  double bare;
  double check;
} Result;

static Result
measure (GBytes *bytes,
         guint   runs)
{
  g_autofree double *loader = g_new (double, runs);
  g_autofree double *bare = g_new (double, runs);
  g_autofree double *check = g_new (double, runs);
  Result result;

  /* Warm up caches and the allocator. */
  time_loader (bytes);
  time_bare_parse (bytes);

  /* Interleaved, so both see the same machine state. */
  for (guint i = 0; i < runs; i++)
    {
      loader[i] = time_loader (bytes);
      bare[i] = time_bare_parse (bytes);
      check[i] = time_check (bytes);
    }

  result.loader = median (loader, runs);
  result.bare = median (bare, runs);
  result.check = median (check, runs);

  return result;
}

static void
print_row (const char *name,
           GBytes     *bytes,
           guint       runs,
           Result      result)
{
  double mb = g_bytes_get_size (bytes) / (1024.0 * 1024.0);

  printf ("%-8s %8.2f %5u %10.2f %8.1f %10.2f %8.1f %7.2f %10.2f\n",
          name, mb, runs, result.loader, mb / (result.loader / 1000.0), result.bare,
          mb / (result.bare / 1000.0), result.loader / result.bare, result.check);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bundled = NULL;
  g_autoptr(GBytes) large = NULL;
  g_autoptr(GError) error = NULL;
  Result bundled_result, large_result;
  guint bundled_runs = 51, large_runs = 7;

  if (argc > 1)
    large_runs = (guint) MAX (1, g_ascii_strtoull (argv[1], NULL, 10));

  bundled = g_resources_lookup_data ("/io/github/middlepowers/MiddlePowers/datasets/middle-powers.json",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  large = generate_large_dataset ();

  bundled_result = measure (bundled, bundled_runs);
  large_result = measure (large, large_runs);

  printf ("Dataset load, median of N runs (loader = read, check, parse, validate, build, free)\n\n");
  printf ("%-8s %8s %5s %10s %8s %10s %8s %7s %10s\n",
          "dataset", "MB", "N", "loader ms", "MB/s", "bare ms", "MB/s", "ratio", "check ms");
  print_row ("bundled", bundled, bundled_runs, bundled_result);
  print_row ("large", large, large_runs, large_result);
  printf ("\n(bare = json_parser_load_from_data of the same bytes and freeing the tree;\n"
          " check = UTF-8 validation + strict JSON pre-check, included in loader)\n\n");

  printf ("target: bundled under 10 ms ............ %s (%.2f ms)\n",
          bundled_result.loader < 10.0 ? "met" : "MISSED", bundled_result.loader);
  printf ("target: large at most 1.3 x bare parse . %s (%.2f x)\n",
          large_result.loader <= 1.3 * large_result.bare ? "met" : "MISSED",
          large_result.loader / large_result.bare);

  return 0;
}
