/* test-export.c
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

/* Exports as the user gets them: files that open, at the asked size,
 * with the countries, years and sources in them; bad requests refused
 * with one clear line and nothing left behind. */

#define _GNU_SOURCE
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "mp-chart.h"
#include "mp-dataset-loader.h"
#include "mp-chart-style.h"
#include "mp-export.h"
#include "mp-slide.h"
#include "mp-test-data.h"
#include "mp-test-pdf.h"

static MpDataset *dataset;
static const char *countries[] = { "AZ", "KZ", NULL };

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("mp-export-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
export (Fixture    *fixture,
        const char *chart,
        const char *name,
        int         width,
        int         height,
        double      pixel_scale)
{
  MpExportRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  request.dataset = dataset;
  request.countries = countries;
  request.chart = chart;
  request.width = width;
  request.height = height;
  request.pixel_scale = pixel_scale;

  g_assert_true (mp_export_to_file (&request, path, &error));
  g_assert_no_error (error);

  return path;
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  static const char *charts[] = { "aid", "contributions", "memberships", "indicator:gdp", "cards" };

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *path = export (fixture, charts[i], "chart.png", 800, 500, 1);
      g_autofree char *path2 = export (fixture, charts[i], "chart@2.png", 800, 500, 2);
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file (path, &error);
      g_autoptr(GdkPixbuf) pixbuf2 = gdk_pixbuf_new_from_file (path2, &error);

      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 800);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 500);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf2), ==, 1600);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf2), ==, 1000);
    }

  /* Only the two files: no temporary file left beside them. */
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
}

typedef struct
{
  guint    elements;
  gboolean svg_root;
} SvgCount;

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  SvgCount *count = user_data;

  if (count->elements++ == 0)
    count->svg_root = g_str_equal (element_name, "svg");
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = export (fixture, "aid", "aid.svg", 1200, 700, 1);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { start_element_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgCount count = { 0 };

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  /* Well-formed XML with an <svg> root and real content. */
  context = g_markup_parse_context_new (&parser, 0, &count, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_true (count.svg_root);
  g_assert_cmpuint (count.elements, >, 50);
  /* The size asked for. */
  g_assert_nonnull (strstr (contents, "viewBox=\"0 0 1200 "));
}

static void
test_handout_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = export (fixture, "handout", "handout.pdf", 0, 0, 1);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  int pages;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  pages = mp_test_pdf_pages (path);
  if (pages < 0)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  /* One page or more: the sources are never cut (test-handout). */
  g_assert_cmpint (pages, >=, 1);

  text = mp_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  g_assert_nonnull (strstr (text, "Azerbaijan"));
  g_assert_nonnull (strstr (text, "Kazakhstan"));
  g_assert_nonnull (strstr (text, "Baku"));
  g_assert_nonnull (strstr (text, "2022"));
  /* This test runs in the C locale, as headless exports often do: the
   * areas are still grouped ("2,724,900 km²", not "2724900 km²"). */
  g_assert_true (g_regex_match_simple ("[0-9]{1,3}(,[0-9]{3})+ km²", text, 0, 0));
  g_assert_false (g_regex_match_simple ("[0-9]{4} km²", text, 0, 0));
  g_assert_nonnull (strstr (text, "Sources"));
  g_assert_nonnull (strstr (text, "World Bank"));
  g_assert_nonnull (strstr (text, "OECD"));
}

/* The memberships chart on paper, at the default size, opens on the
 * organisations that matter for Azerbaijan and Kazakhstan, all of them,
 * and never sends the reader to a table paper does not have. */
static void
test_memberships_pdf (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const key[] = { "UN", "OSCE", "CIS", "OTS", "CICA", "SCO", "NAM", "WTO", "EAEU" };
  g_autofree char *path = export (fixture, "memberships", "memberships.pdf", 0, 0, 1);
  g_autofree char *text = mp_test_pdf_text (path);
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  /* pdftotext puts each row's acronym on a line of its own. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (key); i++)
    if (!g_strv_contains ((const char * const *) lines, key[i]))
      g_error ("%s is not in the memberships PDF:\n%s", key[i], text);
  g_assert_nonnull (strstr (text, "key organizations"));
  g_assert_null (strstr (text, "see the table"));
  /* How current it is, under the drawing. */
  g_assert_nonnull (strstr (text, "Data as of December 2026"));
  g_assert_null (strstr (text, "more organization"));
  /* The long tail (COW's BIPM, ICAO…) is behind "All organizations". */
  g_assert_false (g_strv_contains ((const char * const *) lines, "BIPM"));
}

