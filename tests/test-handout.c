/* test-handout.c
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

/* The handout a teacher hands out (issue #21): the paper asked for, one
 * or two pages by choice, every card fact, the sources in full, the
 * lesson's questions, the dataset's date in the footer and nothing that
 * points at a screen. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "mp-country-facts.h"
#include "mp-chart-common.h"
#include "mp-dataset-loader.h"
#include "mp-export.h"
#include "mp-format.h"
#include "mp-handout.h"
#include "mp-key-organizations.h"
#include "mp-test-pdf.h"
#include "mp-test-data.h"

static MpDataset *bundled;
static MpDataset *fixture;
static const char *countries[] = { "AZ", "KZ", NULL };

/* Renders the handout of @list to a PDF in a temporary folder; the
 * caller frees the path and removes the file. */
static char *
export_handout_of (MpDataset   *dataset,
                   const char **list,
                   MpPaper      paper,
                   int          pages,
                   gboolean     student_fields,
                   MpLesson    *lesson)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-handout-XXXXXX", &error);
  MpExportRequest request = { 0 };
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "handout.pdf", NULL);
  request.dataset = dataset;
  request.countries = list;
  request.chart = "handout";
  request.paper = paper;
  request.pages = pages;
  request.student_fields = student_fields;
  request.lesson = lesson;
  g_assert_true (mp_export_to_file (&request, path, &error));
  g_assert_no_error (error);

  return path;
}

/* The same for Azerbaijan and Kazakhstan. */
static char *
export_handout (MpDataset *dataset,
                MpPaper    paper,
                int        pages,
                gboolean   student_fields,
                MpLesson  *lesson)
{
  return export_handout_of (dataset, countries, paper, pages, student_fields, lesson);
}

