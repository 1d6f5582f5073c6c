/* mp-cli.c
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

#include "mp-cli.h"
#include "mp-dataset-loader.h"
#include "mp-export.h"
#include "mp-lesson.h"

static MpDatasetLoader *
create_loader (char     **files,
               gboolean   with_bundled)
{
  MpDatasetLoader *loader = mp_dataset_loader_new ();

  if (with_bundled)
    mp_dataset_loader_add_bundled (loader);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);

      mp_dataset_loader_add_file (loader, file);
    }

  return loader;
}

static void
print_problems (MpDatasetLoader *loader,
                gboolean         to_stderr)
{
  GPtrArray *problems = mp_dataset_loader_get_problems (loader);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = mp_problem_to_string (g_ptr_array_index (problems, i));

      if (to_stderr)
        g_printerr ("%s\n", line);
      else
        g_print ("%s\n", line);
    }
}

/**
 * mp_cli_validate:
 * @files: (array zero-terminated=1): dataset files
 * @with_bundled: whether to load the bundled dataset first
 *
 * `middle-powers --validate FILE…`: prints every problem on standard
 * output, one per line (see mp_problem_to_string()), then a summary on
 * standard error.
 *
 * Returns: 0 when valid (warnings allowed), 1 when not, 2 without files
 */
int
mp_cli_validate (char     **files,
                 gboolean   with_bundled)
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  GPtrArray *problems;
  guint n_files, n_errors, n_warnings;

  n_files = files != NULL ? g_strv_length (files) : 0;
  if (n_files == 0)
    {
      g_printerr ("%s\n", _("Give the dataset files to check: middle-powers --validate FILE…"));
      return 2;
    }

  loader = create_loader (files, with_bundled);
  dataset = mp_dataset_loader_load (loader, NULL);

  print_problems (loader, FALSE);

  problems = mp_dataset_loader_get_problems (loader);
  n_errors = mp_dataset_loader_get_n_errors (loader);
  n_warnings = problems->len - n_errors;

  if (n_errors > 0)
    {
      /* Translators: the summary of --validate; the sentence goes on
       * with the number of warnings */
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u error, ", "%u errors, ", n_errors), n_errors);
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u warning: not valid\n", "%u warnings: not valid\n", n_warnings),
                  n_warnings);
      return 1;
    }

  g_printerr (g_dngettext (GETTEXT_PACKAGE, "Valid, with %u warning\n", "Valid, with %u warnings\n", n_warnings),
              n_warnings);

  return 0;
}

static guint
column_width (GPtrArray   *rows,
              guint        column)
{
  guint width = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);

      width = MAX (width, (guint) g_utf8_strlen (row[column], -1));
    }

  return width;
}

/* Prints rows of @n_columns strings, aligned, under a heading. */
static void
print_table (const char *heading,
             GPtrArray  *rows,
             guint       n_columns)
{
  guint widths[4] = { 0, };

  g_assert (n_columns <= G_N_ELEMENTS (widths));

  for (guint c = 0; c < n_columns; c++)
    widths[c] = column_width (rows, c);

  g_print ("%s\n", heading);

  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      g_autoptr(GString) line = g_string_new ("  ");

      for (guint c = 0; c < n_columns; c++)
        {
          g_string_append (line, row[c]);
          if (c + 1 < n_columns)
            {
              guint pad = widths[c] - (guint) g_utf8_strlen (row[c], -1) + 2;

              for (guint p = 0; p < pad; p++)
                g_string_append_c (line, ' ');
            }
        }

      g_print ("%s\n", line->str);
    }
}

/**
 * mp_cli_list:
 * @datasets: (array zero-terminated=1) (nullable): extra dataset files
 * @with_bundled: whether to load the bundled dataset first
 *
 * `middle-powers --list [--dataset FILE]…`: prints the countries (id,
 * English name), organizations (id, acronym, name) and indicators (id,
 * name, unit) of the loaded datasets.  Problems go to standard error.
 *
 * Returns: 0, or 1 when a dataset has an error
 */
int
mp_cli_list (char     **datasets,
             gboolean   with_bundled)
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *records;

  loader = create_loader (datasets, with_bundled);
  dataset = mp_dataset_loader_load (loader, NULL);

  print_problems (loader, TRUE);

  if (dataset == NULL)
    return 1;

  rows = g_ptr_array_new_with_free_func (g_free);

  records = mp_dataset_get_countries (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (records, i);
      const char **row = g_new (const char *, 2);

      row[0] = country->id;
      row[1] = mp_text_get (country->name, "en");
      g_ptr_array_add (rows, row);
    }
  print_table (_("Countries (id, name):"), rows, 2);
  g_ptr_array_set_size (rows, 0);

  records = mp_dataset_get_organizations (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpOrganization *organization = g_ptr_array_index (records, i);
      const char **row = g_new (const char *, 3);

      row[0] = organization->id;
      row[1] = organization->acronym;
      row[2] = mp_text_get (organization->name, "en");
      g_ptr_array_add (rows, row);
    }
  print_table (_("Organizations (id, acronym, name):"), rows, 3);
  g_ptr_array_set_size (rows, 0);

  records = mp_dataset_get_indicators (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      const MpIndicator *indicator = g_ptr_array_index (records, i);
      const char **row = g_new (const char *, 3);

      row[0] = indicator->id;
      row[1] = mp_text_get (indicator->name, "en");
      row[2] = mp_unit_to_string (indicator->unit);
      g_ptr_array_add (rows, row);
    }
  print_table (_("Indicators (id, name, unit):"), rows, 3);

  return 0;
}

