/* test-png.c
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

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "mp-png.h"

/* A 7×5 image: a row of known opaque colours, then translucent and
 * fully transparent pixels when @alpha. */
static cairo_surface_t *
make_image (gboolean alpha)
{
  static const guint32 colours[] = { 0xff0072b2, 0xffe69f00, 0xff000000, 0xffffffff, 0xff123456, 0xff00ff00, 0xffabcdef };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 7, 5);
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  for (int y = 0; y < 5; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (data + y * stride);

      for (int x = 0; x < 7; x++)
        row[x] = colours[(x + y) % G_N_ELEMENTS (colours)];
    }
  if (alpha)
    {
      guint32 *row = (guint32 *) (gpointer) (data + 2 * stride);

      row[0] = 0x80400000;   /* 50 % red, premultiplied */
      row[1] = 0x00000000;   /* transparent */
      row[2] = 0x40102030;
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

static char *
temp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-png-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

static void
assert_same_pixels (cairo_surface_t *expected,
                    cairo_surface_t *actual,
                    guint            tolerance)
{
  int width = cairo_image_surface_get_width (expected);
  int height = cairo_image_surface_get_height (expected);

  g_assert_cmpint (cairo_image_surface_get_width (actual), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (actual), ==, height);

  cairo_surface_flush (actual);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *e = cairo_image_surface_get_data (expected) + y * cairo_image_surface_get_stride (expected) + 4 * x;
        const guchar *a = cairo_image_surface_get_data (actual) + y * cairo_image_surface_get_stride (actual) + 4 * x;

        for (int c = 0; c < 4; c++)
          g_assert_cmpuint (ABS ((int) e[c] - (int) a[c]), <=, tolerance);
      }
}

static void
test_opaque (void)
{
  cairo_surface_t *image = make_image (FALSE);
  g_autofree char *path = temp_path ("opaque.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *read;

  g_assert_true (mp_png_write (image, path, &error));
  g_assert_no_error (error);

  /* No alpha channel in the file: cairo reads it back as RGB24. */
  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (read), ==, CAIRO_FORMAT_RGB24);
  assert_same_pixels (image, read, 0);

  cairo_surface_destroy (read);
  cairo_surface_destroy (image);
  remove_temp (path);
}

static void
test_alpha (void)
{
  cairo_surface_t *image = make_image (TRUE);
  g_autofree char *path = temp_path ("alpha.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *read;

  g_assert_true (mp_png_write (image, path, &error));
  g_assert_no_error (error);

  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (read), ==, CAIRO_FORMAT_ARGB32);
  /* Un- and re-premultiplying rounds by at most one step. */
  assert_same_pixels (image, read, 1);

  cairo_surface_destroy (read);
  cairo_surface_destroy (image);
  remove_temp (path);
}

static void
test_missing_directory (void)
{
  cairo_surface_t *image = make_image (FALSE);
  g_autofree char *dir = temp_path ("missing");
  g_autofree char *path = g_build_filename (dir, "x.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (mp_png_write (image, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  cairo_surface_destroy (image);
  remove_temp (dir);
}

/* A full disk: libpng's write fails half-way, which must come back as
 * an error (through its longjmp), not a crash or a success. */
static void
test_disk_full (void)
{
  cairo_surface_t *image;
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }

  /* Large enough that libpng flushes before the end. */
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 512, 512);
  g_assert_false (mp_png_write (image, "/dev/full", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

  cairo_surface_destroy (image);
}

static void
test_unsupported_format (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_A8, 4, 4);
  g_autofree char *path = temp_path ("a8.png");
  g_autoptr(GError) error = NULL;

  g_assert_false (mp_png_write (image, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  cairo_surface_destroy (image);
  remove_temp (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/png/opaque", test_opaque);
  g_test_add_func ("/mp/png/alpha", test_alpha);
  g_test_add_func ("/mp/png/missing-directory", test_missing_directory);
  g_test_add_func ("/mp/png/disk-full", test_disk_full);
  g_test_add_func ("/mp/png/unsupported-format", test_unsupported_format);

  return g_test_run ();
}
