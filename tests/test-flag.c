/* test-flag.c
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

#include <fcntl.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mp-dataset-loader.h"
#include "mp-dataset.h"
#include "mp-flag.h"
#include "mp-test-init.h"

/* The bundled flags come pre-rendered at the card's sizes: every one of
 * them must exist and look exactly like the SVG it was rendered from. */

static guchar *
download (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guchar *data = g_malloc (4 * width * height);

  gdk_texture_download (texture, data, 4 * width);
  return data;
}

static GdkTexture *
render_svg (const char *path,
            int         width,
            int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_resource_at_scale (path, width, height, TRUE, &error);

  g_assert_no_error (error);
  return mp_flag_texture_new_for_pixbuf (pixbuf);
}

static void
assert_same_pixels (GdkTexture *a,
                    GdkTexture *b)
{
  int width = gdk_texture_get_width (a);
  int height = gdk_texture_get_height (a);
  g_autofree guchar *pa = NULL;
  g_autofree guchar *pb = NULL;
  int worst = 0;

  g_assert_cmpint (gdk_texture_get_width (b), ==, width);
  g_assert_cmpint (gdk_texture_get_height (b), ==, height);
  pa = download (a);
  pb = download (b);
  for (int i = 0; i < 4 * width * height; i++)
    worst = MAX (worst, ABS (pa[i] - pb[i]));
  g_assert_cmpint (worst, <=, 1);
}

static void
test_bundled_flags_prerendered (void)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  g_autoptr(MpDataset) dataset = NULL;
  GPtrArray *countries;
  guint n_flags = 0;

  mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);
  countries = mp_dataset_get_countries (dataset);

  for (guint i = 0; i < countries->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (countries, i);
      const char *path = country->flag;
      static const int sizes[][2] = { { 64, 48 }, { 128, 96 } };

      /* Every country has its flag; the featured ones pre-rendered too. */
      g_assert_nonnull (path);
      g_assert_true (g_str_has_prefix (path, "/io/github/middlepowers/MiddlePowers/flags/"));
      g_assert_true (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));
      if (!country->featured)
        {
          g_assert_null (mp_flag_load_prerendered (path, 64, 48));
          continue;
        }

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autofree char *png = g_strdup_printf ("%.*s-%dx%d.png", (int) strlen (path) - 4, path,
                                                  sizes[s][0], sizes[s][1]);
          g_autoptr(GdkTexture) texture = mp_flag_load_texture (path, sizes[s][0], sizes[s][1]);
          g_autoptr(GdkTexture) svg = render_svg (path, sizes[s][0], sizes[s][1]);
          g_autoptr(GdkTexture) prerendered = mp_flag_load_prerendered (path, sizes[s][0], sizes[s][1]);

          g_test_message ("%s", png);
          g_assert_true (g_resources_get_info (png, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));
          /* The PNG is there, it is what MpFlag draws, and it is the SVG. */
          g_assert_nonnull (prerendered);
          g_assert_nonnull (texture);
          assert_same_pixels (texture, prerendered);
          assert_same_pixels (prerendered, svg);
#if GTK_CHECK_VERSION (4, 10, 0)
          /* Premultiplied: a GL renderer draws it without converting. */
          g_assert_cmpint (gdk_texture_get_format (texture), ==, GDK_MEMORY_DEFAULT);
#endif
        }
      n_flags++;
    }
  g_assert_cmpuint (n_flags, ==, 13);
}

/* Any other size (presentation, other scales) is the SVG at that size. */
static void
test_other_sizes_render_svg (void)
{
  const char *path = "/io/github/middlepowers/MiddlePowers/flags/kz.svg";
  g_autoptr(GdkTexture) big = mp_flag_load_texture (path, 160, 120);
  g_autoptr(GdkTexture) svg = render_svg (path, 160, 120);

  g_assert_nonnull (big);
  assert_same_pixels (big, svg);
  g_assert_null (mp_flag_load_prerendered (path, 160, 120));
  g_assert_null (mp_flag_load_prerendered ("/usr/share/flags/kz.svg", 64, 48));
  g_assert_null (mp_flag_load_texture ("/io/github/middlepowers/MiddlePowers/flags/none.svg", 64, 48));
}

/* A dataset's flag file is read on a worker thread: the window draws
 * while it waits, even for a file that blocks (a FIFO, a slow network
 * folder), and shows the flag once it has come. */
static void
test_file_flag_off_main_thread (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mp-flag-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "slow.png", NULL);
  g_autoptr(GBytes) png = g_resources_lookup_data ("/io/github/middlepowers/MiddlePowers/flags/kz-64x48.png",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *flag = mp_flag_new ();
  gint64 deadline;
  gsize size;
  const guchar *data;
  int fd;

  g_assert_nonnull (png);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  gtk_widget_set_size_request (flag, 64, 48);
  gtk_window_set_child (GTK_WINDOW (window), flag);
  mp_flag_set_path (MP_FLAG (flag), fifo);
  gtk_window_present (GTK_WINDOW (window));

  /* Frames go on while the worker waits on the FIFO. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (flag));
  g_assert_null (mp_flag_get_texture (MP_FLAG (flag)));

  /* The file's bytes arrive: the flag is drawn. */
  fd = g_open (fifo, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  data = g_bytes_get_data (png, &size);
  g_assert_cmpint (write (fd, data, size), ==, (gssize) size);
  close (fd);

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (mp_flag_get_texture (MP_FLAG (flag)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (mp_flag_get_texture (MP_FLAG (flag)));
  g_assert_cmpint (gdk_texture_get_width (mp_flag_get_texture (MP_FLAG (flag))), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (fifo);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  mp_test_gtk_init (&argc, &argv);

  g_test_add_func ("/flag/bundled-prerendered", test_bundled_flags_prerendered);
  g_test_add_func ("/flag/other-sizes-render-svg", test_other_sizes_render_svg);
  g_test_add_func ("/flag/file-off-main-thread", test_file_flag_off_main_thread);

  return g_test_run ();
}
