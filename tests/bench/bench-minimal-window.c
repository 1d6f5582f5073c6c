/* bench-minimal-window.c
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

/* The baseline of the start-up benchmark: the smallest honest GTK 4
 * application (a GtkApplication with one window holding one label), the
 * same size as the Middle Powers window by default.  It records the time
 * in main(), prints the time to the first frame its window paints, then
 * quits: the same recipe as `middle-powers --benchmark-startup`.
 *
 * With --header-bar the window has an empty GtkHeaderBar as its title
 * bar, as a GNOME application has: a reference, not the baseline.  On
 * X11 a window without one is decorated by the window manager (none runs
 * under Xvfb), while one with a header bar draws its own frame, title and
 * window buttons (docs/performance.md).
 *
 *   bench-minimal-window [--header-bar]   prints "first-frame-ms: N" and exits
 */

static gint64 start_usec;
static gboolean header_bar;

static void
after_paint_cb (GdkFrameClock  *clock,
                GtkApplication *app)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_print ("first-frame-ms: %.1f\n", (g_get_monotonic_time () - start_usec) / 1000.0);
  g_application_quit (G_APPLICATION (app));
}

static void
realize_cb (GtkWidget      *window,
            GtkApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello, world"));
  if (header_bar)
    gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  start_usec = g_get_monotonic_time ();

  /* Taken out before GApplication sees the arguments. */
  if (argc > 1 && g_strcmp0 (argv[1], "--header-bar") == 0)
    {
      header_bar = TRUE;
      argv[1] = argv[0];
      argv++;
      argc--;
    }

  app = gtk_application_new ("io.github.middlepowers.BenchMinimal", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
