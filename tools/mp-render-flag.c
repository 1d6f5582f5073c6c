/* mp-render-flag.c (build tool)
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

/* Renders a flag SVG to a PNG of the size a country card draws it at,
 * with the same GdkPixbuf SVG loader the app would use at run time, so
 * the cards show their first flags without loading librsvg (see MpFlag).
 *
 *   mp-render-flag FLAG.svg OUT.png WIDTH HEIGHT
 */

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <stdlib.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  int width;
  int height;

  if (argc != 5 || (width = atoi (argv[3])) <= 0 || (height = atoi (argv[4])) <= 0)
    {
      g_printerr ("usage: mp-render-flag FLAG.svg OUT.png WIDTH HEIGHT\n");
      return 2;
    }

  pixbuf = gdk_pixbuf_new_from_file_at_scale (argv[1], width, height, TRUE, &error);
  if (pixbuf == NULL || !gdk_pixbuf_save (pixbuf, argv[2], "png", &error, NULL))
    {
      g_printerr ("mp-render-flag: %s: %s\n", argv[1], error->message);
      return 1;
    }

  return 0;
}
