/* mp-file-dialog.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-file-dialog.h"

typedef struct
{
  MpFileDialogCallback callback;
  gpointer             user_data;
  GDestroyNotify       destroy;
  guint                save : 1;
  guint                multiple : 1;
} Request;

static Request *
request_new (MpFileDialogCallback callback,
             gpointer             user_data,
             GDestroyNotify       destroy,
             gboolean             save,
             gboolean             multiple)
{
  Request *request = g_new0 (Request, 1);

  request->callback = callback;
  request->user_data = user_data;
  request->destroy = destroy;
  request->save = !!save;
  request->multiple = !!multiple;

  return request;
}

/* @files: what was chosen, or NULL. */
static void
request_finish (Request    *request,
                GListModel *files)
{
  guint n = files != NULL ? g_list_model_get_n_items (files) : 0;

  if (n > 0)
    {
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      request->callback ((GFile **) array->pdata, array->len, request->user_data);
    }

  if (request->destroy != NULL)
    request->destroy (request->user_data);
  g_free (request);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static GListModel *
list_of (GFile *file)
{
  GListStore *store = g_list_store_new (G_TYPE_FILE);

  if (file != NULL)
    g_list_store_append (store, file);

  return G_LIST_MODEL (store);
}

static void
dialog_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  Request *request = user_data;
  g_autoptr(GListModel) files = NULL;

  if (request->multiple)
    files = gtk_file_dialog_open_multiple_finish (dialog, result, NULL);
  else
    {
      g_autoptr(GFile) file = request->save
                            ? gtk_file_dialog_save_finish (dialog, result, NULL)
                            : gtk_file_dialog_open_finish (dialog, result, NULL);

      files = list_of (file);
    }

  request_finish (request, files);
}

static GtkFileDialog *
dialog_new (const char    *title,
            GtkFileFilter *filter)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  if (filter != NULL)
    {
      g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    }

  return dialog;
}

void
mp_file_dialog_open (GtkWindow            *parent,
                     const char           *title,
                     GtkFileFilter        *filter,
                     gboolean              multiple,
                     MpFileDialogCallback  callback,
                     gpointer              user_data,
                     GDestroyNotify        destroy)
{
  g_autoptr(GtkFileDialog) dialog = dialog_new (title, filter);
  Request *request = request_new (callback, user_data, destroy, FALSE, multiple);

  if (multiple)
    gtk_file_dialog_open_multiple (dialog, parent, NULL, dialog_ready_cb, request);
  else
    gtk_file_dialog_open (dialog, parent, NULL, dialog_ready_cb, request);
}

void
mp_file_dialog_save (GtkWindow            *parent,
                     const char           *title,
                     const char           *initial_name,
                     GFile                *initial_folder,
                     MpFileDialogCallback  callback,
                     gpointer              user_data,
                     GDestroyNotify        destroy)
{
  g_autoptr(GtkFileDialog) dialog = dialog_new (title, NULL);
  Request *request = request_new (callback, user_data, destroy, TRUE, FALSE);

  gtk_file_dialog_set_initial_name (dialog, initial_name);
  if (initial_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, initial_folder);
  gtk_file_dialog_save (dialog, parent, NULL, dialog_ready_cb, request);
}

#else /* GTK 4.8 */

static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    Request         *request)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  request_finish (request, files);
}

static GtkFileChooser *
native_new (GtkWindow            *parent,
            const char           *title,
            gboolean              save,
            Request              *request)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        save ? _("_Save") : _("_Open"), _("_Cancel"));
  g_signal_connect (native, "response", G_CALLBACK (native_response_cb), request);

  return GTK_FILE_CHOOSER (native);
}

void
mp_file_dialog_open (GtkWindow            *parent,
                     const char           *title,
                     GtkFileFilter        *filter,
                     gboolean              multiple,
                     MpFileDialogCallback  callback,
                     gpointer              user_data,
                     GDestroyNotify        destroy)
{
  Request *request = request_new (callback, user_data, destroy, FALSE, multiple);
  GtkFileChooser *chooser = native_new (parent, title, FALSE, request);

  gtk_file_chooser_set_select_multiple (chooser, multiple);
  if (filter != NULL)
    gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
mp_file_dialog_save (GtkWindow            *parent,
                     const char           *title,
                     const char           *initial_name,
                     GFile                *initial_folder,
                     MpFileDialogCallback  callback,
                     gpointer              user_data,
                     GDestroyNotify        destroy)
{
  Request *request = request_new (callback, user_data, destroy, TRUE, FALSE);
  GtkFileChooser *chooser = native_new (parent, title, TRUE, request);

  if (initial_folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, initial_folder, NULL);
  gtk_file_chooser_set_current_name (chooser, initial_name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

#endif
