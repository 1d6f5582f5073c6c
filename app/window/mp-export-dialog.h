/* mp-export-dialog.h
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
#include "mp-lesson.h"

G_BEGIN_DECLS

#define MP_TYPE_EXPORT_DIALOG (mp_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MpExportDialog, mp_export_dialog, MP, EXPORT_DIALOG, GtkWindow)

/* What the dialog exports (the nicks of the export-what setting). */
typedef enum
{
  MP_EXPORT_WHAT_CHART,
  MP_EXPORT_WHAT_TABLE,
  MP_EXPORT_WHAT_CARDS,
  MP_EXPORT_WHAT_HANDOUT,
  MP_EXPORT_WHAT_LESSON,
} MpExportWhat;

/* The export dialog: what (the chart @chart shown for @countries, its
 * table, the cards, the handout or @lesson as slides), the format, the
 * size and the PNG scale, with a preview of the result.  The choices are
 * kept in @settings (export-what, export-format, export-size,
 * export-custom-size, export-paper, export-hidpi; presentation-scale
 * sizes the text of slides).  Export… asks where to save through the
 * file chooser (the portal), then writes the file; ::exported says which
 * file was written, and the dialog closes.  An error is shown in the
 * dialog, which stays as it was. */
GtkWidget    *mp_export_dialog_new            (GtkWindow           *parent,
                                               MpDataset           *dataset,
                                               const char * const  *countries,
                                               const char          *chart,
                                               MpLesson            *lesson,
                                               GSettings           *settings);
MpExportWhat  mp_export_dialog_get_what       (MpExportDialog      *self);
void          mp_export_dialog_set_what       (MpExportDialog      *self,
                                               MpExportWhat         what);
/* The name the file chooser suggests ("aid-AZ-KZ.png"). */
char         *mp_export_dialog_dup_file_name  (MpExportDialog      *self);
/* Where the file chooser starts: Pictures for images, Documents for PDF
 * and CSV (NULL when the user has no such folder). */
GFile        *mp_export_dialog_dup_folder     (MpExportDialog      *self);
/* Writes the export as chosen to @file (its extension added when
 * missing), as Export… does once the user has chosen the file; on
 * failure the dialog shows the error as well.  Tests call it to export
 * without the file chooser. */
gboolean      mp_export_dialog_export_to_file (MpExportDialog      *self,
                                               GFile               *file,
                                               GError             **error);
/* The preview: a new texture after each change of choice, once the
 * choices have settled (a short delay). */
GdkPaintable *mp_export_dialog_get_preview    (MpExportDialog      *self);

G_END_DECLS
