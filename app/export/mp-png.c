/* mp-png.c
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

#include <errno.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "mp-png.h"

#define PNG_ZLIB_LEVEL 3

typedef struct
{
  char  message[256];
  int   saved_errno;
} WriteState;

static void
png_error_cb (png_structp      png,
              png_const_charp  message)
{
  WriteState *state = png_get_error_ptr (png);

  state->saved_errno = errno;
  g_strlcpy (state->message, message, sizeof state->message);
  png_longjmp (png, 1);
}

static void
png_warning_cb (png_structp      png,
                png_const_charp  message)
{
}

static gboolean
is_opaque (const guchar *data,
           int           width,
           int           height,
           int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }

  return TRUE;
}

/* Cairo pixels are native-endian premultiplied ARGB; PNG wants RGB(A)
 * bytes, not premultiplied. */
static void
convert_row (const guint32 *src,
             guchar        *dst,
             int            width,
             gboolean       alpha)
{
  for (int x = 0; x < width; x++)
    {
      guint32 pixel = src[x];
      guint a = pixel >> 24;
      guint r = (pixel >> 16) & 0xff;
      guint g = (pixel >> 8) & 0xff;
      guint b = pixel & 0xff;

      if (!alpha)
        {
          *dst++ = r;
          *dst++ = g;
          *dst++ = b;
          continue;
        }

      if (a != 0 && a != 0xff)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      *dst++ = r;
      *dst++ = g;
      *dst++ = b;
      *dst++ = a;
    }
}

/* Writes the rows; FALSE when libpng failed (the error is in the
 * WriteState).  Apart from setjmp, for the variables it may clobber. */
static gboolean
write_image (png_structp   png,
             png_infop     info,
             FILE         *file,
             const guchar *data,
             int           width,
             int           height,
             int           stride,
             gboolean      alpha)
{
  guchar * volatile row = NULL;

  if (setjmp (png_jmpbuf (png)))
    {
      g_free (row);
      return FALSE;
    }

  row = g_malloc ((gsize) width * (alpha ? 4 : 3));

  png_init_io (png, file);
  png_set_IHDR (png, info, width, height, 8,
                alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  /* Charts are flat colours: "up" alone compresses them about as well
   * as trying all five filters on every row, at a fraction of the time. */
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_compression_level (png, PNG_ZLIB_LEVEL);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      convert_row ((const guint32 *) (gconstpointer) (data + (gsize) y * stride), row, width, alpha);
      png_write_row (png, row);
    }

  png_write_end (png, info);
  g_free (row);

  return TRUE;
}

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/* Before a file is opened: nothing is written for a surface that
 * cannot be. */
static gboolean
check_format (cairo_surface_t  *surface,
              GError          **error)
{
  cairo_format_t format = cairo_image_surface_get_format (surface);

  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
      (format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24))
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       "not an ARGB32 or RGB24 image");
  return FALSE;
}

/* Writes @surface (checked by check_format ()) to @file, which it
 * closes. */
static gboolean
write_file (cairo_surface_t  *surface,
            FILE             *file,
            GError          **error)
{
  g_autofree WriteState *state = g_new0 (WriteState, 1);
  png_structp png = NULL;
  png_infop info = NULL;
  cairo_format_t format;
  const guchar *data;
  int width, height, stride;
  gboolean alpha;
  gboolean ok;

  format = cairo_image_surface_get_format (surface);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  if (data == NULL || width <= 0 || height <= 0)
    {
      fclose (file);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "empty image");
      return FALSE;
    }
  alpha = format == CAIRO_FORMAT_ARGB32 && !is_opaque (data, width, height, stride);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, state, png_error_cb, png_warning_cb);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (png == NULL || info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      fclose (file);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "out of memory");
      return FALSE;
    }

  /* libpng reports a failed fwrite () only as "Write Error". */
  errno = 0;
  ok = write_image (png, info, file, data, width, height, stride, alpha);
  png_destroy_write_struct (&png, &info);

  if (!ok)
    {
      fclose (file);
      if (state->saved_errno != 0)
        set_errno_error (error, state->saved_errno);
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, state->message);
      return FALSE;
    }

  if (fflush (file) != 0 || ferror (file))
    {
      int saved_errno = errno;

      fclose (file);
      set_errno_error (error, saved_errno);
      return FALSE;
    }
  if (fclose (file) != 0)
    {
      set_errno_error (error, errno);
      return FALSE;
    }

  return TRUE;
}

gboolean
mp_png_write (cairo_surface_t  *surface,
              const char       *path,
              GError          **error)
{
  FILE *file;

  g_return_val_if_fail (surface != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_format (surface, error))
    return FALSE;

  file = g_fopen (path, "wb");
  if (file == NULL)
    {
      set_errno_error (error, errno);
      return FALSE;
    }

  return write_file (surface, file, error);
}

gboolean
mp_png_write_to_fd (cairo_surface_t  *surface,
                    int               fd,
                    GError          **error)
{
  int copy;
  FILE *file;

  g_return_val_if_fail (surface != NULL, FALSE);
  g_return_val_if_fail (fd >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_format (surface, error))
    return FALSE;

  copy = dup (fd);
  file = copy >= 0 ? fdopen (copy, "wb") : NULL;
  if (file == NULL)
    {
      int saved_errno = errno;

      if (copy >= 0)
        close (copy);
      set_errno_error (error, saved_errno);
      return FALSE;
    }

  return write_file (surface, file, error);
}
