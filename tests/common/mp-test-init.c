/* mp-test-init.c
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

#include "mp-test-init.h"

/* GTK 4.24's X11 backend reports one frame as submitted twice whenever a
 * popup surface is mapped, so the first GtkPopover a process opens under
 * X11 logs "gdk_frame_timings_submitted() called on submitted frame" (once
 * per process).  A twenty-line program with a GtkMenuButton does the same
 * (docs/platforms.md), so it says nothing about this app; made fatal by
 * G_DEBUG it would stop every test that opens a popover on that GTK.  That
 * one message is printed and not fatal; every other one keeps G_DEBUG's
 * fatality, this one included on any other GTK or backend. */
#define FRAME_TIMINGS_BUG "gdk_frame_timings_submitted() called on submitted frame"

static gboolean
is_gtk_frame_timings_bug (const char *domain,
                          const char *message)
{
  GdkDisplay *display = gdk_display_get_default ();

  return gtk_get_major_version () == 4 && gtk_get_minor_version () >= 24 &&
         display != NULL && g_str_equal (G_OBJECT_TYPE_NAME (display), "GdkX11Display") &&
         g_strcmp0 (domain, "Gdk") == 0 &&
         message != NULL && g_str_has_prefix (message, FRAME_TIMINGS_BUG);
}

static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_WARNING) != 0 &&
      is_gtk_frame_timings_bug (domain, message))
    return g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
mp_test_gtk_init (int    *argc,
                  char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  g_log_set_writer_func (write_log, NULL, NULL);
}