/* The widest size the command line takes (8192) exports as SVG too:
 * what cairo paints as an image there fits its images (a low height
 * keeps that image, and the test, small). */
static void
test_widest_svg (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = export (fixture, "handout", "handout.svg", MP_EXPORT_MAX_SIZE, 256, 1);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* cairo 1.16 gives the root's size in points, 1.18 without a unit. */
  g_assert_true (g_regex_match_simple ("<svg[^>]*\\swidth=\"8192(pt)?\"", contents, 0, 0));
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = export (fixture, "aid", "aid.csv", 0, 0, 1);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(MpChart) chart = NULL;
  MpChartTable *table;
  guint n_lines;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  n_lines = g_strv_length (lines);

  chart = mp_chart_new (dataset, countries, "aid", NULL, NULL);
  table = mp_chart_get_table (chart);

  /* A header, one line per table row, and the final line break. */
  g_assert_cmpuint (n_lines, ==, mp_chart_table_get_n_rows (table) + 2);
  g_assert_cmpstr (lines[n_lines - 1], ==, "");
  g_assert_true (g_str_has_prefix (lines[0], table->titles[0]));

  for (guint r = 0; r < mp_chart_table_get_n_rows (table); r++)
    {
      const MpChartTableRow *row = mp_chart_table_get_row (table, r);

      /* The first cells match the table (no commas in years or names). */
      g_assert_true (g_str_has_prefix (lines[r + 1], row->cells[0]));
    }

  /* Years × countries: the unit in the headings of the numbers, and a
   * preliminary figure's status in a column of notes, the numbers plain. */
  g_assert_cmpstr (lines[0], ==, "Year,Azerbaijan (US$ million),Kazakhstan (US$ million),Notes");
  {
    gboolean preliminary_seen = FALSE;

    for (guint r = 1; lines[r] != NULL && *lines[r] != '\0'; r++)
      if (g_str_has_suffix (lines[r], ",Azerbaijan: preliminary"))
        {
          g_assert_true (g_str_has_prefix (lines[r], "2022,49.2,"));
          preliminary_seen = TRUE;
        }
    g_assert_true (preliminary_seen);
  }
}

/* Donors of different sizes (Türkiye gives billions, Azerbaijan and
 * Kazakhstan millions) share a column unit, US$ billion: the small
 * amounts are written exactly, never rounded to nought. */
static void
test_csv_small_amounts (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *three[] = { "AZ", "KZ", "TR", NULL };
  MpExportRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "aid-three.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_numbers = 0;

  request.dataset = dataset;
  request.countries = three;
  request.chart = "aid";
  request.pixel_scale = 1;
  g_assert_true (mp_export_to_file (&request, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);

  g_assert_true (g_str_has_prefix (lines[0], "Year,Azerbaijan (US$ billion),Kazakhstan (US$ billion),Türkiye (US$ billion)"));
  for (guint r = 1; lines[r] != NULL && *lines[r] != '\0'; r++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[r], ",", 5);

      /* Azerbaijan's US$16 million of 2014 (OECD). */
      if (g_str_equal (cells[0], "2014"))
        g_assert_cmpstr (cells[1], ==, "0.016");
      for (guint c = 1; c <= 3 && cells[c] != NULL; c++)
        if (*cells[c] != '\0')
          {
            g_assert_cmpfloat (g_ascii_strtod (cells[c], NULL), >, 0);
            n_numbers++;
          }
    }
  g_assert_cmpuint (n_numbers, >, 10);
}

/* A CSV file is the same in every locale: no digit grouping, a decimal
 * point, whatever the charts show on screen. */
static void
test_csv_locale_neutral (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  const char *locales[] = { "C", "en_US.UTF-8", "ru_RU.UTF-8", "az_AZ.UTF-8" };
  g_autofree char *first = NULL;
  g_autoptr(GRegex) big_number = g_regex_new ("(^|,)[0-9]+\\.[0-9](,|\r?$)",
                                              G_REGEX_MULTILINE, 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *name = g_strdup_printf ("aid-%u.csv", i);
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;

      if (setlocale (LC_NUMERIC, locales[i]) == NULL)
        continue;
      path = export (fixture, "aid", name, 0, 0, 1);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

      /* Amounts with a decimal point in every locale ("44.9", not "44,9"),
       * never grouped. */
      g_assert_true (g_regex_match (big_number, contents, 0, NULL));
      g_assert_null (strstr (contents, "\u202f"));
      g_assert_null (strstr (contents, "\u00a0"));
      if (first == NULL)
        first = g_steal_pointer (&contents);
      else
        g_assert_cmpstr (contents, ==, first);
    }
  setlocale (LC_NUMERIC, saved);
}

