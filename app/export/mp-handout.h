/* mp-handout.h
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

#include <cairo.h>

#include "mp-dataset.h"
#include "mp-lesson.h"

G_BEGIN_DECLS

/* The handout a teacher hands out: the cards with every fact, charts at
 * a readable aspect, the key organizations as a list, the lesson's
 * questions, every source in full and a footer with the dataset's date
 * and the page numbers, on A4 or Letter.  Export (PDF) and print draw
 * it through this one renderer.  Pure cairo + pango. */

typedef enum
{
  MP_PAPER_A4,
  MP_PAPER_LETTER,
} MpPaper;

typedef struct
{
  MpDataset          *dataset;
  const char * const *countries;
  int                 pages;          /* 1 or 2 (0 = 1): the charts that do
                                       * not fit are left out; the lists
                                       * and sources are never cut */
  gboolean            student_fields; /* lines for name, class and date */
  MpLesson           *lesson;         /* nullable: its steps' questions */
} MpHandoutOptions;

typedef struct _MpHandout MpHandout;

/* The paper's size in points. */
void        mp_paper_get_size          (MpPaper                  paper,
                                        double                  *width,
                                        double                  *height);
/* "a4" or "letter" (any case). */
gboolean    mp_paper_parse             (const char              *name,
                                        MpPaper                 *paper);

/* Lays the handout out on pages of @width x @height points. */
MpHandout  *mp_handout_new             (const MpHandoutOptions  *options,
                                        double                   width,
                                        double                   height,
                                        GError                 **error);
void        mp_handout_free            (MpHandout               *self);
guint       mp_handout_get_n_pages     (const MpHandout         *self);
/* Draws page @page (from 0) into @cr, whose user space is the page in
 * points. */
void        mp_handout_render_page     (MpHandout               *self,
                                        cairo_t                 *cr,
                                        guint                    page);
/* The size in points of the body text, as printed. */
double      mp_handout_get_body_size   (const MpHandout         *self);
/* The charts the layout kept ("aid", "indicator:population", …). */
GStrv       mp_handout_dup_charts      (const MpHandout         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpHandout, mp_handout_free)

G_END_DECLS
