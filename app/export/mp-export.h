/* mp-export.h
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

#include "mp-chart-style.h"
#include "mp-chart-table.h"
#include "mp-dataset.h"
#include "mp-handout.h"
#include "mp-lesson.h"

G_BEGIN_DECLS

#define MP_EXPORT_ERROR (mp_export_error_quark ())

typedef enum
{
  MP_EXPORT_ERROR_FORMAT,      /* unknown file extension */
  MP_EXPORT_ERROR_SIZE,        /* bad or too large size */
  MP_EXPORT_ERROR_WRITE,       /* the file could not be written */
  MP_EXPORT_ERROR_UNSUPPORTED, /* e.g. CSV of the cards */
} MpExportError;

typedef enum
{
  MP_EXPORT_PNG,
  MP_EXPORT_SVG,
  MP_EXPORT_PDF,
  MP_EXPORT_CSV,
} MpExportFormat;

#define MP_EXPORT_MAX_SIZE 8192

typedef struct
{
  MpDataset          *dataset;
  const char * const *countries;
  const char         *chart;      /* "aid", "contributions", "memberships", "indicator:ID",
                                     "cards" or "handout" */
  int                 width;      /* logical size; 0 = default for the format */
  int                 height;
  double              pixel_scale; /* PNG only: 1 or 2 */
  double              text_px;    /* charts and cards: body text size in
                                     logical pixels, the drawing scaled to
                                     match (mp_slide_text_px () for text
                                     read on a slide); 0 = the style's */
  const MpChartStyle *style;      /* NULL = default light style */
  /* The handout's (zero: one A4 page, no student fields, no lesson): */
  MpPaper             paper;      /* the PDF's page size unless width and height are given */
  int                 pages;      /* 1 or 2 */
  gboolean            student_fields; /* lines for the student's name, class and date */
  MpLesson           *lesson;     /* nullable: its steps' questions, with room to answer */
} MpExportRequest;

/* The widescreen slide: the lesson deck's and the "Slide 16:9" size. */
#define MP_EXPORT_SLIDE_WIDTH  1920
#define MP_EXPORT_SLIDE_HEIGHT 1080

GQuark   mp_export_error_quark         (void);
/* Sizes @request as a 16:9 slide, its text as a lesson's slide has it at
 * the presenter's text @size (1.0–2.5): large enough to read when the
 * image is pasted on a projected slide. */
void     mp_export_request_set_slide   (MpExportRequest         *request,
                                        double                   size);
gboolean mp_export_format_from_path    (const char              *path,
                                        MpExportFormat          *format,
                                        GError                 **error);
/* Sizes @request for a page of a document, A4 landscape: 1123x794
 * pixels (96 per inch) in PNG; in PDF and SVG the page itself (842x595
 * points), laid out as the PNG is and drawn at 72/96. */
void     mp_export_request_set_document (MpExportRequest        *request,
                                         MpExportFormat          format);
/* "1600x900" → 1600, 900. */
gboolean mp_export_parse_size          (const char              *text,
                                        int                     *width,
                                        int                     *height,
                                        GError                 **error);
/* Renders @request into @path, written atomically: on any error no
 * partial file is left and an existing file is untouched. */
gboolean mp_export_to_file             (const MpExportRequest   *request,
                                        const char              *path,
                                        GError                 **error);
/* Draws @request's chart, cards or the handout's first page into @cr
 * (a handout's pages: mp_export_new_handout ()). */
gboolean mp_export_render              (const MpExportRequest   *request,
                                        cairo_t                 *cr,
                                        double                   width,
                                        double                   height,
                                        GError                 **error);
/* The handout of @request laid out on pages of @width x @height points
 * (print and the PDF export share it). */
MpHandout *mp_export_new_handout       (const MpExportRequest   *request,
                                        double                   width,
                                        double                   height,
                                        GError                 **error);

/* A lesson as a slide deck: a PDF of one page per slide (16:9 by
 * default: @width x @height pixels laid out on a page of half as many
 * points), or, for a path ending in .png, one PNG per slide beside it
 * ("deck.png" → "deck-01.png", "deck-02.png", …).  @size is the text
 * size of the presentation (1.0–2.5).  Each file is written atomically. */
gboolean mp_export_lesson_to_file      (MpDataset               *dataset,
                                        MpLesson                *lesson,
                                        const char              *path,
                                        int                      width,
                                        int                      height,
                                        double                   size,
                                        GError                 **error);
/* The PNG files mp_export_lesson_to_file () writes for @path. */
char    *mp_export_lesson_png_path     (const char              *path,
                                        guint                    index);

/* RFC 4180 CSV of a chart's table. */
char    *mp_export_table_to_csv        (const MpChartTable      *table);

G_END_DECLS