/**
 * mp_cli_export:
 * @output: the file to write; its extension picks the format
 * @chart: "aid", "contributions", "memberships", "indicator:ID", "cards" or "handout"
 * @countries: comma-separated country ids, "AZ,KZ"
 * @size: "WIDTHxHEIGHT", "slide" (1920x1080, the text of a slide) or
 *   %NULL for the default
 * @datasets: dataset files on top of the bundled one
 *
 * Draws a chart, the cards or the handout into a file with no display.
 * Bad requests print one line to standard error.
 *
 * Returns: 0 on success, 1 on a bad dataset or failed write, 2 on a bad request
 */
/* A lesson file, or "builtin"; prints why not. */
static MpLesson *
load_lesson (const char *lesson)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  MpLesson *result;

  if (g_strcmp0 (lesson, "builtin") == 0)
    return mp_lesson_new_builtin ();

  file = g_file_new_for_commandline_arg (lesson);
  result = mp_lesson_new_from_file (file, &error);
  if (result == NULL)
    g_printerr ("%s\n", error->message);

  return result;
}

int
mp_cli_export (const char         *output,
               const char         *chart,
               const char         *countries,
               const char         *size,
               const MpCliHandout *handout,
               char              **datasets,
               gboolean            with_bundled)
{
  g_autoptr(MpLesson) lesson = NULL;
  MpPaper paper = MP_PAPER_A4;
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  MpExportRequest request = { 0 };
  MpExportFormat format;
  int width = 0;
  int height = 0;

  if (chart == NULL || countries == NULL)
    {
      g_printerr (_("--export needs --chart NAME and --countries ID,ID (for example --chart aid --countries AZ,KZ)\n"));
      return 2;
    }

  if (!mp_export_format_from_path (output, &format, &error) ||
      (size != NULL && g_strcmp0 (size, "slide") != 0 &&
       !mp_export_parse_size (size, &width, &height, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (handout != NULL && handout->paper != NULL && !mp_paper_parse (handout->paper, &paper))
    {
      g_printerr (_("Unknown paper “%s”: use a4 or letter\n"), handout->paper);
      return 2;
    }
  if (handout != NULL && handout->pages != 0 && handout->pages != 1 && handout->pages != 2)
    {
      g_printerr (_("A handout has 1 or 2 pages, not %d\n"), handout->pages);
      return 2;
    }
  if (handout != NULL && handout->lesson != NULL)
    {
      lesson = load_lesson (handout->lesson);
      if (lesson == NULL)
        return 1;
    }

  loader = create_loader (datasets, with_bundled);
  dataset = mp_dataset_loader_load (loader, NULL);
  print_problems (loader, TRUE);
  if (dataset == NULL)
    return 1;

  ids = g_strsplit (countries, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    g_strstrip (ids[i]);

  request.dataset = dataset;
  request.countries = (const char * const *) ids;
  request.chart = chart;
  request.width = width;
  request.height = height;
  request.pixel_scale = 1;
  /* "slide": 1920x1080 with a slide's text, at the presentation's
   * default text size. */
  if (g_strcmp0 (size, "slide") == 0)
    mp_export_request_set_slide (&request, 1.5);
  request.paper = paper;
  request.pages = handout != NULL ? handout->pages : 0;
  request.student_fields = handout != NULL && handout->student_fields;
  request.lesson = lesson;

  if (!mp_export_to_file (&request, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE) ? 1 : 2;
    }

  return 0;
}

/**
 * mp_cli_export_lesson:
 * @output: a PDF (one page per slide) or PNG (one file per slide) path
 * @lesson: a lesson file, or "builtin"
 * @size: "WIDTHxHEIGHT" or %NULL for 1920x1080
 * @datasets: dataset files on top of the bundled one
 *
 * Writes a lesson as a slide deck, as presentation mode shows it.
 *
 * Returns: 0 on success, 1 on a bad dataset or lesson or a failed write,
 *   2 on a bad request
 */
int
mp_cli_export_lesson (const char  *output,
                      const char  *lesson,
                      const char  *size,
                      char       **datasets,
                      gboolean     with_bundled)
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(MpLesson) slides = NULL;
  g_autoptr(GError) error = NULL;
  MpExportFormat format;
  int width = 0;
  int height = 0;

  if (!mp_export_format_from_path (output, &format, &error) ||
      (size != NULL && !mp_export_parse_size (size, &width, &height, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  slides = load_lesson (lesson);
  if (slides == NULL)
    return 1;

  loader = create_loader (datasets, with_bundled);
  dataset = mp_dataset_loader_load (loader, NULL);
  print_problems (loader, TRUE);
  if (dataset == NULL)
    return 1;

  if (!mp_export_lesson_to_file (dataset, slides, output, width, height, 1.5, &error))
    {
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE) ? 1 : 2;
    }

  return 0;
}
