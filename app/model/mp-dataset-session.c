/* mp-dataset-session.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */


#include "config.h"

#include "mp-dataset-loader.h"
#include "mp-dataset-session.h"

/* Editors save in bursts (write, rename, attributes): one reload after
 * the last event of a burst. */
#define RELOAD_DELAY_MS 250

struct _MpDatasetSession
{
  GObject       parent_instance;

  MpDataset    *dataset;
  GPtrArray    *files;      /* GFile*: on top of the bundled dataset */
  GPtrArray    *watched;    /* GFile* */
  GPtrArray    *monitors;   /* GFileMonitor*, one per watched file */
  GPtrArray    *problems;   /* MpProblem* of the last load */
  guint         n_errors;
  GCancellable *cancellable;
  guint         reload_source;
  guint         loading : 1;
};

G_DEFINE_FINAL_TYPE (MpDatasetSession, mp_dataset_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
mp_dataset_session_set_loading (MpDatasetSession *self,
                                gboolean          loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
mp_dataset_session_unwatch (MpDatasetSession *self)
{
  for (guint i = 0; i < self->monitors->len; i++)
    g_file_monitor_cancel (g_ptr_array_index (self->monitors, i));
  g_ptr_array_set_size (self->monitors, 0);
  g_ptr_array_set_size (self->watched, 0);
}

static void mp_dataset_session_load (MpDatasetSession      *self,
                                     GPtrArray             *files,
                                     MpDatasetSessionCause  cause);

static gboolean
reload_cb (gpointer user_data)
{
  MpDatasetSession *self = user_data;
  g_autoptr(GPtrArray) files = g_ptr_array_copy (self->watched, (GCopyFunc) g_object_ref, NULL);

  self->reload_source = 0;
  g_ptr_array_set_free_func (files, g_object_unref);
  mp_dataset_session_load (self, files, MP_DATASET_SESSION_RELOAD);

  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (MpDatasetSession  *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

static void
mp_dataset_session_watch (MpDatasetSession *self,
                          GPtrArray        *files)
{
  mp_dataset_session_unwatch (self);

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFileMonitor) monitor = NULL;

      /* A file that cannot be watched (gone, or on a file system without
       * notifications) is still loaded; it just does not reload. */
      monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (monitor == NULL)
        continue;

      g_file_monitor_set_rate_limit (monitor, RELOAD_DELAY_MS);
      g_signal_connect_object (monitor, "changed", G_CALLBACK (file_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->monitors, g_steal_pointer (&monitor));
      g_ptr_array_add (self->watched, g_object_ref (file));
    }
}

static void
mp_dataset_session_finish (MpDatasetSession      *self,
                           MpDatasetLoader       *loader,
                           MpDataset             *dataset,
                           GPtrArray             *files,
                           MpDatasetSessionCause  cause)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_ptr_array_ref (mp_dataset_loader_get_problems (loader));
  self->n_errors = mp_dataset_loader_get_n_errors (loader);

  if (dataset != NULL)
    {
      g_set_object (&self->dataset, dataset);
      g_ptr_array_unref (self->files);
      self->files = g_ptr_array_ref (files);
    }

  mp_dataset_session_watch (self, files);
  mp_dataset_session_set_loading (self, FALSE);
  g_signal_emit (self, signals[FINISHED], 0, cause, dataset != NULL);
}

typedef struct
{
  MpDatasetSession      *self;
  GPtrArray             *files;
  MpDatasetSessionCause  cause;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
load_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  MpDatasetLoader *loader = MP_DATASET_LOADER (object);
  g_autoptr(LoadData) data = user_data;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = mp_dataset_loader_load_finish (loader, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  mp_dataset_session_finish (data->self, loader, dataset, data->files, data->cause);
}

/* The bundled dataset with @files on top.  User files are parsed on a
 * worker thread; the bundled dataset alone is read at once, so that a
 * window's first frame shows it. */
static void
mp_dataset_session_load (MpDatasetSession      *self,
                         GPtrArray             *files,
                         MpDatasetSessionCause  cause)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  LoadData *data;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (files->len == 0)
    {
      g_autoptr(MpDatasetLoader) preloader = NULL;
      /* The first session takes the bundled dataset main() loaded on a
       * worker thread while GTK started. */
      g_autoptr(MpDataset) dataset = mp_dataset_loader_take_preloaded_bundled (&preloader);

      if (dataset != NULL)
        g_set_object (&loader, preloader);
      else
        {
          mp_dataset_loader_add_bundled (loader);
          dataset = mp_dataset_loader_load (loader, NULL);
        }

      mp_dataset_session_finish (self, loader, dataset, files, cause);
      return;
    }

  self->cancellable = g_cancellable_new ();
  mp_dataset_loader_add_bundled (loader);
  for (guint i = 0; i < files->len; i++)
    mp_dataset_loader_add_file (loader, g_ptr_array_index (files, i));

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->files = g_ptr_array_ref (files);
  data->cause = cause;

  mp_dataset_session_set_loading (self, TRUE);
  mp_dataset_loader_load_async (loader, self->cancellable, load_ready_cb, data);
}

void
mp_dataset_session_start (MpDatasetSession *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MP_IS_DATASET_SESSION (self));

  mp_dataset_session_load (self, none, MP_DATASET_SESSION_START);
}

void
mp_dataset_session_open (MpDatasetSession  *self,
                         GFile            **files,
                         guint              n_files)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MP_IS_DATASET_SESSION (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (guint i = 0; i < self->files->len; i++)
    {
      GFile *existing = g_ptr_array_index (self->files, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < n_files; j++)
        replaced |= g_file_equal (existing, files[j]);
      if (!replaced)
        g_ptr_array_add (all, g_object_ref (existing));
    }
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (all, g_object_ref (files[i]));

  mp_dataset_session_load (self, all, MP_DATASET_SESSION_OPEN);
}

void
mp_dataset_session_reset (MpDatasetSession *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MP_IS_DATASET_SESSION (self));

  mp_dataset_session_load (self, none, MP_DATASET_SESSION_RESET);
}

