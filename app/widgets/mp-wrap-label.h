/* mp-wrap-label.h
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

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MP_TYPE_WRAP_LABEL (mp_wrap_label_get_type ())

G_DECLARE_FINAL_TYPE (MpWrapLabel, mp_wrap_label, MP, WRAP_LABEL, GtkWidget)

/* A start-aligned label for short texts that wraps only when it is given
 * less than its natural width.  Unlike GtkLabel with wrapping on, which
 * lays its text out again for every width it is measured at, it shapes
 * the text once (unwrapped) and takes the natural size, the baseline and
 * the minimum width (its widest unbreakable run) from that one layout;
 * only a width below the natural one wraps it.  The country cards use it
 * for their many short texts, where it is what keeps their first frame
 * quick (docs/performance.md).  CSS name "label", so label styles apply
 * to its font and colour; CSS text attributes (font-feature-settings,
 * letter-spacing, line-height, text-decoration) do not reach it — put
 * them in the markup.  Its accessible label is the plain text. */

GtkWidget  *mp_wrap_label_new           (const char    *text);
void        mp_wrap_label_set_text      (MpWrapLabel   *self,
                                         const char    *text);
/* Pango markup; the accessible label is the markup's text. */
void        mp_wrap_label_set_markup    (MpWrapLabel   *self,
                                         const char    *markup);
/* The plain text (markup stripped). */
const char *mp_wrap_label_get_text      (MpWrapLabel   *self);
/* Lays the text out now rather than at the first measure: for a window
 * that would otherwise wait for something else there first. */
void        mp_wrap_label_prepare       (MpWrapLabel   *self);
/* Where lines may break: PANGO_WRAP_WORD (default) or PANGO_WRAP_WORD_CHAR. */
void        mp_wrap_label_set_wrap_mode (MpWrapLabel   *self,
                                         PangoWrapMode  mode);
/* Caps the natural width at about @n_chars characters (-1: no cap), like
 * gtk_label_set_max_width_chars(): longer texts then ask to wrap. */
void        mp_wrap_label_set_max_width_chars (MpWrapLabel *self,
                                               int          n_chars);

G_END_DECLS
