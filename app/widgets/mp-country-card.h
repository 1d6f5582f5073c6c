/* mp-country-card.h
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

#include "mp-dataset.h"

G_BEGIN_DECLS

#define MP_TYPE_COUNTRY_CARD (mp_country_card_get_type ())

G_DECLARE_FINAL_TYPE (MpCountryCard, mp_country_card, MP, COUNTRY_CARD, GtkWidget)

/* One country's card: flag, names, a searchable country picker, key
 * facts (each with its source one click away) and a sparkline. */
GtkWidget  *mp_country_card_new           (void);
void        mp_country_card_set_dataset   (MpCountryCard *self,
                                           MpDataset     *dataset);
MpDataset  *mp_country_card_get_dataset   (MpCountryCard *self);
void        mp_country_card_set_country   (MpCountryCard *self,
                                           const char    *country_id);
const char *mp_country_card_get_country   (MpCountryCard *self);
void        mp_country_card_set_removable (MpCountryCard *self,
                                           gboolean       removable);
void        mp_country_card_focus_picker  (MpCountryCard *self);
/* Opens the country picker with the keyboard in its search, holding
 * @search (nullable). */
void        mp_country_card_open_picker   (MpCountryCard *self,
                                           const char    *search);
void        mp_country_card_set_index     (MpCountryCard *self,
                                           guint          index);
void        mp_country_card_set_compared  (MpCountryCard      *self,
                                           const char * const *countries);
void        mp_country_card_set_compact   (MpCountryCard *self,
                                           gboolean       compact,
                                           gboolean       wide);
gboolean    mp_country_card_get_compact   (MpCountryCard *self);
/* The text of a fact's value as shown, e.g. "capital", "population";
 * for tests and accessibility. */
const char *mp_country_card_get_fact_text (MpCountryCard *self,
                                           const char    *fact);
/* The widget of a fact's figure: focusable, a button to screen readers;
 * Enter, Space or a click opens its source (card.open-figure). */
GtkWidget  *mp_country_card_get_fact_widget (MpCountryCard *self,
                                             const char    *fact);
/* The caption of the card's population sparkline, "Population
 * 1960–2024", or NULL when there is none. */
const char *mp_country_card_get_sparkline_caption (MpCountryCard *self);
/* The popover of the source last opened from a figure, or NULL. */
GtkWidget  *mp_country_card_get_source_popover (MpCountryCard *self);

G_END_DECLS
