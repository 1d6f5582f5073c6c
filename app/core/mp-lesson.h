/* mp-lesson.h
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

#include <gio/gio.h>

#include "mp-dataset.h"
#include "mp-text.h"

G_BEGIN_DECLS

/* A lesson: an ordered list of views a presenter steps through.  Lessons
 * are JSON files (data/FORMAT.md, "Lessons").  Pure GLib + json-glib. */

#define MP_LESSON_ERROR (mp_lesson_error_quark ())

typedef enum
{
  MP_LESSON_ERROR_INVALID,
  MP_LESSON_ERROR_NOT_REGULAR,
  MP_LESSON_ERROR_TOO_LARGE,
} MpLessonError;

/* A lesson is a few kilobytes; a file beyond this is not one. */
#define MP_LESSON_MAX_FILE_SIZE (1024 * 1024)

typedef struct
{
  GStrv    countries;   /* 1–4 country ids */
  char    *view;        /* "cards", "aid", "contributions", "memberships",
                           "memberships:shared", "indicator:ID", "sources" */
  gboolean log_scale;
  MpText  *caption;     /* nullable */
  MpText  *question;    /* nullable: for the students, on the handout */
} MpLessonStep;

#define MP_TYPE_LESSON (mp_lesson_get_type ())

G_DECLARE_FINAL_TYPE (MpLesson, mp_lesson, MP, LESSON, GObject)

GQuark              mp_lesson_error_quark   (void);
MpLesson           *mp_lesson_new           (const char          *title);
MpLesson           *mp_lesson_new_builtin   (void);
MpLesson           *mp_lesson_new_from_data (const char          *name,
                                             const char          *data,
                                             gsize                length,
                                             GError             **error);
/* Reads only a regular file of at most MP_LESSON_MAX_FILE_SIZE bytes
 * (a FIFO or a device would block or never end).  Blocks: the window
 * uses the _async variant, which reads on a worker thread. */
MpLesson           *mp_lesson_new_from_file (GFile               *file,
                                             GError             **error);
void                mp_lesson_new_from_file_async  (GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
MpLesson           *mp_lesson_new_from_file_finish (GAsyncResult        *result,
                                                    GError             **error);
gboolean            mp_lesson_save          (MpLesson            *self,
                                             GFile               *file,
                                             GError             **error);
char               *mp_lesson_to_json       (MpLesson            *self);
const char         *mp_lesson_get_title     (MpLesson            *self);
guint               mp_lesson_get_n_steps   (MpLesson            *self);
const MpLessonStep *mp_lesson_get_step      (MpLesson            *self,
                                             guint                index);
void                mp_lesson_append_step   (MpLesson            *self,
                                             const char * const  *countries,
                                             const char          *view,
                                             gboolean             log_scale,
                                             const char          *caption);
/* Edits; each emits MpLesson::changed.  A lesson keeps at least one
 * step: removing the last one is refused. */
void                mp_lesson_remove_step   (MpLesson            *self,
                                             guint                index);
void                mp_lesson_move_step     (MpLesson            *self,
                                             guint                from,
                                             guint                to);
/* In the UI language, keeping the other languages' translations. */
void                mp_lesson_set_caption   (MpLesson            *self,
                                             guint                index,
                                             const char          *caption);
/* The same for the step's question (on the handout). */
void                mp_lesson_set_question  (MpLesson            *self,
                                             guint                index,
                                             const char          *question);
void                mp_lesson_set_title     (MpLesson            *self,
                                             const char          *title);
gboolean            mp_lesson_view_is_valid (const char          *view);
/* The step's countries that @dataset has (@known), or those it lacks:
 * a lesson may be written for another dataset. */
GStrv               mp_lesson_step_countries_in (const MpLessonStep *step,
                                                 MpDataset          *dataset,
                                                 gboolean            known);
/* Same countries, view, scale, caption and question (every language). */
gboolean            mp_lesson_step_equal    (const MpLessonStep  *a,
                                             const MpLessonStep  *b);

G_END_DECLS
