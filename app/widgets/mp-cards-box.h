/* mp-cards-box.h
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

#define MP_TYPE_CARDS_BOX (mp_cards_box_get_type ())

G_DECLARE_FINAL_TYPE (MpCardsBox, mp_cards_box, MP, CARDS_BOX, GtkWidget)

/* Lays the country cards out in balanced rows of equal columns: all in
 * one row when they fit, else 2 + 2 rather than 3 + 1 (eight: 4 + 4 or
 * 3 + 3 + 2, in narrower columns than up to four get), one column in a
 * narrow window.  Cards in a row share its height.  Each child is
 * measured once per width (GtkFlowBox measured the cards' wrapping
 * labels at many widths, a large part of start-up). */
GtkWidget *mp_cards_box_new          (void);
void       mp_cards_box_append       (MpCardsBox *self,
                                      GtkWidget  *child);
void       mp_cards_box_remove       (MpCardsBox *self,
                                      GtkWidget  *child);
guint      mp_cards_box_get_n_cards  (MpCardsBox *self);
GtkWidget *mp_cards_box_get_card     (MpCardsBox *self,
                                      guint       index);
/* Columns used at @width (for tests). */
guint      mp_cards_box_get_columns  (MpCardsBox *self,
                                      int         width);
/* The width of a column at @width when the cards are as narrow as they
 * read well, whatever their least width is now (which depends on how
 * they lay their facts out, decided from this). */
int        mp_cards_box_get_comfortable_column_width (MpCardsBox *self,
                                                      int         width);

G_END_DECLS
