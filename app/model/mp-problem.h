/* mp-problem.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MP_PROBLEM_ERROR,
  MP_PROBLEM_WARNING,
} MpProblemSeverity;

/* One problem found while loading a dataset file. */
typedef struct
{
  MpProblemSeverity severity;
  char *file;     /* display name of the file, e.g. "my-class.json" */
  char *path;     /* JSON path, "$.memberships[3].from", or "$";
                   NULL for the whole file (unreadable, syntax error) */
  int   line;     /* 0 when unknown (syntax errors have it) */
  int   column;
  char *message;  /* plain words, translated */
} MpProblem;

MpProblem *mp_problem_new       (MpProblemSeverity  severity,
                                 const char        *file,
                                 const char        *path,
                                 int                line,
                                 int                column,
                                 const char        *message);
MpProblem *mp_problem_copy      (const MpProblem   *problem);
void       mp_problem_free      (MpProblem         *problem);
/* "file: path: message", "file:LINE:COL: message" for syntax errors,
 * "file: message" for the whole file; warnings say "warning: " before
 * the message. */
char      *mp_problem_to_string (const MpProblem   *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpProblem, mp_problem_free)

G_END_DECLS
