/* main.c
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

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "mp-application.h"
#include "mp-dataset-loader.h"

/* No files, no command-line mode: what the desktop file, the benchmark
 * and --lang start. */
static gboolean
starts_bundled_window (int    argc,
                       char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], "--benchmark-startup") != 0 && !g_str_has_prefix (argv[i], "--lang="))
      return FALSE;

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MpApplication) app = NULL;
  const char *localedir;

  mp_application_mark_process_start ();

  /* Before GLib 2.76, GSlice keeps every block it has handed out for the
   * rest of the process, json-glib's nodes included: opening a 64 MiB
   * dataset would hold hundreds of MiB after it is read.  With malloc the
   * loader can give that memory back (mp-dataset-loader.c).  From GLib
   * 2.76 GSlice is malloc anyway. */
  if (glib_check_version (2, 76, 0) != NULL)
    g_setenv ("G_SLICE", "always-malloc", FALSE);

  /* The locale is set here, once: GTK setting it again when the
   * application starts would undo the language applied below. */
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "");
  /* In an ASCII locale (C or POSIX, as in containers and CI) GLib would
   * print every non-ASCII letter as "?" ("T?rkiye", "[OPTION?]"): the
   * app's text is UTF-8, and so is every terminal today. */
  if (g_strcmp0 (setlocale (LC_CTYPE, NULL), "C") == 0 || g_strcmp0 (setlocale (LC_CTYPE, NULL), "POSIX") == 0)
    setlocale (LC_CTYPE, "C.UTF-8");
  /* The dataset's names follow LANGUAGE even in the C locale, where
   * gettext would ignore it: apply it to the translations as well. */
  mp_application_set_language (g_getenv ("LANGUAGE"));
  mp_application_apply_saved_language ();
  /* Uninstalled runs (tests, tools/screenshot.sh) point this at the
   * build tree's po/ directory (LANG/LC_MESSAGES/middle-powers.mo). */
  localedir = g_getenv ("MP_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A plain start opens the window on the bundled dataset alone: load it
   * on a worker thread while GTK starts (after the locale is set, which
   * the sorting of names depends on). */
  if (starts_bundled_window (argc, argv))
    mp_dataset_loader_preload_bundled ();

  app = mp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
