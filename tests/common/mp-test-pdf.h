/* mp-test-pdf.h
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

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text of a PDF as `pdftotext -layout` reads it (newly allocated), or
 * NULL when pdftotext is not installed (the caller skips). */
char *mp_test_pdf_text  (const char *path);

/* A word of a PDF and its box, in points from the page's top left. */
typedef struct
{
  char   *text;
  double  x0, y0, x1, y1;
} MpTestWord;

/* Every word of the PDF at @path in reading order, as poppler's
 * `pdftotext -bbox` lays them out: an array of MpTestWord (newly
 * allocated), or NULL when pdftotext is not installed (the caller skips). */
GArray *mp_test_pdf_words (const char *path);

/* The number of pages poppler's pdfinfo counts in a PDF, or -1 when
 * pdfinfo is not installed (the caller skips).  Counted by a PDF reader,
 * not by searching the file: cairo 1.18 compresses its page objects. */
int   mp_test_pdf_pages (const char *path);
/* The first page's size in points, as pdfinfo reads it. */
void  mp_test_pdf_page_size (const char *path,
                             double     *width,
                             double     *height);
/* The text of page @page (from 1), or NULL without poppler-utils. */
char *mp_test_pdf_page_text (const char *path,
                             int         page);

G_END_DECLS
