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

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mp-dataset-loader.h"
#include "mp-json-check.h"

/* Benchmark (not a test): load time of the bundled dataset and of a
 * generated large one, against json-glib's bare parse of the same
 * bytes, median of several runs in the same process.
 *
 * Targets: bundled under 10 ms; large at most 1.3 × the bare parse. */

#define N_COUNTRIES     13
#define N_YEARS         65
#define N_INDICATORS    68
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

/* Appends one line of JSON at @depth (4 spaces a level, like Python's
 * json.dump (indent=4), which most hand-edited datasets come from). */
static void
line (GString    *json,
      guint       depth,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
line (GString    *json,
      guint       depth,
      const char *format,
      ...)
{
  va_list args;

  for (guint i = 0; i < depth * 4; i++)
    g_string_append_c (json, ' ');

  va_start (args, format);
  g_string_append_vprintf (json, format, args);
  va_end (args);

  g_string_append_c (json, '\n');
}

static void
append_text (GString    *json,
             guint       depth,
             const char *name,
             const char *english,
             gboolean    last)
{
  static const char *languages[] = { "en", "ru", "kk", "az", "tr" };

  line (json, depth, "\"%s\": {", name);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    line (json, depth + 1, "\"%s\": \"%s%s%s\"%s", languages[i], english, i > 0 ? " — " : "",
          i > 0 ? languages[i] : "", i + 1 < G_N_ELEMENTS (languages) ? "," : "");
  line (json, depth, "}%s", last ? "" : ",");
}

/* 13 countries × 65 years × 68 indicators (10 MB, as issue #9 asks), 200 organizations with a
 * membership of each country in each, and aid figures of 4 measures to
 * 3 recipients per country and year. */
static GBytes *
generate_dataset (guint n_indicators)
{
  GString *json = g_string_sized_new (12 * 1024 * 1024);
  guint32 seed = 42;

  line (json, 0, "{");
  line (json, 1, "\"format\": \"middle-powers-dataset\",");
  line (json, 1, "\"version\": 1,");
  line (json, 1, "\"sources\": [");
  for (guint i = 0; i < 20; i++)
    {
      line (json, 2, "{");
      line (json, 3, "\"id\": \"source-%u\",", i);
      line (json, 3, "\"title\": \"Statistical source number %u\",", i);
      line (json, 3, "\"publisher\": \"Benchmark publisher\",");
      line (json, 3, "\"url\": \"https://example.org/sources/%u\",", i);
      line (json, 3, "\"retrieved\": \"2026-01-15\",");
      line (json, 3, "\"licence\": \"CC-BY-4.0\"");
      line (json, 2, "}%s", i < 19 ? "," : "");
    }
  line (json, 1, "],");

  line (json, 1, "\"countries\": [");
  for (guint c = 0; c < N_COUNTRIES; c++)
    {
      line (json, 2, "{");
      line (json, 3, "\"id\": \"%s\",", countries[c]);
      line (json, 3, "\"iso3\": \"%s\",", iso3[c]);
      append_text (json, 3, "name", iso3[c], FALSE);
      line (json, 3, "\"source\": \"source-0\",");
      line (json, 3, "\"capital\": { \"value\": \"Capital %u\", \"source\": \"source-1\" },", c);
      line (json, 3, "\"area_km2\": { \"value\": %u, \"source\": \"source-1\" },", 10000 + c * 12345);
      line (json, 3, "\"independence\": { \"value\": \"1991-12-16\", \"source\": \"source-2\" }");
      line (json, 2, "}%s", c + 1 < N_COUNTRIES ? "," : "");
    }
  line (json, 1, "],");

  line (json, 1, "\"organizations\": [");
  for (guint o = 0; o < N_ORGANIZATIONS; o++)
    {
      g_autofree char *name = g_strdup_printf ("International Organization Number %u", o);

      line (json, 2, "{");
      line (json, 3, "\"id\": \"ORG%u\",", o);
      line (json, 3, "\"acronym\": \"O%u\",", o);
      append_text (json, 3, "name", name, FALSE);
      line (json, 3, "\"kind\": \"%s\",", kinds[o % G_N_ELEMENTS (kinds)]);
      line (json, 3, "\"founded\": \"%u-%02u-%02u\",", 1900 + o % 120, 1 + o % 12, 1 + o % 28);
      line (json, 3, "\"url\": \"https://example.org/organizations/%u\",", o);
      line (json, 3, "\"source\": \"source-3\"");
      line (json, 2, "}%s", o + 1 < N_ORGANIZATIONS ? "," : "");
    }
  line (json, 1, "],");

  line (json, 1, "\"memberships\": [");
  for (guint c = 0; c < N_COUNTRIES; c++)
    for (guint o = 0; o < N_ORGANIZATIONS; o++)
      {
        line (json, 2, "{");
        line (json, 3, "\"id\": \"%s:ORG%u\",", countries[c], o);
        line (json, 3, "\"country\": \"%s\",", countries[c]);
        line (json, 3, "\"organization\": \"ORG%u\",", o);
        line (json, 3, "\"status\": \"%s\",", statuses[(c + o) % G_N_ELEMENTS (statuses)]);
        line (json, 3, "\"from\": \"%u-%02u-%02u\",", 1992 + (c + o) % 30, 1 + o % 12, 1 + c % 28);
        if ((c + o) % 7 == 0)
          line (json, 3, "\"to\": \"2022-12-31\",");
        line (json, 3, "\"source\": \"source-%u\",", 4 + o % 10);
        line (json, 3, "\"note\": \"Joined after ratification by parliament; the date is the deposit of the instrument.\"");
        line (json, 2, "}%s", c + 1 == N_COUNTRIES && o + 1 == N_ORGANIZATIONS ? "" : ",");
      }
  line (json, 1, "],");

  line (json, 1, "\"aid\": [");
  for (guint c = 0; c < N_COUNTRIES; c++)
    for (guint y = 0; y < N_YEARS; y++)
      for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
        for (guint r = 0; r < 3; r++)
          {
            gboolean last = c + 1 == N_COUNTRIES && y + 1 == N_YEARS && m + 1 == G_N_ELEMENTS (measures) && r == 2;

            line (json, 2, "{");
            line (json, 3, "\"id\": \"%s:%s:%u:%u\",", countries[c], measures[m], 1960 + y, r);
            line (json, 3, "\"donor\": \"%s\",", countries[c]);
            line (json, 3, "\"year\": %u,", 1960 + y);
            line (json, 3, "\"amount_usd\": %u.5,", 1000000 + c * 1000 + y * 10 + m);
            line (json, 3, "\"measure\": \"%s\",", measures[m]);
            line (json, 3, "\"recipient\": \"Recipient %u\",", (y + r) % 40);
            line (json, 3, "\"status\": \"%s\",", y + 1 == N_YEARS ? "preliminary" : "final");
            line (json, 3, "\"source\": \"source-%u\"", 14 + m);
            line (json, 2, "}%s", last ? "" : ",");
          }
  line (json, 1, "],");

  line (json, 1, "\"indicators\": [");
  for (guint i = 0; i < n_indicators; i++)
    {
      g_autofree char *name = g_strdup_printf ("Indicator %u", i);

      line (json, 2, "{");
      line (json, 3, "\"id\": \"indicator-%u\",", i);
      append_text (json, 3, "name", name, FALSE);
      line (json, 3, "\"unit\": \"usd\",");
      line (json, 3, "\"source\": \"source-%u\",", i % 20);
      line (json, 3, "\"series\": {");
      for (guint c = 0; c < N_COUNTRIES; c++)
        {
          line (json, 4, "\"%s\": [", countries[c]);
          for (guint y = 0; y < N_YEARS; y++)
            {
              seed = seed * 1664525 + 1013904223;
              line (json, 5, "[");
              line (json, 6, "%u,", 1960 + y);
              line (json, 6, "%.6f", (seed >> 8) / 1000.0);
              line (json, 5, "]%s", y + 1 < N_YEARS ? "," : "");
            }
          line (json, 4, "]%s", c + 1 < N_COUNTRIES ? "," : "");
        }
      line (json, 3, "}");
      line (json, 2, "}%s", i + 1 < n_indicators ? "," : "");
    }
  line (json, 1, "]");
  line (json, 0, "}");

  return g_string_free_to_bytes (json);
}

/* CPU time of this thread, in ms: steadier than wall time on a busy
 * machine, and the same on an idle one (the load is single-threaded
 * and reads from memory). */
static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1000000.0;
}

