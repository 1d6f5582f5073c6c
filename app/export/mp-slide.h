/* mp-slide.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "mp-chart-style.h"
#include "mp-dataset.h"
#include "mp-lesson.h"

G_BEGIN_DECLS

/* A lesson as slides, laid out for the size it is drawn at: a caption
 * at the top, the step's cards or chart filling the rest, the lesson's
 * title and the slide's number at the bottom.  No controls, only
 * content: a step's options are said in words ("logarithmic scale").
 * The same drawing is the presentation on screen and the slide deck
 * (PDF, PNG).  Pure cairo + pango. */

typedef enum
{
  MP_SLIDES_SCREEN,  /* the steps, then "End of lesson" */
  MP_SLIDES_DECK,    /* the steps, then the sources (unless a step shows them) */
} MpSlidesFor;

/* A chart's plot keeps at least this share of the slide's height: text
 * is made smaller (down to a legible least size) until it does. */
#define MP_SLIDE_PLOT_SHARE 0.5

typedef struct
{
  MpDataset          *dataset;
  MpLesson           *lesson;
  guint               index;      /* < mp_slides_get_n () */
  MpSlidesFor         purpose;
  const MpChartStyle *style;      /* colours and font; NULL: light */
  double              size;       /* the presenter's text size, 1.0–2.5 */
} MpSlideRequest;

/* What the layout made of the slide (for tests and the presenter's view). */
typedef struct
{
  double text_px;      /* body text size used */
  double plot_top;     /* a chart's drawn data: its vertical extent, */
  double plot_bottom;  /* 0 and 0 for a slide without a chart */
  guint  n_sources;    /* sources listed on a sources slide */
  guint  n_countries;  /* countries shown (those of the step the dataset has) */
} MpSlideLayout;

guint     mp_slides_get_n  (MpLesson             *lesson,
                            MpSlidesFor           purpose);
/* The step a slide shows, or NULL (sources, end). */
const MpLessonStep *mp_slides_get_step (MpLesson *lesson,
                                        guint     index);
/* The slide's heading: the step's caption, else "Sources" on a sources
 * slide, else the lesson's title; "End of lesson" after the last step
 * on screen.  For the slide and what a screen reader says of it. */
const char *mp_slides_get_caption (MpLesson    *lesson,
                                   guint        index,
                                   MpSlidesFor  purpose);
/* The body text size of a slide @height pixels high at the presenter's
 * text @size (1.0–2.5): what a class reads on a projected slide.  The
 * slides use it, and the exports sized for slides. */
double    mp_slide_text_px (double                height,
                            double                size);
gboolean  mp_slide_render  (const MpSlideRequest *request,
                            cairo_t              *cr,
                            double                width,
                            double                height,
                            MpSlideLayout        *layout,
                            GError              **error);

G_END_DECLS
