/* mp-cli.h
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

/* Commands that need no display.  @files are paths in the file name
 * encoding, as given on the command line.  With @with_bundled, the
 * bundled dataset is loaded first (so the files may refer to its
 * sources, countries and organizations).  Both return the process
 * exit status: 0 when every file is valid, 1 when some file has an
 * error, 2 on wrong usage. */
int mp_cli_validate (char     **files,
                     gboolean   with_bundled);
int mp_cli_list     (char     **datasets,
                     gboolean   with_bundled);
/* The handout's options from the command line (--paper, --pages,
 * --student-fields, --lesson). */
typedef struct
{
  const char *paper;          /* "a4", "letter" or NULL (A4) */
  int         pages;          /* 1, 2 or 0 (1) */
  gboolean    student_fields;
  const char *lesson;         /* a lesson file, "builtin" or NULL */
} MpCliHandout;

int mp_cli_export   (const char  *output,
                     const char  *chart,
                     const char  *countries,
                     const char  *size,
                     const MpCliHandout *handout,
                     char       **datasets,
                     gboolean     with_bundled);
int mp_cli_export_lesson (const char  *output,
                          const char  *lesson,
                          const char  *size,
                          char       **datasets,
                          gboolean     with_bundled);

G_END_DECLS
