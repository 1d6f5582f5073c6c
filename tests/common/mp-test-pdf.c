/* mp-test-pdf.c
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

#include "mp-test-pdf.h"

/* The standard output of a poppler tool, run as @argv (its name first),
 * or NULL when the tool is not installed. */
static char *
run_poppler (const char **argv)
{
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;

  argv[0] = program;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

char *
mp_test_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };

  return run_poppler (argv);
}

char *
mp_test_pdf_page_text (const char *path,
                       int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, "-enc", "UTF-8", path, "-", NULL };

  return run_poppler (argv);
}

static void
word_clear (gpointer data)
{
  g_free (((MpTestWord *) data)->text);
}

GArray *
mp_test_pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = run_poppler (argv);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GArray *words;

  if (out == NULL)
    return NULL;

  regex = g_regex_new ("xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)<",
                       0, 0, NULL);
  words = g_array_new (FALSE, TRUE, sizeof (MpTestWord));
  g_array_set_clear_func (words, word_clear);
  for (g_regex_match (regex, out, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      MpTestWord word;
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y1 = g_match_info_fetch (match, 4);

      word.x0 = g_ascii_strtod (x0, NULL);
      word.y0 = g_ascii_strtod (y0, NULL);
      word.x1 = g_ascii_strtod (x1, NULL);
      word.y1 = g_ascii_strtod (y1, NULL);
      word.text = g_match_info_fetch (match, 5);
      g_array_append_val (words, word);
    }

  return words;
}

int
mp_test_pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_poppler (argv);
  const char *pages;

  if (info == NULL)
    return -1;

  pages = strstr (info, "\nPages:");
  g_assert_nonnull (pages);

  return (int) g_ascii_strtoll (pages + strlen ("\nPages:"), NULL, 10);
}

/* "595.276 x 841.89 pts (A4)" as pdfinfo reads the first page. */
void
mp_test_pdf_page_size (const char *path,
                       double     *width,
                       double     *height)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  char *end;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  line = strstr (out, "Page size:");
  g_assert_nonnull (line);
  line += strlen ("Page size:");
  *width = g_ascii_strtod (line, &end);
  line = strstr (end, "x");
  g_assert_nonnull (line);
  *height = g_ascii_strtod (line + 1, NULL);
}