/* glibc merges the chunks freed with a JSON tree at the next malloc of
 * 1 KiB or more, whoever makes it.  Making one before the clock stops
 * charges each run for its own frees, not the next run for them. */
static void
settle_heap (void)
{
  g_free (g_malloc (4096));
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
  double start, end;

  mp_dataset_loader_add_bytes (loader, "bench.json", bytes);

  start = now_ms ();
  dataset = mp_dataset_loader_load (loader, NULL);

  if (dataset == NULL)
    {
      GPtrArray *problems = mp_dataset_loader_get_problems (loader);
      g_autofree char *first = mp_problem_to_string (g_ptr_array_index (problems, 0));

      g_error ("the benchmark dataset does not load: %s", first);
    }

  /* Freeing is part of the cost of a reload. */
  g_clear_object (&dataset);
  settle_heap ();
  end = now_ms ();

  return end - start;
}

/* The bundled dataset as the app loads it: from its pre-parsed cache
 * (its JSON is not read: the build checked the cache against it). */
static double
time_bundled_app_load (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  double start, end;

  mp_dataset_loader_add_bundled (loader);

  start = now_ms ();
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  g_clear_object (&dataset);
  settle_heap ();
  end = now_ms ();

  return end - start;
}

static double
time_bare_parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  double start, end;

  start = now_ms ();
  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_clear_object (&parser);
  settle_heap ();
  end = now_ms ();

  g_assert_no_error (error);

  return end - start;
}

