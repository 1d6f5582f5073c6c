/* mp-dataset-loader.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-dataset.h"
#include "mp-problem.h"

G_BEGIN_DECLS

#define MP_DATASET_MAX_FILE_SIZE (64 * 1024 * 1024)
#define MP_DATASET_MAX_DEPTH     32

#define MP_TYPE_DATASET_LOADER (mp_dataset_loader_get_type ())

#define MP_DATASET_LOADER_ERROR (mp_dataset_loader_error_quark ())

typedef enum
{
  /* Some file has an error: see mp_dataset_loader_get_problems(). */
  MP_DATASET_LOADER_ERROR_INVALID,
} MpDatasetLoaderError;

GQuark mp_dataset_loader_error_quark (void);

G_DECLARE_FINAL_TYPE (MpDatasetLoader, mp_dataset_loader, MP, DATASET_LOADER, GObject)

/* Collects files in order (later ones add records or override by id),
 * validates each and builds an immutable MpDataset.  Thread-safe to use
 * from one worker thread (no GTK). */
MpDatasetLoader *mp_dataset_loader_new           (void);
/* Adds the bundled dataset from the GResource. */
void             mp_dataset_loader_add_bundled   (MpDatasetLoader *self);
void             mp_dataset_loader_add_file      (MpDatasetLoader *self,
                                                  GFile           *file);
void             mp_dataset_loader_add_bytes     (MpDatasetLoader *self,
                                                  const char      *display_name,
                                                  GBytes          *bytes);
/* Returns the dataset when no file has an error, else NULL.  Problems
 * (errors and warnings, in file order) are available either way. */
MpDataset       *mp_dataset_loader_load          (MpDatasetLoader *self,
                                                  GCancellable    *cancellable);
GPtrArray       *mp_dataset_loader_get_problems  (MpDatasetLoader *self); /* MpProblem* */
guint            mp_dataset_loader_get_n_errors  (MpDatasetLoader *self);

/* Async: reads and parses in a GTask thread (no GTK).  Do not touch
 * the loader until the callback runs.  Fails with
 * MP_DATASET_LOADER_ERROR_INVALID when a file has an error, or
 * G_IO_ERROR_CANCELLED. */
void             mp_dataset_loader_load_async    (MpDatasetLoader    *self,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
MpDataset       *mp_dataset_loader_load_finish   (MpDatasetLoader    *self,
                                                  GAsyncResult       *result,
                                                  GError            **error);

/* Start-up: loads the bundled dataset (alone) on a worker thread, while
 * the main thread initialises GTK; call once, early in main().  The
 * first window then takes the result instead of loading it again
 * (NULL when there was no preload, or it was taken already), with the
 * loader that made it for its problems (transfer full, both). */
void             mp_dataset_loader_preload_bundled        (void);
MpDataset       *mp_dataset_loader_take_preloaded_bundled (MpDatasetLoader **loader);

G_END_DECLS
