/* mp-lesson-editor.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-lesson.h"

G_BEGIN_DECLS

#define MP_TYPE_LESSON_EDITOR (mp_lesson_editor_get_type ())

G_DECLARE_FINAL_TYPE (MpLessonEditor, mp_lesson_editor, MP, LESSON_EDITOR, GtkWindow)

/* A window that edits @lesson in place: its title, and its steps'
 * captions and order, one row per step.  Every change goes to the lesson
 * at once (MpLesson::changed says so); saving is the window's Save
 * Lesson…, as before.  The editor follows changes made elsewhere, such
 * as Add Current View to Lesson. */
GtkWidget *mp_lesson_editor_new        (GtkWindow      *parent,
                                        MpLesson       *lesson);
MpLesson  *mp_lesson_editor_get_lesson (MpLessonEditor *self);

G_END_DECLS