static double
time_check (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  double start;
  gboolean ok;

  start = now_ms ();
  ok = g_utf8_validate (data, length, NULL) &&
       _mp_json_check (data, length, MP_DATASET_MAX_DEPTH, NULL, NULL, NULL, NULL, NULL);
  g_assert_true (ok);

  return now_ms () - start;
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

static GBytes *
generate_large_dataset (void)
{
  return generate_dataset (N_INDICATORS);
}

/* A value of /proc/self/status, in KiB. */
static gsize
status_kib (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, key);

  return line != NULL ? g_ascii_strtoull (line + strlen (key), NULL, 10) : 0;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  MpDataset **dataset = user_data;

  *dataset = mp_dataset_loader_load_finish (MP_DATASET_LOADER (object), result, NULL);
}

/* "bench-dataset memory-child FILE": loads FILE as the window does (on
 * a worker thread, the dataset kept) and prints the process's RSS
 * before, at its peak and after, in KiB. */
static int
memory_child (const char *path)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MpDataset) dataset = NULL;
  gsize before = status_kib ("VmRSS:");

  mp_dataset_loader_add_file (loader, file);
  mp_dataset_loader_load_async (loader, NULL, loaded_cb, &dataset);
  while (dataset == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&loader);
  g_assert_nonnull (mp_dataset_get_countries (dataset));

  printf ("%zu %zu %zu\n", before, status_kib ("VmHWM:"), status_kib ("VmRSS:"));

  return 0;
}

/* "bench-dataset memory": the memory a loaded dataset keeps, and the
 * peak while it loads, for a 10 MB and a 64 MiB file (the largest the
 * loader reads), each loaded in a fresh process. */