/* The height of the first word @word in the PDF at @path, as poppler
 * lays it out, or -1 without pdftotext. */
static double
pdf_word_height (const char *path,
                 const char *word)
{
  g_autoptr(GArray) words = mp_test_pdf_words (path);

  if (words == NULL)
    return -1;
  for (guint i = 0; i < words->len; i++)
    {
      const MpTestWord *w = &g_array_index (words, MpTestWord, i);

      if (g_str_equal (w->text, word))
        return w->y1 - w->y0;
    }
  g_assert_not_reached ();
}

/* A chart for a document: an A4 landscape page in PDF, laid out as the
 * 1123x794 PNG is (the same text for the same width). */
static void
test_document_size (Fixture       *fixture,
                    gconstpointer  data)
{
  MpExportRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "document.pdf", NULL);
  g_autofree char *program = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", pdf, NULL };
  double screen_h, page_h;

  request.dataset = dataset;
  request.countries = countries;
  request.chart = "aid";
  mp_export_request_set_document (&request, MP_EXPORT_PNG);
  g_assert_cmpint (request.width, ==, 1123);
  g_assert_cmpint (request.height, ==, 794);
  g_assert_cmpfloat (request.text_px, ==, 0);

  mp_export_request_set_document (&request, MP_EXPORT_PDF);
  g_assert_true (mp_export_to_file (&request, pdf, &error));
  g_assert_no_error (error);
  if (program == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));
  g_assert_nonnull (strstr (out, "842 x 595 pts (A4)"));

  /* Text three quarters of the 96-dpi layout's, as the page is. */
  page_h = pdf_word_height (pdf, "Azerbaijan");
  request.text_px = 0;
  request.width = 1123;
  request.height = 794;
  g_assert_true (mp_export_to_file (&request, pdf, &error));
  screen_h = pdf_word_height (pdf, "Azerbaijan");
  g_assert_cmpfloat_with_epsilon (page_h / screen_h, 0.75, 0.05);
}

static guint
count_color (GdkPixbuf     *pixbuf,
             const MpColor *color)
{
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  int r = (int) round (color->red * 255);
  int g = (int) round (color->green * 255);
  int b = (int) round (color->blue * 255);
  guint n = 0;

  for (int y = 0; y < gdk_pixbuf_get_height (pixbuf); y++)
    for (int x = 0; x < gdk_pixbuf_get_width (pixbuf); x++)
      {
        const guchar *p = pixels + y * stride + x * channels;

        if (ABS (p[0] - r) <= 2 && ABS (p[1] - g) <= 2 && ABS (p[2] - b) <= 2)
          n++;
      }

  return n;
}

/* The cards of eight countries (Central Asia and the South Caucasus): in
 * balanced rows when they do not fit in one, each with its colour band,
 * every fact on them (a capital is the first), in PNG, SVG and PDF. */
