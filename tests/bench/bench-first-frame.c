/* bench-first-frame.c
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

#include <gtk/gtk.h>
#include <stdlib.h>

/* Start-up timing for GTK 4 programs we cannot change (gtk4-demo,
 * gnome-calculator), by LD_PRELOAD: records the time when the library is
 * loaded (just before main()), then, once GTK is up, watches every
 * toplevel window and prints the time to the first frame any of them
 * paints, as "first-frame-ms: N", and quits the program.  The same
 * figure that `middle-powers --benchmark-startup` and bench-minimal-window
 * print from inside.
 *
 *   LD_PRELOAD=.../libbench-first-frame.so gtk4-demo
 */

#define POLL_MS 1

static gint64 start_usec;
static gboolean done;

static void
bench_quit (void)
{
  GApplication *app = g_application_get_default ();

  if (app != NULL)
    g_application_quit (app);
  else
    exit (0);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (done)
    return;

  done = TRUE;
  g_print ("first-frame-ms: %.1f\n", (g_get_monotonic_time () - start_usec) / 1000.0);
  bench_quit ();
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

static void
watch_window (GtkWidget *window)
{
  if (g_object_get_data (G_OBJECT (window), "bench-first-frame") != NULL)
    return;

  g_object_set_data (G_OBJECT (window), "bench-first-frame", GINT_TO_POINTER (1));
  if (gtk_widget_get_realized (window))
    realize_cb (window, NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      watch_window (window);
    }
}

/* Polls at a high priority until GTK is initialised: a frame needs a main
 * loop iteration, in which this runs first. */
static gboolean
wait_for_gtk_cb (gpointer user_data)
{
  GListModel *toplevels;

  if (!gtk_is_initialized ())
    return G_SOURCE_CONTINUE;

  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels), NULL);

  return G_SOURCE_REMOVE;
}

__attribute__((constructor)) static void
bench_first_frame_init (void)
{
  start_usec = g_get_monotonic_time ();

  /* Only the program itself, not the helpers it may spawn. */
  g_unsetenv ("LD_PRELOAD");

  g_timeout_add_full (G_PRIORITY_HIGH, POLL_MS, wait_for_gtk_cb, NULL, NULL);
}