MpDataset *
mp_dataset_session_get_dataset (MpDatasetSession *self)
{
  g_return_val_if_fail (MP_IS_DATASET_SESSION (self), NULL);

  return self->dataset;
}

GPtrArray *
mp_dataset_session_get_files (MpDatasetSession *self)
{
  g_return_val_if_fail (MP_IS_DATASET_SESSION (self), NULL);

  return self->files;
}

GPtrArray *
mp_dataset_session_get_watched (MpDatasetSession *self)
{
  g_return_val_if_fail (MP_IS_DATASET_SESSION (self), NULL);

  return self->watched;
}

GPtrArray *
mp_dataset_session_get_problems (MpDatasetSession *self)
{
  g_return_val_if_fail (MP_IS_DATASET_SESSION (self), NULL);

  return self->problems;
}

guint
mp_dataset_session_get_n_errors (MpDatasetSession *self)
{
  g_return_val_if_fail (MP_IS_DATASET_SESSION (self), 0);

  return self->n_errors;
}

gboolean
mp_dataset_session_is_loading (MpDatasetSession *self)
{
  g_return_val_if_fail (MP_IS_DATASET_SESSION (self), FALSE);

  return self->loading;
}

static void
mp_dataset_session_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MpDatasetSession *self = MP_DATASET_SESSION (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_dataset_session_dispose (GObject *object)
{
  MpDatasetSession *self = MP_DATASET_SESSION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitors != NULL)
    mp_dataset_session_unwatch (self);

  G_OBJECT_CLASS (mp_dataset_session_parent_class)->dispose (object);
}

static void
mp_dataset_session_finalize (GObject *object)
{
  MpDatasetSession *self = MP_DATASET_SESSION (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_dataset_session_parent_class)->finalize (object);
}

static void
mp_dataset_session_class_init (MpDatasetSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mp_dataset_session_get_property;
  object_class->dispose = mp_dataset_session_dispose;
  object_class->finalize = mp_dataset_session_finalize;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_BOOLEAN);
}

static void
mp_dataset_session_init (MpDatasetSession *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
}

MpDatasetSession *
mp_dataset_session_new (void)
{
  return g_object_new (MP_TYPE_DATASET_SESSION, NULL);
}