static void
test_eight_cards (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char *eight[] = { "AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ", NULL };
  static const char *capitals[] = { "Yerevan", "Baku", "Tbilisi", "Astana", "Bishkek", "Dushanbe",
                                    "Ashgabat", "Tashkent" };
  static const int sizes[][2] = { { 1600, 900 }, { 1123, 794 }, { 800, 600 } };
  MpColor palette[MP_MAX_COUNTRIES];

  mp_chart_palette_get (FALSE, palette);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      MpExportRequest request = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *png = g_build_filename (fixture->dir, "cards.png", NULL);
      g_autoptr(GdkPixbuf) pixbuf = NULL;

      request.dataset = dataset;
      request.countries = eight;
      request.chart = "cards";
      request.width = sizes[i][0];
      request.height = sizes[i][1];
      request.pixel_scale = 1;
      g_assert_true (mp_export_to_file (&request, png, &error));
      g_assert_no_error (error);
      pixbuf = gdk_pixbuf_new_from_file (png, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, sizes[i][0]);
      /* Each card's band, in its own colour. */
      for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
        g_assert_cmpuint (count_color (pixbuf, &palette[c]), >, 100);
      g_unlink (png);
    }

  {
    MpExportRequest request = { 0 };
    g_autoptr(GError) error = NULL;
    g_autofree char *pdf = g_build_filename (fixture->dir, "cards.pdf", NULL);
    g_autofree char *svg = g_build_filename (fixture->dir, "cards.svg", NULL);
    g_autofree char *text = NULL;

    request.dataset = dataset;
    request.countries = eight;
    request.chart = "cards";
    mp_export_request_set_document (&request, MP_EXPORT_PDF);
    g_assert_true (mp_export_to_file (&request, pdf, &error));
    g_assert_no_error (error);
    g_assert_true (mp_export_to_file (&request, svg, &error));
    g_assert_no_error (error);

    text = mp_test_pdf_text (pdf);
    if (text == NULL)
      {
        g_test_skip ("pdftotext is not installed");
        return;
      }
    for (guint c = 0; c < MP_MAX_COUNTRIES; c++)
      {
        const MpCountry *country = mp_dataset_lookup_country (dataset, eight[c]);

        g_assert_nonnull (strstr (text, mp_text_get (country->name, NULL)));
        g_assert_nonnull (strstr (text, capitals[c]));
      }
  }
}

/* A chart exported for a slide has text the size of a slide's (what a
 * class reads when it is pasted on a projected slide), not the small
 * text of a 1920-pixel-wide chart. */
static void
test_slide_text (Fixture       *fixture,
                 gconstpointer  data)
{
  MpExportRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = g_build_filename (fixture->dir, "plain.pdf", NULL);
  g_autofree char *slide = g_build_filename (fixture->dir, "slide.pdf", NULL);
  double plain_h, slide_h;

  request.dataset = dataset;
  request.countries = countries;
  request.chart = "aid";
  request.width = 1920;
  request.height = 1080;
  g_assert_true (mp_export_to_file (&request, plain, &error));
  g_assert_no_error (error);
  request.text_px = mp_slide_text_px (1080, 1.5);
  g_assert_true (mp_export_to_file (&request, slide, &error));
  g_assert_no_error (error);

  plain_h = pdf_word_height (plain, "Azerbaijan");
  if (plain_h < 0)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  slide_h = pdf_word_height (slide, "Azerbaijan");

  /* 27 px on a 1080-line slide at the presenter's default size,
   * against the screen's 14 or so. */
  g_assert_cmpfloat (slide_h, >, 1.6 * plain_h);
  g_assert_cmpfloat (slide_h, >=, 1080.0 / 60.0);
}

static void
test_csv_quoting (void)
{
  const char *titles[] = { "Name", "Note" };
  g_autoptr(MpChartTable) table = mp_chart_table_new (2, titles);
  char **cells = g_new0 (char *, 3);
  g_autofree char *csv = NULL;

  cells[0] = g_strdup ("Organization for Security and Co-operation in Europe, OSCE");
  cells[1] = g_strdup ("said \"yes\"");
  mp_chart_table_add_row (table, cells, NULL);

  csv = mp_export_table_to_csv (table);
  g_assert_cmpstr (csv, ==,
                   "Name,Note\r\n"
                   "\"Organization for Security and Co-operation in Europe, OSCE\",\"said \"\"yes\"\"\"\r\n");
}

static void
add_csv_row (MpChartTable *table,
             const char   *name,
             const char   *shown,
             const char   *plain)
{
  char **cells = g_new0 (char *, 3);
  MpChartTableRow *row;

  cells[0] = g_strdup (name);
  cells[1] = g_strdup (shown);
  row = mp_chart_table_add_row (table, cells, NULL);
  if (plain != NULL)
    mp_chart_table_row_set_plain (table, row, 1, g_strdup (plain));
}

/* A cell a spreadsheet would run as a formula is written as text (a
 * leading apostrophe); numbers, negative ones too, stay numbers; a
 * cell's plain text (numbers without grouping) is what the file gets. */
