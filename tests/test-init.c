/* test-init.c
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

#include "mp-test-init.h"

#define FRAME_TIMINGS_BUG "gdk_frame_timings_submitted() called on submitted frame."

static gboolean
gtk_has_frame_timings_bug (void)
{
  return gtk_get_minor_version () >= 24 &&
         g_str_equal (G_OBJECT_TYPE_NAME (gdk_display_get_default ()), "GdkX11Display");
}

/* A warning of ours stops a test, as G_DEBUG asks. */
static void
test_warnings_fatal (void)
{
  if (g_test_subprocess ())
    {
      g_log_structured ("MiddlePowers", G_LOG_LEVEL_WARNING, "MESSAGE", "%s", "a warning of ours");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*a warning of ours*");
}

/* GDK's other warnings too, with the same words in another domain. */
static void
test_gdk_warnings_fatal (void)
{
  if (g_test_subprocess ())
    {
      g_log_structured ("Gdk", G_LOG_LEVEL_WARNING, "MESSAGE", "%s", "Some other GDK warning");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

/* GTK 4.24's X11 frame-timings message is printed, and stops nothing
 * there; on any other GTK or backend it is fatal like the rest. */
static void
test_frame_timings_message (void)
{
  if (g_test_subprocess ())
    {
      g_log_structured ("Gdk", G_LOG_LEVEL_WARNING, "MESSAGE", "%s", FRAME_TIMINGS_BUG);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  if (gtk_has_frame_timings_bug ())
    g_test_trap_assert_passed ();
  else
    g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*" FRAME_TIMINGS_BUG "*");
}

int
main (int   argc,
      char *argv[])
{
  mp_test_gtk_init (&argc, &argv);

  g_test_add_func ("/mp/test-init/warnings-fatal", test_warnings_fatal);
  g_test_add_func ("/mp/test-init/gdk-warnings-fatal", test_gdk_warnings_fatal);
  g_test_add_func ("/mp/test-init/frame-timings-message", test_frame_timings_message);

  return g_test_run ();
}
