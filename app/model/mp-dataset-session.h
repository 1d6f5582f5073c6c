/* mp-dataset-session.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-dataset.h"

G_BEGIN_DECLS

#define MP_TYPE_DATASET_SESSION (mp_dataset_session_get_type ())

G_DECLARE_FINAL_TYPE (MpDatasetSession, mp_dataset_session, MP, DATASET_SESSION, GObject)

/* What started a load; "finished" passes it on. */
typedef enum
{
  MP_DATASET_SESSION_START,   /* the bundled dataset, when the session starts */
  MP_DATASET_SESSION_OPEN,    /* files opened (mp_dataset_session_open) */
  MP_DATASET_SESSION_RELOAD,  /* a watched file was saved */
  MP_DATASET_SESSION_RESET,   /* back to the bundled dataset alone */
} MpDatasetSessionCause;

/* The datasets a window shows: the bundled one with the user's files on
 * top, the files watched so that saving one reloads it, and what the
 * last load found wrong.  The shown dataset changes only when every
 * file validates; after a failed load the requested files are watched,
 * so that saving a fix loads them.  A new request cancels the one in
 * progress.  No GTK: a window binds "finished" and "notify::loading".
 *
 * "finished" (MpDatasetSessionCause cause, gboolean success) is emitted
 * on the main context when a load ends, but not for a cancelled one. */
MpDatasetSession *mp_dataset_session_new          (void);
/* The bundled dataset alone, at once (its pre-parsed cache makes it
 * quick): "finished" is emitted before this returns. */
void              mp_dataset_session_start        (MpDatasetSession *self);
/* Adds @files on top of the shown ones (a file opened again replaces
 * itself), parsed on a worker thread. */
void              mp_dataset_session_open         (MpDatasetSession *self,
                                                   GFile           **files,
                                                   guint             n_files);
/* The bundled dataset alone again, at once. */
void              mp_dataset_session_reset        (MpDatasetSession *self);

/* The dataset shown, NULL before the first successful load. */
MpDataset        *mp_dataset_session_get_dataset  (MpDatasetSession *self);
/* GFile*: the user's files of the dataset shown. */
GPtrArray        *mp_dataset_session_get_files    (MpDatasetSession *self);
/* GFile*: the files whose changes reload: the shown ones, or after a
 * failed load the requested ones. */
GPtrArray        *mp_dataset_session_get_watched  (MpDatasetSession *self);
/* MpProblem*: errors and warnings of the last load, in file order. */
GPtrArray        *mp_dataset_session_get_problems (MpDatasetSession *self);
guint             mp_dataset_session_get_n_errors (MpDatasetSession *self);
gboolean          mp_dataset_session_is_loading   (MpDatasetSession *self);

G_END_DECLS
