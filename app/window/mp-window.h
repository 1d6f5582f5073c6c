/* mp-window.h
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

#include "mp-chart-panel.h"
#include "mp-dataset.h"

G_BEGIN_DECLS

#define MP_TYPE_WINDOW (mp_window_get_type ())

G_DECLARE_FINAL_TYPE (MpWindow, mp_window, MP, WINDOW, GtkApplicationWindow)

MpWindow   *mp_window_new             (GtkApplication *application);
void        mp_window_open_files      (MpWindow      *self,
                                       GFile        **files,
                                       guint          n_files);
MpDataset  *mp_window_get_dataset     (MpWindow      *self);
GStrv       mp_window_get_countries   (MpWindow      *self);
GPtrArray  *mp_window_get_problems    (MpWindow      *self);
GtkWidget  *mp_window_get_card_widget (MpWindow      *self,
                                       guint          index);
gboolean    mp_window_is_loading      (MpWindow      *self);
gboolean    mp_window_is_presenting   (MpWindow      *self);
GtkWidget  *mp_window_get_shortcuts_window (MpWindow  *self);
void        mp_window_open_lesson     (MpWindow      *self,
                                       GFile         *file);
gboolean    mp_window_print           (MpWindow      *self,
                                       const char    *pdf_path,
                                       GError       **error);
MpChartPanel *mp_window_get_chart_panel (MpWindow    *self);

G_END_DECLS