static void
remove_export (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* @text without white space and hyphens, so that text that wraps is
 * still found (pdftotext joins a word hyphenated at a line's end). */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static char *
pdf_all_text (const char *path,
              int         pages)
{
  GString *all = g_string_new (NULL);

  for (int i = 1; i <= pages; i++)
    {
      g_autofree char *text = mp_test_pdf_page_text (path, i);

      g_assert_nonnull (text);
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }

  return g_string_free (all, FALSE);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  return pdfinfo != NULL && pdftotext != NULL;
}

static void
test_paper (void)
{
  const struct
  {
    MpPaper paper;
    double  width;
    double  height;
  } papers[] = {
    { MP_PAPER_A4, 595.3, 841.9 },
    { MP_PAPER_LETTER, 612, 792 },
  };

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *path = export_handout (fixture, papers[i].paper, 1, FALSE, NULL);
      double width = 0;
      double height = 0;

      mp_test_pdf_page_size (path, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, papers[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (height, papers[i].height, 0.5);
      remove_export (path);
    }
}

/* One page or two, as asked, when the content fits; the footer numbers
 * them and gives the dataset's date. */
static void
test_pages_by_choice (void)
{
  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  for (int pages = 1; pages <= 2; pages++)
    {
      g_autofree char *path = export_handout (fixture, MP_PAPER_A4, pages, TRUE, NULL);

      g_assert_cmpint (mp_test_pdf_pages (path), ==, pages);
      for (int page = 1; page <= pages; page++)
        {
          g_autofree char *text = mp_test_pdf_page_text (path, page);
          g_autofree char *number = g_strdup_printf ("Page %d of %d", page, pages);

          g_assert_nonnull (strstr (text, number));
          /* The fixture's newest source was retrieved on 2026-01-15. */
          g_assert_nonnull (strstr (text, "Data as of January 2026"));
        }
      remove_export (path);
    }
}

/* One page asked for, on the bundled data for Armenia and Georgia: the
 * handout itself (cards and key organizations) is on that page, its
 * sources may follow on further ones; and no chart without a figure
 * (neither reports aid to the OECD) takes room on the paper. */
static void
test_one_page_body (void)
{
  static const char *caucasus[] = { "AM", "GE", NULL };
  g_autofree char *path = NULL;
  int pages;

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  path = export_handout_of (bundled, caucasus, MP_PAPER_A4, 1, FALSE, NULL);
  pages = mp_test_pdf_pages (path);
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *text = mp_test_pdf_page_text (path, page);

      g_test_message ("page %d of %d: %.60s", page, pages, text);
      if (page == 1)
        {
          g_assert_nonnull (strstr (text, "Key organizations"));
          g_assert_nonnull (strstr (text, "Only Georgia is a member"));
          g_assert_nonnull (strstr (text, "Sources"));
        }
      else
        {
          g_assert_null (strstr (text, "is a member"));
          g_assert_null (strstr (text, "Armenia (no data)"));
        }
      g_assert_null (strstr (text, "No aid figures"));
    }
  remove_export (path);
}

static void
test_dataset_date (void)
{
  g_autofree char *date = mp_format_dataset_date (fixture);

  g_assert_cmpstr (date, ==, "January 2026");
}

/* Every fact of both cards, caption and value, the key organizations'
 * names, every source cited in full and no reference to a screen: on
 * the bundled dataset, whatever number of pages that takes. */
static void
test_every_fact_and_source (void)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GPtrArray) cited = g_ptr_array_new ();
  g_autoptr(MpKeyOrganizations) key = NULL;
  int pages;

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  path = export_handout (bundled, MP_PAPER_A4, 2, TRUE, NULL);
  pages = mp_test_pdf_pages (path);
  g_assert_cmpint (pages, >=, 2);
  text = pdf_all_text (path, pages);
  flat = squeeze (text);

  for (guint c = 0; countries[c] != NULL; c++)
    {
      const MpCountry *country = mp_dataset_lookup_country (bundled, countries[c]);
      MpCountryFact facts[MP_N_FACTS];

      g_assert_nonnull (strstr (text, mp_chart_country_name (country)));
      mp_country_facts_compute (bundled, country, facts);
      for (guint i = 0; i < MP_N_FACTS; i++)
        {
          g_autofree char *caption = squeeze (facts[i].caption);
          g_autofree char *value = squeeze (facts[i].text != NULL ? facts[i].text : "no data");

          g_assert_nonnull (strstr (flat, caption));
          g_assert_nonnull (strstr (flat, value));
          if (facts[i].source != NULL && facts[i].text != NULL)
            mp_chart_sources_add (cited, facts[i].source);
        }
      mp_country_facts_clear (facts);
    }

  key = mp_key_organizations_new (bundled, countries);
  for (guint i = 0; i < mp_key_organizations_get_n (key); i++)
    {
      g_autofree char *name = squeeze (mp_text_get (mp_key_organizations_get (key, i)->name, NULL));

      g_assert_nonnull (strstr (flat, name));
      for (guint c = 0; countries[c] != NULL; c++)
        {
          const MpMembership *m = mp_key_organizations_get_membership (key, i, c);

          if (m != NULL)
            mp_chart_sources_add (cited, m->source);
        }
    }

  g_assert_nonnull (strstr (text, "Sources"));
  for (guint i = 0; i < cited->len; i++)
    {
      const MpSource *source = mp_dataset_lookup_source (bundled, g_ptr_array_index (cited, i));
      g_autofree char *title = squeeze (source->title);
      g_autofree char *url = squeeze (source->url);
      g_autofree char *licence = squeeze (source->licence);

      g_assert_nonnull (strstr (flat, title));
      g_assert_nonnull (strstr (flat, url));
      g_assert_nonnull (strstr (flat, licence));
    }

  lower = g_utf8_strdown (text, -1);
  g_assert_null (strstr (lower, "see the table"));
  g_assert_null (strstr (lower, "see the app"));
  g_assert_null (strstr (lower, "click"));
  g_assert_null (strstr (lower, "more organizations"));

  remove_export (path);
}

