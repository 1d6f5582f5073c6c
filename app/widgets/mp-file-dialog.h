/* mp-file-dialog.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The files the user chose (one or more); not called when the dialog
 * was cancelled. */
typedef void (*MpFileDialogCallback) (GFile    **files,
                                      guint      n_files,
                                      gpointer   user_data);

/* The file chooser (through the portal where there is one): GTK 4.10's
 * GtkFileDialog, or GtkFileChooserNative on GTK 4.8.  The only place that
 * knows which.  @destroy frees @user_data when the dialog is done,
 * whatever the answer. */
void mp_file_dialog_open (GtkWindow            *parent,
                          const char           *title,
                          GtkFileFilter        *filter,
                          gboolean              multiple,
                          MpFileDialogCallback  callback,
                          gpointer              user_data,
                          GDestroyNotify        destroy);
/* @initial_folder: where to start (NULL: the chooser's choice). */
void mp_file_dialog_save (GtkWindow            *parent,
                          const char           *title,
                          const char           *initial_name,
                          GFile                *initial_folder,
                          MpFileDialogCallback  callback,
                          gpointer              user_data,
                          GDestroyNotify        destroy);

G_END_DECLS