static int
memory_report (const char *self_path)
{
  static const double sizes_mb[] = { 10.0, 63.0 * 1.048576 };
  g_autofree char *dir = g_dir_make_tmp ("mp-bench-memory-XXXXXX", NULL);
  g_autoptr(GBytes) none = generate_dataset (0);
  g_autoptr(GBytes) some = generate_dataset (N_INDICATORS);
  double per_indicator = (double) (g_bytes_get_size (some) - g_bytes_get_size (none)) / N_INDICATORS;

  printf ("Dataset memory, whole process (GLib + json-glib only), KiB\n\n");
  printf ("%8s %10s %10s %10s %12s %12s\n", "file MB", "before", "peak", "after", "peak/file", "after/file");
  for (guint i = 0; i < G_N_ELEMENTS (sizes_mb); i++)
    {
      guint n = (guint) ((sizes_mb[i] * 1e6 - g_bytes_get_size (none)) / per_indicator);
      g_autoptr(GBytes) json = generate_dataset (n);
      g_autofree char *path = g_strdup_printf ("%s/dataset-%u.json", dir, i);
      g_autofree char *out = NULL;
      const char *argv[] = { self_path, "memory-child", path, NULL };
      /* As main () has it (app/main.c). */
      g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "G_SLICE", "always-malloc", FALSE);
      gsize before = 0, peak = 0, after = 0;
      double file_kib = g_bytes_get_size (json) / 1024.0;
      int status = 0;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (json, NULL), g_bytes_get_size (json), NULL));
      g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpint (sscanf (out, "%zu %zu %zu", &before, &peak, &after), ==, 3);
      printf ("%8.1f %10zu %10zu %10zu %11.1fx %11.1fx\n", g_bytes_get_size (json) / 1e6,
              before, peak, after, peak / file_kib, after / file_kib);
      g_unlink (path);
    }
  g_rmdir (dir);
  printf ("\ntarget: peak at most 8x the file, after at most 3x\n");

  return 0;
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
  double app_runs[51];
  double app_load;

  if (argc > 2 && g_str_equal (argv[1], "memory-child"))
    return memory_child (argv[2]);
  if (argc > 1 && g_str_equal (argv[1], "memory"))
    return memory_report (argv[0]);
  /* "bench-dataset app": the app's load of the bundled dataset only (a
   * quick before/after comparison; 201 runs). */
  if (argc > 1 && g_str_equal (argv[1], "app"))
    {
      double runs[201];

      for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
        runs[i] = time_bundled_app_load ();
      printf ("bundled as the app loads it (pre-parsed cache, checked against its JSON at build time): %.2f ms\n",
              median (runs, G_N_ELEMENTS (runs)));
      return 0;
    }
  if (argc > 1)
    large_runs = (guint) MAX (1, g_ascii_strtoull (argv[1], NULL, 10));

  bundled = g_resources_lookup_data ("/io/github/middlepowers/MiddlePowers/datasets/middle-powers.json",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  bundled_result = measure (bundled, bundled_runs);
  for (guint i = 0; i < G_N_ELEMENTS (app_runs); i++)
    app_runs[i] = time_bundled_app_load ();
  app_load = median (app_runs, G_N_ELEMENTS (app_runs));

  /* "bench-dataset N bundled": the bundled dataset only (profiling). */
  if (argc > 2 && g_str_equal (argv[2], "bundled"))
    {
      print_row ("bundled", bundled, bundled_runs, bundled_result);
      return 0;
    }

  large = generate_large_dataset ();
  large_result = measure (large, large_runs);

  printf ("Dataset load, CPU ms, median of N runs (loader = check, parse, validate, build, free)\n\n");
  printf ("%-8s %8s %5s %10s %8s %10s %8s %7s %10s\n",
          "dataset", "MB", "N", "loader ms", "MB/s", "bare ms", "MB/s", "ratio", "check ms");
  print_row ("bundled", bundled, bundled_runs, bundled_result);
  print_row ("large", large, large_runs, large_result);
  printf ("\n(bare = json_parser_load_from_data of the same bytes and freeing the tree;\n"
          " check = UTF-8 validation + strict JSON pre-check, included in loader)\n\n");
  printf ("bundled as the app loads it (pre-parsed cache, checked against its JSON at build time): %.2f ms\n\n", app_load);

  printf ("target: bundled under 10 ms ............ %s (%.2f ms)\n",
          app_load < 10.0 ? "met" : "MISSED", app_load);
  printf ("target: large at most 1.3 x bare parse . %s (%.2f x)\n",
          large_result.loader <= 1.3 * large_result.bare ? "met" : "MISSED",
          large_result.loader / large_result.bare);

  return 0;
}
