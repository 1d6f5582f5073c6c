/* mp-flag.c
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

#include "config.h"

#include <string.h>

#include "mp-flag.h"

/* Flags are 4:3. */
#define FLAG_WIDTH  64
#define FLAG_HEIGHT 48

struct _MpFlag
{
  GtkWidget   parent_instance;

  char         *path;
  GdkTexture   *texture;
  int           texture_width;
  int           texture_height;
  GCancellable *loading;   /* a flag file being read on a worker thread */
  gboolean      failed;    /* at this size: not tried again */
  int           width;     /* the size it asks for */
  int           height;
  gboolean      fixed;     /* that size and no other */
};

G_DEFINE_FINAL_TYPE (MpFlag, mp_flag, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GdkPixbuf *
load_pixbuf (const char *path,
             int         width,
             int         height)
{
  g_autoptr(GError) error = NULL;
  GdkPixbuf *pixbuf;

  if (g_str_has_prefix (path, "/io/"))
    pixbuf = gdk_pixbuf_new_from_resource_at_scale (path, width, height, TRUE, &error);
  else
    pixbuf = gdk_pixbuf_new_from_file_at_scale (path, width, height, TRUE, &error);

  if (pixbuf == NULL)
    g_debug ("Cannot load flag %s: %s", path, error->message);

  return pixbuf;
}

/* The bundled flags also come pre-rendered at the sizes the cards draw
 * them (resources/meson.build): "flags/az.svg" at 64x48 pixels is
 * "flags/az-64x48.png", which GTK decodes itself, where rendering the SVG
 * would load librsvg before the first frame. */
GdkTexture *
mp_flag_load_prerendered (const char *path,
                          int         width,
                          int         height)
{
  g_autofree char *png = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  if (!g_str_has_prefix (path, "/io/") || !g_str_has_suffix (path, ".svg"))
    return NULL;

  png = g_strdup_printf ("%.*s-%dx%d.png", (int) strlen (path) - 4, path, width, height);
  bytes = g_resources_lookup_data (png, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return NULL;

  texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    g_debug ("Cannot load flag %s: %s", png, error->message);

  return texture;
}

/* gdk_texture_new_for_pixbuf () is deprecated from GTK 4.20; a memory
 * texture of the pixbuf's pixels does the same on every GTK. */
GdkTexture *
mp_flag_texture_new_for_pixbuf (GdkPixbuf *pixbuf)
{
  g_autoptr(GBytes) pixels = gdk_pixbuf_read_pixel_bytes (pixbuf);

  return gdk_memory_texture_new (gdk_pixbuf_get_width (pixbuf),
                                 gdk_pixbuf_get_height (pixbuf),
                                 gdk_pixbuf_get_has_alpha (pixbuf) ? GDK_MEMORY_R8G8B8A8
                                                                   : GDK_MEMORY_R8G8B8,
                                 pixels,
                                 gdk_pixbuf_get_rowstride (pixbuf));
}

/* The texture's pixels premultiplied, in the memory format GDK draws from
 * directly.  A PNG or a pixbuf decodes to straight alpha, which GTK's GL
 * renderers convert on the GPU with a shader of their own, compiled
 * before the first frame (slowly on a software renderer such as
 * llvmpipe).  The CPU does it for a flag's few thousand pixels at once. */
static GdkTexture *
premultiplied (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = 4 * (gsize) width;
  guchar *data = g_malloc (stride * height);
  g_autoptr(GBytes) bytes = NULL;

  gdk_texture_download (texture, data, stride);
  bytes = g_bytes_new_take (data, stride * height);
  g_object_unref (texture);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

GdkTexture *
mp_flag_load_texture (const char *path,
                      int         width,
                      int         height)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  texture = mp_flag_load_prerendered (path, width, height);
  if (texture == NULL)
    {
      pixbuf = load_pixbuf (path, width, height);
      if (pixbuf == NULL)
        return NULL;
      texture = mp_flag_texture_new_for_pixbuf (pixbuf);
    }

  return premultiplied (texture);
}

typedef struct
{
  char *path;
  int   width;
  int   height;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->path);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  GdkTexture *texture = mp_flag_load_texture (load->path, load->width, load->height);

  if (texture != NULL)
    g_task_return_pointer (task, texture, g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot load %s", load->path);
}

static void
load_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  MpFlag *self = MP_FLAG (object);
  LoadData *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GdkTexture) texture = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Cancelled, or asked for another size since. */
  if (g_task_get_cancellable (G_TASK (result)) != self->loading ||
      load->width != self->texture_width || load->height != self->texture_height)
    return;

  g_clear_object (&self->loading);
  g_set_object (&self->texture, texture);
  self->failed = texture == NULL;
  if (texture != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A flag of the dataset's own is a file that is read and decoded on a
 * worker thread: the loader checked it, but a file can be slow to read
 * (a network folder) or change after.  A bundled flag is in memory. */
static void
mp_flag_ensure_texture (MpFlag *self,
                        int     width,
                        int     height)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  if (self->texture_width == width && self->texture_height == height &&
      (self->texture != NULL || self->loading != NULL || self->failed))
    return;

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->texture);
  self->texture_width = width;
  self->texture_height = height;
  self->failed = FALSE;

  if (self->path == NULL || width <= 0 || height <= 0)
    return;

  if (g_str_has_prefix (self->path, "/io/"))
    {
      self->texture = mp_flag_load_texture (self->path, width, height);
      self->failed = self->texture == NULL;
      return;
    }

  load = g_new0 (LoadData, 1);
  load->path = g_strdup (self->path);
  load->width = width;
  load->height = height;
  self->loading = g_cancellable_new ();
  task = g_task_new (self, self->loading, load_ready_cb, NULL);
  g_task_set_source_tag (task, mp_flag_ensure_texture);
  g_task_set_task_data (task, load, load_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

static void
mp_flag_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  MpFlag *self = MP_FLAG (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  double w;
  double h;
  graphene_rect_t bounds;
  GskRoundedRect outline;
  GdkRGBA color;

  /* Keep 4:3 inside the allocation. */
  w = MIN (width, height * 4.0 / 3.0);
  h = w * 3.0 / 4.0;

  mp_flag_ensure_texture (self, (int) (w * scale), (int) (h * scale));
  if (self->texture == NULL)
    return;

  bounds = GRAPHENE_RECT_INIT (0, (height - h) / 2, w, h);
  gtk_snapshot_append_texture (snapshot, self->texture, &bounds);

  /* A hairline in the text colour, so that a flag with a white field
   * (Indonesia, Japan) keeps its edge on a white card, and a dark one on
   * a dark card.  Square corners: a rounded clip would make GL renderers
   * compile a second texture shader for the first frame. */
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
#endif
  color.alpha *= 0.2f;
  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  gtk_snapshot_append_border (snapshot, &outline,
                              (const float[4]) { 1, 1, 1, 1 },
                              (const GdkRGBA[4]) { color, color, color, color });
}

static void
mp_flag_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  MpFlag *self = MP_FLAG (widget);

  if (self->fixed)
    {
      *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->width / 2;
      *natural = for_size > 0 ? for_size * 4 / 3 : self->width;
    }
  else
    {
      *minimum = self->height / 2;
      *natural = for_size > 0 ? for_size * 3 / 4 : self->height;
    }
}

static GtkSizeRequestMode
mp_flag_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mp_flag_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MpFlag *self = MP_FLAG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, mp_flag_get_path (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_flag_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  MpFlag *self = MP_FLAG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      mp_flag_set_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_flag_finalize (GObject *object)
{
  MpFlag *self = MP_FLAG (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->texture);
  g_clear_object (&self->loading);

  G_OBJECT_CLASS (mp_flag_parent_class)->finalize (object);
}

static void
mp_flag_class_init (MpFlagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mp_flag_finalize;
  object_class->get_property = mp_flag_get_property;
  object_class->set_property = mp_flag_set_property;

  widget_class->snapshot = mp_flag_snapshot;
  widget_class->measure = mp_flag_measure;
  widget_class->get_request_mode = mp_flag_get_request_mode;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "flag");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mp_flag_init (MpFlag *self)
{
  self->width = FLAG_WIDTH;
  self->height = FLAG_HEIGHT;
}

void
mp_flag_set_fixed_size (MpFlag *self,
                        int     width,
                        int     height)
{
  g_return_if_fail (MP_IS_FLAG (self));
  g_return_if_fail (width > 0 && height > 0);

  self->width = width;
  self->height = height;
  self->fixed = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkWidget *
mp_flag_new (void)
{
  return g_object_new (MP_TYPE_FLAG, NULL);
}

void
mp_flag_set_path (MpFlag     *self,
                  const char *path)
{
  g_return_if_fail (MP_IS_FLAG (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->texture);
  self->texture_width = self->texture_height = 0;
  self->failed = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
mp_flag_get_path (MpFlag *self)
{
  g_return_val_if_fail (MP_IS_FLAG (self), NULL);

  return self->path;
}

GdkTexture *
mp_flag_get_texture (MpFlag *self)
{
  g_return_val_if_fail (MP_IS_FLAG (self), NULL);

  return self->texture;
}