static void
test_csv_formulas (void)
{
  const char *titles[] = { "Name", "Value" };
  g_autoptr(MpChartTable) table = mp_chart_table_new (2, titles);
  g_autofree char *csv = NULL;

  mp_chart_table_set_numeric (table, 1, TRUE);
  add_csv_row (table, "=HYPERLINK(\"http://x\")", "-1 234,5", "-1234.5");
  add_csv_row (table, "+1+2", "1", "1");
  add_csv_row (table, "-2+3", "0.5", "0.5");
  add_csv_row (table, "@SUM(A1)", "2", NULL);
  add_csv_row (table, "\tTab", "3", NULL);
  add_csv_row (table, "Türkiye", "-x", NULL);

  csv = mp_export_table_to_csv (table);
  g_assert_cmpstr (csv, ==,
                   "Name,Value\r\n"
                   "\"'=HYPERLINK(\"\"http://x\"\")\",-1234.5\r\n"
                   "'+1+2,1\r\n"
                   "'-2+3,0.5\r\n"
                   "'@SUM(A1),2\r\n"
                   "'\tTab,3\r\n"
                   /* A numeric column's text that is not a number is text. */
                   "Türkiye,'-x\r\n");
}

static void
test_bad_requests (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    const char *chart;
    const char *countries;
    const char *name;
  } cases[] = {
    { "pie", "AZ,KZ", "x.png" },
    { "aid", "AZ,XX", "x.png" },
    { "aid", "AZ,KZ", "x.gif" },
    { "cards", "AZ,KZ", "x.csv" },
  };
  g_autofree char *existing = g_build_filename (fixture->dir, "keep.png", NULL);

  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) ids = g_strsplit (cases[i].countries, ",", -1);
      g_autofree char *path = g_build_filename (fixture->dir, cases[i].name, NULL);
      g_autoptr(GError) error = NULL;
      MpExportRequest request = { 0 };

      request.dataset = dataset;
      request.countries = (const char * const *) ids;
      request.chart = cases[i].chart;

      g_assert_false (mp_export_to_file (&request, path, &error));
      g_assert_nonnull (error);
      g_assert_null (strchr (error->message, '\n'));
    }

  /* A failed export leaves the old file as it was, and nothing else. */
  {
    MpExportRequest request = { 0 };
    g_autoptr(GError) error = NULL;
    const char *bad[] = { "AZ", "XX", NULL };
    g_autofree char *contents = NULL;

    request.dataset = dataset;
    request.countries = bad;
    request.chart = "aid";
    g_assert_false (mp_export_to_file (&request, existing, &error));
    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old");
  }

  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

static void
test_file_mode (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *existing = g_build_filename (fixture->dir, "shared.png", NULL);
  g_autofree char *fresh = NULL;
  GStatBuf st;
  mode_t mask = umask (0);

  umask (mask);

  /* A replaced file keeps its mode; a new one gets the usual mode, not
   * the temporary file's 0600. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_cmpint (g_chmod (existing, 0644), ==, 0);
  g_free (export (fixture, "aid", "shared.png", 320, 200, 1));
  g_assert_cmpint (g_stat (existing, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  fresh = export (fixture, "aid", "fresh.svg", 320, 200, 1);
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0666 & ~mask);
}

/* An export killed part way (the teacher closes the laptop, the app
 * crashes) leaves neither a partial file nor a hidden temporary one. */
static void
test_killed_export (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *dir = g_getenv ("MP_TEST_EXPORT_DIR");
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (g_test_subprocess ())
    {
      Fixture child = { (char *) dir };

      /* Big enough to take longer than the parent waits. */
      for (;;)
        g_free (export (&child, "memberships", "big.png", 4000, 4000, 2));
    }

  g_setenv ("MP_TEST_EXPORT_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, G_USEC_PER_SEC / 2, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  d = g_dir_open (fixture->dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GdkPixbuf) pixbuf = NULL;

      /* At most a complete export from a round that finished. */
      g_assert_cmpstr (name, ==, "big.png");
      pixbuf = gdk_pixbuf_new_from_file (path, NULL);
      g_assert_nonnull (pixbuf);
    }
}

static void
test_size_parsing (void)
{
  static const char *bad[] = { "", "100", "x100", "100x", "0x100", "100x99999", "abcxdef", "1e3x100", "100x100x3" };
  int w = 0;
  int h = 0;

  g_assert_true (mp_export_parse_size ("1600x900", &w, &h, NULL));
  g_assert_cmpint (w, ==, 1600);
  g_assert_cmpint (h, ==, 900);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (mp_export_parse_size (bad[i], &w, &h, &error));
      g_assert_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_SIZE);
    }
}