static void
test_lesson_questions (void)
{
  static const char lesson_json[] =
    "{\"format\": \"middle-powers-lesson\", \"version\": 1, \"title\": \"Two countries\",\n"
    " \"steps\": [\n"
    "  {\"countries\": [\"AZ\", \"KZ\"], \"view\": \"cards\",\n"
    "   \"question\": {\"en\": \"Which country is larger by area?\", \"ru\": \"Какая страна больше по площади?\"}},\n"
    "  {\"countries\": [\"AZ\", \"KZ\"], \"view\": \"aid\"},\n"
    "  {\"countries\": [\"AZ\", \"KZ\"], \"view\": \"memberships\",\n"
    "   \"question\": \"Name one organization both belong to.\"}\n"
    " ]}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MpLesson) lesson = mp_lesson_new_from_data ("questions.json", lesson_json, strlen (lesson_json), &error);
  g_autoptr(MpLesson) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autofree char *without = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (mp_lesson_get_step (lesson, 0)->question);
  g_assert_null (mp_lesson_get_step (lesson, 1)->question);

  /* Saved and opened again, unchanged. */
  json = mp_lesson_to_json (lesson);
  again = mp_lesson_new_from_data ("again.json", json, strlen (json), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    g_assert_true (mp_lesson_step_equal (mp_lesson_get_step (lesson, i), mp_lesson_get_step (again, i)));

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  path = export_handout (fixture, MP_PAPER_A4, 1, FALSE, lesson);
  text = pdf_all_text (path, mp_test_pdf_pages (path));
  g_assert_nonnull (strstr (text, "Questions"));
  g_assert_nonnull (strstr (text, "1. Which country is larger by area?"));
  g_assert_nonnull (strstr (text, "2. Name one organization both belong to."));
  remove_export (path);

  /* No lesson, no questions. */
  without = export_handout (fixture, MP_PAPER_A4, 1, FALSE, NULL);
  plain = pdf_all_text (without, mp_test_pdf_pages (without));
  g_assert_null (strstr (plain, "Questions"));
  remove_export (without);
}

/* The body text is at least 9 pt on paper, on both papers. */
static void
test_body_size (void)
{
  for (MpPaper paper = MP_PAPER_A4; paper <= MP_PAPER_LETTER; paper++)
    {
      MpHandoutOptions options = { .dataset = bundled, .countries = countries, .pages = 1 };
      g_autoptr(MpHandout) handout = NULL;
      g_autoptr(GError) error = NULL;
      double width;
      double height;

      mp_paper_get_size (paper, &width, &height);
      handout = mp_handout_new (&options, width, height, &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (mp_handout_get_body_size (handout), >=, 9.0);
    }
}

/* With room, the charts are kept; on one page they give way to what must
 * be there, and none is drawn flatter than it is meant to be. */
static void
test_charts_kept (void)
{
  MpHandoutOptions options = { .dataset = fixture, .countries = countries };
  double width;
  double height;

  mp_paper_get_size (MP_PAPER_A4, &width, &height);
  for (int pages = 1; pages <= 2; pages++)
    {
      g_autoptr(MpHandout) handout = NULL;
      g_auto(GStrv) charts = NULL;

      options.pages = pages;
      handout = mp_handout_new (&options, width, height, NULL);
      charts = mp_handout_dup_charts (handout);
      g_assert_cmpuint (mp_handout_get_n_pages (handout), ==, (guint) pages);
      g_assert_true (g_strv_contains ((const char * const *) charts, "aid"));
    }
}

static guint
count_substrings (const char *text,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Eight countries (Central Asia and the South Caucasus) on A4: their
 * eight cards, narrow, all on the first page at the body size, without
 * the capital and the area; the title wraps rather than cut names. */
static void
test_eight_countries (void)
{
  static const char *eight[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", NULL };
  MpHandoutOptions options = { .dataset = bundled, .countries = eight, .pages = 2 };
  g_autoptr(MpHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *first = NULL;
  MpExportRequest request = { 0 };
  double width;
  double height;

  mp_paper_get_size (MP_PAPER_A4, &width, &height);
  handout = mp_handout_new (&options, width, height, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (mp_handout_get_body_size (handout), >=, 9.0);

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  dir = g_dir_make_tmp ("mp-handout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "handout.pdf", NULL);
  request.dataset = bundled;
  request.countries = eight;
  request.chart = "handout";
  request.paper = MP_PAPER_A4;
  request.pages = 2;
  g_assert_true (mp_export_to_file (&request, path, &error));
  g_assert_no_error (error);

  first = mp_test_pdf_page_text (path, 1);
  g_assert_nonnull (first);
  g_assert_cmpuint (count_substrings (first, "GDP per capita"), ==, 8);
  g_assert_cmpuint (count_substrings (first, "Independence"), ==, 8);
  g_assert_cmpuint (count_substrings (first, "Development aid"), ==, 8);
  g_assert_null (strstr (first, "Capital"));
  g_assert_nonnull (strstr (first, "Turkmenistan and Uzbekistan"));
  g_assert_null (strstr (first, "…"));

  remove_export (path);
}

/* middle-powers --export x.pdf --chart handout --paper letter --pages 2
 * --student-fields: the options reach the handout; bad ones are
 * refused with one line and exit status 2. */
static void
test_command_line (void)
{
  const char *build_root = g_getenv ("MP_BUILD_ROOT");
  g_autofree char *program = build_root != NULL ? g_build_filename (build_root, "app", "middle-powers", NULL)
                                                : g_test_build_filename (G_TEST_BUILT, "..", "app", "middle-powers", NULL);
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", "valid", "full.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-handout-cli-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  const char *good[] = { program, "--no-bundled", "--dataset", data, "--export", pdf, "--chart", "handout",
                         "--countries", "AZ,KZ", "--paper", "letter", "--pages", "2", "--student-fields", NULL };
  const struct
  {
    const char *option;
    const char *value;
    const char *message;
  } bad[] = {
    { "--paper", "a5", "Unknown paper “a5”: use a4 or letter" },
    { "--pages", "3", "A handout has 1 or 2 pages, not 3" },
  };
  g_autofree char *text = NULL;
  double width = 0;
  double height = 0;
  int status;

  g_assert_no_error (error);
  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  g_assert_true (g_spawn_sync (NULL, (char **) good, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  mp_test_pdf_page_size (pdf, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  g_assert_cmpint (mp_test_pdf_pages (pdf), ==, 2);
  text = mp_test_pdf_page_text (pdf, 1);
  g_assert_nonnull (strstr (text, "Name"));
  g_assert_nonnull (strstr (text, "Class"));
  g_unlink (pdf);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *argv[] = { program, "--no-bundled", "--dataset", data, "--export", pdf, "--chart", "handout",
                             "--countries", "AZ,KZ", bad[i].option, bad[i].value, NULL };
      g_autofree char *err = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   NULL, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 2);
      g_assert_nonnull (strstr (err, bad[i].message));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }

  g_rmdir (dir);
}

static MpDataset *
load_fixture (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "full.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MpDataset *dataset;

  mp_dataset_loader_add_file (loader, file);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);

  return dataset;
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  bundled = mp_test_load_bundled ();
  fixture = load_fixture ();

  g_test_add_func ("/mp/handout/paper", test_paper);
  g_test_add_func ("/mp/handout/pages-by-choice", test_pages_by_choice);
  g_test_add_func ("/mp/handout/one-page-body", test_one_page_body);
  g_test_add_func ("/mp/handout/dataset-date", test_dataset_date);
  g_test_add_func ("/mp/handout/every-fact-and-source", test_every_fact_and_source);
  g_test_add_func ("/mp/handout/lesson-questions", test_lesson_questions);
  g_test_add_func ("/mp/handout/body-size", test_body_size);
  g_test_add_func ("/mp/handout/charts-kept", test_charts_kept);
  g_test_add_func ("/mp/handout/eight-countries", test_eight_countries);
  g_test_add_func ("/mp/handout/command-line", test_command_line);

  ret = g_test_run ();
  g_clear_object (&bundled);
  g_clear_object (&fixture);

  return ret;
}
