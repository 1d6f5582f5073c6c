/* mp-problem.c
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

#include "mp-problem.h"

/**
 * mp_problem_new:
 * @severity: error or warning
 * @file: display name of the file
 * @path: (nullable): JSON path like `$.memberships[3].from`, or %NULL
 *   for a problem with the whole file (unreadable, too large, syntax)
 * @line: 1-based line, or 0 when unknown
 * @column: 1-based column in characters, or 0 when unknown
 * @message: what is wrong, in plain words
 *
 * Returns: (transfer full): a new problem; free with mp_problem_free()
 */
MpProblem *
mp_problem_new (MpProblemSeverity  severity,
                const char        *file,
                const char        *path,
                int                line,
                int                column,
                const char        *message)
{
  MpProblem *problem;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  problem = g_new0 (MpProblem, 1);
  problem->severity = severity;
  problem->file = g_strdup (file);
  problem->path = g_strdup (path);
  problem->line = line;
  problem->column = column;
  problem->message = g_strdup (message);

  return problem;
}

MpProblem *
mp_problem_copy (const MpProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return mp_problem_new (problem->severity, problem->file, problem->path,
                         problem->line, problem->column, problem->message);
}

void
mp_problem_free (MpProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * mp_problem_to_string:
 * @problem: a problem
 *
 * Formats the problem on one line, as `middle-powers --validate`
 * prints it:
 *
 * - `file: $.path: message` for a problem at a JSON path,
 * - `file:LINE:COL: message` for a syntax error,
 * - `file: message` for a problem with the whole file,
 *
 * with `warning: ` before the message of a warning.
 *
 * Returns: (transfer full): the line, without a newline
 */
char *
mp_problem_to_string (const MpProblem *problem)
{
  GString *string;

  g_return_val_if_fail (problem != NULL, NULL);

  string = g_string_new (problem->file);

  if (problem->line > 0)
    g_string_append_printf (string, ":%d:%d", problem->line, problem->column);
  if (problem->path != NULL)
    g_string_append_printf (string, ": %s", problem->path);

  g_string_append (string, ": ");

  if (problem->severity == MP_PROBLEM_WARNING)
    {
      /* Translators: the prefix of a warning in a list of problems
       * found in a dataset file, as in "file.json: $.x: warning: …" */
      g_string_append (string, _("warning: "));
    }

  g_string_append (string, problem->message);

  return g_string_free (string, FALSE);
}
