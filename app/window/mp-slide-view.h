/* mp-slide-view.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-slide.h"

G_BEGIN_DECLS

#define MP_TYPE_SLIDE_VIEW (mp_slide_view_get_type ())

G_DECLARE_FINAL_TYPE (MpSlideView, mp_slide_view, MP, SLIDE_VIEW, GtkWidget)

/* One slide of a lesson, filling the widget: what presentation mode
 * shows (app/export/mp-slide.c draws it).  It takes no focus and has no
 * controls: the window's keys step through the lesson. */
GtkWidget   *mp_slide_view_new           (void);
void         mp_slide_view_set_lesson    (MpSlideView *self,
                                          MpDataset   *dataset,
                                          MpLesson    *lesson);
void         mp_slide_view_set_index     (MpSlideView *self,
                                          guint        index);
guint        mp_slide_view_get_index     (MpSlideView *self);
/* Slides on screen: the lesson's steps and "End of lesson". */
guint        mp_slide_view_get_n_slides  (MpSlideView *self);
void         mp_slide_view_set_size      (MpSlideView *self,
                                          double       size);
void         mp_slide_view_set_high_contrast (MpSlideView *self,
                                              gboolean     high_contrast);
/* A black screen, as the B key of presentation programs gives. */
void         mp_slide_view_set_blank     (MpSlideView *self,
                                          gboolean     blank);
gboolean     mp_slide_view_get_blank     (MpSlideView *self);
/* How the last drawn slide was laid out. */
const MpSlideLayout *mp_slide_view_get_layout (MpSlideView *self);

G_END_DECLS