/* Runs the built binary with no display; returns its exit status. */
static int
run_cli (const char * const *args,
         char              **out,
         char              **err)
{
  g_autofree char *binary = g_build_filename (g_getenv ("MP_BUILD_ROOT"), "app", "middle-powers", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GError) error = NULL;
  int status = 0;

  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_ptr_array_add (argv, binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, 0, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *ok_path = g_build_filename (fixture->dir, "gdp.png", NULL);
  g_autofree char *bad_dir = g_build_filename (fixture->dir, "missing", "x.png", NULL);
  static const struct
  {
    const char *args[12];
    int         status;
    const char *message;
  } bad[] = {
    { { "--export", "OUT", "--chart", "pie", "--countries", "AZ,KZ", NULL }, 2, "indicator:ID, cards or handout" },
    { { "--export", "OUT", "--chart", "aid", "--countries", "AZ,ZZ", NULL }, 2, "ZZ" },
    { { "--export", "OUT", "--chart", "aid", "--countries", "AZ", "--size", "huge", NULL }, 2, "huge" },
    { { "--export", "OUT", "--chart", "aid", NULL }, 2, "--countries" },
    { { "--export", "BAD", "--chart", "aid", "--countries", "AZ", NULL }, 1, "Cannot write" },
  };
  g_autoptr(GdkPixbuf) pixbuf = NULL;

  {
    const char *args[] = { "--export", ok_path, "--chart", "indicator:gdp", "--countries", "AZ,KZ,TR",
                           "--size", "640x360", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    pixbuf = gdk_pixbuf_new_from_file (ok_path, NULL);
    g_assert_nonnull (pixbuf);
    g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 640);
    g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 360);
  }

  /* --size slide: a full-HD slide. */
  {
    const char *args[] = { "--export", ok_path, "--chart", "aid", "--countries", "AZ,KZ",
                           "--size", "slide", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_clear_object (&pixbuf);
    pixbuf = gdk_pixbuf_new_from_file (ok_path, NULL);
    g_assert_nonnull (pixbuf);
    g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 1920);
    g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 1080);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *args[12] = { NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *path = g_build_filename (fixture->dir, "x.png", NULL);

      for (guint j = 0; bad[i].args[j] != NULL; j++)
        args[j] = g_str_equal (bad[i].args[j], "OUT") ? path
                : g_str_equal (bad[i].args[j], "BAD") ? bad_dir
                : bad[i].args[j];

      g_assert_cmpint (run_cli (args, &out, &err), ==, bad[i].status);
      /* One clear line. */
      g_assert_nonnull (strstr (err, bad[i].message));
      g_assert_true (g_str_has_suffix (err, "\n"));
      g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = mp_test_load_bundled ();

  g_test_add ("/mp/export/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/mp/export/svg", Fixture, NULL, fixture_set_up, test_svg, fixture_tear_down);
  g_test_add ("/mp/export/handout-pdf", Fixture, NULL, fixture_set_up, test_handout_pdf, fixture_tear_down);
  g_test_add ("/mp/export/memberships-pdf", Fixture, NULL, fixture_set_up, test_memberships_pdf, fixture_tear_down);
  g_test_add ("/mp/export/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/mp/export/document-size", Fixture, NULL, fixture_set_up, test_document_size, fixture_tear_down);
  g_test_add ("/mp/export/eight-cards", Fixture, NULL, fixture_set_up, test_eight_cards, fixture_tear_down);
  g_test_add ("/mp/export/slide-text", Fixture, NULL, fixture_set_up, test_slide_text, fixture_tear_down);
  g_test_add ("/mp/export/csv-small-amounts", Fixture, NULL, fixture_set_up, test_csv_small_amounts, fixture_tear_down);
  g_test_add ("/mp/export/csv-locale-neutral", Fixture, NULL, fixture_set_up, test_csv_locale_neutral, fixture_tear_down);
  g_test_add_func ("/mp/export/csv-quoting", test_csv_quoting);
  g_test_add_func ("/mp/export/csv-formulas", test_csv_formulas);
  g_test_add ("/mp/export/widest-svg", Fixture, NULL, fixture_set_up, test_widest_svg, fixture_tear_down);
  g_test_add ("/mp/export/bad-requests", Fixture, NULL, fixture_set_up, test_bad_requests, fixture_tear_down);
  g_test_add_func ("/mp/export/size", test_size_parsing);
  g_test_add ("/mp/export/file-mode", Fixture, NULL, fixture_set_up, test_file_mode, fixture_tear_down);
  g_test_add ("/mp/export/killed", Fixture, NULL, fixture_set_up, test_killed_export, fixture_tear_down);
  g_test_add ("/mp/export/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&dataset);

  return ret;
}
